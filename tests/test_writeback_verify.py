"""A spliced package is checked before it may replace the master (verify.py, write_back).

Each check is proved on a real package broken in one way; a problem the master already had is
not held against the result; a result that fails keeps the master byte-identical (exit 2).
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import Callable, Dict

import pytest
from builders import MasterSpec, build_master
from test_writeback_splice import computed_package, parts

from ita_xl import errors
from ita_xl.writeback import splice_sheets, write_back
from ita_xl.writeback import apply as apply_module
from ita_xl.writeback.verify import new_problems, problems


@pytest.fixture
def spliced(tmp_path) -> Path:
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    out = tmp_path / "run1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c.xlsx"), out)
    return out


def rewrite(src: Path, dest: Path, edit: Callable[[Dict[str, bytes]], None]) -> Path:
    data = parts(src)
    edit(data)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in data.items():
            zf.writestr(name, content)
    return dest


def sub(data: Dict[str, bytes], part: str, old: str, new: str, count: int = 1) -> None:
    text = data[part].decode("utf-8")
    assert old in text
    data[part] = text.replace(old, new, count).encode("utf-8")


def keys(path: Path, written=()) -> set:
    return {p.key for p in problems(path, written)}


def test_a_sound_result_has_no_problems(spliced):
    assert problems(spliced, parts(spliced)) == []


def test_a_second_sheets_element(spliced, tmp_path):
    bad = rewrite(spliced, tmp_path / "b.xlsx", lambda d: sub(
        d, "xl/workbook.xml", "</sheets>", "</sheets><sheets/>"))
    assert keys(bad) == {"verify.sheets"}


def test_repeated_sheet_names_and_ids(spliced, tmp_path):
    def edit(d):
        text = d["xl/workbook.xml"].decode()
        names = re.findall(r'<sheet name="([^"]+)" sheetId="(\d+)"', text)
        (n1, i1), (n2, i2) = names[0], names[1]
        text = text.replace(f'name="{n2}" sheetId="{i2}"', f'name="{n1.upper()}" sheetId="{i1}"')
        d["xl/workbook.xml"] = text.encode()
    bad = rewrite(spliced, tmp_path / "b.xlsx", edit)
    assert {"verify.sheet-name", "verify.sheet-id"} <= keys(bad)


def test_a_relationship_target_missing(spliced, tmp_path):
    bad = rewrite(spliced, tmp_path / "b.xlsx", lambda d: d.pop("xl/styles.xml"))
    assert "verify.no-target" in keys(bad)


def test_a_sheet_without_its_relationship(spliced, tmp_path):
    def edit(d):
        text = d["xl/_rels/workbook.xml.rels"].decode()
        rid = re.findall(r'r:id="(rId\d+)"', d["xl/workbook.xml"].decode())[-1]
        d["xl/_rels/workbook.xml.rels"] = re.sub(rf'<Relationship Id="{rid}"[^>]*/>', "", text).encode()
    bad = rewrite(spliced, tmp_path / "b.xlsx", edit)
    assert "verify.sheet-rel" in keys(bad)


def test_a_part_without_content_type(spliced, tmp_path):
    def edit(d):
        d["xl/media/extra.qqq"] = b"x"
    assert keys(rewrite(spliced, tmp_path / "b.xlsx", edit)) == {"verify.no-type"}


def test_a_content_type_for_a_part_that_is_gone(spliced, tmp_path):
    bad = rewrite(spliced, tmp_path / "b.xlsx", lambda d: d.pop("docProps/app.xml"))
    assert "verify.stale-type" in keys(bad)


def test_a_written_part_that_is_not_well_formed(spliced, tmp_path):
    bad = rewrite(spliced, tmp_path / "b.xlsx", lambda d: sub(d, "xl/styles.xml", "</cellXfs>", "</cellXf>"))
    assert keys(bad, ["xl/styles.xml"]) == {"verify.not-xml"}


def test_a_local_name_on_a_missing_sheet_and_a_missing_cell_format(spliced, tmp_path):
    def edit(d):
        sub(d, "xl/workbook.xml", 'localSheetId="', 'localSheetId="9', 1)
        sheet = max(n for n in d if n.startswith("xl/worksheets/sheet"))
        text = d[sheet].decode()
        d[sheet] = re.sub(r' s="\d+"', ' s="999"', text, count=1).encode()
    bad = rewrite(spliced, tmp_path / "b.xlsx", edit)
    written = [max(n for n in parts(spliced) if n.startswith("xl/worksheets/sheet"))]
    assert {"verify.local-name", "verify.style"} <= keys(bad, written)


def test_problems_the_master_already_had_do_not_count(spliced, tmp_path):
    def dangling(d):
        sub(d, "xl/_rels/workbook.xml.rels", "</Relationships>",
            '<Relationship Id="rId99" Type="http://x/printerSettings" Target="gone.bin"/></Relationships>')
    master = rewrite(spliced, tmp_path / "m.xlsx", dangling)
    out = tmp_path / "out.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c2.xlsx"), out)
    assert "verify.no-target" in keys(out)
    assert new_problems(out, master, []) == []


def test_an_unsound_result_never_replaces_the_master(tmp_path, monkeypatch):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    before = hashlib.sha256(master.read_bytes()).hexdigest()
    real = apply_module.apply_plan

    def lose_styles(plan, dest):  # fault injection: the written zip loses a part
        plan.entries = [e for e in plan.entries if e.name != "xl/styles.xml"]
        real(plan, dest)

    monkeypatch.setattr("ita_xl.writeback.apply_plan", lose_styles)
    with pytest.raises(errors.WriteBackRefused) as info:
        write_back(master, computed_package(tmp_path / "c.xlsx"))
    assert hashlib.sha256(master.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~ita")] == []
    en = info.value.message("en")
    assert "left exactly as it was" in en and "xl/styles.xml" in en and en.count(". ") == 0
    assert "xl/styles.xml" in info.value.message("th")
    assert info.value.exit_code == 2
