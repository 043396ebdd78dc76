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
_EPSILON = 1e-6  # em

_COMBINING = frozenset([0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
_WIDE_THAI = frozenset("ฌญฒณฑฬ")
_NARROW_THAI = frozenset("เโใไงร")
_WIDE_LATIN = frozenset("mwMW@")
_NARROW_LATIN = frozenset("fijlrtI.,:;'!|·•")
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # the combining code points above
_THAI = re.compile("[\u0e00-\u0e7f]")
_CLUSTER = re.compile(f".[{_MARKS}]*", re.S)
_TOKEN = re.compile(r"\S+ *| +")


def is_combining(ch: str) -> bool:
    """True for Thai marks that sit above or below their base and take no width."""
    return ord(ch) in _COMBINING


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


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


class _Advances(dict):
    """char → :func:`char_em`, filled on first use (a dict lookup is the cheapest per char)."""

    def __missing__(self, ch: str) -> float:
        self[ch] = advance = char_em(ch)
        return advance


_ADVANCE = _Advances()


def _em(text: str) -> float:
    return sum(map(_ADVANCE.__getitem__, text))


def _scale(size: float, bold: bool) -> float:
    return size * SAFETY * (BOLD if bold else 1.0)


def line_height(size: float) -> float:
    return size * LINE_PITCH


def _clusters(text: str) -> List[str]:
    """Split into base characters with their combining marks attached (marks leading the text
    form a cluster of their own)."""
    return _CLUSTER.findall(text)


def _tokens(line: str) -> List[str]:
    """Words separated by spaces, each keeping its trailing spaces."""
    return _TOKEN.findall(line)


def wrap(text: str, width: float, size: float, bold: bool = False) -> List[str]:
    """Lines the renderer will (at most) need for ``text`` in a box ``width`` points wide."""
    return list(_wrap_cached(text, float(width), float(size), bool(bold)))


def line_count(text: str, width: float, size: float, bold: bool = False) -> int:
    """``len(wrap(text, width, size, bold))`` without copying the lines."""
    return len(_wrap_cached(text, float(width), float(size), bool(bold)))


@lru_cache(maxsize=8192)
def _wrap_cached(text: str, width: float, size: float, bold: bool) -> Tuple[str, ...]:
    lines: List[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_paragraph(para, width, size, bold))
    return tuple(lines)


def _wrap_paragraph(para: str, width: float, size: float, bold: bool) -> List[str]:
    """Greedy wrap; a paragraph narrower than the strictest limit is one line as it stands."""
    tokens = _tokens(para)
    kept = "".join(tokens)
    if _em(kept) < (width - LATIN_SLACK_EM * size) / _scale(size, bold) - _EPSILON:
        return [kept.rstrip(" ")]
    return _wrap_greedy(tokens, width, size, bold)


def _wrap_greedy(tokens: List[str], width: float, size: float, bold: bool) -> List[str]:
    """Greedy wrap of one paragraph's tokens with running widths (in em, scaled once)."""
    scale = _scale(size, bold)
    full = width / scale
    thai_limit = (width - min(BREAK_SLACK_EM * size, BREAK_SLACK_MAX * width)) / scale
    latin_limit = (width - LATIN_SLACK_EM * size) / scale
    lines: List[str] = []
    current, used, inked = "", 0.0, False  # inked: current holds more than spaces
    for token in tokens:
        word = token.rstrip(" ")
        thai = has_thai(word)
        limit = thai_limit if thai else latin_limit
        word_em = _em(word)
        if used + word_em <= (full if thai else limit):
            current, used, inked = current + token, used + _em(token), inked or bool(word)
            continue
        if current and not thai and word_em <= limit:
            lines.append(current.rstrip(" "))
            current, used, inked = token, _em(token), bool(word)
            continue
        # Break inside the word: Thai at a word boundary we cannot see, long Latin anywhere.
        for cluster in _clusters(token):
            cluster_em = _ADVANCE[cluster[0]]  # = _em(cluster): its marks take no width
            if used + cluster_em > limit and inked:
                lines.append(current.rstrip(" "))
                current = cluster.lstrip(" ")
                used, inked = _em(current), bool(current)
            else:
                current, used = current + cluster, used + cluster_em
                inked = inked or cluster != " "
    lines.append(current.rstrip(" "))
    return lines


def fits_one_line(text: str, width: float, size: float, bold: bool = False) -> bool:
    """``len(wrap(text, …)) == 1``, settled by the text's width alone where that is enough: a
    text narrower than the strictest limit never breaks; one wider than the whole line (and
    more than one cluster) always does. Sums may differ in the last bits, hence the margin."""
    if "\n" in text:
        return False
    if width > 0 and size > 0:
        kept, stripped, several = _line_widths(text)
        scale = _scale(size, bold)
        if kept < (width - LATIN_SLACK_EM * size) / scale - _EPSILON:
            return True
        if several and stripped > width / scale + _EPSILON:
            return False
    return len(wrap(text, width, size, bold)) == 1


@lru_cache(maxsize=4096)
def _line_widths(text: str) -> Tuple[float, float, bool]:
    """Em widths of what wrapping keeps of one paragraph (its words and spaces), of that without
    the spaces at either end, and whether that is more than one cluster."""
    kept = "".join(_tokens(text))
    line = kept.strip(" ")
    return _em(kept), _em(line), len(_clusters(line)) > 1


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
        if line_height(size) <= height and fits_one_line(text, width, size, bold):
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
