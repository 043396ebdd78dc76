"""Thai text and dates: digits, Buddhist-Era years, fiscal years, month names and periods.

Staff type numbers and dates in Thai or Arabic digits, with zero-width spaces and NBSPs pasted
from Word or the web; everything here folds those variations away so the rest of the tool compares
plain values. Date and period parsing lives in :mod:`ita_xl.thai_dates` (re-exported here).
"""
from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Optional, Tuple

from ita_xl.master.model import Period

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
MONTHS_TH: Tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # 12 full names, January first
MONTHS_TH_ABBR: Tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # 12 abbreviations ("ม.ค." …)
MONTHS_EN: Tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fixed, not the locale's calendar.month_name

BE_OFFSET = 543
YEAR_HEADER_MIN, YEAR_HEADER_MAX = 2500, 2700

_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u2060\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u3000\t\x0b\x0c"), " ")
_FOLD = {**_ZERO_WIDTH, **_SPACES}
# Anything clean_text has to translate or replace; most cells hold none of it (fast path).
_NEEDS_FOLD = re.compile("[" + "".join(map(chr, _FOLD)) + "\r]|\u0e4d\u0e32|\u0e40\u0e40")
_SPACE_RUN = re.compile(r" {2,}")
_WHITESPACE = re.compile(r"\s+")
# Dashes and minus signs staff (or Word's autocorrect) put in front of negative numbers.
MINUS_SIGNS = "-\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63\uff0d"


