"""The one message catalogue: every sentence a user sees, in Thai and English.

The entries live in one data module per area beside this file (files, findings_scores,
findings_measures, run, sheets, summary, briefing); this module merges them into ``CATALOGUE``
and is the only way code reads them. Each entry is ``key: (thai, english)``; templates use
``str.format`` fields. Findings use their ``code`` as key for the message and ``<code>.hint``
for what to do about it. Keys are unique across areas (a test checks it).
"""
from __future__ import annotations

from typing import Any, Dict, Tuple

from ita_xl.messages.briefing import BRIEFING
from ita_xl.messages.files import FILES
from ita_xl.messages.findings_levels import FINDINGS_LEVELS
from ita_xl.messages.findings_measures import FINDINGS_MEASURES
from ita_xl.messages.findings_scores import FINDINGS_SCORES
from ita_xl.messages.framework import FRAMEWORK
from ita_xl.messages.report import REPORT
from ita_xl.messages.run import RUN
from ita_xl.messages.safety import SAFETY
from ita_xl.messages.sheets import SHEETS
from ita_xl.messages.summary import SUMMARY
from ita_xl.messages.writeback import WRITEBACK

LANGS = ("th", "en")
Entry = Tuple[str, str]
_AREAS = (FILES, FINDINGS_SCORES, FINDINGS_LEVELS, FINDINGS_MEASURES, RUN, SHEETS, SUMMARY,
          BRIEFING, WRITEBACK, REPORT, SAFETY, FRAMEWORK)
CATALOGUE: Dict[str, Entry] = {
    **FILES, **FINDINGS_SCORES, **FINDINGS_LEVELS, **FINDINGS_MEASURES, **RUN, **SHEETS, **SUMMARY,
    **BRIEFING, **WRITEBACK, **REPORT, **SAFETY, **FRAMEWORK,
}


def text(key: str, lang: str = "th", **params: Any) -> str:
    """The catalogue sentence for ``key`` in ``lang``, filled with ``params``.

    Unknown keys fall back to the key itself so a missing entry is visible, never a crash.
    Missing template fields render as ``{field}`` for the same reason.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    template = entry[1] if lang == "en" else entry[0]
    return template.format_map(_Lenient(params))


def pair(key: str, **params: Any) -> Dict[str, str]:
    """``{"detail": thai, "detail_en": english}`` for errors whose template shows a detail in
    each language (file-corrupt, file-unsafe)."""
    return {"detail": text(key, "th", **params), "detail_en": text(key, "en", **params)}


def has(key: str) -> bool:
    """True when the catalogue knows ``key`` (tests use it to prove every code has a message)."""
    return key in CATALOGUE


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
