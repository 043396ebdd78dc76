"""Checks of each published result's label against its year's rating scheme.

Up to 2565 a result is a letter band of the overall score; from 2566 it is a level whose rule also
names a line for each instrument (IIT, EIT, OIT). Which scheme a year uses, its labels, the rule
and the letters it retired are the framework's data (``Framework.rating`` / ``rate`` /
``shortfall`` / ``retired_letters``); nothing here knows a year. A level judged on instrument
scores staff typed is an error when wrong; judged on scores computed from the indicators it is a
warning. Years before the first framework file are history and never judged.
"""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Tuple

from ita_xl.master.instruments import COMPUTED, FROM_WEIGHTED, TYPED, InstrumentScores, \
    instrument_scores
from ita_xl.master.model import Located, ResultRow
from ita_xl.messages import text
from ita_xl.rounding import diff
from ita_xl.validate.checks_results import _overall, _rows, _year, _year_params, mismatch
from ita_xl.validate.context import Context, is_blank, num, register, shown
from ita_xl.validate.findings import Finding

CODES = register(
    "levels",
    "grade-missing", "grade-unknown", "grade-mismatch", "level-retired-letter",
    "level-not-earned", "level-below-earned", "instrument-not-a-number",
    "instrument-out-of-range", "instrument-weighted", "instrument-mismatch",
    "instrument-mismatch-unverified", "framework-assumed",
)


def _both(key: str, **params: Any) -> Dict[str, str]:
    return {"th": text(key, "th", **params), "en": text(key, "en", **params)}


def _pair(name: str, key: str, **params: Any) -> Dict[str, str]:
    """``{name: thai, name_en: english}`` from one catalogue fragment."""
    both = _both(key, **params)
    return {name: both["th"], f"{name}_en": both["en"]}


def _joined(name: str, parts: List[Tuple[str, Dict[str, Any]]]) -> Dict[str, str]:
    """Catalogue fragments joined with commas, in Thai and English."""
    th = ", ".join(text(k, "th", **p) for k, p in parts)
    en = ", ".join(text(k, "en", **p) for k, p in parts)
    return {name: th or "-", f"{name}_en": en or "-"}


def _scores_of(ctx: Context, row: ResultRow, fw: Any) -> InstrumentScores:
    year = _year(row)
    return instrument_scores(row, fw, ctx.year_scores(year) if year is not None else {})


def _scores_text(scores: InstrumentScores, codes: Optional[Tuple[str, ...]] = None
                 ) -> Dict[str, str]:
    codes = codes if codes is not None else tuple(scores.values)
    parts = [("label.instrument-score", {"code": c, "value": num(scores.values[c])})
             for c in codes if c in scores.values]
    return _joined("scores", parts)


def _basis(scores: InstrumentScores, codes: Tuple[str, ...]) -> Dict[str, str]:
    """Why a level was judged on these scores: nothing when typed, else how they were made."""
    computed = tuple(c for c in codes if scores.basis.get(c) == COMPUTED)
    weighted = tuple(c for c in codes if scores.basis.get(c) == FROM_WEIGHTED)
    if computed:
        return _pair("basis", "label.instruments-computed", codes=", ".join(computed))
    if weighted:
        return _pair("basis", "label.instruments-from-weighted", codes=", ".join(weighted))
    return {"basis": "", "basis_en": ""}


def _typed(scores: InstrumentScores, codes: Tuple[str, ...]) -> bool:
    return all(scores.basis.get(c) == TYPED for c in codes)


