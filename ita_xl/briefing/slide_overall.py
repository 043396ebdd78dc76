"""The overall score: its grade and band, the distance to the next band, the trend and how it
compares with the national average (a native chart of the years)."""
from __future__ import annotations

from typing import List, Optional

from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE

from ita_xl.briefing import chart_marks, layout, story
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.layout import Box, Para, emu
from ita_xl.framework.model import GradeBand


def next_band(bands, score: float) -> Optional[GradeBand]:
    """The lowest band that starts above ``score`` (None at the top band)."""
    above = [b for b in bands if b.low > round(score, 2)]
    return min(above, key=lambda b: b.low) if above else None


def build(deck: Deck) -> Page:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    page = deck.page("overall", deck.t("overall-title", year=f.year(a.fiscal_year)))
    card, right = page.content.split_h([0.42, 0.58], gap=emu(24))
    cur = a.current
    score = cur.overall if cur else None
    grade = (cur.label(f.lang) or None) if cur else None  # in the year's own scheme
    if grade is None and score is not None:
        grade = a.framework.grade_for(score)
    layout.add_rect(page.slide, card, pal.mist, None, MSO_SHAPE.ROUNDED_RECTANGLE)
    inner = card.inset(emu(14), emu(10))
    head, rest = inner.take_top(emu(30))
    page.text(head, [Para(deck.t("overall-label", year=f.year(a.fiscal_year)),
                          color=pal.grey)], sizes=deck.style.sizes.label)
    big, facts = rest.take_top(emu(112), gap=emu(6))
    number_box, badge_box = big.split_h([0.62, 0.38], gap=emu(10))
    page.line(number_box, f.num(score), (deck.style.sizes.big_number, 36), True, pal.navy)
    if grade:
        badge = badge_box.inset(0, emu(16))
        shape = layout.add_rect(page.slide, badge, pal.gold, None, MSO_SHAPE.ROUNDED_RECTANGLE)
        page.label(shape, deck.t("grade", grade=grade), (40, 20), True, pal.paper)
    lines = _facts(deck, score, grade)
    page.text(facts, [Para(text, color=colour) for text, colour in lines],
              sizes=deck.style.sizes.body)
    _chart(deck, page, right)
    _notes(deck, page, score, grade, lines)
    return page


def _facts(deck: Deck, score: Optional[float], grade: Optional[str]) -> List[tuple]:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    out = []
    band = a.framework.band_of(grade) if grade else None
    if band:
        out.append((deck.t("band", grade=band.grade, low=f.num(band.low), high=f.num(band.high)),
                    pal.ink))
    if score is not None:
        nxt = next_band(a.framework.grades, score)
        if nxt:
            out.append((deck.t("to-next-band", points=f.num(nxt.low - score), grade=nxt.grade,
                               low=f.num(nxt.low)), pal.navy))
        else:
            out.append((deck.t("top-band"), pal.green))
    cur, prev = a.current, a.previous_year
    if cur and cur.change_prev is not None and prev is not None:
        colour = pal.green if cur.change_prev >= 0 else pal.red
        out.append((deck.t("change-from", year=f.year(prev),
                           change=f.num(cur.change_prev, signed=True)), colour))
    national = cur.national_average if cur else None
    if national is None and a.framework.national:
        national = a.framework.national.average
    if national is not None and score is not None:
        diff = score - national
        key = "national-above" if diff >= 0 else "national-below"
        out.append((deck.t(key, average=f.num(national), diff=f.num(abs(diff))),
                    pal.green if diff >= 0 else pal.red))
    if a.overall_slope is not None and len(a.years) > 2:
        out.append((deck.t("trend", slope=f.num(a.overall_slope, signed=True)), pal.ink))
    return out


def _chart(deck: Deck, page: Page, box: Box) -> None:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    head, body = box.take_top(emu(30), gap=emu(4))
    page.text(head, [Para(deck.t("overall-chart"), bold=True, color=pal.navy)],
              sizes=deck.style.sizes.label)
    years = list(a.years)
    ours = [a.by_year[y].overall if y in a.by_year else None for y in years]
    national = [a.by_year[y].national_average if y in a.by_year else None for y in years]
    series = [(deck.t("series-agency"), ours)]
    colours = [pal.navy]
    if any(v is not None for v in national):
        series.append((deck.t("series-national"), national))
        colours.append(pal.gold)
    cats = [deck.t("year-label", year=f.year(y)) for y in years]
    chart_marks.score_chart(deck, page, body, XL_CHART_TYPE.COLUMN_CLUSTERED, cats, series,
                            colours, story.marks(deck))


def _notes(deck: Deck, page: Page, score: Optional[float], grade: Optional[str],
           facts: List[tuple]) -> None:
    a, f = deck.analysis, deck.fmt
    if score is None:
        page.note(deck.t("notes-overall-missing", year=f.year(a.fiscal_year)))
        return
    page.note(deck.t("notes-overall", year=f.year(a.fiscal_year), score=f.num(score),
                     grade=grade or "-"))
    for text, _colour in facts:
        page.note(text)
    cur = a.current
    if cur and cur.overall_mismatch:  # the analysis' one rule (more than 0.01 apart)
        page.note(deck.t("notes-overall-recomputed", published=f.num(cur.published_overall),
                         computed=f.num(cur.computed_overall)))
    history = ", ".join(deck.t("year-score", year=f.year(y), score=f.num(a.by_year[y].overall))
                        for y in a.years if y in a.by_year)
    page.note(deck.t("notes-overall-history", history=history))
