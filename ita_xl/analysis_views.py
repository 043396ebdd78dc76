"""Measures and recommendations as outputs show them: indicator resolved, text cleaned."""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional, Tuple

from ita_xl import thai
from ita_xl.analysis_math import is_number
from ita_xl.analysis_model import MeasureView, RecommendationView
from ita_xl.framework import resolve_indicator
from ita_xl.framework.model import Framework
from ita_xl.master.model import Located, Master, Measure
from ita_xl.measure_status import FollowUp, measure_status, state_on
from ita_xl.validate.findings import cell_position


def text_of(loc: Optional[Located]) -> str:
    """The cleaned text of a cell: its parsed text if it has one, else what staff typed."""
    if loc is None:
        return ""
    value = loc.value if isinstance(loc.value, str) else loc.raw
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an indicator typed as the number 9 reads back as 9.0
    return thai.clean_text(value if isinstance(value, str) else str(value)) or ""


def resolve(loc: Optional[Located], framework: Framework) -> Tuple[Optional[int], Optional[str]]:
    """(indicator number, sub-indicator code) a cell names; (None, None) when it names none."""
    label = text_of(loc)
    if not label:
        return None, None
    match = resolve_indicator(label, framework)
    return match.number, match.sub


def measure_counts(master: Master, framework: Framework) -> Dict[int, int]:
    """Measures per indicator; a sub-indicator's measures count for its parent."""
    counts: Dict[int, int] = {}
    if master.measures is None:
        return counts
    for row in master.measures.rows:
        number, _ = resolve(row.indicator, framework)
        if number is not None:
            counts[number] = counts.get(number, 0) + 1
    return counts


def _first_cell(row: Measure) -> str:
    """The leftmost cell of the row itself (a group row above does not count)."""
    cells: List[Located] = [loc for loc in (
        None if row.from_group else row.indicator, row.measure, row.method, row.responsible_cell,
        row.period, row.start, row.end, row.follow_up, row.status, row.progress,
    ) if loc is not None and loc.cell]
    if not cells:
        return f"A{row.row}"
    return min(cells, key=lambda loc: cell_position(loc.cell)[1]).cell


def _period_text(row: Measure) -> str:
    if row.period is not None and isinstance(row.period.raw, str):
        return thai.clean_text(row.period.raw) or ""
    span = row.span
    if span is not None:
        return thai.format_period(span) or ""
    return ""


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def measure_views(master: Master, framework: Framework) -> List[MeasureView]:
    views: List[MeasureView] = []
    if master.measures is None:
        return views
    for row in master.measures.rows:
        number, sub = resolve(row.indicator, framework)
        method = text_of(row.method)
        progress: Any = row.progress.value if row.progress is not None else None
        percent = float(progress) if is_number(progress) else None
        views.append(MeasureView(
            row=row.row,
            cell=_first_cell(row),
            indicator=number,
            sub=sub,
            indicator_label=text_of(row.indicator),
            measure=text_of(row.measure) or _first_line(method),
            method=method,
            responsible=list(row.responsible),
            period_text=_period_text(row),
            period=row.span,
            follow_up=text_of(row.follow_up),
            status=text_of(row.status),
            progress=percent,
            status_value=measure_status(text_of(row.status), percent),
        ))
    return views


def recommendation_views(master: Master, framework: Framework) -> List[RecommendationView]:
    views: List[RecommendationView] = []
    if master.recommendations is None:
        return views
    for row in master.recommendations.rows:
        number, _ = resolve(row.indicator, framework)
        views.append(RecommendationView(
            instrument=text_of(row.instrument).upper(),
            indicator=number,
            indicator_label=text_of(row.indicator),
            weakness=text_of(row.weakness),
            recommendation=text_of(row.recommendation),
        ))
    return views


def follow_up(measures: List[MeasureView], as_of: date) -> FollowUp:
    """Each measure's state on ``as_of`` (numbered 1… in sheet order, as every output numbers them)."""
    items = [state_on(k, m.status_value, m.period.start if m.period else None,
                      m.period.end if m.period else None, as_of)
             for k, m in enumerate(measures, 1)]
    return FollowUp(as_of, items)
