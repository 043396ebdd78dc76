"""read_master on the มาตรการ sheet: group rows, the memo's layout, units, periods and dates."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from builders import build_master, replace_sheet
from ita_xl.master.measures import split_units
from ita_xl.master.reader import read_master

MEMO_HEADER = ["มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา ดำเนินการ", "การติดตามผล"]
MEMO_HEADER_2 = ["มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "การติดตามผล"]
FOLLOW = "รายงานความก้าวหน้าทุก ๖ เดือน"


def _measures(tmp_path, rows, merges=(), fiscal_year=2565):
    path = build_master(tmp_path / "m.xlsx")
    replace_sheet(path, "หน่วยงาน", [["ชื่อหน่วยงาน", "เทศบาลเมืองสะเตงนอก"],
                                     ["ปีงบประมาณ", fiscal_year]])
    replace_sheet(path, "มาตรการ", rows, merges)
    return read_master(path).measures


def _memo_rows():
    return [
        ["มาตรการในการประเมินคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๖"],
        MEMO_HEADER,
        ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ"],
        [None, "๑. ประชุมชี้แจงให้ความรู้\n๒. เผยแพร่แผนการใช้จ่ายงบประมาณ",
         "-กองคลัง -ผู้อำนวยการ กองคลัง -สำนักปลัด เทศบาล -หัวหน้า สำนักปลัดเทศบาล",
         "เดือน ตุลาคม พ.ศ.๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖", FOLLOW],
        ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"],
        [None, "๑. จัดทำคู่มือ", "-ทุกส่วนราชการ -ผู้อำนวยการกอง ทุกกอง",
         "เดือน ตุลาคม พ.ศ. ๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖", "การประเมินความพึงพอใจเมื่อสิ้นปีงบประมาณ"],
        [None, None, None, None, None],
        MEMO_HEADER,
        ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"],
        [None, "๑. เพิ่มช่องทางการสื่อสาร", "-สำนักปลัดเทศบาล -งานประชาสัมพันธ์",
         "เดือน ตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖", FOLLOW],
        MEMO_HEADER_2,
        ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ"],
        [None, "๑.มอบหมายผู้รับผิดชอบ", "-กองคลัง -ผู้อำนวยการ กองคลัง",
         "เดือนตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖", FOLLOW],
        ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล"],
        [None, "๑.ชี้แจงผู้รับผิดชอบ", "-สำนักปลัด เทศบาล -นักทรัพยากร บุคคล",
         "เดือนตุลาคม พ.ศ. ๒๕๖๕ - เดือนมีนาคม พ.ศ.๒๕๖๖", "รายงานสรุปผล"],
    ]


MEMO_MERGES = ["A1:E1", "A3:E3", "A5:E5", "A9:E9", "A12:E12", "A14:E14"]


def test_memo_layout_groups_repeated_headers_and_periods(tmp_path):
    table = _measures(tmp_path, _memo_rows(), MEMO_MERGES)
    assert table.header_row == 2
    assert table.missing_columns == []
    assert [m.row for m in table.rows] == [4, 6, 10, 13, 15]
    assert [(m.indicator.value, m.indicator.cell, m.from_group) for m in table.rows] == [
        ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "A3", True),
        ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "A5", True),
        ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "A9", True),
        ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ", "A12", True),
        ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล", "A14",
         True),
    ]
    first = table.rows[0]
    assert (first.measure.value, first.measure.cell) == (None, "A4")
    assert (first.method.value, first.method.cell) == (
        "๑. ประชุมชี้แจงให้ความรู้\n๒. เผยแพร่แผนการใช้จ่ายงบประมาณ", "B4")
    assert first.responsible == ["กองคลัง", "ผู้อำนวยการ กองคลัง", "สำนักปลัด เทศบาล",
                                 "หัวหน้า สำนักปลัดเทศบาล"]
    assert first.responsible_cell.cell == "C4"
    assert (first.period.value.start, first.period.value.end) == (date(2022, 10, 1),
                                                                  date(2023, 9, 30))
    assert first.period.cell == "D4" and first.period.problem is None
    assert (first.follow_up.value, first.follow_up.cell) == (FOLLOW, "E4")
    assert first.span == first.period.value
    last = table.rows[-1]
    assert (last.period.value.start, last.period.value.end) == (date(2022, 10, 1),
                                                                date(2023, 3, 31))
    assert last.responsible == ["สำนักปลัด เทศบาล", "นักทรัพยากร บุคคล"]


def test_own_indicator_cell_wins_over_the_group(tmp_path):
    table = _measures(tmp_path, [
        ["ตัวชี้วัด", "มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"],
        ["ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน"],
        [None, "ปรับปรุงขั้นตอน", "สำนักปลัด", "ต.ค. 65 – มี.ค. 66"],
        ["๙.๓", "เผยแพร่รายงาน", "กองคลัง", "ต.ค. 65 – มี.ค. 66"],
        [None, "ทบทวนคู่มือ", "สำนักปลัด", "ต.ค. 65 – มี.ค. 66"],
    ], merges=["A2:D2"])
    assert [(m.indicator.value, m.indicator.cell, m.from_group) for m in table.rows] == [
        ("ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "A2", True),
        ("๙.๓", "A4", False),
        ("ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "A2", True),
    ]
    assert table.rows[0].period.value.end == date(2023, 3, 31)


def test_group_row_by_indicator_name_only_and_unmerged(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"],
        ["การเปิดเผยข้อมูล"],
        ["เผยแพร่ข้อมูลบนเว็บไซต์", None, "งานประชาสัมพันธ์"],
        [None, None, "ติดต่อ-สอบถาม งานนิติการ"],
    ])
    first, second = table.rows
    assert (first.indicator.value, first.indicator.cell, first.from_group) == (
        "การเปิดเผยข้อมูล", "A2", True)
    assert (first.measure.value, first.measure.cell) == ("เผยแพร่ข้อมูลบนเว็บไซต์", "A3")
    assert second.responsible == ["ติดต่อ-สอบถาม งานนิติการ"]


def test_a_lone_measure_text_is_not_a_group_row(tmp_path):
    table = _measures(tmp_path, [
        ["ตัวชี้วัด", "มาตรการ", "ผู้รับผิดชอบ"],
        [None, "จัดอบรมคณะทำงาน"],
    ])
    measure, = table.rows
    assert (measure.measure.value, measure.indicator.value, measure.from_group) == (
        "จัดอบรมคณะทำงาน", None, False)
    assert measure.indicator.cell == "A2"


def test_indicator_merged_down_over_several_measures(tmp_path):
    table = _measures(tmp_path, [
        ["ตัวชี้วัด", "มาตรการ", "ผู้รับผิดชอบ"],
        ["๗ ประสิทธิภาพการสื่อสาร", "เพิ่ม Facebook", "งานประชาสัมพันธ์"],
        [None, "ปรับปรุงเว็บไซต์", "งานประชาสัมพันธ์"],
        [None, "เปิดช่องทางร้องเรียน", None],
        ["๘ การปรับปรุงการทำงาน", "ลดขั้นตอน", "ทุกกอง"],
    ], merges=["A2:A4", "C3:C4"])
    assert [(m.indicator.value, m.indicator.cell) for m in table.rows] == [
        ("๗ ประสิทธิภาพการสื่อสาร", "A2")] * 3 + [("๘ การปรับปรุงการทำงาน", "A5")]
    assert [m.from_group for m in table.rows] == [False, True, True, False]
    third = table.rows[2]
    assert third.responsible == ["งานประชาสัมพันธ์"] and third.responsible_cell.cell == "C3"


@pytest.mark.parametrize("raw, units", [
    ("-กองคลัง -ผู้อำนวยการ กองคลัง", ["กองคลัง", "ผู้อำนวยการ กองคลัง"]),
    ("กองคลัง\nผู้อำนวยการกองคลัง", ["กองคลัง", "ผู้อำนวยการกองคลัง"]),
    ("- สำนักปลัด\n- กองช่าง -กองคลัง", ["สำนักปลัด", "กองช่าง", "กองคลัง"]),
    ("๑. กองคลัง\n๒. กองการศึกษา", ["กองคลัง", "กองการศึกษา"]),
    ("งานติดต่อ-สอบถาม", ["งานติดต่อ-สอบถาม"]),
    ("• งานนิติการ • งานประชาสัมพันธ์", ["งานนิติการ", "งานประชาสัมพันธ์"]),
    ("กองคลัง, กองช่าง", ["กองคลัง", "กองช่าง"]),
    ("", []),
])
def test_split_units(raw, units):
    assert split_units(raw) == units


def test_responsible_split_in_the_workbook_keeps_the_cell(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ", "ผู้รับผิดชอบ"],
        ["ประชุม", "กองคลัง\n-ผู้อำนวยการ กองคลัง -งานติดต่อ-สอบถาม"],
    ])
    measure, = table.rows
    assert measure.responsible == ["กองคลัง", "ผู้อำนวยการ กองคลัง", "งานติดต่อ-สอบถาม"]
    assert measure.responsible_cell.raw == "กองคลัง\n-ผู้อำนวยการ กองคลัง -งานติดต่อ-สอบถาม"
    assert measure.responsible_cell.cell == "B2"


def test_multi_line_cells_keep_their_line_breaks(tmp_path):
    method = "๑. ประชุมชี้แจง\r\n๒. จัดทำคู่มือ\n\n๓. ติดตามผล  "
    table = _measures(tmp_path, [["มาตรการ", "วิธีการดำเนินการ"], ["ปรับปรุง\nการบริการ", method]])
    measure, = table.rows
    assert measure.measure.value == "ปรับปรุง\nการบริการ"
    assert measure.method.value == "๑. ประชุมชี้แจง\n๒. จัดทำคู่มือ\n\n๓. ติดตามผล"
    assert measure.method.raw == method


def test_unreadable_period_keeps_raw_and_cell(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ", "ระยะเวลาดำเนินการ"],
        ["ประชุม", "เร็วที่สุด"],
        ["อบรม", "ตลอดปีงบประมาณ"],
    ], fiscal_year=2566)
    bad, whole = table.rows
    assert (bad.period.value, bad.period.raw, bad.period.cell, bad.period.problem) == (
        None, "เร็วที่สุด", "B2", "unreadable-period")
    assert bad.span is None
    assert (whole.period.value.start, whole.period.value.end) == (date(2023, 10, 1),
                                                                  date(2024, 9, 30))


def test_start_and_end_date_cells(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ", "วันเริ่ม", "วันสิ้นสุด", "สถานะ", "ความก้าวหน้า (%)"],
        ["ประชุม", datetime(2022, 10, 1), "31 มี.ค. 2566", "กำลังดำเนินการ", "๔๐%"],
        ["อบรม", "ต้นปี", datetime(2023, 9, 30), "ยังไม่เริ่ม", "ครึ่งหนึ่ง"],
    ])
    first, second = table.rows
    assert (first.start.value, first.start.cell) == (date(2022, 10, 1), "B2")
    assert (first.end.value, first.end.cell) == (date(2023, 3, 31), "C2")
    assert first.span.start == date(2022, 10, 1) and first.span.end == date(2023, 3, 31)
    assert (first.status.value, first.status.cell) == ("กำลังดำเนินการ", "D2")
    assert (first.progress.value, first.progress.cell) == (40.0, "E2")
    assert (second.start.problem, second.start.raw, second.start.cell) == (
        "not-a-date", "ต้นปี", "B3")
    assert (second.progress.problem, second.progress.raw, second.progress.cell) == (
        "not-a-number", "ครึ่งหนึ่ง", "E3")
    assert table.missing_columns == ["responsible"]


def test_english_headers_in_any_order_with_extra_columns(tmp_path):
    table = _measures(tmp_path, [
        ["Notes", "Responsible", "Measure", "Indicator", "Period", "Follow-up", "Budget"],
        ["x", "Finance division", "Publish budget plan", "9.3", "Oct 2022 - Sep 2023",
         "every 6 months", 5000],
    ])
    m, = table.rows
    assert (m.indicator.value, m.indicator.cell) == ("9.3", "D2")
    assert (m.measure.value, m.measure.cell) == ("Publish budget plan", "C2")
    assert m.responsible == ["Finance division"] and m.responsible_cell.cell == "B2"
    assert (m.follow_up.value, m.follow_up.cell) == ("every 6 months", "F2")
    assert m.period.cell == "E2"
    assert table.missing_columns == []


def test_blank_rows_and_notes_outside_the_table_are_skipped(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", None, None],
        ["ประชุม", "กองคลัง", "ต.ค. 65 – มี.ค. 66"],
        [None, None, None],
        [None, " ", "\u200b", None, "หมายเหตุ: ปรับได้"],
        ["อบรม", "สำนักปลัด", "ต.ค. 65 – มี.ค. 66"],
    ])
    assert [m.row for m in table.rows] == [2, 5]


def test_missing_measure_and_period_columns(tmp_path):
    table = _measures(tmp_path, [["ตัวชี้วัด", "ผู้รับผิดชอบ", "หมายเหตุ"], ["๙", "กองคลัง", "x"]])
    assert table.missing_columns == ["measure", "period"]
    m, = table.rows
    assert (m.measure, m.method, m.period) == (None, None, None)


def test_data_mentioning_header_words_is_not_a_repeated_header(tmp_path):
    table = _measures(tmp_path, [
        ["มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การติดตามผล"],
        ["จัดทำมาตรการป้องกันผลประโยชน์ทับซ้อน", "ผู้รับผิดชอบทุกกอง", "ระยะเวลา ๖ เดือน",
         "ติดตามผลทุก ๖ เดือน"],
        ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "การติดตาม"],
    ])
    assert [m.row for m in table.rows] == [2]
    assert table.rows[0].measure.value == "จัดทำมาตรการป้องกันผลประโยชน์ทับซ้อน"
