"""The gaps and priorities sheet: how far each indicator is from the pass mark, the top level and
its target, what closing each gap adds to the overall score, the order to work in and why (the
analysis' one priority model), and what the year needs to reach its next level.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, List, Optional

from xlsxwriter.utility import xl_rowcol_to_cell

from ita_xl.analysis import Analysis, Gap, IndicatorResult
from ita_xl.analysis_math import dec, r2
from ita_xl.sheets import formats as fm
from ita_xl.sheets.sheet_common import SheetContext, put, put_formula, tone_style
from ita_xl.sheets.sheet_level import write_next_level

# column positions
PRIORITY, NUMBER, NAME, INSTRUMENT, WEIGHT, CURRENT = range(6)
PASS_GAP, PASS_WORTH, AA_GAP, AA_WORTH, TARGET, TARGET_GAP, TARGET_WORTH = range(6, 13)
WEAK, MEASURES = 13, 14
LAST = MEASURES


def _order(analysis: Analysis) -> List[IndicatorResult]:
    """Prioritised indicators first (1, 2, …), then the rest by number."""
    return sorted(analysis.indicators,
                  key=lambda i: (i.priority is None, i.priority or 0, i.number))


def _mark(value: float) -> str:
    return f"{value:g}"


def _headers(ws: Any, ctx: SheetContext, analysis: Analysis, top: int) -> int:
    """A two-row header: each gap group spans its gap and worth columns. Returns the data row."""
    s = ctx.styles.get("header")
    t = ctx.t
    single = {PRIORITY: t("sheets.col.priority"), NUMBER: t("sheets.col.number"),
              NAME: t("sheets.col.indicator"), INSTRUMENT: t("sheets.col.instrument"),
              WEIGHT: t("sheets.col.weight"),
              CURRENT: t("sheets.col.current", year=analysis.fiscal_year),
              WEAK: t("sheets.col.weak"), MEASURES: t("sheets.col.measures")}
    for col, text in single.items():
        ws.merge_text(top, col, top + 1, col, text, s)
    groups = ((PASS_GAP, PASS_WORTH, t("sheets.group.pass", mark=_mark(analysis.pass_mark))),
              (AA_GAP, AA_WORTH, t("sheets.group.aa", mark=_mark(analysis.aa_mark),
                                   level=analysis.framework.rating.top.label(ctx.lang))),
              (TARGET, TARGET_WORTH, t("sheets.group.target")))
    for first, last, text in groups:
        ws.merge_text(top, first, top, last, text, s)
    for col, key in ((PASS_GAP, "gap"), (PASS_WORTH, "worth"), (AA_GAP, "gap"),
                     (AA_WORTH, "worth"), (TARGET, "target"), (TARGET_GAP, "gap"),
                     (TARGET_WORTH, "worth")):
        ws.write_string(top + 1, col, t(f"sheets.col.{key}"), s)
    return top + 2


def _gap_cells(ws: Any, ctx: SheetContext, row: int, gap: Optional[Gap], gap_col: int,
               target_ref: str) -> None:
    """Gap and worth as formulas over the row's own cells, each with its cached value."""
    number = ctx.styles.get("number")
    current = xl_rowcol_to_cell(row, CURRENT)
    weight = xl_rowcol_to_cell(row, WEIGHT)
    gap_ref = xl_rowcol_to_cell(row, gap_col)
    put_formula(ws, row, gap_col, f"=ROUND(MAX(0,{target_ref}-{current}),2)",
                gap.gap if gap else None, number)
    put_formula(ws, row, gap_col + 1, f"=ROUND({weight}*{gap_ref}/100,2)",
                gap.worth if gap else None, number)


def _row(ws: Any, ctx: SheetContext, row: int, analysis: Analysis, ind: IndicatorResult) -> None:
    s = ctx.styles
    put(ws, row, PRIORITY, ind.priority, s.get("integer"))
    put(ws, row, NUMBER, ind.number, s.get("integer"))
    put(ws, row, NAME, ind.name(ctx.lang), tone_style(s, ind.tone))
    put(ws, row, INSTRUMENT, ind.instrument, s.get("center"))
    put(ws, row, WEIGHT, ind.weight, s.get("number"))
    put(ws, row, CURRENT, ind.current, s.get("number"))
    _gap_cells(ws, ctx, row, ind.gap_pass, PASS_GAP, _mark(analysis.pass_mark))
    _gap_cells(ws, ctx, row, ind.gap_aa, AA_GAP, _mark(analysis.aa_mark))
    put(ws, row, TARGET, ind.target, s.get("number"))
    _gap_cells(ws, ctx, row, ind.gap_target, TARGET_GAP, xl_rowcol_to_cell(row, TARGET))
    put(ws, row, WEAK, _weak_text(ctx, analysis, ind), s.get("wrap"))
    put(ws, row, MEASURES, ind.measure_count, s.get("integer"))


