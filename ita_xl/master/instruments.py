"""A published year's instrument scores (IIT, EIT, OIT) as the rating rule needs them.

The 2566+ level depends on each instrument's score. The NACC publishes them with every result;
where staff typed them they are used as typed, where they typed only the NACC's weighted points
("OIT (40)") they are scaled back to 0-100, and otherwise each is the framework's mean of its
indicators (``Framework.instrument_scores``). Which way each score was obtained is kept, because
a level judged on computed scores is only a warning.

A typed score whose value fits a weighted column instead (OIT typed 38.32 where its indicators
average 95.80, i.e. 95.80 × 40 %) is set aside and reported, not rated.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple

from ita_xl.master.model import Located, ResultRow

TYPED, FROM_WEIGHTED, COMPUTED = "typed", "weighted", "computed"
FIT_TOLERANCE = 0.25  # 0-100 scale: rounded weighted points, scaled back, vs the indicator mean
SUM_TOLERANCE = 0.05  # the three weighted points add up to the overall score


@dataclass
class InstrumentScores:
    """Scores by instrument code, and how each was obtained (``TYPED``/``FROM_WEIGHTED``/
    ``COMPUTED``); ``weighted_fit`` holds typed cells set aside as weighted points."""

    values: Dict[str, float] = field(default_factory=dict)
    basis: Dict[str, str] = field(default_factory=dict)
    weighted_fit: Dict[str, Located] = field(default_factory=dict)
    computed: Dict[str, float] = field(default_factory=dict)  # the framework's rule, every code

    @property
    def all_typed(self) -> bool:
        """Every score came from the published columns as typed."""
        return bool(self.basis) and all(b == TYPED for b in self.basis.values())

    def codes(self, basis: str) -> Tuple[str, ...]:
        return tuple(c for c, b in self.basis.items() if b == basis)


def _number(loc: Optional[Located]) -> Optional[float]:
    if loc is None or loc.problem is not None or isinstance(loc.value, bool):
        return None
    value = loc.value
    return float(value) if isinstance(value, (int, float)) and 0 <= value <= 100 else None


def computed_instruments(framework: Any, indicator_scores: Mapping[int, float]) -> Dict[str, float]:
    """Each instrument's score from its indicators, by the framework's one rule."""
    if not indicator_scores:
        return {}
    return dict(framework.instrument_scores(indicator_scores))


def instrument_scores(row: ResultRow, framework: Any,
                      indicator_scores: Mapping[int, float]) -> InstrumentScores:
    """The scores ``row``'s level is judged on: typed, else from weighted points, else computed."""
    weights = {i.code: float(i.weight) for i in framework.instruments}
    computed = computed_instruments(framework, indicator_scores)
    overall = _number(row.overall)
    typed = {c: v for c, v in ((c, _number(row.instruments.get(c))) for c in weights)
             if v is not None}
    out = InstrumentScores(computed=computed)
    for code in _weighted_fits(typed, weights, computed, overall):
        out.weighted_fit[code] = row.instruments[code]
        del typed[code]
    for code, weight in weights.items():
        points = _number(row.weighted.get(code))
        if code in typed:
            out.values[code], out.basis[code] = typed[code], TYPED
        elif points is not None and 0 < weight and points <= weight + 0.005:
            out.values[code], out.basis[code] = _scale(points, weight), FROM_WEIGHTED
        elif code in computed:
            out.values[code], out.basis[code] = computed[code], COMPUTED
    return out


def _scale(points: float, weight: float) -> float:
    from ita_xl.rounding import round2

    return round2(points * 100 / weight)


def _weighted_fits(typed: Dict[str, float], weights: Dict[str, float],
                   computed: Dict[str, float], overall: Optional[float]) -> Tuple[str, ...]:
    """Typed instrument scores that are really weighted points (see the module docstring)."""
    fits = []
    for code, value in typed.items():
        weight = weights.get(code, 0.0)
        if not 0 < weight < 100 or value > weight + 0.005:
            continue
        if code in computed and abs(value * 100 / weight - computed[code]) <= FIT_TOLERANCE:
            fits.append(code)
    if not fits and overall is not None and set(typed) == set(weights) and len(typed) > 1:
        small = all(typed[c] <= weights[c] + 0.005 for c in typed)
        if small and abs(sum(typed.values()) - overall) <= SUM_TOLERANCE:
            fits = list(typed)
    return tuple(fits)
