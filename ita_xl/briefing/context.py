"""What every slide builder needs: the analysis, the language, number formatting and the deck.

``Deck.page`` starts a slide on the right layout and returns a :class:`Page`, which sets the
title (fitted to its placeholder), knows the free content area below it and collects the speaker
notes, so each slide module only decides what to show.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Optional

from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn

from ita_xl import messages, thai, thai_dates
from ita_xl.analysis import Analysis, IndicatorResult
from ita_xl.briefing import layout
from ita_xl.briefing.deferred import Deferred
from ita_xl.compat.pptx import new_deferred
from ita_xl.briefing.layout import Box, Para, emu
from ita_xl.briefing.palette import STYLE, Style
from ita_xl.briefing.parts import SlideMaker, placeholder_box
from ita_xl.briefing.template import Layouts, title_placeholder
from ita_xl.master.model import Period

MARGIN = emu(36)  # slide edge to content (points → EMU)
GAP = emu(12)
FOOTER = emu(30)  # band at the bottom for the footer and the draft mark

TITLE_MARGINS = (7.2, 3.6, 7.2, 3.6)  # points: what the template's title placeholders use

@dataclass
class Fmt:
    """Numbers, years, dates and catalogue text in the deck's language and digits."""

    lang: str = "th"
    thai_digits: bool = False

    def t(self, key: str, **params: Any) -> str:
        return messages.text("briefing-" + key, self.lang, **params)

    def digits(self, text: str) -> str:
        return thai.to_thai_digits(text) if self.thai_digits else text

    def num(self, value: Optional[float], decimals: int = 2, signed: bool = False) -> str:
        if value is None:
            return self.t("no-value")
        return thai.format_number(value, decimals, self.thai_digits, signed)

    def int(self, value: int) -> str:
        return self.digits(str(value))

    def year(self, be_year: int) -> str:
        """A year as the deck's language writes it: Buddhist Era in Thai, Common Era in English
        (thai_dates.year_in, the convention every writer shares). The BE year is named once, on
        the title slide (:meth:`year_both`)."""
        return self.int(thai_dates.year_in(be_year, self.lang))

    def year_both(self, be_year: int) -> str:
        """The year with its Buddhist-Era form beside it in English ('2023 (BE 2566)')."""
        return thai_dates.year_both_in(be_year, self.lang, self.thai_digits)

    def date(self, day: date) -> str:
        return thai_dates.date_in(day, self.lang, self.thai_digits)

    def month_abbr(self, month: int) -> str:
        """The short name of ``month`` (1 = January)."""
        return thai_dates.month_abbr_in(month, self.lang)

    def period(self, period: Period) -> str:
        """A measure's period: 'ต.ค. 66 – มี.ค. 67' in Thai, 'Oct 2023 – Mar 2024' in English."""
        return thai_dates.period_in(period, self.lang, self.thai_digits)

    def indicator(self, ind: IndicatorResult, numbered: bool = True) -> str:
        name = ind.name(self.lang)
        return self.t("indicator-label", n=self.int(ind.number), name=name) if numbered else name


@dataclass
class Page:
    """One slide being built: its title, free content area and notes."""

    slide: Any
    kind: str
    title: str
    content: Box
    notes: List[str] = field(default_factory=list)
    full_texts: List[str] = field(default_factory=list)  # texts shortened on the slide
    style: Style = STYLE
    deferred: Optional[Deferred] = None  # where text waits for the save (None: in the tree)

    def note(self, sentence: str) -> None:
        self.notes.append(sentence)

    def keep_full(self, text: str) -> None:
        """Remember ``text`` for the notes because the slide shows it shortened."""
        if text and text not in self.full_texts:
            self.full_texts.append(text)

    def line(self, box: Box, text: str, sizes, bold: bool = False, color: Optional[str] = None,
             align=None, anchor=MSO_ANCHOR.MIDDLE, margins=(0, 0, 0, 0)):
        """One line that never wraps (a score, a label): shrunk to fit, cut only at the floor."""
        fit = layout.fit_label(text, box, sizes, bold, margins, max_lines=1)
        if fit.truncated:
            self.keep_full(text)
        return self.text(box, [Para(fit.text, fit.size, bold, color, align)],
                         sizes=(fit.size, fit.size), anchor=anchor, margins=margins)

    def label(self, shape, text: str, sizes, bold: bool = False, color: Optional[str] = None):
        if layout.label_in(shape, text, sizes, bold, color, style=self.style,
                           deferred=self.deferred):
            self.keep_full(text)

    def text(self, box: Box, paras, **kwargs):
        """A text box (see layout.add_text); returns its ``p:sp``."""
        full = paras if isinstance(paras, str) else "\n".join(p.text for p in paras)
        sp, cut = layout.add_text(self.slide, box, paras, style=self.style,
                                  deferred=self.deferred, **kwargs)
        if cut:
            self.keep_full(full)
        return sp


