"""The comparison sheet: every indicator's score per year, its changes, rank and target,
then the instrument sub-scores, the overall (published and recomputed), grade and national average.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from xlsxwriter.utility import xl_rowcol_to_cell

from ita_xl import messages
from ita_xl.analysis import Analysis, IndicatorResult
from ita_xl.analysis_math import diff
from ita_xl.sheets import formats as fm
from ita_xl.sheets.sheet_common import SheetContext, put, put_formula, tone_style


@dataclass
class _Columns:
    """Where each column sits; optional columns are None when the data has no use for them."""

    years: Dict[int, int]
    change_prev: Optional[int]
    change_first: Optional[int]
    rank: int
    rank_change: Optional[int]
    target: int
    slope: Optional[int]

    @property
    def last(self) -> int:
        return max(c for c in (self.rank, self.rank_change, self.target, self.slope,
                               self.change_prev, self.change_first, *self.years.values())
                   if c is not None)


def _columns(analysis: Analysis) -> _Columns:
    years = {y: 4 + i for i, y in enumerate(analysis.years)}
    col = 4 + len(years)
    prev = analysis.previous_year
    first = analysis.years[0] if analysis.years else None
    change_prev = change_first = rank_change = slope = None
    if prev is not None:
        change_prev, col = col, col + 1
    if first is not None and first != prev and first < analysis.fiscal_year:
        change_first, col = col, col + 1
    rank, col = col, col + 1
    if prev is not None:
        rank_change, col = col, col + 1
    target, col = col, col + 1
    if len(analysis.years) > 2:
        slope = col
    return _Columns(years, change_prev, change_first, rank, rank_change, target, slope)


def _headers(ctx: SheetContext, analysis: Analysis, cols: _Columns) -> Dict[int, str]:
    t = ctx.t
    out = {0: t("sheets.col.number"), 1: t("sheets.col.indicator"),
           2: t("sheets.col.instrument"), 3: t("sheets.col.weight")}
    for year, col in cols.years.items():
        out[col] = t("sheets.col.year", year=year)
    if cols.change_prev is not None:
        out[cols.change_prev] = t("sheets.col.change_prev", year=analysis.previous_year)
    if cols.change_first is not None:
        out[cols.change_first] = t("sheets.col.change_first", year=analysis.years[0])
    out[cols.rank] = t("sheets.col.rank", year=analysis.fiscal_year)
    if cols.rank_change is not None:
        out[cols.rank_change] = t("sheets.col.rank_change")
    out[cols.target] = t("sheets.col.target")
    if cols.slope is not None:
        out[cols.slope] = t("sheets.col.slope")
    return out


def _reference_years(values: Dict[int, Optional[float]],
                     year: int) -> Tuple[Optional[int], Optional[int]]:
    """(previous year with a value, first year with a value) before ``year``."""
    earlier = [y for y in sorted(values) if y < year and values[y] is not None]
    if values.get(year) is None or not earlier:
        return None, None
    return earlier[-1], earlier[0]


def _changes(ws: Any, ctx: SheetContext, row: int, cols: _Columns, year: int,
             values: Dict[int, Optional[float]], summary: bool = False) -> None:
    """Change since the previous and the first year, as formulas with their cached values."""
    fmt = ctx.styles.get("sum_signed" if summary else "signed")
    prev, first = _reference_years(values, year)
    for col, base in ((cols.change_prev, prev), (cols.change_first, first)):
        if col is None:
            continue
        if base is None or year not in cols.years:
            ws.write_blank(row, col, None, fmt)
            continue
        now = xl_rowcol_to_cell(row, cols.years[year])
        then = xl_rowcol_to_cell(row, cols.years[base])
        value = diff(values[year], values[base])  # type: ignore[arg-type]
        put_formula(ws, row, col, f"=ROUND({now}-{then},2)", value, fmt)


def _indicator_row(ws: Any, ctx: SheetContext, row: int, cols: _Columns, analysis: Analysis,
                   ind: IndicatorResult) -> None:
    s = ctx.styles
    put(ws, row, 0, ind.number, s.get("integer"))
    put(ws, row, 1, ind.name(ctx.lang), tone_style(s, ind.tone))
    put(ws, row, 2, ind.instrument, s.get("center"))
    put(ws, row, 3, ind.weight, s.get("number"))
    values = {y: e.score for y, e in ind.years.items()}
    for year, col in cols.years.items():
        put(ws, row, col, values.get(year), s.get("number"))
    _changes(ws, ctx, row, cols, analysis.fiscal_year, values)
    now = ind.years.get(analysis.fiscal_year)
    put(ws, row, cols.rank, now.rank if now else None, s.get("integer"))
    if cols.rank_change is not None:
        put(ws, row, cols.rank_change, now.rank_change if now else None,
            s.get("signed_integer"))
    put(ws, row, cols.target, ind.target, s.get("number"))
    if cols.slope is not None:
        put(ws, row, cols.slope, ind.slope, s.get("signed"))


def _summary_row(ws: Any, ctx: SheetContext, row: int, cols: _Columns, analysis: Analysis,
                 label: str, values: Dict[int, Any], code: str = "", weight: Optional[float] = None,
                 target: Optional[float] = None, slope: Optional[float] = None) -> None:
    s = ctx.styles
    for col in range(0, cols.last + 1):
        ws.write_blank(row, col, None, s.get("sum_blank"))
    put(ws, row, 1, label, s.get("sum_text"))
    put(ws, row, 2, code, s.get("sum_center"))
    put(ws, row, 3, weight, s.get("sum_number"))
    numeric = all(v is None or isinstance(v, float) for v in values.values())
    for year, col in cols.years.items():
        put(ws, row, col, values.get(year), s.get("sum_number" if numeric else "sum_center"))
    if numeric:
        _changes(ws, ctx, row, cols, analysis.fiscal_year, values, summary=True)
    put(ws, row, cols.target, target, s.get("sum_number"))
    if cols.slope is not None:
        put(ws, row, cols.slope, slope, s.get("sum_signed"))


def _summary_rows(ws: Any, ctx: SheetContext, start: int, cols: _Columns,
                  analysis: Analysis) -> Tuple[int, List[int]]:
    """Instrument sub-scores, overall, grade, national average; returns (next row, number rows)."""
    by_year = analysis.by_year
    years = analysis.years
    row = start
    numbers: List[int] = []
    for inst in analysis.framework.instruments:
        short = f"sheets.inst.{inst.code}"
        name = ctx.t(short) if messages.has(short) else (
            inst.name_en if ctx.lang == "en" else inst.name_th)
        _summary_row(ws, ctx, row, cols, analysis,
                     ctx.t("sheets.row.instrument", code=inst.code, name=name),
                     {y: by_year[y].instruments.get(inst.code) if y in by_year else None
                      for y in years}, inst.code, inst.weight)
        numbers.append(row)
        row += 1
    published = {y: by_year[y].published_overall if y in by_year else None for y in years}
    computed = {y: by_year[y].computed_overall if y in by_year else None for y in years}
    has_published = any(v is not None for v in published.values())
    for key, values, own in (("sheets.row.published", published, has_published),
                             ("sheets.row.computed", computed, not has_published)):
        _summary_row(ws, ctx, row, cols, analysis, ctx.t(key), values, weight=100.0,
                     target=analysis.target, slope=analysis.overall_slope if own else None)
        numbers.append(row)
        row += 1
    labels = {y: (by_year[y].label(ctx.lang) or None) if y in by_year else None for y in years}
    _summary_row(ws, ctx, row, cols, analysis, ctx.t("sheets.row.grade"), labels)
    row += 1
    national = {y: by_year[y].national_average if y in by_year else None for y in years}
    if any(v is not None for v in national.values()):
        _summary_row(ws, ctx, row, cols, analysis, ctx.t("sheets.row.national"), national)
        row += 1
    return row, numbers


def _computed_note(ctx: SheetContext, analysis: Analysis) -> str:
    """Which years' instrument scores are means of their indicators (none typed as published)."""
    years = [y for y in analysis.years if y in analysis.by_year and any(
        s.computed for s in analysis.by_year[y].instrument_scores.values())]
    if not years:
        return ""
    return ctx.t("sheets.note.instruments-computed", years=", ".join(str(y) for y in years))


