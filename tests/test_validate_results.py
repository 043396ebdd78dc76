"""Validation of the ผลการประเมิน sheet through real workbooks.

Default layout: A ปีงบประมาณ, B คะแนนรวม, C ระดับ; rows 2, 3, 4 are 2564, 2565, 2566.
"""
from __future__ import annotations

from builders import SCORES, MasterSpec, grade, result_label, weighted
from validate_support import codes, only, run, where

SHEET = "ผลการประเมิน"


def results(**changes):
    """Default results rows; ``y2565=[year, overall, grade]`` replaces a row, None drops it."""
    rows = {y: [y, weighted(v), result_label(y, v)] for y, v in SCORES.items()}
    for key, row in changes.items():
        rows[int(key[1:])] = row
    return [r for r in rows.values() if r is not None]


def test_grade_that_is_not_the_band_of_its_score(tmp_path):
    overall = weighted(SCORES[2564])  # 84.x: grade B
    report = run(tmp_path, MasterSpec(results=results(y2564=[2564, overall, "A"])))
    f = only(report, "grade-mismatch")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "C2")
    assert f.params["expected"] == grade(overall) == "B"
    assert "B" in f.hint("th") and f"{overall:.2f}" in f.message("th")


def test_grade_not_one_of_the_bands(tmp_path):
    overall = weighted(SCORES[2565])
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, overall, "A+"])))
    f = only(report, "grade-unknown")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "C3")
    assert "A+" in f.message("th") and "AA" in f.hint("th")


def test_blank_grade_is_a_warning_with_the_band(tmp_path):
    overall = weighted(SCORES[2565])  # a letter year (2566 onwards are rated with levels)
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, overall, None])))
    f = only(report, "grade-missing")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "C3")
    assert grade(overall) in f.hint("th")


def test_overall_outside_the_indicator_range(tmp_path):
    low = min(SCORES[2565])
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, 80.0, "B"])))
    f = only(report, "overall-outside-range")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B3")
    assert f"{low:.2f}" in f.message("th") and f"{max(SCORES[2565]):.2f}" in f.message("th")
    assert "overall-mismatch" not in codes(report)


def test_overall_differs_from_the_weighted_mean(tmp_path):
    computed = weighted(SCORES[2565])  # 2565 weights are verified
    typed = round(computed + 0.5, 2)
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, typed, grade(typed)])))
    f = only(report, "overall-mismatch")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "B3")
    assert f"{computed:.2f}" in f.message("th") and f"{typed:.2f}" in f.message("en")


def test_overall_within_the_tolerance_gives_nothing(tmp_path):
    typed = round(weighted(SCORES[2565]) + 0.01, 2)
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, typed, grade(typed)])))
    assert report.findings == []


def test_overall_difference_with_unverified_weights_is_info(tmp_path):
    typed = round(weighted(SCORES[2566]) - 0.4, 2)  # 2566 weights are not verified
    row = [2566, typed, result_label(2566, SCORES[2566])]
    report = run(tmp_path, MasterSpec(results=results(y2566=row)))
    f = only(report, "overall-mismatch-unverified")
    assert (f.severity, f.sheet, f.cell) == ("info", SHEET, "B4")


def test_overall_not_a_number(tmp_path):
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, "เก้าสิบ", "A"])))
    f = only(report, "overall-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B3")


def test_overall_out_of_range(tmp_path):
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, 105, "AA"])))
    f = only(report, "overall-out-of-range")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B3")


def test_overall_blank(tmp_path):
    report = run(tmp_path, MasterSpec(results=results(y2565=[2565, None, "A"])))
    f = only(report, "overall-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B3")


def test_duplicate_year(tmp_path):
    rows = results() + [[2565, weighted(SCORES[2565]), grade(weighted(SCORES[2565]))]]
    report = run(tmp_path, MasterSpec(results=rows))
    f = only(report, "result-year-duplicate")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "A5")
    assert "A3" in f.message("th")


def test_unreadable_and_blank_year(tmp_path):
    rows = results() + [["ปีที่แล้ว", 90, "A"], [None, 91, "A"]]
    report = run(tmp_path, MasterSpec(results=rows))
    assert where(report, "result-year-unreadable") == [("error", SHEET, "A5")]
    assert where(report, "result-year-missing") == [("error", SHEET, "A6")]


def test_result_year_without_scores(tmp_path):
    """A gap inside the scored years is said; older totals (agencies keep them back to 2558)
    are a history of totals."""
    rows = [[2563, 80.0, "B"]] + results()
    spec = MasterSpec(results=rows, score_years=[2564, 2566])
    report = run(tmp_path, spec)
    f = only(report, "result-year-without-scores")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "A4")  # 2565, between 2564 and 2566


def test_scores_year_without_result(tmp_path):
    report = run(tmp_path, MasterSpec(results=results(y2564=None)))
    f = only(report, "scores-year-without-result")
    assert (f.severity, f.sheet, f.cell) == ("warning", "คะแนนตัวชี้วัด", "C1")
    assert SHEET in f.message("th")
