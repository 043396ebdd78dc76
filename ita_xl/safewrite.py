"""Replace the master safely: refuse while another program has it open, keep a backup, never
half-write it, never overwrite a save made by someone else meanwhile.

The new workbook is written to a temporary file beside the master, flushed to disk, and moved over
the master in one ``os.replace`` — a crash (or a kill) at any moment leaves either the old master or
the new one, never a mix. Just before the move the master is compared with the :class:`Snapshot`
taken when the run began (size, modification time, SHA-256) and the lock files are looked for
again: if another program saved or opened it meanwhile, that save stays the master and ita-xl's
result is kept beside it under its own name (:class:`errors.MasterChanged`). A full disk deletes
the temp file and says so (:class:`errors.DiskFull`).
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Set

from ita_xl import errors, interrupts
from ita_xl.journal import Journal

BACKUP_DIR = Path(".ita-xl") / "backups"
TEMP_PREFIX = ".~ita-xl-"
STALE_AFTER_SECONDS = 15 * 60  # a temp file this old belongs to a run that died
DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Test hook: seconds to sleep after the temp file is complete and before os.replace, so a test can
# kill the process at the worst moment and prove the master survives.
PAUSE_ENV = "ITA_XL_TEST_PAUSE_BEFORE_REPLACE"


def lock_files(master: Path) -> List[Path]:
    """Where another program's owner file for ``master`` would be.

    Excel (and WPS, Word, PowerPoint) writes ``~$`` + the name, dropping the first two characters
    of longer names, so both are checked; LibreOffice and OpenOffice write ``.~lock.<name>#``.
    """
    master = Path(master)
    names = ["~$" + master.name]
    if len(master.name) > 2:
        names.append("~$" + master.name[2:])
    names.append(".~lock." + master.name + "#")
    return [master.parent / n for n in names]


def check_unlocked(master: Path) -> None:
    """Raise WorkbookLocked naming the lock file when another program has ``master`` open."""
    for lock in lock_files(master):
        if lock.exists():
            if lock.name.startswith(".~lock."):
                raise errors.WorkbookLockedOffice(path=master, lock=lock.name,
                                                  owner=_office_owner(lock))
            raise errors.WorkbookLocked(path=master, lock=lock.name)


def _office_owner(lock: Path) -> str:
    """Who LibreOffice says has the file open: the first field of its lock file (may be empty)."""
    try:
        head = lock.read_bytes()[:512].decode("utf-8", "replace")
    except OSError:
        return "-"
    return head.split(",", 1)[0].strip() or "-"


@dataclass(frozen=True)
class Snapshot:
    """The master as ita-xl found it: compared again just before the master is replaced
    (``mtime_ns`` is kept for reports; the content decides)."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def take(cls, path: Path) -> "Snapshot":
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns, _sha256(path))

    def matches(self, path: Path) -> bool:
        """Same content: the size first (no hashing when it differs), then the SHA-256 (a save
        within the same second and of the same size is caught). A new time on the same bytes
        (a tool that only touched the file) loses nothing, so it is no change."""
        try:
            st = os.stat(path)
            return st.st_size == self.size and _sha256(path) == self.sha256
        except OSError:
            return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_writable(master: Path) -> None:
    """Raise if the master cannot be replaced now: open in Excel, read-only, or folder locked."""
    master = Path(master)
    if not master.exists():
        raise errors.FileMissing(path=master)
    if master.is_dir():
        raise errors.IsADirectory(path=master)
    check_unlocked(master)
    folder = master.parent
    if not os.access(master, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise errors.NotWritable(path=master)
    try:
        with open(master, "ab"):
            pass  # opening for append writes nothing; on Windows it fails while Excel holds the file
    except OSError as exc:
        raise errors.NotWritable(path=master) from exc


def backup(master: Path, keep: int = 10) -> Path:
    """Copy ``master`` (bytes and times) into ``.ita-xl/backups/`` beside it; keep the newest ``keep``.

    A copy cut short (a full disk) is deleted, never left looking like a backup.
    """
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    dest: Optional[Path] = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{master.stem}-{stamp}{master.suffix}"
        while dest.exists():
            time.sleep(0.000001)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            dest = folder / f"{master.stem}-{stamp}{master.suffix}"
        shutil.copy2(master, dest)
    except BaseException as exc:
        if dest is not None:
            _unlink(dest)
        if isinstance(exc, OSError):
            if exc.errno in DISK_FULL:
                raise errors.DiskFull(path=folder) from exc
            raise errors.NotWritable(path=folder) from exc
        raise
    for old in backups(master)[:-keep] if keep > 0 else []:
        _unlink(old)
    return dest


def backups(master: Path) -> List[Path]:
    """This master's backups, oldest first."""
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    pattern = re.compile(re.escape(master.stem) + r"-\d{8}-\d{6}-\d{6}" + re.escape(master.suffix) + "$")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def replace_master(master: Path, write: Callable[[Path], None], snapshot: Optional[Snapshot] = None,
                   keep_backups: int = 10, journal: Optional[Journal] = None) -> Path:
    """Check, back up, write a temp file with ``write`` and move it over ``master``; the backup.

    Raises WorkbookLocked / NotWritable / DiskFull with nothing changed, and MasterChanged
    (master as the other program left it, ita-xl's result beside it) when ``snapshot`` no longer
    matches just before the replace.
    """
    master = Path(master)
    journal = journal if journal is not None else Journal()
    journal.master = master
    check_writable(master)
    if snapshot is not None and not snapshot.matches(master):
        raise errors.MasterChangedEarly(path=master)  # changed while it was read
    journal.backup = backup(master, keep=keep_backups)
    atomic_replace(master, write, snapshot=snapshot, journal=journal)
    return journal.backup


def atomic_replace(master: Path, write: Callable[[Path], None], snapshot: Optional[Snapshot] = None,
                   journal: Optional[Journal] = None) -> None:
    """Let ``write`` fill a temp file beside ``master``, then move it over ``master`` in one step.

    On any error, Ctrl-C or stop signal the temp file is deleted and the master is left exactly as
    it was. With ``snapshot``, a master that another program saved or opened meanwhile is left
    alone and the new file is kept beside it (errors.MasterChanged).
    """
    master = Path(master)
    clean_stale_temps(master.parent)
    temp: Optional[Path] = None
    try:
        with interrupts.deferred():  # the temp file exists only once it is known
            fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp" + master.suffix,
                                        dir=master.parent)
            temp = Path(name)
            _LIVE.add(temp)
            os.close(fd)
        write(temp)
        with open(temp, "r+b") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        if master.exists():
            shutil.copymode(master, temp)
        else:
            _default_mode(temp)
        _pause_for_tests()
        with interrupts.deferred():
            if snapshot is not None:
                _keep_beside_if_changed(master, temp, snapshot, journal)
            try:
                os.replace(temp, master)
            except PermissionError as exc:
                raise errors.NotWritable(path=master) from exc
            _LIVE.discard(temp)
            temp = None
            if journal is not None:
                journal.wrote(master)
        _sync_folder(master.parent)
    except BaseException as exc:
        with interrupts.deferred():
            if temp is not None:
                _unlink(temp)
                _LIVE.discard(temp)
        if isinstance(exc, OSError) and exc.errno in DISK_FULL:
            raise errors.DiskFull(path=master.parent) from exc
        raise


