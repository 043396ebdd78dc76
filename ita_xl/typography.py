"""How much room text takes: one font-metrics source and one line-height rule for every writer.

Widths are TH Sarabun New's real glyph advances, taken with fontTools from TLWG Laksaman (its
metric twin) by tools/make_font_metrics.py and shipped as ita_xl/data/font_metrics.json, so a PC
without either font measures exactly as the Linux renderer draws. Thai vowel and tone marks that
sit above or below have no advance; the marks :mod:`ita_xl.thai_breaks` writes (zero-width
space, word joiner) take none either.

Line height: where the format lets us set it (slides), every paragraph is pitched at exactly
``PITCH`` × size and measured with that; a spreadsheet cell takes the font's own line, which for
TH Sarabun's tall stacked marks is ``CELL_PITCH`` × size. Both are here and nowhere else.
Lines break only between the pieces :mod:`ita_xl.thai_breaks` allows (between Thai words,
never inside one, never between a number and its unit); a piece wider than a whole line breaks
between its words, and only a single word wider than the line between its letter clusters, as
every renderer must. Slides carry the same decisions as break marks; spreadsheet cells cannot, so
they are measured a little wider (``CELL_SAFETY``).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Tuple

from ita_xl import thai_breaks

METRICS = Path(__file__).parent / "data" / "font_metrics.json"
FONT = "TH Sarabun New"  # the government typeface every writer names
PITCH = 1.2  # slide line pitch, a multiple of the size (set exactly on every paragraph)
CELL_PITCH = 1.6  # a spreadsheet line of TH Sarabun New (tall marks above and below)
CELL_PAD = 4.0  # points above and below the text of a spreadsheet row
SAFETY = 1.03  # widen every measure: PowerPoint, Excel and LibreOffice position glyphs a little
# differently, and one that measures narrower fits more on a line, never less
CELL_SAFETY = 1.08  # cells cannot carry our break marks: Excel and Calc break by their own
# dictionaries, which may end a line a word earlier than ours
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


_WIDTHS: Dict[Tuple[str, bool], float] = {}
_WIDTHS_KEPT = 1 << 16  # widths remembered before the memo starts afresh


def em_width(text: str, bold: bool = False) -> float:
    """Width of ``text`` on one line in em (its advances summed; no kerning in this font).

    Remembered per text: wrapping measures the same words and pieces tens of thousands of
    times in a 600-measure run, and a lookup costs a seventh of the sum."""
    key = (text, bold)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) >= _WIDTHS_KEPT:
            _WIDTHS.clear()
        width = _WIDTHS[key] = sum(map(_table(bold).__getitem__, text))
    return width


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


_EPSILON = 1e-6
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
CLUSTER = re.compile(f".[{_MARKS}]*", re.S)


def wrap(text: str, width: float, size: float, bold: bool = False,
         safety: float = SAFETY) -> Tuple[str, ...]:
    """The lines ``text`` takes in ``width`` points at ``size`` (newlines start paragraphs)."""
    return _wrap(text, float(width) / (float(size) * safety), bool(bold))


def line_count(text: str, width: float, size: float, bold: bool = False,
               safety: float = SAFETY) -> int:
    return len(wrap(text, width, size, bold, safety))


def fits(text: str, width: float, size: float, bold: bool = False,
         safety: float = SAFETY) -> bool:
    """True if ``text`` (one paragraph) fits ``width`` points on one line."""
    return "\n" not in text and em_width(text.strip(" "), bold) * size * safety <= width + _EPSILON


@lru_cache(maxsize=16384)
def _wrap(text: str, room: float, bold: bool) -> Tuple[str, ...]:
    lines: List[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_paragraph(para, room, bold))
    return tuple(lines)


def _wrap_paragraph(para: str, room: float, bold: bool) -> List[str]:
    """Greedy wrap in em: a piece goes on the line if its inked part fits."""
    if em_width(para.rstrip(" "), bold) <= room + _EPSILON:
        return [para.rstrip(" ")]
    lines: List[str] = []
    current, used = "", 0.0
    for piece in _pieces(para, room, bold):
        ink = em_width(piece.rstrip(" "), bold)
        if current and used + ink > room + _EPSILON:
            lines.append(current.rstrip(" "))
            current, used = "", 0.0
        current += piece
        used += em_width(piece, bold)
    lines.append(current.rstrip(" "))
    return lines


def _pieces(para: str, room: float, bold: bool) -> List[str]:
    """The break units of ``para``; one wider than a line is split into its words, and a word
    wider than a line into letter clusters."""
    out: List[str] = []
    for unit in thai_breaks.units(para):
        if em_width(unit.rstrip(" "), bold) <= room + _EPSILON:
            out.append(unit)
            continue
        for word in _words_with_spaces(unit):
            if not word.strip(" ") or em_width(word.rstrip(" "), bold) <= room + _EPSILON:
                out.append(word)
            else:
                body = word.rstrip(" ")
                clusters = CLUSTER.findall(body)
                clusters[-1] += word[len(body):]
                out.extend(clusters)
    return out


def too_wide(text: str, width: float, size: float, bold: bool = False,
             safety: float = SAFETY) -> FrozenSet[str]:
    """The break units of ``text`` wider than a whole line of ``width`` points: :func:`wrap`
    breaks them between their words, and ``thai_breaks.mark(text, too_wide(...))`` lets the
    renderer do the same (else it must break inside a word)."""
    return _too_wide(text, float(width) / (float(size) * safety), bool(bold))


@lru_cache(maxsize=16384)
def _too_wide(text: str, room: float, bold: bool) -> FrozenSet[str]:
    out = set()
    for para in text.split("\n"):
        if em_width(para.rstrip(" "), bold) <= room + _EPSILON:
            continue
        for unit in thai_breaks.units(para):
            body = unit.rstrip(" ")
            if em_width(body, bold) > room + _EPSILON:
                out.add(body)
    return frozenset(out)


def _words_with_spaces(unit: str) -> List[str]:
    out: List[str] = []
    for word in thai_breaks.words(unit):
        if word.isspace() and out:
            out[-1] += word
        else:
            out.append(word)
    return out
