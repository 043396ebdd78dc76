"""Validation of each published result's label (letter up to 2565, level from 2566) and of the
instrument scores its level depends on, through real workbooks.

The tests' own oracle is ``builders.level`` (the domain page's rule written out); the product
reads the rule from the framework data.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest

from builders import (
    NAMES, SCORES, MasterSpec, build_master, instrument_means, level, replace_sheet, result_label,
    weighted,
)
from validate_support import codes, only, run, where

SHEET = "ผลการประเมิน"
HEAD = ["ปีงบประมาณ", "คะแนนรวม", "IIT", "EIT", "OIT", "ระดับ"]
# Results 2566–2569 (the year staff are in), as in workbooks/make_examples.py.
CURRENT = {
    2566: [93.80, 89.15, 94.60, 88.70, 91.35, 86.40, 84.05, 80.10, 92.75, 96.00],
    2567: [94.10, 90.30, 95.20, 91.80, 92.60, 91.40, 86.30, 85.10, 90.20, 94.00],
    2568: [95.80, 92.40, 96.10, 93.90, 94.20, 93.10, 88.75, 86.20, 92.50, 95.50],
    2569: [97.20, 94.10, 97.85, 95.40, 96.00, 94.30, 91.20, 90.45, 93.80, 97.00],
}
# A year whose scores earn ผ่านดีเยี่ยม: every instrument at 95 or more.
EXCELLENT = [97.0, 96.5, 98.0, 95.5, 96.0, 96.0, 95.5, 95.2, 96.5, 98.0]


def current_spec(**overrides: Any) -> MasterSpec:
    """A master analysing 2569 with scores 2566–2569 (measures planned for 2570)."""
    scores = {y: list(v) for y, v in CURRENT.items()}
    scores.update(overrides.pop("scores", {}))
    agency = [["ชื่อหน่วยงาน", "เทศบาลตำบลตัวอย่างพัฒนา"], ["ปีงบประมาณ", 2569]]
    period = "ตุลาคม ๒๕๖๙ - กันยายน ๒๕๗๐"
    measures = [[f"{n} {NAMES[n - 1]}", "ปรับปรุง", "๑. ประชุม", "กองคลัง", period,
                 "รายงานทุก ๖ เดือน", "กำลังดำเนินการ", 40] for n in (8, 7, 9, 2, 6)]
    return MasterSpec(agency=agency, score_years=sorted(scores), scores=scores, measures=measures,
                      **overrides)


def published_row(year: int, scores: List[float], label: Optional[str] = None,
                  instruments: Optional[Dict[str, Any]] = None) -> List[Any]:
    """[year, overall, IIT, EIT, OIT, label] as the NACC publishes it."""
    means = instrument_means(scores)
    means.update(instruments or {})
    return [year, weighted(scores), means["IIT"], means["EIT"], means["OIT"],
            label if label is not None else result_label(year, scores)]


def build(tmp_path, spec: MasterSpec, rows: List[List[Any]], head: List[str] = HEAD,
          title: Optional[str] = None):
    path = build_master(tmp_path / "master.xlsx", spec)
    body = ([[title]] if title else []) + [head] + rows
    return replace_sheet(path, SHEET, body, merges=[f"A1:F1"] if title else [])


def current_rows(spec: Optional[MasterSpec] = None, **labels: Any) -> List[List[Any]]:
    """Newest first, as notices list them; ``y2566="B"`` replaces a year's label."""
    scores = spec.scores if spec is not None else CURRENT
    return [published_row(y, scores[y], labels.get(f"y{y}")) for y in sorted(CURRENT, reverse=True)]


# --- the year staff are in: levels typed as published -----------------------------------------

def test_a_2569_master_with_published_levels_validates_clean(tmp_path):
    labels = {y: level(weighted(v), instrument_means(v)) for y, v in CURRENT.items()}
    assert labels == {2566: "ผ่าน", 2567: "ผ่านดี", 2568: "ผ่านดี", 2569: "ผ่านดี"}  # the oracle
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows()))
    assert [f.code for f in report.findings] == ["framework-assumed"]
    info = report.findings[0]
    assert (info.severity, info.sheet, info.cell) == ("info", "หน่วยงาน", "B2")
    assert "2568" in info.message("en") and "rating rule" in info.message("en")
    assert "national" not in info.message("en")  # 2569 has no national result: not "assumed"


def test_the_assumed_year_is_said_once_and_only_for_the_analysed_year(tmp_path):
    spec = MasterSpec()  # analyses 2566: nothing assumed
    assert "framework-assumed" not in codes(run(tmp_path, spec))
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows()))
    assert codes(report).count("framework-assumed") == 1


# --- retired letters and impossible levels ----------------------------------------------------

