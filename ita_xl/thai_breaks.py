"""Where a line of Thai may break: between dictionary words, never inside one.

Thai has no spaces between words, so a renderer that cannot see word boundaries breaks wherever a
line is full (``กองค|ลัง``). PyThaiNLP's newmm segmenter (dictionary maximal matching) finds the
words; :func:`units` groups them into the pieces a line may break between — a number stays with
the word before it and with its unit after it (``จากปี 2565``, ``3 อันดับ``), punctuation with its
word — and :func:`mark` writes the text with those decisions visible to PowerPoint and
LibreOffice: a zero-width space (U+200B) where a break is allowed without a space, a word joiner
(U+2060) between the dictionary words' letters so no renderer breaks inside a word by its own
dictionary, and a no-break space where a space must not break.

The dictionary loads on first use (PyThaiNLP's word list, ~30 ms), so commands that never
typeset Thai pay nothing; segmentations are cached, as decks repeat the same labels.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Sequence, Tuple

ZWSP = "\u200b"  # a break opportunity without a space
WJ = "\u2060"  # no break here (word joiner)
NBSP = "\u00a0"
INVISIBLE = ZWSP + WJ + "\ufeff"
# Words that count something: kept on the line of the number before them.
UNITS = frozenset("""อันดับ เดือน ปี คะแนน ข้อ ตัว ตัวชี้วัด รายการ ด้าน วัน ครั้ง คน แห่ง
ระดับ ชั่วโมง นาที บาท ล้าน พัน หมื่น แสน เท่า หน่วยงาน มาตรการ ไตรมาส ฉบับ เรื่อง ประเด็น
ร้อยละ % points point pts pt years year months month days % ก.ค. ต.ค. ม.ค. อันดับท้าย
อันดับแรก""".split())
_THAI = re.compile("[\u0e00-\u0e7f]")
_NUMBER = re.compile(r"^[+\-−]?[0-9๐-๙][0-9๐-๙.,:/]*%?$")
_DIGIT = re.compile("[0-9๐-๙]")
_PIECES = re.compile(r"(?:[ก-ฮ]{1,3}\.)+|[a-zA-Z]{1,2}\.(?:[a-zA-Z]{1,2}\.)+|[\u0e00-\u0e7f]+"
                     r"|[0-9๐-๙][0-9๐-๙.,:/%]*|[A-Za-z]+|\s+|.", re.S)
# Words after which a space and a number stay together (ปี 2565, ที่ 8, ร้อยละ 80).
INTRODUCERS = frozenset("""ปี ที่ ข้อ รอบ ร้อยละ พ.ศ. ค.ศ. ไตรมาส ไตรมาสที่ ลำดับ ลำดับที่ ระดับ
อันดับ อันดับที่ วันที่ งวด งวดที่ ครั้งที่ ฉบับที่ เดือน ตัวชี้วัด ตัวชี้วัดที่ FY No. year Year
fiscal indicator Indicator เกณฑ์ คะแนน เป้าหมาย ระดับ target mark score""".split())
_OPENING = frozenset("([{“‘\"'<")
_CLOSING = frozenset(")]},.:;!?%…”’\"'>ๆฯ")
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_MARK_CHARS = "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(
    map(chr, range(0x0E47, 0x0E4F)))
_CLUSTER = re.compile(f".[{_MARKS}]*", re.S)


class _Words:
    """PyThaiNLP's word list as a set with the one lookup newmm makes (``prefixes``): built in a
    few milliseconds where PyThaiNLP's own Trie takes half a second."""

    def __init__(self, words: FrozenSet[str]) -> None:
        self.words = words
        self.lengths = sorted(set(map(len, words)))

    def prefixes(self, text: str, start: int = 0) -> List[str]:
        words, room = self.words, len(text) - start
        return [text[start:start + n] for n in self.lengths
                if n <= room and text[start:start + n] in words]

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self):
        return iter(self.words)


# ITA terms PyThaiNLP's word list lacks (it would split ตัว|ชี้|วัด).
DOMAIN_WORDS = frozenset("""ตัวชี้วัด ตัวชี้วัดย่อย ผู้มีส่วนได้ส่วนเสีย แบบวัด แบบตรวจ
ตัวชี้วัดที่ อันดับท้าย อันดับแรก""".split())


@lru_cache(maxsize=1)
def _dictionary():
    from pythainlp.corpus import thai_words

    return _Words(frozenset(thai_words()) | DOMAIN_WORDS)


@lru_cache(maxsize=16384)
def _segment(text: str) -> Tuple[str, ...]:
    """newmm over the dictionary; falls back to PyThaiNLP's own Trie if its segmenter ever stops
    accepting our set-backed dictionary. Cached by run of Thai letters: texts that differ as a
    whole (``มาตรการที่ 17 …``, ``มาตรการที่ 18 …``) mostly share their Thai runs, and newmm
    cuts each run alone, so a run is segmented once."""
    from pythainlp.tokenize.newmm import segment

    try:
        return tuple(segment(text, _dictionary()))
    except (AttributeError, TypeError):  # pragma: no cover - a future PyThaiNLP
        from pythainlp.tokenize import word_tokenize

        return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


def is_word(text: str) -> bool:
    """True if ``text`` is one word of the dictionary the breaks come from."""
    return text in _dictionary()