def check_instrument_cells(ctx: Context) -> Iterator[Finding]:
    """Typed IIT/EIT/OIT cells: numbers 0–100, and not weighted points pasted by mistake."""
    for row in _rows(ctx):
        year = _year(row)
        if ctx.is_history(year):
            continue
        for code, loc in row.instruments.items():
            if is_blank(loc):
                continue
            if loc.problem is not None:
                yield ctx.at("error", "instrument-not-a-number", loc, instrument=code,
                             raw=shown(loc.raw), **_year_params(row))
            elif not 0 <= float(loc.value) <= 100:
                yield ctx.at("error", "instrument-out-of-range", loc, instrument=code,
                             value=shown(loc.raw), **_year_params(row))
        fw = ctx.framework_for(year) if year is not None else None
        if fw is None or not row.instruments:
            continue
        scores = _scores_of(ctx, row, fw)
        weights = {i.code: i.weight for i in fw.instruments}
        for code, loc in scores.weighted_fit.items():
            yield ctx.at("warning", "instrument-weighted", loc, instrument=code,
                         value=num(loc.value), weight=f"{weights[code]:g}",
                         raw_value=num(loc.value * 100 / weights[code]), **_year_params(row))


def check_instrument_scores(ctx: Context) -> Iterator[Finding]:
    """A typed IIT/EIT/OIT score against the framework's rule over its indicators, judged as the
    overall score is (same tolerance; a warning with trusted weights, else a note)."""
    for row in _rows(ctx):
        year = _year(row)
        fw = ctx.framework_for(year) if year is not None else None
        if fw is None or ctx.is_history(year) or not row.instruments:
            continue
        scores = _scores_of(ctx, row, fw)
        for code in scores.codes(TYPED):
            yield from mismatch(ctx, fw, "instrument-mismatch", row.instruments[code],
                                scores.values[code], scores.computed.get(code), instrument=code,
                                **_year_params(row))


def check_labels(ctx: Context) -> Iterator[Finding]:
    for row in _rows(ctx):
        year = _year(row)
        fw = ctx.framework_for(year) if year is not None else None
        if fw is None or ctx.is_history(year) or row.grade is None:
            continue  # no scheme to judge by: framework-missing-* says so; history is history
        yield from _label_findings(ctx, row, fw)


def _label_findings(ctx: Context, row: ResultRow, fw: Any) -> Iterator[Finding]:
    loc: Located = row.grade  # type: ignore[assignment]
    overall = _overall(row)
    scores = _scores_of(ctx, row, fw)
    earned = fw.rate(overall, scores.values) if overall is not None else None
    year = _year_params(row)
    scheme = fw.rating
    labels = {"labels": ", ".join(scheme.labels("th")), "labels_en": ", ".join(scheme.labels("en"))}
    if is_blank(loc):
        if earned is not None and earned.complete:
            yield ctx.at("warning", "grade-missing", loc, expected=earned.label_th,
                         expected_en=earned.label_en, value=num(overall), **year)
        return
    typed = loc.value if isinstance(loc.value, str) else None
    reading = scheme.read_label(typed) if typed else None
    level = reading.level if reading is not None else None
    if level is None:
        retired = reading.retired if reading is not None else None
        if retired is None and typed in fw.retired_letters:
            retired = typed
        if retired is not None:
            yield ctx.at("error", "level-retired-letter", loc, raw=shown(loc.raw), letter=retired,
                         since=scheme.retired.since if scheme.retired else year["year"],
                         **_expected(earned, scores, overall, labels), **labels, **year)
        else:
            yield ctx.at("error", "grade-unknown", loc, raw=shown(loc.raw), grades=labels["labels"],
                         grades_en=labels["labels_en"], **year)
        return
    if earned is None or level.code == earned.code:
        return
    if not level.min_instruments and not any(lv.min_instruments for lv in scheme.levels):
        yield ctx.at("error", "grade-mismatch", loc, grade=level.label_th, expected=earned.label_th,
                     value=num(overall), low=num(level_of(scheme, earned.code).min_overall),
                     high=num(_high(scheme, earned.code)), **year)
        return
    yield from _level_mismatch(ctx, loc, fw, level, earned, overall, scores, year)


def level_of(scheme: Any, code: str) -> Any:
    return scheme.level(code)


