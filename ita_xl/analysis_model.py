"""The analysis as data: what the computed sheets, the summary workbook and the briefing draw from.

Re-exported by :mod:`ita_xl.analysis`; import from there.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Tuple

from ita_xl.framework.model import Framework
from ita_xl.framework.rating import Rating, RatingLevel
from ita_xl.master.model import Period
from ita_xl.measure_status import FollowUp
from ita_xl.validate.findings import Finding


@dataclass
class IndicatorYear:
    year: int
    score: Optional[float]
    change_prev: Optional[float]  # against the previous year that has a score
    change_first: Optional[float]  # against the first year that has a score
    rank: Optional[int]  # 1 = highest of the ten that year; ties share a rank
    rank_change: Optional[int]  # positive = moved up since the previous year
    cell: Optional[str] = None  # where the score sits in the master (A1)


@dataclass
class Gap:
    target: float
    gap: float  # max(0, target - score), two decimals
    worth: float  # weight/100 * gap: overall points gained by closing it


@dataclass
class IndicatorResult:
    number: int
    name_th: str
    name_en: str
    instrument: str
    weight: float
    years: Dict[int, IndicatorYear]
    current: Optional[float]  # score in the analysed year
    target: float  # per-indicator target, else agency target, else 95
    gap_pass: Optional[Gap]
    gap_aa: Optional[Gap]
    gap_target: Optional[Gap]
    priority: Optional[int]  # 1 = closing its target gap is worth the most overall points
    weak_reasons: Tuple[str, ...] = ()  # "below-pass", "declined", "lowest-three"
    # Why it is where it is in the fix-first order (analysis_priority.REASONS, most telling first):
    # "holds-back-level", "below-pass", "declined", "lowest-three"; every writer shows these.
    priority_reasons: Tuple[str, ...] = ()
    tone: str = "steady"  # colour meaning: "weak" | "improving" | "steady" (analysis_priority)
    level_line: Optional[float] = None  # its instrument's line for the next level, when below it
    level_gap: Optional[float] = None  # max(0, level_line - current): points short of that line
    slope: Optional[float] = None  # points per year, only with more than two years
    measure_count: int = 0
    score_sheet: Optional[str] = None

    def name(self, lang: str = "th") -> str:
        return self.name_en if lang == "en" else self.name_th


@dataclass
class InstrumentScore:
    """One instrument's score in one year: published where the Results sheet types it, else the
    mean of its indicators (``computed`` says which)."""

    code: str
    score: Optional[float]
    computed: bool
    cell: Optional[str] = None  # the Results sheet cell of a published score
    basis: str = "typed"  # master.instruments: "typed" | "weighted" (scaled back) | "computed"


@dataclass
class InstrumentGap:
    code: str
    score: Optional[float]
    line: float  # the next level's line for this instrument
    gap: Optional[float]  # max(0, line - score); None when the score is unknown
    computed: bool  # the score is the mean of its indicators, not published


@dataclass
class LevelGap:
    """What it takes to reach the next level (the question a head asks): the overall gap and
    each instrument below its line. Computed once here; every writer reads it."""

    year: int
    rating: Rating  # where the year's scores stand in its own scheme
    target: RatingLevel  # the next level up
    overall: float
    overall_line: float
    overall_gap: float  # max(0, overall_line - overall)
    instruments: List[InstrumentGap]  # the instruments the next level sets a line for
    pass_mark: float
    pass_gap: float  # max(0, pass_mark - overall)

    @property
    def blocking(self) -> List[InstrumentGap]:
        """Instruments below their line (or of unknown score)."""
        return [g for g in self.instruments if g.gap is None or g.gap > 0]

    def label(self, lang: str = "th") -> str:
        return self.target.label(lang)


@dataclass
class YearResult:
    year: int
    published_overall: Optional[float]
    published_grade: Optional[str]
    computed_overall: Optional[float]  # framework-weighted mean of the indicator scores
    computed_grade: Optional[str]
    instruments: Dict[str, float]  # "IIT"/"EIT"/"OIT" -> framework-weighted sub-score
    change_prev: Optional[float]  # of the overall (published, else computed)
    national_average: Optional[float] = None
    national_passed_percent: Optional[float] = None
    lowest: Optional[float] = None
    highest: Optional[float] = None
    # instrument scores with where they came from (``instruments`` holds the same numbers)
    instrument_scores: Dict[str, InstrumentScore] = field(default_factory=dict)
    published_rating: Optional[Rating] = None  # the typed label, read in the year's scheme
    computed_rating: Optional[Rating] = None  # what overall and instruments earn by its rule
    next_level: Optional[LevelGap] = None  # None at the top level or without a framework
    overall_mismatch: bool = False  # published and recomputed overall differ by more than 0.01
    vs_national: Optional[float] = None  # overall - national average, two decimals

    @property
    def rating(self) -> Optional[Rating]:
        """The published label where it reads as one of the year's scheme, else the computed."""
        return self.published_rating or self.computed_rating

    def label(self, lang: str = "th") -> str:
        """The year's label as outputs show it: its rating, else what was typed (history
        years' own scales such as สูงมาก), else empty."""
        rating = self.rating
        if rating is not None:
            return rating.label(lang)
        return self.published_grade or ""

    @property
    def overall(self) -> Optional[float]:
        """The published overall where there is one, else the recomputed one."""
        return self.published_overall if self.published_overall is not None else self.computed_overall

    @property
    def grade(self) -> Optional[str]:
        """The label in Thai (kept for older writers; :meth:`label` takes the language)."""
        return self.label("th") or None


