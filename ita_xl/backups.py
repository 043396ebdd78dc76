"""The master's backups: ``.ita-xl/backups/<stem>-<time><suffix>`` beside it, newest ``keep`` kept.

safewrite makes one before each replace, prunes older ones only once the master is replaced,
and deletes it again when the replace did not happen (nothing of a refused run stays).
"""
from __future__ import annotations

import re
import shutil
import time
from datetime import datetime
from pathlib import Path
from typing import List, Optional

from ita_xl import errors
from ita_xl.leftovers import DISK_FULL, unlink

BACKUP_DIR = Path(".ita-xl") / "backups"


def backup(master: Path, keep: int = 10) -> Path:
    """Copy ``master`` (bytes and times) into ``.ita-xl/backups/`` beside it; keep the newest ``keep``.

    A copy cut short (a full disk) is deleted, never left looking like a backup.
    """
    dest = copy_to_backups(Path(master))
    prune_backups(master, keep)
    return dest


def copy_to_backups(master: Path) -> Path:
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
            unlink(dest)
        if isinstance(exc, OSError):
            if exc.errno in DISK_FULL:
                raise errors.DiskFull(path=folder) from exc
            raise errors.NotWritable(path=folder) from exc
        raise
    return dest


def prune_backups(master: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups of ``master`` (none when ``keep`` <= 0)."""
    for old in backups(master)[:-keep] if keep > 0 else []:
        unlink(old)


def backups(master: Path) -> List[Path]:
    """This master's backups, oldest first."""
    master = Path(master)
    folder = master.parent / BACKUP_DIR
    pattern = re.compile(re.escape(master.stem) + r"-\d{8}-\d{6}-\d{6}" + re.escape(master.suffix) + "$")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))