def _high(scheme: Any, code: str) -> float:
    level = scheme.level(code)
    if level.max_overall is not None:
        return level.max_overall
    better = [lv.min_overall for lv in scheme.levels if lv.rank < level.rank]
    return diff(min(better), 0.01) if better else 100.0


def _expected(earned: Any, scores: InstrumentScores, overall: Optional[float],
              labels: Dict[str, str]) -> Dict[str, str]:
    """``fix``/``fix_en`` for a hint: the level the scores earn and why, or 'the published
    level, one of …' when the scores cannot decide it."""
    if earned is None or not earned.complete:
        return _pair("fix", "label.fix-from-notice", **labels)
    why = [("label.overall-score", {"value": num(overall)})]
    why += [("label.instrument-score", {"code": c, "value": num(v)})
            for c, v in scores.values.items()]
    parts = _joined("why", why)
    basis = _basis(scores, tuple(scores.values))
    fix = _pair("fix", "label.fix-level", level=earned.label_th, level_en=earned.label_en,
                why=parts["why"] + basis["basis"], why_en=parts["why_en"] + basis["basis_en"])
    return {**fix, "expected": earned.label_th, "expected_en": earned.label_en}


def _level_mismatch(ctx: Context, loc: Located, fw: Any, level: Any, earned: Any,
                    overall: float, scores: InstrumentScores,
                    year: Dict[str, object]) -> Iterator[Finding]:
    params = {"level": level.label_th, "level_en": level.label_en, "expected": earned.label_th,
              "expected_en": earned.label_en, "value": num(overall), **year}
    if level.rank < earned.rank:  # typed better than the scores allow
        short = fw.shortfall(level, overall, scores.values)
        codes = tuple(c for c in short.blocking if c in scores.values)
        reasons = [("label.reason-overall", {"value": num(overall),
                                             "line": num(level.min_overall)})
                   ] if short.overall_gap > 0 else []
        if not reasons and not codes:
            return  # an instrument score is unknown: the level cannot be judged
        lines = level.instrument_lines
        reasons += [("label.reason-instrument", {"code": c, "value": num(scores.values[c]),
                                                 "line": num(lines[c])}) for c in codes]
        # the typed overall alone rules the level out: an error whatever the instruments
        severity = "error" if short.overall_gap > 0 or _typed(scores, codes) else "warning"
        yield ctx.at(severity, "level-not-earned", loc, **params, **_joined("reasons", reasons),
                     **_basis(scores, codes))
        return
    if not earned.complete:
        return  # a better level needs a score we do not have
    best = fw.rating.level(earned.code)
    codes = tuple(c for c, _ in best.min_instruments)
    severity = "error" if _typed(scores, codes) else "warning"
    yield ctx.at(severity, "level-below-earned", loc, **params, **_scores_text(scores, codes),
                 **_basis(scores, codes))


def check_assumed_year(ctx: Context) -> Iterator[Finding]:
    """Once: which facts of the analysed year's framework are assumed from another year."""
    fw = ctx.framework_for(ctx.year) if ctx.year is not None else None
    if fw is None:
        return
    assumed = tuple(getattr(fw, "assumed_facts", ()))
    source = getattr(fw, "assumed_from", None)
    if not assumed and source is None:
        return
    # a fact the file leaves empty (no national result yet) is missing, not assumed
    keys = [f.key for f in assumed if not (f.key == "national" and fw.national is None)]
    facts = _joined("facts", [(f"label.fact.{k}", {}) for k in keys])
    fy = ctx.master.agency.fiscal_year
    sheet = ctx.master.agency.sheet if fy is not None else None
    cell = fy.cell if fy is not None else None
    yield ctx.finding("info", "framework-assumed", sheet, cell, year=ctx.year,
                      from_year=source if source is not None else "-", **facts)


CHECKS = (check_instrument_cells, check_instrument_scores, check_labels, check_assumed_year)
