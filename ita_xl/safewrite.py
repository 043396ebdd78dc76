"""Replace the master safely: refuse while another program has it open, keep a backup, never
half-write it, never overwrite a save made by someone else meanwhile, leave nothing behind when
the write is refused.

The new workbook is written to a temporary file beside the master, flushed to disk, and moved over
the master in one step — a crash (or a kill) at any moment leaves either the old master or the new
one, never a mix and never no master. Just before the move the master is compared with the
:class:`Snapshot` taken when the run began (size, SHA-256) and the lock files are looked for again:
if another program saved or opened it meanwhile, that save stays the master and ita-xl's result is
kept beside it under its own name (:class:`errors.MasterChanged`).

The move itself is an exchange where the system has one (Linux ``renameat2``, see
:mod:`ita_xl.exchange`): the file it displaces is compared with the snapshot too, and a save that
landed between the last check and the move is swapped back into place. Elsewhere it is
``os.replace``, and a save by another program in the microseconds between the last check and the
replace is overwritten (the residual window; the backup still holds the master as ita-xl read it).
A program writing into the old file in place after the exchange has been checked is not seen
either (it writes into a file that is no longer the master).

A refused or failed write (the splice refused, a full disk, Ctrl-C) deletes the temp file and the
backup this run made: the master is as it was and no trace of the run stays. A full disk says so
(:class:`errors.DiskFull`).
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

from ita_xl import errors, exchange, interrupts
from ita_xl.journal import Journal

BACKUP_DIR = Path(".ita-xl") / "backups"
TEMP_PREFIX = ".~ita-xl-"
STALE_AFTER_SECONDS = 15 * 60  # a temp file this old belongs to a run that died
DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Test hooks: seconds to sleep (or ``dir:<folder>``, see _pause_for_tests) after the temp file is
# complete and before the last checks, so a test can kill the process at the worst moment and prove
# the master survives; and after the last checks, right before the move (the race window).
PAUSE_ENV = "ITA_XL_TEST_PAUSE_BEFORE_REPLACE"
PAUSE_IN_WINDOW_ENV = "ITA_XL_TEST_PAUSE_IN_WINDOW"


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
    dest = _copy_to_backups(Path(master))
    prune_backups(master, keep)
    return dest


def _copy_to_backups(master: Path) -> Path:
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
    return dest


def prune_backups(master: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups of ``master`` (none when ``keep`` <= 0)."""
    for old in backups(master)[:-keep] if keep > 0 else []:
        _unlink(old)


def backups(master: Path) -> List[Path]:
    """This master's backups, oldest first."""
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    pattern = re.compile(re.escape(master.stem) + r"-\d{8}-\d{6}-\d{6}" + re.escape(master.suffix) + "$")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def replace_master(master: Path, write: Callable[[Path], None], snapshot: Optional[Snapshot] = None,
                   keep_backups: int = 10, journal: Optional[Journal] = None) -> Optional[Path]:
    """Check, back up, write a temp file with ``write`` and move it over ``master``; the backup.

    Raises WorkbookLocked / NotWritable / DiskFull / whatever ``write`` raises (a refusal) with
    nothing changed and nothing left behind — the backup this run made is deleted again, as is a
    backup folder it created. MasterChanged (master as the other program left it, ita-xl's result
    beside it, the backup kept) when ``snapshot`` no longer matches just before the replace.
    Older backups are pruned only once the master is replaced.
    """
    master = Path(master)
    journal = journal if journal is not None else Journal()
    journal.master = master
    check_writable(master)
    if snapshot is not None and not snapshot.matches(master):
        raise errors.MasterChangedEarly(path=master)  # changed while it was read
    made = _missing_folders(master.parent / BACKUP_DIR)
    try:
        with interrupts.deferred():  # the backup is known (and can be taken back) once it exists
            journal.backup = _copy_to_backups(master)
            _LIVE.add(journal.backup)
    except BaseException:
        remove_empty_folders(made)
        raise
    try:
        atomic_replace(master, write, snapshot=snapshot, journal=journal)
    finally:
        _settle_backup(master, journal, made, keep_backups)
    return journal.backup


