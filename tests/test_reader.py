"""read_master: finding the sheets, the agency keys, the results and recommendations tables.

Scores and measures have their own modules (test_reader_scores.py, test_reader_measures.py).
"""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from render import convert
from builders import MasterSpec, build_master, replace_sheet
from ita_xl import errors
from ita_xl.master.reader import read_master

ZW = "\u200b"


def test_default_master_reads_every_sheet_with_cells(master):
    m = read_master(master)
    assert m.sheet_names == ["หน่วยงาน", "คะแนนตัวชี้วัด", "ผลการประเมิน", "มาตรการ"]
    assert (m.agency.name.value, m.agency.name.cell) == ("เทศบาลตำบลตัวอย่างพัฒนา", "B1")
    assert (m.agency.fiscal_year.value, m.agency.fiscal_year.cell) == (2566, "B2")
    assert (m.agency.target_score.value, m.agency.target_score.cell) == (95.0, "B6")
    assert m.agency.sheet == "หน่วยงาน"
    assert [y.year for y in m.scores.years] == [2564, 2565, 2566]
    assert len(m.scores.rows) == 10
    assert [r.year.value for r in m.results.rows] == [2564, 2565, 2566]
    assert len(m.measures.rows) == 4
    assert m.recommendations is None
    assert m.path == str(master)


# --- sheets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    {"agency": "Agency", "scores": "Scores", "results": "Results", "measures": "Measures"},
    {"agency": "AGENCY INFO", "scores": "indicator scores", "results": "results",
     "measures": "MEASURES"},
    {"agency": "หน่วย งาน", "scores": f"คะแนน{ZW}ตัวชี้วัด", "results": f"ผลการประเมิน{ZW}",
     "measures": "มาตร การ"},
])
def test_sheets_found_by_alias_case_spaces_and_zero_width(tmp_path, names):
    full = dict(MasterSpec().sheet_names, **names)
    path = build_master(tmp_path / "m.xlsx", MasterSpec(sheet_names=full))
    m = read_master(path)
    assert m.agency.sheet == names["agency"]
    assert m.scores.sheet == names["scores"]
    assert m.results.sheet == names["results"]
    assert m.measures.sheet == names["measures"]
    assert m.scores.rows[0].scores[2566].sheet == names["scores"]
    assert m.agency.fiscal_year.value == 2566


def test_sheet_names_in_workbook_order_and_other_sheets_ignored(tmp_path, master):
    wb = openpyxl.load_workbook(master)
    wb.create_sheet("หมายเหตุ", 0).append(["ตัวชี้วัด", "ไม่เกี่ยวข้อง"])
    wb.create_sheet("Chart data")
    wb.move_sheet("มาตรการ", offset=-2)
    wb.save(master)
    m = read_master(master)
    assert m.sheet_names == ["หมายเหตุ", "หน่วยงาน", "มาตรการ", "คะแนนตัวชี้วัด", "ผลการประเมิน",
                             "Chart data"]
    assert m.measures.sheet == "มาตรการ" and len(m.measures.rows) == 4


def test_missing_required_sheets_lists_missing_and_found(tmp_path):
    path = build_master(tmp_path / "m.xlsx", MasterSpec(omit_sheets=("results", "measures")))
    with pytest.raises(errors.SheetMissing) as info:
        read_master(path)
    params = info.value.params
    assert params["missing"] == "ผลการประเมิน, มาตรการ"
    assert "Results" in params["missing_en"] and "Measures" in params["missing_en"]
    assert params["found"] == "หน่วยงาน, คะแนนตัวชี้วัด"
    assert "ผลการประเมิน, มาตรการ" in info.value.message("th")


