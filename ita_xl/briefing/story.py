"""What the slides read from the analysis to tell one story, in one place.

Every judgement here is the analysis' own (the fix-first order, the reasons, whether a score is
weak or improving, the rating scheme's lines); this module only turns them into what a slide
draws — a list, a colour, a label — so no two slides can disagree.
"""
from __future__ import annotations

from typing import List

from ita_xl.analysis import Analysis, IndicatorResult
from ita_xl.briefing.chart_marks import Mark

WEAK = "weak"
IMPROVING = "improving"
STEADY = "steady"


def fix_first(a: Analysis) -> List[IndicatorResult]:
    """The one fix-first list, in the analysis' priority order (deck, summary and sheets)."""
    return list(a.priorities)


def tone(a: Analysis, ind: IndicatorResult) -> str:
    """The analysis' colour meaning of ``ind``: weak, improving or steady."""
    return ind.tone


def tone_colour(deck, ind: IndicatorResult) -> str:
    pal = deck.style.palette
    return {WEAK: pal.red, IMPROVING: pal.green}.get(tone(deck.analysis, ind), pal.ink)


def top_label(deck) -> str:
    """The name of the best result the year's scheme gives (AA, or ผ่านดีเยี่ยม from 2566)."""
    return deck.analysis.framework.rating.top.label(deck.fmt.lang)


def marks(deck) -> List[Mark]:
    """The pass mark and the excellent line, as every score chart draws them."""
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    return [Mark(a.pass_mark, deck.t("mark-pass", mark=f.num(a.pass_mark, 0)), pal.orange),
            Mark(a.aa_mark, deck.t("mark-top", level=top_label(deck),
                                   mark=f.num(a.aa_mark, 0)), pal.green)]


def reason_texts(deck, ind: IndicatorResult) -> List[str]:
    """Why the analysis ranks ``ind`` where it does, in the deck's words."""
    a, f = deck.analysis, deck.fmt
    level = a.next_level
    return [deck.t("reason-" + r, mark=f.num(a.pass_mark, 0), three=f.int(3),
                   instrument=ind.instrument,
                   line=f.num(ind.level_line, 0) if ind.level_line is not None else "",
                   level=level.label(f.lang) if level is not None else "")
            for r in ind.priority_reasons]
