"""Formats, column widths and row heights shared by every sheet of the summary workbook.

One :class:`Book` wraps the XlsxWriter workbook: it creates each cell format once (XlsxWriter
formats are workbook-wide objects), knows the language and digit style, and writes cells so that
text always stays text (``write_string``: a measure beginning with ``=`` is never a formula).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Optional, Sequence, Tuple

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from ita_xl import palette, thai, thai_dates, typography
from ita_xl.master.model import Period
from ita_xl.messages import text

FONT = palette.FONT
SIZE = 16  # the government memo size; TH Sarabun New is small, 16 pt reads like 11 pt Calibri
HEAD_FILL = palette.SHEET.header_fill
BORDER = palette.SHEET.border
DRAFT_RED = palette.SHEET.draft
THAI_DIGITS_LCID = "[$-D00041E]"  # numeral shape 0D = Thai digits, default calendar, th-TH

# Number formats by kind; every section gets the Thai-digit prefix when asked for.
NUMBER_FORMATS = {
    "score": "0.00",
    "change": "+0.00;-0.00;0.00",
    "int": "0",
    "rank_change": "+0;-0;0",
    "percent": '0"%"',
    "year": "0",
}
NUMERIC_KINDS = frozenset(NUMBER_FORMATS)
MAX_WIDTH = 60.0
LINE_PT = typography.cell_line_height(SIZE)  # one line of 16 pt TH Sarabun New, in points
ROW_PAD = typography.CELL_PAD * 2
WRAP_SLACK = typography.CELL_SAFETY  # Excel breaks Thai by its own dictionary


@dataclass
class Column:
    """One table column: header text, kind ("text", "center" or a NUMBER_FORMATS key), width."""

    header: str
    kind: str = "text"
    width: Optional[float] = None  # None: fit the header and the values
    max_width: float = MAX_WIDTH


def thai_number_format(fmt: str) -> str:
    """``fmt`` showing Thai digits: the cell value stays a number, only its display changes."""
    return ";".join(THAI_DIGITS_LCID + part for part in fmt.split(";"))


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def text_width(value: str) -> float:
    """Width in Excel column units that shows ``value``'s longest line in 16 pt TH Sarabun New
    (real glyph advances, see :mod:`ita_xl.typography`; padding included)."""
    return typography.column_units(value, SIZE)


class Book:
    """The workbook plus its formats and text helpers; sheets are written through it."""

    def __init__(self, workbook: Workbook, lang: str, thai_digits: bool, draft: bool) -> None:
        self.wb = workbook
        self.lang = lang
        self.thai_digits = thai_digits
        self.draft = draft
        self._formats: Dict[Any, Any] = {}
        self._cell_formats: Dict[Tuple[str, bool], Any] = {}  # (kind, bold) -> format

    # --- text -------------------------------------------------------------------------------
    def t(self, key: str, **params: Any) -> str:
        """A catalogue label with numbers in params shown in the chosen digits."""
        return self.digits(text(key, self.lang, **params))

    def digits(self, value: str) -> str:
        return thai.to_thai_digits(value) if self.thai_digits else value

    def year(self, be_year: int) -> int:
        """The year this workbook writes for ``be_year``: BE in Thai, CE in English
        (thai_dates.year_in, the convention the deck and the report share)."""
        return thai_dates.year_in(be_year, self.lang)

    def year_both(self, be_year: int) -> str:
        """'2026 (BE 2569)' in English, the BE year in Thai: named once, in the cover title."""
        return thai_dates.year_both_in(be_year, self.lang)

    def date(self, day: date) -> str:
        return thai_dates.date_in(day, self.lang, self.thai_digits)

    def period(self, period: Period) -> str:
        return thai_dates.period_in(period, self.lang, self.thai_digits)

    def num_text(self, value: Optional[float], decimals: int = 2, signed: bool = False) -> str:
        if value is None:
            return ""
        return thai.format_number(value, decimals, thai_digits=self.thai_digits, signed=signed)

    def num_format(self, kind: str) -> str:
        fmt = NUMBER_FORMATS[kind]
        return thai_number_format(fmt) if self.thai_digits else fmt

    # --- formats ----------------------------------------------------------------------------
    def fmt(self, **props: Any) -> Any:
        """A cached format: TH Sarabun New 16 pt, vertically centred, plus ``props``."""
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            base = {"font_name": FONT, "font_size": SIZE, "valign": "vcenter"}
            base.update(props)
            self._formats[key] = self.wb.add_format(base)
        return self._formats[key]

    def cell_format(self, kind: str, bold: bool = False) -> Any:
        """The bordered table-cell format of ``kind`` (looked up once per kind: called per cell)."""
        key = (kind, bold)
        if key not in self._cell_formats:
            self._cell_formats[key] = self._new_cell_format(kind, bold)
        return self._cell_formats[key]

    def _new_cell_format(self, kind: str, bold: bool) -> Any:
        props: Dict[str, Any] = {"border": 1, "border_color": BORDER, "bold": bold,
                                 "valign": "top"}
        if kind in NUMERIC_KINDS:
            centred = kind in ("year", "int", "rank_change")
            props.update(num_format=self.num_format(kind), align="center" if centred else "right")
        elif kind == "center":
            props.update(align="center", text_wrap=True)
        else:
            props.update(text_wrap=True, align="left")
        return self.fmt(**props)

    def header_format(self) -> Any:
        return self.fmt(bold=True, border=1, border_color=BORDER, bg_color=HEAD_FILL,
                        align="center", text_wrap=True)

    # --- cells ------------------------------------------------------------------------------
    def write_table(self, ws: Worksheet, top: int, left: int, columns: Sequence[Column],
                    rows: Sequence[Sequence[Any]], name: str,
                    widths: Optional[Sequence[float]] = None) -> Tuple[int, List[float]]:
        """A header row and ``rows`` as an Excel table (filter buttons, no colour style of its
        own: the cell formats carry borders and the header fill).

        Sets the column widths (fitted unless given) and every row's height: LibreOffice does
        not grow rows for wrapped text on opening, so heights are estimated here. Returns the
        last row used and the widths.
        """
        widths = list(widths) if widths is not None else fit_widths(columns, rows)
        for c, width in enumerate(widths):
            ws.set_column(left + c, left + c, width)
        header = self.header_format()
        for c, col in enumerate(columns):
            ws.write_string(top, left + c, col.header, header)
        ws.set_row(top, row_height([col.header for col in columns], widths, bold=True))
        self._write_rows(ws, top + 1, left, columns, rows, widths)
        last = top + max(len(rows), 1)
        if not rows:
            for c, col in enumerate(columns):
                ws.write_blank(last, left + c, None, self.cell_format(col.kind))
            ws.set_row(last, row_height([], widths))
        ws.add_table(top, left, last, left + len(columns) - 1, {
            "name": name, "style": "None", "autofilter": True,
            "columns": [{"header": col.header, "header_format": header} for col in columns],
        })
        return last, widths

    def _write_rows(self, ws: Worksheet, first: int, left: int, columns: Sequence[Column],
                    rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> None:
        """:meth:`write` for every cell, each column's format and kind looked up once."""
        cells = [(i, left + i, col.kind in NUMERIC_KINDS, self.cell_format(col.kind))
                 for i, col in enumerate(columns)]
        write_blank, write_number, write_string = ws.write_blank, ws.write_number, ws.write_string
        for r, values in enumerate(rows, start=first):
            for i, c, numeric, fmt in cells:
                value = values[i]
                if value is None or value == "":
                    write_blank(r, c, None, fmt)
                elif numeric and is_number(value):
                    write_number(r, c, float(value), fmt)
                else:
                    write_string(r, c, str(value), fmt)
            ws.set_row(r, row_height([v if isinstance(v, str) else None for v in values], widths))