def _conditional(ws: Any, ctx: SheetContext, analysis: Analysis, cols: _Columns,
                 ind_rows: Tuple[int, int], number_rows: List[int], last_row: int) -> None:
    """Below-pass fill (added first, so it wins), colour scale on scores, arrows on changes."""
    s = ctx.styles
    pass_mark = analysis.pass_mark
    if not cols.years:
        return  # no score column: nothing to colour, and no changes either
    first_col, last_col = min(cols.years.values()), max(cols.years.values())
    below = s.dxf(bg_color=fm.RED_FILL, font_color=fm.RED_TEXT, bold=True)
    scale = {"type": "3_color_scale",
             "min_type": "num", "min_value": pass_mark - 10, "min_color": "#F8696B",
             "mid_type": "num", "mid_value": pass_mark, "mid_color": "#FFEB84",
             "max_type": "num", "max_value": 100, "max_color": "#63BE7B"}
    blocks = [ind_rows] + [(r, r) for r in number_rows]
    for top, bottom in blocks:
        ws.conditional_format(top, first_col, bottom, last_col,
                              {"type": "cell", "criteria": "<", "value": pass_mark,
                               "format": below})
        ws.conditional_format(top, first_col, bottom, last_col, scale)
    green = s.dxf(font_color=fm.GREEN_TEXT)
    red = s.dxf(font_color=fm.RED_TEXT)
    for col in (cols.change_prev, cols.change_first, cols.rank_change, cols.slope):
        if col is None:
            continue
        # half a unit of the last shown digit either way counts as no change
        step = 0.5 if col == cols.rank_change else 0.005
        ws.conditional_format(ind_rows[0], col, last_row, col, {
            "type": "icon_set", "icon_style": "3_arrows",
            "icons": [{"criteria": ">=", "type": "number", "value": step},
                      {"criteria": ">=", "type": "number", "value": -step}]})
        ws.conditional_format(ind_rows[0], col, last_row, col,
                              {"type": "cell", "criteria": ">", "value": 0, "format": green})
        ws.conditional_format(ind_rows[0], col, last_row, col,
                              {"type": "cell", "criteria": "<", "value": 0, "format": red})