def test_recommendations_sheet_is_optional_and_read_when_present(tmp_path):
    recs = [
        ["EIT", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "ช่องทางสื่อสารน้อย", "เพิ่มช่องทางออนไลน์"],
        [None, None, None, None],
        ["OIT", "๙.๓", "ไม่เผยแพร่รายงาน ๖ เดือน", "เผยแพร่ทุกไตรมาส\nผ่านเว็บไซต์"],
    ]
    path = build_master(tmp_path / "m.xlsx", MasterSpec(recommendations=recs))
    table = read_master(path).recommendations
    assert table.sheet == "ข้อเสนอแนะ" and table.header_row == 1
    assert [r.row for r in table.rows] == [2, 4]
    first, second = table.rows
    assert (first.instrument.value, first.instrument.cell) == ("EIT", "A2")
    assert (second.indicator.value, second.indicator.cell) == ("๙.๓", "B4")
    assert (second.weakness.value, second.weakness.cell) == ("ไม่เผยแพร่รายงาน ๖ เดือน", "C4")
    assert second.recommendation.value == "เผยแพร่ทุกไตรมาส\nผ่านเว็บไซต์"
    assert second.recommendation.cell == "D4"


def test_recommendations_with_english_headers_in_other_order(tmp_path, master):
    replace_sheet(master, "Recommendations", [
        ["Recommendation", "Indicator", "Note", "Weakness", "Instrument"],
        ["Publish the budget plan", "9.3", "x", "not published", "OIT"],
    ])
    rec = read_master(master).recommendations.rows[0]
    assert (rec.recommendation.value, rec.recommendation.cell) == ("Publish the budget plan", "A2")
    assert (rec.weakness.value, rec.weakness.cell) == ("not published", "D2")
    assert (rec.instrument.value, rec.instrument.cell) == ("OIT", "E2")


# --- agency ----------------------------------------------------------------------------------

def _agency(tmp_path, rows, merges=()):
    path = build_master(tmp_path / "m.xlsx")
    replace_sheet(path, "หน่วยงาน", rows, merges)
    return read_master(path).agency


def test_agency_values_parsed_with_thai_digits_and_text(tmp_path):
    agency = _agency(tmp_path, [
        ["ชื่อหน่วยงาน", f"  เทศบาลเมือง{ZW}สะเตงนอก "],
        ["ปีงบประมาณ", "ปีงบประมาณ ๒๕๖๖"],
        ["คะแนนเป้าหมาย", "๙๕.๐๐"],
        ["วันที่ประชุม", "๑๐ ตุลาคม ๒๕๖๕"],
        ["ผู้จัดทำ", "นางสาวตัวอย่าง"],
    ])
    assert (agency.name.value, agency.name.cell) == ("เทศบาลเมืองสะเตงนอก", "B1")
    assert (agency.fiscal_year.value, agency.fiscal_year.raw) == (2566, "ปีงบประมาณ ๒๕๖๖")
    assert (agency.target_score.value, agency.target_score.cell) == (95.0, "B3")
    assert (agency.meeting_date.value, agency.meeting_date.cell) == (date(2022, 10, 10), "B4")
    assert agency.prepared_by.value == "นางสาวตัวอย่าง"
    assert agency.province is None


def test_agency_english_keys_date_cell_and_extra_keys(tmp_path):
    agency = _agency(tmp_path, [
        ["Agency:", "Sateng Nok Town"],
        ["Fiscal year", 2022],
        ["Province", "Yala"],
        ["Meeting date", datetime(2022, 10, 10)],
        ["Prepared by unit", "Legal office"],
        ["Telephone", "073-202200"],
        ["หมายเหตุ"],
    ])
    assert agency.name.value == "Sateng Nok Town"
    assert agency.fiscal_year.value == 2565
    assert (agency.province.value, agency.province.cell) == ("Yala", "B3")
    assert agency.meeting_date.value == date(2022, 10, 10)
    assert agency.prepared_by_unit.value == "Legal office"
    assert list(agency.extra) == ["Telephone"]
    assert (agency.extra["Telephone"].value, agency.extra["Telephone"].cell) == ("073-202200", "B6")


