"""Comparison, gaps, ranks and trends: pure functions over the reader's dataclasses.

Nothing here reads or writes files. ``analyse`` is the one entry point; the dataclasses (in
analysis_model, re-exported here) are what the computed sheets, the summary workbook and the
briefing all draw from, so they agree.
"""
from __future__ import annotations

from datetime import date
from typing import Dict, List, Mapping, Optional

from ita_xl import analysis_levels as levels
from ita_xl import analysis_priority as priority
from ita_xl.analysis_math import (
    competition_ranks, diff, is_number, slope, weighted_overall, worth,
)
from ita_xl.analysis_model import (  # noqa: F401  (re-exported: the contract)
    Analysis, Gap, IndicatorResult, IndicatorYear, InstrumentGap, InstrumentScore, LevelGap,
    MeasureView, RecommendationView, YearResult,
)
from ita_xl.analysis_views import (
    follow_up, measure_counts, measure_views, recommendation_views, resolve, text_of,
)
from ita_xl.errors import FrameworkMissing
from ita_xl.framework.model import Framework, Indicator
from ita_xl.master.model import Located, Master, ResultRow, ScoreRow
from ita_xl.rounding import differs
from ita_xl.validate.findings import Report

__all__ = [
    "Analysis", "Gap", "IndicatorResult", "IndicatorYear", "InstrumentGap", "InstrumentScore",
    "LevelGap", "MeasureView", "RecommendationView", "YearResult", "analyse", "DEFAULT_TARGET",
]

DEFAULT_TARGET = 95.0  # the top label's line (AA, ผ่านดีเยี่ยม); analyse uses the framework's


def analyse(master: Master, frameworks: Mapping[int, Framework],
            report: Optional[Report] = None, draft: bool = False,
            as_of: Optional[date] = None) -> Analysis:
    """Compute the comparison, gaps, ranks and trends of ``master``.

    ``frameworks`` maps each BE year that has a framework file to it; the analysed year's one is
    required (the caller raises FrameworkMissing before calling; so does this function). Years
    without one are still compared but get no recomputed overall. ``report``'s errors and
    warnings become ``open_findings``. ``as_of`` adds each measure's state on that day
    (``follow_up``).
    """
    years = sorted({col.year for col in master.scores.years})
    fiscal_year = _fiscal_year(master, years, frameworks)
    framework = frameworks.get(fiscal_year)
    if framework is None:
        raise FrameworkMissing(year=fiscal_year)
    rows = _score_rows(master, framework)
    agency_target = _number(master.agency.target_score)
    target = agency_target if agency_target is not None else framework.aa_mark
    indicators = [_indicator(ind, rows.get(ind.number), years, fiscal_year, target, framework)
                  for ind in framework.indicators]
    _rank(indicators, years)
    by_year = _years(master, indicators, years, frameworks)
    current = by_year.get(fiscal_year)
    priority.judge(indicators, fiscal_year, framework.pass_mark,
                   current.next_level if current is not None else None)
    counts = measure_counts(master, framework)
    for result in indicators:
        result.measure_count = counts.get(result.number, 0)
        result.score_sheet = master.scores.sheet
    agency = master.agency
    meeting = agency.meeting_date.value if agency.meeting_date is not None else None
    findings = [] if report is None else [
        f for f in report.findings if f.severity in ("error", "warning")]
    measures = measure_views(master, framework)
    return Analysis(
        agency=text_of(agency.name),
        fiscal_year=fiscal_year,
        years=years,
        indicators=indicators,
        by_year=by_year,
        framework=framework,
        target=target,
        pass_mark=framework.pass_mark,
        aa_mark=framework.aa_mark,
        measures=measures,
        recommendations=recommendation_views(master, framework),
        open_findings=findings,
        draft=draft,
        province=text_of(agency.province),
        prepared_by_unit=text_of(agency.prepared_by_unit),
        prepared_by=text_of(agency.prepared_by),
        meeting_date=meeting if isinstance(meeting, date) else None,
        overall_slope=slope([(y, r.overall) for y, r in sorted(by_year.items())
                             if r.overall is not None]),
        follow_up=follow_up(measures, as_of) if as_of is not None else None,
        measures_sheet=master.measures.sheet if master.measures is not None else "",
    )


def _number(loc: Optional[Located]) -> Optional[float]:
    """A cell's value when it is a usable number, else None."""
    if loc is None or not is_number(loc.value):
        return None
    return float(loc.value)


def _fiscal_year(master: Master, years: List[int], frameworks: Mapping[int, Framework]) -> int:
    """The agency sheet's fiscal year if readable, else the latest score year."""
    loc = master.agency.fiscal_year
    if loc is not None and is_number(loc.value) and float(loc.value).is_integer():
        return int(loc.value)
    if years:
        return years[-1]
    if frameworks:  # no year anywhere: nothing to analyse, validation says why
        return max(frameworks)
    raise FrameworkMissing(year="?")


def _score_rows(master: Master, framework: Framework) -> Dict[int, ScoreRow]:
    """Score rows by indicator number: unresolved and sub-indicator rows skipped, first wins."""
    rows: Dict[int, ScoreRow] = {}
    for row in master.scores.rows:
        number, sub = resolve(row.indicator, framework)
        if number is None or sub is not None or number in rows:
            continue
        rows[number] = row
    return rows


