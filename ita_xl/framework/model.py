"""Dataclasses for one fiscal year's ITA framework, as loaded from ``data/<year>.json``."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Dict, Mapping, Optional, Tuple

from ita_xl.framework.facts import Fact, OitItem
from ita_xl.framework.rating import Rating, RatingLevel, RatingScheme, Shortfall
from ita_xl.rounding import dec, round2


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
    passed_count: Optional[int] = None


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
    scheme: Optional[RatingScheme] = None  # None: letter bands built from ``grades``
    facts: Tuple[Fact, ...] = ()
    oit_items: Tuple[OitItem, ...] = ()
    assumed_from: Optional[int] = None  # the year this file was copied from, unchecked
    source_note: str = ""

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

    # --- rating ------------------------------------------------------------------------------

    @cached_property
    def rating(self) -> RatingScheme:
        """How this year's results are labelled (the file's scheme, else its letter bands)."""
        if self.scheme is not None:
            return self.scheme
        from ita_xl.framework.rating_data import scheme_from_bands

        return scheme_from_bands(self.grades)

    def rate(self, overall: float, instruments: Optional[Mapping[str, Optional[float]]] = None
             ) -> Rating:
        """The label ``overall`` (and the instrument scores) earn in this year's scheme."""
        return self.rating.rate(overall, instruments)

    def next_level(self, rating: Rating) -> Optional[RatingLevel]:
        return self.rating.next_level(rating)

    def shortfall(self, level: RatingLevel, overall: float,
                  instruments: Optional[Mapping[str, Optional[float]]] = None) -> Shortfall:
        return self.rating.shortfall(level, overall, instruments)

    @property
    def retired_letters(self) -> Tuple[str, ...]:
        """Labels of an earlier scheme that are a mistake for this year (AA–F from 2566)."""
        retired = self.rating.retired
        return retired.labels if retired is not None else ()

    # --- facts ---------------------------------------------------------------------------------

    def fact(self, key: str) -> Optional[Fact]:
        return next((f for f in self.facts if f.key == key), None)

    @property
    def unverified_facts(self) -> Tuple[Fact, ...]:
        """Facts of this year that are unverified or assumed from another year."""
        return tuple(f for f in self.facts if f.flag == "unverified" or f.assumed)

    @property
    def assumed_facts(self) -> Tuple[Fact, ...]:
        """Facts copied from another year (``assumed_from``) without being checked."""
        return tuple(f for f in self.facts if f.assumed)

    def oit_item(self, code: str) -> Optional[OitItem]:
        """The OIT item written exactly ``code`` ('O19' up to 2565, 'o10' from 2566)."""
        return next((i for i in self.oit_items if i.code == code.strip()), None)

    def grade_for(self, score: float) -> str:
        """The letter band holding ``score`` (two decimals, half-up); letter schemes only —
        :meth:`rate` is the scheme-neutral rule."""
        s = round2(score)
        for band in self.grades:
            if band.low <= s <= band.high:
                return band.grade
        return self.grades[-1].grade if self.grades else self.rate(score).code

    def band_of(self, grade: str) -> Optional[GradeBand]:
        for band in self.grades:
            if band.grade == grade:
                return band
        return None

    def instrument_scores(self, indicator_scores: Mapping[int, float]) -> Dict[str, float]:
        """Each instrument's score as the mean of its indicators, weighted by their weights inside
        the instrument (an equal split today), two decimals half-up; only instruments whose
        indicators all have a score. The one rule: analysis and validation both call it."""
        out: Dict[str, float] = {}
        for inst in self.instruments:
            members = [ind for ind in self.indicators if ind.instrument == inst.code]
            if not members or any(ind.number not in indicator_scores for ind in members):
                continue
            total = sum((dec(ind.weight) for ind in members), dec(0))
            if total == 0:
                continue
            mean = sum((dec(ind.weight) * dec(indicator_scores[ind.number]) for ind in members),
                       dec(0)) / total
            out[inst.code] = round2(mean)
        return out

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