def test_agency_unreadable_values_keep_raw_and_cell(tmp_path):
    agency = _agency(tmp_path, [
        ["ชื่อหน่วยงาน", "อบต. ตัวอย่าง"],
        ["ปีงบประมาณ", "ปีหน้า"],
        ["คะแนนเป้าหมาย", "สูงสุด"],
        ["วันที่ประชุม", "หลังสงกรานต์"],
    ])
    assert (agency.fiscal_year.value, agency.fiscal_year.raw) == (None, "ปีหน้า")
    assert (agency.fiscal_year.problem, agency.fiscal_year.cell) == ("not-a-year", "B2")
    assert (agency.target_score.problem, agency.target_score.raw) == ("not-a-number", "สูงสุด")
    assert agency.target_score.cell == "B3"
    assert (agency.meeting_date.problem, agency.meeting_date.raw) == ("not-a-date", "หลังสงกรานต์")
    assert agency.meeting_date.cell == "B4"


def test_agency_title_row_and_key_merged_over_two_columns(tmp_path):
    agency = _agency(tmp_path, [
        ["ข้อมูลหน่วยงาน"],
        ["ชื่อหน่วยงาน", None, "เทศบาลตำบลตัวอย่าง"],
        ["ปีงบประมาณ", None, "๒๕๖๖"],
        ["จังหวัด", ""],
    ], merges=["A1:C1", "A2:B2", "A3:B3"])
    assert (agency.name.value, agency.name.cell) == ("เทศบาลตำบลตัวอย่าง", "C2")
    assert (agency.fiscal_year.value, agency.fiscal_year.cell) == (2566, "C3")
    assert agency.province.value is None and agency.province.cell == "B4"
    assert agency.extra == {}


# --- results ---------------------------------------------------------------------------------

def test_results_parsed_and_grades_normalised(tmp_path, master):
    replace_sheet(master, "ผลการประเมิน", [
        ["ผลการประเมิน ITA ของหน่วยงาน"],
        ["ระดับ", "หมายเหตุ", "ปีงบประมาณ", "คะแนนรวม"],
        ["a a", "", "2564", "83.19"],
        [None, None, None, None],
        ["ระดับ A", None, "๒๕๖๕", "๘๗.๘๒"],
        ["X", None, 2566, "เก้าสิบ"],
        ["?!", None, 2567, 93.1],
    ], merges=["A1:D1"])
    table = read_master(master).results
    assert table.header_row == 2 and table.missing_columns == []
    assert [r.row for r in table.rows] == [3, 5, 6, 7]
    first, second, third, fourth = table.rows
    assert (first.grade.value, first.grade.cell, first.grade.raw) == ("AA", "A3", "a a")
    assert (first.year.value, first.year.cell) == (2564, "C3")
    assert (first.overall.value, first.overall.cell) == (83.19, "D3")
    assert (second.grade.value, second.year.value, second.overall.value) == ("A", 2565, 87.82)
    # a label the reader cannot judge is kept for validation
    assert (third.grade.value, third.grade.problem, third.grade.raw) == ("X", None, "X")
    assert (fourth.grade.value, fourth.grade.problem) == (None, "not-a-grade")
    assert (third.overall.problem, third.overall.raw, third.overall.cell) == (
        "not-a-number", "เก้าสิบ", "D6")


def test_results_english_headers_and_missing_column(tmp_path, master):
    replace_sheet(master, "ผลการประเมิน", [["Fiscal year", "Grade"], [2565, "A"]])
    table = read_master(master).results
    assert table.missing_columns == ["overall"]
    assert table.rows == []


# --- merged cells ----------------------------------------------------------------------------

