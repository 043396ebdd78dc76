"""Checks of the คะแนนตัวชี้วัด sheet: year columns, indicator rows, scores and typed changes."""
from __future__ import annotations

from typing import Dict, Iterator, List, Optional

from ita_xl.master.model import Located, ScoreRow
from ita_xl.rounding import CHANGE_TOLERANCE, diff, differs
from ita_xl.messages import text
from ita_xl.thai import parse_year_header
from ita_xl.validate.checks_agency import target_findings
from ita_xl.validate.context import (
    Context, cell_in_row, header_range, indicator_params, is_blank, is_number, num, register, shown,
)
from ita_xl.validate.findings import Finding
from ita_xl.validate.indicators import indicator_findings

CODES = register(
    "scores",
    "score-year-duplicate", "score-year-unreadable", "framework-missing-column",
    "score-column-empty", "score-indicator-blank", "indicator-duplicate", "indicator-missing",
    "score-not-a-number", "score-out-of-range", "score-missing",
    "change-not-a-number", "change-mismatch", "change-years-not-found",
)

DUPLICATE_YEAR = "duplicate-year"  # the reader's problem slug for a repeated year header


def _filled(row: ScoreRow) -> bool:
    """A row staff typed something in (an indicator, a score, a change)."""
    cells = [row.indicator, row.change, row.target, *row.scores.values()]
    return any(loc is not None and not is_blank(loc) for loc in cells)


def _rows(ctx: Context) -> List[ScoreRow]:
    return [row for row in ctx.master.scores.rows if _filled(row)]


def _label(ctx: Context, row: ScoreRow) -> Dict[str, str]:
    """``indicator``/``indicator_en``: the official name when the row resolves, else the text."""
    loc = row.indicator
    if is_blank(loc):
        return _both("label.score-row", row=row.row)
    number = ctx.known_number(ctx.resolve(loc.value or loc.raw))
    if number is None:
        quoted = f"“{shown(loc.raw)}”"
        return {"indicator": quoted, "indicator_en": quoted}
    p = indicator_params(ctx.framework, number)
    return _both("label.indicator", number=number, name=p["name"], name_en=p["name_en"])


def _both(key: str, **params: object) -> Dict[str, str]:
    """``indicator`` in Thai and ``indicator_en`` in English, from the catalogue."""
    return {"indicator": text(key, "th", **params), "indicator_en": text(key, "en", **params)}


def check_year_columns(ctx: Context) -> Iterator[Finding]:
    table = ctx.master.scores
    first: Dict[int, str] = {}
    for col in table.years:
        first.setdefault(col.year, col.header.cell)
        analysed_reported = col.year == ctx.year and ctx.year_from_agency
        if col.year not in ctx.frameworks and not analysed_reported \
                and not ctx.is_history(col.year):
            yield ctx.at("warning", "framework-missing-column", col.header, year=col.year)
    for header in table.unknown_year_headers:
        year = parse_year_header(header.raw) if header.problem == DUPLICATE_YEAR else None
        if year is not None:
            yield ctx.at("error", "score-year-duplicate", header, year=year,
                         first=first.get(year, "-"))
        else:
            yield ctx.at("warning", "score-year-unreadable", header, raw=shown(header.raw))


def check_indicators(ctx: Context) -> Iterator[Finding]:
    first: Dict[int, str] = {}
    for row in _rows(ctx):
        loc = row.indicator
        if is_blank(loc):
            yield ctx.at("error", "score-indicator-blank", loc)
            continue
        match = ctx.resolve(loc.value or loc.raw)
        yield from indicator_findings(ctx, loc, match, allow_sub=False)
        number = ctx.known_number(match)
        if number is None:
            continue
        if number in first:
            yield ctx.at("error", "indicator-duplicate", loc, first=first[number],
                         **indicator_params(ctx.framework, number))
        else:
            first[number] = loc.cell
    fw = ctx.framework
    table = ctx.master.scores
    if fw is None or "indicator" in getattr(table, "missing_columns", ()):
        return  # no indicator column: one column-missing finding says so
    rows = table.rows
    where: Optional[str] = None
    if rows:
        where = cell_in_row(rows[-1].indicator.cell, rows[-1].row + 1)
    where = where or header_range(table.header_row, [])
    for ind in fw.indicators:
        if ind.number not in first:
            yield ctx.finding("error", "indicator-missing", table.sheet, where, year=fw.year,
                              **indicator_params(fw, ind.number))


