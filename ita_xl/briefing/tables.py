"""Native tables that never run off the slide: estimated row heights and pagination.

Each row's height is the tallest of its cells as :mod:`textfit` estimates them (conservatively),
and rows go onto a page while their heights still fit below the header row. A row taller than a
whole page (a very long measure) is cut to fit, with its full text kept for the speaker notes.
Every page repeats the header row; later pages say they continue the table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

from ita_xl.briefing import layout, ooxml, textfit
from ita_xl.briefing.deferred import Deferred
from ita_xl.briefing.layout import Box, Para, emu, pt
from ita_xl.briefing.palette import STYLE, Style
from ita_xl import thai_breaks
from ita_xl.thai_breaks import mark

CELL_MARGINS = (5.0, 3.0, 5.0, 3.0)  # points: left, top, right, bottom (plus MARK_ROOM on top)
# Thai marks stacked above a letter (ที่, ปี้) rise to ~1.1 em above the baseline, which sits
# ~0.83 em below the top of an exactly pitched line: the part above would be clipped by the cell
# (issue 10's "header vowels clipped"), so every cell keeps this much of its size free on top.
MARK_ROOM = 0.3
CONTINUED_BAND = 22.0  # points kept under a table that continues on the next slide
_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # python-pptx's default table style


@dataclass
class Column:
    header: str
    weight: float  # share of the table width
    align: PP_ALIGN = PP_ALIGN.LEFT
    bold: bool = False
    widest: str = ""  # a value the column must hold on one line (e.g. the largest number)


@dataclass
class TablePage:
    rows: List[List[str]]
    heights: List[float]  # points, data rows only
    header_height: float
    shortened: List[str] = field(default_factory=list)  # full texts of cells cut to fit

    @property
    def total_height(self) -> float:
        return self.header_height + sum(self.heights)


@dataclass
class TableSpec:
    columns: List[Column]
    size: float = STYLE.sizes.table
    header_size: float = STYLE.sizes.table_header

    def widths(self, total_pt: float) -> List[float]:
        """Column widths in points: by weight, but never narrower than a column's minimum —
        room for each header piece whole (``คะแนน 2569`` on one line) where the table is wide
        enough for all of them, else for each header word (``คะแนน`` / ``2569``)."""
        minimum = [self._minimum(c, whole=True) for c in self.columns]
        if sum(minimum) > total_pt:
            minimum = [self._minimum(c, whole=False) for c in self.columns]
        fixed: dict = {}
        while True:
            free = [i for i in range(len(self.columns)) if i not in fixed]
            room = total_pt - sum(fixed.values())
            whole = float(sum(self.columns[i].weight for i in free)) or 1.0
            share = {i: room * self.columns[i].weight / whole for i in free}
            short = [i for i in free if share[i] < minimum[i]]
            if not short or len(fixed) == len(self.columns):
                break
            for i in short:
                fixed[i] = minimum[i]
        return [fixed.get(i, share.get(i, 0.0)) for i in range(len(self.columns))]

    def _minimum(self, column: Column, whole: bool) -> float:
        """Room for the column's widest value, and for each break unit (``whole``) or each word
        of its header: a header may wrap between its pieces, never inside a word or a number."""
        margins = CELL_MARGINS[0] + CELL_MARGINS[2] + 2
        split = thai_breaks.units if whole else thai_breaks.words
        pieces = [p.strip() for line in column.header.split("\n") for p in split(line)]
        need = [textfit.text_width(p, self.header_size, True) for p in pieces if p]
        if column.widest:
            need.append(textfit.text_width(column.widest, self.size, column.bold))
        return max(need, default=0.0) + margins


def _text_width(col_width: float) -> float:
    return col_width - CELL_MARGINS[0] - CELL_MARGINS[2]


def cell_margins(size: float) -> Tuple[float, float, float, float]:
    """A cell's margins at ``size`` points: the top one keeps room for stacked Thai marks."""
    left, top, right, bottom = CELL_MARGINS
    return left, top + round(MARK_ROOM * size, 1), right, bottom


def _padding(size: float) -> float:
    margins = cell_margins(size)
    return margins[1] + margins[3]


def row_height(cells: Sequence[str], widths: Sequence[float], size: float,
               bold: bool = False) -> float:
    """Height in points of a row holding ``cells`` in columns ``widths`` wide."""
    lines = max((textfit.line_count(text, _text_width(w), size, bold)
                 for text, w in zip(cells, widths)), default=1)
    return lines * textfit.line_height(size) + _padding(size)