def _keep_beside_if_changed(master: Path, temp: Path, snapshot: Snapshot,
                            journal: Optional[Journal]) -> None:
    """If another program saved or opened ``master`` since ``snapshot``, move ``temp`` to a name of
    its own beside it and raise MasterChanged: both versions stay, neither is overwritten."""
    locks = [lock for lock in lock_files(master) if lock.exists()]
    if snapshot.matches(master) and not locks:
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    beside = master.with_name(f"{master.stem} (ita-xl {stamp}){master.suffix}")
    n = 1
    while beside.exists():
        n += 1
        beside = master.with_name(f"{master.stem} (ita-xl {stamp} {n}){master.suffix}")
    os.replace(temp, beside)
    if journal is not None:
        journal.kept_beside = beside
    if locks:
        raise errors.MasterOpened(path=master, lock=locks[0].name, saved=beside)
    raise errors.MasterChanged(path=master, saved=beside)


_LIVE: Set[Path] = set()  # temp files and folders of this process not yet moved or deleted


@contextmanager
def temp_folder(prefix: str = "ita-xl-") -> Iterator[Path]:
    """A private temp folder (system temp), removed afterwards, also after a stop mid-cleanup
    (:func:`remove_leftovers`)."""
    with interrupts.deferred():
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        _LIVE.add(folder)
    try:
        yield folder
    finally:
        with interrupts.deferred():
            shutil.rmtree(folder, ignore_errors=True)
            _LIVE.discard(folder)


def remove_leftovers() -> None:
    """Delete every temp file or folder this process made and still holds (called once a stop
    has been caught and further stops are held)."""
    for path in list(_LIVE):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            _unlink(path)
        _LIVE.discard(path)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


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


_PAUSES = [0]


def _pause_for_tests() -> None:
    """Tests only (PAUSE_ENV): seconds to wait before a replace, or ``dir:<folder>``: the n-th
    replace of this process creates <folder>/paused-<n> and waits (at most 300 s) for
    <folder>/go-<n>, so a test acts at that exact point however slow the machine is."""
    value = os.environ.get(PAUSE_ENV)
    if not value:
        return
    if not value.startswith("dir:"):
        time.sleep(float(value))
        return
    _PAUSES[0] += 1
    folder = Path(value[4:])
    (folder / f"paused-{_PAUSES[0]}").touch()
    deadline = time.monotonic() + 300
    while not (folder / f"go-{_PAUSES[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.005)


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
