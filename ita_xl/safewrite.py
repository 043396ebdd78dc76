"""Replace the master safely: refuse while Excel has it open, keep a backup, never half-write it.

The new workbook is written to a temporary file beside the master, flushed to disk, and moved over
the master in one ``os.replace`` — a crash (or a kill) at any moment leaves either the old master or
the new one, never a mix.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Callable, List

from ita_xl import errors

BACKUP_DIR = Path(".ita-xl") / "backups"
TEMP_PREFIX = ".~ita-xl-"
STALE_AFTER_SECONDS = 15 * 60  # a temp file this old belongs to a run that died
# Test hook: seconds to sleep after the temp file is complete and before os.replace, so a test can
# kill the process at the worst moment and prove the master survives.
PAUSE_ENV = "ITA_XL_TEST_PAUSE_BEFORE_REPLACE"


def lock_files(master: Path) -> List[Path]:
    """Where Excel's owner file for ``master`` would be: ``~$`` + the name, or + name[2:].

    Excel keeps the whole name for short names and drops the first two characters of longer
    ones; both are checked.
    """
    master = Path(master)
    names = ["~$" + master.name]
    if len(master.name) > 2:
        names.append("~$" + master.name[2:])
    return [master.parent / n for n in names]


def check_writable(master: Path) -> None:
    """Raise if the master cannot be replaced now: open in Excel, read-only, or folder locked."""
    master = Path(master)
    if not master.exists():
        raise errors.FileMissing(path=master)
    if master.is_dir():
        raise errors.IsADirectory(path=master)
    for lock in lock_files(master):
        if lock.exists():
            raise errors.WorkbookLocked(path=master, lock=lock.name)
    folder = master.parent
    if not os.access(master, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise errors.NotWritable(path=master)
    try:
        with open(master, "ab"):
            pass  # opening for append writes nothing; on Windows it fails while Excel holds the file
    except OSError as exc:
        raise errors.NotWritable(path=master) from exc


def backup(master: Path, keep: int = 10) -> Path:
    """Copy ``master`` (bytes and times) into ``.ita-xl/backups/`` beside it; keep the newest ``keep``."""
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{master.stem}-{stamp}{master.suffix}"
        while dest.exists():
            time.sleep(0.000001)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            dest = folder / f"{master.stem}-{stamp}{master.suffix}"
        shutil.copy2(master, dest)
    except OSError as exc:
        raise errors.NotWritable(path=folder) from exc
    for old in backups(master)[:-keep] if keep > 0 else []:
        try:
            old.unlink()
        except OSError:
            pass
    return dest


def backups(master: Path) -> List[Path]:
    """This master's backups, oldest first."""
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    pattern = re.compile(re.escape(master.stem) + r"-\d{8}-\d{6}-\d{6}" + re.escape(master.suffix) + "$")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def atomic_replace(master: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temp file beside ``master``, then move it over ``master`` in one step.

    On any error the temp file is deleted and the master is left exactly as it was.
    """
    master = Path(master)
    clean_stale_temps(master.parent)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp" + master.suffix, dir=master.parent)
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        with open(temp, "r+b") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        if master.exists():
            shutil.copymode(master, temp)
        else:
            _default_mode(temp)
        _pause_for_tests()
        try:
            os.replace(temp, master)
        except PermissionError as exc:
            raise errors.NotWritable(path=master) from exc
        _sync_folder(master.parent)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise


def clean_stale_temps(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> List[Path]:
    """Delete temp files left by runs that crashed (older than ``older_than`` seconds)."""
    removed = []
    now = time.time()
    for path in Path(folder).glob(TEMP_PREFIX + "*.tmp*"):
        try:
            if now - path.stat().st_mtime > older_than:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed


def _default_mode(path: Path) -> None:
    """A new file gets the mode any new file would (mkstemp's 0600 would hide it from colleagues)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _pause_for_tests() -> None:
    value = os.environ.get(PAUSE_ENV)
    if value:
        time.sleep(float(value))


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
