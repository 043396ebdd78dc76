"""The คะแนนตัวชี้วัด sheet: one row per indicator, one column per fiscal year.

Header cells are told apart in this order: a known alias (ลำดับ, ตัวชี้วัด, ผลต่าง, เป้าหมาย …), the
change words (ผลต่าง/เปลี่ยนแปลง/พัฒนา), target words, a year header, a plain "score" header (the
memo's one-year table, read as the agency's fiscal year), and finally anything year-like that
could not be read, which is reported rather than guessed.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from openpyxl.utils import column_index_from_string, get_column_letter

from ita_xl.master.grid import Grid, cell_text, is_blank
from ita_xl.master.layout import (
    CHANGE_WORDS, PLAIN_SCORE_HEADERS, SCORES, TARGET_WORDS, TOTAL_WORDS, YEARISH_WORDS, match_name,
)
from ita_xl.master.locate import PLAIN, YEARISH, Header, Kind, find_header, is_repeated_header
from ita_xl.master.model import Located, ScoreRow, ScoresTable, YearColumn
from ita_xl.master.values import number_at
from ita_xl.thai import header_key, parse_year_header, to_arabic_digits, years_named

_PLAIN_KEYS = {header_key(h) for h in PLAIN_SCORE_HEADERS}
_TOTAL_KEYS = {header_key(w) for w in TOTAL_WORDS}
_YEAR_DIGITS = re.compile(r"(?<!\d)2[4-7]\d\d(?!\d)")


def classify_score_header(value: Any) -> Kind:
    """What a header cell of the scores table names."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        year = parse_year_header(value)
        return ("year", year) if year else None
    if not isinstance(value, str):
        return None
    exact = match_name(value, SCORES)
    if exact:
        return exact
    key = to_arabic_digits(header_key(value))
    if any(w in key for w in CHANGE_WORDS):
        return "change"
    if any(w in key for w in TARGET_WORDS):
        return "target"
    year = parse_year_header(value)
    if year:
        return ("year", year)
    if key in _PLAIN_KEYS:
        return PLAIN
    if "ลำดับ" in key or "อันดับ" in key:
        return "rank"
    has_year = bool(_YEAR_DIGITS.search(key))
    if ("ตัวชี้วัด" in key or "indicator" in key) and not has_year:
        return "indicator"
    if has_year or any(header_key(w) in key for w in YEARISH_WORDS):
        return YEARISH
    return None


def _exact_score_header(value: Any) -> Kind:
    """Only unmistakable header text: an alias, a year header, a plain score header."""
    if isinstance(value, str) and match_name(value, SCORES):
        return match_name(value, SCORES)
    year = parse_year_header(value)
    if year:
        return ("year", year)
    if isinstance(value, str) and header_key(value) in _PLAIN_KEYS:
        return PLAIN
    return None


def read_scores(grid: Grid, fiscal_year: Optional[int]) -> ScoresTable:
    """The year columns, the change column and the indicator rows (blank rows skipped)."""
    header = find_header(grid, classify_score_header)
    if header is None:
        return ScoresTable(sheet=grid.sheet, header_row=0, years=[], rows=[],
                           missing_columns=["indicator", "years"])
    table = ScoresTable(sheet=grid.sheet, header_row=header.row, years=[], rows=[])
    _year_columns(grid, header, fiscal_year, table)
    cols = header.columns
    if "change" in cols:
        table.change_header = _header_located(grid, header, cols["change"])
        table.change_years_named = years_named(header.cells[cols["change"]][1])
        table.change_pair = change_pair(table.change_years_named, cols["change"], table.years)
    if "indicator" not in cols and "indicator_no" not in cols:
        table.missing_columns.append("indicator")
    if not table.years:
        table.missing_columns.append("years")
    if "indicator" in table.missing_columns:
        return table
    for row, _ in grid.rows(header.data_start):
        if is_repeated_header(grid, row, header, _exact_score_header):
            continue
        score_row = _score_row(grid, row, cols, table.years)
        if score_row is None:
            continue
        if header_key(score_row.indicator.value) in _TOTAL_KEYS:
            table.totals.append(score_row)
        else:
            table.rows.append(score_row)
    return table


