"""Is another program using the file? Excel's and LibreOffice's lock files, read-only files and
folders — checked before anything is written (safewrite checks the lock files again just before
the replace)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import List

from ita_xl import errors


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
