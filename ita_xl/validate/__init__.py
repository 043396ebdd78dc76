"""Validation: small checks over the master that yield :class:`Finding` objects.

``validate`` never raises for bad data: every problem becomes a finding with a stable code, the
sheet and A1 cell staff must look at, and the values its message needs.
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable, Iterator, List, Mapping, Tuple

from ita_xl.framework.model import Framework
from ita_xl.master.model import Master
from ita_xl.validate import (  # noqa: F401  (indicators: registers the shared codes)
    checks_agency, checks_coverage, checks_levels, checks_measures, checks_results, checks_scores,
    indicators,
)
from ita_xl.validate.context import KNOWN_CODES, Context
from ita_xl.validate.findings import Finding, Report

__all__ = ["validate", "all_codes", "CHECKS", "Finding", "Report"]

Check = Callable[[Context], Iterator[Finding]]

CHECKS: Tuple[Check, ...] = (
    *checks_agency.CHECKS,
    *checks_scores.CHECKS,
    *checks_results.CHECKS,
    *checks_levels.CHECKS,
    *checks_measures.CHECKS,
    *checks_coverage.CHECKS,
)


def validate(master: Master, frameworks: Mapping[int, Framework]) -> Report:
    """Run every check over ``master``; ``frameworks`` holds the years that have a file."""
    ctx = Context.build(master, frameworks)
    return Report(_unique(f for check in CHECKS for f in check(ctx)), master.sheet_names)


def all_codes() -> Dict[str, str]:
    """Every finding code the checks can emit -> the module that emits it.

    Each checks module registers its codes on import (all are imported above), and
    ``Context.finding`` refuses any code not registered, so this list is complete.
    """
    return dict(KNOWN_CODES)


def _unique(findings: Iterable[Finding]) -> List[Finding]:
    """Drop repeats (a group row's indicator is checked once per measure below it)."""
    seen = set()
    out = []
    for f in findings:
        params = tuple(sorted((k, str(v)) for k, v in f.params.items()))
        key = (f.severity, f.sheet, f.cell, f.code, params)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