def change_pair(named: Tuple[int, ...], column: int,
                years: List[YearColumn]) -> Optional[Tuple[int, int]]:
    """(earlier, later) years a staff-typed change column compares.

    Two years named: those two. One named: it and the year before it on the sheet. None named:
    the two year columns just left of it (the memo puts it right after them), else the two
    nearest. None when
    a named year has no column, or the sheet has fewer than two years.
    """
    have = sorted(y.year for y in years)
    if len(named) >= 2:
        pair = tuple(sorted(named[:2]))
    elif len(named) == 1:
        earlier = [y for y in have if y < named[0]]
        pair = (earlier[-1], named[0]) if earlier else (named[0], named[0])
    else:
        left = [y for y in years if column_index_from_string(y.column) < column]
        pool = left if len(left) >= 2 else years
        nearest = sorted(pool, key=lambda y: abs(column_index_from_string(y.column) - column))
        pair = tuple(sorted(y.year for y in nearest[:2]))
    if len(pair) != 2 or pair[0] == pair[1] or not set(pair) <= set(have):
        return None
    return pair  # type: ignore[return-value]


def _header_located(grid: Grid, header: Header, col: int, value: Any = None,
                    problem: Optional[str] = None) -> Located:
    row, raw = header.cells[col]
    text = cell_text(raw) or None
    return grid.located(row, col, value=text if value is None else value, problem=problem, raw=raw)


def _year_columns(grid: Grid, header: Header, fiscal_year: Optional[int],
                  table: ScoresTable) -> None:
    seen: Dict[int, int] = {}
    plain: List[int] = []
    for col in sorted(header.kinds):
        kind = header.kinds[col]
        if isinstance(kind, tuple):
            year = kind[1]
            if year in seen:
                table.unknown_year_headers.append(
                    _header_located(grid, header, col, value=None, problem="duplicate-year"))
                continue
            seen[year] = col
            table.years.append(YearColumn(year=year, column=get_column_letter(col),
                                          header=_header_located(grid, header, col, value=year)))
        elif kind == PLAIN:
            plain.append(col)
        elif kind == YEARISH:
            table.unknown_year_headers.append(
                _header_located(grid, header, col, problem="not-a-year"))
    for i, col in enumerate(plain):
        if i == 0 and not table.years and fiscal_year is not None:
            table.years.append(YearColumn(
                year=fiscal_year, column=get_column_letter(col),
                header=_header_located(grid, header, col, value=fiscal_year)))
        else:
            table.unknown_year_headers.append(
                _header_located(grid, header, col, problem="not-a-year"))


def _score_row(grid: Grid, row: int, cols: Dict[str, int],
               years: List[YearColumn]) -> Optional[ScoreRow]:
    indicator = _indicator(grid, row, cols)
    scores = {y.year: number_at(grid, row, column_index_from_string(y.column)) for y in years}
    change = number_at(grid, row, cols["change"]) if "change" in cols else None
    target = number_at(grid, row, cols["target"]) if "target" in cols else None
    parts = [indicator.raw, *(s.raw for s in scores.values()),
             change.raw if change else None, target.raw if target else None]
    if all(is_blank(p) for p in parts):
        return None
    return ScoreRow(row=row, indicator=indicator, scores=scores, change=change, target=target)


def _indicator(grid: Grid, row: int, cols: Dict[str, int]) -> Located:
    """The indicator text; a separate number column (ตัวชี้วัดที่) is put in front of the name."""
    name_col = cols.get("indicator")
    no_col = cols.get("indicator_no")
    if name_col is None:
        return grid.text(row, no_col)
    located = grid.text(row, name_col)
    if no_col is not None:
        number = cell_text(grid.value(row, no_col))
        if number and located.value:
            located.value = f"{number} {located.value}"
        elif number:
            located = grid.text(row, no_col)
    return located