@lru_cache(maxsize=16384)
def words(text: str) -> Tuple[str, ...]:
    """``text`` cut into dictionary words (Thai) and runs of digits, Latin, spaces, symbols."""
    out: List[str] = []
    for piece in _PIECES.findall(text):
        if _THAI.match(piece) and len(piece) > 1 and not piece.endswith("."):
            out.extend(_segment(piece))
        else:
            out.append(piece)
    for i in range(len(out) - 1, 0, -1):  # a mark always stays with the letter before it
        token = out[i]
        lead = len(token) - len(token.lstrip(_MARK_CHARS))
        if lead:
            out[i - 1] += token[:lead]
            out[i] = token[lead:]
            if not out[i]:
                del out[i]
    return tuple(out)


def _is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def _glued(left: str, right: str, after: Optional[str]) -> bool:
    """May a line NOT break between tokens ``left`` and ``right`` (no space between them)?"""
    if not left or not right:
        return True
    if left[-1] in _OPENING or right[0] in _CLOSING:
        return True
    if _is_number(left) or _is_number(right):
        return True  # ปี2565, 3อันดับ, 80%
    if _CLUSTER.match(right) and right[0] in _MARKS_SET:
        return True  # a stray mark never starts a line
    return False


_MARKS_SET = frozenset("\u0e31" + "".join(chr(c) for c in range(0x0E34, 0x0E3B))
                       + "".join(chr(c) for c in range(0x0E47, 0x0E4F)))


def _space_glued(before: str, after: str) -> bool:
    """A space between ``before`` and ``after`` that must not break: before a number (ปี 2565)
    and between a number and its unit (3 อันดับ)."""
    if _is_number(after) and before in INTRODUCERS:
        return True
    return _is_number(before) and after in UNITS


@lru_cache(maxsize=16384)
def units(paragraph: str) -> Tuple[str, ...]:
    """The pieces of one paragraph (no newlines) a line may break between; each keeps its
    trailing spaces, and ``"".join(units(p)) == p``."""
    tokens = words(paragraph)
    out: List[str] = []
    current = ""
    for i, token in enumerate(tokens):
        if not current:
            current = token
            continue
        if token.isspace():
            current += token
            continue
        prev = current.rstrip()
        if prev != current:  # a space before this token
            before = _last_token(tokens, i)
            if _space_glued(before, token):
                current += token
            else:
                out.append(current)
                current = token
        elif _glued(_last_token(tokens, i), token, None):
            current += token
        else:
            out.append(current)
            current = token
    if current:
        out.append(current)
    return tuple(out)


def _last_token(tokens: Sequence[str], i: int) -> str:
    """The last non-space token before index ``i``."""
    for j in range(i - 1, -1, -1):
        if not tokens[j].isspace():
            return tokens[j]
    return ""


def has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


@lru_cache(maxsize=8192)
def mark(text: str, loose: FrozenSet[str] = frozenset()) -> str:
    """``text`` as written into a slide: U+200B where a line may break between Thai words,
    U+2060 between the letters of a Thai word, no-break spaces where a space must hold.

    ``loose`` names units (as :func:`units` gives them, trailing spaces stripped) too wide for
    the box they go in: the measure breaks those between their words, so the renderer may too
    (``คะแนน | 2569``) — held together it would have to break inside one (``25 | 69``)."""
    if not has_thai(text):
        return text
    return "\n".join(_mark_paragraph(p, loose) for p in text.split("\n"))


def _mark_paragraph(paragraph: str, loose: FrozenSet[str] = frozenset()) -> str:
    out: List[str] = []
    for i, unit in enumerate(units(paragraph)):
        body = unit.rstrip(" ")
        trail = unit[len(body):]
        if i and out and not out[-1].endswith(" "):
            out.append(ZWSP)
        out.append(_loosen(body) if body in loose else _join_inside(body))
        out.append(trail)
    return "".join(out)


def _loosen(unit: str) -> str:
    """A unit wider than its box, marked to break between its words (each word held whole)."""
    out: List[str] = []
    for word in words(unit):
        if not word.isspace() and out and not out[-1].isspace():
            out.append(ZWSP)
        out.append(word if word.isspace() else _join_inside(word))
    return "".join(out)


@lru_cache(maxsize=16384)
def _join_inside(unit: str) -> str:
    """A unit with no-break spaces for its spaces and a word joiner between every two Thai
    letter clusters, so no renderer breaks inside it by a dictionary of its own (ICU and Office
    split compounds such as งบ|ประมาณ that the segmenter keeps whole)."""
    unit = unit.replace(" ", NBSP)
    if not has_thai(unit):
        return unit
    clusters = _CLUSTER.findall(unit)
    out = [clusters[0]]
    for prev, cluster in zip(clusters, clusters[1:]):
        if _THAI.match(prev[-1]) and _THAI.match(cluster[0]):
            out.append(WJ)
        out.append(cluster)
    return "".join(out)


_LEADING = frozenset("เแโใไ")
_NO_START = _MARKS_SET | frozenset("ะาำๅๆฯ")


def plain(text: str) -> str:
    """``text`` with the marks :func:`mark` added taken out again."""
    for ch in INVISIBLE:
        text = text.replace(ch, "")
    return text.replace(NBSP, " ")
