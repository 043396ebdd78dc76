"""What every check shares: the master, the frameworks, the analysed year and small helpers.

Checks are plain functions ``check(ctx) -> Iterator[Finding]``. The context resolves indicator
texts once (against the analysed year's framework, or the nearest one on file) so the checks for
scores, measures and coverage agree on which indicator a row means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple

from ita_xl.framework.model import Framework, IndicatorMatch
from ita_xl.master.model import Located, Master, ScoreRow
from ita_xl.validate.findings import Finding, column_index

_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")

# Every code a check may emit, with the module that owns it (filled by each checks_* module).
KNOWN_CODES: Dict[str, str] = {}

def register(owner: str, *codes: str) -> Tuple[str, ...]:
    """Declare the codes a check module emits; ``Context.finding`` refuses any other code."""
    for code in codes:
        KNOWN_CODES[code] = owner
    return codes


# --- cells ---------------------------------------------------------------------------------

def column_letters(index: int) -> str:
    out = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def split_cell(cell: Optional[str]) -> Optional[Tuple[str, int]]:
    """("B", 5) for "B5"; None for anything else (ranges, None)."""
    if not cell:
        return None
    m = _CELL.match(cell)
    return (m.group(1), int(m.group(2))) if m else None


def shift_column(cell: str, by: int) -> str:
    """The cell ``by`` columns to the right (negative: left); unchanged when not a plain cell."""
    parts = split_cell(cell)
    if parts is None:
        return cell
    index = max(1, column_index(parts[0]) + by)
    return f"{column_letters(index)}{parts[1]}"


def cell_in_row(column_of: Optional[str], row: int) -> Optional[str]:
    """The cell in ``row`` of the column that ``column_of`` (a cell) sits in."""
    parts = split_cell(column_of)
    return f"{parts[0]}{row}" if parts else None


# --- values shown in messages ----------------------------------------------------------------

def shown(raw: Any) -> str:
    """What staff typed, as a short string for a message."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        return f"{raw:g}" if abs(raw) < 1e15 else str(raw)
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip()
    return text if len(text) <= 80 else text[:77] + "…"


def num(value: float) -> str:
    """Two decimals, as scores are published."""
    return f"{value:.2f}"


def is_number(loc: Optional[Located]) -> bool:
    return (
        loc is not None
        and loc.problem is None
        and isinstance(loc.value, (int, float))
        and not isinstance(loc.value, bool)
    )


def is_blank(loc: Optional[Located]) -> bool:
    return loc is None or (loc.is_blank and loc.problem is None)


# --- the context ------------------------------------------------------------------------------

