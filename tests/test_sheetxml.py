"""The streamed sheet reader and the lean workbook opener answer exactly as openpyxl does.

Every comparison runs openpyxl's own public load on the same bytes (``load_workbook`` with
``data_only=True``, read through its cells and merged ranges; ``read_string_table`` for a bare
shared-string table), so the expected values are never typed in here, and no private openpyxl
name is used: CI's second pass runs this on the newest openpyxl, where only ita-xl's own
behaviour may turn it red.
"""
from __future__ import annotations

import io
import re
import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Dict, List, Tuple

import openpyxl
import pytest
from defusedxml.common import DefusedXmlException
from openpyxl.reader.strings import read_string_table

from builders import build_master
from public_load import innermost, public_sheets
from ita_xl import errors
from ita_xl.master.grid import Grid, cell_text, load_grid
from ita_xl.master.reader import read_master
from ita_xl.master.sheetxml import Styles, read_shared_strings, read_sheet
from ita_xl.master.workbook import open_workbook

REPO = Path(__file__).parent.parent
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="urn:x"'
Outcome = Any  # (cells, merges) or ("error", exception type name)


# --- helpers ---------------------------------------------------------------------------------

def _theirs(path: Path) -> Outcome:
    """openpyxl's public, full load (cached values): {sheet: (cells, merges)}, where cells maps
    (row, column) to (value, type) for every cell holding a value."""
    return public_sheets(path)


def _ours(path: Path) -> Outcome:
    """ita-xl's lean opener and streamed reader, seen as a full load shows a sheet: a cell
    written twice holds its last value, a merged range's hidden cells hold nothing."""
    sheets = {}
    try:
        with path.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = open_workbook(fh)
            try:
                for sheet in book.worksheets:
                    stream: List[Tuple[int, int, Any]] = []
                    with sheet.open() as src:
                        boxes = read_sheet(src, book.shared_strings, book.styles,
                                           lambda r, c, v: stream.append((r, c, v)))
                    sheets[sheet.title] = _as_loaded(stream, boxes), sorted(boxes)
            finally:
                book.close()
    except Exception as exc:  # noqa: BLE001
        return ("error", _innermost(exc))
    return sheets


def _as_loaded(stream: List[Tuple[int, int, Any]], boxes: List[Tuple[int, int, int, int]]):
    cells = {}
    for r, c, v in stream:
        cells[(r, c)] = (v, type(v))
    for r1, c1, r2, c2 in boxes:
        for r, c in [key for key in cells if r1 <= key[0] <= r2 and c1 <= key[1] <= c2]:
            if (r, c) != (r1, c1):
                del cells[(r, c)]
    return {key: value for key, value in cells.items() if value[0] is not None}


_innermost = innermost


def _every_sheet_alike(path: Path) -> int:
    ours, theirs = _ours(path), _theirs(path)

    assert ours == theirs, path.name
    return 0 if isinstance(theirs, tuple) else len(theirs)


def _replace_parts(src: Path, dst: Path, parts: Dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, parts.get(info.filename, zin.read(info.filename)))
    return dst


@pytest.fixture(scope="module")
def typed(tmp_path_factory) -> Path:
    """A workbook with every kind of value openpyxl writes, a 1904 sheet and a merge."""
    path = tmp_path_factory.mktemp("typed") / "typed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "S"
    ws.append(["text", 1, 2.5, True, False, date(2023, 1, 5), datetime(2023, 1, 5, 13, 30),
               time(12, 30), timedelta(hours=30), -0.0, 1e20, "  spaced \u200b ", "a\nb"])
    ws["B2"] = 45000.75
    ws["B2"].number_format = "[h]:mm:ss"
    ws["C2"] = 3
    ws["C2"].number_format = "dd/mm/yyyy"
    ws["D2"] = 2958466  # past the last date Excel knows: openpyxl's "#VALUE!"
    ws["D2"].number_format = "yyyy-mm-dd"
    ws.merge_cells("A5:C6")
    ws["A5"] = "merged"
    wb.save(path)
    return _with_shared_strings(path)