def _indicator(ind: Indicator, row: Optional[ScoreRow], years: List[int], fiscal_year: int,
               agency_target: float, framework: Framework) -> IndicatorResult:
    """One indicator's scores, changes and gaps (ranks and judgements come later)."""
    scores = row.scores if row is not None else {}
    history: Dict[int, IndicatorYear] = {}
    first: Optional[float] = None
    prev: Optional[float] = None
    for year in years:
        loc = scores.get(year)
        score = _number(loc)
        entry = IndicatorYear(year, score, None, None, None, None,
                              cell=loc.cell if loc is not None else None)
        if score is not None:
            entry.change_prev = None if prev is None else diff(score, prev)
            entry.change_first = None if first is None else diff(score, first)
            first = score if first is None else first
            prev = score
        history[year] = entry
    own_target = _number(row.target) if row is not None else None
    target = own_target if own_target is not None else agency_target
    current = history[fiscal_year].score if fiscal_year in history else None
    points = [(y, e.score) for y, e in history.items() if e.score is not None]
    return IndicatorResult(
        number=ind.number, name_th=ind.name_th, name_en=ind.name_en,
        instrument=ind.instrument, weight=ind.weight, years=history, current=current,
        target=target,
        gap_pass=_gap(framework.pass_mark, current, ind.weight),
        gap_aa=_gap(framework.aa_mark, current, ind.weight),
        gap_target=_gap(target, current, ind.weight),
        priority=None, slope=slope(points),
    )


def _gap(target: float, score: Optional[float], weight: float) -> Optional[Gap]:
    if score is None:
        return None
    gap = max(0.0, diff(target, score))
    return Gap(target=target, gap=gap, worth=worth(weight, gap))


def _rank(indicators: List[IndicatorResult], years: List[int]) -> None:
    """Ranks among the indicators each year, and how far each moved since its previous score."""
    for year in years:
        scored = {i.number: i.years[year].score for i in indicators
                  if i.years[year].score is not None}
        for number, rank in competition_ranks(scored).items():
            _by_number(indicators, number).years[year].rank = rank
    for result in indicators:
        prev_rank: Optional[int] = None
        for year in years:
            entry = result.years[year]
            if entry.rank is None:
                continue
            entry.rank_change = None if prev_rank is None else prev_rank - entry.rank
            prev_rank = entry.rank


def _by_number(indicators: List[IndicatorResult], number: int) -> IndicatorResult:
    return next(i for i in indicators if i.number == number)


def _published(master: Master) -> Dict[int, ResultRow]:
    """The Results row of each year; the first row of a year wins."""
    out: Dict[int, ResultRow] = {}
    if master.results is None:
        return out
    for row in master.results.rows:
        year = row.year.value
        if is_number(year) and int(year) not in out:
            out[int(year)] = row
    return out


def _typed_label(row: Optional[ResultRow]) -> Optional[str]:
    grade = row.grade.value if row is not None and row.grade is not None else None
    return grade.strip().upper() if isinstance(grade, str) and grade.strip() else None


def _years(master: Master, indicators: List[IndicatorResult], years: List[int],
           frameworks: Mapping[int, Framework]) -> Dict[int, YearResult]:
    """Overall, instrument scores, ratings, next-level gap and national figures for every score
    year and published year, each in its own year's scheme."""
    published = _published(master)
    out: Dict[int, YearResult] = {}
    prev_overall: Optional[float] = None
    for year in sorted(set(years) | set(published)):
        scores = {i.number: i.years[year].score for i in indicators
                  if year in i.years and i.years[year].score is not None}
        result = _year(year, frameworks.get(year), scores, published.get(year))
        if result.overall is not None:
            if result.national_average is not None:
                result.vs_national = diff(result.overall, result.national_average)
            if prev_overall is not None:
                result.change_prev = diff(result.overall, prev_overall)
            prev_overall = result.overall
        out[year] = result
    return out


def _year(year: int, fw: Optional[Framework], scores: Dict[int, float],
          row: Optional[ResultRow]) -> YearResult:
    overall = _number(row.overall) if row is not None else None
    computed = _overall(fw, scores)
    instruments = levels.instrument_scores(fw, scores, row)
    label = _typed_label(row)
    result = YearResult(
        year=year, published_overall=overall, published_grade=label,
        computed_overall=computed, computed_grade=None,
        instruments={c: s.score for c, s in instruments.items() if s.score is not None},
        change_prev=None,
        national_average=fw.national.average if fw and fw.national else None,
        national_passed_percent=fw.national.passed_percent if fw and fw.national else None,
        lowest=min(scores.values()) if scores else None,
        highest=max(scores.values()) if scores else None,
        instrument_scores=instruments,
        published_rating=levels.published_rating(fw, label),
        overall_mismatch=overall is not None and computed is not None
        and differs(overall, computed),
    )
    rating = levels.computed_rating(fw, result.overall, instruments)
    result.computed_rating = rating
    result.computed_grade = rating.label_th if rating is not None else None
    result.next_level = levels.level_gap(year, fw, result.overall, instruments, rating)
    return result


def _overall(fw: Optional[Framework], scores: Dict[int, float]) -> Optional[float]:
    """sum(w·s)/100 with the year's weights; None without a framework or with a score missing."""
    if fw is None or any(ind.number not in scores for ind in fw.indicators):
        return None
    return weighted_overall((ind.weight, scores[ind.number]) for ind in fw.indicators)
