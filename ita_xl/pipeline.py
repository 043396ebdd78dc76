"""The two jobs a user runs — validate and run — as library functions the CLI calls once.

Data flows one way: read → validate → analyse → write. Each stage gets plain dataclasses from the
one before; nothing here prints (progress goes through a callback) and nothing imports Click.
"""
from __future__ import annotations

import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from ita_xl.errors import ExitCode
from ita_xl.journal import Journal
from ita_xl.messages import text

if TYPE_CHECKING:  # only for annotations: importing these pulls in the framework and validation
    from ita_xl.framework.model import Framework
    from ita_xl.master.model import Master
    from ita_xl.validate.findings import Report

Progress = Callable[..., None]
OUTPUT_DIR = "ita-xl-output"
_UNSAFE_FILENAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _quiet(key: str, **params: Any) -> None:
    """Default progress callback: say nothing."""


@dataclass
class Validation:
    """What ``validate_workbook`` found: the master as read, its frameworks and the report."""

    master: Master
    frameworks: Dict[int, Framework]
    report: Report

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if self.report.has_errors else ExitCode.OK

    def to_dict(self, lang: str = "th") -> Dict[str, Any]:
        return self.report.to_dict(lang)


@dataclass
class RunOptions:
    """Everything ``run`` can be asked to do beyond the defaults."""

    out: Optional[Path] = None  # default: <master folder>/ita-xl-output
    lang: str = "th"
    allow_errors: bool = False
    template: Optional[Path] = None
    thai_digits: bool = False
    pdf: bool = False
    include_findings: bool = False  # the deck gets a slide of open findings (the summary always has them)
    keep_backups: int = 10
    framework_dirs: Iterable[Path] = ()
    as_of: Optional[date] = None  # the follow-up sheet and slide's day (default: today)


@dataclass
class RunResult:
    """What ``run`` wrote and where; ``exit_code`` is 1 when validation found errors."""

    master: Path
    report: Report
    sheets: List[str]
    backup: Optional[Path]
    outputs: List[Path] = field(default_factory=list)
    pdfs: List[Path] = field(default_factory=list)
    draft: bool = False
    analysed: bool = False
    notes: List[Tuple[str, Dict[str, Any]]] = field(default_factory=list)  # (catalogue key, params)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if self.report.has_errors else ExitCode.OK

    def to_dict(self, lang: str = "th") -> Dict[str, Any]:
        data = self.report.to_dict(lang)
        data.update({
            "master": str(self.master),
            "sheets": list(self.sheets),
            "backup": str(self.backup) if self.backup else None,
            "outputs": [str(p) for p in self.outputs],
            "pdfs": [str(p) for p in self.pdfs],
            "draft": self.draft,
            "analysed": self.analysed,
            "notes": [text(key, lang, **params) for key, params in self.notes],
        })
        return data


def _years_of(master: Master) -> List[int]:
    years = {c.year for c in master.scores.years}
    fy = master.agency.fiscal_year
    if fy is not None and isinstance(fy.value, int):
        years.add(fy.value)
    if master.results is not None:
        years.update(r.year.value for r in master.results.rows if isinstance(r.year.value, int))
    return sorted(years)


def validate_workbook(path: Path, framework_dirs: Iterable[Path] = ()) -> Validation:
    """Read the master at ``path`` and validate it; raises ItaXlError for an unusable file."""
    from ita_xl.framework import load_frameworks
    from ita_xl.master.reader import read_master
    from ita_xl.validate import validate

    master = read_master(Path(path))
    frameworks = load_frameworks(_years_of(master), extra_dirs=tuple(framework_dirs))
    report = validate(master, frameworks)
    return Validation(master, frameworks, report)


def output_stem(analysis_year: int, agency: str) -> str:
    """``ITA-2566-<agency>``: safe on Windows, short enough for any folder."""
    name = _UNSAFE_FILENAME.sub(" ", agency).strip().strip(".")
    name = re.sub(r"\s+", "-", name)[:60] or "agency"
    return f"ITA-{analysis_year}-{name}"


def run(path: Path, options: Optional[RunOptions] = None, progress: Progress = _quiet,
        journal: Optional[Journal] = None) -> RunResult:
    """Validate, analyse and write back the master at ``path``; write the outputs to ``--out``.

    Nothing is written when the master is locked or read-only. With validation errors only the
    findings sheet is written (no stale numbers) unless ``allow_errors``, which writes everything
    marked as a draft. ``journal`` (if given) is kept up to date with every file in place, so a
    caller can say what was written when anything stops the run.
    """
    from ita_xl import safewrite

    opts = options or RunOptions()
    journal = journal if journal is not None else Journal()
    master_path = Path(path)
    journal.master = master_path
    safewrite.check_writable(master_path)
    snapshot = safewrite.Snapshot.take(master_path)  # a save by another program is detected
    progress("progress-reading", path=master_path.name)
    checked = validate_workbook(master_path, opts.framework_dirs)
    report = checked.report
    draft = report.has_errors and opts.allow_errors
    analysis = None
    if not report.has_errors or opts.allow_errors:
        analysis = _analyse(checked, draft, opts.as_of or date.today())
    if analysis is None:
        return _write(checked, None, None, opts, draft, snapshot, journal, progress)
    _check_template(opts)
    with output_folder(master_path, opts.out) as folder:
        outputs = _prepare_outputs(analysis, folder)
        return _write(checked, analysis, outputs, opts, draft, snapshot, journal, progress)


