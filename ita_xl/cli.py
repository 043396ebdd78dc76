"""The ``ita-xl`` command line: parse options, call one library function, map errors to exits.

Heavy libraries (openpyxl, XlsxWriter, python-pptx) are imported inside the commands so that
``ita-xl --help`` stays instant.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable, List, Tuple

import click

from ita_xl import __version__
from ita_xl.errors import ExitCode, ItaXlError
from ita_xl.messages import text

LANG = click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True,
                    help="Language of messages and outputs (th = Thai, en = English).")
FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                      show_default=True, help="text for people, json for programs.")
MASTER = click.argument("master", type=click.Path(path_type=Path))


def _guarded(func: Callable[..., int]) -> Callable[..., None]:
    """The one place where library exceptions become a message and an exit code.

    A command that takes ``journal`` gets a :class:`Journal` the library keeps up to date, so a
    run stopped by an error, Ctrl-C or a stop signal says exactly what was and was not written.
    """
    import inspect

    wants_journal = "journal" in inspect.signature(func).parameters

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        from ita_xl import interrupts
        from ita_xl.journal import Journal

        lang = kwargs.get("lang", "th")
        journal = Journal() if wants_journal else None  # None: no claim about what was written
        try:
            interrupts.install_if_wanted()  # inside: a stop while installing is reported too
            if wants_journal:
                kwargs["journal"] = journal
            code = func(*args, **kwargs)
            interrupts.hold()  # done and reported: a late Ctrl-C changes nothing any more
        except BaseException as exc:  # never a traceback for users; details for the report
            if isinstance(exc, (SystemExit, click.exceptions.Exit, click.ClickException)):
                raise
            interrupts.hold()  # a second Ctrl-C must not cut the report short
            from ita_xl.safewrite import remove_leftovers

            remove_leftovers()  # temp files a stop caught mid-cleanup
            lines, code = _stopped(exc, journal, lang)
            for line in lines:
                _echo_safely(line, err=True)
        sys.exit(int(code))

    return wrapper


def _stopped(exc: BaseException, journal: Any, lang: str) -> Tuple[List[str], int]:
    """The sentences and exit status for a command that ``exc`` stopped (with what was and was not
    written when the command keeps a journal)."""
    from ita_xl.errors import DiskFull
    from ita_xl.safewrite import DISK_FULL

    if isinstance(exc, OSError) and exc.errno in DISK_FULL:
        exc = DiskFull(path=exc.filename or "-")
    state = journal.lines(lang) if journal is not None else []
    if isinstance(exc, ItaXlError):
        # A refusal is one sentence; after a write (or a write cut short by a full disk) the
        # state follows: master replaced or not, its backup, which outputs exist.
        wrote = journal is not None and (journal.master_replaced or bool(journal.written))
        cut_short = isinstance(exc, DiskFull) and journal is not None and journal.master
        return [exc.message(lang)] + (state if wrote or cut_short else []), exc.exit_code
    if _interrupted(exc):
        return [text("interrupted", lang)] + state, 130
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return [text("internal-error", lang, detail=detail)] + state, ExitCode.INTERNAL


def _interrupted(exc: BaseException) -> bool:
    """A stop signal, also when Python wrapped it: a Ctrl-C while a class is being created (an
    import still running) surfaces as RuntimeError("Error calling __set_name__ …") caused by it."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, KeyboardInterrupt):
            return True
        exc, seen = exc.__cause__, seen + 1
    return False


def _echo_safely(line: str, err: bool = False) -> None:
    """Print a last message; a closed or broken stream must not turn it into a traceback."""
    try:
        click.echo(line, err=err)
    except (OSError, ValueError):
        pass


def _json(data: Any) -> str:
    """JSON for stdout: what its code page lacks as \\u escapes (the same data, still readable)."""
    from ita_xl.console import json_text

    return json_text(data, getattr(sys.stdout, "encoding", None))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", "-V", prog_name="ita-xl")
def cli() -> None:
    """ita-xl: validate and analyse an agency's ITA master workbook, write the computed sheets
    back into it, and build the briefing deck and summary workbook.

    \b
    Examples:
      ita-xl validate workbooks/example-master.xlsx
      ita-xl run workbooks/example-master.xlsx --out briefing/
    """


@cli.command()
@MASTER
@LANG
@FORMAT
@_guarded
def validate(master: Path, lang: str, fmt: str, journal: Any) -> int:
    """Check every score, result and measure of MASTER; each finding names its sheet and cell.

    Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be used.

    \b
    Example:
      ita-xl validate master.xlsx
      ita-xl validate master.xlsx --lang en --format json
    """
    from ita_xl.console import render_report
    from ita_xl.pipeline import validate_workbook

    checked = validate_workbook(master)
    if fmt == "json":
        click.echo(_json(checked.to_dict(lang)))
    else:
        click.echo(render_report(checked.report, lang, str(master)))
    return checked.exit_code