@pytest.mark.parametrize("typed, letter", [("B", "B"), ("ระดับ B", "B"), ("(ผ่าน) ระดับ AA", "AA"),
                                           ("A", "A")])
def test_a_retired_letter_for_2566_is_an_error_with_the_level(tmp_path, typed, letter):
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows(y2566=typed)))
    f = only(report, "level-retired-letter")
    assert (f.severity, f.sheet, f.cell) == ("error", SHEET, "F5")  # 2566 is the fourth row
    assert f.params["letter"] == letter and f.params["since"] == 2566
    assert "“ผ่าน”" in f.hint("th") and "“ผ่าน” (Pass)" in f.hint("en")  # what the scores earn
    assert "83.52" in f.hint("en")  # EIT under 85: why it is ผ่าน, not ผ่านดี


def test_notice_style_letter_for_a_low_score(tmp_path):
    """A 2566 notice says "ระดับ B" for 77.70: the level is ต้องปรับปรุง."""
    low = [80.0, 76.5, 79.0, 75.0, 77.0, 76.0, 78.0, 77.5, 78.5, 77.0]
    spec = current_spec(scores={2566: low})
    report = run(tmp_path, path=build(tmp_path, spec, current_rows(spec, y2566="ระดับ B")))
    f = only(report, "level-retired-letter")
    assert f.cell == "F5" and "ต้องปรับปรุง" in f.hint("th") and "Needs improvement" in f.hint("en")


def test_excellent_with_an_instrument_under_95_is_an_error_when_typed(tmp_path):
    scores = list(EXCELLENT)
    spec = current_spec(scores={2569: scores})
    rows = current_rows()
    rows[0] = published_row(2569, scores, "ผ่านดีเยี่ยม", {"EIT": 94.10})
    f = only(run(tmp_path, path=build(tmp_path, spec, rows)), "level-not-earned")
    assert (f.severity, f.cell) == ("error", "F2")
    assert "EIT 94.10" in f.message("en") and "95.00" in f.message("en")
    assert f.params["expected"] == "ผ่านดี"


def test_excellent_judged_on_computed_instruments_is_a_warning(tmp_path):
    scores = list(EXCELLENT)
    scores[6] = 88.0  # indicator 7: EIT's mean falls under 95, overall stays 95+
    assert weighted(scores) >= 95 and instrument_means(scores)["EIT"] < 95
    spec = current_spec(scores={2569: scores})
    head = ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"]  # no IIT/EIT/OIT columns: computed
    rows = [[y, weighted(CURRENT[y] if y != 2569 else scores), lab]
            for y, lab in ((2569, "ผ่านดีเยี่ยม"), (2568, "ผ่านดี"), (2567, "ผ่านดี"),
                           (2566, "ผ่าน"))]
    f = only(run(tmp_path, path=build(tmp_path, spec, rows, head=head)), "level-not-earned")
    assert (f.severity, f.cell) == ("warning", "C2")
    assert "computed as the mean of their indicators" in f.message("en")


def test_pass_where_every_instrument_is_85_or_more(tmp_path):
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows(y2568="ผ่าน")))
    f = only(report, "level-below-earned")
    assert (f.severity, f.cell) == ("error", "F3")
    assert f.params["expected"] == "ผ่านดี" and "EIT 89.35" in f.message("en")
    assert "ผ่านดี" in f.hint("th")


def test_a_level_that_does_not_follow_from_the_overall(tmp_path):
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows(y2567="ผ่านดีเยี่ยม")))
    f = only(report, "level-not-earned")
    assert (f.severity, f.cell) == ("error", "F4")
    assert "overall score 90.96 is below 95.00" in f.message("en")


def test_an_unknown_level_lists_the_years_labels(tmp_path):
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows(y2569="ดีมาก")))
    f = only(report, "grade-unknown")
    assert (f.severity, f.cell) == ("error", "F2")
    assert "ผ่านดีเยี่ยม" in f.hint("th") and "AA" not in f.hint("th")


def test_a_blank_level_is_a_warning_with_the_level(tmp_path):
    rows = current_rows()
    rows[0][5] = None
    f = only(run(tmp_path, path=build(tmp_path, current_spec(), rows)), "grade-missing")
    assert (f.severity, f.cell, f.params["expected"]) == ("warning", "F2", "ผ่านดี")


def test_letters_up_to_2565_are_checked_against_their_band(tmp_path):
    overall = weighted(SCORES[2564])  # 84.x: B
    spec = MasterSpec(results=[[2564, overall, "A"], [2565, weighted(SCORES[2565]), "A"],
                               [2566, weighted(SCORES[2566]), result_label(2566, SCORES[2566])]])
    f = only(run(tmp_path, spec), "grade-mismatch")
    assert (f.severity, f.cell, f.params["expected"]) == ("error", "C2", "B")


