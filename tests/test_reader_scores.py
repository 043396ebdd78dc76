"""read_master on the คะแนนตัวชี้วัด sheet: header row, year columns, numbers, indicators."""
from __future__ import annotations

import pytest

from builders import NAMES, MasterSpec, build_master, replace_sheet
from ita_xl.master.reader import read_master

ZW = "\u200b"


def _scores(tmp_path, rows, merges=(), agency_year=2566):
    path = build_master(tmp_path / "m.xlsx")
    if agency_year != 2566:
        replace_sheet(path, "หน่วยงาน", [["ชื่อหน่วยงาน", "ทดสอบ"], ["ปีงบประมาณ", agency_year]])
    replace_sheet(path, "คะแนนตัวชี้วัด", rows, merges)
    return read_master(path).scores


def test_header_under_two_merged_title_rows(tmp_path):
    table = _scores(tmp_path, [
        ["ผลคะแนนการประเมิน ITA รายตัวชี้วัด"],
        ["เทศบาลตำบลตัวอย่าง ปีงบประมาณ 2566"],
        ["ลำดับ", "ตัวชี้วัด", 2565, 2566],
        [1, "การปฏิบัติหน้าที่", 90.35, 93.8],
    ], merges=["A1:D1", "A2:D2"])
    assert table.header_row == 3
    assert [(y.year, y.column, y.header.cell) for y in table.years] == [
        (2565, "C", "C3"), (2566, "D", "D3")]
    row, = table.rows
    assert (row.row, row.indicator.value, row.indicator.cell) == (4, "การปฏิบัติหน้าที่", "B4")
    assert (row.scores[2566].value, row.scores[2566].cell) == (93.8, "D4")


def test_columns_in_any_order_with_extra_columns(tmp_path):
    table = _scores(tmp_path, [
        ["หมายเหตุ", 2566, "ผู้ตรวจ", "ตัวชี้วัด", 2564, "เป้าหมาย", 2565, "ลำดับ"],
        ["ok", 93.8, "ก", "การปฏิบัติหน้าที่", 88.1, 95, 90.35, 1],
    ])
    assert [(y.year, y.column) for y in table.years] == [(2566, "B"), (2564, "E"), (2565, "G")]
    row, = table.rows
    assert (row.indicator.value, row.indicator.cell) == ("การปฏิบัติหน้าที่", "D2")
    assert {y: (s.value, s.cell) for y, s in row.scores.items()} == {
        2564: (88.1, "E2"), 2565: (90.35, "G2"), 2566: (93.8, "B2")}
    assert (row.target.value, row.target.cell) == (95.0, "F2")
    assert table.unknown_year_headers == [] and table.missing_columns == []


@pytest.mark.parametrize("header", [
    2565, "2565", "๒๕๖๕", "ปี 2565", "พ.ศ. ๒๕๖๕", "ปีงบประมาณ 2565", "ผลคะแนน ปี ๒๕๖๕",
    f" ปี{ZW} 2565 ", "ผลคะแนน\nปี ๒๕๖๕", "FY 2565",
])
def test_every_year_header_form(tmp_path, header):
    table = _scores(tmp_path, [["ตัวชี้วัด", header], ["การใช้อำนาจ", 92.56]])
    year, = table.years
    assert (year.year, year.column, year.header.cell, year.header.raw) == (2565, "B", "B1", header)
    assert table.rows[0].scores[2565].value == 92.56


def test_unreadable_year_header_is_reported_not_guessed(tmp_path):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", "ปี ๒๕๖x", 2566, "คะแนนปีก่อน", "หมายเหตุ"],
        ["การใช้อำนาจ", 90, 92.56, 88, "-"],
    ])
    assert [y.year for y in table.years] == [2566]
    assert [(h.raw, h.cell, h.problem) for h in table.unknown_year_headers] == [
        ("ปี ๒๕๖x", "B1", "not-a-year"), ("คะแนนปีก่อน", "D1", "not-a-year")]
    assert set(table.rows[0].scores) == {2566}


def test_duplicate_year_column_is_reported(tmp_path):
    table = _scores(tmp_path, [["ตัวชี้วัด", "2565", "ปี 2565"], ["การใช้อำนาจ", 90, 91]])
    assert [(y.year, y.column) for y in table.years] == [(2565, "B")]
    dup, = table.unknown_year_headers
    assert (dup.cell, dup.problem) == ("C1", "duplicate-year")


