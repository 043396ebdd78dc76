"""Slides that carry a table over as many pages as it needs, each saying where it stands."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, List, Optional, Sequence

from pptx.enum.text import MSO_ANCHOR

from ita_xl.briefing import tables
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Para, emu

CAPTION = 30  # points for the caption line above the table
WIDE_SLIDE = 12192000  # EMU width of a 16:9 slide (13.333 in)
MIN_TABLE_SIZE = 13

PageNotes = Callable[[int, int, int, int], List[str]]  # (page, pages, first, last) -> sentences


def table_slides(deck: Deck, kind: str, title: str, spec: tables.TableSpec,
                 rows: Sequence[Sequence[str]], notes: PageNotes,
                 caption: Optional[str] = None,
                 emphasis: Optional[Sequence[Optional[str]]] = None) -> List[Page]:
    """One slide per table page; later pages are titled as continuations, all but the last say
    the table continues, and every page repeats the header row."""
    scale = min(1.0, deck.width / WIDE_SLIDE)  # a narrower (4:3) template gets smaller type
    spec = replace(spec, size=max(MIN_TABLE_SIZE, round(spec.size * scale)),
                   header_size=max(MIN_TABLE_SIZE, round(spec.header_size * scale)))
    area = deck.content_area()
    if caption:
        _cap, area = area.take_top(emu(CAPTION), gap=emu(4))
    table_pages = tables.paginate_fitting(spec, rows, area)
    total = len(table_pages)
    deck.table_pages[kind] = total
    out, first = [], 0
    for number, tpage in enumerate(table_pages, start=1):
        page_title = title if total == 1 else deck.t(
            "page-of" if number == 1 else "continued-title", title=title,
            page=deck.fmt.int(number), pages=deck.fmt.int(total))
        page = deck.page(kind, page_title)
        body = page.content
        if caption:
            cap, body = body.take_top(emu(CAPTION), gap=emu(4))
            page.text(cap, [Para(caption, color=deck.style.palette.grey)],
                      sizes=deck.style.sizes.label, anchor=MSO_ANCHOR.MIDDLE)
        last = first + len(tpage.rows)
        tables.draw(page.slide, body, spec, tpage, deck.style,
                    emphasis[first:last] if emphasis else None, deck.deferred)
        if number < total:
            tables.continued_mark(page, body, deck.t("continues"), deck.style)
        for full in tpage.shortened:
            page.keep_full(full)
        for sentence in notes(number, total, first, last):
            page.note(sentence)
        out.append(page)
        first = last
    return out
