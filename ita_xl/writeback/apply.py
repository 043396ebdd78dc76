"""Write a splice plan as a zip in one pass: kept entries copied raw, the rest as planned.

Each entry keeps its name, order, timestamp, attributes and compression; a kept entry's stored
bytes are copied without inflating (zipcopy.py), so it is byte-identical once decompressed and a
part the splice does not touch costs neither time nor memory.
"""
from __future__ import annotations

from pathlib import Path

from ita_xl.writeback.plan import KEEP, REMOVE, Plan
from ita_xl.writeback.zipcopy import ZipCopyWriter


def apply_plan(plan: Plan, dest: Path) -> None:
    """Write ``plan`` to ``dest`` (a new file; never the master itself)."""
    dest = Path(dest)
    master = plan.master.path
    if dest.exists() and master.exists() and dest.resolve() == master.resolve():
        raise ValueError("dest must not be the master itself; use safewrite.atomic_replace")
    with open(master, "rb") as src, open(dest, "wb") as out:
        writer = ZipCopyWriter(out)
        for entry in plan.entries:
            if entry.action == KEEP:
                writer.copy_raw(src, entry.info)
            elif entry.action != REMOVE:
                writer.write(entry.info, entry.data or b"")
        writer.close()
