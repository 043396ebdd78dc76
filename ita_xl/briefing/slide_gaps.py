"""Gaps to the target and the priorities: what closing each gap is worth in overall points."""
from __future__ import annotations

from typing import List

from pptx.enum.text import PP_ALIGN

from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.paged import table_slides
from ita_xl.briefing.tables import Column, TableSpec

R, C = PP_ALIGN.RIGHT, PP_ALIGN.CENTER


def build(deck: Deck) -> List[Page]:
    a, f = deck.analysis, deck.fmt
    items = a.priorities
    title = deck.t("gaps-title", target=f.num(a.target))
    if not items:
        return [deck.message_page("gaps", title, deck.t("gaps-none", target=f.num(a.target)))]
    spec = TableSpec([
        Column(deck.t("col-priority"), 0.9, C, True, widest=f.int(len(items))),
        Column(deck.t("col-indicator"), 3.6),
        Column(deck.t("col-score", year=f.year(a.fiscal_year)), 1.3, R, widest=f.num(100.0)),
        Column(deck.t("col-target"), 1.2, R, widest=f.num(100.0)),
        Column(deck.t("col-gap"), 1.4, R, widest=f.num(100.0)),
        Column(deck.t("col-weight"), 1.2, R, widest=f.num(100.0)),
        Column(deck.t("col-worth"), 1.7, R, True, widest=f.num(100.0)),
    ])
    rows = []
    for ind in items:
        gap = ind.gap_target
        rows.append([f.int(ind.priority or 0), f.indicator(ind), f.num(ind.current),
                     f.num(gap.target if gap else ind.target), f.num(gap.gap if gap else None),
                     f.num(ind.weight), f.num(gap.worth if gap else None)])
    total = sum(i.gap_target.worth for i in items if i.gap_target)
    caption = deck.t("gaps-caption", total=f.num(total), count=f.int(len(items)))

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        out = [caption] if number == 1 else []
        for ind in items[first:last]:
            gap = ind.gap_target
            out.append(deck.t("notes-gap", priority=f.int(ind.priority or 0),
                              indicator=f.indicator(ind), score=f.num(ind.current),
                              gap=f.num(gap.gap if gap else None),
                              worth=f.num(gap.worth if gap else None)))
        return out

    return table_slides(deck, "gaps", title, spec, rows, notes, caption)
