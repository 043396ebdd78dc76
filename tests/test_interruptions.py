"""Other programs, Ctrl-C, stop signals and a full disk: the master is as before or fully written,
no temp file is left, no traceback, and the message says what was and was not written."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from builders import MasterSpec, build_master, other_program_saves
from proc import REPO, command, environment, run_to_files
from test_writeback_splice import computed_package

from ita_xl import errors, safewrite
from ita_xl.journal import Journal
from ita_xl.writeback import splice_sheets

EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
OURS = re.compile(r"^\.~ita-xl-")  # temp files beside the master and outputs
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and /proc")


def _sound(path: Path) -> bool:
    """A complete package: every member's CRC checks and openpyxl opens it."""
    with zipfile.ZipFile(path) as zf:
        if zf.testzip() is not None:
            return False
    openpyxl.load_workbook(path, read_only=True).close()
    return True


def _leftovers(*folders: Path):
    return [p for folder in folders if folder.exists() for p in folder.rglob("*")
            if OURS.match(p.name)]


# --- lock files -----------------------------------------------------------------------------

def test_libreoffice_lock_stops_the_run_before_anything_is_written(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    (tmp_path / ".~lock.master.xlsx#").write_text(
        "Somchai Jaidee,office-pc,/home/somchai,05.12.2026 10:00,file:///...;", encoding="utf-8")
    before = master.read_bytes()
    ran = run_to_files(["run", master, "--lang", "en"], tmp_path / "o")
    said = ran.text("utf-8").strip().splitlines()
    assert ran.code == 2
    assert said == [f"{master} is open in LibreOffice (lock file .~lock.master.xlsx# of Somchai "
                    "Jaidee found) — close it in LibreOffice and run again; if no one has it open, "
                    "delete .~lock.master.xlsx#. Nothing was written."]
    assert master.read_bytes() == before
    assert not (tmp_path / ".ita-xl").exists() and not (tmp_path / "ita-xl-output").exists()


def test_an_open_output_stops_the_run_before_the_master_is_touched(tmp_path):
    master = shutil.copy(EXAMPLE, tmp_path / "master.xlsx")
    first = run_to_files(["run", master], tmp_path / "1")
    assert first.code == 0
    deck = next((tmp_path / "ita-xl-output").glob("*-briefing.pptx"))
    (deck.parent / f".~lock.{deck.name}#").write_text("x,y,z;", encoding="utf-8")
    before, deck_before = Path(master).read_bytes(), deck.read_bytes()
    again = run_to_files(["run", master, "--lang", "en"], tmp_path / "2")
    assert again.code == 2 and "LibreOffice" in again.text("utf-8")
    assert Path(master).read_bytes() == before and deck.read_bytes() == deck_before


# --- a save by another program while ita-xl works --------------------------------------------

def test_a_save_while_writing_keeps_both(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    original = master.read_bytes()
    snapshot = safewrite.Snapshot.take(master)
    journal = Journal()
    theirs = []

    def write(dest: Path) -> None:
        splice_sheets(master, computed, dest)
        theirs.append(other_program_saves(master))

    with pytest.raises(errors.MasterChanged) as caught:
        safewrite.replace_master(master, write, snapshot=snapshot, journal=journal)
    assert master.read_bytes() == theirs[0]  # the other program's save is the master
    beside = Path(caught.value.params["saved"])
    assert beside.parent == tmp_path and beside == journal.kept_beside and _sound(beside)
    assert "เปรียบเทียบ" in openpyxl.load_workbook(beside, read_only=True).sheetnames
    assert journal.backup.read_bytes() == original and not journal.master_replaced
    assert "saved by another program" in caught.value.message("en")
    assert _leftovers(tmp_path) == []


def test_a_lock_that_appears_while_writing_keeps_both(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    before = master.read_bytes()

    def write(dest: Path) -> None:
        splice_sheets(master, computed, dest)
        (tmp_path / ".~lock.master.xlsx#").write_text("someone,pc;", encoding="utf-8")

    with pytest.raises(errors.MasterOpened) as caught:
        safewrite.replace_master(master, write, snapshot=safewrite.Snapshot.take(master))
    assert master.read_bytes() == before
    assert _sound(Path(caught.value.params["saved"]))
    assert ".~lock.master.xlsx#" in caught.value.message("en")


def test_a_save_before_the_backup_writes_nothing(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    snapshot = safewrite.Snapshot.take(master)
    theirs = other_program_saves(master)
    with pytest.raises(errors.MasterChangedEarly):
        safewrite.replace_master(master, lambda dest: pytest.fail("must not write"),
                                 snapshot=snapshot)
    assert master.read_bytes() == theirs
    assert sorted(p.name for p in tmp_path.iterdir()) == ["master.xlsx"]


def test_same_size_and_time_but_other_bytes_is_a_change(tmp_path):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    snapshot = safewrite.Snapshot.take(master)
    data = bytearray(master.read_bytes())
    data[-30] ^= 1
    st = master.stat()
    master.write_bytes(bytes(data))
    os.utime(master, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert not snapshot.matches(master)


def test_a_file_only_touched_meanwhile_is_replaced(tmp_path):
    """A new modification time on the same bytes (a backup tool, antivirus) loses nothing."""
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    snapshot = safewrite.Snapshot.take(master)
    later = master.stat().st_mtime + 60
    os.utime(master, (later, later))
    journal = Journal()
    safewrite.replace_master(master, lambda dest: splice_sheets(master, computed, dest),
                             snapshot=snapshot, journal=journal)
    assert journal.master_replaced and journal.kept_beside is None
    assert "เปรียบเทียบ" in openpyxl.load_workbook(master, read_only=True).sheetnames


@posix_only
def test_a_concurrent_save_through_the_command_line(tmp_path):
    """`ita-xl run` paused just before its replace; another program saves the master."""
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    gate = _gate(tmp_path)
    child = subprocess.Popen(command() + ["run", str(master), "--lang", "en"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=environment(
                                 **{safewrite.PAUSE_ENV: f"dir:{gate}"}))
    try:
        _paused(gate, 1, child)  # the new master is written and closed, not yet moved in place
        assert _sound(next(tmp_path.glob(".~ita-xl-*.tmp.xlsx")))
        theirs = other_program_saves(master)
        for n in range(1, 10):  # let every replace of the run go on
            (gate / f"go-{n}").touch()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    said = err.decode()
    assert child.returncode == 2, said
    assert master.read_bytes() == theirs
    beside = re.search(r"ita-xl's result was saved as (.+?\.xlsx);", said).group(1)
    assert _sound(Path(beside)) and "Traceback" not in said
    assert not (tmp_path / "ita-xl-output").exists() or not list(
        (tmp_path / "ita-xl-output").glob("*.pptx"))
    assert _leftovers(tmp_path) == []


def _gate(tmp_path: Path) -> Path:
    """A folder for safewrite's test pause ``dir:``: each replace waits there for the test."""
    gate = tmp_path / "gate"
    gate.mkdir()
    return gate


def _paused(gate: Path, n: int, child) -> None:
    """Wait until the child's ``n``-th replace is paused (its temp file complete)."""
    _wait_until(lambda: (gate / f"paused-{n}").exists() or child.poll() is not None,
                f"replace {n} paused")
    assert child.poll() is None, child.communicate()


# --- Ctrl-C and stop signals ------------------------------------------------------------------

def _catches(pid: int, signum: int) -> bool:
    """True once process ``pid`` has a handler for ``signum`` (Linux /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = int(re.search(r"^SigCgt:\s*([0-9a-f]+)", status, re.M).group(1), 16)
    return bool(mask & (1 << (signum - 1)))


def _like_a_console() -> None:
    """In the child: SIGINT and SIGTERM as a console gives them. A test run started in the
    background (``cmd &``, nohup) ignores SIGINT, which ita-xl rightly keeps ignoring."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _signalled_run(tmp_path: Path, signum: int, when, pause: str = "") -> dict:
    """Run `ita-xl run` on a copy of the example, send ``signum`` when ``when(child)`` says so,
    and describe what happened."""
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    before = master.read_bytes()
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    extra = {"TMPDIR": str(private_tmp)}
    if pause:
        extra[safewrite.PAUSE_ENV] = pause
    child = subprocess.Popen(command() + ["run", str(master), "--lang", "en"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=environment(**extra), preexec_fn=_like_a_console)
    try:
        when(child)
        if child.poll() is None:
            child.send_signal(signum)
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    said = (out + err).decode("utf-8")
    assert "Traceback" not in said, said
    changed = master.read_bytes() != before
    assert (not changed) or _sound(master)  # as before or fully written
    assert _leftovers(tmp_path) == [] and list(private_tmp.iterdir()) == []
    if child.returncode in (130, 128 + signal.SIGTERM) and "Stopped (" in said:
        # honest: says replaced exactly when it was
        assert ("was replaced, completely written" in said) == changed, said
        assert ("was not changed" in said or "Nothing was written" in said) == (not changed)
    return {"code": child.returncode, "said": said, "changed": changed}


HELD_IMPORT = """
import os, sys, time
class Hold:
    # Holds the import of the command line (click, openpyxl, ...) as a slow disk would: the
    # handlers of ita_xl/__main__.py are in place, nothing else is imported yet.
    def find_spec(self, name, path=None, target=None):
        if name == "ita_xl.cli":
            open(os.environ["HELD_MARKER"], "w").close()
            time.sleep(300)
        return None
sys.meta_path.insert(0, Hold())
sys.argv = ["ita-xl"] + sys.argv[1:]
from ita_xl.__main__ import main
main()
"""


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stop_while_importing_prints_one_line(tmp_path, signum):
    """A stop while the libraries are still being imported: one line, nothing written. The import
    is held (not raced) so the signal lands there however slow the machine is."""
    marker = tmp_path / "importing"
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    before = master.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", HELD_IMPORT, "run", str(master), "--lang",
                              "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=environment(HELD_MARKER=str(marker)),
                             preexec_fn=_like_a_console)
    try:
        _wait_until(marker.exists, "the child reached the import of ita_xl.cli")
        child.send_signal(signum)
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    said = (out + err).decode("utf-8")
    assert child.returncode == 128 + signum, said
    assert said.strip().splitlines() in (
        ["Stopped before starting — nothing was written."],
        ["ita-xl: stopped before starting - nothing was written."]), said
    assert master.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["importing", "master.xlsx"]


def _wait_until(done, what: str, timeout: float = 120) -> None:
    """Poll ``done()`` until true; a slow machine only makes this wait longer, never wrong."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s: {what} did not happen")
        time.sleep(0.001)


def _started(child) -> None:
    """Wait until ita-xl's first line has run (its stop handler is in place). Before that the
    interpreter itself is starting up (site, .pth files), which no program can guard."""
    _wait_until(lambda: _catches(child.pid, signal.SIGTERM) or child.poll() is not None,
                "ita-xl installed its stop handlers")


@posix_only
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1, 0.2, 0.4, 0.6, 0.9, 1.2, 1.6, 2.2])
def test_ctrl_c_at_any_moment(tmp_path, delay):
    got = _signalled_run(tmp_path, signal.SIGINT, lambda child: (_started(child), time.sleep(delay)))
    # never killed by the signal itself (-SIGINT): a late one is held and the run ends with the
    # status its last message goes with (test_interrupt_late.py stops it exactly there)
    assert got["code"] in (0, 130), got["said"]


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stop_just_before_the_replace_keeps_the_master(tmp_path, signum):
    gate = _gate(tmp_path)
    got = _signalled_run(tmp_path, signum, lambda child: _paused(gate, 1, child),
                         pause=f"dir:{gate}")
    assert got["code"] == 130 and not got["changed"]
    assert "Stopped (Ctrl-C or a stop signal)." in got["said"]
    assert "was not changed" in got["said"] and "backup" not in got["said"]
    # nothing of the run is left: the backup it made and the output folder went again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gate", "master.xlsx", "tmp"]


@posix_only
def test_stop_after_the_replace_says_the_master_was_written(tmp_path):
    gate = _gate(tmp_path)

    def when(child):
        _paused(gate, 1, child)  # the master's replace
        (gate / "go-1").touch()
        _paused(gate, 2, child)  # the summary is written, not yet in place: the master is

    got = _signalled_run(tmp_path, signal.SIGINT, when, pause=f"dir:{gate}")
    assert got["code"] == 130 and got["changed"]
    assert "was replaced, completely written" in got["said"]
    assert re.search(r"Not written: .*summary\.xlsx, .*briefing\.pptx\.", got["said"])


# --- a full disk ------------------------------------------------------------------------------

def _tmpfs(folder: Path, size_kib: int):
    """Mount a tmpfs of ``size_kib`` at ``folder``; False when this machine does not allow it."""
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """Make small tmpfs folders; unmounted afterwards. Skips where mounting is not allowed (CI
    without privileges) — the RLIMIT_FSIZE test below covers the same path everywhere."""
    mounted = []

    def make(name: str, size_kib: int) -> Path:
        folder = tmp_path / name
        if not _tmpfs(folder, size_kib):
            if os.environ.get("ITA_XL_REQUIRE_TMPFS"):  # .ci/run: this machine can mount one
                pytest.fail("could not mount a tmpfs although ITA_XL_REQUIRE_TMPFS is set")
            pytest.skip("cannot mount a tmpfs here (not root or not permitted)")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _kib(path: Path) -> int:
    return (path.stat().st_size + 4095) // 4096 * 4


def test_disk_full_while_writing_the_master(tmp_path, small_disk):
    """Room for the master and its backup, not for the new master: DiskFull, master intact."""
    size = _kib(EXAMPLE) * 2 + 8
    disk = small_disk("disk", size)
    master = Path(shutil.copy(EXAMPLE, disk / "master.xlsx"))
    before = master.read_bytes()
    ran = run_to_files(["run", master, "--lang", "en", "--out", tmp_path / "out"], tmp_path / "o")
    said = ran.text("utf-8")
    assert ran.code == 2, said
    assert f"The disk holding {disk} is full" in said and "Traceback" not in said
    assert f"The master {master} was not changed." in said
    assert master.read_bytes() == before
    assert _leftovers(disk) == []
    assert not list((tmp_path / "out").glob("*.pptx"))


def test_disk_full_while_making_the_backup(tmp_path, small_disk):
    disk = small_disk("disk", _kib(EXAMPLE) + 4)
    master = Path(shutil.copy(EXAMPLE, disk / "master.xlsx"))
    before = master.read_bytes()
    ran = run_to_files(["run", master, "--lang", "en", "--out", tmp_path / "out"], tmp_path / "o")
    said = ran.text("utf-8").strip().splitlines()
    assert ran.code == 2
    assert said[-3].startswith(f"The disk holding {disk / '.ita-xl' / 'backups'} is full"), said
    assert said[-2] == f"The master {master} was not changed.", said
    assert said[-1].startswith("Not written: "), said
    assert master.read_bytes() == before
    assert not (disk / ".ita-xl").exists()  # no cut-short backup, nor the folders made for it
    assert _leftovers(disk) == []


def test_disk_full_while_writing_the_outputs(tmp_path, small_disk):
    """The master is replaced; the output folder fills up: the message says both."""
    out = small_disk("out", 12)
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    ran = run_to_files(["run", master, "--lang", "en", "--out", out], tmp_path / "o")
    said = ran.text("utf-8")
    assert ran.code == 2, said
    assert f"The disk holding {out} is full" in said
    assert f"The master {master} was replaced, completely written." in said
    assert re.search(r"Not written: .*summary\.xlsx, .*briefing\.pptx\.", said)
    assert _sound(master) and _leftovers(out) == []


@posix_only
def test_file_size_limit_is_a_full_disk_too(tmp_path):
    """Without tmpfs (CI without privileges): RLIMIT_FSIZE makes every write past the limit
    fail with EFBIG, as a full disk does."""
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    before = master.read_bytes()
    limit = master.stat().st_size + 1024  # the backup fits, the new master does not
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}));"
            "sys.argv = ['ita-xl'] + sys.argv[1:]; from ita_xl.__main__ import main; main()")
    done = subprocess.run([sys.executable, "-c", code, "run", str(master), "--lang", "en"],
                          capture_output=True, env=environment())
    said = (done.stdout + done.stderr).decode()
    assert done.returncode == 2, said
    assert "is full" in said and "Traceback" not in said
    assert master.read_bytes() == before and _leftovers(tmp_path) == []


@posix_only
def test_a_signal_the_parent_ignores_stays_ignored(tmp_path):
    """Under nohup (SIGHUP ignored) closing the console must not stop the run."""
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    gate = _gate(tmp_path)
    child = subprocess.Popen(command() + ["run", str(master)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=environment(
                                 **{safewrite.PAUSE_ENV: f"dir:{gate}"}),
                             preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    try:
        _paused(gate, 1, child)  # the command runs: its own stop handlers are in place
        child.send_signal(signal.SIGHUP)
        for n in range(1, 10):
            (gate / f"go-{n}").touch()
        _out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    assert child.returncode == 0, err.decode()
    assert _sound(master) and list((tmp_path / "ita-xl-output").glob("*.pptx"))
