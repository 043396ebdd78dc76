"""Plain-text rendering of reports and run results for a terminal, in Thai or English.

Kept apart from cli.py so the same text is available from Python; it builds strings and never
prints. ``safe_streams`` makes printing Thai survive consoles that cannot show it.
"""
from __future__ import annotations

import io
import sys
from typing import List, Optional

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


def safe_streams() -> None:
    """Replace unprintable characters instead of crashing on a console without Thai (cp1252, ascii)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            "ก".encode(stream.encoding or "ascii")
        except (LookupError, UnicodeEncodeError):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="replace")
            elif hasattr(stream, "buffer"):
                setattr(sys, name, io.TextIOWrapper(stream.buffer, encoding=stream.encoding,
                                                    errors="replace", line_buffering=True))
