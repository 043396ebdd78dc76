"""The one priority model: what to fix first and why, and what each score's colour means.

Order (computed once, read by the deck, the summary workbook and the computed sheets):
1. tier — an indicator that holds the year back from its next level (its instrument is under the
   next level's line and so is the indicator) or is below the pass mark comes first;
2. worth — within a tier, the overall points closing its target gap adds (weight × gap);
3. trend — a declining indicator before a steady or rising one (change since last year);
4. then the lower score, then the lower number.
Only indicators short of their target, or in the first tier, are ranked.

Reason codes (``IndicatorResult.priority_reasons``, most telling first): ``holds-back-level``,
``below-pass``, ``declined``, ``lowest-three``. ``weak_reasons`` keeps the last three.
Tone (colour meaning): ``weak`` below the pass mark or fell; ``improving`` rose; else ``steady``.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ita_xl.analysis_math import count_below
from ita_xl.analysis_model import IndicatorResult, LevelGap
from ita_xl.rounding import diff

REASONS = ("holds-back-level", "below-pass", "declined", "lowest-three")
WEAK, IMPROVING, STEADY = "weak", "improving", "steady"
TONES = (WEAK, IMPROVING, STEADY)


def _lines(level: Optional[LevelGap]) -> Dict[str, float]:
    """Instrument code -> next-level line, for the instruments under their line."""
    if level is None:
        return {}
    return {g.code: g.line for g in level.blocking}


def _change(result: IndicatorResult, fiscal_year: int) -> Optional[float]:
    entry = result.years.get(fiscal_year)
    return entry.change_prev if entry is not None else None


def _weak_reasons(result: IndicatorResult, fiscal_year: int, pass_mark: float,
                  current: List[float]) -> Tuple[str, ...]:
    reasons = []
    if result.current is not None and result.current < pass_mark:
        reasons.append("below-pass")
    change = _change(result, fiscal_year)
    if change is not None and change < 0:
        reasons.append("declined")
    below_target = result.gap_target is not None and result.gap_target.gap > 0
    if below_target and result.current is not None and count_below(result.current, current) < 3:
        reasons.append("lowest-three")
    return tuple(reasons)


def _tone(result: IndicatorResult, fiscal_year: int) -> str:
    if "below-pass" in result.weak_reasons or "declined" in result.weak_reasons:
        return WEAK
    change = _change(result, fiscal_year)
    return IMPROVING if change is not None and change > 0 else STEADY


def _sort_key(result: IndicatorResult, fiscal_year: int) -> Tuple[int, float, int, float, int]:
    first = bool({"holds-back-level", "below-pass"} & set(result.priority_reasons))
    worth = result.gap_target.worth if result.gap_target is not None else 0.0
    change = _change(result, fiscal_year)
    return (0 if first else 1, -worth, 0 if change is not None and change < 0 else 1,
            result.current if result.current is not None else 0.0, result.number)


def judge(indicators: List[IndicatorResult], fiscal_year: int, pass_mark: float,
          level: Optional[LevelGap]) -> None:
    """Set weak and priority reasons, tone, next-level line and gap, and the priority places.

    "lowest-three" takes ties along (four indicators tied for last are all lowest) and is not
    given to an indicator that already meets its target: ten perfect scores have no weak ones.
    """
    lines = _lines(level)
    current = [i.current for i in indicators if i.current is not None]
    for result in indicators:
        result.priority = None
        if result.current is None:
            result.weak_reasons, result.priority_reasons, result.tone = (), (), STEADY
            continue
        result.weak_reasons = _weak_reasons(result, fiscal_year, pass_mark, current)
        result.tone = _tone(result, fiscal_year)
        line = lines.get(result.instrument)
        holds_back = line is not None and result.current < line
        result.level_line = line if holds_back else None
        result.level_gap = diff(line, result.current) if holds_back else None  # type: ignore
        result.priority_reasons = (("holds-back-level",) if holds_back else ()) + \
            result.weak_reasons
    ranked = [i for i in indicators if i.current is not None and (
        (i.gap_target is not None and i.gap_target.gap > 0)
        or {"holds-back-level", "below-pass"} & set(i.priority_reasons))]
    ranked.sort(key=lambda i: _sort_key(i, fiscal_year))
    for place, result in enumerate(ranked, 1):
        result.priority = place