@dataclass
class Context:
    master: Master
    frameworks: Mapping[int, Framework]
    year: Optional[int]  # the analysed fiscal year (agency sheet), else the latest score year
    year_from_agency: bool
    framework: Optional[Framework]  # the analysed year's, else the nearest year on file
    first_year: Optional[int] = None  # the first year with a framework file (earlier: history)

    @classmethod
    def build(cls, master: Master, frameworks: Mapping[int, Framework]) -> "Context":
        fy = master.agency.fiscal_year
        from_agency = is_number(fy) and int(fy.value) == fy.value  # type: ignore[union-attr]
        year: Optional[int] = int(fy.value) if from_agency else None  # type: ignore[union-attr]
        if year is None and master.scores.years:
            year = max(y.year for y in master.scores.years)
        return cls(master, frameworks, year, bool(from_agency), _nearest(frameworks, year),
                   _first_year(frameworks))

    def is_history(self, year: Optional[int]) -> bool:
        """A year before the first framework file (2558–2562 with their own scales): read and
        shown, never judged."""
        return (year is not None and year not in self.frameworks and self.first_year is not None
                and year < self.first_year)

    # findings
    def finding(self, severity: str, code: str, sheet: Optional[str], cell: Optional[str],
                **params: Any) -> Finding:
        if code not in KNOWN_CODES:
            raise KeyError(f"unregistered finding code {code!r}")
        if "key" in params or "lang" in params:
            raise TypeError("'key' and 'lang' are messages.text's own arguments")
        params.setdefault("sheet", sheet or "")
        params.setdefault("cell", cell or "")
        return Finding(severity, sheet, cell, code, params)

    def at(self, severity: str, code: str, loc: Located, **params: Any) -> Finding:
        return self.finding(severity, code, loc.sheet, loc.cell, **params)

    # frameworks
    def framework_for(self, year: int) -> Optional[Framework]:
        return self.frameworks.get(year)

    @property
    def pass_mark(self) -> float:
        return self.framework.pass_mark if self.framework is not None else 85.0

    @property
    def plan_year(self) -> Optional[int]:
        """Measures are planned for the fiscal year after the analysed one."""
        return self.year + 1 if self.year is not None else None

    # indicators
    def resolve(self, text: Any) -> Optional[IndicatorMatch]:
        """The framework's reading of an indicator text; None without any framework."""
        if self.framework is None:
            return None
        from ita_xl.framework import resolve_indicator  # caches per (text, framework) itself

        return resolve_indicator(str(text), self.framework)

    def known_number(self, match: Optional[IndicatorMatch]) -> Optional[int]:
        """The indicator number when it is one of the framework's, else None."""
        if match is None or match.number is None or self.framework is None:
            return None
        return match.number if self.framework.indicator(match.number) is not None else None

    def score_rows_by_number(self) -> Dict[int, ScoreRow]:
        """Each framework indicator's first row in the scores sheet."""
        out: Dict[int, ScoreRow] = {}
        for row in self.master.scores.rows:
            if is_blank(row.indicator):
                continue
            number = self.known_number(self.resolve(row.indicator.value or row.indicator.raw))
            if number is not None and number not in out:
                out[number] = row
        return out

    def year_scores(self, year: int) -> Dict[int, float]:
        """Indicator number -> numeric score of ``year`` (first row of each indicator)."""
        out: Dict[int, float] = {}
        for number, row in self.score_rows_by_number().items():
            loc = row.scores.get(year)
            if is_number(loc):
                out[number] = float(loc.value)  # type: ignore[union-attr]
        return out

    def complete_year(self, year: int) -> Optional[Dict[int, float]]:
        """The year's scores when every framework indicator has one, else None."""
        fw = self.frameworks.get(year) or self.framework
        if fw is None:
            return None
        scores = self.year_scores(year)
        if all(ind.number in scores for ind in fw.indicators):
            return scores
        return None

    def score_years(self) -> List[int]:
        return sorted({y.year for y in self.master.scores.years})

    def measure_numbers(self) -> Set[int]:
        """Indicators that have at least one measure row."""
        measures = self.master.measures
        out: Set[int] = set()
        if measures is None:
            return out
        for m in measures.rows:
            if m.indicator is None or is_blank(m.indicator):
                continue
            number = self.known_number(self.resolve(m.indicator.value or m.indicator.raw))
            if number is not None:
                out.add(number)
        return out


def _first_year(frameworks: Mapping[int, Framework]) -> Optional[int]:
    from ita_xl.framework import available_years

    years = set(frameworks) | set(available_years())
    return min(years) if years else None


def _nearest(frameworks: Mapping[int, Framework], year: Optional[int]) -> Optional[Framework]:
    if not frameworks:
        return None
    if year is not None and year in frameworks:
        return frameworks[year]
    target = year if year is not None else max(frameworks)
    best = min(frameworks, key=lambda y: (abs(y - target), y > target))
    return frameworks[best]


def indicator_params(fw: Optional[Framework], number: int) -> Dict[str, Any]:
    """``number``, ``name`` (Thai) and ``name_en`` for message templates."""
    ind = fw.indicator(number) if fw is not None else None
    return {
        "number": number,
        "name": ind.name_th if ind else "",
        "name_en": ind.name_en if ind else "",
    }


def header_range(header_row: int, cells: Iterable[Optional[str]]) -> str:
    """``A<row>:<last><row>`` spanning the columns the table's cells use."""
    last = 1
    for cell in cells:
        parts = split_cell(cell)
        if parts:
            last = max(last, column_index(parts[0]))
    return f"A{header_row}:{column_letters(last)}{header_row}"
