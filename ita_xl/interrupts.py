"""Ctrl-C and stop signals as an orderly stop: no traceback, no half-done step.

The command line calls :func:`install` first thing. From then on SIGINT (Ctrl-C), SIGTERM (a
stop from the system or a scheduler), SIGHUP (the console closed) and SIGBREAK (Windows
Ctrl-Break) all raise :class:`KeyboardInterrupt` where the program is, so every ``finally`` and
``except BaseException`` runs: temp files are deleted, the master stays as it was. Inside
:func:`deferred` (the replace of the master and noting that it happened) a signal waits until the
block is done, so "was the master replaced?" always has a true answer.

The library never installs handlers by itself: a program embedding it keeps its own.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator, List

NAMES = ("SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK")


class _State:
    depth = 0
    pending: List[int] = []
    installed = False
    wanted = False  # set by the command line's main(); library callers keep their handlers


def signals() -> List[int]:
    """The stop signals this platform has."""
    return [getattr(signal, name) for name in NAMES if hasattr(signal, name)]


def _raise(signum: int, _frame) -> None:
    if _State.depth:
        _State.pending.append(signum)
        return
    raise KeyboardInterrupt(signal.Signals(signum).name)


def want() -> None:
    """Ask for :func:`install` when a command starts (``ita-xl`` main() does; until then the
    handlers of ita_xl/__main__.py end the process quietly, as nothing has been written)."""
    _State.wanted = True


def install_if_wanted() -> None:
    """:func:`install`, if :func:`want` was called in this process."""
    if _State.wanted and not _State.installed:
        install()


def install() -> None:
    """Turn every stop signal into KeyboardInterrupt (main thread only; else a no-op); a signal
    the parent process ignores (``nohup``, a background job) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in signals():
        try:
            if signal.getsignal(signum) is not signal.SIG_IGN:  # nohup and the like: still ignored
                signal.signal(signum, _raise)
        except (OSError, ValueError):  # pragma: no cover - a signal this process may not catch
            pass
    _State.installed = True


@contextmanager
def deferred() -> Iterator[None]:
    """Hold stop signals until the block is done, then stop (if one came) as usual."""
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
    if not _State.depth and _State.pending:
        signum = _State.pending[0]
        _State.pending.clear()
        raise KeyboardInterrupt(signal.Signals(signum).name)


def hold(always: bool = False) -> None:
    """From now on ignore stop signals: the command is done (or its stop is being reported), so
    a late Ctrl-C changes nothing — not even the exit status. Blocked at the OS level where
    possible, else only noted. A no-op unless :func:`install` ran (or ``always``: the command
    line's last step, see cli._exit)."""
    if not (_State.installed or always):
        return
    _State.depth += 1
    if hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread():
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, signals())
        except (OSError, ValueError):  # pragma: no cover
            pass


# Test hook: ``dir:<folder>`` makes the command line, its last message out and stop signals
# held, create <folder>/exiting and wait (at most 300 s) for <folder>/exit, so a test can send a
# late Ctrl-C at exactly that point.
PAUSE_AT_EXIT_ENV = "ITA_XL_TEST_PAUSE_AT_EXIT"


def pause_for_tests() -> None:
    """Tests only (PAUSE_AT_EXIT_ENV): wait at the command line's exit for the test's go."""
    import os
    import time
    from pathlib import Path

    value = os.environ.get(PAUSE_AT_EXIT_ENV, "")
    if not value.startswith("dir:"):
        return
    folder = Path(value[4:])
    (folder / "exiting").touch()
    deadline = time.monotonic() + 300
    while not (folder / "exit").exists() and time.monotonic() < deadline:
        time.sleep(0.005)
