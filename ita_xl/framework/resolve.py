"""Resolving what staff type for an indicator ('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๙.๓', a near-miss
name) to the framework's indicator and sub-indicator.

Text is read as: an optional label (ตัวชี้วัดที่ …), an optional code (9 or 9.3), a name, and
optionally a sub-indicator part (ตัวชี้วัดย่อยที่ 9.3 name — also the memo's ตัวที่วัดย่อยที่).
Names are compared after :func:`clean_text` with spaces and punctuation removed: the official Thai
or English name is exact; a listed variant or a near miss (difflib ratio ≥ ``FUZZY_THRESHOLD``)
sets ``exact=False`` and ``suggestion`` to the official Thai name of the part that was off — the
indicator's when its name was off, otherwise the sub-indicator's. A name followed by more text
('การบริหารเงินงบประมาณข้อ ๐๑๙ …') matches by prefix and the rest goes to ``extras``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, List, Optional, Tuple

from ita_xl.framework.model import Framework, Indicator, IndicatorMatch, SubIndicator
from ita_xl.thai import clean_text, to_arabic_digits

FUZZY_THRESHOLD = 0.8  # one or two characters off a name of ten or more
FUZZY_MARGIN = 0.05  # the best guess must beat the runner-up (another indicator) by this much
_MIN_PREFIX = 4  # shortest key that may match as a prefix of longer text
MAX_UNREAD_NAME = 40  # after 'ตัวชี้วัดที่ N', a name we cannot match may still be a group row's
MAX_TRAILING = 12  # … and so may a short qualifier after a known name ('สาธารณะ', 'ข้อ 019')

_SUB_LABELS = (
    "ตัวชี้วัดย่อยที่", "ตัวชี้วัดย่อย", "ตัวที่วัดย่อยที่", "ตัวที่วัดย่อย", "ตัววัดย่อยที่", "ตัววัดย่อย",
    "ตัวชี้วัดที่ย่อย", "sub-indicator", "subindicator", "sub indicator",
)
# Label spellings staff type that are not the official ตัวชี้วัดย่อย (the memo's ตัวที่วัดย่อย):
# read as sub-indicator labels, and named by validation so staff can correct them.
UNOFFICIAL_SUB_LABELS = ("ตัวที่วัดย่อย", "ตัววัดย่อย", "ตัวชี้วัดที่ย่อย")
OFFICIAL_SUB_LABEL = "ตัวชี้วัดย่อย"
_MAIN_LABELS = ("ตัวชี้วัดที่", "ตัวชี้วัด", "ตัวบ่งชี้ที่", "ตัวบ่งชี้", "indicator", "ind.")
_LABELS = "|".join(re.escape(x) for x in sorted(_SUB_LABELS + _MAIN_LABELS, key=len, reverse=True))
_SUB_ONLY = "|".join(re.escape(x) for x in sorted(_SUB_LABELS, key=len, reverse=True))
_CODE = r"(?P<num>\d{1,2})(?:\.(?P<sub>\d{1,2}))?(?![\d])"
_LEAD_RE = re.compile(rf"^[(\[]?\s*(?P<label>(?:{_LABELS}))?\s*(?:{_CODE})?[\s.):\-–—]*", re.I)
_SUB_MARK_RE = re.compile(
    rf"(?P<label>{_SUB_ONLY})\s*(?:(?P<n1>\d{{1,2}})\.(?P<s1>\d{{1,2}})(?!\d))?"
    rf"|(?:{_LABELS})\s*(?P<n2>\d{{1,2}})\.(?P<s2>\d{{1,2}})(?!\d)"
    rf"|(?:(?<=\s)|^)(?P<n3>\d{{1,2}})\.(?P<s3>\d{{1,2}})(?=\s|$)",
    re.I,
)
_INSTRUMENT_TAG = re.compile(r"\(?\s*(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])\s*\)?")
_PUNCT = re.compile(r"[\s.,:;()\[\]\"'“”‘’/\\\-–—_]+")


def _key(text: str) -> str:
    return _PUNCT.sub("", clean_text(text)).casefold()


@dataclass
class _NameHit:
    kind: str  # "exact" | "variant" | "prefix" | "fuzzy"
    target: object  # Indicator or SubIndicator
    rest: str = ""  # text after a prefix match


Candidate = Tuple[object, str, bool]  # (target, key, official?)
Candidates = Tuple[Candidate, ...]


@lru_cache(maxsize=16)
def _candidates_ind(framework: Framework) -> Candidates:
    """Every name of every indicator, folded (computed once per framework)."""
    out: List[Candidate] = []
    for ind in framework.indicators:
        out += [(ind, _key(ind.name_th), True), (ind, _key(ind.name_en), True)]
        out += [(ind, _key(a), True) for a in ind.accepted]
        out += [(ind, _key(v), False) for v in ind.variants]
    return tuple(out)


def _candidates_sub(subs: Iterable[SubIndicator]) -> Candidates:
    return _sub_candidates(tuple(subs))


@lru_cache(maxsize=256)
def _sub_candidates(subs: Tuple[SubIndicator, ...]) -> Candidates:
    out: List[Candidate] = []
    for sub in subs:
        out += [(sub, _key(sub.name_th), True), (sub, _key(sub.name_en), True)]
        out += [(sub, _key(a), True) for a in sub.accepted]
        out += [(sub, _key(v), False) for v in sub.variants]
    return tuple(out)


def _rest_after(text: str, key_len: int) -> str:
    """The part of ``text`` after its first ``key_len`` key characters."""
    seen = 0
    for i, ch in enumerate(text):
        if seen >= key_len:
            return text[i:]
        seen += len(_key(ch))
    return ""


def _match_name(text: str, candidates: Candidates) -> Optional[_NameHit]:
    key = _key(text)
    if not key:
        return None
    aspect = re.sub(r"^\s*ด้าน\s*", "", text)  # 'ด้านการเปิดเผยข้อมูล': "the aspect of …"
    if aspect != text and _key(aspect):
        hit = _match_name(aspect, candidates)
        if hit is not None:
            return hit
    for target, cand, official in candidates:
        if cand and key == cand:
            return _NameHit("exact" if official else "variant", target)
    prefixes = [
        (len(c), t, o) for t, c, o in candidates if len(c) >= _MIN_PREFIX and key.startswith(c)
    ]
    if prefixes:
        length, target, official = max(prefixes, key=lambda p: p[0])
        rest = _rest_after(text, length).strip(" .,:;-–—")
        return _NameHit("prefix" if official else "variant", target, rest)
    if len(key) < 3:
        return None
    import difflib  # only names that match nothing exactly get here

    scored = sorted(
        ((difflib.SequenceMatcher(None, key, c).ratio(), id(t), t) for t, c, _ in candidates if c),
        key=lambda s: s[0], reverse=True,
    )
    if not scored or scored[0][0] < FUZZY_THRESHOLD:
        return None
    best = scored[0]
    rivals = [s for s in scored[1:] if s[2] is not best[2]]
    if rivals and best[0] - rivals[0][0] < FUZZY_MARGIN:
        return None
    return _NameHit("fuzzy", best[2])


@dataclass
class _Parsed:
    label: bool
    number: Optional[int]
    sub: Optional[str]
    name: str
    sub_name: Optional[str]


def _parse(text: str) -> _Parsed:
    s = re.sub(r"\s+", " ", to_arabic_digits(clean_text(text)))
    s = _INSTRUMENT_TAG.sub(" ", s).strip()
    lead = _LEAD_RE.match(s)
    label = bool(lead and lead.group("label"))
    number = int(lead.group("num")) if lead and lead.group("num") else None
    sub = f"{number}.{int(lead.group('sub'))}" if lead and lead.group("sub") else None
    rest = s[lead.end():] if lead and (label or number is not None) else s
    mark = _SUB_MARK_RE.search(rest)
    sub_name: Optional[str] = None
    if mark:
        n = mark.group("n1") or mark.group("n2") or mark.group("n3")
        if n is not None:
            s_ = mark.group("s1") or mark.group("s2") or mark.group("s3")
            sub = f"{int(n)}.{int(s_)}"
        sub_name = rest[mark.end():].strip(" .):-–—")
        rest = rest[:mark.start()]
    return _Parsed(label, number, sub, rest.strip(" .):-–—"), sub_name)


def _sub_of(framework: Framework, code: str) -> Tuple[Optional[Indicator], Optional[SubIndicator]]:
    parent = framework.indicator(int(code.split(".")[0]))
    if parent is None:
        return None, None
    return parent, next((s for s in parent.subs if s.code == code), None)


def _all_subs(framework: Framework) -> List[SubIndicator]:
    return [s for ind in framework.indicators for s in ind.subs]


def _read_names(p: _Parsed, framework: Framework) -> Tuple[Any, Any, Any, Any]:
    """Match the written names: (indicator-name text, its hit, sub-name text, its hit)."""
    ind_text, ind_hit, sub_text, sub_hit = None, None, None, None
    if p.name and p.sub and p.sub_name is None:
        # '9.3 การบริหารเงินงบประมาณ': a name after a sub code names the sub first
        parent, _ = _sub_of(framework, p.sub)
        sub_hit = _match_name(p.name, _candidates_sub(parent.subs if parent else ()))
        if sub_hit is None:
            ind_hit = _match_name(p.name, _candidates_ind(framework))
        ind_text, sub_text = (p.name, None) if ind_hit else (None, p.name)
    elif p.name:
        ind_text, ind_hit = p.name, _match_name(p.name, _candidates_ind(framework))
        if ind_hit is None and p.sub is None and p.sub_name is None:
            sub_hit = _match_name(p.name, _candidates_sub(_all_subs(framework)))
            if sub_hit is not None:
                ind_text, sub_text = None, p.name
    if p.sub_name:
        parent = framework.indicator(int(p.sub.split(".")[0])) if p.sub else None
        if parent is None and p.number is not None:
            parent = framework.indicator(p.number)
        pool = parent.subs if parent else _all_subs(framework)
        sub_text, sub_hit = p.sub_name, _match_name(p.sub_name, _candidates_sub(pool))
    return ind_text, ind_hit, sub_text, sub_hit


def _is_off(hit: Optional[_NameHit], target: object) -> bool:
    # equality, not identity: the cached candidates may hold an equal framework's objects
    return hit is None or hit.target != target or hit.kind in ("variant", "fuzzy")


def resolve_with_info(text: str, framework: Framework) -> Tuple[IndicatorMatch, bool]:
    """The match, and whether the text is only an indicator reference (see is_indicator_reference)."""
    if isinstance(text, str):  # staff repeat the same indicator text on many rows
        return _resolve_cached(text, framework)
    return _resolve(text, framework)


@lru_cache(maxsize=4096)
def _resolve_cached(text: str, framework: Framework) -> Tuple[IndicatorMatch, bool]:
    return _resolve(text, framework)


def _resolve(text: str, framework: Framework) -> Tuple[IndicatorMatch, bool]:
    p = _parse(text)
    ind_text, ind_hit, sub_text, sub_hit = _read_names(p, framework)
    extras = tuple(h.rest for h in (ind_hit, sub_hit) if h is not None and h.rest)

    sub = p.sub or (sub_hit.target.code if sub_hit else None)  # type: ignore[attr-defined]
    sub_parent = int(sub.split(".")[0]) if sub else None
    named = ind_hit.target.number if ind_hit else None  # type: ignore[attr-defined]
    claimed = [n for n in (p.number, sub_parent) if n is not None and framework.indicator(n)]
    number = claimed[0] if claimed else named
    written = [n for n in (p.number, sub_parent, named) if n is not None]
    conflict = number is not None and any(n != number for n in written)

    ind = framework.indicator(number) if number is not None else None
    sub_obj = _sub_of(framework, sub)[1] if sub else None
    exact, suggestion = True, None
    if ind is not None and ind_text and _is_off(ind_hit, ind):
        exact, suggestion = False, ind.name_th
    elif sub_obj is not None and sub_text and _is_off(sub_hit, sub_obj):
        exact, suggestion = False, sub_obj.name_th
    match = IndicatorMatch(
        text="" if text is None else str(text), number=number, sub=sub, exact=exact,
        suggestion=suggestion, sub_known=sub is None or sub_obj is not None,
        number_conflict=conflict, name=p.name or p.sub_name or None, extras=extras,
    )
    return match, _is_reference(p, match, (ind_text, ind_hit), (sub_text, sub_hit))


def _is_reference(p: _Parsed, match: IndicatorMatch, ind: Tuple[Optional[str], Optional[_NameHit]],
                  sub: Tuple[Optional[str], Optional[_NameHit]]) -> bool:
    """See :func:`is_indicator_reference`."""
    if match.number is None:
        return False
    # 'ตัวชี้วัดที่ 9 …' is a strong sign of a group row: allow a name we cannot check
    strong = p.label and (p.number is not None or p.sub is not None)
    unread = [text for text, hit in (ind, sub) if text and hit is None]
    if unread and not (strong and sum(map(len, unread)) <= MAX_UNREAD_NAME):
        return False
    if match.extras and not (strong and sum(map(len, match.extras)) <= MAX_TRAILING):
        return False
    return bool(p.label or p.name or p.sub_name or p.sub is not None)


def resolve_indicator(text: str, framework: Framework) -> IndicatorMatch:
    """Resolve staff text such as 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๙.๓', 'การปรับปรุงระบบการทำงาน'."""
    return resolve_with_info(text, framework)[0]


def is_indicator_reference(text: str, framework: Framework) -> bool:
    """True when ``text`` is only an indicator reference (a group row in the measures sheet).

    It must name an indicator the framework knows, and every name in it must be recognised
    (exactly, as a variant or a near miss) with nothing after it. Text led by a label and a number
    ('ตัวชี้วัดที่ 9 …') is trusted further: an unmatched name of up to ``MAX_UNREAD_NAME``
    characters or a qualifier of up to ``MAX_TRAILING`` after a known name still counts. A bare
    number such as '2' is not enough (it may be list numbering); a label or a sub code ('9.3') is.
    """
    return resolve_with_info(text, framework)[1]