def test_values_left_in_hidden_merged_cells_are_ignored(tmp_path):
    """LibreOffice can keep the hidden cells' contents of a merge; only the top-left counts."""
    import xlsxwriter

    path = tmp_path / "stale.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ag = wb.add_worksheet("หน่วยงาน")
    ag.write_row(0, 0, ["ชื่อหน่วยงาน", "เทศบาลตัวอย่าง"])
    ag.write_row(1, 0, ["ปีงบประมาณ", 2566])
    sc = wb.add_worksheet("คะแนนตัวชี้วัด")
    sc.merge_range("A1:C1", "คะแนนรายตัวชี้วัด ปี 2566")
    sc.write("B1", "ตัวชี้วัด")  # stale text hidden under the merge
    sc.write("C1", 2565)
    sc.write_row(1, 0, ["ลำดับ", "ตัวชี้วัด", 2566])
    sc.write_row(2, 0, [1, "การเปิดเผยข้อมูล", 91.5])
    wb.add_worksheet("ผลการประเมิน").write_row(0, 0, ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"])
    ms = wb.add_worksheet("มาตรการ")
    ms.write_row(0, 0, ["มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"])
    ms.merge_range("A2:D2", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล")
    ms.write("C2", "กองคลัง")  # stale
    ms.write_row(2, 0, ["เผยแพร่ข้อมูล", "๑. ประชุม", "สำนักปลัด", "ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗"])
    wb.close()
    with __import__("zipfile").ZipFile(path) as zf:
        assert b"C2" in zf.read("xl/worksheets/sheet4.xml")
    m = read_master(path)
    assert m.scores.header_row == 2
    assert [y.year for y in m.scores.years] == [2566]
    measure, = m.measures.rows
    assert (measure.indicator.value, measure.indicator.cell) == ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "A2")
    assert measure.from_group and measure.responsible == ["สำนักปลัด"]


def test_formula_cells_read_by_cached_value(tmp_path):
    import xlsxwriter

    path = tmp_path / "formulas.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ag = wb.add_worksheet("หน่วยงาน")
    ag.write_row(0, 0, ["ชื่อหน่วยงาน", "เทศบาลตัวอย่าง"])
    ag.write_formula("B2", "=2565+1", None, 2566)
    ag.write("A2", "ปีงบประมาณ")
    sc = wb.add_worksheet("คะแนนตัวชี้วัด")
    sc.write_row(0, 0, ["ตัวชี้วัด", 2565, 2566, "ผลต่าง"])
    sc.write_row(1, 0, ["การเปิดเผยข้อมูล", 93.5, 92.14])
    sc.write_formula("D2", "=C2-B2", None, -1.36)
    sc.write_formula("A3", '="การใช้"&"งบประมาณ"', None, "การใช้งบประมาณ")
    sc.write_row(2, 1, [74.27, 96.91])
    sc.write_formula("D3", "=C3-B3", None, 22.64)
    res = wb.add_worksheet("ผลการประเมิน")
    res.write_row(0, 0, ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"])
    res.write("A2", 2566)
    res.write_formula("B2", "=ROUND(91.03,2)", None, 91.03)
    res.write_formula("C2", '=IF(B2>=95,"AA","A")', None, "A")
    wb.add_worksheet("มาตรการ").write_row(0, 0, ["มาตรการ", "ผู้รับผิดชอบ"])
    wb.close()
    m = read_master(path)
    assert m.agency.fiscal_year.value == 2566
    first, second = m.scores.rows
    assert (first.change.value, first.change.cell) == (-1.36, "D2")
    assert (second.indicator.value, second.indicator.cell) == ("การใช้งบประมาณ", "A3")
    assert second.change.value == 22.64
    row, = m.results.rows
    assert (row.overall.value, row.grade.value) == (91.03, "A")


# --- real-world writers ----------------------------------------------------------------------

def test_every_excel_made_workbook_opens_and_reports_its_sheets(excel_made, tmp_path):
    """Excel's own files (charts, rich values, VBA, tables …) load; they lack the staff sheets."""
    for source in sorted(excel_made.glob("*.xls*")):
        with pytest.raises(errors.SheetMissing) as info:
            read_master(source)
        names = openpyxl.load_workbook(source, read_only=True).sheetnames
        assert info.value.params["found"] == ", ".join(names), source.name


def test_master_saved_by_libreoffice_reads_the_same(tmp_path, master, office):
    saved = convert(master, "xlsx", tmp_path / "lo")
    theirs, ours = read_master(saved), read_master(master)
    with __import__("zipfile").ZipFile(saved) as zf:
        assert "xl/sharedStrings.xml" in zf.namelist()
    assert theirs.agency.name.value == ours.agency.name.value
    assert [(r.indicator.value, r.indicator.cell, {y: s.value for y, s in r.scores.items()})
            for r in theirs.scores.rows] == [
        (r.indicator.value, r.indicator.cell, {y: s.value for y, s in r.scores.items()})
        for r in ours.scores.rows]
    assert [(m.method.value, m.responsible, m.period.value) for m in theirs.measures.rows] == [
        (m.method.value, m.responsible, m.period.value) for m in ours.measures.rows]


def test_grid_from_a_normal_worksheet_matches_the_read_only_pass(tmp_path):
    from ita_xl.master.grid import load_grid

    path = build_master(tmp_path / "m.xlsx")
    replace_sheet(path, "มาตรการ", [["มาตรการ", "ผู้รับผิดชอบ"], ["ตัวชี้วัดที่ ๒"], ["x", "y"]],
                  merges=["A2:B2"])
    full = load_grid(openpyxl.load_workbook(path)["มาตรการ"])
    from ita_xl.master.workbook import open_workbook

    with path.open("rb") as fh:
        wb = open_workbook(fh)
        lazy = load_grid(wb["มาตรการ"])
        wb.close()
    assert full.cells == lazy.cells
    assert full.merges == lazy.merges == [(2, 1, 2, 2)]
    assert lazy.anchor(2, 2) == (2, 1) and lazy.value(2, 2) is None


def test_results_with_instrument_scores_weighted_points_and_levels(tmp_path, master):
    """A notice-style results sheet: level labels as agencies write them, published IIT/EIT/OIT
    and the NACC's weighted points (IIT out of 30 … OIT out of 40) beside them."""
    replace_sheet(master, "ผลการประเมิน", [
        ["ผลการประเมินคุณธรรมและความโปร่งใส (ITA)"],
        ["ปีงบประมาณ", "คะแนน ITA", "IIT", "EIT", "OIT", "IIT (30)", "EIT ถ่วงน้ำหนัก",
         "OIT (ร้อยละ ๔๐)", "ผลการประเมิน"],
        [2569, 96.12, 97.5, 95.4, 95.8, 29.25, 28.62, 38.32, "ผ่านดีเยี่ยม"],
        [2568, 93.82, "๙๕.๑๐", 84.2, 99.0, None, None, None, "ระดับ ผ่าน"],
        [2566, 77.70, 80, 75, 78, None, None, None, "ระดับ B"],
        [2566, 95.2, 96, 95, 95, None, None, None, "(ผ่าน) ระดับ AA"],
        [2562, 88.0, None, None, None, None, None, None, "–"],
        [2561, 90.0, None, None, None, None, None, None, "สูงมาก"],
    ], merges=["A1:I1"])
    table = read_master(master).results
    assert table.header_row == 2 and table.missing_columns == []
    assert sorted(table.instrument_headers) == ["EIT", "IIT", "OIT"]
    assert {c: h.cell for c, h in table.weighted_headers.items()} == {
        "IIT": "F2", "EIT": "G2", "OIT": "H2"}
    r69, r68, r66b, r66aa, r62, r61 = table.rows
    assert {c: (v.value, v.cell) for c, v in r69.instruments.items()} == {
        "IIT": (97.5, "C3"), "EIT": (95.4, "D3"), "OIT": (95.8, "E3")}
    assert {c: v.value for c, v in r69.weighted.items()} == {"IIT": 29.25, "EIT": 28.62,
                                                              "OIT": 38.32}
    assert (r69.overall.value, r69.grade.value, r69.grade.cell) == (96.12, "ผ่านดีเยี่ยม", "I3")
    assert (r68.instruments["IIT"].value, r68.grade.value) == (95.1, "ผ่าน")
    assert (r66b.grade.value, r66b.grade.raw) == ("B", "ระดับ B")
    assert (r66aa.grade.value, r66aa.grade.raw) == ("AA", "(ผ่าน) ระดับ AA")
    assert (r62.grade.value, r62.grade.problem) == (None, None)  # "–": no level that year
    assert r61.grade.value == "สูงมาก" and r61.instruments["IIT"].value is None
