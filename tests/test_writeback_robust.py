"""No master makes the write-back leave an unsound package (issue 9 item 2).

A spliced master is damaged or given an unusual layout in one way each; ``write_back`` must then
either write a package whose only problems are ones the master already had, or refuse with an
ItaXlError (exit 2) and leave the master byte-identical. Any other exception fails the test.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import Callable, Dict

import pytest
from builders import MasterSpec, build_master
from test_writeback_splice import SCORES_V2, computed_package, parts

from ita_xl import errors
from ita_xl.writeback import splice_sheets, write_back
from ita_xl.writeback.verify import new_problems

WB, RELS, CT, STYLES = "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sub(part: str, pattern: str, repl: str, count: int = 1) -> Callable[[Dict[str, bytes]], None]:
    def edit(d: Dict[str, bytes]) -> None:
        d[part] = re.sub(pattern, repl, d[part].decode("utf-8"), count=count, flags=re.S).encode("utf-8")
    return edit


def _drop(part: str) -> Callable[[Dict[str, bytes]], None]:
    return lambda d: d.pop(part)


def _utf16(d: Dict[str, bytes]) -> None:
    text = d[WB].decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    d[WB] = text.encode("utf-16")


def _prefixed(d: Dict[str, bytes]) -> None:
    text = d[WB].decode("utf-8").split("?>", 1)[-1]
    text = re.sub(r"<(/?)(\w+)", lambda m: f"<{m.group(1)}x:{m.group(2)}", text)
    d[WB] = ('<?xml version="1.0" encoding="UTF-8"?>' + text.replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"', 1)).encode()


MUTATIONS = {
    "second-sheets": _sub(WB, "</sheets>", "</sheets><sheets/>"),
    "strict-namespace": _sub(WB, re.escape(MAIN), "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    "beta-namespace": _sub(WB, re.escape(MAIN), "http://schemas.microsoft.com/office/excel/2006/2"),
    "sheet-rel-missing": _sub(WB, r'r:id="rId1"', 'r:id="rId77"'),
    "duplicate-sheet-name": _sub(WB, r'name="คะแนนตัวชี้วัด"', 'name="หน่วยงาน"'),
    "workbook-cut": lambda d: d.__setitem__(WB, d[WB][: len(d[WB]) // 2]),
    "workbook-doctype": lambda d: d.__setitem__(WB, b'<!DOCTYPE w [<!ENTITY e "x">]>' + d[WB]),
    "workbook-utf16": _utf16,
    "workbook-prefixed": _prefixed,
    "no-sheets-element": _sub(WB, r"<sheets>.*</sheets>", ""),
    "local-name-out-of-range": _sub(WB, r'localSheetId="\d+"', 'localSheetId="40"'),
    "styles-self-closing": _sub(STYLES, r"<styleSheet([^>]*)>.*</styleSheet>", r"<styleSheet\1/>"),
    "styles-missing": _drop(STYLES),
    "styles-not-xml": lambda d: d.__setitem__(STYLES, b"not xml at all"),
    "styles-other-root": _sub(STYLES, r"(</?)styleSheet", r"\1styles", 0),
    "rels-target-missing": _sub(RELS, r'Target="[^"]*styles.xml"', 'Target="nowhere.xml"'),
    "rels-not-xml": lambda d: d.__setitem__(RELS, b"<Relationships"),
    "types-other-namespace": _sub(CT, r'xmlns="[^"]+"', 'xmlns="urn:other"'),
    "rels-other-namespace": _sub(RELS, r'xmlns="[^"]+"', 'xmlns="urn:other"'),
    "types-override-gone": _sub(CT, r'<Override PartName="/xl/worksheets/sheet1.xml"[^>]*/>', ""),
    "calc-chain-not-xml": lambda d: d.update({"xl/calcChain.xml": b"garbage"}),
    "sheet-part-missing": _drop("xl/worksheets/sheet2.xml"),
}


@pytest.fixture(scope="module")
def spliced(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("robust")
    master = build_master(tmp / "m.xlsx", MasterSpec())
    out = tmp / "run1.xlsx"
    splice_sheets(master, computed_package(tmp / "c1.xlsx"), out)
    return out


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_write_back_is_sound_or_refuses_cleanly(spliced, tmp_path, mutation):
    data = parts(spliced)
    MUTATIONS[mutation](data)
    master = tmp_path / "master.xlsx"
    with zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in data.items():
            zf.writestr(name, content)
    original = tmp_path / "original.xlsx"
    original.write_bytes(master.read_bytes())
    before = hashlib.sha256(master.read_bytes()).hexdigest()
    try:
        write_back(master, computed_package(tmp_path / "c2.xlsx", SCORES_V2), keep_backups=0)
    except errors.ItaXlError as exc:
        assert exc.exit_code == 2
        assert hashlib.sha256(master.read_bytes()).hexdigest() == before
        message = exc.message("en")
        assert message.count(" — ") <= 1 and "\n" not in message
        return
    kept = parts(original)
    after = parts(master)
    written = [n for n in after if kept.get(n) != after[n]]
    assert new_problems(master, original, written) == []
    for name, content in kept.items():
        if name not in (WB, RELS, CT, STYLES) and not name.startswith("xl/worksheets/"):
            assert after.get(name) == content, name
