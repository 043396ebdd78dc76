"""Write-back into workbooks Microsoft Excel itself saved (tests/data/excel-made).

Each holds one kind of thing staff put into masters (macros, chart sheets, form controls, in-cell
pictures, tables …). Staff sheets are added to each, the computed sheets are spliced in twice, and
every part Excel wrote must come out with the same bytes; the four parts the splice edits may only
gain pieces, and must not change between the runs.
"""
from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path
from typing import Dict

import openpyxl
import pytest
from builders import MasterSpec, build_master
from render import convert_all, pdf_text
from test_writeback_splice import (
    EDITED,
    SCORES_V1,
    SCORES_V2,
    assert_preserved,
    computed_package,
    parts,
)

from ita_xl.writeback import add_foreign_sheets, splice_sheets

DATA = Path(__file__).parent / "data" / "excel-made"
FILES = sorted(p.name for p in DATA.glob("*.xls*"))


@pytest.fixture(scope="module")
def spliced(tmp_path_factory) -> Dict[str, Dict[str, Path]]:
    """For each Excel-made file: staff sheets added, then two splices (made once per module)."""
    tmp = tmp_path_factory.mktemp("excel-made")
    staff = build_master(tmp / "staff.xlsx", MasterSpec())
    c1 = computed_package(tmp / "c1.xlsx", SCORES_V1)
    c2 = computed_package(tmp / "c2.xlsx", SCORES_V2)
    out = {}
    for name in FILES:
        src = DATA / name
        with_staff, run1, run2 = (tmp / f"{step}-{name}" for step in ("staff", "run1", "run2"))
        add_foreign_sheets(src, staff, with_staff)
        splice_sheets(with_staff, c1, run1)
        splice_sheets(run1, c2, run2)
        out[name] = {"original": src, "staff": with_staff, "run1": run1, "run2": run2}
    return out


def test_fixture_folder_is_complete(excel_made):
    assert len(FILES) == 24 and "macro01.xlsm" in FILES and excel_made == DATA


@pytest.mark.parametrize("name", FILES)
def test_every_part_excel_wrote_survives(spliced, name):
    files = spliced[name]
    for later in ("staff", "run1", "run2"):
        assert_preserved(files["original"], files[later])
    assert_preserved(files["staff"], files["run1"], files["run2"])  # and run 2 settles on run 1
    assert files["run2"].suffix == files["original"].suffix


@pytest.mark.parametrize("name", FILES)
def test_result_opens_with_the_new_values(spliced, name):
    files = spliced[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            original = openpyxl.load_workbook(files["original"]).sheetnames
        except Exception:  # pragma: no cover - openpyxl cannot read this Excel feature
            pytest.skip("openpyxl cannot open the original either")
        wb = openpyxl.load_workbook(files["run2"])
    assert wb.sheetnames[:len(original)] == original
    assert "หน่วยงาน" in wb.sheetnames and wb.sheetnames[-2:] == ["เปรียบเทียบ", "ช่องว่าง"]
    ws = wb["เปรียบเทียบ"]
    assert [ws.cell(row=r, column=2).value for r in range(2, 5)] == SCORES_V2
    assert ws["B2"].number_format == "0.00"
    assert wb["คะแนนตัวชี้วัด"]["C2"].value == 88.10


def test_macros_stay(spliced):
    files = spliced["macro01.xlsm"]
    before, after = parts(files["original"]), parts(files["run2"])
    assert after["xl/vbaProject.bin"] == before["xl/vbaProject.bin"]
    types = after["[Content_Types].xml"].decode()
    assert 'Extension="bin" ContentType="application/vnd.ms-office.vbaProject"' in types
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
    assert "vbaProject" in after["xl/_rels/workbook.xml.rels"].decode()


def test_edited_parts_really_changed_and_settle(spliced):
    """The preservation check is not vacuous: the edited parts did gain the new sheets."""
    files = spliced["defined_name01.xlsx"]
    before, run1 = parts(files["original"]), parts(files["run1"])
    for name in EDITED[:3]:
        assert run1[name] != before[name]
    workbook = run1["xl/workbook.xml"].decode()
    assert re.search(r'<sheet name="เปรียบเทียบ" sheetId="\d+" r:id="rId\d+"/>', workbook)
    assert 'localSheetId="2">\'Sheet 3\'!$A$1<' in workbook  # staff names untouched


def test_libreoffice_renders_every_result(spliced, office, tmp_path):
    outputs = []
    for name in FILES:
        target = tmp_path / "in" / ("out-" + name)
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(spliced[name]["run2"].read_bytes())
        outputs.append(target)
    for pdf in convert_all(outputs, "pdf", tmp_path / "pdf"):
        text = re.sub(r"\s+", "", pdf_text(pdf))
        assert "93.50" in text and "84.13" in text, pdf.name
        assert "ช่องว่างจากเป้าหมาย" in text and "เทศบาลตำบลตัวอย่าง" in text, pdf.name


def test_chart_sheet_and_zip_integrity(spliced):
    for name in FILES:
        with zipfile.ZipFile(spliced[name]["run2"]) as zf:
            assert zf.testzip() is None, name
            assert zf.namelist()[0] == zipfile.ZipFile(spliced[name]["original"]).namelist()[0]
    assert "xl/chartsheets/sheet1.xml" in parts(spliced["chartsheet01.xlsx"]["run2"])
