"""Native Excel charts over the summary's own tables, in TH Sarabun New.

Charts reference the cells the tables show (no hidden data), so editing a number in Excel
updates the chart. XlsxWriter names a chart font only as the Latin typeface; Thai is a complex
script in DrawingML, so the font is also named as the ``cs`` (and ``ea``) typeface, otherwise Excel
draws the Thai text of titles and labels in the theme's Thai font.
:func:`add_complex_script_fonts` adds them to the
finished file (hooking XlsxWriter's private chart writer instead saved under 1 % of a run).
"""
from __future__ import annotations

import io
import math
import re
import zipfile
from typing import Any, Dict, Iterable, List, Optional

from xlsxwriter.worksheet import Worksheet

from ita_xl.analysis import Analysis
from ita_xl.summary.style import FONT, Book
from ita_xl.summary.tables import Placed

CURRENT = "#1F4E79"
PREVIOUS = "#A6A6A6"
OLDER = ("#D9D9D9", "#BFBFBF", "#7F7F7F")
AA_GREEN = "#00B050"
PASS_ORANGE = "#ED7D31"
NATIONAL = "#7F7F7F"
TREND_HEIGHT = 520
_LATIN = re.compile(rb'<a:latin typeface="' + re.escape(FONT.encode()) + rb'"[^>]*/>')


def font(size: int = 14, bold: bool = False, **extra: Any) -> Dict[str, Any]:
    props: Dict[str, Any] = {"name": FONT, "size": size, "bold": bold}
    props.update(extra)
    return props


def _axis_floor(values: Iterable[Optional[float]], step: int = 5, margin: float = 3.0) -> int:
    nums = [v for v in values if v is not None]
    if not nums:
        return 0
    return max(0, int(math.floor((min(nums) - margin) / step) * step))


def _title(chart: Any, name: str) -> None:
    chart.set_title({"name": name, "name_font": font(18, True)})
    chart.set_legend({"position": "bottom", "font": font(14)})
    chart.set_chartarea({"border": {"none": True}})


def _value_axis(book: Book, chart: Any, low: int, title: str) -> None:
    chart.set_y_axis({
        "min": low, "max": 100, "major_unit": 5 if 100 - low <= 30 else 10,
        "num_format": book.num_format("int"), "num_font": font(13),
        "name": title, "name_font": font(14, False),
        "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
    })


def comparison_chart(book: Book, a: Analysis, ws: Worksheet, placed: Placed,
                     width_px: int) -> Optional[Any]:
    """Clustered columns: this year against the previous year, per indicator, with the top-level
    and pass lines.

    Columns, not horizontal bars: a reference line over horizontal bars needs an XY-scatter
    series on secondary axes, which LibreOffice draws in the bars' category space (the bars
    collapse); a line series over columns is drawn alike by Excel and LibreOffice (as on the
    instrument chart). The lines plot the table's two mark columns (the analysis' marks). The
    values sit inside the foot of each column, turned upright: no label can meet a line or
    its neighbour's label.
    """
    fy, prev = a.fiscal_year, a.previous_year
    cur_col = placed.cols.get(f"y{fy}")
    if cur_col is None:
        return None
    chart = book.wb.add_chart({"type": "column"})
    cats = [placed.sheet, placed.first_row, 0, placed.last_row, 0]
    shown: List[Optional[float]] = []
    for year, colour, ink in ((prev, PREVIOUS, "#000000"), (fy, CURRENT, "#FFFFFF")):
        col = placed.cols.get(f"y{year}") if year is not None else None
        if year is None or col is None:
            continue
        chart.add_series({
            "name": [placed.sheet, placed.header_row, col],
            "categories": cats,
            "values": [placed.sheet, placed.first_row, col, placed.last_row, col],
            "fill": {"color": colour}, "border": {"none": True}, "gap": 60,
            "data_labels": {"value": True, "num_format": book.num_format("score"),
                            "font": font(12, year == fy, color=ink, rotation=-90),
                            "position": "inside_base"},
        })
        shown += [i.years[year].score for i in a.indicators if year in i.years]
    chart.combine(_comparison_marks(book, placed, cats))
    shown += [a.pass_mark]
    title = (book.t("summary-chart-compare", prev=book.year(prev), year=book.year(fy))
             if prev is not None else book.t("summary-chart-compare-one", year=book.year(fy)))
    _title(chart, title)
    _value_axis(book, chart, _axis_floor(shown, 10), book.t("summary-axis-score"))
    chart.set_x_axis({"num_font": font(13), "line": {"color": "#808080"}})
    chart.set_size({"width": width_px, "height": 640})
    ws.set_h_pagebreaks([placed.chart_row])
    ws.insert_chart(placed.chart_row, 0, chart, {"x_offset": 2, "y_offset": 4,
                                                 "object_position": 2})
    return chart


def _comparison_marks(book: Book, placed: Placed, cats: List[Any]) -> Any:
    """The top-level and pass lines, from the comparison table's two mark columns."""
    lines = book.wb.add_chart({"type": "line"})
    for key, colour in (("aa", AA_GREEN), ("pass", PASS_ORANGE)):
        col = placed.cols[key]
        lines.add_series({
            "name": [placed.sheet, placed.header_row, col], "categories": cats,
            "values": [placed.sheet, placed.first_row, col, placed.last_row, col],
            "line": {"color": colour, "width": 2, "dash_type": "long_dash"},
            "marker": {"type": "none"},
        })
    return lines


