"""``report`` and ``progress`` as library functions the CLI calls once each.

Both go through the pipeline's own reading, validation and analysis (no second reader), write
into the same output folder as ``run``, and refuse to present numbers from a master with
validation errors unless asked, in which case every page is marked ฉบับร่าง.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, List, Optional

from ita_xl.errors import ExitCode, FileMissing
from ita_xl.journal import Journal
from ita_xl.measure_status import FollowUp
from ita_xl.pipeline import (Progress, Validation, _quiet, output_folder, output_stem,
                             validate_workbook)
from ita_xl.report.errors import AsOfInvalid, DocxTemplateInvalid, NothingToAnalyse
from ita_xl.validate.findings import Report


@dataclass
class DocJobOptions:
    """Options shared by ``report`` and ``progress``."""

    out: Optional[Path] = None  # default: <master folder>/ita-xl-output, as run
    lang: str = "th"
    arabic_digits: bool = False  # official documents print Thai digits
    allow_errors: bool = False
    template: Optional[Path] = None  # the agency's letterhead .docx
    framework_dirs: Iterable[Path] = ()


@dataclass
class DocJobResult:
    """What was written; ``refused`` when validation errors stopped it (exit status 1)."""

    master: Path
    report: Report
    outputs: List[Path] = field(default_factory=list)
    sheets: List[str] = field(default_factory=list)
    backup: Optional[Path] = None
    draft: bool = False
    refused: bool = False
    follow_up: Optional[FollowUp] = None
    measures: List[Any] = field(default_factory=list)  # analysis.measures (MeasureView)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if self.report.has_errors else ExitCode.OK


def parse_as_of(raw: str) -> date:
    """``2027-04-01`` or a Thai date such as ``๑ เม.ย. ๒๕๗๐``."""
    from ita_xl import thai

    try:
        return thai.parse_thai_date(str(raw).strip())
    except (ValueError, TypeError) as exc:
        raise AsOfInvalid(raw=raw) from exc


def check_docx_template(path: Optional[Path]) -> None:
    if path is None:
        return
    from docx import Document

    if not Path(path).is_file():
        raise FileMissing(path=path)
    try:
        Document(str(path))
    except Exception as exc:  # OSError, BadZipFile, python-docx's PackageNotFoundError, XML errors
        raise DocxTemplateInvalid(path=path, detail=type(exc).__name__) from exc


def _doc_options(opts: DocJobOptions, draft: bool):
    from ita_xl.report import DocOptions

    return DocOptions(lang=opts.lang, thai_digits=not opts.arabic_digits and opts.lang != "en",
                      template=Path(opts.template) if opts.template else None, draft=draft)


def _analysis(checked: Validation, draft: bool, as_of: Optional[date]):
    from ita_xl.analysis import analyse

    fy = checked.master.agency.fiscal_year
    year = fy.value if fy is not None and isinstance(fy.value, int) else None
    if year is None or year not in checked.frameworks:
        raise NothingToAnalyse()
    return analyse(checked.master, checked.frameworks, checked.report, draft=draft, as_of=as_of)


def _head(checked: Validation, analysis):
    from ita_xl.report.memo import memo_head

    return memo_head(checked.master.agency, analysis.agency, date.today())


def _checked(master: Path, opts: DocJobOptions, as_of: Optional[date], progress: Progress):
    """Validate and (unless refused) analyse the master: the start both documents share."""
    progress("progress-reading", path=master.name)
    checked = validate_workbook(master, opts.framework_dirs)
    result = DocJobResult(master, checked.report)
    if checked.report.has_errors and not opts.allow_errors:
        result.refused = True
        return checked, result, None
    result.draft = checked.report.has_errors
    return checked, result, _analysis(checked, result.draft, as_of)


def write_report(path: Path, opts: Optional[DocJobOptions] = None, progress: Progress = _quiet,
                 journal: Optional[Journal] = None) -> DocJobResult:
    """Validate and analyse the master; write ``ITA-<year>-<agency>-report.docx``. ``journal``
    (if given) notes the document once it is in place, so a stop can say what was written."""
    from ita_xl.report import build_report_doc
    from ita_xl.safewrite import atomic_replace, check_writable

    opts = opts or DocJobOptions()
    journal = journal if journal is not None else Journal()
    master = Path(path)
    check_docx_template(opts.template)
    checked, result, analysis = _checked(master, opts, None, progress)
    if analysis is None:
        return result
    with output_folder(master, opts.out) as folder:
        dest = folder / f"{output_stem(analysis.fiscal_year, analysis.agency)}-report.docx"
        if dest.exists():
            check_writable(dest)
        journal.planned.append(dest)
        progress("progress-report", path=dest.name)
        atomic_replace(dest, lambda p: build_report_doc(analysis, _head(checked, analysis), p,
                                                        _doc_options(opts, result.draft)),
                       journal=journal)
    result.outputs.append(dest)
    return result


def write_progress(path: Path, as_of: date, opts: Optional[DocJobOptions] = None,
                   progress: Progress = _quiet, journal: Optional[Journal] = None) -> DocJobResult:
    """Each measure's state on ``as_of``: the follow-up sheet written back into the master and
    ``ITA-<year>-<agency>-progress-<as_of>.docx``. ``journal`` (if given) notes the master's
    backup and replace and the document, so a stop can say what was and was not written."""
    from ita_xl import safewrite
    from ita_xl.pipeline import _build_sheets, RunOptions
    from ita_xl.report import build_progress_doc
    from ita_xl.writeback import write_back

    opts = opts or DocJobOptions()
    journal = journal if journal is not None else Journal()
    master = Path(path)
    journal.master = master
    safewrite.check_writable(master)
    snapshot = safewrite.Snapshot.take(master)  # a save by another program meanwhile is kept
    check_docx_template(opts.template)
    checked, result, analysis = _checked(master, opts, as_of, progress)
    if analysis is None:
        return result
    result.follow_up, result.measures = analysis.follow_up, list(analysis.measures)
    stem = output_stem(analysis.fiscal_year, analysis.agency)
    with output_folder(master, opts.out) as folder:
        dest = folder / f"{stem}-progress-{as_of.isoformat()}.docx"
        if dest.exists():
            safewrite.check_writable(dest)
        journal.planned.append(dest)
        with safewrite.temp_folder() as tmp:
            computed = _build_sheets(checked, analysis, tmp, RunOptions(lang=opts.lang),
                                     result.draft, datetime.now())
            progress("progress-writing-master", path=master.name)
            spliced = write_back(master, computed, snapshot=snapshot, journal=journal)
        result.sheets, result.backup = list(spliced.sheets), spliced.backup
        progress("progress-report", path=dest.name)
        safewrite.atomic_replace(dest, lambda p: build_progress_doc(
            analysis, _head(checked, analysis), p, _doc_options(opts, result.draft)),
            journal=journal)
    result.outputs.append(dest)
    return result


def describe(result: DocJobResult, lang: str = "th") -> str:
    """What ``report``/``progress`` found and wrote, after the validation report (run's style)."""
    from ita_xl.console import render_report
    from ita_xl.messages import text

    lines = [render_report(result.report, lang, str(result.master))]
    if result.refused:
        lines.append(text("rep-refused", lang, count=len(result.report.errors)))
        return "\n".join(lines)
    if result.sheets:
        lines.append(text("run-wrote-sheets", lang, path=result.master.name,
                          sheets=", ".join(result.sheets)))
    if result.backup:
        lines.append(text("run-backup", lang, path=str(result.backup)))
    lines.extend(text("rep-wrote", lang, path=str(out)) for out in result.outputs)
    if result.follow_up is not None:
        lines.extend(_follow_up_lines(result, lang))
    if result.draft:
        lines.append(text("rep-draft-note", lang))
    return "\n".join(lines)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters at a word break (thai_breaks), never inside
    a word, with '…' where it was cut."""
    if len(text) <= limit:
        return text
    from ita_xl.thai_breaks import words

    out = ""
    for word in words(text):
        if len(out) + len(word) > limit:
            break
        out += word
    return (out.rstrip() or text[:limit]) + "…"


def _follow_up_lines(result: DocJobResult, lang: str) -> List[str]:
    from ita_xl import thai_dates
    from ita_xl.messages import text
    from ita_xl.measure_status import DONE, NOT_STARTED, ON_TRACK, OVERDUE, UPCOMING

    follow = result.follow_up
    assert follow is not None
    c = follow.counts
    day = thai_dates.date_in(follow.as_of, lang)
    lines = [text("rep-progress-summary-line", lang, date=day, done=c[DONE],
                  on_track=c[ON_TRACK], not_started=c[NOT_STARTED], upcoming=c[UPCOMING],
                  overdue=c[OVERDUE])]
    for item in follow.overdue:
        m = result.measures[item.number - 1]
        key = "rep-overdue-line-one" if item.days_overdue == 1 else "rep-overdue-line"
        lines.append(text(key, lang, days=item.days_overdue, number=item.number,
                          measure=shorten(" ".join(m.measure.split()), 60),
                          responsible=", ".join(m.responsible) or "-"))
    return lines