@dataclass
class MeasureView:
    """A measure as outputs show it: indicator resolved, text cleaned, period parsed."""

    row: int
    cell: str  # first cell of the row in the master (for hyperlinks)
    indicator: Optional[int]
    sub: Optional[str]
    indicator_label: str  # as staff wrote it
    measure: str  # the measure, or the first line of the method when blank
    method: str
    responsible: List[str]
    period_text: str
    period: Optional[Period]
    follow_up: str
    status: str
    progress: Optional[float]
    status_value: Optional[str] = None  # measure_status.STATUSES value (typed, else from progress)


@dataclass
class RecommendationView:
    instrument: str
    indicator: Optional[int]
    indicator_label: str
    weakness: str
    recommendation: str


@dataclass
class Analysis:
    agency: str
    fiscal_year: int  # the analysed year (BE)
    years: List[int]  # score years, ascending
    indicators: List[IndicatorResult]  # by indicator number
    by_year: Dict[int, YearResult]
    framework: Framework
    target: float
    pass_mark: float
    aa_mark: float
    measures: List[MeasureView] = field(default_factory=list)
    recommendations: List[RecommendationView] = field(default_factory=list)
    open_findings: List[Finding] = field(default_factory=list)  # errors and warnings
    draft: bool = False  # outputs carry a DRAFT mark (run --allow-errors with errors)
    province: str = ""
    prepared_by_unit: str = ""
    prepared_by: str = ""
    meeting_date: Optional[date] = None
    overall_slope: Optional[float] = None
    follow_up: Optional[FollowUp] = None  # each measure's state on the as-of day (when asked)
    measures_sheet: str = ""  # the master's มาตรการ sheet (MeasureView.cell is on it)

    @property
    def plan_year(self) -> int:
        """Measures are planned for the fiscal year after the analysed one."""
        return self.fiscal_year + 1

    @property
    def previous_year(self) -> Optional[int]:
        earlier = [y for y in self.years if y < self.fiscal_year]
        return earlier[-1] if earlier else None

    @property
    def current(self) -> Optional[YearResult]:
        return self.by_year.get(self.fiscal_year)

    @property
    def next_level(self) -> Optional[LevelGap]:
        """What the analysed year needs to reach the next level (None at the top)."""
        cur = self.current
        return cur.next_level if cur is not None else None

    @property
    def priorities(self) -> List[IndicatorResult]:
        ranked = [i for i in self.indicators if i.priority is not None]
        return sorted(ranked, key=lambda i: i.priority or 0)

    @property
    def weak(self) -> List[IndicatorResult]:
        return [i for i in self.indicators if i.weak_reasons]

    def indicator(self, number: Optional[int]) -> Optional[IndicatorResult]:
        """The analysed indicator ``number`` (None when there is no such indicator)."""
        return next((i for i in self.indicators if i.number == number), None)

    def strongest(self, n: int = 3) -> List[IndicatorResult]:
        scored = [i for i in self.indicators if i.current is not None]
        return sorted(scored, key=lambda i: (-(i.current or 0), i.number))[:n]

    def weakest(self, n: int = 3) -> List[IndicatorResult]:
        scored = [i for i in self.indicators if i.current is not None]
        return sorted(scored, key=lambda i: (i.current or 0, i.number))[:n]
