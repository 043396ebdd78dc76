"""Typed IIT/EIT/OIT scores checked against the mean of their indicators, through real workbooks.

The tests' oracle is ``builders.instrument_means`` (the domain page's equal split written out); the
product computes the value with ``Framework.instrument_scores``. A difference of 0.01 is rounding
and never reported, as for the overall score; with trusted weights (2564, 2565) a larger one is a
warning, with unverified weights (2566) a note; history years are never judged.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from builders import SCORES, MasterSpec, build_master, instrument_means, result_label, weighted
from validate_support import codes, only, run, where

SHEET = "ผลการประเมิน"
HEAD = ["ปีงบประมาณ", "คะแนนรวม", "IIT", "EIT", "OIT", "ระดับ"]
COLUMN = {"IIT": "C", "EIT": "D", "OIT": "E"}
ROW = {2564: 2, 2565: 3, 2566: 4}  # years oldest first under the header
MISMATCH = ("instrument-mismatch", "instrument-mismatch-unverified")


def _row(year: int, typed: Optional[Dict[str, Any]] = None) -> List[Any]:
    means: Dict[str, Any] = dict(instrument_means(SCORES[year]))
    means.update(typed or {})
    return [year, weighted(SCORES[year]), means["IIT"], means["EIT"], means["OIT"],
            result_label(year, SCORES[year])]


def _report(tmp_path, typed: Optional[Dict[int, Dict[str, Any]]] = None,
            extra_rows: Optional[List[List[Any]]] = None, **spec: Any):
    typed = typed or {}
    rows = [_row(y, typed.get(y)) for y in sorted(ROW)] + (extra_rows or [])
    master = MasterSpec(results_header=list(HEAD), results=rows, **spec)
    return run(tmp_path, path=build_master(tmp_path / "master.xlsx", master))


def test_typed_scores_equal_to_their_indicators_give_no_finding(tmp_path):
    report = _report(tmp_path)
    assert not [c for c in codes(report) if c in MISMATCH], codes(report)


def test_a_difference_of_one_hundredth_is_rounding_not_a_finding(tmp_path):
    means = instrument_means(SCORES[2564])
    typed = {2564: {"IIT": round(means["IIT"] + 0.01, 2), "OIT": round(means["OIT"] - 0.01, 2)}}
    report = _report(tmp_path, typed)
    assert not [c for c in codes(report) if c in MISMATCH], codes(report)


def test_a_typed_score_off_by_more_than_rounding_is_a_warning_at_its_cell(tmp_path):
    computed = instrument_means(SCORES[2564])["IIT"]
    typed = round(computed + 1.25, 2)
    f = only(_report(tmp_path, {2564: {"IIT": typed}}), "instrument-mismatch")
    assert (f.severity, f.sheet, f.cell) == ("warning", SHEET, f"C{ROW[2564]}")
    english, thai = f.message("en"), f.message("th")
    for text in (english, thai):
        assert f"{typed:.2f}" in text and f"{computed:.2f}" in text and "1.25" in text
        assert "IIT" in text and "2564" in text
    assert "published result" in f.hint("en") and "ผลประกาศ" in f.hint("th")


def test_with_unverified_weights_the_mismatch_is_a_note(tmp_path):
    """2566's weights are unverified: judged as the overall score is, a note naming the file."""
    computed = instrument_means(SCORES[2566])["EIT"]
    report = _report(tmp_path, {2566: {"EIT": round(computed - 2.0, 2)}})
    f = only(report, "instrument-mismatch-unverified")
    assert (f.severity, f.cell) == ("info", f"D{ROW[2566]}")
    assert f"{computed:.2f}" in f.message("en") and "2566.json" in f.hint("en")
    assert "instrument-mismatch" not in codes(report)


def test_thai_digits_typed_are_read(tmp_path):
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    means = instrument_means(SCORES[2565])
    good = f"{means['EIT']:.2f}".translate(thai)
    bad = f"{means['OIT'] + 3:.2f}".translate(thai)
    report = _report(tmp_path, {2565: {"EIT": good, "OIT": bad}})
    assert where(report, "instrument-mismatch") == [("warning", SHEET, f"E{ROW[2565]}")]
    f = only(report, "instrument-mismatch")
    assert f"{means['OIT'] + 3:.2f}" in f.message("en")


def test_each_instrument_is_checked_on_its_own(tmp_path):
    typed = {2564: {"IIT": 50.0, "EIT": 60.0}, 2565: {"OIT": 70.0}}
    report = _report(tmp_path, typed)
    assert where(report, "instrument-mismatch") == [
        ("warning", SHEET, "C2"), ("warning", SHEET, "D2"), ("warning", SHEET, "E3")]


def test_without_all_its_indicators_a_typed_score_is_not_judged(tmp_path):
    scores = {y: list(v) for y, v in SCORES.items()}
    scores[2565][2] = None  # indicator 3 missing: IIT cannot be computed; EIT and OIT can
    typed = {2565: {"IIT": 10.0, "EIT": 10.0}}
    report = _report(tmp_path, typed, scores=scores)
    assert where(report, "instrument-mismatch") == [("warning", SHEET, "D3")]


def test_weighted_points_are_reported_as_such_not_as_a_mismatch(tmp_path):
    oit = instrument_means(SCORES[2566])["OIT"]
    report = _report(tmp_path, {2566: {"OIT": round(oit * 0.4, 2)}})
    assert only(report, "instrument-weighted").cell == f"E{ROW[2566]}"
    assert not [c for c in codes(report) if c in MISMATCH]


def test_history_years_are_never_judged(tmp_path):
    """2562 has indicator scores and an IIT far from them, but is before the first framework."""
    history = {"ปี 2562": [80.0] * 10}
    extra = [[2562, 80.0, 99.0, 10.0, 50.0, "A"]]
    report = _report(tmp_path, extra_rows=extra, extra_score_columns=history)
    assert not [c for c in codes(report) if c in MISMATCH], codes(report)
