"""Catalogue text, numbers and names for the Word documents, in one language.

Numbers are formatted with Arabic digits here; the document writer turns every digit Thai when
the document uses Thai digits, so tables, sentences and dates agree.
"""
from __future__ import annotations

from dataclasses import dataclass
import datetime
from typing import Any, List, Optional

from ita_xl import messages, thai, thai_dates
from ita_xl.analysis import Analysis, IndicatorResult, MeasureView, YearResult


@dataclass
class Text:
    lang: str = "th"

    def t(self, key: str, **params: Any) -> str:
        return messages.text(key, self.lang, **params)

    def num(self, value: Optional[float], signed: bool = False) -> str:
        if value is None:
            return self.t("rep-no-value")
        return thai.format_number(value, 2, False, signed)

    def date(self, day: datetime.date) -> str:
        return thai_dates.date_in(day, self.lang)

    def year(self, be_year: Optional[int]) -> str:
        """BE in Thai, CE in English: the convention the deck uses (thai_dates.year_in)."""
        return "" if be_year is None else str(thai_dates.year_in(be_year, self.lang))

    def year_both(self, be_year: int) -> str:
        """'2023 (BE 2566)' in English — said once per document, where the year is first named."""
        return thai_dates.year_both_in(be_year, self.lang)

    def period(self, m: MeasureView) -> str:
        """A measure's period: as staff typed it in Thai; in English the parsed period in CE
        months ('Oct 2023 – Mar 2024'), or the typed text when it could not be read."""
        if self.lang == "en" and m.period is not None:  # a month keeps its year on its line
            return " – ".join(side.replace(" ", "\u00a0")
                              for side in thai_dates.period_in(m.period, self.lang).split(" – "))
        return m.period_text or self.t("rep-no-value")

    def indicator(self, ind: IndicatorResult) -> str:
        return self.t("rep-indicator", n=ind.number, name=ind.name(self.lang))

    def listing(self, items: List[str]) -> str:
        """'a b และ c' / 'a, b and c'."""
        if len(items) <= 1:
            return "".join(items)
        head = items[0]
        for item in items[1:-1]:
            head = self.t("rep-sep", left=head, right=item)
        return self.t("rep-and", left=head, right=items[-1])

    def level(self, result: Optional[YearResult], analysis: Optional[Analysis] = None) -> str:
        """The year's rating in its own scheme, e.g. "ระดับ ผ่าน" (or "" when there is none)."""
        grade = level_of(result, analysis, self.lang)
        return self.t("rep-level", level=grade) if grade else ""


def level_of(result: Optional[YearResult], analysis: Optional[Analysis] = None,
             lang: str = "th") -> Optional[str]:
    """A year's rating: as published when it names a level of the analysed year's scheme (a
    retired letter typed for a levels year does not), else the framework's rating of the scores."""
    if result is None:
        return None
    scheme = analysis.framework.rating if (
        analysis is not None and result.year == analysis.fiscal_year) else None
    if scheme is None:
        return result.grade
    for typed in (result.published_grade, result.computed_grade):
        level = scheme.read_label(typed).level if typed else None
        if level is not None:
            return level.label(lang)
    return None


def previous_result(analysis: Analysis) -> Optional[YearResult]:
    """The last year before the analysed one that has an overall score."""
    earlier = [y for y in sorted(analysis.by_year) if y < analysis.fiscal_year
               and analysis.by_year[y].overall is not None]
    return analysis.by_year[earlier[-1]] if earlier else None
