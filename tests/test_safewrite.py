"""Replacing the master safely: lock files, permissions, backups, and a kill at the worst moment."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import pytest

from builders import MasterSpec, build_master
from test_writeback_splice import computed_package

from ita_xl import errors, safewrite
from ita_xl.writeback import write_back

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


@pytest.mark.parametrize("lock_name", ["~$master-workbook.xlsx", "~$ster-workbook.xlsx"])
def test_excel_lock_file_stops_the_write(tmp_path, lock_name):
    master = build_master(tmp_path / "master-workbook.xlsx", MasterSpec())
    (tmp_path / lock_name).write_bytes(b"\x0bsomeone")
    before = master.read_bytes()
    with pytest.raises(errors.WorkbookLocked) as caught:
        write_back(master, computed_package(tmp_path / "c.xlsx"))
    assert caught.value.params["lock"] == lock_name
    assert "Excel" in caught.value.message("en") and lock_name in caught.value.message("th")
    assert master.read_bytes() == before
    assert not (tmp_path / ".ita-xl").exists()  # not even a backup was made
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([master.name, lock_name, "c.xlsx"])


def test_missing_master_is_reported(tmp_path):
    with pytest.raises(errors.FileMissing):
        safewrite.check_writable(tmp_path / "nope.xlsx")


def _check_unprivileged(path: Path) -> str:
    """Run check_writable as an ordinary user (root may write anything) and name its outcome."""
    if os.geteuid() != 0:
        try:
            safewrite.check_writable(path)
            return "ok"
        except errors.ItaXlError as exc:
            return type(exc).__name__
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child process
        code = 3
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            safewrite.check_writable(path)
            code = 0
        except errors.NotWritable:
            code = 1
        except BaseException:
            code = 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return {0: "ok", 1: "NotWritable"}.get(os.waitstatus_to_exitcode(status), "other")


@pytest.fixture
def shared_dir():
    """A folder an unprivileged user can reach (pytest's tmp_path is private to its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="ita-xl-perm-"))
    folder.chmod(0o777)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_read_only_master_is_not_writable(shared_dir):
    master = build_master(shared_dir / "m.xlsx", MasterSpec())
    master.chmod(0o666)
    assert _check_unprivileged(master) == "ok"  # the same user may write it while it is writable
    master.chmod(0o444)
    assert _check_unprivileged(master) == "NotWritable"


def test_read_only_folder_is_not_writable(shared_dir):
    master = build_master(shared_dir / "m.xlsx", MasterSpec())
    master.chmod(0o666)
    shared_dir.chmod(0o555)
    try:
        assert _check_unprivileged(master) == "NotWritable"
    finally:
        shared_dir.chmod(0o777)


def test_backup_is_byte_identical_and_rotates(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    other = build_master(tmp_path / "m-2.xlsx", MasterSpec())
    other_backup = safewrite.backup(other)
    made = []
    for i in range(13):
        master.write_bytes(master.read_bytes()[:-1] + bytes([i]))  # a different master each time
        made.append((safewrite.backup(master, keep=10), master.read_bytes()))
    kept = safewrite.backups(master)
    assert kept == [path for path, _ in made[-10:]]
    for path, data in made[-10:]:
        assert path.read_bytes() == data
        assert path.parent == tmp_path / ".ita-xl" / "backups" and path.suffix == ".xlsx"
    assert all(not path.exists() for path, _ in made[:3])
    assert other_backup.exists() and safewrite.backups(other) == [other_backup]
    assert os.stat(made[-1][0]).st_mtime == pytest.approx(os.stat(master).st_mtime, abs=1e-3)


def test_failed_write_leaves_master_and_no_temp(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    before = master.read_bytes()

    def broken(temp: Path) -> None:
        temp.write_bytes(b"PK half a zip")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        safewrite.atomic_replace(master, broken)
    assert master.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.xlsx"]


def test_replace_keeps_permissions_and_cleans_stale_temps(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    master.chmod(0o640)
    stale = tmp_path / ".~ita-xl-dead.tmp.xlsx"
    stale.write_bytes(b"left by a crash")
    old = time.time() - 2 * safewrite.STALE_AFTER_SECONDS
    os.utime(stale, (old, old))
    fresh = tmp_path / ".~ita-xl-busy.tmp.xlsx"
    fresh.write_bytes(b"another run, still writing")
    result = write_back(master, computed_package(tmp_path / "c.xlsx"))
    assert not stale.exists() and fresh.exists()
    assert (master.stat().st_mode & 0o777) == 0o640
    assert "เปรียบเทียบ" in openpyxl.load_workbook(master).sheetnames
    assert result.backup is not None and result.backup.exists()
    assert "เปรียบเทียบ" not in openpyxl.load_workbook(result.backup).sheetnames


CHILD = """
import sys
from pathlib import Path
from ita_xl.safewrite import atomic_replace
from ita_xl.writeback import splice_sheets
master, computed = Path(sys.argv[1]), Path(sys.argv[2])
def write(tmp):
    splice_sheets(master, computed, tmp)
    print("written", tmp, flush=True)
atomic_replace(master, write)
print("replaced", flush=True)
"""


def _child(master: Path, computed: Path, pause: str) -> subprocess.Popen:
    env = {**os.environ, safewrite.PAUSE_ENV: pause,
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(master), str(computed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_before_replace_leaves_the_master_whole(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    before = master.read_bytes()
    child = _child(master, computed, "30")
    try:
        line = child.stdout.readline()
        assert line.startswith("written"), line + child.stderr.read()
        temp = Path(line.split(" ", 1)[1].strip())
        deadline = time.time() + 10
        while time.time() < deadline and temp.stat().st_size == 0:  # pragma: no cover
            time.sleep(0.05)
        time.sleep(0.5)  # past the fsync, into the pause before os.replace
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert master.read_bytes() == before
    assert openpyxl.load_workbook(master).sheetnames == ["หน่วยงาน", "คะแนนตัวชี้วัด", "ผลการประเมิน",
                                                         "มาตรการ"]
    assert temp.exists()  # the kill came between writing and replacing
    assert safewrite.clean_stale_temps(tmp_path, older_than=0) == [temp]


def test_unkilled_child_replaces_the_master(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    child = _child(master, computed_package(tmp_path / "c.xlsx"), "0")
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.splitlines()[-1] == "replaced"
    assert openpyxl.load_workbook(master).sheetnames[-2:] == ["เปรียบเทียบ", "ช่องว่าง"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~ita-xl-")] == []
