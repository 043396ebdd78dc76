"""Score charts a head can read honestly: a pinned plot area, the pass and excellent lines, a
value axis that is always visible (in Thai digits too) and a legend in the order of the bars.

The plot area is pinned with a manual inner layout (PowerPoint and LibreOffice both honour it),
so the slide knows exactly where each score sits and can draw, over the native chart, what no
number format or chart type gives in both renderers: dashed reference lines at the pass mark and
the excellent line, and Thai-digit value labels. The chart itself stays native and editable.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from lxml import etree
from pptx.enum.chart import XL_CHART_TYPE, XL_TICK_LABEL_POSITION
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from ita_xl import thai
from ita_xl.briefing import chart_labels, charts, layout
from ita_xl.briefing.layout import Box, Para, emu

LEGEND_H = 26.0  # points: the legend row above the chart
LEGEND_SIZE = 20.0
CHART_SIZE = 20.0  # points: category labels; values two points smaller (TH Sarabun New runs small)
SWATCH = 13.0
LINE_SWATCH = 26.0
MARK_WIDTH = 1.75  # points: reference lines
MIN_CATEGORY_SIZE = 11.0


@dataclass(frozen=True)
class Mark:
    """A reference line across the plot: the pass mark, the excellent line, a target."""

    value: float
    label: str
    colour: str


@dataclass(frozen=True)
class Plot:
    """Where the value axis runs on the slide: ``low``..``high`` across ``inner`` (EMU)."""

    inner: Box
    low: float
    high: float
    horizontal: bool  # True: values run left to right (a bar chart)

    def at(self, value: float) -> int:
        share = (value - self.low) / float(self.high - self.low)
        share = min(1.0, max(0.0, share))
        if self.horizontal:
            return int(self.inner.left + self.inner.width * share)
        return int(self.inner.bottom - self.inner.height * share)


def major_unit(low: float, high: float) -> float:
    return 5.0 if high - low <= 30 else 10.0


def axis_range(values: Sequence[Optional[float]], marks: Sequence[Mark]) -> Tuple[float, float]:
    """From a round ten below the lowest score or mark up to 100 (scores are 0–100)."""
    present = [v for v in values if v is not None] + [m.value for m in marks]
    return charts.value_range(present)


def score_chart(deck, page, box: Box, kind: XL_CHART_TYPE, categories: Sequence[str],
                series: Sequence[Tuple[str, Sequence[Optional[float]]]], colours: Sequence[str],
                marks: Sequence[Mark], primary: int = 0):
    """A native bar or column chart of scores in ``box`` with its own legend row on top, the
    ``marks`` drawn as dashed lines, a value axis readable in every digit mode and value labels
    that touch nothing (chart_labels; ``primary`` is the series that keeps its labels when not
    all fit)."""
    f, style = deck.fmt, deck.style
    size = max(CHART_SIZE, style.sizes.chart)
    legend_box, frame = box.take_top(emu(LEGEND_H), gap=emu(4))
    legend(deck, page, legend_box, [(name, colour) for (name, _v), colour in zip(series, colours)],
           marks)
    values = [v for _name, vals in series for v in vals]
    low, high = axis_range(values, marks)
    horizontal = kind == XL_CHART_TYPE.BAR_CLUSTERED
    cat_size = _category_size(categories, frame, size) if horizontal else size
    inner = _inner(frame, categories, size, cat_size, horizontal)
    chart = charts.add_chart(page.slide, frame, kind, categories, series, colours, f.thai_digits,
                             style, size=size, value_range=(low, high), labels=False,
                             created=deck.generated)
    chart.has_legend = False
    chart.value_axis.major_unit = major_unit(low, high)
    chart.category_axis.tick_labels.font.size = Pt(cat_size)
    if f.thai_digits:  # the native labels cannot show Thai digits in both renderers: draw them
        chart.value_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    pin_plot_area(chart, frame, inner)
    plot = Plot(inner, low, high, horizontal)
    chart_labels.place(chart, plot, series, colours, f, style, primary)
    charts.apply_fonts(chart, style)
    if f.thai_digits:
        _axis_labels(deck, page, plot, size - 2)
    for mark in marks:
        _mark_line(page, plot, mark)
    return chart, plot


def pin_plot_area(chart, frame: Box, inner: Box) -> None:
    """Give the plot area a manual inner layout: ``inner`` as fractions of the chart ``frame``."""
    plot_area = chart.element.find(".//" + qn("c:plotArea"))
    old = plot_area.find(qn("c:layout"))
    if old is not None:
        plot_area.remove(old)
    lay = etree.Element(qn("c:layout"))
    manual = etree.SubElement(lay, qn("c:manualLayout"))
    fractions = ((inner.left - frame.left) / frame.width, (inner.top - frame.top) / frame.height,
                 inner.width / frame.width, inner.height / frame.height)
    for tag, val in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"),
                     ("x", fractions[0]), ("y", fractions[1]), ("w", fractions[2]),
                     ("h", fractions[3])):
        etree.SubElement(manual, qn("c:" + tag)).set(
            "val", val if isinstance(val, str) else f"{val:.5f}")
    plot_area.insert(0, lay)


def _category_size(categories: Sequence[str], frame: Box, size: float) -> float:
    """The largest size (down to a floor) at which every category label takes at most 40 % of
    the chart's width on one line."""
    room = frame.width * 0.4
    current = size
    while current > MIN_CATEGORY_SIZE and max(
            (layout.line_width(c, current) for c in categories), default=0) > room:
        current -= 1
    return current


