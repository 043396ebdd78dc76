"""The "what it takes to reach the next level" block of the gaps sheet, read from the analysis'
LevelGap (the overall gap next to each instrument's gap to its line); nothing is re-derived here.
"""
from __future__ import annotations

from typing import Any, Optional

from ita_xl import messages
from ita_xl.analysis import Analysis
from ita_xl.sheets import formats as fm
from ita_xl.sheets.sheet_common import SheetContext, put


def _instrument_name(ctx: SheetContext, analysis: Analysis, code: str) -> str:
    short = f"sheets.inst.{code}"
    if messages.has(short):
        return ctx.t("sheets.row.instrument", code=code, name=ctx.t(short))
    inst = next((i for i in analysis.framework.instruments if i.code == code), None)
    name = (inst.name_en if ctx.lang == "en" else inst.name_th) if inst else ""
    return ctx.t("sheets.row.instrument", code=code, name=name)


def _source(ctx: SheetContext, computed: bool) -> str:
    return ctx.t("sheets.level.computed" if computed else "sheets.level.published")


def _title(ctx: SheetContext, analysis: Analysis) -> Optional[str]:
    cur = analysis.current
    rating = cur.rating if cur is not None else None
    if rating is None:
        return None
    gap = analysis.next_level
    year = analysis.fiscal_year
    if gap is None:
        return ctx.t("sheets.level.top", year=year, level=rating.label(ctx.lang))
    return ctx.t("sheets.level.title", year=year, level=cur.label(ctx.lang),
                 next=gap.label(ctx.lang))


def write_next_level(ws: Any, ctx: SheetContext, analysis: Analysis, top: int, first: int,
                     last: int) -> int:
    """Write the block from row ``top`` in columns ``first``…``last`` (part, score, line, gap,
    then the source across the rest); returns the next row."""
    title = _title(ctx, analysis)
    if title is None:
        return top
    s = ctx.styles
    ws.merge_text(top, first, top, last, title, s.get("sum_text"))
    gap = analysis.next_level
    if gap is None:
        return top + 1
    head = top + 1
    source = first + 4
    for offset, key in enumerate(("part", "score", "line", "gap")):
        ws.write_string(head, first + offset, ctx.t(f"sheets.level.col.{key}"), s.get("header"))
    ws.merge_text(head, source, head, min(last, source + 3), ctx.t("sheets.level.col.source"),
                  s.get("header"))
    cur = analysis.current
    rows = [(ctx.t("sheets.level.overall"), gap.overall, gap.overall_line, gap.overall_gap,
             cur is None or cur.published_overall is None)]
    rows += [(_instrument_name(ctx, analysis, g.code), g.score, g.line, g.gap, g.computed)
             for g in gap.instruments]
    if gap.pass_gap > 0 and gap.overall_line < gap.pass_mark:  # two levels or more from passing
        rows.append((ctx.t("sheets.level.pass"), gap.overall, gap.pass_mark, gap.pass_gap,
                     rows[0][4]))
    row = head + 1
    for label, score, line, short, computed in rows:
        put(ws, row, first, label, s.get("wrap"))
        put(ws, row, first + 1, score, s.get("number"))
        put(ws, row, first + 2, line, s.get("number"))
        put(ws, row, first + 3, short if short is not None else ctx.t("sheets.level.unknown"),
            s.get("number") if short is not None else s.get("center"))
        ws.merge_text(row, source, row, min(last, source + 3), _source(ctx, computed),
                      s.get("center"))
        row += 1
    red = s.dxf(bg_color=fm.RED_FILL, font_color=fm.RED_TEXT, bold=True)
    ws.conditional_format(head + 1, first + 3, row - 1, first + 3,
                          {"type": "cell", "criteria": ">", "value": 0, "format": red})
    return row
