"""Native, editable charts (the data travels inside the deck) with Thai-capable text.

python-pptx only names a Latin font in chart text properties; we add the East Asian and
complex-script typefaces to every text property of the chart part so Thai axis labels, legends
and data labels render in TH Sarabun New too.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional, Sequence, Tuple

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import (
    XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION, XL_TICK_MARK,
)
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ita_xl import thai
from ita_xl.briefing.chart_workbook import stamp_created
from ita_xl.briefing.layout import Box, set_fonts, style_run
from ita_xl.briefing.palette import STYLE, Style, rgb

NUMBER_FORMAT = "0.00"


def add_chart(slide, box: Box, kind: XL_CHART_TYPE, categories: Sequence[str],
              series: Sequence[Tuple[str, Sequence[Optional[float]]]], colours: Sequence[str],
              thai_digits: bool = False, style: Style = STYLE, size: Optional[float] = None,
              value_range: Optional[Tuple[float, float]] = None, labels: bool = True,
              created: Optional[datetime] = None):
    """A chart of ``series`` over ``categories`` in ``box``; returns the python-pptx Chart.
    ``created`` stamps the chart's embedded workbook (XlsxWriter stamps it now)."""
    data = CategoryChartData(number_format=NUMBER_FORMAT)
    data.categories = list(categories)
    for name, values in series:
        data.add_series(name, list(values))
    frame = slide.shapes.add_chart(kind, Emu(box.left), Emu(box.top), Emu(box.width),
                                   Emu(box.height), data)
    stamp_created(frame.chart_part, created)
    chart = frame.chart
    size = size or style.sizes.chart
    chart.font.size = Pt(size)
    chart.font.color.rgb = rgb(style.palette.ink)
    chart.has_title = False  # the slide says what the chart is; no auto title from a series
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(size)
    plot = chart.plots[0]
    for s, colour in zip(plot.series, colours):
        _colour_series(s, colour, kind)
    if labels:
        plot.has_data_labels = True
        dl = plot.data_labels
        dl.number_format = NUMBER_FORMAT
        dl.number_format_is_linked = False
        dl.font.size = Pt(size - 2)
        dl.position = _label_position(kind)
        if thai_digits:
            _thai_digit_labels(plot, series, kind, style, size - 2)
    _style_axes(chart, style, size, value_range, thai_digits)
    apply_fonts(chart, style)
    return chart


def _label_position(kind: XL_CHART_TYPE) -> XL_LABEL_POSITION:
    if kind in (XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.COLUMN_CLUSTERED):
        return XL_LABEL_POSITION.OUTSIDE_END
    return XL_LABEL_POSITION.ABOVE


def _thai_digit_labels(plot, series, kind: XL_CHART_TYPE, style: Style, size: float) -> None:
    """Write each data label as Thai-digit text (the values stay numbers in the chart data)."""
    for chart_series, (_name, values) in zip(plot.series, series):
        for idx, value in enumerate(values):
            if value is None:
                continue
            label = chart_series.points[idx].data_label
            label.position = _label_position(kind)
            frame = label.text_frame
            frame.text = thai.format_number(value, 2, thai_digits=True)
            for run in frame.paragraphs[0].runs:
                style_run(run, size, False, style.palette.ink, style)


def _colour_series(series, colour: str, kind: XL_CHART_TYPE) -> None:
    if kind == XL_CHART_TYPE.LINE_MARKERS:
        series.format.line.color.rgb = rgb(colour)
        series.format.line.width = Pt(2.5)
        series.smooth = False
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = rgb(colour)
        series.marker.format.line.color.rgb = rgb(colour)
    else:
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = rgb(colour)


def _style_axes(chart, style: Style, size: float, value_range, thai_digits: bool) -> None:
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = rgb(style.palette.line)
    value_axis.format.line.fill.background()
    value_axis.tick_labels.font.size = Pt(size - 2)
    value_axis.tick_labels.number_format = "0"
    value_axis.tick_labels.number_format_is_linked = False
    if thai_digits:  # no number format gives Thai digits in both PowerPoint and LibreOffice
        value_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    value_axis.major_tick_mark = XL_TICK_MARK.NONE
    if value_range:
        value_axis.minimum_scale, value_axis.maximum_scale = value_range
    category_axis = chart.category_axis
    category_axis.tick_labels.font.size = Pt(size)
    category_axis.major_tick_mark = XL_TICK_MARK.NONE
    category_axis.format.line.color.rgb = rgb(style.palette.grey)


def apply_fonts(chart, style: Style = STYLE) -> None:
    """Name the deck font as latin, ea and cs in every text property of the chart."""
    for rpr in chart.element.iter(qn("a:defRPr"), qn("a:rPr")):
        set_fonts(rpr, style.font)


def value_axis_at_max_category(chart) -> None:
    """Cross the value axis at the last category (python-pptx only exposes the other way)."""
    crosses = chart.element.find(".//" + qn("c:valAx") + "/" + qn("c:crosses"))
    if crosses is not None:
        crosses.set("val", "max")


def value_range(values: Sequence[Optional[float]], floor_step: float = 10.0,
                top: float = 100.0) -> Tuple[float, float]:
    """An axis from a round number below the lowest value up to ``top`` (scores are 0–100)."""
    present = [v for v in values if v is not None]
    if not present:
        return 0.0, top
    low = max(0.0, (min(present) // floor_step) * floor_step - floor_step)
    return low, top
