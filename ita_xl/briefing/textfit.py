"""Lay text out as the renderer will, because python-pptx cannot measure text.

Widths are real glyph advances (:mod:`ita_xl.typography`), lines break only between the pieces
:mod:`ita_xl.thai_breaks` allows (between Thai words, never inside one, never between a number
and its unit), and the deck writes those same decisions into the file (zero-width spaces and word
joiners, see ``thai_breaks.mark``), so PowerPoint and LibreOffice break where we measured. Lines
are pitched at ``typography.PITCH`` times the size, which the deck sets on every paragraph.
``SAFETY`` widens every measure a little: a renderer that measures narrower fits more on a line
and uses fewer lines than estimated, never more.

A piece wider than a whole line breaks between its dictionary words; only a single word wider
than the line breaks inside (between letter clusters), as every renderer must. The fitters
shrink before they wrap and wrap before they cut; a cut falls between words and adds "…".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from ita_xl import thai_breaks, typography

SAFETY = typography.SAFETY
LINE_PITCH = typography.PITCH
ELLIPSIS = "…"
_EPSILON = 1e-6
_CLUSTER = typography.CLUSTER
has_thai = thai_breaks.has_thai


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _scale(size: float) -> float:
    return size * SAFETY


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` on one line at ``size`` points (with ``SAFETY``)."""
    return typography.em_width(text, bold) * _scale(size)


def line_height(size: float) -> float:
    return typography.line_height(size)


def wrap(text: str, width: float, size: float, bold: bool = False) -> List[str]:
    """The lines ``text`` takes in a box ``width`` points wide."""
    return list(typography.wrap(text, width, size, bold, SAFETY))


def too_wide(text: str, width: float, size: float, bold: bool = False):
    """The break units of ``text`` wider than ``width`` points (see ``typography.too_wide``)."""
    return typography.too_wide(text, width, size, bold, SAFETY)


def line_count(text: str, width: float, size: float, bold: bool = False) -> int:
    return typography.line_count(text, width, size, bold, SAFETY)


def fits_one_line(text: str, width: float, size: float, bold: bool = False) -> bool:
    return typography.fits(text, width, size, bold, SAFETY)


def text_height(text: str, width: float, size: float, bold: bool = False) -> float:
    return line_count(text, width, size, bold) * line_height(size)


@dataclass
class Fit:
    """What :func:`fit_text` chose: the text to show (maybe shortened), its size and lines."""

    text: str
    size: float
    lines: int
    truncated: bool


def _sizes(largest: float, smallest: float) -> List[float]:
    out = []
    size = float(largest)
    while size >= smallest - 1e-9:
        out.append(size)
        size -= 1.0
    return out or [float(smallest)]


def fit_text(text: str, width: float, height: float, largest: float, smallest: float,
             bold: bool = False, max_lines: Optional[int] = None,
             shrink_floor: Optional[float] = None) -> Fit:
    """Choose a size for ``text`` in a ``width`` × ``height`` point box.

    First shrink (down to ``shrink_floor``) keeping one line, then let it wrap at the largest size
    whose lines fit, and only when even ``smallest`` overflows cut it at a word with "…".
    """
    sizes = _sizes(largest, smallest)
    floor = shrink_floor if shrink_floor is not None else largest * 0.8
    for size in sizes:
        if size < floor:
            break
        if line_height(size) <= height + _EPSILON and fits_one_line(text, width, size, bold):
            return Fit(text, size, 1, False)
    for size in sizes:
        count = line_count(text, width, size, bold)
        if count <= _line_budget(height, size, max_lines):
            return Fit(text, size, count, False)
    size = sizes[-1]
    allowed = max(1, _line_budget(height, size, max_lines))
    return Fit(truncate(text, width, size, allowed, bold), size, allowed, True)


def _line_budget(height: float, size: float, max_lines: Optional[int]) -> int:
    budget = int((height + 1e-6) // line_height(size))
    return min(budget, max_lines) if max_lines is not None else budget


def truncate(text: str, width: float, size: float, lines: int, bold: bool = False) -> str:
    """The longest prefix of ``text`` ending between words (plus "…") that wraps into ``lines``
    lines; only a first word too wide for the box is cut between its letters."""
    cuts = _word_ends(text)
    low, high = 0, len(cuts)
    while low < high:
        mid = (low + high + 1) // 2
        if line_count(text[:cuts[mid - 1]].rstrip() + ELLIPSIS, width, size, bold) <= lines:
            low = mid
        else:
            high = mid - 1
    if low:
        return text[:cuts[low - 1]].rstrip() + ELLIPSIS
    clusters = _CLUSTER.findall(text)
    keep = 0
    while keep < len(clusters) and fits_one_line("".join(clusters[:keep + 1]) + ELLIPSIS,
                                                 width, size, bold):
        keep += 1
    return "".join(clusters[:keep]).rstrip() + ELLIPSIS


def _word_ends(text: str) -> List[int]:
    """Offsets in ``text`` where a word ends (where a cut may fall)."""
    ends, at = [], 0
    for para_index, para in enumerate(text.split("\n")):
        if para_index:
            at += 1
        for word in thai_breaks.words(para):
            at += len(word)
            if not word.isspace():
                ends.append(at)
    return ends
