"""Validation of the คะแนนตัวชี้วัด sheet through real workbooks.

Default layout: A ลำดับ, B ตัวชี้วัด, C 2564, D 2565, E 2566 (the analysed year), extra columns
from F; indicator n sits in row n + 1.
"""
from __future__ import annotations

import pytest
from builders import NAMES, SCORES, MasterSpec, result_label, weighted
from validate_support import codes, only, run, where

SHEET = "คะแนนตัวชี้วัด"


def scores(**changes):
    """The default scores with ``y2566={0: value}``-style replacements."""
    out = {y: list(v) for y, v in SCORES.items()}
    for key, repl in changes.items():
        for i, value in repl.items():
            out[int(key[1:])][i] = value
    return out


def labels(**changes):
    out = [f"{i + 1} {n}" for i, n in enumerate(NAMES)]
    for key, value in changes.items():
        out[int(key[1:]) - 1] = value
    return out


def results_for(data):
    return [[y, weighted(v), result_label(y, v)] for y, v in sorted(data.items())]


def test_score_not_a_number(tmp_path):
    report = run(tmp_path, MasterSpec(scores=scores(y2566={0: "เก้าสิบ"})))
    f = only(report, "score-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "E2")
    assert "เก้าสิบ" in f.message("th") and "2566" in f.message("th")


def test_thai_digit_text_score_is_a_number(tmp_path):
    data = scores(y2566={0: "๙๓.๘๐"})
    report = run(tmp_path, MasterSpec(scores=data, results=results_for(SCORES)))
    assert report.findings == []


def test_score_out_of_range(tmp_path):
    report = run(tmp_path, MasterSpec(scores=scores(y2565={2: 101.5})))
    f = only(report, "score-out-of-range")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "D4")
    assert "101.5" in f.message("th")


def test_blank_score_is_an_error_in_the_analysed_year(tmp_path):
    report = run(tmp_path, MasterSpec(scores=scores(y2566={4: None})))
    assert where(report, "score-missing") == [("error", SHEET, "E6")]


def test_blank_score_is_a_warning_in_other_years(tmp_path):
    report = run(tmp_path, MasterSpec(scores=scores(y2564={4: None})))
    assert where(report, "score-missing") == [("warning", SHEET, "C6")]
    assert not report.has_errors


def test_empty_year_column_is_one_finding_on_its_header(tmp_path):
    data = scores(y2564={i: None for i in range(10)})
    report = run(tmp_path, MasterSpec(scores=data, results=results_for(
        {y: v for y, v in SCORES.items() if y != 2564})))
    assert where(report, "score-column-empty") == [("warning", SHEET, "C1")]
    assert "score-missing" not in codes(report)


def test_same_indicator_twice(tmp_path):
    spec = MasterSpec(indicator_labels=labels(n10="ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"))
    report = run(tmp_path, spec)
    f = only(report, "indicator-duplicate")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B11")
    assert "B10" in f.message("th")
    missing = only(report, "indicator-missing")
    assert (missing.severity, missing.cell) == ("error", "B12")
    assert "การป้องกันการทุจริต" in missing.message("th")


def test_unofficial_name_suggests_the_official_one(tmp_path):
    report = run(tmp_path, MasterSpec(indicator_labels=labels(n8="การปรับปรุงระบบการทำงน")))
    f = only(report, "indicator-name-unofficial")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "B9")
    assert "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน" in f.message("th")
    assert "Work-system improvement" in f.message("en")
    assert not report.has_errors  # still read as indicator 8


def test_unrecognisable_indicator(tmp_path):
    report = run(tmp_path, MasterSpec(indicator_labels=labels(n3="การจัดซื้อจัดจ้าง")))
    f = only(report, "indicator-unknown")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B4")
    assert "การจัดซื้อจัดจ้าง" in f.message("th")
    assert "การใช้อำนาจ" in only(report, "indicator-missing").message("th")


def test_number_and_name_disagree(tmp_path):
    spec = MasterSpec(indicator_labels=labels(n8="ตัวชี้วัดที่ 8 การเปิดเผยข้อมูล"))
    report = run(tmp_path, spec)
    f = only(report, "indicator-number-name-conflict")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "B9")
    assert not report.has_errors


def test_framework_indicator_missing(tmp_path):
    report = run(tmp_path, MasterSpec(indicator_labels=labels()[:9], results=results_for(
        {y: v[:9] for y, v in SCORES.items()})))
    f = only(report, "indicator-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B11")
    assert "ตัวชี้วัดที่ 10" in f.message("th")


def test_scores_without_an_indicator(tmp_path):
    report = run(tmp_path, MasterSpec(indicator_labels=labels(n5=None)))
    f = only(report, "score-indicator-blank")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "B6")


def _with_change(values):
    return MasterSpec(extra_score_columns={"ผลต่าง": values})


def _true_changes():
    return [round(b - a, 2) for a, b in zip(SCORES[2565], SCORES[2566])]


