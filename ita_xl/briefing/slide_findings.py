"""Findings still open in the master (errors and warnings): an appendix, only on request.

They are about the workbook, not the agency's results; they always go to the summary workbook
and the findings sheet, and into the head's deck only with ``include_findings``.
"""
from __future__ import annotations

from typing import List

from pptx.enum.text import PP_ALIGN

from ita_xl.briefing.context import Deck, Page
from ita_xl.briefing.paged import table_slides
from ita_xl.briefing.tables import Column, TableSpec


def build(deck: Deck) -> List[Page]:
    a, f, pal = deck.analysis, deck.fmt, deck.style.palette
    findings = list(a.open_findings) if deck.include_findings else []
    if not findings:
        return []
    spec = TableSpec([
        Column(deck.t("col-severity"), 1.3, PP_ALIGN.CENTER, True),
        Column(deck.t("col-location"), 2.2),
        Column(deck.t("col-finding"), 6.5),
    ])
    rows = [[deck.t("severity-" + x.severity), x.location or "-", _message(deck, x)]
            for x in findings]
    colours = [pal.red if x.severity == "error" else pal.ink for x in findings]
    errors = sum(1 for x in findings if x.severity == "error")
    caption = deck.t("findings-caption", count=f.int(len(findings)), errors=f.int(errors),
                     warnings=f.int(len(findings) - errors))

    def notes(number: int, pages: int, first: int, last: int) -> List[str]:
        out = [caption] if number == 1 else []
        out += [deck.t("notes-finding", location=row[1], message=row[2])
                for row in rows[first:last]]
        return out

    return table_slides(deck, "findings", deck.t("findings-title"), spec, rows, notes, caption,
                        colours)


def _message(deck: Deck, finding) -> str:
    text = finding.message(deck.fmt.lang)
    hint = finding.hint(deck.fmt.lang)
    return f"{text} — {hint}" if hint else text