def _inner(frame: Box, categories: Sequence[str], size: float, cat_size: float,
           horizontal: bool) -> Box:
    """The plot area inside ``frame``: room left for the labels the renderer puts outside it."""
    tick_h = emu(textfit_line(size - 2) + 4)
    value_w = layout.line_width(thai.format_number(100.0, 2), size - 2) + emu(4)
    if horizontal:
        label_w = max((layout.line_width(c, cat_size) for c in categories), default=emu(20))
        left = min(label_w + emu(6), int(frame.width * 0.42))
        return Box(frame.left + left, frame.top + emu(4), frame.width - left - value_w,
                   frame.height - emu(4) - tick_h)
    axis_w = layout.line_width("100", size - 2) + emu(8)
    cat_h = emu(textfit_line(cat_size) + 6)
    return Box(frame.left + axis_w, frame.top + tick_h + emu(4), frame.width - axis_w - emu(8),
               frame.height - tick_h - emu(4) - cat_h)


def textfit_line(size: float) -> float:
    """Points one line of ``size`` takes (the deck's one line-height rule)."""
    from ita_xl.briefing import textfit

    return textfit.line_height(size)


def _axis_labels(deck, page, plot: Plot, size: float) -> None:
    """Thai-digit value labels at each major tick, where the native ones would be."""
    f, pal = deck.fmt, deck.style.palette
    step = major_unit(plot.low, plot.high)
    value = plot.low
    height = emu(textfit_line(size) + 2)
    width = layout.line_width("100", size) + emu(6)
    while value <= plot.high + 1e-9:
        at = plot.at(value)
        text = f.num(value, 0)
        if plot.horizontal:
            box = Box(at - width // 2, plot.inner.bottom + emu(2), width, height)
            align, anchor = PP_ALIGN.CENTER, MSO_ANCHOR.TOP
        else:
            box = Box(plot.inner.left - width - emu(2), at - height // 2, width, height)
            align, anchor = PP_ALIGN.RIGHT, MSO_ANCHOR.MIDDLE
        page.text(box, [Para(text, size, color=pal.grey, align=align)], sizes=(size, size),
                  anchor=anchor, margins=(0, 0, 0, 0))
        value += step


def _mark_line(page, plot: Plot, mark: Mark) -> None:
    at = plot.at(mark.value)
    inner = plot.inner
    if plot.horizontal:
        shape = layout.add_line(page.slide, at, inner.top, at, inner.bottom, mark.colour,
                                MARK_WIDTH, dash=True)
    else:
        shape = layout.add_line(page.slide, inner.left, at, inner.right, at, mark.colour,
                                MARK_WIDTH, dash=True)
    shape.name = f"Reference line {thai.format_number(mark.value, 0)}"


def legend(deck, page, box: Box, items: Sequence[Tuple[str, str]],
           marks: Sequence[Mark] = ()) -> None:
    """One legend row: a swatch per series in the order of the bars, then each reference line."""
    pal = deck.style.palette
    entries: List[Tuple[str, str, bool]] = [(name, colour, False) for name, colour in items]
    entries += [(m.label, m.colour, True) for m in marks]
    if not entries:
        return
    size = LEGEND_SIZE
    needs = [emu((LINE_SWATCH if line else SWATCH) + 4) + layout.line_width(text, size, margin=2)
             for text, _c, line in entries]
    gap = emu(14)
    total = sum(needs) + gap * (len(needs) - 1)
    if total > box.width:
        scale = box.width / float(total)
        size = max(10.0, size * scale)
        needs = [int(n * scale) for n in needs]
        gap = int(gap * scale)
    x = box.left + max(0, (box.width - sum(needs) - gap * (len(needs) - 1)) // 2)
    mid = box.top + box.height // 2
    for (text, colour, line), need in zip(entries, needs):
        swatch = emu(LINE_SWATCH if line else SWATCH)
        if line:
            layout.add_line(page.slide, x, mid, x + swatch, mid, colour, MARK_WIDTH, dash=True)
        else:
            layout.add_rect(page.slide, Box(x, mid - emu(SWATCH) // 2, swatch, emu(SWATCH)),
                            colour, None)
        label = Box(x + swatch + emu(4), box.top, max(emu(8), need - swatch - emu(4)), box.height)
        page.line(label, text, (size, 9), False, pal.ink, margins=(0, 0, 0, 0))
        x += need + gap
