"""Colours, the typeface and type sizes of the briefing: the one place to change the look.

The template generator writes these colours into the theme, and every shape the deck draws takes
its colour from here, so a restyle is an edit of this file (and a re-run of the generator).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Tuple

from pptx.dml.color import RGBColor

FONT = "TH Sarabun New"  # the Thai government typeface (Laksaman is its metric twin on Linux)


def rgb(hex_code: str) -> RGBColor:
    return RGBColor.from_string(hex_code)


@dataclass(frozen=True)
class Palette:
    """Named colours as RRGGBB hex strings."""

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
class Sizes:
    """Type sizes in points (TH Sarabun New runs small: 16 pt in it reads like 12 pt Latin)."""

    title: Tuple[float, float] = (36, 26)  # (largest, smallest) the fitter may choose
    deck_title: Tuple[float, float] = (48, 24)
    subtitle: Tuple[float, float] = (28, 20)
    body: Tuple[float, float] = (24, 16)
    label: Tuple[float, float] = (20, 14)
    table: float = 18
    table_header: float = 18
    dense_table: float = 16  # the measures table: many rows, long texts
    small: float = 16
    footer: float = 13
    big_number: float = 96
    chart: float = 16


@dataclass(frozen=True)
class Style:
    palette: Palette = field(default_factory=Palette)
    sizes: Sizes = field(default_factory=Sizes)
    font: str = FONT


STYLE = Style()
