"""A Ctrl-C or stop signal that comes late — the run done and reported, the process about to end —
changes nothing: the exit status stays the one the last message goes with (never "killed by
SIGINT"). And a Ctrl-C that Python wraps in another exception is still reported as a stop."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from builders import MasterSpec, build_master
from click.testing import CliRunner
from proc import REPO, command, environment

from ita_xl import interrupts
from ita_xl.cli import cli

EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def _console() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stopped_at_exit(tmp_path: Path, master: Path, signums) -> subprocess.CompletedProcess:
    gate = tmp_path / "gate"
    gate.mkdir()
    child = subprocess.Popen(command() + ["run", str(master), "--lang", "en"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_console,
                             env=environment(**{interrupts.PAUSE_AT_EXIT_ENV: f"dir:{gate}"}))
    try:
        deadline = time.monotonic() + 300
        while not (gate / "exiting").exists() and child.poll() is None:
            assert time.monotonic() < deadline, "the run never reached its exit"
            time.sleep(0.005)
        assert child.poll() is None, child.communicate()
        for signum in signums:
            child.send_signal(signum)  # blocked: stays pending until the process ends
        time.sleep(0.05)
        (gate / "exit").touch()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


@posix_only
@pytest.mark.parametrize("signums", [[signal.SIGINT], [signal.SIGTERM],
                                     [signal.SIGINT, signal.SIGTERM, signal.SIGINT]],
                         ids=["SIGINT", "SIGTERM", "several"])
def test_a_stop_after_the_run_is_done_changes_nothing(tmp_path, signums):
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    done = _stopped_at_exit(tmp_path, master, signums)
    said = (done.stdout + done.stderr).decode("utf-8")
    assert done.returncode == 0, said
    assert "Wrote sheets into master.xlsx" in said and "briefing.pptx" in said
    assert "Stopped" not in said and "Traceback" not in said


@posix_only
def test_a_stop_after_a_refusal_keeps_its_exit_status(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    (tmp_path / "~$master.xlsx").write_text("x", encoding="utf-8")
    done = _stopped_at_exit(tmp_path, master, [signal.SIGINT])
    said = (done.stdout + done.stderr).decode("utf-8")
    assert done.returncode == 2, said
    assert "~$master.xlsx" in said and "Stopped" not in said


class _Interrupting:
    """A descriptor whose class creation a Ctrl-C interrupts (as during an import): Python 3.11
    wraps the KeyboardInterrupt in RuntimeError("Error calling __set_name__ ...")."""

    def __set_name__(self, owner, name):
        raise KeyboardInterrupt("SIGINT")


def test_a_ctrl_c_wrapped_by_python_is_reported_as_a_stop(tmp_path, monkeypatch):
    import ita_xl.pipeline as pipeline

    def reading(*_args, **_kwargs):
        type("Analysis", (), {"measures": _Interrupting()})

    monkeypatch.setattr(pipeline, "validate_workbook", reading)
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    before = master.read_bytes()
    ran = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    said = [line for line in ran.output.strip().splitlines() if not line.endswith("…")]
    assert ran.exit_code == 130, ran.output
    assert said == ["Stopped (Ctrl-C or a stop signal).", f"The master {master} was not changed."]
    assert master.read_bytes() == before
