"""What moved since the previous year: the indicators that rose most and those that fell.

Colours follow the analysis' reading of each indicator (weak, improving, steady), so a score that
rose and passes is never painted as an alarm; what to fix first is the next slide's one list.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl.analysis import IndicatorResult
from ita_xl.briefing import layout, story
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu

COUNT = 3
CARD_SIZES = (28.0, 16.0)  # one size for every line of a card


def change_of(deck: Deck, ind: IndicatorResult) -> Optional[float]:
    entry = ind.years.get(deck.analysis.fiscal_year)
    return entry.change_prev if entry is not None else None


def movers(deck: Deck):
    """(rose, fell): up to three of each, the largest moves first."""
    moved = [(change_of(deck, i), i) for i in deck.analysis.indicators]
    rose = sorted([m for m in moved if m[0] is not None and m[0] > 0],
                  key=lambda m: (-m[0], m[1].number))
    fell = sorted([m for m in moved if m[0] is not None and m[0] < 0],
                  key=lambda m: (m[0], m[1].number))
    return [i for _c, i in rose[:COUNT]], [i for _c, i in fell[:COUNT]]


def build(deck: Deck) -> Page:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    prev = a.previous_year
    if prev is None:
        return deck.message_page("movers", deck.t("movers-title-one", year=f.year(a.fiscal_year)),
                                 deck.t("movers-no-previous"))
    page = deck.page("movers", deck.t("movers-title", prev=f.year(prev),
                                      year=f.year(a.fiscal_year)))
    rose, fell = movers(deck)
    left, right = page.content.split_h([1, 1], gap=emu(24))
    columns = [(left, deck.t("movers-rose", count=f.int(len(rose))), rose, pal.green,
                deck.t("movers-none-rose")),
               (right, deck.t("movers-fell", count=f.int(len(fell))), fell, pal.red,
                deck.t("movers-none-fell"))]
    cards = [(ind, row) for box, _h, items, _c, _e in columns
             for ind, row in zip(items, _rows(box))]
    size = min((_fitted_size(deck, row, ind) for ind, row in cards), default=CARD_SIZES[0])
    for box, heading, items, colour, empty in columns:
        _column(deck, page, box, heading, items, colour, empty, size)
    return page


def _rows(box: Box) -> List[Box]:
    _head, body = box.take_top(emu(44), gap=emu(10))
    return body.split_v([1.0] * COUNT, gap=emu(10))


def _column(deck: Deck, page: Page, box: Box, heading: str, items: List[IndicatorResult],
            colour: str, empty: str, size: float) -> None:
    pal = deck.style.palette
    head, body = box.take_top(emu(44), gap=emu(10))
    band = layout.add_rect(page.slide, head, colour, None)
    page.label(band, heading, (30, 18), True, pal.paper)
    if not items:
        page.text(body, [Para(empty, color=pal.grey)], sizes=deck.style.sizes.body)
        page.note(empty)
        return
    for ind, row in zip(items, _rows(box)):
        _item(deck, page, row, ind, size)


def _boxes(box: Box, deck: Deck) -> Tuple[Box, Box]:
    """The text and the change number of a card."""
    inner = Box(box.left + emu(16), box.top + emu(4), box.width - emu(22), box.height - emu(8))
    score_w = min(layout.line_width(deck.fmt.num(-10.0, signed=True), 60, True),
                  int(inner.width * 0.4))
    text_box, score_box = inner.split_h([inner.width - score_w, score_w], gap=emu(6))
    return text_box, score_box


def _paras(deck: Deck, ind: IndicatorResult) -> Tuple[List[Para], List[str]]:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    prev = ind.years.get(a.previous_year)
    details = [deck.t("movers-from-to", prev=f.num(prev.score if prev else None),
                      score=f.num(ind.current))]
    entry = ind.years.get(a.fiscal_year)
    if entry is not None and entry.rank:
        details.append(deck.t("rank", rank=f.int(entry.rank), of=f.int(len(a.indicators))))
    return [Para(f.indicator(ind), None, True, pal.navy),
            Para(" · ".join(details), color=pal.grey)], details


def _fitted_size(deck: Deck, box: Box, ind: IndicatorResult) -> float:
    """The size the card's text would take on its own (the slide uses the smallest of them,
    so every card reads at one size)."""
    text_box, _score = _boxes(box, deck)
    width, height = layout.inner_size(text_box, layout.TEXT_MARGINS)
    fitted, _cut = layout.fit_paragraphs(_paras(deck, ind)[0], width, height, CARD_SIZES)
    return min(p.size or CARD_SIZES[1] for p in fitted)


def _item(deck: Deck, page: Page, box: Box, ind: IndicatorResult, size: float) -> None:
    f, pal = deck.fmt, deck.style.palette
    colour = story.tone_colour(deck, ind)
    layout.add_rect(page.slide, box, pal.mist, None)
    layout.add_rect(page.slide, Box(box.left, box.top, emu(8), box.height), colour, None)
    text_box, score_box = _boxes(box, deck)
    big = f.num(change_of(deck, ind), signed=True)
    paras, details = _paras(deck, ind)
    page.text(text_box, paras, sizes=(size, CARD_SIZES[1]), anchor=MSO_ANCHOR.MIDDLE)
    page.line(score_box, big, (60, 24), True, colour, PP_ALIGN.RIGHT, margins=(0, 0, 2, 0))
    page.note(deck.t("notes-mover", indicator=f.indicator(ind), change=big,
                     details=" · ".join(details)))
