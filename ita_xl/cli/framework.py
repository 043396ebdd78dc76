"""``ita-xl framework``: the framework years on file, one year's facts with their sources, and
``framework new YEAR`` to start a year's data file."""
from __future__ import annotations

from pathlib import Path
from typing import Any, List

import click

from ita_xl.cli.guard import guarded
from ita_xl.cli.options import LANG
from ita_xl.errors import ExitCode
from ita_xl.messages import text


class _YearOrCommand(click.Group):
    """``ita-xl framework 2569`` shows one year; ``ita-xl framework new 2570`` runs ``new``."""

    def resolve_command(self, ctx: click.Context, args: List[str]) -> Any:
        if args and args[0] not in self.commands and args[0].strip().isdigit():
            return "year", self.commands["year"], args
        return super().resolve_command(ctx, args)


@click.group(cls=_YearOrCommand, invoke_without_command=True)
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


@guarded
def _show_framework(year: int, lang: str) -> int:
    from ita_xl.framework.catalogue import describe_year

    click.echo(describe_year(year, lang))
    return ExitCode.OK


@guarded
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
@guarded
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
