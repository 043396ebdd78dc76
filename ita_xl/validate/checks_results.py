"""Checks of the ผลการประเมิน sheet: years, overall scores, grades, and how they fit the scores.

The overall score is a weighted mean of the indicator scores, so whatever the weights it lies
between the lowest and the highest indicator score of its year; with the framework's weights it
can be recomputed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional

from ita_xl.analysis_math import weighted_mean
from ita_xl.master.model import ResultRow
from ita_xl.rounding import OVERALL_TOLERANCE, diff, differs
from ita_xl.messages import text
from ita_xl.validate.context import Context, is_blank, is_number, num, register, shown
from ita_xl.validate.findings import Finding

if TYPE_CHECKING:
    from ita_xl.framework.model import Framework

CODES = register(
    "results",
    "result-year-missing", "result-year-unreadable",
    "result-year-duplicate", "overall-missing", "overall-not-a-number", "overall-out-of-range",
    "overall-outside-range", "overall-mismatch", "overall-mismatch-unverified",
    "result-year-without-scores", "scores-year-without-result",
)

RANGE_TOLERANCE = 0.005  # published scores are rounded to two decimals


def _filled(row: ResultRow) -> bool:
    return any(loc is not None and not is_blank(loc) for loc in (row.year, row.overall, row.grade))


def _rows(ctx: Context) -> List[ResultRow]:
    table = ctx.master.results
    return [row for row in table.rows if _filled(row)] if table is not None else []


def _year(row: ResultRow) -> Optional[int]:
    return int(row.year.value) if is_number(row.year) else None


def _year_params(row: ResultRow) -> Dict[str, object]:
    """``year``/``year_en`` for a message, saying so when the row's year cannot be read."""
    year = _year(row)
    if year is None:
        return {"year": text("label.unknown-year", "th"),
                "year_en": text("label.unknown-year", "en")}
    return {"year": year, "year_en": year}


def _overall(row: ResultRow) -> Optional[float]:
    if is_number(row.overall) and 0 <= float(row.overall.value) <= 100:
        return float(row.overall.value)
    return None


def check_years(ctx: Context) -> Iterator[Finding]:
    first: Dict[int, str] = {}
    for row in _rows(ctx):
        loc = row.year
        if is_blank(loc):
            yield ctx.at("error", "result-year-missing", loc)
        elif _year(row) is None:
            yield ctx.at("error", "result-year-unreadable", loc, raw=shown(loc.raw))
        elif _year(row) in first:
            yield ctx.at("error", "result-year-duplicate", loc, year=_year(row),
                         first=first[_year(row)])
        else:
            first[_year(row)] = loc.cell


def check_overall(ctx: Context) -> Iterator[Finding]:
    for row in _rows(ctx):
        loc, year = row.overall, _year_params(row)
        if ctx.is_history(_year(row)) and not (is_number(loc) and float(loc.value) > 100):
            continue  # history keeps its own scales and dashes; only an impossible number is said
        if is_blank(loc):
            yield ctx.at("error", "overall-missing", loc, **year)
        elif not is_number(loc):
            yield ctx.at("error", "overall-not-a-number", loc, raw=shown(loc.raw), **year)
        elif not 0 <= float(loc.value) <= 100:
            yield ctx.at("error", "overall-out-of-range", loc, value=shown(loc.raw), **year)


def check_against_scores(ctx: Context) -> Iterator[Finding]:
    for row in _rows(ctx):
        year, overall = _year(row), _overall(row)
        if year is None or overall is None or ctx.is_history(year):
            continue
        scores = ctx.complete_year(year)
        if scores is None:
            continue
        low, high = min(scores.values()), max(scores.values())
        if overall < low - RANGE_TOLERANCE or overall > high + RANGE_TOLERANCE:
            yield ctx.at("error", "overall-outside-range", row.overall, value=num(overall),
                         year=year, low=num(low), high=num(high))
            continue
        fw = ctx.framework_for(year)
        if fw is None:
            continue
        computed = weighted_mean((fw.weights[n], s) for n, s in scores.items())
        yield from mismatch(ctx, fw, "overall-mismatch", row.overall, overall, computed, year=year)


def mismatch(ctx: Context, fw: Framework, code: str, cell: Any, typed: float,
             computed: Optional[float], **params: Any) -> Iterator[Finding]:
    """A typed score against what its parts compute to, beyond published rounding: a warning
    when the year's weights are verified, else a note (``<code>-unverified``) — one rule for the
    overall and the instrument scores."""
    if computed is None or not differs(typed, computed, OVERALL_TOLERANCE):
        return
    verified = fw.weights_verified
    yield ctx.at("warning" if verified else "info", code if verified else f"{code}-unverified",
                 cell, value=num(typed), computed=num(computed),
                 difference=num(diff(typed, computed)), **params)


def check_years_match(ctx: Context) -> Iterator[Finding]:
    if ctx.master.results is None:
        return
    scored = {y for y in ctx.score_years() if _any_value(ctx, y)}
    published: Dict[int, ResultRow] = {}
    for row in _rows(ctx):
        year = _year(row)
        if year is not None and year not in published:
            published[year] = row
    first_scored = min(scored) if scored else None
    for year, row in sorted(published.items()):
        # totals older than the first score column are a history of totals, as agencies keep
        if year not in scored and not ctx.is_history(year) and first_scored is not None \
                and year > first_scored:
            yield ctx.at("warning", "result-year-without-scores", row.year, year=year,
                         sheet_scores=ctx.master.scores.sheet)
    for col in ctx.master.scores.years:  # the reader keeps one column per year
        if col.year in scored and col.year not in published and not ctx.is_history(col.year):
            yield ctx.at("warning", "scores-year-without-result", col.header, year=col.year,
                         sheet_results=ctx.master.results.sheet)


def _any_value(ctx: Context, year: int) -> bool:
    return any(is_number(row.scores.get(year)) for row in ctx.master.scores.rows)


CHECKS = (check_years, check_overall, check_against_scores, check_years_match)
