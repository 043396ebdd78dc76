"""The findings sheet: a row per validation finding, its location a link to the master's cell."""
from __future__ import annotations

from typing import Any, Optional

from ita_xl.sheets import formats as fm
from ita_xl.sheets.sheet_common import SheetContext, put
from ita_xl.validate.findings import Finding, Report

SEQ, SEVERITY, LOCATION, MESSAGE, HINT, CODE = range(6)


def internal_link(finding: Finding) -> Optional[str]:
    """``internal:'sheet'!cell`` for the finding's place (A1 for a whole-sheet finding)."""
    if not finding.sheet:
        return None
    sheet = finding.sheet.replace("'", "''")
    return f"internal:'{sheet}'!{finding.cell or 'A1'}"


def _title(ctx: SheetContext) -> str:
    name = ctx.agency or ctx.master_name
    title = ctx.t("sheets.findings.title", agency=name)
    return title if name else title.rstrip(" —-")


def _row(ws: Any, ctx: SheetContext, row: int, seq: int, finding: Finding) -> None:
    s = ctx.styles
    put(ws, row, SEQ, seq, s.get("integer"))
    severity = finding.severity if finding.severity in ("error", "warning", "info") else "info"
    put(ws, row, SEVERITY, ctx.t(f"sheets.severity.{severity}"), s.get(severity))
    link = internal_link(finding)
    if link is None:
        put(ws, row, LOCATION, ctx.t("sheets.findings.workbook"), s.get("text"))
    else:
        ws.write_url(row, LOCATION, link, s.get("link"), finding.location,
                     ctx.t("sheets.findings.link", location=finding.location)[:255])
    put(ws, row, MESSAGE, finding.message(ctx.lang), s.get("wrap"))
    put(ws, row, HINT, finding.hint(ctx.lang), s.get("wrap"))
    put(ws, row, CODE, finding.code, s.get("text"))


def write_findings(ws: Any, ctx: SheetContext, report: Report) -> None:
    """Fill ``ws`` with ``report``'s findings, or one friendly row when there are none."""
    s = ctx.styles
    counts = report.counts()
    header_row = ctx.title_rows(ws, _title(ctx), ctx.t("sheets.findings.counts", **counts))
    for col, key in ((SEQ, "seq"), (SEVERITY, "severity"), (LOCATION, "location"),
                     (MESSAGE, "message"), (HINT, "hint"), (CODE, "code")):
        ws.write_string(header_row, col, ctx.t(f"sheets.col.{key}"), s.get("header"))
    row = header_row + 1
    for seq, finding in enumerate(report.findings, 1):
        _row(ws, ctx, row, seq, finding)
        row += 1
    if not report.findings:
        ws.merge_text(row, SEQ, row, CODE, ctx.t("sheets.findings.none"), s.get("none"))
        row += 1
    locations = [f.location for f in report.findings] + [ctx.t("sheets.col.location")]
    severities = [ctx.t(f"sheets.severity.{k}") for k in ("error", "warning", "info")]
    ws.set_column(SEQ, SEQ, 6)
    ws.set_column(SEVERITY, SEVERITY, fm.fit_width(severities, low=9, high=14))
    ws.set_column(LOCATION, LOCATION, fm.fit_width(locations, low=14, high=30))
    ws.set_column(MESSAGE, MESSAGE, 55)
    ws.set_column(HINT, HINT, 45)
    ws.set_column(CODE, CODE, fm.fit_width([f.code for f in report.findings], low=10, high=26))
    ws.freeze_panes(header_row + 1, 0)
    ctx.finish(ws, "findings", landscape=True, note_row=row + 1)
