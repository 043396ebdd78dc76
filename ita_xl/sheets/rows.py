"""Row heights for Thai text: neither Excel nor LibreOffice grows a row for an XlsxWriter file.

Lines and their height come from :mod:`ita_xl.typography` (the same measure as the summary and
the slides). ``Sheet`` wraps a worksheet, notes every text written and, once the column widths
are known, sets each row's height.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from ita_xl import typography
from ita_xl.sheets.formats import SIZE

_PAD = typography.CELL_PAD  # points above and below the text


def line_height(size: float = SIZE) -> float:
    return typography.cell_line_height(size)


def lines_needed(text: str, width: float, size: float, wrap: bool, bold: bool = False) -> int:
    """Lines ``text`` takes in a column ``width`` units wide (bold text is wider)."""
    parts = str(text).splitlines() or [""]
    if not wrap:
        return len(parts)
    return typography.line_count("\n".join(parts), typography.units_to_points(width), size,
                                 bold, safety=typography.CELL_SAFETY)


class Sheet:
    """A worksheet that remembers its texts and widths, then sizes its rows (``fit_rows``)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._widths: Dict[int, float] = {}
        self._texts: List[Tuple[int, int, int, int, str, Any]] = []  # rows, columns, text, format
        self._fixed: Dict[int, float] = {}
        self._least: Dict[int, float] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def set_column(self, first: int, last: int, width: float, *args: Any) -> Any:
        for col in range(first, last + 1):
            self._widths[col] = width
        return self.ws.set_column(first, last, width, *args)

    def set_row(self, row: int, height: float, *args: Any) -> Any:
        self._fixed[row] = height
        return self.ws.set_row(row, height, *args)

    def at_least(self, row: int, height: float) -> None:
        """Give ``row`` at least ``height`` points; ``fit_rows`` still grows it for its text."""
        self._least[row] = max(self._least.get(row, 0.0), height)

    def write_string(self, row: int, col: int, text: str, fmt: Any = None) -> Any:
        self._texts.append((row, row, col, col, text, fmt))
        return self.ws.write_string(row, col, text, fmt)

    def merge_text(self, first_row: int, first_col: int, last_row: int, last_col: int,
                   text: str, fmt: Any) -> None:
        """A merged range holding ``text`` written as text (never parsed as a formula)."""
        self.ws.merge_range(first_row, first_col, last_row, last_col, "", fmt)
        self.ws.write_string(first_row, first_col, text, fmt)
        self._texts.append((first_row, last_row, first_col, last_col, text, fmt))

    def write_url(self, row: int, col: int, url: str, fmt: Any, string: str, tip: str) -> Any:
        self._texts.append((row, row, col, col, string, fmt))
        return self.ws.write_url(row, col, url, fmt, string, tip)

    def width(self, first: int, last: int) -> float:
        """Width of columns ``first``..``last`` together (Excel's default 8.43 where unset)."""
        return sum(self._widths.get(c, 8.43) for c in range(first, last + 1))

    def fit_rows(self) -> None:
        """Give every row with text the height of its tallest cell; fixed rows keep theirs.

        A cell merged over several rows shares its height out over them.
        """
        need: Dict[int, float] = {}
        for first_row, last_row, first, last, text, fmt in self._texts:
            size = float(getattr(fmt, "font_size", SIZE) or SIZE)
            wrap = bool(getattr(fmt, "text_wrap", 0))
            bold = bool(getattr(fmt, "bold", 0))
            lines = lines_needed(text, self.width(first, last), size, wrap, bold)
            span = last_row - first_row + 1
            height = (lines * line_height(size) + _PAD) / span
            for row in range(first_row, last_row + 1):
                need[row] = max(need.get(row, 0.0), height)
        for row, least in self._least.items():
            need[row] = max(need.get(row, 0.0), least)
        for row, height in sorted(need.items()):
            if row not in self._fixed:
                self.ws.set_row(row, round(height, 1))
        self.ws.set_default_row(line_height(SIZE) + _PAD)
