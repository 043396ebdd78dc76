"""Issue 9 item 4: limits judge only what ita-xl parses; shared strings bounded; Strict refused.

Real packages throughout: a master with a large, highly compressible sheet ita-xl never reads, a
shared-string table past the limit, a Strict Open XML package.
"""
from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import MasterSpec, build_master
from click.testing import CliRunner

from ita_xl import errors
from ita_xl.cli import cli
from ita_xl.filecheck import check_workbook_file
from ita_xl.master import sheetxml
from ita_xl.master.reader import read_master


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def big_unread(tmp_path_factory) -> Path:
    """A master plus a 40 MB sheet of one repeated row (~1000x compression) nobody reads."""
    tmp = tmp_path_factory.mktemp("big")
    master = build_master(tmp / "m.xlsx", MasterSpec())
    wb = openpyxl.load_workbook(master)
    wb.create_sheet("ข้อมูลดิบ")["A1"] = 1
    wb.save(master)
    part = f"xl/worksheets/sheet{len(wb.sheetnames)}.xml"  # openpyxl numbers sheets in order
    body = "<row><c><v>1</v></c><c><v>2</v></c></row>" * 1_000_000  # rows without r= are legal
    xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
           f'spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>').encode()
    out = tmp / "big.xlsx"
    with zipfile.ZipFile(master) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=9) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, xml if info.filename == part else zin.read(info.filename))
    info = zipfile.ZipFile(out).getinfo(part)
    assert info.file_size > 20 << 20 and info.file_size / info.compress_size > 100
    return out


def test_a_large_compressible_sheet_nobody_reads_is_fine_and_quick(big_unread):
    start = time.monotonic()
    check_workbook_file(big_unread)
    master = read_master(big_unread)
    assert time.monotonic() - start < 10  # loose: inflating and measuring were the 15 s of issue 9
    assert "ข้อมูลดิบ" in master.sheet_names


def test_run_keeps_the_large_sheet_byte_identical(big_unread, tmp_path):
    path = tmp_path / "big.xlsx"
    path.write_bytes(big_unread.read_bytes())
    result = CliRunner().invoke(cli, ["run", str(path), "--lang", "en", "--out", str(tmp_path / "o")])
    assert result.exit_code in (0, 1), result.output
    with zipfile.ZipFile(big_unread) as a, zipfile.ZipFile(path) as b:
        big = max(a.infolist(), key=lambda i: i.file_size)
        assert b.getinfo(big.filename).CRC == big.CRC
        assert b.getinfo(big.filename).compress_size == big.compress_size  # copied raw


def _with_strings(master: Path, dest: Path, count: int, unique_count: bool) -> Path:
    """The master plus a shared-string table of ``count`` texts (uniqueCount stated or not)."""
    stated = f' count="{count}" uniqueCount="{count}"' if unique_count else ""
    items = "".join(f"<si><t>ข้อความ {i}</t></si>" for i in range(count))
    table = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"{stated}>{items}</sst>').encode()
    rel = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>')
    override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(master) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode())
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override.encode())
            zout.writestr(info.filename, data)
        zout.writestr("xl/sharedStrings.xml", table)
    return dest


@pytest.mark.parametrize("unique_count", [True, False])
def test_shared_strings_past_the_limit_are_refused_with_a_clear_sentence(tmp_path, monkeypatch,
                                                                         unique_count):
    path = _with_strings(build_master(tmp_path / "m.xlsx", MasterSpec()), tmp_path / "s.xlsx",
                         300, unique_count)
    read_master(path)  # under the real limit
    monkeypatch.setattr(sheetxml, "MAX_SHARED_STRINGS", 200)
    before = _sha(path)
    with pytest.raises(errors.WorkbookTooLarge) as info:
        read_master(path)
    assert "more than 200 distinct texts" in info.value.message("en")
    result = CliRunner().invoke(cli, ["run", str(path), "--lang", "en"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "more than 200 distinct texts" in result.output and _sha(path) == before


def _strict(master: Path, dest: Path) -> Path:
    """The master with every transitional namespace written as Strict Open XML's."""
    swaps = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(master) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            for old, new in swaps:
                data = data.replace(old, new)
            zout.writestr(info.filename, data)
    return dest


def test_strict_open_xml_is_told_to_be_saved_as_a_normal_xlsx(tmp_path):
    path = _strict(build_master(tmp_path / "m.xlsx", MasterSpec()), tmp_path / "strict.xlsx")
    before = _sha(path)
    with pytest.raises(errors.StrictWorkbook):
        check_workbook_file(path)
    for command in ("validate", "run"):
        result = CliRunner().invoke(cli, [command, str(path), "--lang", "en"])
        assert result.exit_code == 2, result.output
        lines = [l for l in result.output.strip().splitlines() if not l.startswith("Reading")]
        assert len(lines) == 1 and "Strict Open XML" in lines[0] and "Save As" in lines[0]
    assert _sha(path) == before


def test_counting_strings_is_exact_across_read_boundaries():
    import io

    data = b"<sst>" + b"<si><t>x</t></si>" * 3000 + b"<x:si><x:t>y</x:t></x:si><si/></sst>"

    class Trickle(io.BytesIO):  # reads cut every tag somewhere
        def read(self, size: int = -1) -> bytes:
            return super().read(7 if size < 0 else min(size, 7))

    assert sheetxml.count_strings(io.BytesIO(data)) == 3001  # <si/> holds no text: not counted
    assert sheetxml.count_strings(Trickle(data)) == 3001
    with pytest.raises(sheetxml.TooManyStrings):
        sheetxml.count_strings(Trickle(data), limit=3000)
