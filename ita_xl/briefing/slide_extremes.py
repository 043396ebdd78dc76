"""Strongest and weakest indicators side by side, with ranks, changes and why a weak one is weak."""
from __future__ import annotations

from typing import List

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl.analysis import IndicatorResult
from ita_xl.briefing import layout
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu

COUNT = 3


def build(deck: Deck) -> Page:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    page = deck.page("extremes", deck.t("extremes-title", year=f.year(a.fiscal_year)))
    left, right = page.content.split_h([1, 1], gap=emu(24))
    strong, weak = a.strongest(COUNT), a.weakest(COUNT)
    count = f.int(COUNT)
    _column(deck, page, left, deck.t("strongest", count=count), strong, pal.green, weak=False)
    _column(deck, page, right, deck.t("weakest", count=count), weak, pal.red, weak=True)
    return page


def _column(deck: Deck, page: Page, box: Box, heading: str, items: List[IndicatorResult],
            colour: str, weak: bool) -> None:
    pal = deck.style.palette
    head, body = box.take_top(emu(44), gap=emu(10))
    band = layout.add_rect(page.slide, head, colour, None)
    page.label(band, heading, (24, 14), True, pal.paper)
    if not items:
        page.text(body, deck.t("no-scores"), sizes=deck.style.sizes.body)
        return
    rows = body.split_v([1.0] * COUNT, gap=emu(10))
    for ind, row in zip(items, rows):
        _item(deck, page, row, ind, colour, weak)


def _item(deck: Deck, page: Page, box: Box, ind: IndicatorResult, colour: str,
          weak: bool) -> None:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    layout.add_rect(page.slide, box, pal.mist, None)
    layout.add_rect(page.slide, Box(box.left, box.top, emu(8), box.height), colour, None)
    inner = Box(box.left + emu(16), box.top + emu(4), box.width - emu(22), box.height - emu(8))
    score_w = min(layout.line_width(f.num(100.0), 44, True), int(inner.width * 0.4))
    text_box, score_box = inner.split_h([inner.width - score_w, score_w], gap=emu(6))
    iy = ind.years.get(a.fiscal_year)
    details = []
    if iy and iy.rank:
        details.append(deck.t("rank", rank=f.int(iy.rank), of=f.int(len(a.indicators))))
    if iy and iy.change_prev is not None and a.previous_year is not None:
        details.append(deck.t("change-from", year=f.year(a.previous_year),
                              change=f.num(iy.change_prev, signed=True)))
    reasons = [deck.t("reason-" + r, mark=f.num(a.pass_mark, 0), three=f.int(3))
               for r in ind.weak_reasons] if weak else []
    name_room = Box(text_box.left, text_box.top, text_box.width, int(text_box.height * 0.55))
    name = layout.fit_label(f.indicator(ind), name_room, (24, 14), True, max_lines=2,
                            shrink_floor=20)
    if name.truncated:
        page.keep_full(f.indicator(ind))
    paras = [Para(name.text, name.size, True, pal.navy)]
    if details:
        paras.append(Para(" · ".join(details), color=pal.grey))
    if reasons:
        paras.append(Para(" · ".join(reasons), color=pal.red))
    page.text(text_box, paras, sizes=(20, 11), anchor=MSO_ANCHOR.MIDDLE)
    page.line(score_box, f.num(ind.current), (48, 20), True, colour, PP_ALIGN.RIGHT,
              margins=(0, 0, 2, 0))
    sentence = deck.t("notes-extreme-weak" if weak else "notes-extreme-strong",
                      indicator=f.indicator(ind), score=f.num(ind.current))
    extra = " ".join(details + reasons)
    page.note(f"{sentence} {extra}".strip())