def paginate(spec: TableSpec, rows: Sequence[Sequence[str]], width_pt: float,
             height_pt: float) -> List[TablePage]:
    """Split ``rows`` into pages whose header plus rows fit ``height_pt`` points.

    Pages after the first and before the last lose ``CONTINUED_BAND`` for the continuation
    mark; the caller reserves that band on every page of a multi-page table.
    """
    widths = spec.widths(width_pt)
    return _paginate(spec, _measure(spec, rows, widths), widths, height_pt)


def paginate_fitting(spec: TableSpec, rows: Sequence[Sequence[str]], box: Box) -> List[TablePage]:
    """Paginate into ``box``, keeping a band for the continuation mark when it takes >1 page."""
    widths = spec.widths(pt(box.width))
    measured = _measure(spec, rows, widths)
    pages = _paginate(spec, measured, widths, pt(box.height))
    if len(pages) > 1:
        pages = _paginate(spec, measured, widths, pt(box.height) - CONTINUED_BAND)
    return pages


def _measure(spec: TableSpec, rows: Sequence[Sequence[str]],
             widths: Sequence[float]) -> List[Tuple[List[str], float]]:
    """Each row as text with its estimated height."""
    out = []
    for raw in rows:
        cells = [str(c) for c in raw]
        out.append((cells, row_height(cells, widths, spec.size)))
    return out


def _paginate(spec: TableSpec, measured: Sequence[Tuple[List[str], float]],
              widths: Sequence[float], height_pt: float) -> List[TablePage]:
    """Fill pages greedily to learn how many the rows need, then spread the rows evenly over
    that many pages (6 rows that need two pages go 3 + 3, never 5 + 1)."""
    header = row_height([c.header for c in spec.columns], widths, spec.header_size, True)
    room = height_pt - header
    rows = [_within(spec, cells, need, widths, room) for cells, need in measured]
    pages = _fill(rows, header, room)
    if len(pages) > 1:
        heights = [need for _cells, need, _full in rows]
        low, high = max(heights), room
        for _ in range(40):  # the smallest page room that still needs no more pages
            mid = (low + high) / 2
            if _pages_needed(heights, mid) <= len(pages):
                high = mid
            else:
                low = mid
        pages = _fill(rows, header, high + 1e-6)
    return pages


def _within(spec: TableSpec, cells: List[str], need: float, widths: Sequence[float],
            room: float) -> Tuple[List[str], float, List[str]]:
    """A row as it goes on a page: cut to a page's ``room`` only if even a page cannot hold it
    (with the full texts it cut)."""
    if need <= room:
        return cells, need, []
    short, full = _shorten(cells, widths, spec.size, room)
    return short, row_height(short, widths, spec.size), full


def _pages_needed(heights: Sequence[float], room: float) -> int:
    count, used = 1, 0.0
    for need in heights:
        if used and used + need > room:
            count, used = count + 1, 0.0
        used += need
    return count


def _fill(rows: Sequence[Tuple[List[str], float, List[str]]], header: float,
          room: float) -> List[TablePage]:
    """Rows onto pages while they fit ``room`` points below the header."""
    pages: List[TablePage] = []
    current = TablePage([], [], header)
    used = 0.0
    for cells, need, shortened in rows:
        if current.rows and used + need > room:
            pages.append(current)
            current, used = TablePage([], [], header), 0.0
        current.rows.append(cells)
        current.heights.append(need)
        current.shortened.extend(shortened)
        used += need
    if current.rows or not pages:
        pages.append(current)
    return pages


