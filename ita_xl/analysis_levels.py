"""Each year in its own rating scheme: instrument scores, the published and computed label, and
what it takes to reach the next level. Pure functions over the framework's rule evaluator.
"""
from __future__ import annotations

from typing import Dict, Mapping, Optional

from ita_xl.analysis_model import InstrumentGap, InstrumentScore, LevelGap
from ita_xl.framework.model import Framework
from ita_xl.framework.rating import Rating
from ita_xl.master.model import Located, ResultRow
from ita_xl.rounding import diff, is_number, round2


def _published_score(row: Optional[ResultRow], code: str) -> Optional[Located]:
    """The published score cell of ``code`` (read defensively: older readers had none)."""
    cells = getattr(row, "instruments", None) or {}
    loc = cells.get(code)
    if loc is None or not is_number(loc.value) or not 0 <= float(loc.value) <= 100:
        return None
    return loc


def instrument_scores(fw: Optional[Framework], scores: Mapping[int, float],
                      row: Optional[ResultRow]) -> Dict[str, InstrumentScore]:
    """Published instrument scores where the Results row types them, else computed ones."""
    if fw is None:
        return {}
    computed = fw.instrument_scores(scores)
    out: Dict[str, InstrumentScore] = {}
    for inst in fw.instruments:
        loc = _published_score(row, inst.code)
        if loc is not None:
            out[inst.code] = InstrumentScore(inst.code, round2(float(loc.value)), False, loc.cell)
        elif inst.code in computed:
            out[inst.code] = InstrumentScore(inst.code, computed[inst.code], True)
    return out


def published_rating(fw: Optional[Framework], label: object) -> Optional[Rating]:
    """The typed label as a rating of the year's scheme (None: blank, retired or not a label)."""
    if fw is None or not isinstance(label, str):
        return None
    level = fw.rating.read_label(label).level
    if level is None:
        return None
    return Rating(level.code, level.label_th, level.label_en, level.rank, fw.rating.kind,
                  level.passed)


def computed_rating(fw: Optional[Framework], overall: Optional[float],
                    instruments: Mapping[str, InstrumentScore]) -> Optional[Rating]:
    if fw is None or overall is None:
        return None
    return fw.rate(overall, {c: s.score for c, s in instruments.items()})


def level_gap(year: int, fw: Optional[Framework], overall: Optional[float],
              instruments: Mapping[str, InstrumentScore],
              rating: Optional[Rating]) -> Optional[LevelGap]:
    """What separates ``rating`` from the next level up (None at the top or without data)."""
    if fw is None or overall is None or rating is None:
        return None
    target = fw.next_level(rating)
    if target is None:
        return None
    values = {c: s.score for c, s in instruments.items()}
    short = fw.shortfall(target, overall, values)
    gaps = [InstrumentGap(code, values.get(code), line, gap,
                          instruments[code].computed if code in instruments else True)
            for (code, gap), (_c, line) in zip(short.instrument_gaps, target.min_instruments)]
    return LevelGap(year=year, rating=rating, target=target, overall=overall,
                    overall_line=target.min_overall, overall_gap=short.overall_gap,
                    instruments=gaps, pass_mark=fw.pass_mark,
                    pass_gap=max(0.0, diff(fw.pass_mark, overall)))
