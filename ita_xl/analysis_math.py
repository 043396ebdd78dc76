"""The arithmetic behind the analysis: Excel-style rounding, weighted means, ranks and slopes.

Every derived number is computed in exact decimals and rounded half-up once, by
:func:`ita_xl.rounding.round2` (re-exported here as ``r2``).
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar

from ita_xl.rounding import Number, dec, diff, is_number, round2  # noqa: F401  (re-exported)

K = TypeVar("K")

r2 = round2  # the one rounding function (ita_xl.rounding), under the name analysis uses


def weighted_mean(pairs: Iterable[Tuple[Number, Number]]) -> Optional[float]:
    """sum(w·s)/sum(w) over (weight, score) pairs, two decimals; None without weight."""
    total = Decimal(0)
    weights = Decimal(0)
    for weight, score in pairs:
        total += dec(weight) * dec(score)
        weights += dec(weight)
    if weights == 0:
        return None
    return r2(total / weights)


def weighted_overall(pairs: Iterable[Tuple[Number, Number]]) -> float:
    """sum(w·s)/100: weights are percentages of the overall score."""
    return r2(sum((dec(w) * dec(s) for w, s in pairs), Decimal(0)) / 100)


def worth(weight: Number, gap: Number) -> float:
    """Overall points gained by closing ``gap`` on an indicator weighing ``weight`` percent."""
    return r2(dec(weight) * dec(gap) / 100)


def competition_ranks(scores: Mapping[K, Number]) -> Dict[K, int]:
    """1 = highest; tied scores share the better rank and the next rank is skipped (1, 2, 2, 4)."""
    values = [dec(v) for v in scores.values()]
    return {key: 1 + sum(1 for other in values if other > dec(v)) for key, v in scores.items()}


def count_below(value: Number, others: Sequence[Number]) -> int:
    """How many of ``others`` are strictly lower than ``value``."""
    return sum(1 for other in others if dec(other) < dec(value))


def slope(points: Sequence[Tuple[int, Number]]) -> Optional[float]:
    """Least-squares slope (points per year), two decimals; only for more than two points."""
    if len(points) <= 2:
        return None
    xs: List[Fraction] = [Fraction(x) for x, _ in points]
    ys: List[Fraction] = [Fraction(dec(y)) for _, y in points]
    mean_x = sum(xs, Fraction(0)) / len(xs)
    mean_y = sum(ys, Fraction(0)) / len(ys)
    spread = sum(((x - mean_x) ** 2 for x in xs), Fraction(0))
    if spread == 0:
        return None
    cov = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)), Fraction(0))
    return r2(cov / spread)
