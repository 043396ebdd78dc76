"""Masters laid out the way staff really get their numbers: copied from a published NACC province
table (indicators by number only, newest year first, consultants' spellings) and from an agency's
result notice (levels as announced, instrument scores and weighted points). Real .xlsx files
written with openpyxl, read and validated as ``ita-xl validate`` does.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, List, Sequence

import openpyxl

from builders import instrument_means, level, weighted
from ita_xl.pipeline import validate_workbook
from validate_support import assert_renders

SCORES = {  # newest first, as NACC tables print them
    2569: [97.20, 94.10, 97.85, 95.40, 96.00, 94.30, 91.20, 90.45, 93.80, 97.00],
    2568: [95.80, 92.40, 96.10, 93.90, 94.20, 93.10, 88.75, 86.20, 92.50, 95.50],
    2567: [94.10, 90.30, 95.20, 91.80, 92.60, 91.40, 86.30, 85.10, 90.20, 94.00],
}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PERIOD = "ต.ค. 69 – ก.ย. 70"


def sheet(wb: openpyxl.Workbook, title: str, rows: Sequence[Sequence[Any]],
          merges: Sequence[str] = ()) -> None:
    ws = wb.create_sheet(title)
    for row in rows:
        ws.append(list(row))
    for rng in merges:
        ws.merge_cells(rng)


def agency_and_measures(wb: openpyxl.Workbook) -> None:
    sheet(wb, "หน่วยงาน", [["ชื่อหน่วยงาน", "องค์การบริหารส่วนตำบลตัวอย่าง"],
                           ["ปีงบประมาณ", "๒๕๖๙"], ["จังหวัด", "สระบุรี"]])
    head = ["ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
            "การติดตามผล"]
    body = [[f"ตัวชี้วัดที่ {n}", "ปรับปรุงการดำเนินงาน", "๑. ประชุมชี้แจง", "สำนักปลัด", PERIOD,
             "รายงานความก้าวหน้าทุก ๖ เดือน"] for n in (8, 7, 9)]
    sheet(wb, "มาตรการ", [head] + body)


def province_table_master(path: Path) -> Path:
    """Scores pasted from a NACC province table: a title, `หัวข้อ`, numbers only, newest year
    first, `คะเเนน` (two ◌เ) and two-digit years; results as the same table lists them."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    agency_and_measures(wb)
    years = list(SCORES)
    rows: List[List[Any]] = [["ผลการประเมิน ITA รายตัวชี้วัด จังหวัดสระบุรี"],
                             ["หัวข้อ", *[f"คะเเนนปี {str(y)[2:]}" for y in years]]]
    for i in range(10):
        rows.append([str(i + 1).translate(THAI), *[SCORES[y][i] for y in years]])
    sheet(wb, "คะแนนตัวชี้วัด", rows, merges=["A1:D1"])
    results = [["ปีงบประมาณ", "คะแนน ITA", "ผลการประเมิน"]]
    for y in years:
        results.append([y, weighted(SCORES[y]), level(weighted(SCORES[y]),
                                                      instrument_means(SCORES[y]))])
    sheet(wb, "ผลการประเมิน", results)
    wb.save(path)
    return path


