"""Whole-workbook checks: weak indicators have measures, recommendations name real indicators,
and every table has the columns the tool needs."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, Iterator, List, Optional

from ita_xl.master.layout import column_label
from ita_xl.master.model import Located
from ita_xl.validate.context import (
    Context, header_range, indicator_params, is_blank, num, register, shown,
)
from ita_xl.validate.findings import Finding
from ita_xl.validate.indicators import indicator_findings

CODES = register(
    "coverage",
    "weak-indicator-without-measure", "lowest-indicator-without-measure",
    "recommendation-indicator-missing", "recommendation-instrument-unknown",
    "recommendation-instrument-mismatch", "column-missing",
)

LOWEST = 3


def check_measure_coverage(ctx: Context) -> Iterator[Finding]:
    year = ctx.year
    if year is None or year not in ctx.score_years():
        return
    scores = ctx.year_scores(year)
    if not scores:
        return
    covered = ctx.measure_numbers()
    rows = ctx.score_rows_by_number()
    ordered = sorted(scores.values())
    third = ordered[min(LOWEST, len(ordered)) - 1]
    for number, score in sorted(scores.items(), key=lambda kv: (kv[1], kv[0])):
        if number in covered:
            continue
        loc = rows[number].scores[year]
        params = dict(indicator_params(ctx.framework, number), score=num(score), year=year,
                      sheet_measures=_measures_sheet(ctx))
        if score < ctx.pass_mark:
            yield ctx.at("warning", "weak-indicator-without-measure", loc,
                         pass_mark=num(ctx.pass_mark), **params)
        elif score <= third:
            rank = 1 + sum(1 for s in ordered if s < score)
            yield ctx.at("warning", "lowest-indicator-without-measure", loc, rank=rank, **params)


def _measures_sheet(ctx: Context) -> str:
    return ctx.master.measures.sheet if ctx.master.measures is not None else "มาตรการ"


def check_recommendations(ctx: Context) -> Iterator[Finding]:
    table = ctx.master.recommendations
    if table is None:
        return
    for rec in table.rows:
        cells = [rec.instrument, rec.indicator, rec.weakness, rec.recommendation]
        if all(loc is None or is_blank(loc) for loc in cells):
            continue
        loc = rec.indicator
        if loc is None or is_blank(loc):
            first = next(c for c in cells if c is not None)
            cell = loc.cell if loc is not None else first.cell
            yield ctx.finding("warning", "recommendation-indicator-missing", table.sheet, cell,
                              row=rec.row)
            continue
        match = ctx.resolve(loc.value or loc.raw)
        yield from indicator_findings(ctx, loc, match)
        yield from _instrument(ctx, rec.instrument, ctx.known_number(match))


def _instrument(ctx: Context, loc: Optional[Located], number: Optional[int]) -> Iterator[Finding]:
    fw = ctx.framework
    if loc is None or is_blank(loc) or fw is None:
        return
    typed = str(loc.value if loc.value is not None else loc.raw).strip().upper()
    codes = [i.code for i in fw.instruments]
    if typed not in codes:
        yield ctx.at("warning", "recommendation-instrument-unknown", loc, raw=shown(loc.raw),
                     instruments=", ".join(codes))
        return
    ind = fw.indicator(number) if number is not None else None
    if ind is not None and ind.instrument != typed:
        yield ctx.at("warning", "recommendation-instrument-mismatch", loc, raw=typed,
                     instrument=ind.instrument, **indicator_params(fw, ind.number))


def check_columns(ctx: Context) -> Iterator[Finding]:
    m = ctx.master
    tables = {"scores": m.scores, "results": m.results, "measures": m.measures,
              "recommendations": m.recommendations}
    for kind, table in tables.items():
        missing = getattr(table, "missing_columns", None) if table is not None else None
        if not missing:
            continue
        where = header_range(table.header_row, _cells(table)) if table.header_row else None
        for slug in missing:
            yield ctx.finding("error", "column-missing", table.sheet, where,
                              column=column_label(kind, slug, "th"),
                              column_en=column_label(kind, slug, "en"))


def _cells(obj: Any) -> List[str]:
    """Every cell a table's dataclasses mention (to know how wide its header row is)."""
    out: List[str] = []
    if isinstance(obj, Located):
        out.append(obj.cell)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            out.extend(_cells(item))
    elif isinstance(obj, dict):
        for item in obj.values():
            out.extend(_cells(item))
    elif is_dataclass(obj):
        for f in fields(obj):
            out.extend(_cells(getattr(obj, f.name)))
    return out


CHECKS = (check_measure_coverage, check_recommendations, check_columns)
