"""Validation of the หน่วยงาน sheet, and the clean default master, through real workbooks."""
from __future__ import annotations

from builders import MasterSpec
from validate_support import codes, only, run, where

AGENCY = "หน่วยงาน"


def agency(**values):
    """The default agency rows with some values replaced (None = blank) or keys dropped ("-")."""
    rows = MasterSpec().agency
    out = []
    for key, value in rows:
        new = values.get(key, value)
        if new != "-":
            out.append([key, new])
    return out + [[k, v] for k, v in values.items() if k not in dict(rows)]


def test_default_master_has_no_errors_or_warnings(tmp_path):
    report = run(tmp_path)
    assert report.counts() == {"error": 0, "warning": 0, "info": 0}
    assert not report.has_errors


def test_blank_agency_name_points_at_the_key_cell(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(ชื่อหน่วยงาน=None)))
    f = only(report, "agency-key-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "A1")
    assert "ชื่อหน่วยงาน" in f.message("th") and "Agency" in f.message("en")


def test_missing_fiscal_year_row_is_a_sheet_finding(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(ปีงบประมาณ="-")))
    f = only(report, "agency-key-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, None)
    assert "ปีงบประมาณ" in f.message("th")


def test_unreadable_fiscal_year(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(ปีงบประมาณ="ปีหน้า")))
    f = only(report, "fiscal-year-unreadable")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "B2")
    assert "ปีหน้า" in f.message("th")


def test_fiscal_year_without_a_score_column(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(ปีงบประมาณ=2567)))
    f = only(report, "fiscal-year-not-in-scores")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "B2")
    assert "2567" in f.message("th") and "2564, 2565, 2566" in f.message("th")


def test_framework_missing_for_the_analysed_year_is_one_error(tmp_path):
    report = run(tmp_path, drop_years=[2566])
    f = only(report, "framework-missing-year")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "B2")
    assert "2566.json" in f.hint("th")
    assert "framework-missing-column" not in codes(report)  # not reported twice


def test_score_year_without_framework_file_is_a_warning_on_its_header(tmp_path):
    report = run(tmp_path, drop_years=[2564])
    assert where(report, "framework-missing-column") == [("warning", "คะแนนตัวชี้วัด", "C1")]
    assert "2564.json" in only(report, "framework-missing-column").hint("en")
    assert not report.has_errors


def test_target_not_a_number(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(คะแนนเป้าหมาย="เก้าสิบห้า")))
    f = only(report, "target-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "B6")
    assert "เก้าสิบห้า" in f.message("th")


def test_target_out_of_range(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(คะแนนเป้าหมาย=120)))
    f = only(report, "target-out-of-range")
    assert (f.severity, f.sheet, f.cell) == ("error", AGENCY, "B6")
    assert "120.00" in f.message("th")


def test_unreadable_meeting_date_is_a_warning(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(วันที่ประชุม="วันประชุมใหญ่")))
    f = only(report, "meeting-date-unreadable")
    assert (f.severity, f.sheet, f.cell) == ("warning", AGENCY, "B7")
    assert not report.has_errors


def test_readable_thai_meeting_date_gives_nothing(tmp_path):
    report = run(tmp_path, MasterSpec(agency=agency(วันที่ประชุม="๑๐ ตุลาคม ๒๕๖๖")))
    assert report.findings == []
