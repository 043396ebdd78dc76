"""The opening slide: the assessment and fiscal year, the agency, the meeting and its date."""
from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR

from ita_xl.briefing import layout
from ita_xl.briefing.context import MARGIN, TITLE_MARGINS, Deck, Page
from ita_xl.briefing.layout import Box, Para
from ita_xl.briefing.parts import placeholder_box
from ita_xl.briefing.template import subtitle_placeholder, title_placeholder


def build(deck: Deck) -> Page:
    a, f = deck.analysis, deck.fmt
    title = deck.t("title-main", year=f.year_both(a.fiscal_year))
    slide = deck.prs.slides.add_slide(deck.layouts.title)
    page = Page(slide, "title", title, Box(0, 0, deck.width, deck.height), style=deck.style,
                deferred=deck.deferred)
    deck.pages.append(page)
    lines = _subtitle_lines(deck)
    ph = title_placeholder(slide)
    sub = subtitle_placeholder(slide)
    if ph is not None:
        deck.fit_title(page, ph.element, placeholder_box(ph), title,
                       deck.style.sizes.deck_title, color=None)
    else:
        page.text(Box(MARGIN, MARGIN, deck.width - 2 * MARGIN, deck.height // 3),
                  [Para(title, bold=True)], sizes=deck.style.sizes.deck_title)
    if sub is not None:
        _fill_subtitle(page, sub, lines, deck)
    else:
        top = deck.height // 2
        page.text(Box(MARGIN, top, deck.width - 2 * MARGIN, deck.height - top - MARGIN), lines,
                  sizes=deck.style.sizes.subtitle)
    page.note(deck.t("notes-title", agency=a.agency, year=f.year(a.fiscal_year),
                     plan=f.year(a.plan_year)))
    if a.meeting_date:
        page.note(deck.t("notes-title-meeting", date=f.date(a.meeting_date)))
    return page


def _subtitle_lines(deck: Deck):
    a, f = deck.analysis, deck.fmt
    lines = [Para(a.agency, bold=True)]
    if a.province:
        lines.append(Para(deck.t("province", province=a.province)))
    lines.append(Para(deck.t("title-plan", plan=f.year(a.plan_year))))
    when = f.date(a.meeting_date) if a.meeting_date else f.date(deck.generated.date())
    key = "title-meeting" if a.meeting_date else "title-prepared-on"
    lines.append(Para(deck.t(key, date=when), space_before=6))
    if a.prepared_by_unit:
        lines.append(Para(deck.t("prepared-by", unit=a.prepared_by_unit)))
    return lines


def _fill_subtitle(page: Page, ph, lines, deck: Deck) -> None:
    """The agency's name large, the other lines a step smaller; shrink both until all fit."""
    margins = TITLE_MARGINS
    layout.prepare_frame(ph, margins, MSO_ANCHOR.TOP)
    box = placeholder_box(ph)
    width, height = layout.inner_size(box, margins)
    largest, smallest = deck.style.sizes.subtitle
    head = float(largest)
    while True:
        rest = max(head - 6, smallest - 6)
        sized = [Para(p.text, head if i == 0 else rest, i == 0, p.color, p.align, p.space_before)
                 for i, p in enumerate(lines)]
        fitted, cut = layout.fit_paragraphs(sized, width, height, (rest, rest))
        if not cut or head <= smallest - 6:
            break
        head -= 1
    if cut:
        page.keep_full("\n".join(p.text for p in lines))
    layout.write_paragraphs(ph, fitted, deck.style, width=width)
