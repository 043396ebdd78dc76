"""The arithmetic behind the analysis: Excel-style rounding, weighted means, ranks and slopes.

Staff check the tool's numbers against Excel, which rounds 0.345 up to 0.35; binary floats would
round it down. So every derived number is computed in exact decimals and rounded half-up once.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union

K = TypeVar("K")
_CENT = Decimal("0.01")
Number = Union[int, float, Decimal]


def is_number(value: Any) -> bool:
    """True for a finite int or float (booleans are not scores)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def dec(value: Number) -> Decimal:
    """The decimal a float shows as (its repr), so 84.6 is 84.6 and not 84.59999…"""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(float(value)))


def r2(value: Union[Number, Fraction]) -> float:
    """Round to two decimals half-up, as Excel's ROUND does."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return float(dec(value).quantize(_CENT, rounding=ROUND_HALF_UP))


def diff(a: Number, b: Number) -> float:
    """``a - b`` rounded to two decimals."""
    return r2(dec(a) - dec(b))


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
