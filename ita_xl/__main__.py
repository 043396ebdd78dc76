"""`python -m ita_xl` and the installed `ita-xl` command (its console-script entry point).

A Ctrl-C or stop signal while the program is still importing its libraries (the first tenth of a
second) ends it at once with one line and no traceback: nothing has been written yet. main()
then installs the handlers that stop a run in order (ita_xl/interrupts.py).
"""
import os
import signal
import sys

_STOPS = [getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK") if hasattr(signal, n)]


def _stop_while_starting(signum, _frame):  # pragma: no cover - exercised in a subprocess
    line = "ita-xl: stopped before starting - nothing was written."
    messages = sys.modules.get("ita_xl.messages")
    if messages is not None and hasattr(messages, "text"):
        line = messages.text("interrupted-early", "en" if "en" in sys.argv else "th")
    try:  # no import here: the interrupted import may hold its lock
        encoding = getattr(sys.stderr, "encoding", None) or "ascii"
        console = sys.modules.get("ita_xl.console")
        if console is not None and hasattr(console, "degrade"):
            line = console.degrade(line, encoding)
        os.write(2, (line + "\n").encode(encoding, "replace"))
    except Exception:
        pass
    os._exit(128 + signum)


for _signum in _STOPS:
    try:
        if signal.getsignal(_signum) is not signal.SIG_IGN:  # nohup, background jobs: keep ignoring
            signal.signal(_signum, _stop_while_starting)
    except (OSError, ValueError):  # pragma: no cover - not the main thread
        pass

from ita_xl.cli import main as _command_line  # noqa: E402  (after the handlers, on purpose)


def main() -> None:
    """Run the command line, then end the process with its exit status (:func:`_exit`)."""
    try:
        _command_line()
        code = 0
    except SystemExit as done:
        code = done.code
    _exit(code)


def _exit(code) -> None:
    """End the process with ``code`` once the last message is out, whatever signal comes now.

    Stop signals are blocked first; then the process ends without the interpreter's shutdown
    (``os._exit``), during which Python puts the system's default action back on SIGINT — a
    Ctrl-C pending or arriving then could kill the finished process silently ("killed by
    SIGINT", exit -2) instead of ending with the status its last message goes with.
    """
    from ita_xl import interrupts

    interrupts.hold(always=True)
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("text"): Python would print it and exit 1
        try:
            print(code, file=sys.stderr)
        except (OSError, ValueError):
            pass
        code = 1
    interrupts.pause_for_tests()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
