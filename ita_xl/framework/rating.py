"""How a year's result is labelled, as data: a rating scheme and the one rule evaluator over it.

A scheme is an ordered list of levels, best first. Each level has a rule: the overall score must
reach ``min_overall`` and each instrument named in ``min_instruments`` must reach its line. The
rating of a result is the first (best) level whose rule holds. Letter bands (AA–F, 2563–2565)
are levels whose rule only names an overall minimum; the 2566+ Rating Score levels add
per-instrument lines. A reform is a new data file, never new code.

Every comparison uses :func:`ita_xl.rounding.at_least` (two decimals, half-up).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Tuple

from ita_xl.rounding import at_least, diff, is_number

KINDS = ("letter", "level")
FLAGS = ("verified", "secondary", "unverified")


@dataclass(frozen=True)
class RatingLevel:
    """One label of a scheme and the rule that earns it."""

    code: str  # stable identifier: "AA" … "F", or "excellent", "good", "pass", …
    label_th: str
    label_en: str
    rank: int  # 1 = best
    min_overall: float  # inclusive, two decimals
    min_instruments: Tuple[Tuple[str, float], ...] = ()  # (instrument code, inclusive line)
    passed: bool = False  # counts as passing (the national "passed" figure)
    accepted: Tuple[str, ...] = ()  # other ways staff write the label, read quietly
    flag: str = "verified"
    source: str = ""
    max_overall: Optional[float] = None  # highest overall with this label when only overall counts

    def label(self, lang: str = "th") -> str:
        return self.label_en if lang == "en" else self.label_th

    @property
    def instrument_lines(self) -> Dict[str, float]:
        return dict(self.min_instruments)


@dataclass(frozen=True)
class Rating:
    """The label a result earns in its year's scheme (what :meth:`RatingScheme.rate` returns)."""

    code: str
    label_th: str
    label_en: str
    rank: int  # 1 = best
    kind: str  # "letter" | "level"
    passed: bool
    complete: bool = True  # False: a better level was not checked (an instrument score missing)
    missing: Tuple[str, ...] = ()  # instrument codes whose score was needed but absent

    def label(self, lang: str = "th") -> str:
        return self.label_en if lang == "en" else self.label_th


@dataclass(frozen=True)
class Shortfall:
    """How far a result is from one level: the overall gap and each instrument's gap."""

    level: RatingLevel
    overall_gap: float  # max(0, line - overall), two decimals
    instrument_gaps: Tuple[Tuple[str, Optional[float]], ...]  # (code, gap or None when unknown)

    @property
    def reached(self) -> bool:
        return self.overall_gap == 0 and all(g == 0 for _, g in self.instrument_gaps)

    @property
    def blocking(self) -> Tuple[str, ...]:
        """Instruments below their line (or of unknown score), in the scheme's order."""
        return tuple(code for code, gap in self.instrument_gaps if gap is None or gap > 0)


@dataclass(frozen=True)
class RetiredLabels:
    """Labels of an earlier scheme that staff still type (a mistake to report for this year)."""

    labels: Tuple[str, ...]  # e.g. ("AA", "A", "B", "C", "D", "E", "F")
    since: int  # first year they no longer apply
    flag: str = "verified"
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class LabelReading:
    """What a typed label cell says: a level of this scheme, a retired label, or neither."""

    level: Optional[RatingLevel]
    retired: Optional[str]  # the retired label found in the text ("AA" in "(ผ่าน) ระดับ AA")


_SPACES = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")


def _fold(text: str) -> str:
    return _SPACES.sub("", text).casefold()


@dataclass(frozen=True)
class RatingScheme:
    kind: str  # "letter" | "level"
    levels: Tuple[RatingLevel, ...]  # best first
    flag: str = "verified"
    source: str = ""
    note: str = ""
    retired: Optional[RetiredLabels] = None

    # --- the rule evaluator ----------------------------------------------------------------

    def rate(self, overall: float, instruments: Optional[Mapping[str, Optional[float]]] = None
             ) -> Rating:
        """The best level whose rule ``overall`` and ``instruments`` satisfy.

        A level that needs an instrument score that is absent is skipped, and the result says
        so (``complete=False``, ``missing``): the label may then be better than shown.
        """
        scores = dict(instruments or {})
        missing: Tuple[str, ...] = ()
        for level in self.levels:
            if not at_least(overall, level.min_overall):
                continue
            absent = tuple(c for c, _ in level.min_instruments if not is_number(scores.get(c)))
            if absent:
                missing = missing + tuple(c for c in absent if c not in missing)
                continue
            if all(at_least(scores[c], line) for c, line in level.min_instruments):  # type: ignore
                return self._rating(level, not missing, missing)
        return self._rating(self.levels[-1], not missing, missing)

    def _rating(self, level: RatingLevel, complete: bool, missing: Tuple[str, ...]) -> Rating:
        return Rating(level.code, level.label_th, level.label_en, level.rank, self.kind,
                      level.passed, complete, missing)

    def shortfall(self, level: RatingLevel, overall: float,
                  instruments: Optional[Mapping[str, Optional[float]]] = None) -> Shortfall:
        """What separates a result from ``level``: overall and per-instrument gaps (≥ 0)."""
        scores = dict(instruments or {})
        gaps = []
        for code, line in level.min_instruments:
            score = scores.get(code)
            gaps.append((code, max(0.0, diff(line, score)) if is_number(score) else None))
        return Shortfall(level, max(0.0, diff(level.min_overall, overall)), tuple(gaps))

    def next_level(self, rating: Rating) -> Optional[RatingLevel]:
        """The level one better than ``rating`` (None at the top)."""
        better = [lv for lv in self.levels if lv.rank < rating.rank]
        return max(better, key=lambda lv: lv.rank) if better else None

    # --- labels ----------------------------------------------------------------------------

    def level(self, code: str) -> Optional[RatingLevel]:
        return next((lv for lv in self.levels if lv.code == code), None)

    @property
    def top(self) -> RatingLevel:
        return self.levels[0]

    @property
    def pass_level(self) -> Optional[RatingLevel]:
        """The lowest level that counts as passing."""
        passing = [lv for lv in self.levels if lv.passed]
        return passing[-1] if passing else None

    def labels(self, lang: str = "th") -> Tuple[str, ...]:
        return tuple(lv.label(lang) for lv in self.levels)

    def read_label(self, text: object) -> LabelReading:
        """Which level a typed label names (Thai, English, code or alias; spaces and case
        ignored), and which retired label it carries, if any."""
        if not isinstance(text, str) or not text.strip():
            return LabelReading(None, None)
        folded = _fold(text)
        for level in self.levels:
            names = (level.code, level.label_th, level.label_en) + level.accepted
            if any(folded == _fold(n) for n in names if n):
                return LabelReading(level, None)
        retired = self._retired_in(text)
        if retired is not None:
            return LabelReading(None, retired)
        # a level's Thai label inside longer text ('ระดับผ่านดี'): the longest label wins
        inside = [lv for lv in self.levels if self.kind == "level" and _fold(lv.label_th) in folded]
        if inside:
            return LabelReading(max(inside, key=lambda lv: len(lv.label_th)), None)
        return LabelReading(None, None)

    def _retired_in(self, text: str) -> Optional[str]:
        if self.retired is None:
            return None
        for label in sorted(self.retired.labels, key=len, reverse=True):
            if re.search(rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])", text.upper()):
                return label
        return None