def _settle_backup(master: Path, journal: Journal, made: List[Path], keep: int) -> None:
    """After the replace (or its failure): keep this run's backup when the master was replaced or
    ita-xl's result kept beside it, else delete it and the folders made for it."""
    backup_path = journal.backup
    if backup_path is None:
        return
    with interrupts.deferred():
        if journal.master_replaced or journal.kept_beside is not None:
            _LIVE.discard(backup_path)
            if journal.master_replaced:
                prune_backups(master, keep)
            return
        _unlink(backup_path)
        journal.backup = None
        _LIVE.discard(backup_path)
        remove_empty_folders(made)


def _missing_folders(folder: Path) -> List[Path]:
    """``folder`` and those of its parents that do not exist yet, innermost first."""
    missing = []
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def make_folder(folder: Path) -> List[Path]:
    """Create ``folder`` (with parents); the folders this created, for :func:`remove_empty_folders`."""
    made = _missing_folders(folder)
    Path(folder).mkdir(parents=True, exist_ok=True)
    return made


def remove_empty_folders(made: List[Path]) -> None:
    """Remove the folders a run created (innermost first) where they are still empty."""
    for folder in made:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or gone): what is above it stays too


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
        _pause_for_tests(PAUSE_ENV)
        with interrupts.deferred():
            if snapshot is not None:
                _keep_beside_if_changed(master, temp, snapshot, journal)
            _pause_for_tests(PAUSE_IN_WINDOW_ENV, "window-")
            try:
                if snapshot is None or not _exchange_checked(master, temp, snapshot, journal):
                    os.replace(temp, master)  # no exchange here: the residual window
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
    beside = _beside_name(master)
    os.replace(temp, beside)
    _kept_beside(master, beside, journal, locks)


def _exchange_checked(master: Path, temp: Path, snapshot: Snapshot,
                      journal: Optional[Journal]) -> bool:
    """Swap ``temp`` (complete) with ``master`` and check that the file displaced is the one ita-xl
    read; if another program saved in the last instant, swap back (its save stays the master),
    keep ita-xl's result beside it and raise MasterChanged. False when there is no exchange here.

    ``temp`` first takes the name ita-xl's result would be kept under, so whichever file ends up
    there after a crash mid-way is in plain sight, never under a temp name that is cleaned away.
    """
    if not exchange.available():
        return False
    beside = _beside_name(master)
    os.replace(temp, beside)
    _LIVE.discard(temp)
    try:
        swapped = exchange.exchange(beside, master)
    except BaseException:
        _unlink(beside)  # nothing was swapped: ita-xl's result only
        raise
    if not swapped:  # this filesystem has none: back under the temp name, for os.replace
        os.replace(beside, temp)
        _LIVE.add(temp)
        return False
    if snapshot.matches(beside):  # displaced what ita-xl read: done, the backup holds it
        _unlink(beside)
        return True
    exchange.exchange(beside, master)  # another program's save goes back in place
    _kept_beside(master, beside, journal, [])
    return False  # pragma: no cover - _kept_beside raises


def _beside_name(master: Path) -> Path:
    """A free name beside ``master`` for ita-xl's result: ``<stem> (ita-xl <time>)<suffix>``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    beside = master.with_name(f"{master.stem} (ita-xl {stamp}){master.suffix}")
    n = 1
    while beside.exists():
        n += 1
        beside = master.with_name(f"{master.stem} (ita-xl {stamp} {n}){master.suffix}")
    return beside


def _kept_beside(master: Path, beside: Path, journal: Optional[Journal], locks: List[Path]) -> None:
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


_PAUSES = {PAUSE_ENV: 0, PAUSE_IN_WINDOW_ENV: 0}


def _pause_for_tests(env: str, tag: str = "") -> None:
    """Tests only (``env`` set): seconds to wait, or ``dir:<folder>``: the n-th pause of this kind
    in this process creates <folder>/<tag>paused-<n> and waits (at most 300 s) for
    <folder>/<tag>go-<n>, so a test acts at that exact point however slow the machine is."""
    value = os.environ.get(env)
    if not value:
        return
    if not value.startswith("dir:"):
        time.sleep(float(value))
        return
    _PAUSES[env] += 1
    n = _PAUSES[env]
    folder = Path(value[4:])
    (folder / f"{tag}paused-{n}").touch()
    deadline = time.monotonic() + 300
    while not (folder / f"{tag}go-{n}").exists() and time.monotonic() < deadline:
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
