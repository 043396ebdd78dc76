"""The one rounding rule (half-up, two decimals) and the one mismatch rule (more than the
tolerance), and validation reading them through a real workbook."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from builders import MasterSpec, default_measures
from ita_xl import analysis_math, rounding
from ita_xl.rounding import at_least, diff, differs, round2
from validate_support import codes, only, run


@pytest.mark.parametrize("value, expected", [
    (0.345, 0.35), (2.675, 2.68), (84.125, 84.13), (84.124999, 84.12), (-1.005, -1.01),
    (Decimal("94.995"), 95.0), (Fraction(281, 3), 93.67), (100, 100.0),
])
def test_round2_is_half_up_where_float_round_is_not(value, expected):
    assert round2(value) == expected


def test_analysis_uses_the_same_function():
    assert analysis_math.r2 is rounding.round2


@pytest.mark.parametrize("a, b, tolerance, expected", [
    (84.13, 84.12, 0.01, False), (84.13, 84.11, 0.01, True), (84.12, 84.13, 0.01, False),
    (84.134, 84.125, 0.01, False),  # 84.13 vs 84.13 after rounding
    (1.00, 1.004, 0, False), (1.00, 1.01, 0, True),
])
def test_differs_is_strictly_more_than_the_tolerance(a, b, tolerance, expected):
    assert differs(a, b, tolerance) is expected


def test_thresholds_are_reached_at_two_decimals():
    assert at_least(94.995, 95) and not at_least(94.994, 95) and at_least(85, 85)
    assert diff(95, 94.64) == 0.36


# 2565 (weights verified): the weighted mean is exactly 84.125 -> 84.13 half-up (float round: 84.12)
SCORES_2565 = [80.0] * 8 + [90.0, 90.625]


def _spec(typed: float) -> MasterSpec:
    spec = MasterSpec(score_years=[2565], scores={2565: SCORES_2565},
                      results=[[2565, typed, "B"]], measures=default_measures())
    spec.agency[1] = ["ปีงบประมาณ", 2565]
    return spec


def test_validation_rounds_the_recomputed_overall_half_up(tmp_path):
    # 84.11 is 0.02 from 84.13 (half-up) but only 0.01 from 84.12 (float round)
    f = only(run(tmp_path, _spec(84.11)), "overall-mismatch")
    assert f.params["computed"] == "84.13" and f.params["difference"] == "-0.02"


@pytest.mark.parametrize("typed", [84.12, 84.13, 84.14])
def test_validation_never_reports_a_difference_of_0_01(tmp_path, typed):
    assert "overall-mismatch" not in codes(run(tmp_path, _spec(typed)))
