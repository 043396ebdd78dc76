"""Validation of the มาตรการ sheet through real workbooks.

Default layout: A ตัวชี้วัด, B มาตรการ/แนวทาง, C วิธีการดำเนินการ, D ผู้รับผิดชอบ,
E ระยะเวลาดำเนินการ, F การติดตามผล, G สถานะ, H ความก้าวหน้า (%); rows 2-5 serve indicators
8, 4, 2 and 7. The analysed year is 2566, so measures are planned for October 2566 - September 2567.
"""
from __future__ import annotations

from datetime import date

from builders import MasterSpec, default_measures
from validate_support import codes, only, run, where

SHEET = "มาตรการ"
FIELDS = ("indicator", "measure", "method", "responsible", "period", "follow_up", "status",
          "progress")


def measures(first=None, *extra_rows):
    """The default measures with the first row's fields replaced, plus ``extra_rows``."""
    rows = default_measures()
    for name, value in (first or {}).items():
        rows[0][FIELDS.index(name)] = value
    return rows + [list(r) for r in extra_rows]


def spec(first=None, *extra_rows, **kw):
    return MasterSpec(measures=measures(first, *extra_rows), **kw)


def test_measure_without_indicator(tmp_path):
    report = run(tmp_path, spec({"indicator": None}))
    f = only(report, "measure-indicator-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "A2")


def test_measure_for_an_indicator_not_in_the_framework(tmp_path):
    report = run(tmp_path, spec({"indicator": "ตัวชี้วัดที่ 11 การบริหารความเสี่ยง"}))
    f = only(report, "indicator-unknown")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "A2")


def test_sub_indicator_counts_as_its_indicator(tmp_path):
    report = run(tmp_path, spec({"indicator": "๙.๓"}, default_measures()[0]))
    assert report.at(SHEET, "A2") == []
    assert not report.has_errors


def test_unknown_sub_indicator_is_a_warning(tmp_path):
    report = run(tmp_path, spec(None, ["9.7"] + default_measures()[0][1:]))
    f = only(report, "sub-indicator-unknown")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "A6")
    assert "9.3 การบริหารเงินงบประมาณ" in f.hint("th")


def test_unofficial_sub_indicator_name_is_a_warning(tmp_path):
    text = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล"
    report = run(tmp_path, spec(None, [text] + default_measures()[0][1:]))
    f = only(report, "sub-indicator-name-unofficial")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "A6")
    assert "การบริหารและพัฒนาทรัพยากรบุคคล" in f.message("th")


def test_unofficial_sub_indicator_label_names_the_official_term(tmp_path):
    text = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ"  # the memo's
    report = run(tmp_path, spec(None, [text] + default_measures()[0][1:]))
    f = only(report, "sub-indicator-label-unofficial")
    assert (f.severity, f.sheet, f.cell) == ("info", SHEET, "A6")
    assert "ตัวที่วัดย่อย" in f.message("en") and "ตัวชี้วัดย่อย" in f.hint("th")
    assert "sub-indicator-name-unofficial" not in codes(report)  # 9.3's own name is official


def test_group_row_indicator_is_checked_once(tmp_path):
    header = ["มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
              "การติดตามผล"]
    body = [row[1:6] for row in default_measures()]
    rows = [["การปรับปรุงระบบการทำงน"], body[0], body[0],
            ["ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ"], body[1],
            ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ"], body[2],
            ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"], body[3]]
    report = run(tmp_path, MasterSpec(measures_header=header, measures=rows))
    f = only(report, "indicator-name-unofficial")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "A2")
    assert "measure-indicator-missing" not in codes(report)
    assert "weak-indicator-without-measure" not in codes(report)


def test_neither_measure_nor_method(tmp_path):
    report = run(tmp_path, spec({"measure": None, "method": None}))
    f = only(report, "measure-empty")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B2")


def test_method_alone_is_enough(tmp_path):
    report = run(tmp_path, spec({"measure": None}))
    assert report.findings == []


def test_no_one_responsible(tmp_path):
    report = run(tmp_path, spec({"responsible": None}))
    f = only(report, "responsible-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "D2")


def test_unreadable_period(tmp_path):
    report = run(tmp_path, spec({"period": "เร็ว ๆ นี้"}))
    f = only(report, "period-unreadable")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "E2")
    assert "เร็ว ๆ นี้" in f.message("th")


def test_period_that_ends_before_it_starts(tmp_path):
    report = run(tmp_path, spec({"period": "กันยายน ๒๕๖๗ - ตุลาคม ๒๕๖๖"}))
    f = only(report, "period-reversed")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "E2")
    assert "period-outside-plan-year" not in codes(report)


def test_no_period_is_a_warning(tmp_path):
    report = run(tmp_path, spec({"period": None}))
    f = only(report, "period-missing")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "E2")


def test_period_outside_the_plan_year(tmp_path):
    report = run(tmp_path, spec({"period": "ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖"}))
    f = only(report, "period-outside-plan-year")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "E2")
    assert "2567" in f.message("th") and "1 ตุลาคม 2566" in f.message("th")


def _dated(start, end):
    header = MasterSpec().measures_header + ["วันเริ่ม", "วันสิ้นสุด"]
    rows = default_measures()
    rows[0] = rows[0][:4] + [None] + rows[0][5:] + [start, end]
    return MasterSpec(measures_header=header, measures=rows)


def test_start_and_end_cells_in_the_plan_year_give_nothing(tmp_path):
    report = run(tmp_path, _dated(date(2023, 10, 1), date(2024, 3, 31)))
    assert report.findings == []


def test_start_after_end(tmp_path):
    report = run(tmp_path, _dated(date(2024, 3, 31), date(2023, 10, 1)))
    f = only(report, "period-reversed")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "J2")


def test_unreadable_date_cell(tmp_path):
    report = run(tmp_path, _dated("พรุ่งนี้", date(2024, 3, 31)))
    f = only(report, "date-unreadable")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "I2")


def test_no_follow_up(tmp_path):
    report = run(tmp_path, spec({"follow_up": None}))
    f = only(report, "follow-up-missing")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "F2")


def test_status_outside_the_list(tmp_path):
    report = run(tmp_path, spec({"status": "รอดำเนินการ"}))
    f = only(report, "status-unknown")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "G2")
    assert "กำลังดำเนินการ" in f.hint("th")


def test_english_status_is_accepted(tmp_path):
    report = run(tmp_path, spec({"status": "In progress"}))
    assert report.findings == []


def test_progress_not_a_number(tmp_path):
    report = run(tmp_path, spec({"progress": "ครึ่งหนึ่ง"}))
    f = only(report, "progress-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "H2")


def test_progress_out_of_range(tmp_path):
    report = run(tmp_path, spec({"progress": 150}))
    f = only(report, "progress-out-of-range")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "H2")


def test_done_with_progress_below_100_is_info(tmp_path):
    report = run(tmp_path, spec({"status": "เสร็จสิ้น", "progress": 80}))
    f = only(report, "status-done-progress-low")
    assert (f.severity, f.sheet, f.cell) == ("info", SHEET, "H2")
    assert where(report, "status-done-progress-low") == [("info", SHEET, "H2")]
    assert report.counts()["warning"] == 0