def test_typed_change_that_is_not_the_score_difference(tmp_path):
    values = _true_changes()
    values[0] = 5.0  # 93.80 - 90.35 = 3.45
    values[7] = "- ๑.๘๐"  # 84.10 - 85.90, typed as the memo does: correct
    values[1] = 4.554  # 4.55 within 0.005
    report = run(tmp_path, _with_change(values))
    f = only(report, "change-mismatch")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "F2")
    th = f.message("th")
    assert "5" in th and "3.45" in th and "93.80" in th and "90.35" in th
    assert "3.45" in f.hint("th") and "D2" in f.hint("th") and "E2" in f.hint("th")


def test_typed_change_not_a_number(tmp_path):
    values = _true_changes()
    values[3] = "ลดลง"
    report = run(tmp_path, _with_change(values))
    f = only(report, "change-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "F5")


def test_unreadable_year_header(tmp_path):
    report = run(tmp_path, MasterSpec(extra_score_columns={"คะแนนปีหน้า": [90] * 10}))
    f = only(report, "score-year-unreadable")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, "F1")


def test_repeated_year_column(tmp_path):
    report = run(tmp_path, MasterSpec(extra_score_columns={"ปี 2565": SCORES[2565]}))
    f = only(report, "score-year-duplicate")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "F1")
    assert "D1" in f.message("th")


def test_per_indicator_target_not_a_number(tmp_path):
    report = run(tmp_path, MasterSpec(extra_score_columns={"เป้าหมาย": [95, "สูง"]}))
    f = only(report, "target-not-a-number")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "F3")


@pytest.mark.parametrize("label", [
    "8 การปรับปรุงการทำงาน",  # the short form staff and the seed memo write
    "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน",  # the NACC's official name
    "การปรับปรุงระบบการทํางาน",  # ◌ํา typed as two characters
])
def test_indicator_8_names_the_nacc_uses_are_read_quietly(tmp_path, label):
    report = run(tmp_path, MasterSpec(indicator_labels=labels(n8=label)))
    assert report.findings == [], [(f.code, f.cell) for f in report.findings]


def test_change_header_naming_two_years_is_checked_against_those_years(tmp_path):
    """Three years on the sheet; the header names 2564 and 2565, so 2566 is never used."""
    values = [round(b - a, 2) for a, b in zip(SCORES[2564], SCORES[2565])]
    values[2] = 9.99  # 92.15 - 90.40 = 1.75
    report = run(tmp_path, MasterSpec(extra_score_columns={"ผลต่าง (๒๕๖๕ − ๒๕๖๔)": values}))
    f = only(report, "change-mismatch")
    assert (f.severity, f.cell) == ("error", "F4")
    assert (f.params["year_earlier"], f.params["year_later"]) == (2564, 2565)
    assert f.params["computed"] == "1.75" and "C4" in f.hint("en") and "D4" in f.hint("en")


def test_change_header_with_two_digit_years(tmp_path):
    values = [round(b - a, 2) for a, b in zip(SCORES[2564], SCORES[2565])]
    report = run(tmp_path, MasterSpec(extra_score_columns={"ผลต่างปี 64-65": values}))
    assert report.findings == [], [(f.code, f.cell) for f in report.findings]


def test_change_header_naming_no_year_uses_the_two_year_columns_beside_it(tmp_path):
    """Newest year first, as NACC tables print it: 2566 | 2565 | ผลต่าง | 2564 (an old year
    kept at the right): the change sits beside 2566 and 2565."""
    spec = MasterSpec(score_headers=["ลำดับ", "ตัวชี้วัด", 2566, 2565], score_years=[2566, 2565],
                      extra_score_columns={"ผลต่าง": _true_changes(), "ปี 2564": SCORES[2564]})
    report = run(tmp_path, spec)
    assert "change-mismatch" not in codes(report), [(f.code, f.cell) for f in report.findings]
    values = _true_changes()
    values[0] = round(SCORES[2565][0] - SCORES[2564][0], 2)  # against the wrong pair: reported
    spec.extra_score_columns["ผลต่าง"] = values
    f = only(run(tmp_path, spec), "change-mismatch")
    assert (f.cell, f.params["year_earlier"], f.params["year_later"]) == ("E2", 2565, 2566)


def test_change_header_naming_years_not_on_the_sheet_is_said_not_guessed(tmp_path):
    values = [5.0] * 10
    report = run(tmp_path, MasterSpec(extra_score_columns={"ผลต่าง 2562-2563": values}))
    f = only(report, "change-years-not-found")
    assert (f.severity, f.cell) == ("warning", "F1")
    assert "2562, 2563" in f.message("en") and "2564, 2565, 2566" in f.message("en")
    assert "change-mismatch" not in codes(report)


def test_two_digit_year_headers_and_consultants_spelling(tmp_path):
    """`คะแนนปี 66` is 2566; `คะเเนน` (two ◌เ) reads as คะแนน; `หัวข้อ` is the indicator column."""
    headers = ["ลำดับ", "หัวข้อ", "คะเเนนปี ๖๔", "คะแนนปี 65", "คะเเนน ปี 66"]
    spec = MasterSpec(score_headers=headers)
    report = run(tmp_path, spec)
    assert report.findings == [], [(f.code, f.cell) for f in report.findings]
