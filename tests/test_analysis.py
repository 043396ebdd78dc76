"""analyse(): a pure function over the reader's dataclasses, checked against hand arithmetic.

Masters are built here as dataclasses (no file needed); frameworks come from the real loader.
Expected numbers are worked out in the tests from the domain page's weights (6 % for indicators
1-5, 10 % for 6-8, 20 % for 9-10), not taken from the code under test.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional, Sequence

import pytest

from ita_xl.analysis import analyse
from ita_xl.errors import FrameworkMissing
from ita_xl.framework import load_framework, load_frameworks
from ita_xl.master.model import (
    Agency, Located, Master, Measure, MeasuresTable, Period, Recommendation,
    RecommendationsTable, ResultRow, ResultsTable, ScoreRow, ScoresTable, YearColumn,
)
from ita_xl.validate.findings import Finding, Report

NAMES = [
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
]
W = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]  # the domain page's weights, percent
SCORES = "คะแนนตัวชี้วัด"
YEAR_COLS = "CDEFG"

# a hand-checkable master: three years, ten indicators
HAND = {
    2564: [80.00, 82.00, 84.00, 86.00, 88.00, 90.00, 92.00, 94.00, 96.00, 98.00],
    2565: [85.00, 82.00, 90.00, 80.00, 88.00, 91.00, 93.00, 90.00, 97.00, 99.00],
    2566: [90.50, 84.00, 95.00, 79.00, 88.00, 92.00, 93.50, 96.00, 98.00, 99.00],
}


def loc(value: Any, cell: str = "A1", sheet: str = SCORES, raw: Any = None) -> Located:
    return Located(value=value, raw=value if raw is None else raw, sheet=sheet, cell=cell)


def make_master(scores: Dict[int, Sequence[Optional[float]]], *, fiscal_year: Any = None,
                target: Optional[float] = None, labels: Optional[List[str]] = None,
                row_targets: Optional[Dict[int, float]] = None,
                published: Optional[Dict[int, float]] = None,
                measures: Optional[List[Measure]] = None,
                recommendations: Optional[List[Recommendation]] = None) -> Master:
    years = sorted(scores)
    labels = labels or [f"{i + 1} {n}" for i, n in enumerate(NAMES)]
    rows = []
    for k, label in enumerate(labels):
        r = k + 2
        row_scores = {}
        for y_i, y in enumerate(years):
            value = scores[y][k] if k < len(scores[y]) else None
            row_scores[y] = loc(value, f"{YEAR_COLS[y_i]}{r}")
        row_target = None
        if row_targets and (k + 1) in row_targets:
            row_target = loc(row_targets[k + 1], f"H{r}")
        rows.append(ScoreRow(row=r, indicator=loc(label, f"B{r}"), scores=row_scores,
                             target=row_target))
    agency = Agency(sheet="หน่วยงาน", name=loc("เทศบาลตำบลทดสอบ", "B1", "หน่วยงาน"),
                    fiscal_year=loc(fiscal_year if fiscal_year is not None else years[-1],
                                    "B2", "หน่วยงาน"),
                    province=loc("สระบุรี", "B3", "หน่วยงาน"),
                    meeting_date=loc(date(2023, 10, 5), "B4", "หน่วยงาน"),
                    target_score=None if target is None else loc(target, "B5", "หน่วยงาน"))
    results = None
    if published is not None:
        results = ResultsTable("ผลการประเมิน", 1, [
            ResultRow(row=i + 2, year=loc(y, f"A{i + 2}", "ผลการประเมิน"),
                      overall=loc(v, f"B{i + 2}", "ผลการประเมิน"),
                      grade=loc("A", f"C{i + 2}", "ผลการประเมิน"))
            for i, (y, v) in enumerate(sorted(published.items()))])
    return Master(
        path="master.xlsx", sheet_names=["หน่วยงาน", SCORES], agency=agency,
        scores=ScoresTable(SCORES, 1, [YearColumn(y, YEAR_COLS[i], loc(y, f"{YEAR_COLS[i]}1"))
                                       for i, y in enumerate(years)], rows),
        results=results,
        measures=None if measures is None else MeasuresTable("มาตรการ", 1, measures),
        recommendations=(None if recommendations is None
                         else RecommendationsTable("ข้อเสนอแนะ", 1, recommendations)),
    )


def run(master: Master, report: Optional[Report] = None):
    years = sorted({c.year for c in master.scores.years} | {2566})
    return analyse(master, load_frameworks(years), report)


def by_number(analysis, n: int):
    return next(i for i in analysis.indicators if i.number == n)


def overall_of(scores: Sequence[float]) -> float:
    return round(sum(w * s for w, s in zip(W, scores)) / 100, 2)


# --- the hand-checked case -----------------------------------------------------------------

def test_scores_and_changes_per_indicator_and_year():
    a = run(make_master(HAND))
    assert a.fiscal_year == 2566 and a.years == [2564, 2565, 2566]
    assert [i.number for i in a.indicators] == list(range(1, 11))
    one = by_number(a, 1)
    assert one.current == 90.5
    assert one.years[2566].change_prev == 5.5        # 90.50 - 85.00
    assert one.years[2566].change_first == 10.5      # 90.50 - 80.00
    assert one.years[2565].change_prev == 5.0        # 85 - 80
    assert one.years[2564].change_prev is None and one.years[2564].change_first is None
    assert one.years[2566].cell == "E2"
    four = by_number(a, 4)
    assert four.years[2566].change_prev == -1.0      # 79 - 80
    assert four.years[2566].change_first == -7.0     # 79 - 86
    assert one.name_th == NAMES[0] and one.instrument == "IIT" and one.weight == 6
    assert one.score_sheet == SCORES


def test_recomputed_overall_and_instrument_subscores():
    a = run(make_master(HAND, published={2565: 91.00, 2566: 93.70}))
    s = HAND[2566]
    # (6*(90.5+84+95+79+88) + 10*(92+93.5+96) + 20*(98+99)) / 100 = 9374 / 100
    assert a.by_year[2566].computed_overall == 93.74 == overall_of(s)
    assert a.by_year[2566].instruments == {
        "IIT": 87.3,     # 436.5 / 5
        "EIT": 93.83,    # 281.5 / 3 = 93.833…
        "OIT": 98.5,     # (98 + 99) / 2
    }
    assert a.by_year[2566].computed_grade == "ผ่านดี"  # 2566 levels: 93.74, every instrument 85+
    assert a.by_year[2566].published_overall == 93.70
    assert a.by_year[2566].overall == 93.70           # the published one wins
    assert a.by_year[2566].change_prev == 2.70        # 93.70 - 91.00 (both published)
    assert a.by_year[2564].published_overall is None
    assert a.by_year[2564].computed_overall == overall_of(HAND[2564])
    assert a.by_year[2566].lowest == 79.0 and a.by_year[2566].highest == 99.0
    assert a.by_year[2566].national_average == 90.19  # the framework's national figure


def test_overall_is_none_without_framework_or_with_a_missing_score():
    scores = {y: list(v) for y, v in HAND.items()}
    scores[2565][6] = None
    master = make_master(scores)
    a = analyse(master, load_frameworks([2565, 2566]))  # no 2564 framework given
    assert a.by_year[2564].computed_overall is None
    assert a.by_year[2564].instruments == {}
    assert a.by_year[2565].computed_overall is None    # indicator 7 has no 2565 score
    assert "EIT" not in a.by_year[2565].instruments and "IIT" in a.by_year[2565].instruments
    assert a.by_year[2566].computed_overall == overall_of(HAND[2566])
    # indicator 7's 2566 change is against 2564, the previous year that has a score
    assert by_number(a, 7).years[2566].change_prev == 1.5   # 93.5 - 92.0


def test_ranks_share_ties_and_rank_change_is_positive_upwards():
    scores = {
        2565: [90, 95, 95, 80, 70, 60, 50, 40, 30, 20],
        2566: [99, 95, 95, 95, 70, 60, 50, 40, 30, 20],
    }
    a = run(make_master(scores))
    r65 = {i.number: i.years[2565].rank for i in a.indicators}
    r66 = {i.number: i.years[2566].rank for i in a.indicators}
    assert (r65[2], r65[3], r65[1], r65[4]) == (1, 1, 3, 4)
    assert (r66[1], r66[2], r66[3], r66[4], r66[5]) == (1, 2, 2, 2, 5)
    assert by_number(a, 1).years[2566].rank_change == 2    # 3rd -> 1st
    assert by_number(a, 2).years[2566].rank_change == -1   # 1st -> 2nd
    assert by_number(a, 4).years[2566].rank_change == 2    # 4th -> 2nd
    assert by_number(a, 1).years[2565].rank_change is None


def test_slope_least_squares_with_three_years_and_half_up_rounding():
    scores = {y: list(v) for y, v in HAND.items()}
    scores[2564][0], scores[2565][0], scores[2566][0] = 80.0, 85.0, 93.0
    scores[2564][8], scores[2565][8], scores[2566][8] = 78.5, 86.25, 92.75
    a = run(make_master(scores))
    # x = -1, 0, 1 around 2565: slope = sum(x*(y - mean)) / sum(x^2) = (93 - 80) / 2
    assert by_number(a, 1).slope == 6.5
    # (92.75 - 78.5) / 2 = 7.125: Excel's ROUND gives 7.13 (binary round() would give 7.12)
    assert by_number(a, 9).slope == 7.13
    # overall slope from the recomputed overalls of the three years
    o = [overall_of(scores[y]) for y in (2564, 2565, 2566)]
    assert a.overall_slope == pytest.approx((o[2] - o[0]) / 2, abs=0.006)


def test_no_slope_with_two_years():
    a = run(make_master({2565: HAND[2565], 2566: HAND[2566]}))
    assert all(i.slope is None for i in a.indicators)
    assert a.overall_slope is None


def test_gaps_worth_and_priority_order():
    scores = {2565: HAND[2565], 2566: list(HAND[2566])}
    scores[2566][0] = 90.0   # ind 1: w6, gap to 95 = 5.00, worth 0.30
    scores[2566][1] = 85.0   # ind 2: w6, own target 90 -> gap 5.00, worth 0.30 (tie with 1)
    scores[2566][2] = 93.25  # ind 3: w6, gap 1.75, worth 6*1.75/100 = 0.105 -> 0.11 half-up
    scores[2566][4] = 93.25  # ind 5: same as 3: the tie goes to the lower number
    a = run(make_master(scores, row_targets={2: 90.0}))
    four = by_number(a, 4)   # 79: 6 below pass, 16 below AA
    assert (four.gap_pass.gap, four.gap_pass.worth) == (6.0, 0.36)
    assert (four.gap_aa.gap, four.gap_aa.worth) == (16.0, 0.96)
    assert (four.gap_target.target, four.gap_target.gap) == (95.0, 16.0)
    assert by_number(a, 2).gap_target.target == 90.0 and by_number(a, 2).target == 90.0
    assert (by_number(a, 3).gap_target.gap, by_number(a, 3).gap_target.worth) == (1.75, 0.11)
    assert by_number(a, 10).gap_pass.gap == 0.0      # 99 is above every mark
    worths = {i.number: i.gap_target.worth for i in a.indicators}
    # expected order by worth, descending; ties by lower score then number
    expected = sorted((n for n in worths if worths[n] > 0),
                      key=lambda n: (-worths[n], scores[2566][n - 1], n))
    assert [i.number for i in a.priorities] == expected
    order = [i.number for i in a.priorities]
    assert order.index(2) < order.index(1)           # same worth, 85 < 90
    assert order.index(3) < order.index(5)           # same worth and score: number
    assert by_number(a, 10).priority is None and by_number(a, 10).gap_target.gap == 0
    assert a.priorities[0].priority == 1


def test_agency_target_and_per_indicator_target():
    a = run(make_master(HAND, target=97, row_targets={8: 98.5}))
    assert a.target == 97
    assert by_number(a, 1).target == 97 and by_number(a, 1).gap_target.gap == 6.5  # 97 - 90.5
    assert by_number(a, 8).target == 98.5 and by_number(a, 8).gap_target.gap == 2.5  # 98.5 - 96
    assert by_number(a, 8).gap_aa.gap == 0.0                                         # 96 >= 95
    b = run(make_master(HAND))
    assert b.target == 95.0 and by_number(b, 1).gap_target.target == 95.0


def test_weak_reasons():
    a = run(make_master(HAND))
    reasons = {i.number: i.weak_reasons for i in a.indicators}
    assert reasons[4] == ("below-pass", "declined", "lowest-three")   # 79, was 80
    assert reasons[2] == ("below-pass", "lowest-three")               # 84, was 82
    assert reasons[5] == ("lowest-three",)                            # 88, third lowest
    assert reasons[1] == ()                                           # 90.5, up
    assert [i.number for i in a.weak] == [2, 4, 5]


def test_lowest_three_takes_ties_along_and_skips_indicators_at_target():
    scores = {2566: [80, 80, 80, 80, 90, 91, 92, 93, 94, 99]}
    a = run(make_master(scores))
    lowest = [i.number for i in a.indicators if "lowest-three" in i.weak_reasons]
    assert lowest == [1, 2, 3, 4]
    perfect = run(make_master({2566: [100.0] * 10}))
    assert perfect.weak == [] and perfect.priorities == []


def test_unresolved_rows_skipped_and_first_duplicate_wins():
    labels = [f"{i + 1} {n}" for i, n in enumerate(NAMES)] + ["ไม่ใช่ตัวชี้วัด", "3 การใช้อำนาจ"]
    scores = {y: list(v) + [50.0, 10.0] for y, v in HAND.items()}
    a = run(make_master(scores, labels=labels))
    assert len(a.indicators) == 10
    assert by_number(a, 3).current == 95.0


def test_missing_indicator_row_gives_empty_scores():
    labels = [f"{i + 1} {n}" for i, n in enumerate(NAMES) if i != 5]
    scores = {y: [s for i, s in enumerate(v) if i != 5] for y, v in HAND.items()}
    a = run(make_master(scores, labels=labels))
    six = by_number(a, 6)
    assert six.current is None and six.gap_target is None and six.priority is None
    assert a.by_year[2566].computed_overall is None


def test_fiscal_year_from_agency_else_latest_score_year():
    assert run(make_master(HAND, fiscal_year=2565)).fiscal_year == 2565
    assert by_number(run(make_master(HAND, fiscal_year=2565)), 1).current == 85.0
    assert run(make_master(HAND, fiscal_year="ไม่ทราบ")).fiscal_year == 2566
    with pytest.raises(FrameworkMissing):
        analyse(make_master(HAND), {2565: load_framework(2565)})


def _measure(row: int, indicator: Optional[str], measure: Optional[str], method: str,
             from_group: bool = False) -> Measure:
    sheet = "มาตรการ"
    return Measure(
        row=row,
        indicator=(None if indicator is None
                   else loc(indicator, f"A{row - 1 if from_group else row}", sheet)),
        from_group=from_group,
        measure=None if measure is None else loc(measure, f"B{row}", sheet),
        method=loc(method, f"C{row}", sheet),
        responsible=["กองคลัง", "ผู้อำนวยการกองคลัง"],
        responsible_cell=loc("กองคลัง\nผู้อำนวยการกองคลัง", f"D{row}", sheet),
        period=loc(Period(date(2023, 10, 1), date(2024, 3, 31)), f"E{row}", sheet,
                   raw="  ตุลาคม ๒๕๖๖ -  มีนาคม ๒๕๖๗ "),
        follow_up=loc("รายงานความก้าวหน้าทุก ๖ เดือน", f"F{row}", sheet),
        status=loc("กำลังดำเนินการ", f"G{row}", sheet),
        progress=loc(40.0, f"H{row}", sheet),
    )


def test_measures_count_and_views():
    measures = [
        _measure(2, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "เผยแพร่ข้อมูลให้ครบ",
                 "๑. ตรวจ\n๒. เผยแพร่"),
        _measure(3, "๙.๓", None, "\n๑. จัดทำรายงานการใช้จ่าย o19\n๒. เผยแพร่"),
        _measure(4, "8", "ปรับปรุงขั้นตอน", "ประชุม"),
        _measure(5, "ไม่มีตัวชี้วัดนี้", "อื่น ๆ", "อื่น ๆ"),
    ]
    measures[3] = Measure(**{**measures[3].__dict__, "indicator": None})
    a = run(make_master(HAND, measures=measures))
    counts = {i.number: i.measure_count for i in a.indicators}
    assert counts[9] == 2 and counts[8] == 1 and sum(counts.values()) == 3
    views = a.measures
    assert len(views) == 4
    assert (views[1].indicator, views[1].sub) == (9, "9.3")
    assert views[1].measure == "๑. จัดทำรายงานการใช้จ่าย o19"   # first line of the method
    assert views[0].measure == "เผยแพร่ข้อมูลให้ครบ"
    assert views[0].cell == "A2" and views[3].cell == "B5"
    assert views[0].responsible == ["กองคลัง", "ผู้อำนวยการกองคลัง"]
    assert views[0].period == Period(date(2023, 10, 1), date(2024, 3, 31))
    assert views[0].period_text == "ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗"
    assert (views[0].status, views[0].progress) == ("กำลังดำเนินการ", 40.0)
    assert views[0].follow_up == "รายงานความก้าวหน้าทุก ๖ เดือน"
    assert views[3].indicator is None


def test_group_row_measure_cell_is_its_own_first_column():
    m = _measure(6, "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "ปรับปรุงขั้นตอน", "ประชุม",
                 from_group=True)
    a = run(make_master(HAND, measures=[m]))
    assert a.measures[0].cell == "B6" and a.measures[0].indicator == 8
    assert by_number(a, 8).measure_count == 1


def test_recommendations_agency_fields_and_open_findings():
    rec = Recommendation(row=2, instrument=loc("eit", "A2", "ข้อเสนอแนะ"),
                         indicator=loc("การปรับปรุงการทำงาน", "B2", "ข้อเสนอแนะ"),
                         weakness=loc("ยังไม่ชัดเจน", "C2", "ข้อเสนอแนะ"),
                         recommendation=loc("เผยแพร่ผลการปรับปรุง", "D2", "ข้อเสนอแนะ"))
    report = Report([Finding("error", SCORES, "C3", "score-out-of-range"),
                     Finding("info", SCORES, "B2", "indicator-close-name"),
                     Finding("warning", "มาตรการ", "E3", "measure-no-follow-up")], [SCORES])
    a = run(make_master(HAND, recommendations=[rec]), report)
    assert [(r.instrument, r.indicator, r.weakness, r.recommendation) for r in a.recommendations] \
        == [("EIT", 8, "ยังไม่ชัดเจน", "เผยแพร่ผลการปรับปรุง")]
    assert sorted(f.code for f in a.open_findings) == ["measure-no-follow-up", "score-out-of-range"]
    assert (a.agency, a.province) == ("เทศบาลตำบลทดสอบ", "สระบุรี")
    assert a.meeting_date == date(2023, 10, 5)
    assert (a.pass_mark, a.aa_mark, a.plan_year) == (85.0, 95.0, 2567)


def test_only_numbers_count_as_scores():
    scores = {y: list(v) for y, v in HAND.items()}
    master = make_master(scores)
    row = master.scores.rows[0]
    row.scores[2566] = Located(None, "เก้าสิบ", SCORES, "E2", problem="not-a-number")
    row.scores[2565] = Located(True, True, SCORES, "D2")
    a = run(master)
    one = by_number(a, 1)
    assert one.current is None and one.years[2565].score is None
    assert one.years[2566].rank is None and one.gap_pass is None


def test_end_to_end_with_the_reader(master):
    """The default builder master, read by the real reader: the builder's own weighted totals."""
    from builders import SCORES as BUILT, weighted
    from ita_xl.master.reader import read_master

    a = run(read_master(master))
    for year, values in BUILT.items():
        assert a.by_year[year].computed_overall == pytest.approx(weighted(values), abs=0.006)
        assert a.by_year[year].published_overall == weighted(values)
    assert [by_number(a, n).current for n in range(1, 11)] == BUILT[2566]
    assert sum(i.measure_count for i in a.indicators) == 4
