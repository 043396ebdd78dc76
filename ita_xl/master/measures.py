"""The มาตรการ sheet: one row per measure, grouped under indicator rows the way the memo does.

A row whose only text is an indicator reference (often merged across the table) is a group row:
it gives its indicator to the measure rows below it, up to the next group row. A cell merged down
over several rows (one indicator or one unit for three measures) counts for each of those rows and
points at the merged cell. Rows repeating the header (the memo repeats it on every page) and
blank rows are skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Dict, List, Optional, Tuple

from ita_xl.master.grid import Grid, cell_text
from ita_xl.master.layout import MEASURES, MEASURES_CONTAINS
from ita_xl.master.locate import (
    contains_classifier, exact_classifier, find_header, is_repeated_header,
)
from ita_xl.master.model import Located, Measure, MeasuresTable
from ita_xl.master.values import date_at, number_at, period_at

classify_measures_header = contains_classifier(MEASURES, MEASURES_CONTAINS)
_exact_measures_header = exact_classifier(MEASURES)
ReferenceCheck = Callable[[str], bool]

_TEXT_FIELDS = ("measure", "method", "responsible", "follow_up", "status")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212•·▪●◦*"
_UNIT_SPLIT = re.compile(r"(?:^|(?<=\s))[" + re.escape(_DASHES) + r"]+\s*|[,;、]\s*")
_ENUMERATION = re.compile(r"^\(?[0-9๐-๙]{1,2}[.)]\s*")


def split_units(raw: Any) -> List[str]:
    """Responsible units: one per line, or after a dash that starts the cell or follows a space.

    ``-กองคลัง -ผู้อำนวยการ กองคลัง`` -> ["กองคลัง", "ผู้อำนวยการ กองคลัง"]; the dash inside
    ``ติดต่อ-สอบถาม`` does not split. Leading enumerations (``๑.``, ``2)``) are dropped.
    """
    return list(_units(cell_text(raw)))


@lru_cache(maxsize=4096)
def _units(text: str) -> Tuple[str, ...]:
    """split_units of a cleaned text (cached: the same few units fill a whole sheet)."""
    units: List[str] = []
    for line in text.split("\n"):
        for part in _UNIT_SPLIT.split(line):
            part = _ENUMERATION.sub("", part.strip()).strip()
            if part:
                units.append(part)
    return tuple(units)


def read_measures(grid: Grid, fiscal_year: Optional[int],
                  is_reference: ReferenceCheck) -> MeasuresTable:
    """Measures with their indicator (own cell, merged cell above, or group row).

    ``fiscal_year`` is the year periods are read in (the year the measures are planned for);
    ``is_reference`` tells a group row's text from a measure's.
    """
    header = find_header(grid, classify_measures_header)
    if header is None:
        return MeasuresTable(sheet=grid.sheet, header_row=0, rows=[],
                             missing_columns=["measure", "responsible", "period"])
    cols = header.columns
    table = MeasuresTable(sheet=grid.sheet, header_row=header.row, rows=[],
                          missing_columns=_missing(cols))
    group: Optional[Located] = None
    for row, cells in grid.rows(header.data_start):
        if is_repeated_header(grid, row, header, _exact_measures_header):
            continue
        found = _group_text(grid, row, cells, cols, is_reference)
        if found is not None:
            group = found
            continue
        if all(grid.blank(row, c) for c in cols.values()):
            continue
        table.rows.append(_measure(grid, row, cols, group, fiscal_year, header.data_start))
    return table


def _missing(cols: Dict[str, int]) -> List[str]:
    missing = []
    if "measure" not in cols and "method" not in cols:
        missing.append("measure")
    if "responsible" not in cols:
        missing.append("responsible")
    if "period" not in cols and not ("start" in cols and "end" in cols):
        missing.append("period")
    return missing


def _group_text(grid: Grid, row: int, cells: Dict[int, Any], cols: Dict[str, int],
                is_reference: ReferenceCheck) -> Optional[Located]:
    """The group row's indicator, when the row's only value is an indicator reference."""
    if len(cells) != 1:
        return None
    (col, raw), = cells.items()
    if not isinstance(raw, str) and col != cols.get("indicator"):
        return None
    text = cell_text(raw)
    if col == cols.get("indicator") or is_reference(text):
        return grid.located(row, col, value=text)
    return None


def _inherited(grid: Grid, row: int, col: int, start: int) -> Optional[Tuple[int, int]]:
    """The top cell of a merge running down into (row, col) from a data row above."""
    anchor = grid.anchor(row, col)
    if anchor is None or anchor[1] != col or anchor[0] >= row or anchor[0] < start:
        return None
    return anchor


def _cell(grid: Grid, row: int, col: int, start: int) -> Tuple[int, int]:
    """Where (row, col)'s value lives: itself, or the merged cell above it."""
    if grid.blank(row, col):
        anchor = _inherited(grid, row, col, start)
        if anchor is not None:
            return anchor
    return row, col


def _measure(grid: Grid, row: int, cols: Dict[str, int], group: Optional[Located],
             fiscal_year: Optional[int], start_row: int) -> Measure:

    def at(fld: str) -> Optional[Tuple[int, int]]:
        return _cell(grid, row, cols[fld], start_row) if fld in cols else None

    def text(fld: str) -> Optional[Located]:
        pos = at(fld)
        return grid.text(*pos) if pos else None

    indicator, from_group = _indicator(grid, row, cols, group, start_row)
    responsible = text("responsible")
    period = at("period")
    start, end, progress = at("start"), at("end"), at("progress")
    return Measure(
        row=row,
        indicator=indicator,
        from_group=from_group,
        measure=text("measure"),
        method=text("method"),
        responsible=list(_units(responsible.value or "")) if responsible else [],
        responsible_cell=responsible,
        period=period_at(grid, *period, fiscal_year) if period else None,
        start=date_at(grid, *start) if start else None,
        end=date_at(grid, *end) if end else None,
        follow_up=text("follow_up"),
        status=text("status"),
        progress=number_at(grid, *progress) if progress else None,
    )


def _indicator(grid: Grid, row: int, cols: Dict[str, int], group: Optional[Located],
               start: int) -> Tuple[Optional[Located], bool]:
    col = cols.get("indicator")
    if col is not None and not grid.blank(row, col):
        return grid.text(row, col), False
    if col is not None:
        anchor = _inherited(grid, row, col, start)
        if anchor is not None:
            return grid.text(*anchor), True
    if group is not None:
        return group, True
    if col is not None:
        return grid.text(row, col), False
    return None, False
