"""Every finding code the checks can emit has Thai and English messages and hints, and a test."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ita_xl import messages
from ita_xl.validate import all_codes

CODES = sorted(all_codes())
THAI = re.compile(r"[\u0E00-\u0E7F]")
FIELD = re.compile(r"\{([a-z_]+)\}")
HERE = Path(__file__).parent


def test_codes_are_registered_slugs():
    assert len(CODES) >= 50
    for code in CODES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", code), code


@pytest.mark.parametrize("code", CODES)
def test_code_has_thai_and_english_message_and_hint(code):
    for key in (code, code + ".hint"):
        assert messages.has(key), key
        th, en = messages.CATALOGUE[key]
        assert THAI.search(th), (key, "Thai text expected")
        assert en.strip() and en != th, key
        assert messages.text(key, "th") != messages.text(key, "en")
        # English may name Thai terms, but its sentence is English
        assert re.search(r"[A-Za-z]{3,}", FIELD.sub("", en)), key


@pytest.mark.parametrize("code", CODES)
def test_message_fields_are_shared_or_language_specific(code):
    """A field in one language's template is in the other's too, unless it is an ``_en`` twin."""
    th, en = messages.CATALOGUE[code]
    th_fields, en_fields = set(FIELD.findall(th)), set(FIELD.findall(en))
    for name in en_fields - th_fields:
        assert name.endswith("_en") and name[:-3] in th_fields, (code, name)


def test_every_code_is_exercised_by_a_workbook_test():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("test_validate_*.py")
                        if p.name != Path(__file__).name)
    untested = [code for code in CODES if f'"{code}"' not in sources]
    assert untested == []


def test_catalogue_keys_are_unique_across_areas():
    from ita_xl.messages import _AREAS, CATALOGUE

    assert sum(len(area) for area in _AREAS) == len(CATALOGUE)
    for key, (th, en) in CATALOGUE.items():
        assert th.strip() and en.strip(), key
