"""Where we stand: the overall score, its level in the year's own scheme, what it takes to reach
the next level (the overall gap and each instrument below its line), the change, the national
average and the trend, beside a native chart of the years with the pass and excellent lines."""
from __future__ import annotations

from typing import List, Optional

from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE

from ita_xl.briefing import chart_marks, layout, story
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu

BADGE_SIZES = (40.0, 20.0)
FACT_SIZES = (28.0, 16.0)


def build(deck: Deck) -> Page:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    page = deck.page("overall", deck.t("overall-title", year=f.year(a.fiscal_year)))
    card, right = page.content.split_h([0.44, 0.56], gap=emu(24))
    cur = a.current
    score = cur.overall if cur else None
    label = cur.label(f.lang) if cur else ""
    layout.add_rect(page.slide, card, pal.mist, None, MSO_SHAPE.ROUNDED_RECTANGLE)
    inner = card.inset(emu(14), emu(10))
    head, rest = inner.take_top(emu(32))
    page.text(head, [Para(deck.t("overall-label", year=f.year(a.fiscal_year)),
                          color=pal.grey)], sizes=(26, 16))
    big, rest = rest.take_top(emu(90), gap=emu(2))
    page.line(big, f.num(score), (120, 40), True, pal.navy)
    if label:
        badge_row, rest = rest.take_top(emu(44), gap=emu(8))
        width = min(badge_row.width, layout.line_width(label, BADGE_SIZES[0], True, 14))
        badge = Box(badge_row.left, badge_row.top, width, badge_row.height)
        shape = layout.add_rect(page.slide, badge, pal.gold, None, MSO_SHAPE.ROUNDED_RECTANGLE)
        page.label(shape, deck.t("grade", grade=label), BADGE_SIZES, True, pal.paper)
    lines = facts(deck, score)
    page.text(rest, [Para(text, color=colour) for text, colour in lines],
              sizes=FACT_SIZES)
    _chart(deck, page, right)
    _notes(deck, page, score, label, lines)
    return page


def level_lines(deck: Deck) -> List[tuple]:
    """What it takes to reach the next level, as the analysis computed it (shared with the
    instruments slide's notes): the next level, the overall gap, each instrument below its line."""
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    cur = a.current
    if cur is None or cur.overall is None:
        return []
    nxt = a.next_level
    if nxt is None:
        return [(deck.t("top-band"), pal.green)] if cur.rating is not None else []
    out = [(deck.t("next-level", level=nxt.label(f.lang)), pal.navy)]
    if nxt.overall_gap > 0:
        out.append((deck.t("next-overall-short", gap=f.num(nxt.overall_gap),
                           line=f.num(nxt.overall_line, 0)), pal.red))
    else:
        out.append((deck.t("next-overall-met", line=f.num(nxt.overall_line, 0)), pal.green))
    by_line = {}
    for gap in nxt.blocking:  # one line per instrument line (all three share 85 or 95 today)
        by_line.setdefault(gap.line, []).append(gap)
    for line, gaps in by_line.items():
        items = " · ".join(
            deck.t("next-instrument-unknown", code=g.code) if g.gap is None
            else deck.t("next-instrument-short", code=g.code, gap=f.num(g.gap)) for g in gaps)
        out.append((deck.t("next-instruments-short", line=f.num(line, 0), items=items), pal.red))
    if nxt.instruments and not nxt.blocking:
        out.append((deck.t("next-instruments-met"), pal.green))
    if any(g.computed for g in nxt.instruments):
        out.append((deck.t("instruments-computed"), pal.grey))
    return out


def facts(deck: Deck, score: Optional[float]) -> List[tuple]:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    out = level_lines(deck)
    cur, prev = a.current, a.previous_year
    if cur and cur.change_prev is not None and prev is not None:
        colour = pal.green if cur.change_prev >= 0 else pal.red
        out.append((deck.t("change-from", year=f.year(prev),
                           change=f.num(cur.change_prev, signed=True)), colour))
    national = cur.national_average if cur else None
    if national is not None and cur is not None and cur.vs_national is not None:
        diff = cur.vs_national  # the analysis' two-decimal difference
        key = "national-above" if diff >= 0 else "national-below"
        out.append((deck.t(key, average=f.num(national), diff=f.num(abs(diff))),
                    pal.green if diff >= 0 else pal.red))
    if a.overall_slope is not None and len(a.years) > 2:
        out.append((deck.t("trend", slope=f.num(a.overall_slope, signed=True)), pal.ink))
    return out


def _chart(deck: Deck, page: Page, box: Box) -> None:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    head, body = box.take_top(emu(30), gap=emu(4))
    page.text(head, [Para(deck.t("overall-chart"), bold=True, color=pal.navy)],
              sizes=deck.style.sizes.label)
    years = list(a.years)
    ours = [a.by_year[y].overall if y in a.by_year else None for y in years]
    national = [a.by_year[y].national_average if y in a.by_year else None for y in years]
    series = [(deck.t("series-agency"), ours)]
    colours = [pal.navy]
    if any(v is not None for v in national):
        series.append((deck.t("series-national"), national))
        colours.append(pal.gold)
    cats = [deck.t("year-label", year=f.year(y)) for y in years]
    chart_marks.score_chart(deck, page, body, XL_CHART_TYPE.COLUMN_CLUSTERED, cats, series,
                            colours, story.marks(deck))


def _notes(deck: Deck, page: Page, score: Optional[float], label: str,
           facts: List[tuple]) -> None:
    a, f = deck.analysis, deck.fmt
    if score is None:
        page.note(deck.t("notes-overall-missing", year=f.year(a.fiscal_year)))
        return
    page.note(deck.t("notes-overall", year=f.year(a.fiscal_year), score=f.num(score),
                     grade=label or "-"))
    for text, _colour in facts:
        page.note(text)
    cur = a.current
    if cur and cur.overall_mismatch:
        page.note(deck.t("notes-overall-recomputed", published=f.num(cur.published_overall),
                         computed=f.num(cur.computed_overall)))
    history = ", ".join(deck.t("year-score", year=f.year(y), score=f.num(a.by_year[y].overall))
                        for y in a.years if y in a.by_year)
    page.note(deck.t("notes-overall-history", history=history))