def notice_master(path: Path, label_2569: str = "ผ่านดี") -> Path:
    """Results retyped from the agencies' own result notices: levels as announced (some written
    `ระดับ ผ่านดี`), IIT/EIT/OIT, the weighted points beside them, history back to 2560."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    agency_and_measures(wb)
    years = sorted(SCORES)
    rows: List[List[Any]] = [["ลำดับ", "ตัวชี้วัด", *[f"ปี {y}" for y in years]]]
    for i in range(10):
        rows.append([i + 1, f"ตัวชี้วัดที่ {i + 1}", *[SCORES[y][i] for y in years]])
    sheet(wb, "คะแนนตัวชี้วัด", rows)
    head = ["ปีงบประมาณ", "คะแนน", "IIT", "EIT", "OIT", "IIT (30)", "EIT (30)", "OIT (40)",
            "ระดับผลการประเมิน"]
    results: List[List[Any]] = [["ประกาศผลการประเมิน ITA ของหน่วยงาน"], head]
    for y in sorted(SCORES, reverse=True):
        m = instrument_means(SCORES[y])
        label = label_2569 if y == 2569 else "ระดับ " + level(weighted(SCORES[y]), m)
        results.append([y, weighted(SCORES[y]), m["IIT"], m["EIT"], m["OIT"],
                        round(m["IIT"] * 0.3, 2), round(m["EIT"] * 0.3, 2),
                        round(m["OIT"] * 0.4, 2), label])
    results += [[2565, 87.82, None, None, None, None, None, None, "(ผ่าน) ระดับ A"],
                [2562, 86.50, None, None, None, None, None, None, "A"],
                [2561, 85.10, None, None, None, None, None, None, "สูงมาก"],
                [2560, "–", None, None, None, None, None, None, "–"]]
    sheet(wb, "ผลการประเมิน", results, merges=["A1:I1"])
    wb.save(path)
    return path


def findings(path: Path):
    report = validate_workbook(path).report
    for f in report.findings:
        assert_renders(f)
    return report


def test_province_table_layout_validates_clean(tmp_path):
    report = findings(province_table_master(tmp_path / "province.xlsx"))
    assert [(f.code, f.severity) for f in report.findings] == [("framework-assumed", "info")]


def test_province_table_years_are_read_newest_first(tmp_path):
    checked = validate_workbook(province_table_master(tmp_path / "province.xlsx"))
    scores = checked.master.scores
    assert [(y.year, y.column) for y in scores.years] == [(2569, "B"), (2568, "C"), (2567, "D")]
    assert scores.header_row == 2 and len(scores.rows) == 10


def test_notice_layout_with_weighted_points_and_history_validates_clean(tmp_path):
    report = findings(notice_master(tmp_path / "notice.xlsx"))
    assert [(f.code, f.severity) for f in report.findings] == [("framework-assumed", "info")]


def test_notice_with_a_retired_letter_is_an_error_at_its_cell(tmp_path):
    report = findings(notice_master(tmp_path / "notice.xlsx", label_2569="(ผ่าน) ระดับ AA"))
    errors = [(f.code, f.sheet, f.cell) for f in report.errors]
    assert errors == [("level-retired-letter", "ผลการประเมิน", "I3")]
    hint = report.errors[0].hint("th")
    assert "“ผ่านดี”" in hint and "EIT 91.98" in hint


def test_notice_with_an_impossible_level_is_an_error_with_the_right_level(tmp_path):
    report = findings(notice_master(tmp_path / "notice.xlsx", label_2569="ผ่านดีเยี่ยม"))
    f = next(f for f in report.errors)
    assert (f.code, f.cell) == ("level-not-earned", "I3")
    assert "“ผ่านดี”" in f.hint("th") and "EIT 91.98" in f.message("th")


def _measures_with(indicator: str) -> list:
    from builders import default_measures

    rows = default_measures()
    return rows + [[indicator] + rows[0][1:]]


def test_sub_indicator_9_2_is_named_by_the_years_own_list(tmp_path):
    """2566 lists 9.2 การบริหารงาน; from 2567 it reads การบริหารงานและการใช้จ่ายงบประมาณ. The memo's
    การบริการ, and the old name in a 2569 master, are findings suggesting the year's name."""
    from builders import MasterSpec, result_label
    from validate_support import run

    cases = [
        (2566, "ตัวชี้วัดย่อยที่ ๙.๒ การบริการ", "การบริหารงาน"),
        (2569, "ตัวชี้วัดย่อยที่ ๙.๒ การบริการ", "การบริหารงานและการใช้จ่ายงบประมาณ"),
        (2569, "๙.๒ การบริหารงาน", "การบริหารงานและการใช้จ่ายงบประมาณ"),
        (2569, "๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ]
    for i, (year, typed, official) in enumerate(cases):
        years = [y for y in sorted(SCORES) if y <= year] or [2566]
        scores = {y: SCORES.get(y, SCORES[2567]) for y in years}
        spec = MasterSpec(agency=[["ชื่อหน่วยงาน", "อบต.ตัวอย่าง"], ["ปีงบประมาณ", year]],
                          score_years=years, scores=scores,
                          results=[[y, weighted(scores[y]), result_label(y, scores[y])]
                                   for y in years],
                          measures=_measures_with(typed))
        (tmp_path / str(i)).mkdir()
        report = run(tmp_path / str(i), spec)
        found = [f for f in report.findings if f.code == "sub-indicator-name-unofficial"]
        if official is None:
            assert found == [], typed
            continue
        assert len(found) == 1, (year, typed, [(f.code, f.cell) for f in report.findings])
        assert (found[0].severity, found[0].cell) == ("warning", "A6")
        assert found[0].params["sub_name"] == official