def test_plain_score_column_is_the_agency_fiscal_year(tmp_path):
    """The memo's one-year table: อันดับ | ตัวชี้วัด | คะแนน."""
    table = _scores(tmp_path, [["อันดับ", "ตัวชี้วัด", "คะแนน"], ["๑", "การป้องกันการทุจริต", "๑๐๐.๐๐"]],
                    agency_year=2565)
    year, = table.years
    assert (year.year, year.column, year.header.raw) == (2565, "C", "คะแนน")
    assert table.rows[0].scores[2565].value == 100.0


def test_numbers_as_text_thai_digits_and_spaced_minus(tmp_path):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", "ผลคะแนน ปี ๒๕๖๔", "ผลคะแนน ปี ๒๕๖๕", "ผลต่าง"],
        ["การเปิดเผยข้อมูล", "๙๓.๕๐", " 92.14 ", "- ๑.๓๖"],
        ["คุณภาพการดำเนินงาน", "99.16 คะแนน", "๙๗.๑๙", "–1.97"],
    ])
    first, second = table.rows
    assert (first.scores[2564].value, first.scores[2564].raw) == (93.5, "๙๓.๕๐")
    assert first.scores[2565].value == 92.14
    assert (first.change.value, first.change.cell, first.change.raw) == (-1.36, "D2", "- ๑.๓๖")
    assert (second.scores[2564].value, second.change.value) == (99.16, -1.97)


def test_not_a_number_keeps_raw_and_cell(tmp_path):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", 2565, 2566],
        ["การใช้อำนาจ", "ไม่มีข้อมูล", "#DIV/0!"],
        ["การใช้งบประมาณ", 84.6, None],
    ])
    first, second = table.rows
    bad = first.scores[2565]
    assert (bad.value, bad.raw, bad.cell, bad.problem) == (None, "ไม่มีข้อมูล", "B2", "not-a-number")
    assert (first.scores[2566].problem, first.scores[2566].cell) == ("not-a-number", "C2")
    blank = second.scores[2566]
    assert (blank.value, blank.problem, blank.cell) == (None, None, "C3")


def test_blank_rows_are_skipped(tmp_path):
    table = _scores(tmp_path, [
        ["ลำดับ", "ตัวชี้วัด", 2566],
        [1, "การปฏิบัติหน้าที่", 93.8],
        [None, None, None],
        [None, f" {ZW} ", ""],
        [4, "การใช้อำนาจ", 94.6],
    ])
    assert [(r.row, r.indicator.value) for r in table.rows] == [
        (2, "การปฏิบัติหน้าที่"), (5, "การใช้อำนาจ")]


def test_row_with_only_a_rank_is_kept_out(tmp_path):
    table = _scores(tmp_path, [["ลำดับ", "ตัวชี้วัด", 2566], [1, "การปฏิบัติหน้าที่", 93.8], [2]])
    assert [r.row for r in table.rows] == [2]


@pytest.mark.parametrize("label, expected", [
    ("การเปิดเผยข้อมูล", "การเปิดเผยข้อมูล"),
    (9, "9"),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"),
    ("๙.๓", "๙.๓"),
    (9.3, "9.3"),
    (f"{ZW} 9 การเปิดเผยข้อมูล  ", "9 การเปิดเผยข้อมูล"),
])
def test_indicator_by_name_number_or_both(tmp_path, label, expected):
    table = _scores(tmp_path, [["ตัวชี้วัด", 2566], [label, 95.14]])
    row, = table.rows
    assert (row.indicator.value, row.indicator.raw, row.indicator.cell) == (expected, label, "A2")


def test_rank_column_is_not_the_indicator_number(tmp_path):
    """The memo numbers rows by rank: rank 1 is indicator 10, rank 3 is indicator 1."""
    table = _scores(tmp_path, [
        ["อันดับ ที่", "ตัวชี้วัด", "ผลคะแนน ปี ๒๕๖๕"],
        ["๑", "การป้องกันการทุจริต", "๑๐๐.๐๐"],
        ["๒", "การแก้ไขปัญหาการทุจริต", "๙๘.๖๖"],
        ["๓", "การปฏิบัติหน้าที่", "๙๘.๔๗"],
    ])
    assert [(r.indicator.value, r.indicator.cell) for r in table.rows] == [
        ("การป้องกันการทุจริต", "B2"), ("การแก้ไขปัญหาการทุจริต", "B3"), ("การปฏิบัติหน้าที่", "B4")]


@pytest.mark.parametrize("header", ["No.", "Rank", "ลำดับ", "อันดับ"])
def test_rank_headers_in_english_and_thai(tmp_path, header):
    table = _scores(tmp_path, [[header, "Indicator", "2566"], [3, "Use of power", 94.6]])
    assert (table.rows[0].indicator.value, table.rows[0].indicator.cell) == ("Use of power", "B2")