@dataclass
class Deck:
    """The presentation being built and everything the slide modules share."""

    prs: Any
    layouts: Layouts
    analysis: Analysis
    fmt: Fmt
    generated: datetime
    include_findings: bool = False
    style: Style = STYLE
    pages: List[Page] = field(default_factory=list)
    table_pages: Dict[str, int] = field(default_factory=dict)
    slide_maker: SlideMaker = field(init=False, repr=False)
    deferred: Optional[Deferred] = field(default_factory=new_deferred, repr=False)  # None: in tree
    _content: Optional[Box] = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.slide_maker = SlideMaker(self.prs)

    @property
    def width(self) -> int:
        return int(self.prs.slide_width)

    @property
    def height(self) -> int:
        return int(self.prs.slide_height)

    def t(self, key: str, **params: Any) -> str:
        return self.fmt.t(key, **params)

    def page(self, kind: str, title: str) -> Page:
        """A new title-only slide with ``title`` fitted to its title placeholder."""
        new = self.slide_maker.add(self.layouts.title_only)
        page = Page(new.slide, kind, title, self._content_box(new.title_box), style=self.style,
                    deferred=self.deferred)
        if new.title is not None:
            self.fit_title(page, new.title, new.title_box, title, self.style.sizes.title)
        else:
            box = Box(MARGIN, MARGIN // 2, self.width - 2 * MARGIN, emu(56))
            page.text(box, [Para(title, bold=True, color=self.style.palette.navy)],
                      sizes=self.style.sizes.title)
        self.pages.append(page)
        return page

    def message_page(self, kind: str, title: str, message: str) -> Page:
        """A slide that says there is nothing to show (and says it in the notes too)."""
        page = self.page(kind, title)
        page.text(page.content, message, sizes=self.style.sizes.body)
        page.note(message)
        return page

    def fit_title(self, page: Page, ph, box: Box, text: str, sizes, bold: bool = True,
                  color: Optional[str] = None) -> None:
        """Write ``text`` into placeholder ``ph`` (its ``p:sp``, sitting at ``box``) at the
        largest size that fits it."""
        margins = TITLE_MARGINS
        body = ph.get_or_add_txBody()
        body_pr = body.find(qn("a:bodyPr"))
        anchor = body_pr.get("anchor")
        layout.prepare_body(body_pr, margins, MSO_ANCHOR.from_xml(anchor) if anchor else None)
        fit = layout.fit_label(text, box, sizes, bold, margins)
        if fit.truncated:
            page.keep_full(text)
        layout.write_body(body, [Para(fit.text, fit.size, bold, color)], self.style,
                          deferred=self.deferred, width=layout.inner_size(box, margins)[0])

    def content_area(self) -> Box:
        """The content area of a title-only slide (the same on every one)."""
        if self._content is None:
            ph = title_placeholder(self.layouts.title_only)
            self._content = self._content_box(None if ph is None else placeholder_box(ph))
        return self._content

    def _content_box(self, title: Optional[Box]) -> Box:
        top = MARGIN
        if title is not None and title.top < self.height // 3:
            top = title.top + title.height + GAP
        bottom = self.height - FOOTER - GAP
        return Box(MARGIN, top, self.width - 2 * MARGIN, max(emu(72), bottom - top))