def _shorten(cells: List[str], widths: Sequence[float], size: float,
             room: float) -> Tuple[List[str], List[str]]:
    """Cut every cell to the lines a whole page can hold (a last resort)."""
    lines = max(1, int((room - _padding(size)) // textfit.line_height(size)))
    out, full = [], []
    for text, w in zip(cells, widths):
        if len(textfit.wrap(text, _text_width(w), size)) > lines:
            out.append(textfit.truncate(text, _text_width(w), size, lines))
            full.append(text)
        else:
            out.append(text)
    return out, full


def draw(slide, box: Box, spec: TableSpec, page: TablePage, style: Style = STYLE,
         emphasis: Optional[Sequence[Optional[str]]] = None,
         deferred: Optional[Deferred] = None):
    """Draw ``page`` as a native table at the top of ``box``; returns its ``p:graphicFrame``.

    ``emphasis`` optionally gives a text colour per row (None = normal ink). The whole table is
    written as one XML string (a table has hundreds of runs; see :mod:`ooxml`), which stays text
    until the save when ``deferred`` is given.
    """
    tree = slide.shapes.element
    shape_id = layout.next_shape_id(tree)
    table = _table_xml(box, spec, page, style, emphasis)
    frame = ooxml.parse(
        f'<p:graphicFrame {ooxml.NSDECLS}><p:nvGraphicFramePr>'
        f'<p:cNvPr id="{shape_id}" name="Table {shape_id - 1}"/><p:cNvGraphicFramePr>'
        f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'{ooxml.xfrm(box.left, box.top, box.width, emu(page.total_height), "p:xfrm")}'
        f'<a:graphic><a:graphicData uri="{_TABLE_URI}">{table if deferred is None else ""}'
        f'</a:graphicData></a:graphic></p:graphicFrame>')
    if deferred is not None:
        deferred.append(frame[-1][0], table)  # a:graphic/a:graphicData
    layout.append_element(tree, frame)
    return frame


def _table_xml(box: Box, spec: TableSpec, page: TablePage, style: Style,
               emphasis: Optional[Sequence[Optional[str]]]) -> str:
    """The ``a:tbl``: grid, a header row, then the page's rows striped."""
    pal = style.palette
    widths = spec.widths(pt(box.width))
    grid, used = [], 0
    for i, w in enumerate(widths):
        col_w = box.width - used if i == len(widths) - 1 else emu(w)
        grid.append(f'<a:gridCol w="{col_w}"/>')
        used += col_w
    header = "".join(_cell(col.header, spec.header_size, True, pal.paper, pal.navy,
                           PP_ALIGN.CENTER, style, MSO_ANCHOR.MIDDLE, w)
                     for col, w in zip(spec.columns, widths))
    rows = [f'<a:tr h="{emu(page.header_height)}">{header}</a:tr>']
    for i, (cells, h) in enumerate(zip(page.rows, page.heights), start=1):
        fill = pal.mist if i % 2 == 0 else pal.paper
        colour = (emphasis[i - 1] if emphasis else None) or pal.ink
        row = "".join(_cell(cells[j], spec.size, col.bold, colour, fill, col.align, style,
                            MSO_ANCHOR.TOP, widths[j]) for j, col in enumerate(spec.columns))
        rows.append(f'<a:tr h="{emu(h)}">{row}</a:tr>')
    return (f'<a:tbl><a:tblPr firstRow="1"><a:tableStyleId>{_TABLE_STYLE}</a:tableStyleId>'
            f'</a:tblPr><a:tblGrid>{"".join(grid)}</a:tblGrid>{"".join(rows)}</a:tbl>')


def _cell(text: str, size: float, bold: bool, colour: str, fill: str, align: PP_ALIGN,
          style: Style, anchor: MSO_ANCHOR, width: float) -> str:
    """One ``a:tc`` in a column ``width`` points wide: a paragraph per line of ``text`` (as
    ooxml.paragraphs writes them, breakable where the row height was measured), then fill,
    margins and anchor."""
    size = size or style.sizes.body[0]
    head, between, tail = _cell_frame(size, bold, colour, fill, align, anchor, style.font)
    room = _text_width(width)
    return head + between.join(
        ooxml.escape(mark(line, textfit.too_wide(line, room, size, bold)))
        for line in text.split("\n")) + tail


@lru_cache(maxsize=256)
def _cell_frame(size: float, bold: bool, colour: str, fill: str, align: PP_ALIGN,
                anchor: MSO_ANCHOR, font: str) -> Tuple[str, str, str]:
    """A cell's XML before its first line, between two lines, and after the last."""
    start, end = ooxml.run_paragraph(size, bold, colour, align, font)
    return (f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{start}', end + start,
            f'{end}</a:txBody>{_cell_props(fill, anchor, size)}</a:tc>')


@lru_cache(maxsize=64)
def _cell_props(fill: str, anchor: MSO_ANCHOR, size: float) -> str:
    margins = ooxml.insets(cell_margins(size), ("marL", "marT", "marR", "marB"))
    return f'<a:tcPr{margins} anchor="{MSO_ANCHOR.to_xml(anchor)}">{ooxml.fill(fill)}</a:tcPr>'


def continued_mark(page_obj, box: Box, text: str, style: Style = STYLE) -> None:
    """A small right-aligned "continued on the next slide" line under a table."""
    band = Box(box.left, box.bottom - emu(CONTINUED_BAND), box.width, emu(CONTINUED_BAND))
    page_obj.text(band, [Para(text, style.sizes.footer + 2, False, style.palette.grey,
                              PP_ALIGN.RIGHT)], sizes=(style.sizes.footer + 2,
                                                       style.sizes.footer), margins=(2, 1, 2, 1))
