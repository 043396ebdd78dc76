"""The หน่วยงาน sheet: one key per row (column A) with its value beside it (column B)."""
from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from ita_xl.master.grid import Grid, cell_text
from ita_xl.master.layout import AGENCY_HEADER_WORDS, AGENCY_KEYS, match_name
from ita_xl.master.model import Agency, Located
from ita_xl.master.values import date_at, number_at, year_at
from ita_xl.thai import header_key

_HEADER_KEYS = {header_key(w) for w in AGENCY_HEADER_WORDS}


def read_agency(grid: Grid) -> Agency:
    """Known keys fill their fields (first occurrence wins); other keyed values go to ``extra``."""
    agency = Agency(sheet=grid.sheet)
    for row, cells in grid.rows():
        key_col = min(cells)
        key_raw = cells[key_col]
        value_col = _value_column(grid, row, key_col)
        fld = match_name(key_raw, AGENCY_KEYS)
        if fld is None:
            _keep_extra(agency, grid, row, key_raw, value_col)
            continue
        if getattr(agency, fld) is None:
            setattr(agency, fld, _convert(grid, fld, row, value_col))
    return agency


def _value_column(grid: Grid, row: int, key_col: int) -> int:
    """The column right of the key cell (past a merge, when staff merged A:B for the key)."""
    box = grid.merge_at(row, key_col)
    return (box[3] if box is not None and box[0] <= row <= box[2] else key_col) + 1


def _convert(grid: Grid, fld: str, row: int, col: int) -> Located:
    if fld == "fiscal_year":
        return year_at(grid, row, col)
    if fld == "target_score":
        return number_at(grid, row, col)
    if fld in ("meeting_date", "letter_date"):
        return date_at(grid, row, col)
    return grid.text(row, col)


def _keep_extra(agency: Agency, grid: Grid, row: int, key_raw: Any, value_col: int) -> None:
    key = cell_text(key_raw).rstrip(":：").strip()
    if not key or header_key(key) in _HEADER_KEYS:
        return
    located = grid.text(row, value_col)
    if located.value is None or key in agency.extra:
        return  # a title or note line, not a key/value pair
    agency.extra[key] = located


def agency_fields() -> Dict[str, Tuple[str, str]]:
    """field -> (Thai key, English alias) as the contract names them."""
    return {name.field: (name.th, name.en) for name in AGENCY_KEYS}


def fiscal_year_of(agency: Optional[Agency]) -> Optional[int]:
    """The agency's fiscal year when it was read as a year, else None."""
    if agency is None or agency.fiscal_year is None:
        return None
    value = agency.fiscal_year.value
    return value if isinstance(value, int) else None
