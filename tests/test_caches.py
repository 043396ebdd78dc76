"""The speed-ups keep results: cached lookups and fast paths answer as the plain definitions do."""
from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ita_xl.framework import framework_from_dict, resolve_indicator
from ita_xl.framework.loader import PACKAGED_DIR
from ita_xl.master.layout import MEASURES, SCORES, match_name
from ita_xl.thai import clean_text, header_key

NO_DB = settings(database=None, max_examples=400)  # never write .hypothesis/ into the repo
# Characters clean_text folds, plus the ones it must leave alone.
ALPHABET = ("ab AB\n\r\t\u00a0\u200b\u200c\u202f\u3000\x0b\x0c\u00ad\ufeff"
            "\u0e4d\u0e32\u0e33กข1.:\u2028")


def plain_clean_text(value) -> str:
    """clean_text as its docstring defines it, without the fast path."""
    if value is None:
        return ""
    text = str(value)
    text = "".join(" " if ch in "\u00a0\u202f\u2007\u3000\t\x0b\x0c" else ch for ch in text
                   if ch not in "\u200b\u200c\u200d\ufeff\u2060\u00ad")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u0e4d\u0e32", "\u0e33")
    return "\n".join(re.sub(" {2,}", " ", line).strip() for line in text.split("\n")).strip()


@NO_DB
@given(st.text(alphabet=ALPHABET, max_size=14))
def test_clean_text_and_header_key_match_their_definitions(text):
    assert clean_text(text) == plain_clean_text(text)
    expected_key = re.sub(r"\s+", "", plain_clean_text(text)).casefold()
    assert header_key(text) == expected_key
    assert header_key(text) == expected_key  # the cached answer is the same


def test_header_key_of_non_text_cells():
    assert header_key(None) == ""
    assert header_key(2565) == "2565"
    assert header_key(2565.5) == "2565.5"


def test_match_name_first_listed_field_wins():
    # "ตัวชี้วัด" names the indicator column; "Name" is an alias of indicator only in SCORES
    assert match_name(" ตัวชี้วัด ", MEASURES) == "indicator"
    assert match_name("NAME", SCORES) == "indicator"
    assert match_name("ระยะเวลา:", MEASURES) == "period"
    assert match_name("", MEASURES) is None
    assert match_name("ไม่มีชื่อนี้", MEASURES) is None


def _framework(year: int):
    data = json.loads((PACKAGED_DIR / f"{year}.json").read_text(encoding="utf-8"))
    return framework_from_dict(data)


def test_resolving_against_equal_frameworks_loaded_twice():
    """Cached candidates of one framework object must not make another's names look unofficial."""
    first, second = _framework(2566), _framework(2566)
    assert first == second and first is not second
    sub = first.indicator(9).subs[3]
    texts = [f"ตัวชี้วัดย่อยที่ {sub.code} {sub.name_th}", f"{sub.code} {sub.name_th}",
             f"ตัวชี้วัดที่ 9 ตัวชี้วัดย่อย {sub.code} {sub.name_th}"]
    for fw, text in zip((first, second, first), texts):  # a new text each time: no cached answer
        match = resolve_indicator(text, fw)
        assert (match.number, match.sub, match.exact, match.suggestion) == (9, sub.code, True, None)


def test_cached_resolution_depends_on_the_text_type():
    fw = _framework(2566)
    assert resolve_indicator("9", fw).text == "9"
    assert resolve_indicator(9.0, fw).text == "9.0"  # not the cached answer for "9"
