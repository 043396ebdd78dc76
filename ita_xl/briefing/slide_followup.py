"""The follow-up plan: per indicator, how progress is followed, where the measures stand.

Statuses are the analysis' status values (never the raw words), and when the analysis has a
follow-up (``run`` makes one as of its day, ``progress`` as of --as-of) the overdue measures are
counted and named: the same states as the follow-up sheet and the progress report.
"""
from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional

from pptx.enum.text import PP_ALIGN

from ita_xl.analysis import MeasureView
from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.paged import table_slides
from ita_xl.briefing.slide_measures import status_label
from ita_xl.briefing.tables import Column, TableSpec
from ita_xl.measure_status import DONE, OVERDUE

MAX_PHRASES = 3


def groups(deck: Deck) -> Dict[Optional[int], List[MeasureView]]:
    out: Dict[Optional[int], List[MeasureView]] = {}
    for m in deck.analysis.measures:
        out.setdefault(m.indicator, []).append(m)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))


def build(deck: Deck) -> List[Page]:
    a, f = deck.analysis, deck.fmt
    title = deck.t("followup-title", plan=f.year(a.plan_year))
    if not a.measures:
        return [deck.message_page("followup", title, deck.t("measures-none"))]
    spec = TableSpec([
        Column(deck.t("col-indicator"), 2.8),
        Column(deck.t("col-count"), 1.1, PP_ALIGN.CENTER),
        Column(deck.t("col-followup"), 3.6),
        Column(deck.t("col-status"), 2.6),
        Column(deck.t("col-progress"), 1.5, PP_ALIGN.RIGHT),
    ])
    rows, sentences = [], []
    for number, items in groups(deck).items():
        label = _label(deck, number, items)
        phrases = _phrases(deck, items)
        status = _statuses(deck, items)
        progress = [m.progress for m in items if m.progress is not None]
        mean = sum(progress) / len(progress) if progress else None
        rows.append([label, f.int(len(items)), phrases, status,
                     deck.t("progress", percent=f.num(mean, 0)) if mean is not None
                     else deck.t("no-value")])
        sentences.append(deck.t("notes-followup", indicator=label, count=f.int(len(items)),
                                followup=phrases.replace("\n", "; "),
                                status=status.replace("\n", ", "),
                                progress=f.num(mean, 0) if mean is not None else "-"))
    done = sum(1 for m in a.measures if m.status_value == DONE)
    caption = deck.t("followup-caption", count=f.int(len(a.measures)), done=f.int(done))
    late = a.follow_up.overdue if a.follow_up is not None else []
    if a.follow_up is not None:
        caption += deck.t("followup-overdue", count=f.int(len(late)),
                          date=f.date(a.follow_up.as_of))

    overdue_notes = [deck.t("followup-overdue-note", number=f.int(item.number),
                            measure=a.measures[item.number - 1].measure,
                            days=f.int(item.days_overdue)) for item in late]

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        return ([caption] + overdue_notes if number == 1 else []) + sentences[first:last]

    return table_slides(deck, "followup", title, spec, rows, notes, caption)


def _label(deck: Deck, number: Optional[int], items: List[MeasureView]) -> str:
    ind = deck.analysis.indicator(number)
    if ind is not None:
        return deck.fmt.indicator(ind)
    return items[0].indicator_label or deck.t("no-value")


def _phrases(deck: Deck, items: List[MeasureView]) -> str:
    seen: List[str] = []
    blank = 0
    for m in items:
        text = (m.follow_up or "").strip()
        if not text:
            blank += 1
        elif text not in seen:
            seen.append(text)
    lines = seen[:MAX_PHRASES]
    if len(seen) > MAX_PHRASES:
        lines.append(deck.t("more-phrases", count=deck.fmt.int(len(seen) - MAX_PHRASES)))
    if blank:
        lines.append(deck.t("no-followup", count=deck.fmt.int(blank)))
    return "\n".join(lines)


def _statuses(deck: Deck, items: List[MeasureView]) -> str:
    """Counts by status (in the deck's words), plus how many are overdue on the follow-up day."""
    counts = Counter(status_label(deck, m) or deck.t("status-blank") for m in items)
    lines = [deck.t("status-count", status=s, count=deck.fmt.int(n))
             for s, n in counts.most_common()]
    follow = deck.analysis.follow_up
    if follow is not None:
        state = {m.row: item.state for m, item in zip(deck.analysis.measures, follow.items)}
        late = sum(1 for m in items if state.get(m.row) == OVERDUE)
        if late:
            lines.append(deck.t("status-count", status=deck.t("status-overdue"),
                                count=deck.fmt.int(late)))
    return "\n".join(lines)