@cli.command()
@MASTER
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the deck and summary workbook [default: ita-xl-output/ beside MASTER].")
@click.option("--allow-errors", is_flag=True,
              help="Write everything even when validation finds errors, marked as a draft.")
@click.option("--template", type=click.Path(path_type=Path), default=None,
              help="The agency's own .pptx template for the briefing deck.")
@click.option("--thai-digits", is_flag=True, help="Print numbers in Thai digits (๐๑๒…) in the deck.")
@click.option("--pdf", is_flag=True, help="Also write PDFs of the deck and summary (needs LibreOffice).")
@click.option("--include-findings", is_flag=True,
              help="Add the open validation findings to the deck (they are always in the summary "
                   "workbook and the findings sheet).")
@LANG
@FORMAT
@_guarded
def run(master: Path, out: Path, allow_errors: bool, template: Path, thai_digits: bool, pdf: bool,
        include_findings: bool, lang: str, fmt: str, journal: Any) -> int:
    """Validate MASTER, write the comparison, gap and findings sheets back into it (keeping a
    backup and everything staff put there), and build the briefing deck and summary workbook.

    With validation errors only the findings sheet is written and the exit status is 1, unless
    --allow-errors. Close MASTER in Excel first.

    \b
    Example:
      ita-xl run master.xlsx
      ita-xl run master.xlsx --out briefing/ --pdf --thai-digits
    """
    from ita_xl.console import render_run
    from ita_xl.pipeline import RunOptions, run as run_master

    options = RunOptions(out=out, lang=lang, allow_errors=allow_errors, template=template,
                         thai_digits=thai_digits, pdf=pdf, include_findings=include_findings)

    def progress(key: str, **params: Any) -> None:
        click.echo(text(key, lang, **params), err=True)

    result = run_master(master, options, progress=progress, journal=journal)
    if fmt == "json":
        click.echo(_json(result.to_dict(lang)))
    else:
        click.echo(render_run(result, lang))
    return result.exit_code


OUT = click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
                   help="Output folder [default: ita-xl-output/ beside MASTER, as run].")
ARABIC = click.option("--arabic-digits", is_flag=True,
                      help="Print numbers with Arabic digits (official documents use Thai digits).")
DOCX_TEMPLATE = click.option("--template", type=click.Path(path_type=Path), default=None,
                             help="The agency's letterhead .docx (its styles and header are used).")
ALLOW = click.option("--allow-errors", is_flag=True,
                     help="Write the document despite validation errors, marked ฉบับร่าง (draft).")


def _echo_progress(lang: str) -> Callable[..., None]:
    return lambda key, **params: click.echo(text(key, lang, **params), err=True)


@cli.command()
@MASTER
@OUT
@ARABIC
@ALLOW
@DOCX_TEMPLATE
@LANG
@_guarded
def report(master: Path, out: Path, arabic_digits: bool, allow_errors: bool, template: Path,
           lang: str, journal: Any) -> int:
    """Write the published analysis of MASTER as a Word document: the บันทึกข้อความ cover memo,
    result and level, indicator tables of both years and their comparison, strongest and
    weakest indicators, recommendations and the measures table.

    With validation errors nothing is written (exit status 1) unless --allow-errors.

    \b
    Example:
      ita-xl report master.xlsx
      ita-xl report master.xlsx --template letterhead.docx --out reports/
    """
    from ita_xl.report.jobs import DocJobOptions, describe, write_report

    result = write_report(master, DocJobOptions(out=out, lang=lang, arabic_digits=arabic_digits,
                                                allow_errors=allow_errors, template=template),
                          progress=_echo_progress(lang), journal=journal)
    click.echo(describe(result, lang))
    return result.exit_code


@cli.command()
@MASTER
@click.option("--as-of", "as_of", required=True, metavar="DATE",
              help="The day to report on: 2027-04-01 or ๑ เม.ย. ๒๕๗๐.")
