"""Checks of the มาตรการ sheet, one measure row at a time.

Measures are written for the fiscal year after the analysed one (analysed 2565 → October 2565 to
September 2566), so a period outside that year is worth a second look.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import Dict, Iterator, List, Optional

from ita_xl import thai
from ita_xl.master.model import Located, Measure, Period
from ita_xl.measure_status import DONE, parse_status
from ita_xl.validate.context import Context, is_blank, is_number, register, shown
from ita_xl.validate.findings import Finding
from ita_xl.validate.indicators import indicator_findings

CODES = register(
    "measures",
    "measure-indicator-missing", "measure-empty", "responsible-missing", "period-unreadable",
    "date-unreadable", "period-reversed", "period-missing", "period-outside-plan-year",
    "follow-up-missing", "status-unknown", "progress-not-a-number", "progress-out-of-range",
    "status-done-progress-low",
)


def _rows(ctx: Context) -> List[Measure]:
    return list(ctx.master.measures.rows) if ctx.master.measures is not None else []


def _sheet(ctx: Context) -> str:
    return ctx.master.measures.sheet  # type: ignore[union-attr]


def _has_column(ctx: Context, slug: str) -> bool:
    """False when the reader found no column for ``slug`` (one column-missing finding says so)."""
    measures = ctx.master.measures
    return measures is not None and slug not in getattr(measures, "missing_columns", ())


def _cells(m: Measure) -> List[Located]:
    locs = [m.indicator if not m.from_group else None, m.measure, m.method, m.responsible_cell,
            m.period, m.start, m.end, m.follow_up, m.status, m.progress]
    return [loc for loc in locs if loc is not None]


def _row_cell(m: Measure, *prefer: Optional[Located]) -> Optional[str]:
    """The first of ``prefer`` that exists, else the leftmost cell of the row."""
    for loc in prefer:
        if loc is not None:
            return loc.cell
    cells = sorted(_cells(m), key=lambda loc: (len(loc.cell), loc.cell))
    return cells[0].cell if cells else None


def check_indicator(ctx: Context) -> Iterator[Finding]:
    for m in _rows(ctx):
        loc = m.indicator
        if loc is None or is_blank(loc):
            yield ctx.finding("error", "measure-indicator-missing", _sheet(ctx),
                              _row_cell(m, loc, m.measure, m.method), row=m.row)
            continue
        yield from indicator_findings(ctx, loc, ctx.resolve(loc.value or loc.raw))


def check_content(ctx: Context) -> Iterator[Finding]:
    for m in _rows(ctx):
        if is_blank(m.measure) and is_blank(m.method) and _has_column(ctx, "measure"):
            yield ctx.finding("error", "measure-empty", _sheet(ctx),
                              _row_cell(m, m.measure, m.method), row=m.row)
        if not [unit for unit in m.responsible if unit.strip()] and _has_column(ctx, "responsible"):
            yield ctx.finding("error", "responsible-missing", _sheet(ctx),
                              _row_cell(m, m.responsible_cell), row=m.row)
        if m.follow_up is not None and is_blank(m.follow_up):
            yield ctx.at("warning", "follow-up-missing", m.follow_up, row=m.row)


def check_period(ctx: Context) -> Iterator[Finding]:
    for m in _rows(ctx):
        yield from _period_findings(ctx, m)


def _period_findings(ctx: Context, m: Measure) -> Iterator[Finding]:
    bad = False
    if m.period is not None and not is_blank(m.period) and not isinstance(m.period.value, Period):
        bad = True
        yield ctx.at("error", "period-unreadable", m.period, raw=shown(m.period.raw))
    for loc in (m.start, m.end):
        if loc is not None and not is_blank(loc) and not isinstance(loc.value, date):
            bad = True
            yield ctx.at("error", "date-unreadable", loc, raw=shown(loc.raw))
    if bad:
        return
    texts = m.period.value if m.period is not None and isinstance(m.period.value, Period) else None
    if texts is not None and texts.end < texts.start:
        yield ctx.at("error", "period-reversed", m.period, **_days(texts.start, texts.end))
        return
    if m.start is not None and m.end is not None and isinstance(m.start.value, date) \
            and isinstance(m.end.value, date) and m.end.value < m.start.value:
        yield ctx.at("error", "period-reversed", m.end, **_days(m.start.value, m.end.value))
        return
    span = m.span
    if span is None:
        if not _has_any_date(m) and _has_column(ctx, "period"):
            yield ctx.finding("warning", "period-missing", _sheet(ctx),
                              _row_cell(m, m.period, m.start, m.end), row=m.row)
        return
    yield from _plan_year(ctx, m, span)


def _has_any_date(m: Measure) -> bool:
    return any(loc is not None and isinstance(loc.value, date) for loc in (m.start, m.end))


def _plan_year(ctx: Context, m: Measure, span: Period) -> Iterator[Finding]:
    plan = ctx.plan_year
    if plan is None:
        return
    low, high = thai.fiscal_year_bounds(plan)
    if span.start < low or span.end > high:
        where = m.period if m.period is not None and isinstance(m.period.value, Period) else m.start
        yield ctx.at("warning", "period-outside-plan-year", where,  # type: ignore[arg-type]
                     plan_year=plan, year=ctx.year, **_days(span.start, span.end),
                     **_days(low, high, "plan_"))


def _days(start: date, end: date, prefix: str = "") -> Dict[str, str]:
    """Thai and English renderings of two dates for a message (BE years in both)."""
    out: Dict[str, str] = {}
    for name, day in (("start", start), ("end", end)):
        out[prefix + name] = thai.format_thai_date(day, thai_digits=False)
        out[prefix + name + "_en"] = f"{day.day} {calendar.month_abbr[day.month]} {thai.ce_to_be(day.year)}"
    return out


def check_status(ctx: Context) -> Iterator[Finding]:
    for m in _rows(ctx):
        status = _status(m.status)
        if m.status is not None and not is_blank(m.status) and status is None:
            yield ctx.at("warning", "status-unknown", m.status, raw=shown(m.status.raw))
        loc = m.progress
        if loc is None or is_blank(loc):
            continue
        if not is_number(loc):
            yield ctx.at("warning", "progress-not-a-number", loc, raw=shown(loc.raw))
        elif not 0 <= float(loc.value) <= 100:
            yield ctx.at("warning", "progress-out-of-range", loc, value=shown(loc.raw))
        elif status == DONE and float(loc.value) < 100:
            yield ctx.at("info", "status-done-progress-low", loc, value=shown(loc.raw),
                         status=shown(m.status.raw))  # type: ignore[union-attr]


def _status(loc: Optional[Located]) -> Optional[str]:
    if loc is None or is_blank(loc):
        return None
    return parse_status(loc.value if loc.value is not None else loc.raw)


CHECKS = (check_indicator, check_content, check_period, check_status)
