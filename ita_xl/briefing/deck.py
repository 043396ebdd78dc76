"""Assemble the briefing: slides in meeting order, footers, the draft mark, notes, and the file."""
from __future__ import annotations

import gc
import io
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl.analysis import Analysis
from ita_xl.briefing import (
    layout, package, parts, slide_comparison, slide_findings, slide_followup, slide_gaps,
    slide_instruments, slide_measures, slide_movers, slide_overall, slide_recommendations,
    slide_timeline, slide_title,
)
from ita_xl.briefing.context import FOOTER, MARGIN, Deck, Fmt, Page
from ita_xl.briefing.layout import Box, Para, emu
from ita_xl.briefing.template import find_layouts, open_template

_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)([^<]*)(</dcterms:)")
_CORE = "docProps/core.xml"
NUMBER_WIDTH = emu(60)
DRAFT_WIDTH = emu(170)

# One argument, in meeting order: where we stand (overall and level, instruments), what moved,
# what to fix first and what it is worth (with the assessors' advice), the measures with owners
# and dates, the follow-up; the open findings only on request (--include-findings).
SLIDES: List[Callable[[Deck], object]] = [
    slide_title.build, slide_overall.build, slide_instruments.build, slide_comparison.build,
    slide_movers.build, slide_gaps.build, slide_recommendations.build, slide_measures.build,
    slide_timeline.build, slide_followup.build, slide_findings.build,
]


@dataclass
class BriefingResult:
    """What was written: where, how many slides, their titles and kinds, table page counts."""

    path: Path
    slide_count: int
    titles: List[str]
    kinds: List[str] = field(default_factory=list)
    table_pages: Dict[str, int] = field(default_factory=dict)


def build_briefing(analysis: Analysis, dest: Path, lang: str = "th",
                   template: Optional[Path] = None, thai_digits: bool = False,
                   generated: Optional[datetime] = None,
                   include_findings: bool = False) -> BriefingResult:
    """Write the department-head briefing for ``analysis`` to ``dest`` (.pptx).

    ``template`` is an agency's own .pptx whose layouts are found by kind (TemplateInvalid when
    it cannot be used); ``thai_digits`` prints numbers in Thai digits; ``generated`` stamps the
    document properties (defaults to now); ``include_findings`` adds the open findings about
    the master itself (by default they go only to the summary workbook and the findings sheet).
    """
    with _collector_paused():
        prs = open_template(template, lang)
        deck = Deck(prs, find_layouts(prs), analysis, Fmt(lang, thai_digits),
                    generated or datetime.now().replace(microsecond=0),
                    include_findings=include_findings)
        for build in SLIDES:
            build(deck)
        _finish(deck)
        _set_properties(deck)
        _stamp_chart_workbooks(prs, deck.generated)
        dest = Path(dest)
        dest.write_bytes(package.save(prs, deck.generated, deck.deferred))
    return BriefingResult(dest, len(deck.pages), [p.title for p in deck.pages],
                          [p.kind for p in deck.pages], dict(deck.table_pages))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building makes hundreds of thousands of objects that all live until the save; the cyclic
    collector's passes over them (and over everything the caller holds) find nothing to free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _set_properties(deck: Deck) -> None:
    props = deck.prs.core_properties
    props.title = (deck.pages[0].title if deck.pages else "")[:255]  # the field's limit
    props.subject = deck.analysis.agency[:255]
    props.author = props.last_modified_by = (deck.analysis.prepared_by or "ita-xl")[:255]
    props.created = props.modified = deck.generated
    props.revision = 1


def _finish(deck: Deck) -> None:
    total = len(deck.pages)
    notes = parts.NotesMaker(deck.prs)
    for number, page in enumerate(deck.pages, start=1):
        if page.kind != "title":
            _footer(deck, page, number, total)
        if deck.analysis.draft:
            _draft_mark(deck, page)
        _write_notes(deck, page, notes)


def _footer(deck: Deck, page: Page, number: int, total: int) -> None:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    band = Box(MARGIN, deck.height - FOOTER, deck.width - 2 * MARGIN, FOOTER - emu(6))
    right = Box(band.right - NUMBER_WIDTH, band.top, NUMBER_WIDTH, band.height)
    reserved = NUMBER_WIDTH + (DRAFT_WIDTH + emu(12) if a.draft else 0) + emu(12)
    left = Box(band.left, band.top, band.width - reserved, band.height)
    size = deck.style.sizes.footer
    page.text(left, [Para(deck.t("footer", agency=a.agency, year=f.year(a.fiscal_year)),
                          color=pal.grey)], sizes=(size, size - 3), anchor=MSO_ANCHOR.MIDDLE,
              margins=(0, 0, 0, 0))
    page.text(right, [Para(deck.t("slide-number", n=f.int(number), total=f.int(total)),
                           color=pal.grey, align=PP_ALIGN.RIGHT)], sizes=(size, size - 3),
              anchor=MSO_ANCHOR.MIDDLE, margins=(0, 0, 0, 0))


def _draft_mark(deck: Deck, page: Page) -> None:
    """A red DRAFT label in the footer band, left of the slide number (inside every slide)."""
    pal = deck.style.palette
    height = FOOTER - emu(8)
    left = deck.width - MARGIN - NUMBER_WIDTH - emu(12) - DRAFT_WIDTH
    box = Box(left, deck.height - FOOTER, DRAFT_WIDTH, height)
    shape = layout.add_rect(page.slide, box, pal.red, None, MSO_SHAPE.ROUNDED_RECTANGLE)
    shape.name = "DRAFT"
    page.label(shape, deck.t("draft"), (deck.style.sizes.footer + 1, 9), True, pal.paper)


def _write_notes(deck: Deck, page: Page, notes: parts.NotesMaker) -> None:
    sentences = list(page.notes)
    if page.full_texts:
        sentences.append(deck.t("notes-full-texts"))
        sentences.extend(page.full_texts)
    if deck.analysis.draft:
        sentences.insert(0, deck.t("notes-draft"))
    body = notes.text_body(page.slide)
    if body is not None:
        layout.write_body(body, [Para(s, deck.style.sizes.small + 2) for s in sentences],
                          deck.style, deferred=deck.deferred, breaks=False)


def _stamp_chart_workbooks(prs, when: datetime) -> None:
    """The workbooks inside the charts carry the time they were written: make it ``when`` (the
    deck's own charts are stamped as they are made; this catches any other)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def restamp(data: bytes) -> bytes:
        return _W3CDTF.sub(lambda m: m.group(1) + stamp + m.group(3), data)

    for part in prs.part.package.iter_parts():
        if not str(part.partname).endswith(".xlsx"):
            continue
        src = zipfile.ZipFile(io.BytesIO(part.blob))
        core = src.read(_CORE) if _CORE in src.namelist() else b""
        if core and restamp(core) == core:
            continue  # stamped already: rewriting it would give the same bytes
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename == _CORE:
                    data = restamp(data)
                dest.writestr(info, data)
        part.blob = out.getvalue()