def _widths(ws: Any, ctx: SheetContext, analysis: Analysis, cols: _Columns,
            headers: Dict[int, str]) -> None:
    """Number and name columns fit their text; summary labels wrap in the name column."""
    names = [i.name(ctx.lang) for i in analysis.indicators]
    ws.set_column(0, 0, fm.fit_width([headers[0]], low=7, high=12))
    ws.set_column(1, 1, fm.fit_width(names + [headers[1]], low=20, high=34))
    ws.set_column(2, 2, fm.header_width(headers[2], low=7, high=12))
    for col in range(3, cols.last + 1):
        ws.set_column(col, col, fm.header_width(headers.get(col, ""), low=9, high=13))


def write_comparison(ws: Any, ctx: SheetContext, analysis: Analysis) -> None:
    """Fill ``ws`` with the comparison of ``analysis``."""
    cols = _columns(analysis)
    header_row = ctx.title_rows(ws, ctx.t("sheets.comparison.title", agency=analysis.agency))
    headers = _headers(ctx, analysis, cols)
    for col, text in headers.items():
        ws.write_string(header_row, col, text, ctx.styles.get("header"))
    row = header_row + 1
    for ind in analysis.indicators:
        _indicator_row(ws, ctx, row, cols, analysis, ind)
        row += 1
    ind_rows = (header_row + 1, max(header_row + 1, row - 1))
    end, number_rows = _summary_rows(ws, ctx, row, cols, analysis)
    _conditional(ws, ctx, analysis, cols, ind_rows, number_rows, end - 1)
    _widths(ws, ctx, analysis, cols, headers)
    ws.freeze_panes(header_row + 1, 2)
    note = _computed_note(ctx, analysis)
    if note:
        ws.merge_text(end + 1, 0, end + 1, cols.last, note, ctx.styles.get("note"))
        end += 1
    ctx.finish(ws, "comparison", landscape=True, note_row=end + 1)
