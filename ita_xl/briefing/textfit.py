"""Estimate how much room text needs, because python-pptx cannot measure text.

Widths come from TH Sarabun New's advances (measured once on Laksaman, its metric twin): Thai
combining marks (above/below vowels, tone marks) take no width; everything else takes an average
advance for its class. Thai has no spaces between words and renderers break lines at dictionary
word boundaries we cannot see, so each break inside Thai text gives up ``BREAK_SLACK_EM`` of the
line (calibrated against LibreOffice renders: never fewer lines than it draws, ~14 % more on
average). Lines are pitched at ``LINE_PITCH`` times the size (the deck sets that spacing
exactly), so estimates err on the side of more lines and taller boxes, never fewer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

LINE_PITCH = 1.2  # line spacing the deck sets on every paragraph, as a multiple of the size
SAFETY = 1.06  # widen every estimate a little: fonts differ between PowerPoint and LibreOffice
BOLD = 1.06
BREAK_SLACK_EM = 1.5  # width lost at a line break inside Thai text (an average word is ~2.5 em)
BREAK_SLACK_MAX = 0.2  # … but never more than this share of the line
LATIN_SLACK_EM = 0.5  # Latin words move whole; keep a little room for renderer differences
ELLIPSIS = "…"

_COMBINING = frozenset([0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
_WIDE_THAI = frozenset("ฌญฒณฑฬ")
_NARROW_THAI = frozenset("เโใไงร")
_WIDE_LATIN = frozenset("mwMW@")
_NARROW_LATIN = frozenset("fijlrtI.,:;'!|·•")


def is_combining(ch: str) -> bool:
    """True for Thai marks that sit above or below their base and take no width."""
    return ord(ch) in _COMBINING


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def has_thai(text: str) -> bool:
    return any(is_thai(ch) for ch in text)


@lru_cache(maxsize=None)
def char_em(ch: str) -> float:
    """Advance width of one character in em (before the bold and safety factors)."""
    if is_combining(ch):
        return 0.0
    if is_thai(ch):
        if "\u0e50" <= ch <= "\u0e59":
            return 0.68  # Thai digits are wide
        if ch in _WIDE_THAI:
            return 0.82
        if ch in _NARROW_THAI:
            return 0.46
        if ch in "ะาำๅ":
            return 0.5
        return 0.62
    if ch == " ":
        return 0.33
    if ch.isdigit():
        return 0.55
    if ch in _WIDE_LATIN:
        return 0.9
    if ch in _NARROW_LATIN:
        return 0.3
    if ch.isupper():
        return 0.64
    if ch.isalpha():
        return 0.53
    if ord(ch) < 0x80 or ch in "–“”‘’":
        return 0.5
    return 1.05  # arrows, em dashes, symbols


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width in points of ``text`` on one line at ``size`` points."""
    return _em(text) * _scale(size, bold)


def _em(text: str) -> float:
    return sum(map(char_em, text))


def _scale(size: float, bold: bool) -> float:
    return size * SAFETY * (BOLD if bold else 1.0)


def line_height(size: float) -> float:
    return size * LINE_PITCH


def _clusters(text: str) -> List[str]:
    """Split into base characters with their combining marks attached."""
    out: List[str] = []
    for ch in text:
        if out and is_combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _tokens(line: str) -> List[str]:
    """Words separated by spaces, each keeping its trailing spaces."""
    return re.findall(r"\S+ *| +", line)


def wrap(text: str, width: float, size: float, bold: bool = False) -> List[str]:
    """Lines the renderer will (at most) need for ``text`` in a box ``width`` points wide."""
    return list(_wrap_cached(text, float(width), float(size), bool(bold)))


@lru_cache(maxsize=8192)
def _wrap_cached(text: str, width: float, size: float, bold: bool) -> Tuple[str, ...]:
    lines: List[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_paragraph(para, width, size, bold))
    return tuple(lines)


def _wrap_paragraph(para: str, width: float, size: float, bold: bool) -> List[str]:
    """Greedy wrap with running widths (in em, scaled once)."""
    scale = _scale(size, bold)
    full = width / scale
    thai_limit = (width - min(BREAK_SLACK_EM * size, BREAK_SLACK_MAX * width)) / scale
    latin_limit = (width - LATIN_SLACK_EM * size) / scale
    lines: List[str] = []
    current, used = "", 0.0
    for token in _tokens(para):
        word = token.rstrip(" ")
        thai = has_thai(word)
        limit = thai_limit if thai else latin_limit
        word_em = _em(word)
        if used + word_em <= (full if thai else limit):
            current, used = current + token, used + _em(token)
            continue
        if current and not thai and word_em <= limit:
            lines.append(current.rstrip(" "))
            current, used = token, _em(token)
            continue
        # Break inside the word: Thai at a word boundary we cannot see, long Latin anywhere.
        for cluster in _clusters(token):
            cluster_em = _em(cluster)
            if current.strip() and used + cluster_em > limit:
                lines.append(current.rstrip(" "))
                current = cluster.lstrip(" ")
                used = _em(current)
            else:
                current, used = current + cluster, used + cluster_em
    lines.append(current.rstrip(" "))
    return lines


def text_height(text: str, width: float, size: float, bold: bool = False) -> float:
    """Estimated height in points of ``text`` wrapped into ``width`` points."""
    return len(wrap(text, width, size, bold)) * line_height(size)


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
    whose lines fit, and only when even ``smallest`` overflows cut it with an ellipsis.
    """
    sizes = _sizes(largest, smallest)
    floor = shrink_floor if shrink_floor is not None else largest * 0.8
    for size in sizes:
        if size < floor:
            break
        lines = wrap(text, width, size, bold)
        if len(lines) == 1 and line_height(size) <= height:
            return Fit(text, size, 1, False)
    for size in sizes:
        lines = wrap(text, width, size, bold)
        allowed = _line_budget(height, size, max_lines)
        if len(lines) <= allowed:
            return Fit(text, size, len(lines), False)
    size = sizes[-1]
    allowed = max(1, _line_budget(height, size, max_lines))
    short = truncate(text, width, size, allowed, bold)
    return Fit(short, size, allowed, True)


def _line_budget(height: float, size: float, max_lines: Optional[int]) -> int:
    budget = int((height + 1e-6) // line_height(size))
    return min(budget, max_lines) if max_lines is not None else budget


def truncate(text: str, width: float, size: float, lines: int, bold: bool = False) -> str:
    """The longest prefix of ``text`` (plus an ellipsis) that wraps into ``lines`` lines."""
    clusters = _clusters(text)
    low, high = 0, len(clusters)
    while low < high:
        mid = (low + high + 1) // 2
        candidate = "".join(clusters[:mid]).rstrip() + ELLIPSIS
        if len(wrap(candidate, width, size, bold)) <= lines:
            low = mid
        else:
            high = mid - 1
    return "".join(clusters[:low]).rstrip() + ELLIPSIS
