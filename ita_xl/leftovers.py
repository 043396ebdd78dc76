"""What a run creates and must take back when it stops: temp files beside the master and outputs,
private temp folders, folders it made (a backup folder, the output folder), and temp files that
runs which died (a kill, a power loss) left behind.
"""
from __future__ import annotations

import errno
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Set

from ita_xl import interrupts

TEMP_PREFIX = ".~ita-xl-"
STALE_AFTER_SECONDS = 15 * 60  # a temp file this old belongs to a run that died
DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}

LIVE: Set[Path] = set()  # temp files and folders of this process not yet moved or deleted


@contextmanager
def temp_folder(prefix: str = "ita-xl-") -> Iterator[Path]:
    """A private temp folder (system temp), removed afterwards, also after a stop mid-cleanup
    (:func:`remove_leftovers`)."""
    with interrupts.deferred():
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        LIVE.add(folder)
    try:
        yield folder
    finally:
        with interrupts.deferred():
            shutil.rmtree(folder, ignore_errors=True)
            LIVE.discard(folder)


def remove_leftovers() -> None:
    """Delete every temp file or folder this process made and still holds (called once a stop
    has been caught and further stops are held)."""
    for path in list(LIVE):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            unlink(path)
        LIVE.discard(path)


def unlink(path: Path) -> None:
    """Delete ``path`` if it is there (already gone is no error)."""
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


def missing_folders(folder: Path) -> List[Path]:
    """``folder`` and those of its parents that do not exist yet, innermost first."""
    missing = []
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def make_folder(folder: Path) -> List[Path]:
    """Create ``folder`` (with parents); the folders this created, for :func:`remove_empty_folders`."""
    made = missing_folders(folder)
    Path(folder).mkdir(parents=True, exist_ok=True)
    return made


def remove_empty_folders(made: List[Path]) -> None:
    """Remove the folders a run created (innermost first) where they are still empty."""
    for folder in made:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty (or gone): what is above it stays too


