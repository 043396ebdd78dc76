"""The assessors' recommendations (the optional ข้อเสนอแนะ sheet), weakness beside remedy."""
from __future__ import annotations

from typing import List

from pptx.enum.text import PP_ALIGN

from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.paged import table_slides
from ita_xl.briefing.tables import Column, TableSpec


def build(deck: Deck) -> List[Page]:
    a, f = deck.analysis, deck.fmt
    recs = list(a.recommendations)
    if not recs:
        return []
    spec = TableSpec([
        Column(deck.t("col-instrument"), 1.1, PP_ALIGN.CENTER, True),
        Column(deck.t("col-indicator"), 2.6),
        Column(deck.t("col-weakness"), 3.6),
        Column(deck.t("col-recommendation"), 4.2),
    ])
    rows = [[r.instrument, _indicator(deck, r), r.weakness, r.recommendation] for r in recs]
    caption = deck.t("recommendations-caption", count=f.int(len(recs)))

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        out = [caption] if number == 1 else []
        out += [deck.t("notes-recommendation", indicator=row[1], weakness=row[2],
                       recommendation=row[3]) for row in rows[first:last]]
        return out

    return table_slides(deck, "recommendations", deck.t("recommendations-title"), spec, rows,
                        notes, caption)


def _indicator(deck: Deck, rec) -> str:
    ind = deck.analysis.indicator(rec.indicator)
    return deck.fmt.indicator(ind) if ind is not None else rec.indicator_label