@OUT
@ARABIC
@ALLOW
@DOCX_TEMPLATE
@LANG
@_guarded
def progress(master: Path, as_of: str, out: Path, arabic_digits: bool, allow_errors: bool,
             template: Path, lang: str, journal: Any) -> int:
    """Where each measure of MASTER stands on DATE (done, on track, not started, overdue and by
    how many days): the six-month progress report (.docx) and a follow-up sheet written back
    into MASTER. Close MASTER in Excel first.

    \b
    Example:
      ita-xl progress master.xlsx --as-of 2027-04-01
      ita-xl progress master.xlsx --as-of "๑ เม.ย. ๒๕๗๐"
    """
    from ita_xl.report.jobs import DocJobOptions, describe, parse_as_of, write_progress

    day = parse_as_of(as_of)
    result = write_progress(master, day, DocJobOptions(
        out=out, lang=lang, arabic_digits=arabic_digits, allow_errors=allow_errors,
        template=template), progress=_echo_progress(lang), journal=journal)
    click.echo(describe(result, lang))
    return result.exit_code


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@LANG
@_guarded
def new(path: Path, force: bool, lang: str, journal: Any) -> int:
    """Create an empty master workbook at PATH with every sheet and header ita-xl reads.

    \b
    Example:
      ita-xl new master.xlsx
    """
    from ita_xl.starter import new_master, starting_years

    journal.planned.append(path)
    written = new_master(path, overwrite=force)
    journal.planned[-1:] = [written]
    journal.wrote(written)
    years = starting_years()
    click.echo(text("new-wrote", lang, path=str(written)))
    click.echo(text("new-years", lang, years=", ".join(map(str, years)), year=years[-1]))
    return ExitCode.OK


class _YearOrCommand(click.Group):
    """``ita-xl framework 2569`` shows one year; ``ita-xl framework new 2570`` runs ``new``."""

    def resolve_command(self, ctx: click.Context, args: List[str]) -> Any:
        if args and args[0] not in self.commands and args[0].strip().isdigit():
            return "year", self.commands["year"], args
        return super().resolve_command(ctx, args)


@cli.group(cls=_YearOrCommand, invoke_without_command=True)
@LANG
@click.pass_context
def framework(ctx: click.Context, lang: str) -> None:
    """List the ITA framework years on file, where each comes from and which facts are
    assumed, unverified or only from secondary sources; with a YEAR, each fact of that year
    with how sure it is and its source.

    \b
    Examples:
      ita-xl framework
      ita-xl framework 2569
      ita-xl framework new 2570 --dir my-frameworks
    """
    if ctx.invoked_subcommand is None:
        _list_frameworks(lang=lang)


@framework.command("year", hidden=True)
@click.argument("year", type=int)
@click.option("--lang", type=click.Choice(["th", "en"]), default=None,
              help="Language of messages (th = Thai, en = English).")
@click.pass_context
def framework_year(ctx: click.Context, year: int, lang: str) -> None:
    """Each fact of YEAR's framework, how sure it is and its source."""
    _show_framework(year=year, lang=lang or ctx.parent.params.get("lang") or "th")


@_guarded
def _show_framework(year: int, lang: str) -> int:
    from ita_xl.framework.catalogue import describe_year

    click.echo(describe_year(year, lang))
    return ExitCode.OK


@_guarded
def _list_frameworks(lang: str) -> int:
    from ita_xl.framework.catalogue import describe_years

    click.echo(describe_years(lang))
    return ExitCode.OK


@framework.command("new")
@click.argument("year", type=int)
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write YEAR.json into "
                   "[default: the first ITA_XL_FRAMEWORK_DIR folder].")
@click.option("--force", is_flag=True, help="Overwrite YEAR.json if it exists.")
@LANG
@_guarded
def framework_new(year: int, folder: Path, force: bool, lang: str) -> int:
    """Start YEAR.json as a copy of the latest year before it, every fact marked unverified,
    for you to correct from the NACC's manual.

    \b
    Example:
      ita-xl framework new 2570 --dir my-frameworks
    """
    from ita_xl.framework.catalogue import new_year_file
    from ita_xl.framework.loader import ENV_DIR

    path, source, found = new_year_file(year, folder, overwrite=force)
    click.echo(text("framework.new.wrote", lang, path=str(path), source=source, year=year))
    if not found:
        click.echo(text("framework.new.not-read", lang, variable=ENV_DIR, folder=str(path.parent)))
    return ExitCode.OK


def main() -> None:
    """Console entry point (``ita-xl`` and ``python -m ita_xl``).

    Stop signals become an orderly stop first (see interrupts.py), and stdout/stderr degrade
    characters their code page lacks instead of crashing (console.safe_streams).

    The cyclic garbage collector is switched off for this short-lived process: importing
    openpyxl, XlsxWriter and python-pptx creates so many objects that its repeated passes cost
    ~40 ms of a 0.3 s run, while what it could free is ~1 MiB (measured on a 600-measure master;
    reference counting still frees everything else). Library callers keep their own settings.
    """
    import gc

    from ita_xl import interrupts
    from ita_xl.console import safe_streams

    interrupts.want()  # installed when the command starts: before, nothing is written
    gc.disable()
    safe_streams()
    try:
        cli(prog_name="ita-xl")
    except KeyboardInterrupt:  # outside any command (while Click parses): nothing was written
        _echo_safely(text("interrupted-early", "th"), err=True)
        sys.exit(130)