def _total(ws: Any, ctx: SheetContext, row: int, first: int, last: int,
           indicators: List[IndicatorResult]) -> None:
    """Sum of each worth column: the overall points gained if every gap of that kind closed."""
    s = ctx.styles
    for col in range(0, LAST + 1):
        ws.write_blank(row, col, None, s.get("sum_blank"))
    put(ws, row, NAME, ctx.t("sheets.gaps.total"), s.get("sum_text"))
    for col, attr in ((PASS_WORTH, "gap_pass"), (AA_WORTH, "gap_aa"),
                      (TARGET_WORTH, "gap_target")):
        gaps = [getattr(i, attr) for i in indicators if getattr(i, attr) is not None]
        total = r2(sum((dec(g.worth) for g in gaps), Decimal(0)))
        top, bottom = xl_rowcol_to_cell(first, col), xl_rowcol_to_cell(last, col)
        put_formula(ws, row, col, f"=SUM({top}:{bottom})", total if gaps else None,
                    s.get("sum_number"))


def _conditional(ws: Any, ctx: SheetContext, analysis: Analysis, first: int, last: int) -> None:
    """Data bars on the gaps, a fill on scores below the pass mark."""
    for col in (PASS_GAP, AA_GAP, TARGET_GAP):
        ws.conditional_format(first, col, last, col, {
            "type": "data_bar", "bar_color": fm.BAR_COLOUR, "bar_solid": True,
            "min_type": "num", "min_value": 0, "max_type": "max"})
    below = ctx.styles.dxf(bg_color=fm.RED_FILL, font_color=fm.RED_TEXT, bold=True)
    ws.conditional_format(first, CURRENT, last, CURRENT, {
        "type": "cell", "criteria": "<", "value": analysis.pass_mark, "format": below})


def _weak_text(ctx: SheetContext, analysis: Analysis, ind: IndicatorResult) -> str:
    """Why an indicator is where it is in the order (the analysis' reason codes), as the
    column shows it (and its width is fitted to)."""
    level = analysis.next_level
    params = {"level": level.label(ctx.lang) if level else "", "instrument": ind.instrument,
              "line": _mark(ind.level_line) if ind.level_line is not None else ""}
    return ", ".join(ctx.t(f"sheets.weak.{reason}", **params) for reason in ind.priority_reasons)


def _widths(ws: Any, ctx: SheetContext, analysis: Analysis) -> None:
    """Headers may wrap onto two lines; names and weaknesses fit their text, then wrap."""
    t = ctx.t
    names = [i.name(ctx.lang) for i in analysis.indicators]
    weak = [_weak_text(ctx, analysis, i) for i in analysis.indicators]
    headers = {PRIORITY: t("sheets.col.priority"), NUMBER: t("sheets.col.number"),
               INSTRUMENT: t("sheets.col.instrument"), WEIGHT: t("sheets.col.weight"),
               CURRENT: t("sheets.col.current", year=analysis.fiscal_year),
               MEASURES: t("sheets.col.measures"), TARGET: t("sheets.col.target")}
    for col in (PASS_GAP, AA_GAP, TARGET_GAP):
        headers[col] = t("sheets.col.gap")
    for col in (PASS_WORTH, AA_WORTH, TARGET_WORTH):
        headers[col] = t("sheets.col.worth")
    for col, text in headers.items():
        ws.set_column(col, col, fm.header_width(text, low=8, high=13))
    ws.set_column(NAME, NAME, fm.fit_width(names + [t("sheets.gaps.total")], low=20, high=32))
    ws.set_column(WEAK, WEAK, fm.fit_width(weak + [t("sheets.col.weak")], low=14, high=26))


def write_gaps(ws: Any, ctx: SheetContext, analysis: Analysis) -> None:
    """Fill ``ws`` with the gaps and priorities of ``analysis``."""
    top = ctx.title_rows(ws, ctx.t("sheets.gaps.title", agency=analysis.agency))
    first = _headers(ws, ctx, analysis, top)
    indicators = _order(analysis)
    row = first
    for ind in indicators:
        _row(ws, ctx, row, analysis, ind)
        row += 1
    last = max(first, row - 1)
    _total(ws, ctx, row, first, last, indicators)
    _conditional(ws, ctx, analysis, first, last)
    _widths(ws, ctx, analysis)
    note = ctx.t("sheets.gaps.note")
    note_row = row + 2
    ws.merge_text(note_row, 0, note_row, LAST, note, ctx.styles.get("note"))
    end = write_next_level(ws, ctx, analysis, note_row + 2, NAME, LAST)
    ws.freeze_panes(first, NAME + 1)
    ctx.finish(ws, "gaps", landscape=True, note_row=end + 1)
