"""How much room text takes: one font-metrics source and one line-height rule for every writer.

Widths are TH Sarabun New's real glyph advances, taken with fontTools from TLWG Laksaman (its
metric twin) by tools/make_font_metrics.py and shipped as ita_xl/data/font_metrics.json, so a PC
without either font measures exactly as the Linux renderer draws. Thai vowel and tone marks that
sit above or below have no advance; the marks :mod:`ita_xl.thai_breaks` writes (zero-width
space, word joiner) take none either.

Line height: where the format lets us set it (slides), every paragraph is pitched at exactly
``PITCH`` × size and measured with that; a spreadsheet cell takes the font's own line, which for
TH Sarabun's tall stacked marks is ``CELL_PITCH`` × size. Both are here and nowhere else.
Breaking lines is :mod:`ita_xl.briefing.textfit`'s job (between the words
:mod:`ita_xl.thai_breaks` finds); this module only measures.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Dict, Tuple

METRICS = Path(__file__).parent / "data" / "font_metrics.json"
FONT = "TH Sarabun New"  # the government typeface every writer names
PITCH = 1.2  # slide line pitch, a multiple of the size (set exactly on every paragraph)
CELL_PITCH = 1.5  # a spreadsheet line of TH Sarabun New (tall marks above and below)
CELL_PAD = 4.0  # points above and below the text of a spreadsheet row
FALLBACK_EM = 1.0  # a character the font lacks (arrows, ✓): drawn by another font, about 1 em
_ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"

# Excel column widths are counted in digits of the workbook's Normal font (Calibri 11: 7 px
# plus 5 px of padding per column) at 96 px per inch.
PX_PER_PT = 96 / 72
PX_PER_UNIT = 7.0
COLUMN_PAD_UNITS = 1.5  # cell padding, in column units, left and right together


@lru_cache(maxsize=1)
def _metrics() -> Tuple[Dict[str, float], Dict[str, float]]:
    data = json.loads(METRICS.read_text(encoding="utf-8"))
    upm = float(data["units_per_em"])
    regular = {ch: w / upm for ch, w in data["regular"].items()}
    bold = {ch: w / upm for ch, w in data["bold"].items()}
    for ch in _ZERO_WIDTH:
        regular[ch] = bold[ch] = 0.0
    regular["\u00a0"] = regular[" "]
    bold["\u00a0"] = bold[" "]
    return regular, bold


class _Advances(dict):
    """char → advance in em; characters the font lacks get ``FALLBACK_EM`` (marks: 0)."""

    def __init__(self, table: Dict[str, float]) -> None:
        super().__init__(table)

    def __missing__(self, ch: str) -> float:
        import unicodedata

        advance = 0.0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else FALLBACK_EM
        self[ch] = advance
        return advance


_TABLES: Dict[bool, _Advances] = {}


def _table(bold: bool) -> _Advances:
    table = _TABLES.get(bold)
    if table is None:
        regular, heavy = _metrics()
        table = _TABLES[bold] = _Advances(heavy if bold else regular)
    return table


def em_width(text: str, bold: bool = False) -> float:
    """Width of ``text`` on one line in em (its advances summed; no kerning in this font)."""
    return sum(map(_table(bold).__getitem__, text))


def char_em(ch: str, bold: bool = False) -> float:
    return _table(bold)[ch]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` on one line at ``size`` points."""
    return em_width(text, bold) * size


def line_height(size: float) -> float:
    """The slide line pitch in points (what the deck sets on every paragraph)."""
    return size * PITCH


def cell_line_height(size: float) -> float:
    """One line of a spreadsheet cell in points (the font's own line at ``size``)."""
    return size * CELL_PITCH


def row_height(lines: int, size: float) -> float:
    """Points for a spreadsheet row holding ``lines`` lines at ``size`` (whole pixels)."""
    points = max(1, lines) * cell_line_height(size) + CELL_PAD
    return math.ceil(points * PX_PER_PT) / PX_PER_PT


def units_to_points(units: float) -> float:
    """Usable text width in points inside an Excel column ``units`` wide."""
    return max(0.0, units - COLUMN_PAD_UNITS) * PX_PER_UNIT / PX_PER_PT


def points_to_units(points: float) -> float:
    """The Excel column width (in units) whose text area is ``points`` wide."""
    return points * PX_PER_PT / PX_PER_UNIT + COLUMN_PAD_UNITS


def column_units(text: str, size: float, bold: bool = False) -> float:
    """Column width in Excel units that shows ``text``'s longest line on one line."""
    widest = max((text_width(line, size, bold) for line in str(text).split("\n")), default=0.0)
    return points_to_units(widest)
