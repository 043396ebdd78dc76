"""The one rounding rule and the one "do these numbers disagree?" rule, for every stage.

Staff check the tool's numbers against Excel, which rounds 0.345 up to 0.35; binary floats (and
Python's ``round``) would round it down. So every score the tool derives is computed in exact
decimals and rounded half-up to two decimals by :func:`round2` — validation, framework rules,
analysis and writers all call this one function.

Two numbers *disagree* only when they differ by MORE than a tolerance (:func:`differs`, strict
``>``): a published total may differ from the weighted mean of the rounded indicator scores by
exactly 0.01 through rounding alone, and that is never reported.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Union

Number = Union[int, float, Decimal]
_CENT = Decimal("0.01")

OVERALL_TOLERANCE = Decimal("0.01")  # published overall vs recomputed: rounding of ten scores
CHANGE_TOLERANCE = Decimal("0")  # a typed change vs the difference of its two (two-decimal) scores


def is_number(value: Any) -> bool:
    """True for a finite int or float (booleans are not scores)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def dec(value: Number) -> Decimal:
    """The decimal a float shows as (its repr), so 84.6 is 84.6 and not 84.59999…"""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(float(value)))


def round2(value: Union[Number, Fraction]) -> float:
    """Round to two decimals half-up, as Excel's ROUND(x, 2) does: THE rounding of ita-xl."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return float(dec(value).quantize(_CENT, rounding=ROUND_HALF_UP))


def diff(a: Number, b: Number) -> float:
    """``a - b`` rounded to two decimals."""
    return round2(dec(a) - dec(b))


def differs(a: Number, b: Number, tolerance: Number = OVERALL_TOLERANCE) -> bool:
    """True when ``a`` and ``b``, each rounded to two decimals, differ by MORE than ``tolerance``.

    The one threshold rule: equal to the tolerance is agreement (``>``, never ``>=``).
    """
    return abs(dec(round2(a)) - dec(round2(b))) > dec(tolerance)


def at_least(score: Number, line: Number) -> bool:
    """True when ``score`` rounded to two decimals reaches ``line`` (every threshold's rule)."""
    return dec(round2(score)) >= dec(line)
