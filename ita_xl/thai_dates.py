"""Thai dates and periods: parsing what staff type, formatting what officials print.

Public entry points are re-exported by :mod:`ita_xl.thai`; import them from there.

A period is read as tokens (day numbers, month names, years, d/m/y dates) split by one range
separator (-, –, —, ~, ถึง); filler words such as เดือน, วันที่, พ.ศ. are skipped and any other word
makes the text unreadable rather than guessed at. Whole fiscal years and fiscal quarters are
recognised first.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any, List, Optional, Tuple

from ita_xl.master.model import Period
from ita_xl.thai import (
    MINUS_SIGNS, MONTHS_EN, MONTHS_TH, MONTHS_TH_ABBR, be_to_ce, ce_to_be, fiscal_year_bounds,
    normalise_be_year, one_line, to_thai_digits,
)



def _abbr_pattern(abbr: str) -> str:
    """'ต.ค.' -> a pattern that also accepts 'ต.ค', 'ตค', 'ต. ค.'."""
    letters = [part for part in abbr.split(".") if part]
    return r"\.?\s?".join(re.escape(p) for p in letters) + r"\.?"


def _month_alternatives() -> List[Tuple[str, int]]:
    alts: List[Tuple[str, int]] = []
    for i, name in enumerate(MONTHS_TH):
        alts.append((re.escape(name), i + 1))
    for i, name in enumerate(MONTHS_EN):
        name = name.lower()
        alts.append((name + "|" + name[:3] + r"\.?", i + 1))
    for i, abbr in enumerate(MONTHS_TH_ABBR):
        alts.append((_abbr_pattern(abbr), i + 1))
    return alts


_MONTH_ALTS = _month_alternatives()
_MONTH_GROUPS = "|".join(f"(?P<m{i}>{pat})" for i, (pat, _) in enumerate(_MONTH_ALTS))
_SEPARATORS = "จนถึง|ถึง|[~" + re.escape(MINUS_SIGNS) + "]"
_TOKEN_RE = re.compile(
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})"
    r"|(?P<dmy>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4})"
    r"|(?P<filler>ตั้งแต่|ระหว่าง|เดือน|วันที่|ประจำ|พ\.\s?ศ\.?|พศ\.?|ปี|ค\.\s?ศ\.?)"
    r"|" + _MONTH_GROUPS
    + r"|(?P<num>\d+)"
    r"|(?P<sep>" + _SEPARATORS + r")",
    re.I,
)
_GAP_OK = re.compile(r"^[\s,.()]*$")

_FISCAL_RE = re.compile(
    r"^(?:ตลอด(?:ทั้ง)?)?(?:ปีงบประมาณ|ปีงบ|fy)(?:พ\.?ศ\.?)?(?P<year>\d{2,4})?$", re.I
)
_WHOLE_YEAR_RE = re.compile(r"^ตลอด(?:ทั้ง)?ปี$")
_QUARTER_RE = re.compile(
    r"^(?:ไตรมาส(?:ที่)?|q)(?P<q1>\d)"
    r"(?:(?:" + _SEPARATORS + r"|,)(?:ไตรมาส(?:ที่)?|q)?(?P<q2>\d))?"
    r"(?:/|ปีงบประมาณ|ปีงบ|ปี|พ\.?ศ\.?|fy)*(?P<year>\d{2,4})?$",
    re.I,
)

Side = Tuple[Optional[int], Optional[int], Optional[int]]  # day, month, BE year


def _as_date(raw: Any) -> Optional[date]:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    return None


def _make_date(day: int, month: int, be_year: int) -> date:
    try:
        return date(be_to_ce(normalise_be_year(be_year)), month, day)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"no such date: {day}/{month}/{be_year}") from exc


def _numeric_date(text: str) -> date:
    """'30/09/2566', '30-9-65', '2023-09-30' (day first unless the year leads)."""
    parts = re.split(r"[/.-]", text)
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    else:
        day, month, year = (int(p) for p in parts)
    return _make_date(day, month, year)


def _tokens(text: str) -> List[Tuple[str, Any]]:
    """(kind, value) tokens of a date or period text; ValueError on unknown words."""
    tokens: List[Tuple[str, Any]] = []
    pos = 0
    for match in _TOKEN_RE.finditer(text):
        if not _GAP_OK.match(text[pos:match.start()]):
            raise ValueError(f"unreadable text: {text[pos:match.start()]!r}")
        pos = match.end()
        kind = match.lastgroup or ""
        if kind == "filler":
            continue
        if kind in ("iso", "dmy"):
            tokens.append(("date", _numeric_date(match.group(kind))))
        elif kind == "num":
            tokens.append(("num", int(match.group(kind))))
        elif kind == "sep":
            tokens.append(("sep", match.group(kind)))
        else:
            tokens.append(("month", _MONTH_ALTS[int(kind[1:])][1]))
    if not _GAP_OK.match(text[pos:]):
        raise ValueError(f"unreadable text: {text[pos:]!r}")
    return tokens


def _side(tokens: List[Tuple[str, Any]]) -> Any:
    """One side of a range: a date, or (day, month, year) with day/year possibly None."""
    kinds = [k for k, _ in tokens]
    values = [v for _, v in tokens]
    if kinds == ["date"]:
        return values[0]
    if kinds == ["num"] and 1 <= values[0] <= 31:
        return (values[0], None, None)  # '1 - 15 ตุลาคม 2565': day only
    day: Optional[int] = None
    if kinds and kinds[0] == "num":
        day = values[0]
        kinds, values = kinds[1:], values[1:]
        if not 1 <= day <= 31:
            raise ValueError(f"not a day: {day}")
    if kinds == ["month"]:
        return (day, values[0], None)
    if kinds == ["month", "num"]:
        return (day, values[0], normalise_be_year(values[1]))
    raise ValueError("unreadable date")


def _last_day(be_year: int, month: int) -> int:
    return calendar.monthrange(be_to_ce(be_year), month)[1]


def _fy_year(month: int, fiscal_year: int) -> int:
    """The BE calendar year of ``month`` inside BE ``fiscal_year`` (Oct-Dec are the year before)."""
    return fiscal_year - 1 if month >= 10 else fiscal_year


def _fill_years(start: Side, end: Side, fiscal_year: Optional[int]) -> Tuple[Side, Side]:
    """Give year-less sides a year: from the other side, else from the fiscal year."""
    (d1, m1, y1), (d2, m2, y2) = start, end
    if m1 is None:  # day-only start borrows the end's month
        m1 = m2
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2
    elif y2 is None and y1 is not None:
        y2 = y1 + 1 if m2 < m1 else y1
    elif y1 is None and y2 is None:
        if fiscal_year is None:
            raise ValueError("period names no year")
        fy = normalise_be_year(fiscal_year)
        y1, y2 = _fy_year(m1, fy), _fy_year(m2, fy)
    return (d1, m1, y1), (d2, m2, y2)


def _side_dates(side: Any) -> Tuple[Side, bool]:
    if isinstance(side, date):
        be = ce_to_be(side.year)
        return (side.day, side.month, be), True
    return side, False


def _range(start_side: Any, end_side: Any, fiscal_year: Optional[int]) -> Period:
    start, _ = _side_dates(start_side)
    end, _ = _side_dates(end_side)
    if end[1] is None:
        raise ValueError("period end names no month")
    start, end = _fill_years(start, end, fiscal_year)
    d1, m1, y1 = start
    d2, m2, y2 = end
    return Period(_make_date(d1 or 1, m1, y1), _make_date(d2 or _last_day(y2, m2), m2, y2))


def _fiscal_or_quarter(compact: str, fiscal_year: Optional[int]) -> Optional[Period]:
    """Whole fiscal years and fiscal quarters, or None when the text is neither."""
    match = _FISCAL_RE.match(compact)
    if match or (_WHOLE_YEAR_RE.match(compact) and fiscal_year is not None):
        year = match.group("year") if match else None
        fy = _required_year(year, fiscal_year)
        return Period(*fiscal_year_bounds(fy))
    match = _QUARTER_RE.match(compact)
    if not match:
        return None
    fy = _required_year(match.group("year"), fiscal_year)
    q1 = int(match.group("q1"))
    q2 = int(match.group("q2") or q1)
    if not (1 <= q1 <= 4 and 1 <= q2 <= 4):
        raise ValueError("a fiscal year has quarters 1-4")
    first_month = lambda q: (q * 3 + 6) % 12 + 1  # noqa: E731  Q1 -> 10, Q2 -> 1, Q3 -> 4, Q4 -> 7
    m1, m2 = first_month(q1), first_month(q2) + 2
    y1, y2 = _fy_year(m1, fy), _fy_year(m2, fy)
    return Period(_make_date(1, m1, y1), _make_date(_last_day(y2, m2), m2, y2))


def _required_year(year: Optional[str], fiscal_year: Optional[int]) -> int:
    if year is not None:
        return normalise_be_year(int(year))
    if fiscal_year is None:
        raise ValueError("period names no year")
    return normalise_be_year(fiscal_year)


def parse_thai_date(raw: Any) -> date:
    """A date from a date cell or Thai text ('๕ ตุลาคม ๒๕๖๕', '5 ต.ค. 65', '30/09/2566')."""
    found = _as_date(raw)
    if found is not None:
        return found
    if not isinstance(raw, str):
        raise ValueError(f"not a date: {raw!r}")
    side = _side(_tokens(one_line(raw)))
    if isinstance(side, date):
        return side
    day, month, year = side
    if day is None or month is None or year is None:
        raise ValueError(f"not a whole date: {raw!r}")
    return _make_date(day, month, year)


def parse_period(raw: Any, fiscal_year: Optional[int] = None) -> Period:
    """A period from Thai text or a date cell; see the module docstring for the forms read."""
    found = _as_date(raw)
    if found is not None:
        return Period(found, found)
    if not isinstance(raw, str):
        raise ValueError(f"not a period: {raw!r}")
    text = one_line(raw)
    if not text:
        raise ValueError("empty period")
    compact = re.sub(r"\s+", "", text).casefold()
    fixed = _fiscal_or_quarter(compact, fiscal_year)
    if fixed is not None:
        return fixed
    tokens = _tokens(text)
    seps = [i for i, (kind, _) in enumerate(tokens) if kind == "sep"]
    if not tokens or len(seps) > 1:
        raise ValueError(f"not a period: {raw!r}")
    if not seps:
        side = _side(tokens)
        if isinstance(side, date):
            return Period(side, side)
        if side[1] is None:
            raise ValueError(f"not a period: {raw!r}")
        # a single day is that day; a single month is the whole month
        return _range(side, (side[0], side[1], side[2]), fiscal_year)
    cut = seps[0]
    return _range(_side(tokens[:cut]), _side(tokens[cut + 1:]), fiscal_year)


def _two_digit_year(be_year: int) -> str:
    return f"{be_year % 100:02d}" if 2500 <= be_year <= 2599 else str(be_year)


def format_thai_date(day: date, thai_digits: bool = True, abbr: bool = False) -> str:
    """'5 ตุลาคม 2565' (or with Thai digits / abbreviated month)."""
    month = (MONTHS_TH_ABBR if abbr else MONTHS_TH)[day.month - 1]
    text = f"{day.day} {month} {ce_to_be(day.year)}"
    return to_thai_digits(text) if thai_digits else text


def _format_side(day: date, with_day: bool) -> str:
    text = f"{MONTHS_TH_ABBR[day.month - 1]} {_two_digit_year(ce_to_be(day.year))}"
    return f"{day.day} {text}" if with_day else text


def format_period(period: Period, thai_digits: bool = False) -> str:
    """'ต.ค. 65 – ก.ย. 66' style; days appear only where the period does not follow whole months."""
    start, end = period.start, period.end
    whole_start = start.day == 1
    whole_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if start == end:
        text = _format_side(start, True)
    elif whole_start and whole_end and (start.year, start.month) == (end.year, end.month):
        text = _format_side(start, False)
    else:
        text = f"{_format_side(start, not whole_start)} – {_format_side(end, not whole_end)}"
    return to_thai_digits(text) if thai_digits else text


# --- dates in a document's language: ONE convention for every writer ---------------------------
# Thai outputs write Buddhist-Era years; English outputs write Common-Era years and name the BE
# fiscal year once (year_both_in). The deck (briefing/context.Fmt), the Word report and the
# progress report all format through these functions.

def year_in(be_year: int, lang: str) -> int:
    """The year a ``lang`` document writes for the BE year ``be_year``: BE in Thai, CE in English
    (fiscal year 2566 ends in September 2023: FY 2023)."""
    return be_to_ce(be_year) if lang == "en" else int(be_year)


def year_both_in(be_year: int, lang: str, thai_digits: bool = False) -> str:
    """The year with its BE form beside it in English ('2023 (BE 2566)'); Thai: the BE year."""
    from ita_xl import messages

    text = messages.text("year-both", lang, year=year_in(be_year, lang), be=be_year)
    return to_thai_digits(text) if thai_digits else text


def date_in(day: date, lang: str, thai_digits: bool = False) -> str:
    """'5 ตุลาคม 2566' in Thai, '5 October 2023' in English."""
    if lang == "en":
        from ita_xl.thai import format_date_en

        text = format_date_en(day)
        return to_thai_digits(text) if thai_digits else text
    return format_thai_date(day, thai_digits=thai_digits)


def month_abbr_in(month: int, lang: str) -> str:
    """The short name of ``month`` (1 = January): 'ม.ค.' / 'Jan'."""
    return MONTHS_EN[month - 1][:3] if lang == "en" else MONTHS_TH_ABBR[month - 1]


def period_in(period: Period, lang: str, thai_digits: bool = False) -> str:
    """A measure's period: 'ต.ค. 66 – มี.ค. 67' in Thai, 'Oct 2023 – Mar 2024' in English."""
    if lang != "en":
        return format_period(period, thai_digits)
    from ita_xl.thai import format_period_en

    text = format_period_en(period)
    return to_thai_digits(text) if thai_digits else text
