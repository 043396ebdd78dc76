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

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, List, Optional

from ita_xl import errors, exchange, interrupts
# safewrite's public names from before the split stay importable from here
from ita_xl.backups import BACKUP_DIR, backup, backups, copy_to_backups, prune_backups  # noqa: F401
from ita_xl.journal import Journal
from ita_xl.leftovers import LIVE as _LIVE, unlink as _unlink
from ita_xl.leftovers import (DISK_FULL, STALE_AFTER_SECONDS, TEMP_PREFIX,  # noqa: F401
                              clean_stale_temps, make_folder, missing_folders, remove_empty_folders,
                              remove_leftovers, temp_folder)
from ita_xl.lockfiles import check_unlocked, check_writable, lock_files  # noqa: F401

# Test hooks: seconds to sleep (or ``dir:<folder>``, see _pause_for_tests) after the temp file is
# complete and before the last checks, so a test can kill the process at the worst moment and prove
# the master survives; and after the last checks, right before the move (the race window).
PAUSE_ENV = "ITA_XL_TEST_PAUSE_BEFORE_REPLACE"
PAUSE_IN_WINDOW_ENV = "ITA_XL_TEST_PAUSE_IN_WINDOW"


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
    made = missing_folders(master.parent / BACKUP_DIR)
    try:
        with interrupts.deferred():  # the backup is known (and can be taken back) once it exists
            journal.backup = copy_to_backups(master)
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
    keep ita-xl's result beside it and raise MasterChanged (MasterChangedSwapped, naming where
    each file is, if that swap back fails). False when there is no exchange here.

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
    try:  # another program's save goes back in place
        back = exchange.exchange(beside, master)
    except OSError:
        back = False
    if not back:  # say what is where: ours is the master now, theirs beside it
        if journal is not None:
            journal.wrote(master)
        raise errors.MasterChangedSwapped(path=master, other=beside)
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
