"""Finding the staff sheets by name and a table's header row and columns by their text.

The header row is the first row near the top whose cells name enough known columns (title rows
above it are skipped); a second header row is joined when the first has merged group headers over
it (e.g. ``ผลคะแนน`` spanning ``2564 | 2565``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from ita_xl.master.grid import Grid
from ita_xl.master.layout import SHEETS, Name, name_matcher
from ita_xl.thai import header_key

Kind = Union[str, Tuple[str, int], None]  # a field, ("year", 2565), "yearish" or None
Classifier = Callable[[Any], Kind]
HEADER_SCAN_ROWS = 20
YEARISH = "yearish"
PLAIN = "plain-score"  # a year-less "score" header; a sub-header row below may name the years
_WEAK = (None, YEARISH, PLAIN)


def find_sheets(sheet_names: Sequence[str]) -> Dict[str, str]:
    """{table: sheet name} for each staff sheet found by Thai name or alias (first in order)."""
    found: Dict[str, str] = {}
    for name in SHEETS:
        for sheet in sheet_names:
            if header_key(sheet) in name.keys and sheet not in found.values():
                found[name.field] = sheet
                break
    return found


def contains_classifier(names: Tuple[Name, ...], contains: Sequence[Tuple[str, str]]) -> Classifier:
    """A classifier: exact alias first, then the first ``(word, field)`` whose word is inside."""

    match = name_matcher(names)
    words = [(header_key(word), fld) for word, fld in contains]

    def classify(value: Any) -> Kind:
        if not isinstance(value, str):
            return None
        exact = match(value)
        if exact:
            return exact
        key = header_key(value)
        for word, fld in words:
            if word in key:
                return fld
        return None

    return classify


def exact_classifier(names: Tuple[Name, ...]) -> Classifier:
    """A classifier that knows only the exact aliases (to spot a header repeated mid-table).

    It carries ``keys``, the folded aliases it can answer to, so a caller can skip it for text
    that cannot be one of them.
    """
    match = name_matcher(names)

    def classify(value: Any) -> Kind:
        return match(value) if isinstance(value, str) else None

    classify.keys = frozenset(key for name in names for key in name.keys)  # type: ignore
    return classify


@dataclass
class Header:
    """Where a table's header is and what each header cell names."""

    row: int
    data_start: int
    kinds: Dict[int, Kind] = field(default_factory=dict)  # column -> kind
    cells: Dict[int, Tuple[int, Any]] = field(default_factory=dict)  # column -> (row, raw text)
    _named: Optional[List[Tuple[int, Kind, str]]] = field(default=None, repr=False, compare=False)

    @property
    def columns(self) -> Dict[str, int]:
        """field -> column of the first header cell naming it."""
        out: Dict[str, int] = {}
        for col in sorted(self.kinds):
            kind = self.kinds[col]
            if isinstance(kind, str) and kind != YEARISH and kind not in out:
                out[kind] = col
        return out


def _hits(kinds: Dict[int, Kind]) -> int:
    return len({k for k in kinds.values() if k is not None and k != YEARISH})


def _classify_row(grid: Grid, row: int, classify: Classifier) -> Dict[int, Kind]:
    return {c: classify(v) for c, v in grid.row(row).items()}


def find_header(grid: Grid, classify: Classifier, min_hits: int = 2) -> Optional[Header]:
    """The table's header near the top of ``grid``; None when no row names any known column."""
    best: Optional[Tuple[int, Dict[int, Kind]]] = None
    for row, _ in grid.rows():
        if row > HEADER_SCAN_ROWS:
            break
        kinds = _classify_row(grid, row, classify)
        hits = _hits(kinds)
        if hits >= min_hits:
            best = (row, kinds)
            break
        if hits and (best is None or hits > _hits(best[1])):
            best = (row, kinds)
    if best is None:
        return None
    row, kinds = best
    header = Header(row=row, data_start=row + 1)
    for col, kind in kinds.items():
        header.kinds[col] = kind
        header.cells[col] = (row, grid.value(row, col))
    _join_second_row(grid, header, classify)
    return header


def _join_second_row(grid: Grid, header: Header, classify: Classifier) -> None:
    """Take row+1 into the header when merged group headers in row sit above its named cells."""
    row = header.row
    below = {c: k for c, k in _classify_row(grid, row + 1, classify).items() if k is not None}
    taken = {k for k in header.kinds.values() if k is not None and k != YEARISH}
    new = {c: k for c, k in below.items() if k not in taken and k != YEARISH
           and header.kinds.get(c) in _WEAK}
    if not new:
        return
    spans = [box for box in grid.merges if box[0] == row]
    covered = any(box[2] > row or any(box[1] <= c <= box[3] for c in new) for box in spans)
    if not covered:
        return
    for col, raw in grid.row(row + 1).items():
        kind = below.get(col)
        if kind is not None and header.kinds.get(col) in _WEAK:
            header.kinds[col] = kind
            header.cells[col] = (row + 1, raw)
    header.data_start = row + 2


def is_repeated_header(grid: Grid, row: int, header: Header, exact: Classifier) -> bool:
    """True for a row that repeats the header mid-table (as the memo does on every page).

    A cell repeats its column's header when it has the same text or an exact alias of the same
    field (``ระยะเวลา`` under ``ระยะเวลา ดำเนินการ``); data that merely contains a header word
    (``ติดตามผลทุก ๖ เดือน``) does not.
    """
    named = _named(header)
    if not named:
        return False
    cells = grid.cells
    aliases = getattr(exact, "keys", None)  # None: ask ``exact`` about every value
    same = 0
    for col, kind, key in named:
        value = cells.get((row, col))
        if value is None:
            continue
        folded = header_key(value)
        if folded == key:
            same += 1
        elif (aliases is None or folded.rstrip(":：") in aliases) and exact(value) == kind:
            same += 1
    return same >= min(2, len(named))


def _named(header: Header) -> List[Tuple[int, Kind, str]]:
    """(column, kind, folded header text) of the header cells naming a field or a year; worked
    out on the first data row (the header is complete by then) and kept for the others."""
    if header._named is None:
        header._named = [(c, k, header_key(header.cells[c][1])) for c, k in header.kinds.items()
                         if k is not None and k != YEARISH]
    return header._named
