"""Indicator comparison: a native bar chart of the last two years' indicator scores."""
from __future__ import annotations

from typing import List, Optional

from pptx.enum.chart import XL_CHART_TYPE

from ita_xl.analysis import IndicatorResult
from ita_xl.briefing import chart_marks, charts, story
from ita_xl.briefing.context import Deck, Page


def chart_years(deck: Deck) -> List[int]:
    """The previous year (when there is one) and the analysed year."""
    a = deck.analysis
    return [y for y in (a.previous_year, a.fiscal_year) if y is not None]


def category_labels(deck: Deck) -> List[str]:
    return [deck.fmt.indicator(ind) for ind in deck.analysis.indicators]


def score_of(ind: IndicatorResult, year: int) -> Optional[float]:
    iy = ind.years.get(year)
    return iy.score if iy else None


def build(deck: Deck) -> Page:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    years = chart_years(deck)
    title = (deck.t("comparison-title", prev=f.year(years[0]), year=f.year(years[-1]))
             if len(years) > 1 else deck.t("comparison-title-one", year=f.year(years[-1])))
    page = deck.page("comparison", title)
    series = [(deck.t("year-label", year=f.year(y)), [score_of(i, y) for i in a.indicators])
              for y in years]  # the earlier year first: legend, bars and title read alike
    colours = [pal.sky, pal.navy] if len(years) > 1 else [pal.navy]
    chart, _plot = chart_marks.score_chart(deck, page, page.content,
                                           XL_CHART_TYPE.BAR_CLUSTERED, category_labels(deck),
                                           series, colours, story.marks(deck),
                                           primary=len(series) - 1)  # the analysed year
    chart.category_axis.reverse_order = True  # indicator 1 at the top, earlier year above …
    charts.value_axis_at_max_category(chart)  # … and the value axis still below the bars
    _notes(deck, page, years)
    return page


def _notes(deck: Deck, page: Page, years: List[int]) -> None:
    a, f = deck.analysis, deck.fmt
    year = years[-1]
    for ind in a.indicators:
        score = score_of(ind, year)
        iy = ind.years.get(year)
        if score is None:
            page.note(deck.t("notes-indicator-missing", indicator=f.indicator(ind),
                             year=f.year(year)))
            continue
        change = ""
        if len(years) > 1 and iy and iy.change_prev is not None:
            change = deck.t("notes-change", change=f.num(iy.change_prev, signed=True),
                            prev=f.year(years[0]))
        page.note(deck.t("notes-indicator", indicator=f.indicator(ind), score=f.num(score),
                         rank=f.int(iy.rank) if iy and iy.rank else "-", change=change))
    below = [f.indicator(i, numbered=True) for i in a.indicators
             if i.current is not None and i.current < a.pass_mark]
    if below:
        page.note(deck.t("notes-below-pass", mark=f.num(a.pass_mark), names=", ".join(below)))
