"""Catalogue text, numbers and names for the Word documents, in one language.

Numbers are formatted with Arabic digits here; the document writer turns every digit Thai when
the document uses Thai digits, so tables, sentences and dates agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, List, Optional

from ita_xl import messages, thai
from ita_xl.analysis import Analysis, IndicatorResult, YearResult


@dataclass
class Text:
    lang: str = "th"

    def t(self, key: str, **params: Any) -> str:
        return messages.text(key, self.lang, **params)

    def num(self, value: Optional[float], signed: bool = False) -> str:
        if value is None:
            return self.t("rep-no-value")
        return thai.format_number(value, 2, False, signed)

    def date(self, day: date) -> str:
        if self.lang == "en":
            return thai.format_date_en(day)
        return thai.format_thai_date(day, thai_digits=False)

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

    def level(self, result: Optional[YearResult]) -> str:
        """The year's rating as published (else as computed), in the year's own scheme."""
        grade = level_of(result)
        return self.t("rep-level", level=grade) if grade else ""


def level_of(result: Optional[YearResult]) -> Optional[str]:
    """The rating of a year: published where staff typed it, else the framework's."""
    if result is None:
        return None
    return result.grade


def previous_result(analysis: Analysis) -> Optional[YearResult]:
    """The last year before the analysed one that has an overall score."""
    earlier = [y for y in sorted(analysis.by_year) if y < analysis.fiscal_year
               and analysis.by_year[y].overall is not None]
    return analysis.by_year[earlier[-1]] if earlier else None
