"""The Word documents: the published analysis (บันทึกข้อความ + report) and the six-month progress
report, both drawn from the same analysis as the deck and the computed sheets."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ita_xl.analysis import Analysis
from ita_xl.report.document import Writer, mark_draft, new_document, page_numbers
from ita_xl.report.memo import MemoHead, write_memo
from ita_xl.report.progress_doc import progress_body, write_progress_sections
from ita_xl.report.sections import write_sections
from ita_xl.report.text import Text, previous_result

__all__ = ["DocOptions", "build_progress_doc", "build_report_doc"]


@dataclass
class DocOptions:
    lang: str = "th"
    thai_digits: bool = True
    template: Optional[Path] = None
    draft: bool = False


def _writer(options: DocOptions) -> Writer:
    return Writer(new_document(options.template), options.thai_digits)


def _finish(w: Writer, tx: Text, options: DocOptions, dest: Path) -> Path:
    if options.template is None:
        page_numbers(w.doc, w.thai_digits)
    if options.draft:
        mark_draft(w.doc, tx.t("rep-draft"))
    w.doc.core_properties.title = ""
    w.doc.save(str(dest))
    return Path(dest)


def _unit(head: MemoHead, a: Analysis, tx: Text) -> str:
    return head.unit or a.agency or tx.t("rep-unit-default")


def build_report_doc(a: Analysis, head: MemoHead, dest: Path, options: DocOptions) -> Path:
    """The บันทึกข้อความ to the head of the agency followed by the analysis report."""
    tx = Text(options.lang)
    w = _writer(options)
    cur, prev = a.current, previous_result(a)
    change = ""
    if cur is not None and prev is not None and cur.change_prev is not None:
        key = "rep-up" if cur.change_prev > 0 else "rep-down" if cur.change_prev < 0 else "rep-same"
        change = tx.t("rep-body-change", direction=tx.t(key), prev=tx.year(prev.year),
                      prev_overall=tx.num(prev.overall), change=tx.num(abs(cur.change_prev)))
    body = [
        tx.t("rep-body-result", year=tx.year(a.fiscal_year), agency=a.agency,
             overall=tx.num(cur.overall if cur else None), level=tx.level(cur, a), change=change),
        tx.t("rep-body-analysis", unit=_unit(head, a, tx), count=len(a.measures),
             plan=tx.year(a.plan_year)),
    ]
    write_memo(w, tx, head, tx.t("rep-subject", agency=a.agency, year=tx.year_both(a.fiscal_year)), body)
    w.page_break()
    write_sections(w, a, tx, _unit(head, a, tx))
    return _finish(w, tx, options, dest)


def build_progress_doc(a: Analysis, head: MemoHead, dest: Path, options: DocOptions) -> Path:
    """The six-month progress report: a memo, then where each measure stands on the as-of day."""
    follow = a.follow_up
    if follow is None:
        raise ValueError("the analysis has no follow-up: analyse(..., as_of=day)")
    tx = Text(options.lang)
    w = _writer(options)
    write_memo(w, tx, head, tx.t("rep-progress-subject", plan=tx.year_both(a.plan_year)),
               [progress_body(a, follow, tx)])
    w.page_break()
    write_progress_sections(w, a, follow, tx)
    return _finish(w, tx, options, dest)
