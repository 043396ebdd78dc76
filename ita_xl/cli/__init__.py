"""The ``ita-xl`` command line: parse options, call one library function, map errors to exits
(guard.py); shared options in options.py, the ``framework`` commands in framework.py.

Heavy libraries (openpyxl, XlsxWriter, python-pptx) are imported inside the commands so that
``ita-xl --help`` stays instant.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

import click

from ita_xl import __version__
from ita_xl.cli.framework import framework
from ita_xl.cli.guard import echo_safely, guarded, stdout_json
from ita_xl.cli.options import ALLOW, ARABIC, DOCX_TEMPLATE, FORMAT, LANG, MASTER, OUT
from ita_xl.errors import ExitCode
from ita_xl.messages import text


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
@guarded
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
        click.echo(stdout_json(checked.to_dict(lang)))
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
@guarded
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
        click.echo(stdout_json(result.to_dict(lang)))
    else:
        click.echo(render_run(result, lang))
    return result.exit_code


def _echo_progress(lang: str) -> Callable[..., None]:
    return lambda key, **params: click.echo(text(key, lang, **params), err=True)


@cli.command()
@MASTER
@OUT
@ARABIC
@ALLOW
@DOCX_TEMPLATE
@LANG
@guarded
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
@guarded
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
@guarded
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


cli.add_command(framework)


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
        echo_safely(text("interrupted-early", "th"), err=True)
        sys.exit(130)