@contextmanager
def output_folder(master: Path, out: Optional[Path]) -> Iterator[Path]:
    """The output folder (``out``, or ita-xl-output/ beside the master), created if need be —
    and removed again, if this made it and it is still empty, when the job stops (a refusal, an
    error, Ctrl-C) before writing into it."""
    from ita_xl import safewrite
    from ita_xl.errors import OutputNotWritable

    folder = Path(out) if out else master.parent / OUTPUT_DIR
    try:
        made = safewrite.make_folder(folder)
    except OSError as exc:
        raise OutputNotWritable(path=folder) from exc
    try:
        yield folder
    except BaseException:
        safewrite.remove_empty_folders(made)
        raise


def _write(checked: Validation, analysis, outputs: Optional[_Outputs], opts: RunOptions,
           draft: bool, snapshot, journal: Journal, progress: Progress) -> RunResult:
    """The master first (it may still refuse), then the outputs."""
    if outputs is not None:
        journal.planned.extend([outputs.summary, outputs.deck])
    generated = datetime.now()
    spliced = _write_master(checked, analysis, opts, draft, generated, snapshot, journal, progress)
    result = RunResult(journal.master, checked.report, list(spliced.sheets), spliced.backup,
                       draft=draft, analysed=analysis is not None)
    result.notes.extend(("sheets.renamed", {"wanted": wanted, "used": used})
                        for wanted, used in spliced.renamed.items())
    if analysis is None or outputs is None:
        result.notes.append(("run-skipped-outputs", {}))
        return result
    _write_outputs(analysis, outputs, opts, generated, result, progress, journal)
    return result


def _write_master(checked: Validation, analysis, opts: RunOptions, draft: bool, generated: datetime,
                  snapshot, journal: Journal, progress: Progress):
    """Build the computed sheets in a temp folder and splice them into the master in one replace."""
    from ita_xl import safewrite
    from ita_xl.errors import DiskFull
    from ita_xl.writeback import write_back

    master_path = journal.master
    try:
        with safewrite.temp_folder() as tmp:
            computed = _build_sheets(checked, analysis, tmp, opts, draft, generated)
            progress("progress-writing-master", path=master_path.name)
            return write_back(master_path, computed, keep_backups=opts.keep_backups,
                              snapshot=snapshot, journal=journal)
    except OSError as exc:  # the system temp folder filled up while the sheets were built
        if exc.errno in safewrite.DISK_FULL:
            raise DiskFull(path=tempfile.gettempdir()) from exc
        raise


def _analyse(checked: Validation, draft: bool, as_of: Optional[date] = None):
    from ita_xl.analysis import analyse

    fy = checked.master.agency.fiscal_year
    year = fy.value if fy is not None and isinstance(fy.value, int) else None
    if year is None or year not in checked.frameworks:
        return None
    return analyse(checked.master, checked.frameworks, checked.report, draft=draft, as_of=as_of)


def _build_sheets(checked: Validation, analysis, tmp: Path, opts: RunOptions, draft: bool,
                  generated: datetime) -> Path:
    from ita_xl.sheets.computed import build_computed_workbook

    dest = tmp / "computed.xlsx"
    build_computed_workbook(
        analysis, checked.report, dest, lang=opts.lang, include_analysis=analysis is not None,
        draft=draft, generated=generated, master_name=Path(checked.master.path).name)
    return dest


@dataclass
class _Outputs:
    folder: Path
    summary: Path
    deck: Path


def _check_template(opts: RunOptions) -> None:
    """A deck template that cannot be used stops the run before anything is made."""
    if opts.template is not None:
        from ita_xl.briefing import check_template

        check_template(Path(opts.template), opts.lang)


def _prepare_outputs(analysis, folder: Path) -> _Outputs:
    """The outputs' paths, checked before the master is touched: decks or summaries still open
    in PowerPoint or Excel stop the run."""
    from ita_xl import safewrite

    stem = output_stem(analysis.fiscal_year, analysis.agency)
    outputs = _Outputs(folder, folder / f"{stem}-summary.xlsx", folder / f"{stem}-briefing.pptx")
    for path in (outputs.summary, outputs.deck):
        if path.exists():
            safewrite.check_writable(path)
    return outputs


def _write_outputs(analysis, outputs: _Outputs, opts: RunOptions, generated: datetime,
                   result: RunResult, progress: Progress, journal: Journal) -> None:
    from ita_xl.briefing import build_briefing
    from ita_xl.safewrite import atomic_replace  # outputs too are written whole or not at all
    from ita_xl.summary import build_summary

    progress("progress-summary", path=outputs.summary.name)
    atomic_replace(outputs.summary, lambda p: build_summary(
        analysis, p, lang=opts.lang, thai_digits=opts.thai_digits, generated=generated),
        journal=journal)
    progress("progress-briefing", path=outputs.deck.name)
    atomic_replace(outputs.deck, lambda p: build_briefing(
        analysis, p, lang=opts.lang, template=opts.template, thai_digits=opts.thai_digits,
        generated=generated, include_findings=opts.include_findings), journal=journal)
    result.outputs.extend([outputs.summary, outputs.deck])
    if opts.pdf:
        _write_pdfs(result, outputs.folder, progress)
        journal.written.extend(result.pdfs)


def _write_pdfs(result: RunResult, out: Path, progress: Progress) -> None:
    from ita_xl.errors import ItaXlError
    from ita_xl.pdf import convert_to_pdf, office_available

    if not office_available():
        result.notes.append(("pdf-no-office", {}))
        return
    progress("progress-pdf")
    try:
        result.pdfs.extend(convert_to_pdf(result.outputs, out))
    except ItaXlError as exc:
        result.notes.append((exc.key, dict(exc.params)))