def fit_widths(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> List[float]:
    """Each column's width: its given width, else wide enough for its values (up to its maximum)
    and for its header wrapped on at most two lines."""
    widths = []
    for c, col in enumerate(columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        head = text_width(col.header)
        width = max(7.0, min(head, max(head / 2 + 2, 10.0)))
        for values in rows:
            value = values[c]
            if is_number(value):
                width = max(width, text_width(_shown(value, col.kind)) + 1.0)
            elif value:
                width = max(width, (text_width(str(value)) - 1.5) * WRAP_SLACK + 2.0)
        widths.append(round(min(width, col.max_width), 1))
    return widths


def _shown(value: float, kind: str) -> str:
    """Roughly what a number format shows, for measuring (digit widths are all alike)."""
    decimals = 2 if kind in ("score", "change") else 0
    signed = kind in ("change", "rank_change")
    shown = thai.format_number(value, decimals, signed=signed)
    return shown + "%" if kind == "percent" else shown


def line_count(value: str, width: float, bold: bool = False, size: float = SIZE) -> int:
    """How many lines ``value`` (at ``size`` pt) wraps to in a column ``width`` units wide."""
    return typography.line_count(value, typography.units_to_points(width), size, bold,
                                 typography.CELL_SAFETY)


def row_height(values: Sequence[Optional[str]], widths: Sequence[float],
               bold: bool = False) -> float:
    """Points for a row of 16 pt Sarabun text: the cell needing most lines decides."""
    lines = 1
    for value, width in zip(values, widths):
        if value:
            lines = max(lines, line_count(value, width, bold))
    return typography.row_height(lines, SIZE)