SST = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _with_shared_strings(path: Path) -> Path:
    """Give the workbook a shared-string table where this openpyxl wrote inline strings only,
    so the odd sheets' ``t="s"`` cells have strings to point at."""
    with zipfile.ZipFile(path) as zf:
        if "xl/sharedStrings.xml" in zf.namelist():
            return path
        types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    strings = "".join(f"<si><t>{t}</t></si>" for t in ("zero", "หนึ่ง", "two"))
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                          '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                          'sharedStrings+xml"/></Types>')
    rels = rels.replace("</Relationships>", f'<Relationship Id="rIdSst" Type="{SST}" '
                        'Target="sharedStrings.xml"/></Relationships>')
    shared = path.with_name("shared.xlsx")
    _replace_parts(path, shared, {"[Content_Types].xml": types.encode(),
                                  "xl/_rels/workbook.xml.rels": rels.encode()})
    with zipfile.ZipFile(shared, "a") as zf:
        zf.writestr("xl/sharedStrings.xml", f'<sst {MAIN}>{strings}</sst>')
    return shared


def _with_sheet(typed: Path, tmp_path: Path, name: str, xml: str) -> Path:
    return _replace_parts(typed, tmp_path / f"{name}.xlsx",
                          {"xl/worksheets/sheet1.xml": xml.encode("utf-8")})


# --- the sheet reader ------------------------------------------------------------------------

def test_excel_made_foreign_and_example_workbooks_read_alike(excel_made, typed):
    """Every cell: the same value of the same type (shared strings, dates, durations by the
    opener's styles), and the same merged ranges."""
    assert sum(_every_sheet_alike(f) for f in _corpus(excel_made) + [typed]) > 30


ODD_SHEETS = {
    # rows and cells without r: openpyxl counts them
    "counted": '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>5</v></c><c/>'
               '<c r="E1"><v>1.5</v></c><c><v>7</v></c></row><row><c><v>1e3</v></c></row>'
               '<row r="10"><c t="s"><v>1</v></c></row><row r="12.0"><c><v>2</v></c></row>',
    # rich and odd inline strings: runs, a later <t>, another namespace, phonetic runs
    "inline": '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r>'
              '<r><t xml:space="preserve"> and </t></r><r><t>x</t><t>last</t></r></is></c>'
              '<c r="B1" t="inlineStr"><is><t>plain</t><r><t>run</t></r><t>plain2</t></is></c>'
              '<c r="C1" t="inlineStr"><is><x:t>other</x:t></is></c>'
              '<c r="D1" t="inlineStr"><is></is></c><c r="E1" t="inlineStr"><v>9</v></c>'
              '<c r="F1" t="inlineStr"><is><t>a<!-- c -->b</t></is></c>'
              '<c r="G1" t="inlineStr"><is><rPh sb="0" eb="1"><t>ph</t></rPh><t>x</t></is></c>'
              '<c r="H1" t="inlineStr"><is><t/></is></c>'
              '<c r="I1" t="inlineStr"><is><t>a<x:b/>c</t></is></c></row>',
    # every value type, cached formula results, an empty <v>, a second <v>, a duplicate cell
    "values": '<row r="1"><c r="A1"><v></v></c><c r="B1"><v>1</v><v>2</v></c>'
              '<c r="C1"><f>SUM(1)</f></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
              '<c r="E1" t="str"><f>"a"</f><v>  s </v></c>'
              '<c r="F1" t="d"><v>2023-01-02T03:04:05</v></c><c r="G1" t="zzz"><v>odd</v></c>'
              '<c r="H1" t="b"><v>0</v></c><c r="I1"><v>1<x:y/>2</v></c>'
              '<c r="J1"><x:v>3</x:v><v>4</v></c><c r="A1"><v>8</v></c>'
              '<c r="K1" t="s"><v>0</v></c><c r="L1"><v>-1.5E-3</v></c><c r="M1"><v>0012</v></c>'
              '<c r="N1" t="str"><v>a&amp;b&#10;c</v></c><c r="aa1"><v>1</v></c></row>'
              '<row r="2"><c r="A2" s="6"><v>43469</v></c><c r="B2" s="1"><v>45000.75</v></c>'
              '<c r="C2" s="2"><v>3</v></c><c r="D2" s="3"><v>2958466</v></c></row>',
    "merges": '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="x">'
              '<mergeCell ref="A1:B2"/><mergeCell ref="D5"/></mergeCells>'
              '<mergeCells><mergeCell ref="C3:D4"/></mergeCells><sheetData>',
    "comments": '<!-- c --><?pi x?><row r="1"><!-- c --><c r="A1"><v>1<!-- c -->2</v></c></row>',
    "nested_row": '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst><row r="7">'
                  '<c><v>2</v></c></row></extLst><sheetData>',
    "row_fraction": '<row r="1.5"><c><v>1</v></c></row>',
    "bad_coordinate": '<row r="1"><c r="1A"><v>1</v></c></row>',
    "bad_string_index": '<row r="1"><c r="A1" t="s"><v>999</v></c></row>',
    "bad_bool": '<row r="1"><c r="A1" t="b"><v>x</v></c></row>',
    "bad_number": '<row r="1"><c r="A1"><v>x1</v></c></row>',
    "bad_style": '<row r="1"><c r="A1" s="x"><v>1</v></c></row>',
    "bad_phonetic": '<row r="1"><c r="A1" t="inlineStr"><is><rPh><t>p</t></rPh></is></c></row>',
    "bad_merge": '</sheetData><mergeCells><mergeCell ref="B2:A1"/></mergeCells><sheetData>',
    "merge_without_ref": '</sheetData><mergeCells><mergeCell/></mergeCells><sheetData>',
    "merge_extra_attribute": '</sheetData><mergeCells><mergeCell ref="A1:B1" foo="1"/>'
                             '</mergeCells><sheetData>',
    "whole_column_merge": '</sheetData><mergeCells><mergeCell ref="A:A"/></mergeCells><sheetData>',
}


