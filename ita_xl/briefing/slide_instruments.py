"""IIT / EIT / OIT: one card per instrument with its score, change, weight and indicators."""
from __future__ import annotations

from typing import Optional

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl.briefing import layout, story, textfit
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu

CODES = ("IIT", "EIT", "OIT")
NAME_SIZES = (18.0, 12.0)
ROW_MARGINS = (2.0, 0.0, 2.0, 0.0)


def instrument_score(deck: Deck, code: str, year: Optional[int]) -> Optional[float]:
    if year is None or year not in deck.analysis.by_year:
        return None
    return deck.analysis.by_year[year].instruments.get(code)


def build(deck: Deck) -> Page:
    a, f = deck.analysis, deck.fmt
    page = deck.page("instruments", deck.t("instruments-title", year=f.year(a.fiscal_year)))
    codes = [c for c in CODES if any(i.instrument == c for i in a.indicators)] or list(CODES)
    boxes = page.content.split_h([1.0] * len(codes), gap=emu(18))
    for code, box in zip(codes, boxes):
        _card(deck, page, code, box)
    return page


def _card(deck: Deck, page: Page, code: str, box: Box) -> None:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    inst = next((i for i in a.framework.instruments if i.code == code), None)
    score = instrument_score(deck, code, a.fiscal_year)
    prev = instrument_score(deck, code, a.previous_year)
    layout.add_rect(page.slide, box, pal.mist, None, MSO_SHAPE.RECTANGLE)
    head, body = box.take_top(emu(48))
    band = layout.add_rect(page.slide, head, pal.navy, None)
    weight = deck.t("weight", weight=f.num(inst.weight, 0)) if inst else ""
    page.label(band, f"{code}  {weight}".strip(), (26, 14), True, pal.paper)
    inner = body.inset(emu(12), emu(8))
    name_box, big, change_box, line_box, rest = inner.split_v([0.13, 0.18, 0.09, 0.09, 0.51],
                                                              gap=emu(4))
    name = inst.name_en if (inst and f.lang == "en") else (inst.name_th if inst else code)
    page.text(name_box, [Para(name, color=pal.grey)], sizes=(20, 14),
              anchor=MSO_ANCHOR.MIDDLE, align=PP_ALIGN.CENTER)
    page.line(big, f.num(score), (64, 28), True, pal.navy, PP_ALIGN.CENTER)
    if score is not None and prev is not None:
        diff = score - prev
        colour = pal.green if diff >= 0 else pal.red
        page.line(change_box, deck.t("change-from", year=f.year(a.previous_year),
                                     change=f.num(diff, signed=True)), (20, 13), False, colour,
                  PP_ALIGN.CENTER)
    line = level_line(deck, code)
    if line is not None:
        page.line(line_box, line[0], (26, 14), False, line[1], PP_ALIGN.CENTER)
    layout.add_line(page.slide, rest.left, rest.top, rest.right, rest.top, pal.line)
    items = [ind for ind in a.indicators if ind.instrument == code]
    rows_box = Box(rest.left, rest.top + emu(6), rest.width, rest.height - emu(6))
    _indicator_rows(deck, page, rows_box, items, _most_items(deck))
    page.note(_sentence(deck, code, name, score, prev, items))
    if line is not None:
        page.note(line[2])


def level_line(deck: Deck, code: str):
    """(text, colour, note) of the next level's line for instrument ``code``, as the analysis
    computed it; None when the next level sets no line for it (or there is no next level)."""
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    nxt = a.next_level
    gap = next((g for g in nxt.instruments if g.code == code), None) if nxt else None
    if gap is None:
        return None
    line = f.num(gap.line, 0)
    if gap.gap is None or gap.gap > 0:
        text, colour = deck.t("instrument-line-short", line=line, gap=f.num(gap.gap)), pal.red
    else:
        text, colour = deck.t("instrument-line-met", line=line), pal.green
    note = deck.t("notes-instrument-line", level=nxt.label(f.lang), code=code, line=line,
                  state=text)
    return text, colour, note


def _most_items(deck: Deck) -> int:
    counts = [sum(1 for i in deck.analysis.indicators if i.instrument == c) for c in CODES]
    return max(counts + [1])


def _split_row(deck: Deck, row: Box, size: float):
    """Name and score columns: the score gets exactly the room a score needs at ``size``."""
    score_w = layout.line_width(deck.fmt.num(100.0), size, True)
    return row.split_h([row.width - score_w, score_w], gap=emu(4))


def _name_size(deck: Deck, box: Box, slots: int) -> float:
    """One type size for every indicator name on the slide: the largest at which every name
    fits its row in at most two lines (beside a score column sized for that type size)."""
    row = Box(box.left, box.top, box.width, min(box.height // slots, emu(48)))
    size = NAME_SIZES[0]
    while size > NAME_SIZES[1]:
        name_box = _split_row(deck, row, size)[0]
        width, height = layout.inner_size(name_box, ROW_MARGINS)
        if all(_fits(textfit.line_count(deck.fmt.indicator(i), width, size), size, height)
               for i in deck.analysis.indicators):
            break
        size -= 1
    return size


def _fits(lines: int, size: float, height: float) -> bool:
    return lines <= 2 and lines * textfit.line_height(size) <= height


def _indicator_rows(deck: Deck, page: Page, box: Box, items, slots: int) -> None:
    """One row per indicator: its name (wrapping to two lines if it must) and its score."""
    f, pal = deck.fmt, deck.style.palette
    row_h = min(box.height // slots, emu(48))
    size = _name_size(deck, box, slots)
    for k, ind in enumerate(items):
        row = Box(box.left, box.top + k * row_h, box.width, row_h)
        name_box, score_box = _split_row(deck, row, size)
        weak = story.tone(deck.analysis, ind) == story.WEAK
        colour = pal.red if weak else pal.ink
        fit = layout.fit_label(f.indicator(ind), name_box, (size, size), False, ROW_MARGINS,
                               max_lines=2)
        if fit.truncated:
            page.keep_full(f.indicator(ind))
        page.text(name_box, [Para(fit.text, size, color=colour)], sizes=(size, size),
                  anchor=MSO_ANCHOR.MIDDLE, margins=ROW_MARGINS)
        page.line(score_box, f.num(ind.current), (size, size - 4), True, colour,
                  PP_ALIGN.RIGHT, margins=(2, 0, 2, 0))


def _sentence(deck: Deck, code: str, name: str, score, prev, items) -> str:
    a, f = deck.analysis, deck.fmt
    text = deck.t("notes-instrument", code=code, name=name, score=f.num(score),
                  year=f.year(a.fiscal_year))
    if score is not None and prev is not None:
        text += " " + deck.t("notes-change", change=f.num(score - prev, signed=True),
                             prev=f.year(a.previous_year))
    parts = ", ".join(deck.t("indicator-score", indicator=f.indicator(i), score=f.num(i.current))
                      for i in items)
    if parts:
        text += " " + deck.t("notes-instrument-items", items=parts)
    return text
