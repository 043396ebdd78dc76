"""What to fix first and what it is worth: the analysis' one priority list, with its reasons.

The title names no target: each row carries its own (an indicator may have one of its own), so
the slide never states a target that a row contradicts.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List

from pptx.enum.text import PP_ALIGN

from ita_xl.briefing import story, tables
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import emu
from ita_xl.briefing.paged import CAPTION, table_slides
from ita_xl.briefing.tables import Column, TableSpec

R, C = PP_ALIGN.RIGHT, PP_ALIGN.CENTER
KIND = "priorities"
TABLE_SIZE = 24.0  # few rows: the list the meeting acts on, read from the back of the room


def build(deck: Deck) -> List[Page]:
    a, f = deck.analysis, deck.fmt
    items = story.fix_first(a)
    title = deck.t("gaps-title")
    if not items:
        return [deck.message_page(KIND, title, deck.t("gaps-none"))]
    spec = TableSpec([
        Column(deck.t("col-priority"), 0.8, C, True, widest=f.int(len(items))),
        Column(deck.t("col-indicator"), 3.3),
        Column(deck.t("col-score", year=f.year(a.fiscal_year)), 1.1, R, widest=f.num(100.0)),
        Column(deck.t("col-target"), 1.1, R, widest=f.num(100.0)),
        Column(deck.t("col-short"), 1.0, R, widest=f.num(100.0)),
        Column(deck.t("col-adds"), 1.4, R, True, widest=f.num(100.0)),
        Column(deck.t("col-why"), 3.0),
    ])
    rows, colours = [], []
    for ind in items:
        gap = ind.gap_target
        rows.append([f.int(ind.priority or 0), f.indicator(ind), f.num(ind.current),
                     f.num(gap.target if gap else ind.target), f.num(gap.gap if gap else None),
                     f.num(gap.worth if gap else None),
                     " · ".join(story.reason_texts(deck, ind)) or deck.t("no-value")])
        colours.append(deck.style.palette.red if story.tone(a, ind) == story.WEAK else None)
    total = sum(i.gap_target.worth for i in items if i.gap_target)
    caption = deck.t("gaps-caption", total=f.num(total), count=f.int(len(items)))

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        out = [caption] if number == 1 else []
        for ind in items[first:last]:
            gap = ind.gap_target
            out.append(deck.t("notes-gap", priority=f.int(ind.priority or 0),
                              indicator=f.indicator(ind), score=f.num(ind.current),
                              target=f.num(gap.target if gap else ind.target),
                              gap=f.num(gap.gap if gap else None),
                              worth=f.num(gap.worth if gap else None)))
        return out

    return table_slides(deck, KIND, title, _one_page(deck, spec, rows), rows, notes, caption,
                        colours)


def _one_page(deck: Deck, spec: TableSpec, rows) -> TableSpec:
    """The largest type (down to the deck's table size) at which the list fits one slide."""
    _cap, area = deck.content_area().take_top(emu(CAPTION), gap=emu(4))
    size = TABLE_SIZE
    while size > spec.size:
        sized = replace(spec, size=size, header_size=size)
        if len(tables.paginate_fitting(sized, rows, area)) == 1:
            return sized
        size -= 2
    return spec
