"""The six-month progress report (รายงานความก้าวหน้าการดำเนินการตามมาตรการ รอบ ๖ เดือน): where each
measure stands on the as-of day — done, on track, not started, not yet due, overdue and by how
many days — from the analysis' follow-up, never recomputed here."""
from __future__ import annotations

from typing import List

from docx.enum.text import WD_ALIGN_PARAGRAPH

from ita_xl.analysis import Analysis, MeasureView
from ita_xl.measure_status import (
    DONE, NOT_STARTED, ON_TRACK, OVERDUE, STATES, UPCOMING, FollowUp, MeasureState,
)
from ita_xl.report.document import Writer
from ita_xl.report.sections import TABLE_SIZE, _measure_indicator
from ita_xl.report.text import Text

ALL_WIDTHS = (1.5, 3.6, 5.2, 3.6, 3.0, 2.4, 2.4, 3.0)  # landscape: 24.7 cm


def progress_body(a: Analysis, follow: FollowUp, tx: Text) -> str:
    c = follow.counts
    return tx.t("rep-progress-body", agency=a.agency, plan=tx.year(a.plan_year), count=len(follow.items),
                date=tx.date(follow.as_of), done=c[DONE], on_track=c[ON_TRACK],
                not_started=c[NOT_STARTED], upcoming=c[UPCOMING], overdue=c[OVERDUE])


def status_label(m: MeasureView, tx: Text) -> str:
    return tx.t(f"rep-status-{m.status_value}") if m.status_value else tx.t("rep-status-none")


def state_label(item: MeasureState, tx: Text) -> str:
    if item.state == OVERDUE:
        key = "rep-day-overdue" if item.days_overdue == 1 else "rep-days-overdue"
        return tx.t(key, days=item.days_overdue)
    return tx.t(f"rep-state-{item.state}")


def summary_rows(follow: FollowUp, tx: Text) -> List[List[str]]:
    c = follow.counts
    return [[tx.t(f"rep-state-{state}"), str(c[state])] for state in STATES if c[state]]


def overdue_rows(a: Analysis, follow: FollowUp, tx: Text) -> List[List[str]]:
    rows = []
    for item in follow.overdue:
        m = a.measures[item.number - 1]
        rows.append([str(item.number), m.measure, "\n".join(m.responsible) or tx.t("rep-no-value"),
                     tx.date(m.period.end) if m.period else tx.t("rep-no-value"),
                     str(item.days_overdue)])
    return rows


def all_rows(a: Analysis, follow: FollowUp, tx: Text) -> List[List[str]]:
    rows = []
    for item, m in zip(follow.items, a.measures):
        rows.append([str(item.number), _measure_indicator(a, m, tx), m.measure,
                     "\n".join(m.responsible) or tx.t("rep-no-value"),
                     tx.period(m), status_label(m, tx),
                     f"{m.progress:g}" if m.progress is not None else tx.t("rep-no-value"),
                     state_label(item, tx)])
    return rows


def write_progress_sections(w: Writer, a: Analysis, follow: FollowUp, tx: Text) -> None:
    w.heading(tx.t("rep-progress-title"), center=True)
    w.para(tx.t("rep-progress-title-2", agency=a.agency, plan=tx.year(a.plan_year),
                date=tx.date(follow.as_of)), 18, True, WD_ALIGN_PARAGRAPH.CENTER, keep=True,
           space_after=6)
    w.numbered(tx.t("rep-h-progress-summary"))
    w.para(progress_body(a, follow, tx), indent=True, space_after=3, keep=True)
    w.table([tx.t("rep-col-state"), tx.t("rep-col-count")], summary_rows(follow, tx),
            (8.0, 3.0), ("l", "r"))
    w.numbered(tx.t("rep-h-overdue"))
    overdue = overdue_rows(a, follow, tx)
    if not overdue:
        w.para(tx.t("rep-no-overdue"), indent=True)
    else:
        w.table([tx.t("rep-col-no"), tx.t("rep-col-measure"), tx.t("rep-col-responsible"),
                 tx.t("rep-col-end"), tx.t("rep-col-days")], overdue,
                (1.4, 5.4, 3.9, 2.5, 2.8), ("c", "l", "l", "l", "r"))
    w.landscape_section(True)
    w.numbered(tx.t("rep-h-progress-all"))
    w.table([tx.t("rep-col-no"), tx.t("rep-col-indicator"), tx.t("rep-col-measure"),
             tx.t("rep-col-responsible"), tx.t("rep-col-period"), tx.t("rep-col-status"),
             tx.t("rep-col-progress"), tx.t("rep-col-state")], all_rows(a, follow, tx),
            ALL_WIDTHS, ("c", "l", "l", "l", "l", "l", "r", "l"), size=TABLE_SIZE,
            keep_rows=False)
