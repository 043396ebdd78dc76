"""Dataclasses for one fiscal year's ITA framework, as loaded from ``data/<year>.json``."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class SubIndicator:
    code: str  # "9.3"
    name_th: str
    name_en: str
    variants: Tuple[str, ...] = ()  # unofficial names or typos: read, and reported
    accepted: Tuple[str, ...] = ()  # other names of the same thing: read quietly


@dataclass(frozen=True)
class Indicator:
    number: int
    name_th: str
    name_en: str
    instrument: str  # "IIT" | "EIT" | "OIT"
    weight: float  # percent of the overall score, e.g. 6.0
    subs: Tuple[SubIndicator, ...] = ()
    variants: Tuple[str, ...] = ()  # unofficial names staff write for it (reported)
    accepted: Tuple[str, ...] = ()  # short forms the NACC itself uses (read quietly)


@dataclass(frozen=True)
class Instrument:
    code: str
    name_th: str
    name_en: str
    weight: float  # percent of the overall score


@dataclass(frozen=True)
class GradeBand:
    grade: str
    low: float  # inclusive
    high: float  # inclusive (two-decimal scores: 94.99)


@dataclass(frozen=True)
class NationalResult:
    agencies: Optional[int]
    average: Optional[float]
    passed_percent: Optional[float]


@dataclass(frozen=True)
class Framework:
    year: int
    indicators: Tuple[Indicator, ...]
    instruments: Tuple[Instrument, ...]
    grades: Tuple[GradeBand, ...]
    pass_mark: float
    aa_mark: float
    weights_verified: bool
    indicators_verified: bool
    national: Optional[NationalResult] = None
    notes: Tuple[str, ...] = ()
    source: str = ""  # file the data came from

    def __hash__(self) -> int:  # kept by @dataclass; the same value it would generate
        return self._hash

    @cached_property
    def _hash(self) -> int:
        """Hashed once: frameworks key the resolver's caches, and hashing every indicator, sub
        and variant on each lookup cost more than the lookup."""
        return hash(tuple(getattr(self, f.name) for f in fields(self)))

    def indicator(self, number: int) -> Optional[Indicator]:
        for ind in self.indicators:
            if ind.number == number:
                return ind
        return None

    def grade_for(self, score: float) -> str:
        """The grade band holding ``score`` rounded to two decimals."""
        s = round(score, 2)
        for band in self.grades:
            if band.low <= s <= band.high:
                return band.grade
        return self.grades[-1].grade

    def band_of(self, grade: str) -> Optional[GradeBand]:
        for band in self.grades:
            if band.grade == grade:
                return band
        return None

    @property
    def weights(self) -> Dict[int, float]:
        return {ind.number: ind.weight for ind in self.indicators}


@dataclass(frozen=True)
class IndicatorMatch:
    """How a staff-typed indicator text resolves against the framework.

    ``number`` is the indicator (sub-indicators count as their parent); ``sub`` the sub-indicator
    code if one was written. ``exact`` is False when the name was only close to an official one
    (``suggestion`` then holds the official name meant). ``number`` is None when nothing matched.
    ``sub_known`` is False when a sub-indicator code/name was written that the framework does not
    list (a warning, not an error).
    """

    text: str
    number: Optional[int]
    sub: Optional[str] = None
    exact: bool = True
    suggestion: Optional[str] = None
    sub_known: bool = True
    number_conflict: bool = False  # number and name point at different indicators
    name: Optional[str] = None  # the name part as staff wrote it
    extras: Tuple[str, ...] = field(default_factory=tuple)