def check_scores(ctx: Context) -> Iterator[Finding]:
    table = ctx.master.scores
    rows = _rows(ctx)
    for col in table.years:
        severity = "error" if col.year == ctx.year else "warning"
        cells = [row.scores.get(col.year) for row in rows]
        if rows and all(is_blank(loc) for loc in cells) and not ctx.is_history(col.year):
            yield ctx.at(severity, "score-column-empty", col.header, year=col.year)
            continue
        for row, loc in zip(rows, cells):
            yield from _score_cell(ctx, row, col.year, col.column, loc, severity)


def _score_cell(ctx: Context, row: ScoreRow, year: int, column: str, loc: Optional[Located],
                blank_severity: str) -> Iterator[Finding]:
    label = _label(ctx, row)
    if ctx.is_history(year) and not (is_number(loc) and not 0 <= float(loc.value) <= 100):
        return  # a history column ('–', own scales) is shown, not judged; only 0–100 holds
    if is_blank(loc):
        cell = loc.cell if loc is not None else f"{column}{row.row}"
        yield ctx.finding(blank_severity, "score-missing", ctx.master.scores.sheet, cell,
                          **label, year=year)
    elif not is_number(loc):
        yield ctx.at("error", "score-not-a-number", loc, raw=shown(loc.raw), **label,
                     year=year)
    elif not 0 <= float(loc.value) <= 100:
        yield ctx.at("error", "score-out-of-range", loc, value=shown(loc.raw), **label,
                     year=year)


def check_changes(ctx: Context) -> Iterator[Finding]:
    """A typed change is checked only against the two years its header names (or, naming none,
    the two year columns beside it); years named but absent are said, never swapped for others."""
    table = ctx.master.scores
    pair = table.change_pair
    if pair is None and table.change_header is not None and table.change_years_named \
            and any(is_number(row.change) for row in _rows(ctx)):
        named = table.change_years_named
        yield ctx.at("warning", "change-years-not-found", table.change_header,
                     raw=shown(table.change_header.raw), named=", ".join(map(str, named)),
                     years=", ".join(map(str, ctx.score_years())) or "-")
    for row in _rows(ctx):
        loc = row.change
        if loc is None or is_blank(loc):
            continue
        if not is_number(loc):
            yield ctx.at("error", "change-not-a-number", loc, raw=shown(loc.raw),
                         **_label(ctx, row))
            continue
        if pair is None:
            continue
        earlier, later = row.scores.get(pair[0]), row.scores.get(pair[1])
        if not (is_number(earlier) and is_number(later)):
            continue
        computed = diff(float(later.value), float(earlier.value))
        typed = float(loc.value)
        if differs(typed, computed, CHANGE_TOLERANCE):
            yield ctx.at("error", "change-mismatch", loc, typed=shown(loc.raw),
                         typed_en=num(typed), computed=num(computed),
                         later=num(float(later.value)), earlier=num(float(earlier.value)),
                         year_later=pair[1], year_earlier=pair[0], **_label(ctx, row),
                         later_cell=later.cell, earlier_cell=earlier.cell)


def check_targets(ctx: Context) -> Iterator[Finding]:
    for row in _rows(ctx):
        if row.target is not None:
            yield from target_findings(ctx, row.target)


CHECKS = (check_year_columns, check_indicators, check_scores, check_changes, check_targets)
