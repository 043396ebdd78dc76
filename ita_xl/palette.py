"""Colours and the typeface of every output: slides, the summary workbook, the computed sheets.

One place to restyle. The briefing's theme and shapes take :data:`SLIDE`'s colours (RRGGBB, as
DrawingML writes them); the workbooks take :data:`SHEET`'s (``#RRGGBB``, as XlsxWriter wants).
Type sizes stay with each writer (a slide and a printed sheet read at different sizes); text is
measured for all of them by :mod:`ita_xl.typography`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

from ita_xl.typography import FONT

__all__ = ["FONT", "Palette", "SheetColours", "SLIDE", "SHEET"]


@dataclass(frozen=True)
class Palette:
    """Named slide colours as RRGGBB hex strings."""

    ink: str = "1F2933"  # body text
    navy: str = "1F3A5F"  # titles, the analysed year
    blue: str = "2E75B6"  # accents, links
    sky: str = "9DB4CF"  # the previous year, light fills
    mist: str = "E8EEF5"  # table bands, card backgrounds
    paper: str = "FFFFFF"
    gold: str = "C9A227"  # highlights, grade badge
    green: str = "2E7D32"  # improved, strongest, done
    red: str = "C62828"  # declined, weakest, draft
    orange: str = "E07B00"  # in progress, warnings
    grey: str = "6B7785"  # secondary text, grid
    line: str = "C7D0DB"  # rules and borders

    def theme_scheme(self) -> Dict[str, str]:
        """The theme colour slots (a:clrScheme) this palette fills."""
        return {
            "dk1": self.ink, "lt1": self.paper, "dk2": self.navy, "lt2": self.mist,
            "accent1": self.navy, "accent2": self.blue, "accent3": self.gold,
            "accent4": self.green, "accent5": self.red, "accent6": self.grey,
            "hlink": self.blue, "folHlink": "7030A0",
        }


@dataclass(frozen=True)
class SheetColours:
    """Workbook colours as ``#RRGGBB`` (summary workbook and computed sheets)."""

    header_fill: str = "#DCE6F1"  # summary table headers
    border: str = "#808080"
    draft: str = "#C00000"  # ฉบับร่าง / DRAFT
    sheet_header_fill: str = "#DDEBF7"  # computed sheets' headers
    summary_fill: str = "#F2F2F2"
    sheet_border: str = "#A6A6A6"
    red_text: str = "#9C0006"
    red_fill: str = "#FFC7CE"
    green_text: str = "#006100"
    green_fill: str = "#C6EFCE"
    bar: str = "#F4B183"
    link: str = "#0563C1"


SLIDE = Palette()
SHEET = SheetColours()
