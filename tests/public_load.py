"""openpyxl's public, full load of a workbook (cached values), as the reference the streamed
reader is compared with (test_reader_public, test_sheetxml).

Each file is loaded once per test session: the largest of the corpus (60 MB of shared strings)
costs seconds to load, and both files compare against it.
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Tuple

import openpyxl
from openpyxl.utils import range_boundaries

Box = Tuple[int, int, int, int]  # min_row, min_col, max_row, max_col
Cells = Dict[Tuple[int, int], Tuple[Any, type]]


def public_sheets(path: Path) -> Any:
    """{sheet title: (cells, merges)} where cells maps (row, column) to (value, type) for every
    cell holding a value and merges are the sorted merged ranges; or ("error", exception type
    name) when the load fails (the end of the cause chain, as read_master's messages name it)."""
    path = Path(path).resolve()
    if REPO in path.parents:  # the shipped corpus never changes during a run: load it once
        return _cached(str(path))
    return _load(str(path))


REPO = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def _cached(path: str) -> Any:
    return _load(path)


def _load(path: str) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - the point is which inputs fail
        return ("error", innermost(exc))
    sheets = {}
    for ws in wb.worksheets:
        cells = {(c.row, c.column): (c.value, type(c.value))
                 for row in ws.iter_rows() for c in row if c.value is not None}
        sheets[ws.title] = cells, sorted(box(str(rng)) for rng in ws.merged_cells.ranges)
    return sheets


def box(ref: str) -> Box:
    c1, r1, c2, r2 = range_boundaries(ref)
    return (r1, c1, r2, c2)


def innermost(exc: BaseException) -> str:
    """The exception type read_master's messages name (the end of the cause chain)."""
    seen: List[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return type(seen[-1]).__name__