def test_a_level_typed_for_a_letter_year_is_unknown(tmp_path):
    spec = MasterSpec(results=[[2564, weighted(SCORES[2564]), "ผ่าน"],
                               [2565, weighted(SCORES[2565]), "A"],
                               [2566, weighted(SCORES[2566]), result_label(2566, SCORES[2566])]])
    f = only(run(tmp_path, spec), "grade-unknown")
    assert f.cell == "C2" and "AA" in f.hint("en")


# --- history ----------------------------------------------------------------------------------

def test_history_before_the_first_framework_raises_nothing(tmp_path):
    """2558–2562 with their own scales, dashes and no instrument scores: read, never judged."""
    history = [[2562, 86.5, None, None, None, "A"], [2561, 85.1, None, None, None, "สูงมาก"],
               [2560, "–", None, None, None, "–"], [2559, 72.4, None, None, None, "ปานกลาง"],
               [2558, 70.0, None, None, None, None]]
    report = run(tmp_path, path=build(tmp_path, current_spec(), current_rows() + history))
    assert codes(report) == ["framework-assumed"], [(f.code, f.cell) for f in report.findings]


def test_a_history_score_column_is_not_an_unknown_year(tmp_path):
    spec = current_spec(extra_score_columns={"ปี 2562": ["–"] * 5 + [80.5] * 5})
    report = run(tmp_path, path=build(tmp_path, spec, current_rows()))
    assert codes(report) == ["framework-assumed"], [(f.code, f.cell) for f in report.findings]


# --- instrument cells --------------------------------------------------------------------------

def test_weighted_points_typed_as_an_instrument_score(tmp_path):
    """OIT out of 40 pasted into the OIT column: a warning, and the level is judged without it."""
    rows = current_rows()
    oit = instrument_means(CURRENT[2569])["OIT"]
    rows[0][4] = round(oit * 40 / 100, 2)  # 38.16
    report = run(tmp_path, path=build(tmp_path, current_spec(), rows))
    f = only(report, "instrument-weighted")
    assert (f.severity, f.cell) == ("warning", "E2")
    assert "40" in f.message("en") and f"{oit:.2f}" in f.hint("en")
    assert not report.has_errors  # the level still follows from the computed OIT


def test_all_three_weighted_points_adding_up_to_the_overall(tmp_path):
    """Without indicator scores for the year, three points that sum to the overall are weighted."""
    rows = current_rows()
    means = instrument_means(CURRENT[2569])
    rows[0][2:5] = [round(means["IIT"] * 0.3, 2), round(means["EIT"] * 0.3, 2),
                    round(means["OIT"] * 0.4, 2)]
    spec = current_spec(results=[])
    spec.scores[2569] = [None] * 10  # the year's indicator scores not typed yet
    report = run(tmp_path, path=build(tmp_path, spec, rows))
    assert where(report, "instrument-weighted") == [
        ("warning", SHEET, "C2"), ("warning", SHEET, "D2"), ("warning", SHEET, "E2")]


def test_weighted_columns_beside_the_raw_ones_are_read_apart(tmp_path):
    """NACC tables print IIT (30), EIT (30), OIT (40) beside the raw scores."""
    head = HEAD[:5] + ["IIT (30)", "EIT (30)", "OIT (40)", "ระดับ"]
    rows = []
    for row in current_rows():
        pts = [round(row[2] * 0.3, 2), round(row[3] * 0.3, 2), round(row[4] * 0.4, 2)]
        rows.append(row[:5] + pts + [row[5]])
    report = run(tmp_path, path=build(tmp_path, current_spec(), rows, head=head))
    assert codes(report) == ["framework-assumed"], [(f.code, f.cell) for f in report.findings]


def test_only_weighted_columns_are_scaled_back_for_the_level(tmp_path):
    head = ["ปีงบประมาณ", "คะแนน ITA", "IIT (30)", "EIT (30)", "OIT (40)", "ผลการประเมิน"]
    rows = current_rows(y2568="ผ่าน")
    for row in rows:
        row[2:5] = [round(row[2] * 0.3, 2), round(row[3] * 0.3, 2), round(row[4] * 0.4, 2)]
    f = only(run(tmp_path, path=build(tmp_path, current_spec(), rows, head=head)),
             "level-below-earned")
    assert (f.severity, f.cell) == ("warning", "F3")  # scaled back: judged, but not as typed
    assert "weighted points" in f.message("en")


@pytest.mark.parametrize("value, code", [("เก้าสิบ", "instrument-not-a-number"),
                                         (105, "instrument-out-of-range")])
def test_instrument_cell_that_is_not_a_score(tmp_path, value, code):
    rows = current_rows()
    rows[1][3] = value
    f = only(run(tmp_path, path=build(tmp_path, current_spec(), rows)), code)
    assert (f.severity, f.cell) == ("error", "D3")
