"""Thai text and dates: digits, Buddhist-Era years, fiscal years, month names and periods.

STUB — signatures are the contract other modules code against; implementation pending.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Optional, Tuple

from ita_xl.master.model import Period

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
MONTHS_TH: Tuple[str, ...] = ()  # 12 full names, January first
MONTHS_TH_ABBR: Tuple[str, ...] = ()  # 12 abbreviations ("ม.ค." …)


def to_thai_digits(text: str) -> str: ...
def to_arabic_digits(text: str) -> str: ...
def clean_text(value: Any) -> str:
    """Strip, drop zero-width characters and NBSP, collapse runs of spaces (keep line breaks)."""
def header_key(value: Any) -> str:
    """A header/sheet name folded for matching: lower case, no spaces, line breaks or zero-width."""
def be_to_ce(year: int) -> int: ...
def ce_to_be(year: int) -> int: ...
def normalise_be_year(year: int) -> int:
    """65 -> 2565, 2565 -> 2565, 2022 -> 2565 (CE years 1900-2100 converted)."""
def fiscal_year_bounds(be_year: int) -> Tuple[date, date]:
    """Fiscal year 2566 -> (2022-10-01, 2023-09-30)."""
def fiscal_year_of(day: date) -> int:
    """The BE fiscal year a CE date falls in (1 Oct starts the next one)."""
def parse_number(raw: Any) -> Optional[float]:
    """A number from a cell value: numbers, text, Thai digits, '- ๑.๓๖', '91.03 คะแนน', '1,234.5'.

    None for a blank cell; ValueError for text that is not a number.
    """
def parse_year_header(raw: Any) -> Optional[int]:
    """The BE year a header names: 2565, ๒๕๖๕, 'ปี 2565', 'พ.ศ. ๒๕๖๕', 'ปีงบประมาณ 2565',
    'ผลคะแนน ปี ๒๕๖๕', an int cell. None when the header is not a year header."""
def parse_thai_date(raw: Any) -> date:
    """A date from a date cell or Thai text ('๕ ตุลาคม ๒๕๖๕', '5 ต.ค. 65', '30/09/2566'). ValueError if not."""
def parse_period(raw: Any, fiscal_year: Optional[int] = None) -> Period:
    """A period from Thai text (every form the seed memo and the domain page use) or a date cell.

    ValueError when it cannot be read. An end before its start is returned as is (validation
    reports it)."""
def format_number(value: float, decimals: int = 2, thai_digits: bool = False, signed: bool = False) -> str: ...
def format_thai_date(day: date, thai_digits: bool = True, abbr: bool = False) -> str:
    """'5 ตุลาคม 2565' (or with Thai digits / abbreviated month)."""
def format_period(period: Period, thai_digits: bool = False) -> str:
    """'ต.ค. 65 – ก.ย. 66' style."""