@pytest.mark.parametrize("name", sorted(ODD_SHEETS))
def test_odd_and_damaged_sheet_xml_reads_or_fails_alike(typed, tmp_path, name):
    xml = f'<worksheet {MAIN}><sheetData>{ODD_SHEETS[name]}</sheetData></worksheet>'
    _every_sheet_alike(_with_sheet(typed, tmp_path, name, xml))


def test_a_utf16_sheet_reads_alike(typed, tmp_path):
    body = ('<?xml version="1.0" encoding="UTF-16"?>'
            f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ไทย</t>'
            '</is></c></row></sheetData></worksheet>')
    path = _replace_parts(typed, tmp_path / "u16.xlsx",
                          {"xl/worksheets/sheet1.xml": b"\xff\xfe" + body.encode("utf-16-le")})
    _every_sheet_alike(path)


def test_entity_declarations_are_refused_and_nothing_is_expanded(typed):
    xml = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "boom">]>'
           + f'<worksheet {MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t>'
             '</is></c></row></sheetData></worksheet>'.encode())
    seen: List[Any] = []
    with pytest.raises(DefusedXmlException):
        read_sheet(io.BytesIO(xml), [], Styles(None, set(), set()),
                   lambda r, c, v: seen.append(v))
    assert "boom" not in seen


def test_a_sheet_without_rows_or_merges(typed):
    xml = f'<worksheet {MAIN}/>'.encode()
    assert read_sheet(io.BytesIO(xml), [], Styles(None, set(), set()),
                      lambda r, c, v: None) == []


# --- shared strings and the workbook opener --------------------------------------------------

SHARED = [
    "<si><t>plain</t></si>",
    '<si><t xml:space="preserve">  spaced  </t></si>',
    "<si><t/></si>",
    "<si/>",
    "<si><t>x_x005F_x000D_y</t></si>",
    "<si><r><t>a</t></r><r><rPr><i/><sz val=\"12\"/></rPr><t>b</t></r></si>",
    '<si><t>base</t><rPh sb="0" eb="1"><t>ph</t></rPh><phoneticPr fontId="1"/></si>',
    "<si><t>a<!-- c -->b</t></si>",
    "<si><t>ไทย&#10;สอง</t></si>",
]


@pytest.mark.parametrize("extra", ["", '<si><rPh><t>p</t></rPh></si>', '<si foo="1"><t>a</t></si>',
                                   "<si><t>cut"])
def test_shared_strings_read_alike(extra):
    xml = (f'<sst {MAIN}>{"".join(SHARED)}{extra}</sst>').encode()
    try:
        theirs: Any = read_string_table(io.BytesIO(xml))
    except Exception as exc:  # noqa: BLE001
        theirs = ("error", _innermost(exc))
    try:
        ours: Any = read_shared_strings(io.BytesIO(xml))
    except Exception as exc:  # noqa: BLE001
        ours = ("error", _innermost(exc))
    assert ours == theirs
    if not extra:
        assert len(ours) == len(SHARED)


