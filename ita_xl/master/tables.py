"""The ผลการประเมิน (published totals) and ข้อเสนอแนะ (recommendations) sheets."""
from __future__ import annotations

from typing import Optional

from ita_xl.master.grid import Grid, is_blank
from ita_xl.master.layout import (
    RECOMMENDATIONS, RECOMMENDATIONS_CONTAINS, RESULTS, RESULTS_CONTAINS,
)
from ita_xl.master.locate import (
    contains_classifier, exact_classifier, find_header, is_repeated_header,
)
from ita_xl.master.model import (
    Located, Recommendation, RecommendationsTable, ResultRow, ResultsTable,
)
from ita_xl.master.values import grade_at, number_at, year_at

classify_results_header = contains_classifier(RESULTS, RESULTS_CONTAINS)
classify_recommendations_header = contains_classifier(RECOMMENDATIONS, RECOMMENDATIONS_CONTAINS)
_exact_results_header = exact_classifier(RESULTS)
_exact_recommendations_header = exact_classifier(RECOMMENDATIONS)
_RECOMMENDATION_FIELDS = ("instrument", "indicator", "weakness", "recommendation")


def read_results(grid: Grid) -> ResultsTable:
    """One row per published year: year, overall score and grade."""
    header = find_header(grid, classify_results_header)
    if header is None:
        return ResultsTable(sheet=grid.sheet, header_row=0, rows=[],
                            missing_columns=["year", "overall"])
    cols = header.columns
    table = ResultsTable(sheet=grid.sheet, header_row=header.row, rows=[])
    table.missing_columns = [f for f in ("year", "overall") if f not in cols]
    if table.missing_columns:
        return table
    for row, _ in grid.rows(header.data_start):
        if is_repeated_header(grid, row, header, _exact_results_header):
            continue
        year = year_at(grid, row, cols["year"])
        overall = number_at(grid, row, cols["overall"])
        grade = grade_at(grid, row, cols["grade"]) if "grade" in cols else None
        if year.is_blank and overall.is_blank and (grade is None or grade.is_blank):
            continue
        table.rows.append(ResultRow(row=row, year=year, overall=overall, grade=grade))
    return table


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
