"""The briefing's look: the shared colours and typeface (:mod:`ita_xl.palette`) and slide sizes.

The template generator writes the palette into the theme, and every shape the deck draws takes
its colour from here, so a restyle is an edit of ita_xl/palette.py (and a re-run of the
generator).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Tuple

from pptx.dml.color import RGBColor

from ita_xl.palette import FONT, Palette

__all__ = ["FONT", "Palette", "Sizes", "Style", "STYLE", "rgb"]


def rgb(hex_code: str) -> RGBColor:
    return RGBColor.from_string(hex_code)


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
