"""Each year in its own rating scheme: instrument scores, the published and computed label, and
what it takes to reach the next level. Pure functions over the framework's rule evaluator.
"""
from __future__ import annotations

from typing import Dict, Mapping, Optional

from ita_xl.analysis_model import InstrumentGap, InstrumentScore, LevelGap
from ita_xl.framework.model import Framework
from ita_xl.framework.rating import Rating
from ita_xl.master.instruments import COMPUTED, FROM_WEIGHTED, TYPED
from ita_xl.master.instruments import instrument_scores as published_instruments
from ita_xl.master.model import ResultRow
from ita_xl.rounding import diff, round2


def instrument_scores(fw: Optional[Framework], scores: Mapping[int, float],
                      row: Optional[ResultRow]) -> Dict[str, InstrumentScore]:
    """The scores the year's level is judged on — the same reading validation uses
    (master.instruments): typed, else scaled back from the NACC's weighted points, else the
    framework's mean of the indicators (``computed``)."""
    if fw is None:
        return {}
    if row is None:
        return {code: InstrumentScore(code, value, True, basis=COMPUTED)
                for code, value in fw.instrument_scores(scores).items()}
    read = published_instruments(row, fw, scores)
    out: Dict[str, InstrumentScore] = {}
    for inst in fw.instruments:
        basis = read.basis.get(inst.code)
        if basis is None:
            continue
        cell = row.instruments.get(inst.code) if basis == TYPED else (
            row.weighted.get(inst.code) if basis == FROM_WEIGHTED else None)
        out[inst.code] = InstrumentScore(inst.code, round2(read.values[inst.code]),
                                         basis == COMPUTED, cell.cell if cell else None, basis)
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
