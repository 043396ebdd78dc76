"""The ผลการประเมิน (published totals) and ข้อเสนอแนะ (recommendations) sheets.

The results sheet may carry the published instrument scores (IIT, EIT, OIT, 0-100) and, as NACC
tables print them, weighted instrument points beside them ("OIT (40)"): the two are kept apart.
"""
from __future__ import annotations

import re
from typing import Any, Optional, Sequence, Tuple

from ita_xl.master.grid import Grid, cell_text, is_blank
from ita_xl.master.layout import (
    RECOMMENDATIONS, RECOMMENDATIONS_CONTAINS, RESULTS, RESULTS_CONTAINS, WEIGHTED_WORDS,
)
from ita_xl.master.locate import (
    Classifier, Header, Kind, contains_classifier, exact_classifier, find_header,
    is_repeated_header,
)
from ita_xl.master.model import (
    Located, Recommendation, RecommendationsTable, ResultRow, ResultsTable,
)
from ita_xl.master.values import grade_at, number_at, year_at
from ita_xl.thai import header_key, to_arabic_digits

_classify_results_base = contains_classifier(RESULTS, RESULTS_CONTAINS)
DEFAULT_INSTRUMENTS: Tuple[Tuple[str, ...], ...] = (("IIT",), ("EIT",), ("OIT",))
INSTRUMENT = "instrument:"  # kinds "instrument:IIT" (0-100 score) and "weighted:IIT" (points)
WEIGHTED = "weighted:"
_SMALL_NUMBER = re.compile(r"(?<![\d.])\d{1,2}(?:\.\d+)?(?![\d.])")


def results_classifier(instruments: Sequence[Tuple[str, ...]] = DEFAULT_INSTRUMENTS) -> Classifier:
    """The results header classifier: an instrument column first (``instruments`` lists each
    instrument's code and other names, e.g. ("IIT", "แบบวัดการรับรู้…")), then the usual fields."""
    names = [(names_of[0], [header_key(n) for n in names_of if n]) for names_of in instruments]
    weighted_words = [header_key(w) for w in WEIGHTED_WORDS]

    def classify(value: Any) -> Kind:
        if not isinstance(value, str):
            return _classify_results_base(value)
        key = to_arabic_digits(header_key(value))
        for code, keys in names:
            hit = next((k for k in keys if _has_word(key, k)), None)
            if hit is None:
                continue
            rest = key.replace(hit, " ")
            weighted = any(w in rest for w in weighted_words) or _SMALL_NUMBER.search(rest)
            return (WEIGHTED if weighted else INSTRUMENT) + code
        return _classify_results_base(value)

    return classify


def _has_word(key: str, word: str) -> bool:
    """``word`` in ``key`` not inside a longer Latin word ('iit' in 'คะแนนiit', not in 'hiit')."""
    if not word.isascii():
        return word in key
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", key) is not None


classify_results_header = results_classifier()
classify_recommendations_header = contains_classifier(RECOMMENDATIONS, RECOMMENDATIONS_CONTAINS)
_exact_results_header = exact_classifier(RESULTS)
_exact_recommendations_header = exact_classifier(RECOMMENDATIONS)
_RECOMMENDATION_FIELDS = ("instrument", "indicator", "weakness", "recommendation")


def read_results(grid: Grid,
                 instruments: Sequence[Tuple[str, ...]] = DEFAULT_INSTRUMENTS) -> ResultsTable:
    """One row per published year: year, overall score, label and instrument scores."""
    header = find_header(grid, results_classifier(instruments))
    if header is None:
        return ResultsTable(sheet=grid.sheet, header_row=0, rows=[],
                            missing_columns=["year", "overall"])
    cols = header.columns
    table = ResultsTable(sheet=grid.sheet, header_row=header.row, rows=[])
    table.missing_columns = [f for f in ("year", "overall") if f not in cols]
    if table.missing_columns:
        return table
    inst = {k[len(INSTRUMENT):]: c for k, c in cols.items() if k.startswith(INSTRUMENT)}
    weighted = {k[len(WEIGHTED):]: c for k, c in cols.items() if k.startswith(WEIGHTED)}
    table.instrument_headers = {code: _header(grid, header, c) for code, c in inst.items()}
    table.weighted_headers = {code: _header(grid, header, c) for code, c in weighted.items()}
    for row, _ in grid.rows(header.data_start):
        if is_repeated_header(grid, row, header, _exact_results_header):
            continue
        year = year_at(grid, row, cols["year"])
        overall = number_at(grid, row, cols["overall"])
        grade = grade_at(grid, row, cols["grade"]) if "grade" in cols else None
        scores = {code: number_at(grid, row, c) for code, c in inst.items()}
        points = {code: number_at(grid, row, c) for code, c in weighted.items()}
        if year.is_blank and overall.is_blank and (grade is None or grade.is_blank):
            continue
        table.rows.append(ResultRow(row=row, year=year, overall=overall, grade=grade,
                                    instruments=scores, weighted=points))
    return table


def _header(grid: Grid, header: Header, col: int) -> Located:
    row, raw = header.cells[col]
    return grid.located(row, col, value=cell_text(raw) or None, raw=raw)


def read_recommendations(grid: Grid) -> RecommendationsTable:
    """Instrument, indicator, weakness and recommendation per row; all optional text."""
    header = find_header(grid, classify_recommendations_header)
    if header is None:
        return RecommendationsTable(sheet=grid.sheet, header_row=0, rows=[],
                                    missing_columns=["recommendation"])
    cols = header.columns
    table = RecommendationsTable(sheet=grid.sheet, header_row=header.row, rows=[])
    if "recommendation" not in cols:
        table.missing_columns.append("recommendation")

    def text(row: int, fld: str) -> Optional[Located]:
        return grid.text(row, cols[fld]) if fld in cols else None

    for row, _ in grid.rows(header.data_start):
        if is_repeated_header(grid, row, header, _exact_recommendations_header):
            continue
        fields = {f: text(row, f) for f in _RECOMMENDATION_FIELDS}
        if all(v is None or is_blank(v.raw) for v in fields.values()):
            continue
        table.rows.append(Recommendation(row=row, **fields))
    return table
