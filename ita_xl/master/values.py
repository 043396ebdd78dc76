"""Turning one cell into a :class:`Located` value: number, year, date, grade, period or text.

Each converter keeps what staff typed in ``raw`` and, when it cannot read it, sets ``value`` to
None and ``problem`` to a stable slug the validator turns into a finding. Blank cells are never a
problem here (whether a value is required is the validator's call).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Optional

from ita_xl.master.grid import Grid, is_blank
from ita_xl.master.model import Located, Period
from ita_xl.thai import (
    clean_text, header_key, normalise_be_year, parse_number, parse_period, parse_thai_date, parse_year_header,
    to_arabic_digits,
)

GRADES = ("AA", "A", "B", "C", "D", "E", "F")
NOT_A_NUMBER = "not-a-number"
NOT_A_YEAR = "not-a-year"
NOT_A_DATE = "not-a-date"
NOT_A_GRADE = "not-a-grade"
UNREADABLE_PERIOD = "unreadable-period"


def number_at(grid: Grid, row: int, col: int, raw: Any = None) -> Located:
    """A float (scores, targets, progress); 'not-a-number' keeps the raw text."""
    raw = grid.value(row, col) if raw is None else raw
    return grid.located(row, col, *to_number(raw), raw=raw)


def to_number(raw: Any):
    """(value, problem) for a number cell."""
    if is_blank(raw):
        return None, None
    if isinstance(raw, (datetime, date)):
        return None, NOT_A_NUMBER
    try:
        value = parse_number(raw)
    except (ValueError, TypeError):
        return None, NOT_A_NUMBER
    return (None if value is None else float(value)), None


def year_at(grid: Grid, row: int, col: int, raw: Any = None) -> Located:
    """A Buddhist-Era year (2565, ๒๕๖๕, 'ปีงบประมาณ 2565', 65, 2022); 'not-a-year' otherwise."""
    raw = grid.value(row, col) if raw is None else raw
    return grid.located(row, col, *to_year(raw), raw=raw)


def to_year(raw: Any):
    if is_blank(raw):
        return None, None
    if isinstance(raw, (datetime, date)):
        return None, NOT_A_YEAR
    year = parse_year_header(raw)
    if year is not None:
        return year, None
    try:
        number = parse_number(raw)
    except (ValueError, TypeError):
        number = None
    if number is not None and float(number).is_integer():
        try:
            year = normalise_be_year(int(number))
        except ValueError:
            year = None
        if year is not None and 2400 <= year <= 2800:
            return year, None
    return None, NOT_A_YEAR


def date_at(grid: Grid, row: int, col: int, raw: Any = None) -> Located:
    """A calendar date from a date cell or Thai date text; 'not-a-date' otherwise."""
    raw = grid.value(row, col) if raw is None else raw
    return grid.located(row, col, *to_date(raw), raw=raw)


def to_date(raw: Any):
    if is_blank(raw):
        return None, None
    if isinstance(raw, datetime):
        return raw.date(), None
    if isinstance(raw, date):
        return raw, None
    try:
        day = parse_thai_date(raw)
    except (ValueError, TypeError, OverflowError):
        return None, NOT_A_DATE
    return (day.date() if isinstance(day, datetime) else day), None


def period_at(grid: Grid, row: int, col: int, fiscal_year: Optional[int]) -> Located:
    """A :class:`Period` from period text or a date cell; 'unreadable-period' otherwise."""
    if grid.blank(row, col):
        return grid.located(row, col)
    period = _period(grid.value(row, col), fiscal_year)
    if period is None:
        return grid.located(row, col, problem=UNREADABLE_PERIOD)
    return grid.located(row, col, value=Period(period.start, period.end))  # each its own copy


@lru_cache(maxsize=4096, typed=True)  # typed: the cell 1 is not the cell True
def _period(raw: Any, fiscal_year: Optional[int]) -> Optional[Period]:
    """parse_period, None when unreadable; cached because a sheet repeats the same few periods."""
    try:
        return parse_period(raw, fiscal_year=fiscal_year)
    except (ValueError, TypeError, OverflowError):
        return None


_LABEL_WORDS = re.compile(r"ระดับ|เกรด|grade|level|rating", re.IGNORECASE)
_LABEL_NOISE = re.compile(r"[\s()\[\]{}\"'“”‘’.:;,*\-–—]+")
_DASHES = re.compile(r"[-–—−]+")


def grade_at(grid: Grid, row: int, col: int) -> Located:
    """A published label: a letter grade ('a a', 'ระดับ B', '(ผ่าน) ระดับ AA' -> 'AA') or a level
    ('ระดับ ผ่านดีเยี่ยม' -> 'ผ่านดีเยี่ยม'); 'not-a-grade' when nothing label-like is left."""
    raw = grid.value(row, col)
    if is_blank(raw) or _DASHES.fullmatch(clean_text(raw)):  # '–': no level, as history rows show
        return grid.located(row, col)
    value = to_label(raw)
    if value is None:
        return grid.located(row, col, problem=NOT_A_GRADE)
    return grid.located(row, col, value=value)


def to_label(raw: Any) -> Optional[str]:
    """The label a result cell holds, decorations removed (see :func:`grade_at`)."""
    text = unicodedata.normalize("NFKC", to_arabic_digits(clean_text(raw)))
    bare = _LABEL_NOISE.sub("", _LABEL_WORDS.sub(" ", text))
    letters = re.sub(r"[\u0e00-\u0e7f]", "", bare).upper()
    if letters in GRADES:
        return letters  # a letter, possibly beside Thai words: '(ผ่าน) ระดับ AA''
    if not re.search(r"[A-Za-z\u0e01-\u0e4e]", bare):  # no letter at all: '91.5', '?!'
        return None
    return bare
