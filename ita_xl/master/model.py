"""Plain dataclasses for what the master holds; every value remembers its sheet and cell.

The reader fills these and never judges them: a value it could not parse keeps its raw text and
a ``problem`` slug, and the validator turns problems into findings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List, Optional, Tuple


@dataclass
class Located:
    """One cell's value: the parsed ``value`` (or None), what staff typed (``raw``), and where.

    ``problem`` is a slug such as ``not-a-number`` or ``unreadable-period`` when the raw text
    could not be parsed; ``value`` is then None.
    """

    value: Any
    raw: Any
    sheet: str
    cell: str
    problem: Optional[str] = None

    @property
    def is_blank(self) -> bool:
        return self.raw is None or (isinstance(self.raw, str) and not self.raw.strip())


@dataclass
class Period:
    """A span of calendar days (Common Era dates), as parsed from Thai period text or date cells."""

    start: date
    end: date


@dataclass
class Agency:
    """The หน่วยงาน sheet: key/value pairs; unknown keys kept in ``extra``."""

    sheet: str
    name: Optional[Located] = None
    fiscal_year: Optional[Located] = None  # value: int (BE)
    province: Optional[Located] = None
    prepared_by_unit: Optional[Located] = None
    prepared_by: Optional[Located] = None
    meeting_date: Optional[Located] = None  # value: datetime.date
    target_score: Optional[Located] = None  # value: float
    letter_no: Optional[Located] = None  # optional keys of the memo (ita-xl report)
    letter_date: Optional[Located] = None  # value: datetime.date
    addressee: Optional[Located] = None
    preparer_position: Optional[Located] = None
    signers: Optional[Located] = None  # one "name | position" per line
    extra: Dict[str, Located] = field(default_factory=dict)


@dataclass
class YearColumn:
    """A score column: its BE year, column letter and header cell as staff typed it."""

    year: int
    column: str
    header: Located


@dataclass
class ScoreRow:
    """One indicator row of the คะแนนตัวชี้วัด sheet."""

    row: int
    indicator: Located  # value: the cleaned indicator text (name and/or number); raw as typed
    scores: Dict[int, Located]  # BE year -> score (value float or None)
    change: Optional[Located] = None  # staff's hand-typed difference (value float or None)
    target: Optional[Located] = None  # per-indicator target (value float or None)


@dataclass
class ScoresTable:
    """The คะแนนตัวชี้วัด sheet: the year columns found and the indicator rows."""

    sheet: str
    header_row: int
    years: List[YearColumn]
    rows: List[ScoreRow]
    change_header: Optional[Located] = None  # header of the staff-typed difference column
    # The years that header names (as typed, e.g. (2566, 2565)), and the (earlier, later) pair its
    # values are checked against: the two years it names, else the two year columns beside it.
    # None when the header names years the table has no column for (nothing is checked then).
    change_years_named: Tuple[int, ...] = ()
    change_pair: Optional[Tuple[int, int]] = None
    unknown_year_headers: List[Located] = field(default_factory=list)
    # Required columns not found (layout field slugs: "indicator", "years"); header_row is 0 when
    # no header row was found at all. Labels: ita_xl.master.layout.column_label("scores", slug).
    missing_columns: List[str] = field(default_factory=list)
    # Rows whose indicator cell is a total/average (รวม, คะแนนรวม, เฉลี่ย, Total …), kept apart.
    totals: List[ScoreRow] = field(default_factory=list)


@dataclass
class ResultRow:
    """One published year of the ผลการประเมิน sheet."""

    row: int
    year: Located  # value int (BE)
    overall: Located  # value float
    # The published label: value a letter "AA".."F" (upper case) when the cell holds one, else
    # the label with decorations (ระดับ, brackets, spaces) removed, e.g. "ผ่านดีเยี่ยม", "สูงมาก";
    # "(ผ่าน) ระดับ AA" reads "AA". Whether it is right for its year is validation's call.
    grade: Optional[Located] = None
    # Published instrument scores (IIT/EIT/OIT, 0-100) by instrument code, when the sheet has them.
    instruments: Dict[str, Located] = field(default_factory=dict)
    # Weighted instrument points (columns such as "OIT (40)", "IIT ถ่วงน้ำหนัก"), kept apart.
    weighted: Dict[str, Located] = field(default_factory=dict)


@dataclass
class ResultsTable:
    sheet: str
    header_row: int
    rows: List[ResultRow]
    missing_columns: List[str] = field(default_factory=list)  # "year", "overall"
    # Header cells of the instrument columns found: code -> header (raw and weighted apart).
    instrument_headers: Dict[str, Located] = field(default_factory=dict)
    weighted_headers: Dict[str, Located] = field(default_factory=dict)


@dataclass
class Recommendation:
    """One row of the optional ข้อเสนอแนะ sheet."""

    row: int
    instrument: Optional[Located]
    indicator: Optional[Located]
    weakness: Optional[Located]
    recommendation: Optional[Located]


@dataclass
class Measure:
    """One measure row of the มาตรการ sheet.

    ``indicator`` is the row's own ตัวชี้วัด cell, or the group row above it (``from_group``).
    ``responsible`` lists the units split from the cell by lines or leading dashes.
    ``period`` has value :class:`Period` (or None with a problem) from the period text;
    ``start``/``end`` are date cells when the sheet has them.
    """

    row: int
    indicator: Optional[Located]
    from_group: bool
    measure: Optional[Located]
    method: Optional[Located]
    responsible: List[str]
    responsible_cell: Optional[Located]
    period: Optional[Located]
    start: Optional[Located] = None
    end: Optional[Located] = None
    follow_up: Optional[Located] = None
    status: Optional[Located] = None
    progress: Optional[Located] = None  # value float 0-100

    @property
    def span(self) -> Optional[Period]:
        """The measure's period from the period text, else from the start/end cells."""
        if self.period is not None and isinstance(self.period.value, Period):
            return self.period.value
        if (
            self.start is not None
            and self.end is not None
            and isinstance(self.start.value, date)
            and isinstance(self.end.value, date)
        ):
            return Period(self.start.value, self.end.value)
        return None


@dataclass
class MeasuresTable:
    sheet: str
    header_row: int
    rows: List[Measure]
    # "measure" (neither measure nor method column), "responsible", "period" (nor start/end)
    missing_columns: List[str] = field(default_factory=list)


@dataclass
class RecommendationsTable:
    sheet: str
    header_row: int
    rows: List[Recommendation]
    missing_columns: List[str] = field(default_factory=list)  # "recommendation"


@dataclass
class Master:
    """Everything ita-xl reads from a master workbook."""

    path: str
    sheet_names: List[str]
    agency: Agency
    scores: ScoresTable
    results: Optional[ResultsTable]
    measures: Optional[MeasuresTable]
    recommendations: Optional[RecommendationsTable] = None
