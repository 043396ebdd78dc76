"""The measures for the plan year as native tables, paginated so nothing runs off a slide."""
from __future__ import annotations

from typing import List

from pptx.enum.text import PP_ALIGN

from ita_xl.analysis import MeasureView
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.paged import table_slides
from ita_xl.briefing.tables import Column, TableSpec

def indicator_text(deck: Deck, m: MeasureView) -> str:
    ind = deck.analysis.indicator(m.indicator)
    if ind is None:
        return m.indicator_label or deck.t("no-value")
    text = deck.fmt.indicator(ind)
    return f"{text} ({deck.fmt.digits(m.sub)})" if m.sub else text


def period_text(deck: Deck, m: MeasureView) -> str:
    if m.period is not None:
        return deck.fmt.period(m.period)
    return m.period_text or deck.t("no-period")


def status_label(deck: Deck, m: MeasureView) -> str:
    """The status in the deck's words (the analysis' value); what staff typed when the value is
    unknown, or nothing."""
    if m.status_value:
        return deck.t("status-" + m.status_value)
    return m.status or ""


def status_text(deck: Deck, m: MeasureView) -> str:
    label = status_label(deck, m)
    parts = [label] if label else []
    if m.progress is not None:
        parts.append(deck.t("progress", percent=deck.fmt.num(m.progress, 0)))
    return "\n".join(parts) or deck.t("no-value")


def build(deck: Deck) -> List[Page]:
    a, f = deck.analysis, deck.fmt
    title = deck.t("measures-title", plan=f.year(a.plan_year))
    if not a.measures:
        deck.table_pages["measures"] = 0
        return [deck.message_page("measures", title, deck.t("measures-none"))]
    spec = TableSpec([
        Column(deck.t("col-number"), 0.4, PP_ALIGN.CENTER, widest=f.int(len(a.measures))),
        Column(deck.t("col-indicator"), 2.0),
        Column(deck.t("col-measure"), 4.5),
        Column(deck.t("col-responsible"), 2.2),
        Column(deck.t("col-period"), 2.0),
        Column(deck.t("col-status"), 1.7),
    ], size=deck.style.sizes.dense_table, header_size=deck.style.sizes.dense_table)
    rows = [[f.int(k), indicator_text(deck, m), m.measure, "\n".join(m.responsible) or "-",
             period_text(deck, m), status_text(deck, m)]
            for k, m in enumerate(a.measures, start=1)]
    caption = deck.t("measures-caption", count=f.int(len(a.measures)), plan=f.year(a.plan_year))

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        out = [deck.t("notes-measures-page", first=f.int(first + 1), last=f.int(last),
                      count=f.int(len(a.measures)), page=f.int(number), pages=f.int(pages))]
        for k in range(first, last):
            m = a.measures[k]
            out.append(deck.t("notes-measure", number=f.int(k + 1), measure=m.measure,
                              indicator=rows[k][1], period=rows[k][4],
                              status=rows[k][5].replace("\n", " ")))
        return out

    return table_slides(deck, "measures", title, spec, rows, notes, caption)