def trend_chart(book: Book, a: Analysis, ws: Worksheet, years: Placed, width_px: int) -> Any:
    """The overall score across years, with the national average, AA and pass-mark lines."""
    chart = book.wb.add_chart({"type": "line"})
    cats = [years.sheet, years.first_row, years.cols["year"], years.last_row, years.cols["year"]]

    def series(key: str, colour: str, dash: Optional[str], labels: bool, width: float,
               marker: bool) -> None:
        col = years.cols[key]
        spec: Dict[str, Any] = {
            "name": [years.sheet, years.header_row, col], "categories": cats,
            "values": [years.sheet, years.first_row, col, years.last_row, col],
            "line": {"color": colour, "width": width},
            "marker": {"type": "circle", "size": 8, "fill": {"color": colour},
                       "border": {"color": colour}} if marker else {"type": "none"},
        }
        if dash:
            spec["line"]["dash_type"] = dash
        if labels:
            spec["data_labels"] = {"value": True, "num_format": book.num_format("score"),
                                   "font": font(13, key == "overall", color=colour),
                                   "position": "above" if key == "overall" else "below"}
        chart.add_series(spec)

    series("overall", CURRENT, None, True, 3, True)
    if any(r.national_average is not None for r in a.by_year.values()):
        series("national", NATIONAL, "dash", True, 2, True)
    series("aa", AA_GREEN, "long_dash", False, 2, False)
    series("pass", PASS_ORANGE, "long_dash", False, 2, False)
    values = [r.overall for r in a.by_year.values()] + [
        r.national_average for r in a.by_year.values()] + [a.pass_mark]
    _title(chart, book.t("summary-chart-trend", level=a.framework.rating.top.label(book.lang)))
    _value_axis(book, chart, _axis_floor(values, 5), book.t("summary-axis-score"))
    chart.set_x_axis({"num_font": font(14), "num_format": book.num_format("year"),
                      "name": book.t("summary-col-year"), "name_font": font(14)})
    chart.set_size({"width": width_px, "height": TREND_HEIGHT})
    ws.insert_chart(years.chart_row, 0, chart, {"x_offset": 2, "y_offset": 4,
                                                "object_position": 2})
    return chart


def instrument_chart(book: Book, a: Analysis, ws: Worksheet, inst: Placed, width_px: int,
                     y_offset: int) -> Any:
    """Clustered columns per instrument (IIT, EIT, OIT), one series per year, with the
    top-level and pass lines."""
    chart = book.wb.add_chart({"type": "column"})
    codes = [c for c in inst.cols if c != "year"]
    first, last = inst.cols[codes[0]], inst.cols[codes[-1]]
    rows = list(range(inst.first_row, inst.last_row + 1))
    shown: List[Optional[float]] = []
    for k, row in enumerate(rows):
        newest = k == len(rows) - 1
        colour = CURRENT if newest else (PREVIOUS if k == len(rows) - 2 else OLDER[k % 3])
        chart.add_series({
            "name": [inst.sheet, row, 0], "categories": [inst.sheet, inst.header_row, first,
                                                         inst.header_row, last],
            "values": [inst.sheet, row, first, row, last],
            "fill": {"color": colour}, "border": {"none": True}, "gap": 80,
            "data_labels": {"value": True, "num_format": book.num_format("score"),
                            "font": font(12), "position": "outside_end"},
        })
    for r in a.by_year.values():
        shown += list(r.instruments.values())
    chart.combine(_mark_lines(book, inst, first, last))
    shown += [a.pass_mark]
    _title(chart, book.t("summary-chart-instruments"))
    _value_axis(book, chart, _axis_floor(shown, 10), book.t("summary-axis-score"))
    chart.set_x_axis({"num_font": font(14)})
    chart.set_size({"width": width_px, "height": 480})
    ws.insert_chart(inst.chart_row, 0, chart, {"x_offset": 2, "y_offset": y_offset,
                                               "object_position": 2})
    return chart


def _mark_lines(book: Book, inst: Placed, first: int, last: int) -> Any:
    """The top-level and pass marks as dashed lines over the instrument columns, drawn from the
    mark rows under the instrument table (the trend chart draws the same two lines)."""
    lines = book.wb.add_chart({"type": "line"})
    for key, colour in (("aa", AA_GREEN), ("pass", PASS_ORANGE)):
        row = inst.marks[key]
        lines.add_series({
            "name": [inst.sheet, row, 0],
            "categories": [inst.sheet, inst.header_row, first, inst.header_row, last],
            "values": [inst.sheet, row, first, row, last],
            "line": {"color": colour, "width": 2, "dash_type": "long_dash"},
            "marker": {"type": "none"},
        })
    return lines


def add_complex_script_fonts(xlsx: bytes) -> bytes:
    """Name TH Sarabun New as complex-script and East Asian font wherever it is the Latin one."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/charts/chart") and item.filename.endswith(".xml"):
                data = _LATIN.sub(_with_cs, data)
            dst.writestr(item, data)
    return out.getvalue()


def _with_cs(match: "re.Match[bytes]") -> bytes:
    face = FONT.encode()
    return match.group(0) + b'<a:ea typeface="' + face + b'"/><a:cs typeface="' + face + b'"/>'
