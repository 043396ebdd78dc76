"""A timeline of the measures over the plan fiscal year (October to September), drawn natively.

Twelve month columns, one bar per measure — or per indicator when there are more measures than
rows fit — from each parsed period clipped to the year. Measures without a readable period, or
wholly outside the year, are listed under the chart instead of being silently dropped.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Optional, Tuple

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl import thai
from ita_xl.analysis import MeasureView
from ita_xl.briefing import layout
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu, pt
from ita_xl.master.model import Period
from ita_xl.measure_status import CANCELLED, DONE, IN_PROGRESS, NOT_STARTED

ROW_MIN, ROW_MAX = 28.0, 44.0  # points per bar row
NUMBERED = re.compile(r"^\s*[0-9\u0e50-\u0e59]+\s*[.)]\s*")  # staff's own numbering
LABEL_SHARE = 0.32
LABEL_SIZES = (24.0, 16.0)
LEGEND_SIZE = 18.0
LABEL_MARGINS = (2.0, 0.0, 2.0, 0.0)


@dataclass
class Row:
    label: str
    span: Optional[Tuple[date, date]]  # clipped to the fiscal year
    colour: str
    note: str


def clip(start: date, end: date, bounds: Tuple[date, date]) -> Optional[Tuple[date, date]]:
    lo, hi = max(start, bounds[0]), min(end, bounds[1])
    return (lo, hi) if lo <= hi else None


def month_position(day: date, first: date, end_of_day: bool = False) -> float:
    """Months (as a float) from the start of the fiscal year to ``day``."""
    index = (day.year - first.year) * 12 + day.month - first.month
    days = calendar.monthrange(day.year, day.month)[1]
    return index + (day.day - (0 if end_of_day else 1)) / days


def status_colour(deck: Deck, m: MeasureView) -> str:
    """The bar colour of the measure's status value (analysis reads the status once); cancelled
    measures are pale, outlined (:func:`_outline`), apart from the dark grey of "no status"."""
    pal = deck.style.palette
    return {DONE: pal.green, IN_PROGRESS: pal.orange, NOT_STARTED: pal.blue,
            CANCELLED: pal.line}.get(m.status_value or "", pal.grey)


def _outline(deck: Deck, colour: str) -> Optional[str]:
    """Pale bars (cancelled) get a grey outline so they stay visible on the month bands."""
    pal = deck.style.palette
    return pal.grey if colour == pal.line else None


def build(deck: Deck) -> Page:
    a, f = deck.analysis, deck.fmt
    bounds = thai.fiscal_year_bounds(a.plan_year)
    page = deck.page("timeline", deck.t("timeline-title", plan=f.year(a.plan_year)))
    missing = [k for k, m in enumerate(a.measures, 1) if m.period is None]
    outside = [k for k, m in enumerate(a.measures, 1)
               if m.period is not None and clip(m.period.start, m.period.end, bounds) is None]
    chart, foot = _split_footer(page.content)
    rows_box = _below_header(chart)
    capacity = max(1, int(pt(rows_box.height) // ROW_MIN))
    per_measure = len(a.measures) <= capacity
    rows = _measure_rows(deck, bounds) if per_measure else _group_rows(deck, bounds)
    _draw_grid(deck, page, chart, rows_box, bounds)
    _draw_rows(deck, page, rows, rows_box, bounds)
    notes_box, legend_box = foot.split_h([0.62, 0.38], gap=emu(12))
    if per_measure and rows:
        _legend(deck, page, Box(legend_box.left, legend_box.top, legend_box.width, emu(26)),
                any(r.colour == deck.style.palette.grey for r in rows),
                any(r.colour == deck.style.palette.line for r in rows))
    _footer(deck, page, notes_box, missing, outside)
    page.note(deck.t("notes-timeline", plan=f.year(a.plan_year), count=f.int(len(a.measures)),
                     start=f.date(bounds[0]), end=f.date(bounds[1])))
    if not per_measure:
        page.note(deck.t("notes-timeline-grouped", groups=f.int(len(rows))))
    for row in rows:
        page.note(row.note)
    return page


def _split_footer(box: Box) -> Tuple[Box, Box]:
    foot_h = emu(52)
    return (Box(box.left, box.top, box.width, box.height - foot_h - emu(6)),
            Box(box.left, box.bottom - foot_h, box.width, foot_h))


def _below_header(box: Box) -> Box:
    """Where the bars go: under the month header of the chart area."""
    header = emu(50)
    return Box(box.left, box.top + header, box.width, box.height - header)


def _columns(box: Box) -> Tuple[Box, Box]:
    label_w = int(box.width * LABEL_SHARE)
    return (Box(box.left, box.top, label_w, box.height),
            Box(box.left + label_w, box.top, box.width - label_w, box.height))


def _draw_grid(deck: Deck, page: Page, box: Box, rows_box: Box, bounds) -> None:
    pal, f = deck.style.palette, deck.fmt
    _, months = _columns(box)
    col_w = months.width / 12.0
    first = bounds[0]
    year_row = Box(months.left, box.top, months.width, emu(22))
    for k in range(12):
        x = int(months.left + k * col_w)
        w = int(months.left + (k + 1) * col_w) - x
        if k % 2 == 0:
            layout.add_rect(page.slide, Box(x, rows_box.top, w, rows_box.height), pal.mist, None)
        month = (first.month - 1 + k) % 12
        page.text(Box(x, box.top + emu(22), w, emu(26)),
                  [Para(_month_label(deck, month), bold=True, color=pal.navy,
                        align=PP_ALIGN.CENTER)], sizes=(18, 12), margins=(1, 0, 1, 0))
    for year_start, span in ((0, 3), (3, 9)):
        be = thai.ce_to_be(first.year + (0 if year_start == 0 else 1))
        x = int(months.left + year_start * col_w)
        w = int(span * col_w)
        page.text(Box(x, year_row.top, w, year_row.height),
                  [Para(deck.t("year-label", year=f.year(be)), color=pal.grey,
                        align=PP_ALIGN.CENTER)], sizes=(16, 12), margins=(1, 0, 1, 0))
    layout.add_line(page.slide, months.left, rows_box.top, months.right, rows_box.top, pal.grey)
    layout.add_line(page.slide, box.left, rows_box.bottom, months.right, rows_box.bottom, pal.line)


def _month_label(deck: Deck, month: int) -> str:
    return deck.fmt.month_abbr(month + 1)


def _draw_rows(deck: Deck, page: Page, rows: List[Row], box: Box, bounds) -> None:
    pal = deck.style.palette
    if not rows:
        page.text(box, deck.t("measures-none"), sizes=deck.style.sizes.body)
        return
    row_h = min(emu(ROW_MAX), box.height // len(rows))
    labels, months = _columns(box)
    size = _label_size(rows, Box(labels.left, box.top, labels.width - emu(6), row_h))
    for i, row in enumerate(rows):
        top = box.top + i * row_h
        label_box = Box(labels.left, top, labels.width - emu(6), row_h)
        fit = layout.fit_label(row.label, label_box, (size, size), False, LABEL_MARGINS,
                               max_lines=2)
        if fit.truncated:
            page.keep_full(row.label)
        page.text(label_box, [Para(fit.text, fit.size, color=pal.ink)], sizes=(size, size),
                  anchor=MSO_ANCHOR.MIDDLE, margins=LABEL_MARGINS)
        if row.span is None:
            continue
        x0 = month_position(row.span[0], bounds[0])
        x1 = month_position(row.span[1], bounds[0], end_of_day=True)
        left = int(months.left + months.width * x0 / 12.0)
        right = int(months.left + months.width * min(12.0, x1) / 12.0)
        bar_h = int(row_h * 0.56)
        bar = layout.add_rect(page.slide, Box(left, top + (row_h - bar_h) // 2,
                                              max(emu(4), right - left), bar_h),
                              row.colour, _outline(deck, row.colour), MSO_SHAPE.ROUNDED_RECTANGLE)
        bar.name = f"Timeline bar {i + 1}"


def _label_size(rows: List[Row], box: Box) -> float:
    """One size for every row label: the largest at which each fits two lines (or the floor)."""
    sizes = [layout.fit_label(r.label, box, LABEL_SIZES, False, LABEL_MARGINS, max_lines=2,
                              shrink_floor=LABEL_SIZES[0] - 2) for r in rows]
    return min(fit.size for fit in sizes)


def _measure_rows(deck: Deck, bounds) -> List[Row]:
    f = deck.fmt
    rows = []
    for k, m in enumerate(deck.analysis.measures, 1):
        span = clip(m.period.start, m.period.end, bounds) if m.period else None
        first_line = NUMBERED.sub("", m.measure.split("\n")[0]).strip() or m.measure
        label = deck.t("timeline-measure", number=f.int(k), measure=first_line)
        period = f.period(m.period) if m.period else deck.t("no-period")
        rows.append(Row(label, span, status_colour(deck, m),
                        deck.t("notes-timeline-row", label=label, period=period)))
    return rows


def _group_rows(deck: Deck, bounds) -> List[Row]:
    f, pal = deck.fmt, deck.style.palette
    groups: Dict[Optional[int], List[MeasureView]] = {}
    for m in deck.analysis.measures:
        groups.setdefault(m.indicator, []).append(m)
    rows = []
    for number in sorted(groups, key=lambda n: (n is None, n or 0)):
        items = groups[number]
        spans = [clip(m.period.start, m.period.end, bounds) for m in items if m.period]
        spans = [s for s in spans if s]
        span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        ind = deck.analysis.indicator(number)
        name = f.indicator(ind) if ind else (items[0].indicator_label or deck.t("no-value"))
        label = deck.t("timeline-group", indicator=name, count=f.int(len(items)))
        period = f.period(Period(span[0], span[1])) if span else deck.t("no-period")
        rows.append(Row(label, span, pal.navy,
                        deck.t("notes-timeline-row", label=label, period=period)))
    return rows


def _legend(deck: Deck, page: Page, box: Box, unknown: bool, cancelled: bool = False) -> None:
    """What the bar colours mean (measure rows are coloured by status)."""
    pal = deck.style.palette
    items = [(pal.green, deck.t("status-done")), (pal.orange, deck.t("status-doing")),
             (pal.blue, deck.t("status-todo"))]
    if cancelled:
        items.append((pal.line, deck.t("status-cancelled")))
    if unknown:
        items.append((pal.grey, deck.t("status-blank")))
    swatch_w = emu(14)  # the square and the gap after it
    needs = [swatch_w + layout.line_width(text, LEGEND_SIZE, margin=3) for _c, text in items]
    scale = min(1.0, (box.width - emu(8) * len(items)) / float(sum(needs)))
    size = max(9.0, LEGEND_SIZE * scale)
    cells = box.split_h(needs, gap=emu(8))
    for (colour, text), cell in zip(items, cells):
        swatch = Box(cell.left, cell.top + cell.height // 2 - emu(5), emu(10), emu(10))
        layout.add_rect(page.slide, swatch, colour, _outline(deck, colour))
        page.line(Box(cell.left + swatch_w, cell.top, cell.width - swatch_w, cell.height), text,
                  (size, 8), False, pal.grey, margins=(1, 0, 1, 0))


def _footer(deck: Deck, page: Page, box: Box, missing: List[int], outside: List[int]) -> None:
    f, pal = deck.fmt, deck.style.palette
    paras = []
    if missing:
        paras.append(Para(deck.t("timeline-missing", numbers=_numbers(f, missing),
                                 count=f.int(len(missing))), color=pal.red))
    if outside:
        paras.append(Para(deck.t("timeline-outside", numbers=_numbers(f, outside),
                                 count=f.int(len(outside))), color=pal.orange))
    for para in paras:
        page.note(para.text)
    page.text(box, paras, sizes=(18, 14))


def _numbers(f, numbers: List[int]) -> str:
    return ", ".join(f.int(n) for n in numbers)