def _theirs_opened(wb) -> Dict[str, Any]:
    """openpyxl's read-only workbook, through its public attributes (the date styles and shared
    strings are compared through the cells they give: see _every_sheet_alike)."""
    return {"names": wb.sheetnames, "worksheets": [ws.title for ws in wb.worksheets],
            "epoch": wb.epoch, "states": [ws.sheet_state for ws in wb.worksheets]}


def _ours_opened(book) -> Dict[str, Any]:
    return {"names": book.sheetnames, "worksheets": [ws.title for ws in book.worksheets],
            "epoch": book.styles.epoch, "states": [ws.sheet_state for ws in book.worksheets]}


def _opened(load, describe, path: Path) -> Any:
    try:
        with path.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = load(fh)
            try:
                return describe(wb)
            finally:
                wb.close()
    except Exception as exc:  # noqa: BLE001
        return ("error", _innermost(exc))


def _corpus(excel_made: Path) -> List[Path]:
    """Workbooks of other producers and the shipped examples."""
    return (sorted(excel_made.glob("*.xls*")) + sorted((REPO / "tests/data/foreign").glob("*.xlsx"))
            + sorted((REPO / "workbooks").glob("*.xlsx")))


def test_open_workbook_gives_what_load_workbook_gives(excel_made, typed, tmp_path):
    lo_like = _replace_parts(typed, tmp_path / "hidden.xlsx", {})
    for path in _corpus(excel_made) + [typed, lo_like]:
        theirs = _opened(lambda fh: openpyxl.load_workbook(
            fh, read_only=True, data_only=True, keep_links=False), _theirs_opened, path)
        assert _opened(open_workbook, _ours_opened, path) == theirs, path.name
    _every_sheet_alike(lo_like)  # the others' cells: see the test above


# --- through read_master ---------------------------------------------------------------------

def _staff_sheet_parts(path: Path) -> Dict[str, str]:
    """{sheet name: part name} from the workbook's own relationships."""
    with zipfile.ZipFile(path) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="/?(?:xl/)?([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*Id="(rId\d+)"',
                                                  rels)})
    return {name: "xl/" + targets[rid]
            for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"', book)}


def test_a_sheet_ita_xl_does_not_read_is_never_parsed(tmp_path):
    """Issue 9: a sheet that is not a staff sheet is never parsed or measured, so damage in it
    (which Excel would repair) does not stop the tool; a damaged staff sheet still does."""
    master = build_master(tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(master)
    wb.create_sheet("หมายเหตุ")["A1"] = "note"
    wb.save(master)
    parts = _staff_sheet_parts(master)
    with zipfile.ZipFile(master) as zf:
        xml = zf.read(parts["หมายเหตุ"])
        staff = zf.read(parts["หน่วยงาน"])
    cut = _replace_parts(master, tmp_path / "cut.xlsx",
                         {parts["หมายเหตุ"]: xml[: xml.index(b"<dimension") + 4]})
    assert read_master(cut).agency.name.value == read_master(master).agency.name.value
    cut = _replace_parts(master, tmp_path / "cut2.xlsx",
                         {parts["หน่วยงาน"]: staff[: staff.index(b"<sheetData") + 4]})
    with pytest.raises(errors.CorruptWorkbook):
        read_master(cut)


def test_grid_texts_are_the_cleaned_cell_texts(tmp_path):
    master = build_master(tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(master, read_only=True)
    for ws in wb.worksheets:
        grid = load_grid(ws)
        assert grid.texts == {k: cell_text(v) for k, v in grid.cells.items()}
        assert all(grid.texts.values())
    wb.close()
    built = Grid("s", cells={(1, 1): "  ", (1, 2): 9.0, (2, 1): "a"}, merges=[(2, 1, 2, 2)])
    assert built.blank(1, 1) and not built.blank(1, 2) and built.text(1, 2).value == "9"
    assert built.texts == {(1, 1): "", (1, 2): "9", (2, 1): "a"}


def test_measures_sharing_a_period_text_get_their_own_period(tmp_path):
    from builders import MasterSpec

    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    rows = read_master(master).measures.rows
    pairs = [(a, b) for i, a in enumerate(rows) for b in rows[i + 1:]
             if a.period and b.period and a.period.raw == b.period.raw and a.period.value]
    assert pairs, "the default master repeats a period"
    first, second = pairs[0]
    assert first.period.value == second.period.value
    assert first.period.value is not second.period.value
