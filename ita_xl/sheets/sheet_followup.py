"""The follow-up sheet: where each measure stands on the as-of day (done, on track, not started,
not yet due, overdue and by how many days), as the analysis' follow-up says — overdue rows first
marked red, each row linking to the measure's row in the master."""
from __future__ import annotations

from typing import Any, List

from ita_xl import thai_dates
from ita_xl.analysis import Analysis, MeasureView
from ita_xl.measure_status import OVERDUE, MeasureState
from ita_xl.sheets import formats as fm
from ita_xl.sheets.sheet_common import SheetContext, date_text, put

NUMBER, INDICATOR, MEASURE, RESPONSIBLE, PERIOD, END, STATUS, PROGRESS, STATE, DAYS = range(10)
LAST = DAYS
_HEADERS = ("rep-col-no", "rep-col-indicator", "rep-col-measure", "rep-col-responsible",
            "rep-col-period", "rep-col-end", "rep-col-status", "rep-col-progress",
            "rep-col-state", "rep-col-days")
_WIDTHS = (6, 22, 40, 22, 18, 14, 14, 11, 20, 11)


def _indicator(analysis: Analysis, m: MeasureView, lang: str) -> str:
    ind = analysis.indicator(m.indicator)
    return f"{ind.number}. {ind.name(lang)}" if ind is not None else m.indicator_label


def _row(ws: Any, ctx: SheetContext, row: int, analysis: Analysis, item: MeasureState,
         m: MeasureView) -> None:
    s = ctx.styles
    late = item.state == OVERDUE
    text = s.get("error") if late else s.get("wrap")
    sheet = analysis.measures_sheet.replace("'", "''")
    if sheet:
        ws.write_url(row, NUMBER, f"internal:'{sheet}'!{m.cell}", s.get("link"), str(item.number),
                     m.cell)
    else:
        put(ws, row, NUMBER, item.number, s.get("integer"))
    put(ws, row, INDICATOR, _indicator(analysis, m, ctx.lang), s.get("wrap"))
    put(ws, row, MEASURE, m.measure, s.get("wrap"))
    put(ws, row, RESPONSIBLE, "\n".join(m.responsible), s.get("wrap"))
    period = (thai_dates.period_in(m.period, "en") if ctx.lang == "en" and m.period
              else m.period_text)  # English: CE months, as the deck and the documents
    put(ws, row, PERIOD, period, s.get("wrap"))
    put(ws, row, END, date_text(m.period.end, ctx.lang) if m.period else "", s.get("wrap"))
    status = ctx.t(f"rep-status-{m.status_value}") if m.status_value else ""
    put(ws, row, STATUS, status, s.get("wrap"))
    put(ws, row, PROGRESS, m.progress, s.get("integer"))
    put(ws, row, STATE, ctx.t(f"rep-state-{item.state}"), text)
    put(ws, row, DAYS, item.days_overdue if late else None, s.get("error") if late
        else s.get("integer"))


def write_followup(ws: Any, ctx: SheetContext, analysis: Analysis) -> None:
    """Fill ``ws`` with ``analysis.follow_up`` (the caller checks it is there)."""
    follow = analysis.follow_up
    assert follow is not None
    c = follow.counts
    extra = ctx.t("rep-progress-summary-line", date=date_text(follow.as_of, ctx.lang),
                  done=c["done"], on_track=c["on-track"], not_started=c["not-started"],
                  upcoming=c["upcoming"], overdue=c["overdue"])
    top = ctx.title_rows(ws, ctx.t("rep-progress-title") + " — " + analysis.agency, extra)
    for col, key in enumerate(_HEADERS):
        ws.write_string(top, col, ctx.t(key), ctx.styles.get("header"))
    row = top + 1
    items: List[MeasureState] = list(follow.items)
    for item in items:
        _row(ws, ctx, row, analysis, item, analysis.measures[item.number - 1])
        row += 1
    for col, width in enumerate(_WIDTHS):
        ws.set_column(col, col, width)
    ws.at_least(top, fm.SIZE * 2.6)  # two header lines; more where a header needs them
    ws.freeze_panes(top + 1, 0)
    ctx.finish(ws, "followup", landscape=True, note_row=row + 1)