def test_separate_indicator_number_column_is_joined_to_the_name(tmp_path):
    table = _scores(tmp_path, [["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", 2566], ["๙", "การเปิดเผยข้อมูล", 95]])
    row, = table.rows
    assert (row.indicator.value, row.indicator.cell) == ("๙ การเปิดเผยข้อมูล", "B2")


@pytest.mark.parametrize("header", [
    "ผลต่าง", "ผลคะแนนที่มีการ พัฒนา/ที่ต้อง พัฒนาให้ดีขึ้น", "Change", "ผลต่าง 2566-2565",
    "คะแนนเปลี่ยนแปลง (+/-)", "Difference",
])
def test_staff_typed_change_column(tmp_path, header):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", 2565, 2566, header],
        ["การใช้งบประมาณ", 74.27, 96.91, "๒๒.๖๔"],
    ])
    assert [y.year for y in table.years] == [2565, 2566]
    assert (table.change_header.raw, table.change_header.cell) == (header, "D1")
    row, = table.rows
    assert (row.change.value, row.change.cell) == (22.64, "D2")


def test_memo_table_with_change_column(tmp_path):
    rows = [["อันดับ ที่", "ตัวชี้วัด", "ผลคะแนน ปี ๒๕๖๔", "ผลคะแนน ปี ๒๕๖๕",
             "ผลคะแนนที่มีการ พัฒนา/ที่ต้อง พัฒนาให้ดีขึ้น"],
            ["๗", "การเปิดเผยข้อมูล", "๙๓.๕๐", "๙๒.๑๔", "- ๑.๓๖"],
            ["๙", "ประสิทธิภาพการสื่อสาร", "๙๕.๑๕", "๗๒.๙๖", "- ๑๒.๒๙"]]
    table = _scores(tmp_path, rows)
    assert [(r.indicator.value, r.scores[2564].value, r.scores[2565].value, r.change.value)
            for r in table.rows] == [("การเปิดเผยข้อมูล", 93.5, 92.14, -1.36),
                                     ("ประสิทธิภาพการสื่อสาร", 95.15, 72.96, -12.29)]


def test_two_row_header_with_a_merged_group_over_the_years(tmp_path):
    table = _scores(tmp_path, [
        ["ลำดับ", "ตัวชี้วัด", "ผลคะแนน", None, "หมายเหตุ"],
        [None, None, "2565", "2566", None],
        [1, "การใช้อำนาจ", 92.15, 94.6, ""],
    ], merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2"])
    assert table.header_row == 1
    assert [(y.year, y.header.cell) for y in table.years] == [(2565, "C2"), (2566, "D2")]
    row, = table.rows
    assert (row.row, row.scores[2566].value, row.scores[2566].cell) == (3, 94.6, "D3")


def test_total_row_is_kept_apart(tmp_path):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", 2566], ["การใช้อำนาจ", 94.6], ["คะแนนรวม", 91.96], ["เฉลี่ย", 90],
    ])
    assert [r.indicator.value for r in table.rows] == ["การใช้อำนาจ"]
    assert [(t.indicator.value, t.scores[2566].cell) for t in table.totals] == [
        ("คะแนนรวม", "B3"), ("เฉลี่ย", "B4")]


def test_repeated_header_row_mid_table_is_skipped(tmp_path):
    table = _scores(tmp_path, [
        ["ตัวชี้วัด", 2565, 2566], ["การใช้อำนาจ", 92, 94],
        ["ตัวชี้วัด", 2565, 2566], ["การใช้งบประมาณ", 84, 89],
    ])
    assert [r.row for r in table.rows] == [2, 4]


def test_missing_indicator_column_gives_no_rows_and_says_so(tmp_path):
    table = _scores(tmp_path, [["ลำดับ", 2565, 2566], [1, 90, 91]])
    assert table.rows == [] and table.missing_columns == ["indicator"]
    assert [y.year for y in table.years] == [2565, 2566]


def test_no_header_at_all(tmp_path):
    table = _scores(tmp_path, [["สวัสดี"], ["ไม่มีตาราง"]])
    assert (table.header_row, table.rows) == (0, [])
    assert table.missing_columns == ["indicator", "years"]


def test_default_master_indicators_and_scores(tmp_path):
    spec = MasterSpec()
    table = read_master(build_master(tmp_path / "m.xlsx", spec)).scores
    assert [r.indicator.value for r in table.rows] == [f"{i + 1} {n}" for i, n in enumerate(NAMES)]
    for i, row in enumerate(table.rows):
        assert row.row == i + 2
        for year in spec.score_years:
            assert row.scores[year].value == spec.scores[year][i]
