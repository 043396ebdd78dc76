"""Value labels that never collide: each score is written inside the foot of its own bar.

Labels above or beside the bar end collided in meetings' decks: two neighbouring columns' labels
ran into each other, and a score just under the pass or excellent line was crossed by the dashed
line. At the bar's base a label sits where no reference line can be (the value axis starts at
least ten below the lowest line, see ``chart_marks.axis_range``, so every line is at least half
way up the axis), and as long as every bar is at least as thick as its label, no label touches
another label or another bar. So this module picks the label size and the gap between bar groups
from the plot's geometry; a bar too short to hold its label gets it just past its end instead
(still below half the axis). When the labels of every series do not fit at full size, only the
``primary`` series (the analysed year, the agency) keeps them; smaller sizes are tried after
that, and if nothing fits the chart shows no value labels (the speaker notes carry the values).

The labels are native per-point data labels (dLblPos inBase/outEnd): the chart stays editable.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from lxml import etree
from pptx.enum.chart import XL_LABEL_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from ita_xl.briefing import layout, textfit
from ita_xl.briefing.charts import NUMBER_FORMAT
from ita_xl.briefing.layout import style_run
from ita_xl.briefing.palette import rgb

MAX_SIZE = 18.0  # points: the value label size when the bars are thick enough
READABLE = 18.0  # points: rather one series' labels at this size than all series' smaller
MIN_SIZE = 13.0  # points: below this a head cannot read the number across a meeting room
MIN_GAP = 15  # percent of a bar: the least gap between two categories' bar groups
MAX_GAP = 120
SERIES_GAP = 25  # percent of a bar: the white between the bars of one category (overlap -25)
PAD = 3.0  # points: room around a label inside its bar
EDGE = 1.0  # points: the least white between a label's box and its neighbour


@dataclass(frozen=True)
class Labels:
    """What was decided: the label size, the gap width, and which series carry labels."""

    size: float
    gap_width: int
    labelled: Tuple[int, ...]  # series indexes with labels (may be empty)


def _series_share(n_series: int, gap: int) -> float:
    """How many bar thicknesses one category takes (the renderers' clustered-bar rule)."""
    return n_series + (n_series - 1) * SERIES_GAP / 100.0 + gap / 100.0


def _fits(size: float, texts: Sequence[str], thick: float, horizontal: bool,
          one_series: bool) -> bool:
    """Do labels of ``size`` fit bars ``thick`` points thick without touching a neighbour?

    Columns: the label's width inside its own column. Bars: the label's box (as tall as the
    font size) may hang over its bar's edges into the white between bars, but never as far as
    the next label (both series labelled) or the next bar (one series labelled)."""
    if not horizontal:
        return max((textfit.text_width(t, size) for t in texts), default=0.0) + 2 * PAD <= thick
    white = thick * SERIES_GAP / 100.0
    room = thick + 2 * white if one_series else thick + white
    return size + EDGE <= room


def choose(span_pt: float, texts: Sequence[Sequence[str]], horizontal: bool,
           primary: int) -> Labels:
    """The largest label size whose labels fit across the bars of one category (``span_pt``
    points per category), and the widest gap that still keeps the bars that thick."""
    n = len(texts)
    every, one = tuple(range(n)), (primary,)
    tiers = [(every, READABLE), (one, READABLE), (every, MIN_SIZE), (one, MIN_SIZE)]
    for keep, floor in tiers:
        shown = [t for i in keep for t in texts[i] if t]
        size = MAX_SIZE
        single = len(keep) == 1
        while size >= floor:
            if _fits(size, shown, span_pt / _series_share(n, MIN_GAP), horizontal, single):
                gap = MIN_GAP
                while gap + 5 <= MAX_GAP and _fits(
                        size, shown, span_pt / _series_share(n, gap + 5), horizontal, single):
                    gap += 5
                return Labels(size, gap, keep)
            size -= 1.0
    return Labels(MIN_SIZE, MIN_GAP, ())


def _along(text: str, size: float, horizontal: bool) -> float:
    """Points a label takes along its bar."""
    if horizontal:
        return textfit.text_width(text, size)
    return textfit.line_height(size)


def place(chart, plot, series: Sequence[Tuple[str, Sequence[Optional[float]]]],
          colours: Sequence[str], fmt, style, primary: int) -> Labels:
    """Give every point of ``chart`` its label (or none) as :func:`choose` decides; set the
    gap width to match. ``plot`` is the pinned plot area (chart_marks.Plot)."""
    horizontal = plot.horizontal
    n_cat = max((len(v) for _n, v in series), default=0)
    extent = plot.inner.height if horizontal else plot.inner.width
    span_pt = extent / float(layout.EMU_PER_PT) / max(1, n_cat)
    texts = [[fmt.num(v) if v is not None else "" for v in values] for _n, values in series]
    decided = choose(span_pt, texts, horizontal, primary)
    chart_plot = chart.plots[0]
    chart_plot.gap_width = decided.gap_width
    chart_plot.overlap = -SERIES_GAP
    axis_pt = (plot.inner.width if horizontal else plot.inner.height) / float(layout.EMU_PER_PT)
    per_unit = axis_pt / float(plot.high - plot.low)
    hidden: List[Tuple[int, int]] = []
    for index, (chart_series, (_name, values)) in enumerate(zip(chart_plot.series, series)):
        for idx, value in enumerate(values):
            if value is None:
                continue
            label = chart_series.points[idx].data_label
            if index not in decided.labelled:
                label.position = XL_LABEL_POSITION.INSIDE_BASE  # made here, emptied below
                hidden.append((index, idx))
                continue
            text = texts[index][idx]
            room = (value - plot.low) * per_unit
            inside = room >= _along(text, decided.size, horizontal) + 2 * PAD
            colour = _on(colours[index], style) if inside else style.palette.ink
            label.position = (XL_LABEL_POSITION.INSIDE_BASE if inside
                              else XL_LABEL_POSITION.OUTSIDE_END)
            _write(label, text, decided.size, colour, style, fmt.thai_digits)
    _finish(chart, hidden)
    return decided


def _write(label, text: str, size: float, colour: str, style, thai_digits: bool) -> None:
    """The label's size and colour; Thai digits as the label's own text (no number format
    gives them in both PowerPoint and LibreOffice; the chart data stays numbers)."""
    if thai_digits:
        frame = label.text_frame
        frame.text = text
        for run in frame.paragraphs[0].runs:
            style_run(run, size, False, colour, style)
        return
    font = label.font
    font.size = Pt(size)
    font.bold = False
    font.color.rgb = rgb(colour)


def _point_labels(chart):
    """(series index, point index, c:dLbl) of every point label, read from the chart's XML."""
    for s_index, ser in enumerate(chart.element.iter(qn("c:ser"))):
        dlbls = ser.find(qn("c:dLbls"))
        if dlbls is None:
            continue
        for dlbl in dlbls.findall(qn("c:dLbl")):
            yield s_index, int(dlbl.find(qn("c:idx")).get("val")), dlbl


def _finish(chart, hidden: Sequence[Tuple[int, int]]) -> None:
    """What python-pptx has no words for: a point label's two-decimal number format (it does
    not inherit the plot's) and a deleted point label (``c:delete``)."""
    gone = set(hidden)
    for s_index, idx, dlbl in _point_labels(chart):
        if (s_index, idx) in gone:
            for child in list(dlbl):
                if child.tag != qn("c:idx"):
                    dlbl.remove(child)
            etree.SubElement(dlbl, qn("c:delete")).set("val", "1")
        elif dlbl.find(qn("c:numFmt")) is None and dlbl.find(qn("c:tx")) is None:
            num = etree.Element(qn("c:numFmt"))
            num.set("formatCode", NUMBER_FORMAT)
            num.set("sourceLinked", "0")
            anchor = dlbl.find(qn("c:spPr"))
            (anchor if anchor is not None else dlbl.find(qn("c:txPr"))).addprevious(num)


def _on(fill: str, style) -> str:
    """Label ink readable on ``fill``: paper on a dark bar, ink on a light one."""
    r, g, b = (int(fill[i:i + 2], 16) for i in (0, 2, 4))
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return style.palette.paper if luminance < 150 else style.palette.ink
