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

from ita_xl.cli import main  # noqa: E402  (after the handlers, on purpose)

if __name__ == "__main__":  # pragma: no cover
    main()
