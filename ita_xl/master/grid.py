"""One sheet's cells as a sparse grid, with its merged ranges, read in a single pass.

openpyxl's read-only worksheets do not expose merged cells, so the sheet XML is streamed here by
:mod:`ita_xl.master.sheetxml` (cached formula values, dates, shared strings all converted as
openpyxl's worksheet parser converts them); ``mergeCells`` comes out of the same pass. A merged
range's value is kept only in its top-left cell, even when the file still carries values in the
hidden cells.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Tuple

from openpyxl.utils import get_column_letter, range_boundaries

from ita_xl.master.model import Located
from ita_xl.thai import clean_text

Box = Tuple[int, int, int, int]  # min_row, min_col, max_row, max_col


@dataclass
class Grid:
    """Non-blank cell values by (row, column), 1-based, and the sheet's merged ranges.

    Each value's cleaned text is worked out once here (``texts``): the tables ask for it, and
    whether a cell is blank, many times per cell.
    """

    sheet: str
    cells: Dict[Tuple[int, int], Any] = field(default_factory=dict)
    merges: List[Box] = field(default_factory=list)
    texts: Dict[Tuple[int, int], str] = field(default_factory=dict, repr=False)
    _anchor: Dict[Tuple[int, int], Tuple[int, int]] = field(default_factory=dict, repr=False)
    _by_row: Dict[int, Dict[int, Any]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index_merges()
        texts = self.texts
        for key, value in self.cells.items():
            if key not in texts:
                texts[key] = cell_text(value)
        self._by_row = {}
        for (r, c), v in sorted(self.cells.items()):
            self._by_row.setdefault(r, {})[c] = v

    def _index_merges(self) -> None:
        self._anchor = {}
        for r1, c1, r2, c2 in self.merges:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 100_000:
                continue  # a whole-column merge: its hidden cells are blank anyway
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        self._anchor[(r, c)] = (r1, c1)
                        self.cells.pop((r, c), None)
                        self.texts.pop((r, c), None)

    def value(self, row: int, col: int) -> Any:
        return self.cells.get((row, col))

    def blank(self, row: int, col: int) -> bool:
        """``is_blank(self.value(row, col))``, from the cached text."""
        return not self.texts.get((row, col))

    def row(self, row: int) -> Dict[int, Any]:
        """The non-blank values of one row by column."""
        return dict(self._by_row.get(row, {}))

    def rows(self, start: int = 1) -> Iterator[Tuple[int, Dict[int, Any]]]:
        """(row number, {column: value}) for every row from ``start`` holding a value, in order."""
        for r in sorted(self._by_row):
            if r >= start:
                yield r, dict(self._by_row[r])

    def anchor(self, row: int, col: int) -> Optional[Tuple[int, int]]:
        """The top-left cell of the merged range covering (row, col), if it is a hidden cell."""
        return self._anchor.get((row, col))

    def merge_at(self, row: int, col: int) -> Optional[Box]:
        """The merged range whose top-left cell is (row, col)."""
        for box in self.merges:
            if box[0] == row and box[1] == col:
                return box
        return None

    def located(self, row: int, col: int, value: Any = None, problem: Optional[str] = None,
                raw: Any = None) -> Located:
        """A Located for this cell; ``raw`` defaults to the cell's own value."""
        raw = self.cells.get((row, col)) if raw is None else raw
        return Located(value, raw, self.sheet, a1(row, col), problem)

    def text(self, row: int, col: int) -> Located:
        """The cell as cleaned text (None when blank)."""
        key = (row, col)
        return Located(self.texts.get(key) or None, self.cells.get(key), self.sheet,
                       a1(row, col))


def a1(row: int, col: int) -> str:
    """'B5' for row 5, column 2 (as Excel shows it)."""
    return f"{get_column_letter(col)}{row}"


def cell_text(raw: Any) -> str:
    """A cell value as cleaned text; whole-number floats lose their '.0' (9.0 -> '9')."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return clean_text(raw)


def is_blank(raw: Any) -> bool:
    return cell_text(raw) == ""


def load_grid(ws: Any) -> Grid:
    """Read a worksheet (a listed :class:`~ita_xl.master.workbook.Sheet`, streamed; or an
    openpyxl worksheet, through its public cells and merged ranges) into a :class:`Grid`."""
    if hasattr(ws, "book") and hasattr(ws, "open"):
        return _parse_listed(ws)
    cells, merges = _from_worksheet(ws)
    return Grid(sheet=ws.title, cells=cells, merges=merges)


def _parse_listed(ws: Any) -> Grid:
    """The sheet XML streamed once (:mod:`sheetxml`), each value's text cleaned once."""
    from ita_xl.master.sheetxml import read_sheet

    book = ws.book
    cells: Dict[Tuple[int, int], Any] = {}
    texts: Dict[Tuple[int, int], str] = {}
    seen: Dict[str, str] = {}  # text cells repeat (units, periods, status): clean each once

    def keep(row: int, col: int, value: Any) -> None:
        if type(value) is str:
            text = seen.get(value)
            if text is None:
                text = seen[value] = clean_text(value)
        else:
            text = cell_text(value)
        if text:
            cells[(row, col)] = value
            texts[(row, col)] = text

    with ws.open() as src:
        merges = read_sheet(src, book.shared_strings, book.styles, keep)
    return Grid(sheet=ws.title, cells=cells, merges=merges, texts=texts)


def _from_worksheet(ws: Any) -> Tuple[Dict[Tuple[int, int], Any], List[Box]]:
    cells: Dict[Tuple[int, int], Any] = {}
    for row in ws.iter_rows():
        for cell in row:
            if not is_blank(getattr(cell, "value", None)):
                cells[(cell.row, cell.column)] = cell.value
    merges = [_box(str(rng)) for rng in getattr(ws, "merged_cells", ()).ranges] \
        if hasattr(ws, "merged_cells") else []
    return cells, merges


def _box(ref: str) -> Box:
    c1, r1, c2, r2 = range_boundaries(ref)
    return (r1, c1, r2, c2)