def to_thai_digits(text: str) -> str:
    """Arabic digits to Thai digits, everything else untouched."""
    return str(text).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Thai digits to Arabic digits, everything else untouched."""
    return str(text).translate(_TO_ARABIC)


def clean_text(value: Any) -> str:
    """Strip, drop zero-width characters and NBSP, collapse runs of spaces (keep line breaks).

    Also folds spellings that render identically into the one the dictionary uses: SARA AM typed
    as นิคหิต + สระอา (◌ํา) becomes ◌ำ, and SARA AE typed as two SARA E (เเ, as in the NACC
    consultants' คะเเนน) becomes แ. This is the one place text is normalised as it enters.
    """
    if value is None:
        return ""
    text = str(value)
    if _NEEDS_FOLD.search(text):
        text = text.translate(_FOLD).replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u0e4d\u0e32", "\u0e33").replace("\u0e40\u0e40", "\u0e41")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if "\n" in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
    return text.strip()


def one_line(value: Any) -> str:
    """Cleaned text on one line with Arabic digits: what the number and period parsers read."""
    return to_arabic_digits(clean_text(value)).replace("\n", " ")


def header_key(value: Any) -> str:
    """A header/sheet name folded for matching: lower case, no spaces, line breaks or zero-width."""
    if isinstance(value, str):
        return _folded_key(value)
    return _WHITESPACE.sub("", clean_text(value)).casefold()


@lru_cache(maxsize=8192)
def _folded_key(text: str) -> str:
    """header_key of a text; cached because every data row is compared with the same headers."""
    return _WHITESPACE.sub("", clean_text(text)).casefold()


def be_to_ce(year: int) -> int:
    return int(year) - BE_OFFSET


def ce_to_be(year: int) -> int:
    return int(year) + BE_OFFSET


def normalise_be_year(year: int) -> int:
    """65 -> 2565, 2565 -> 2565, 2022 -> 2565 (CE years 1900-2399 converted).

    Raises ValueError for numbers that cannot be a year (negative, 100-1899).
    """
    year = int(year)
    if 0 <= year <= 99:
        return 2500 + year
    if 1900 <= year < 2400:
        return ce_to_be(year)
    if year >= 2400:
        return year
    raise ValueError(f"not a year: {year}")


def fiscal_year_bounds(be_year: int) -> Tuple[date, date]:
    """Fiscal year 2566 -> (2022-10-01, 2023-09-30)."""
    ce = be_to_ce(normalise_be_year(be_year))
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def fiscal_year_of(day: date) -> int:
    """The BE fiscal year a CE date falls in (1 Oct starts the next one)."""
    return ce_to_be(day.year) + (1 if day.month >= 10 else 0)


# --- numbers ---------------------------------------------------------------------------------

_UNITS = ("คะแนน", "points", "point", "pts", "pt", "%", "％", "percent")
_UNIT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(u) for u in _UNITS) + r")\s*$", re.I)
_PREFIX_RE = re.compile(r"^\s*(?:ร้อยละ|คะแนน)\s*")
_NUMBER_RE = re.compile(
    r"^(?P<sign>[+" + re.escape(MINUS_SIGNS) + r"])?\s*"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<frac>\.\d*)?$"
)


def parse_number(raw: Any) -> Optional[float]:
    """A number from a cell value: numbers, text, Thai digits, '- ๑.๓๖', '91.03 คะแนน', '1,234.5'.

    None for a blank cell; ValueError for text that is not a number. Number cells are returned
    as they are (bool cells are not numbers).
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(f"not a number: {raw!r}")
    if isinstance(raw, (int, float, Decimal)):
        if isinstance(raw, Decimal):
            raw = float(raw)
        if isinstance(raw, float) and not math.isfinite(raw):
            raise ValueError(f"not a finite number: {raw!r}")
        return raw
    if not isinstance(raw, str):
        raise ValueError(f"not a number: {raw!r}")
    text = one_line(raw)
    if not text:
        return None
    text = _PREFIX_RE.sub("", _UNIT_RE.sub("", text))
    match = _NUMBER_RE.match(text)
    if not match or not (match.group("int") or (match.group("frac") or ".")[1:]):
        raise ValueError(f"not a number: {raw!r}")
    value = float((match.group("int") or "0").replace(",", "") + (match.group("frac") or ""))
    return -value if match.group("sign") and match.group("sign") != "+" else value


def format_number(
    value: float, decimals: int = 2, thai_digits: bool = False, signed: bool = False,
    grouping: bool = False,
) -> str:
    """``value`` with fixed ``decimals`` (ASCII '-' / '+'), optionally in Thai digits.

    ``signed`` puts '+' before positive values; a value that rounds to zero never gets a sign.
    ``grouping`` adds thousands commas.
    """
    text = f"{float(value):{',' if grouping else ''}.{int(decimals)}f}"
    if text.startswith("-") and not re.search(r"[1-9]", text):
        text = text[1:]  # no "-0.00"
    if signed and not text.startswith("-") and re.search(r"[1-9]", text):
        text = "+" + text
    return to_thai_digits(text) if thai_digits else text


# --- year headers ----------------------------------------------------------------------------

_CHANGE_WORDS = ("ผลต่าง", "เปลี่ยนแปลง", "พัฒนา", "change", "diff", "+/-")
# Words a year header may carry around the year (compared space-less, case-folded); longest first.
_YEAR_FILLERS = tuple(sorted((
    "ผลคะแนนการประเมิน", "ผลการประเมิน", "การประเมิน", "ผลคะแนน", "ค่าคะแนน", "คะแนนรวม", "คะแนน",
    "ประจำปีงบประมาณ", "ปีงบประมาณ", "ปีงบ", "งบประมาณ", "ประจำปี", "ปี", "พ.ศ.", "พ.ศ", "พศ.", "พศ",
    "ita", "fy", "fiscalyear", "fiscal", "year", "score", "scores", "be", "b.e.",
), key=len, reverse=True))
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# A two-digit year counts only right after a year word ('คะแนนปี 66', 'พ.ศ.65', 'FY66').
_SHORT_YEAR_RE = re.compile(r"(ปีงบประมาณ|ปีงบ|ปี|พ\.?ศ\.?|fy|year)(\d{2})(?![\d.])")
_ANY_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{2})(?![\d.])")


