"""Plain-text rendering of reports and run results for a terminal, in Thai or English.

Kept apart from cli.py so the same text is available from Python; it builds strings and never
prints. ``safe_streams`` makes printing Thai survive consoles that cannot show it.
"""
from __future__ import annotations

import codecs
import io
import json
import sys
import unicodedata
from typing import Any, List, Optional, Tuple

from ita_xl.messages import text
from ita_xl.validate.findings import Report


def render_report(report: Report, lang: str = "th", path: Optional[str] = None) -> str:
    """Every finding with its cell, message and hint, then a one-line count summary."""
    lines: List[str] = []
    if path:
        lines.append(text("report-heading", lang, path=path))
    for f in report.findings:
        where = f.location or "-"
        label = text("severity-" + f.severity, lang)
        lines.append(f"[{label}] {where} — {f.message(lang)} ({f.code})")
        hint = f.hint(lang)
        if hint:
            lines.append("    " + text("report-hint", lang, hint=hint))
    lines.append(text("report-summary", lang, **report.counts()))
    lines.append(text("report-has-errors" if report.has_errors else "report-clean", lang))
    return "\n".join(lines)


def render_run(result, lang: str = "th") -> str:
    """What ``run`` wrote where, after the validation report."""
    lines = [render_report(result.report, lang, str(result.master))]
    if result.sheets:
        lines.append(text("run-wrote-sheets", lang, path=result.master.name,
                          sheets=", ".join(result.sheets)))
    if result.backup:
        lines.append(text("run-backup", lang, path=str(result.backup)))
    for out in list(result.outputs) + list(result.pdfs):
        lines.append(text("run-wrote-output", lang, path=str(out)))
    for key, params in result.notes:
        lines.append(text(key, lang, **params))
    if result.draft:
        lines.append(text("run-draft", lang))
    return "\n".join(lines)


# What a character a console cannot show becomes: ASCII only, so it fits every code page.
DEGRADE = {
    "\u00b7": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2022": "*", "\u2026": "...", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u2713": "v", "\u2714": "v", "\u2715": "x", "\u2716": "x", "\u2717": "x", "\u2718": "x",
    "\u2192": "->", "\u2190": "<-", "\u2264": "<=", "\u2265": ">=", "\u2260": "!=",
    "\u00d7": "x", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\u200c": "",
    "\u200d": "", "\ufeff": "", "\u0e3f": "THB ",
}
ERRORS = "ita-xl-degrade"


def _degrade(exc: UnicodeError) -> Tuple[str, int]:
    """Codec error handler: each unencodable character as its ASCII stand-in, else ``?``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    return "".join(DEGRADE.get(ch, _ascii_fallback(ch)) for ch in chunk), exc.end


def _ascii_fallback(ch: str) -> str:
    """An accented Latin letter without its accent (é -> e); anything else ``?``."""
    base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
    return base or "?"


codecs.register_error(ERRORS, _degrade)


def degrade(value: str, encoding: Optional[str]) -> str:
    """``value`` as a stream in ``encoding`` would print it (for callers that build bytes)."""
    try:
        return value.encode(encoding or "ascii", ERRORS).decode(encoding or "ascii")
    except LookupError:
        return value.encode("ascii", ERRORS).decode("ascii")


def json_text(data: Any, encoding: Optional[str]) -> str:
    """``data`` as indented JSON that ``encoding`` can print whole: Thai as it is where the code
    page has it, any other character as a ``\\uXXXX`` escape (JSON syntax itself is ASCII, so
    only string contents are escaped and the data is unchanged)."""
    dumped = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        dumped.encode(encoding or "ascii")
        return dumped
    except LookupError:
        return json.dumps(data, ensure_ascii=True, indent=2)
    except UnicodeEncodeError:
        return "".join(ch if _encodes(ch, encoding) else _escape(ch) for ch in dumped)


def _encodes(ch: str, encoding: Optional[str]) -> bool:
    try:
        ch.encode(encoding or "ascii")
        return True
    except UnicodeEncodeError:
        return False


def _escape(ch: str) -> str:
    return json.dumps(ch)[1:-1] if ord(ch) > 0xFFFF else "\\u%04x" % ord(ch)


def can_encode(value: str, stream: Any) -> bool:
    """True when ``stream`` can print ``value`` as it is (no character degraded)."""
    try:
        value.encode(getattr(stream, "encoding", None) or "ascii")
        return True
    except (LookupError, UnicodeEncodeError):
        return False


def safe_streams() -> None:
    """Make stdout and stderr degrade what their code page lacks instead of crashing.

    A Thai Windows console or a redirected output (cp874) has Thai but not ``·`` or ``−``; an
    ASCII console has neither. Every write then prints a stand-in (``·`` -> ``-``, ``…`` ->
    ``...``, other characters ``?``) and never raises UnicodeEncodeError.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # pythonw: no console at all
            continue
        try:
            codecs.lookup(stream.encoding or "ascii")
        except (AttributeError, LookupError):
            continue
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=ERRORS)
        elif hasattr(stream, "buffer"):
            setattr(sys, name, io.TextIOWrapper(stream.buffer, encoding=stream.encoding,
                                                errors=ERRORS, line_buffering=True))
