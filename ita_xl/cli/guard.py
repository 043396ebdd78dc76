"""Where a command's exceptions become sentences and an exit status (the command line's one guard).

Every command is wrapped by :func:`guarded`: a library error is its one clear sentence, a Ctrl-C
or stop signal exit 130, anything else "internal error" with its detail — each followed, for a
command that writes, by what was and was not written (ita_xl/journal.py). Never a traceback.
"""
from __future__ import annotations

import functools
import sys
from typing import Any, Callable, List, Tuple

import click

from ita_xl.errors import ExitCode, ItaXlError
from ita_xl.messages import text


def guarded(func: Callable[..., int]) -> Callable[..., None]:
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
            lines, code = stopped(exc, journal, lang)
            for line in lines:
                echo_safely(line, err=True)
        sys.exit(int(code))

    return wrapper


def stopped(exc: BaseException, journal: Any, lang: str) -> Tuple[List[str], int]:
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
    if interrupted(exc):
        return [text("interrupted", lang)] + state, 130
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return [text("internal-error", lang, detail=detail)] + state, ExitCode.INTERNAL


def interrupted(exc: BaseException) -> bool:
    """A stop signal, also when Python wrapped it: a Ctrl-C while a class is being created (an
    import still running) surfaces as RuntimeError("Error calling __set_name__ …") caused by it."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, KeyboardInterrupt):
            return True
        exc, seen = exc.__cause__, seen + 1
    return False


def echo_safely(line: str, err: bool = False) -> None:
    """Print a last message; a closed or broken stream must not turn it into a traceback."""
    try:
        click.echo(line, err=err)
    except (OSError, ValueError):
        pass


def stdout_json(data: Any) -> str:
    """JSON for stdout: what its code page lacks as \\u escapes (the same data, still readable)."""
    from ita_xl.console import json_text

    return json_text(data, getattr(sys.stdout, "encoding", None))