def parse_year_header(raw: Any) -> Optional[int]:
    """The BE year a header names: 2565, ๒๕๖๕, 'ปี 2565', 'พ.ศ. ๒๕๖๕', 'ปีงบประมาณ 2565',
    'ผลคะแนน ปี ๒๕๖๕', an int cell. None when the header is not a year header.

    A header with a year that also says ผลต่าง/เปลี่ยนแปลง/พัฒนา is the change column, not a year.
    Only BE years 2500-2700 count; any words other than the usual year/score words disqualify.
    """
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not (math.isfinite(raw) and raw.is_integer()):
            return None
        year = int(raw)
        return year if YEAR_HEADER_MIN <= year <= YEAR_HEADER_MAX else None
    if not isinstance(raw, str):
        return None
    key = _long_years(to_arabic_digits(header_key(raw)))
    if any(word in key for word in _CHANGE_WORDS):
        return None
    years = _YEAR_RE.findall(key)
    if len(years) != 1 or not YEAR_HEADER_MIN <= int(years[0]) <= YEAR_HEADER_MAX:
        return None
    rest = _YEAR_RE.sub(" ", key)
    for filler in _YEAR_FILLERS:
        rest = rest.replace(filler, " ")
    if re.sub(r"[\s.:()\[\]/_-]", "", rest):
        return None
    return int(years[0])


def _long_years(key: str) -> str:
    """'คะแนนปี66' -> 'คะแนนปี2566' (two digits after a year word; a folded header key)."""
    if _YEAR_RE.search(key):
        return key
    return _SHORT_YEAR_RE.sub(lambda m: f"{m.group(1)}25{m.group(2)}", key)


def years_named(raw: Any) -> Tuple[int, ...]:
    """The BE years a header names, in order: 'ผลต่าง (๒๕๖๖ − ๒๕๖๕)' -> (2566, 2565),
    'ผลต่างปี 66-67' -> (2566, 2567). Two-digit numbers count as years only when the text has no
    four-digit year (a change header rarely holds any other number)."""
    if raw is None or isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        return ()
    key = to_arabic_digits(header_key(raw))
    years = [int(y) for y in _YEAR_RE.findall(key) if YEAR_HEADER_MIN <= int(y) <= YEAR_HEADER_MAX]
    if not years and not _YEAR_RE.search(key):
        years = [2500 + int(y) for y in _ANY_SHORT_YEAR.findall(key)]
    return tuple(dict.fromkeys(years))


# --- dates and periods (implemented in ita_xl.thai_dates) ------------------------------------


def parse_thai_date(raw: Any) -> date:
    """A date from a date cell or Thai text ('๕ ตุลาคม ๒๕๖๕', '5 ต.ค. 65', '30/09/2566'). ValueError if not."""
    from ita_xl.thai_dates import parse_thai_date as impl

    return impl(raw)


def parse_period(raw: Any, fiscal_year: Optional[int] = None) -> Period:
    """A period from Thai text (every form the seed memo and the domain page use) or a date cell.

    ValueError when it cannot be read. An end before its start is returned as is (validation
    reports it)."""
    from ita_xl.thai_dates import parse_period as impl

    return impl(raw, fiscal_year)


def format_date_en(day: date) -> str:
    """'5 October 2023': how English outputs write a date (Common Era)."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_thai_date(day: date, thai_digits: bool = True, abbr: bool = False) -> str:
    """'5 ตุลาคม 2565' (or with Thai digits / abbreviated month)."""
    from ita_xl.thai_dates import format_thai_date as impl

    return impl(day, thai_digits, abbr)


def format_period(period: Period, thai_digits: bool = False) -> str:
    """'ต.ค. 65 – ก.ย. 66' style."""
    from ita_xl.thai_dates import format_period as impl

    return impl(period, thai_digits)


def format_period_en(period: Period) -> str:
    """'Oct 2023 – Mar 2024' (Common Era); days only where the period does not follow whole
    months — the English counterpart of :func:`format_period`."""
    import calendar

    start, end = period.start, period.end

    def side(day: date, with_day: bool) -> str:
        text = f"{MONTHS_EN[day.month - 1][:3]} {day.year}"
        return f"{day.day} {text}" if with_day else text

    whole_start = start.day == 1
    whole_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if start == end:
        return side(start, True)
    if whole_start and whole_end and (start.year, start.month) == (end.year, end.month):
        return side(start, False)
    return f"{side(start, not whole_start)} – {side(end, not whole_end)}"
