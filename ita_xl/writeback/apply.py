"""Write a splice plan as a zip in one pass: kept entries as they were, the rest as planned.

Each entry keeps its name, order, timestamp, attributes and compression method, so every part the
plan keeps has exactly the same bytes once decompressed.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ita_xl.writeback.plan import REMOVE, Plan


def apply_plan(plan: Plan, dest: Path) -> None:
    """Write ``plan`` to ``dest`` (a new file; never the master itself)."""
    dest = Path(dest)
    master = plan.master.path
    if dest.exists() and master.exists() and dest.resolve() == master.resolve():
        raise ValueError("dest must not be the master itself; use safewrite.atomic_replace")
    with zipfile.ZipFile(dest, "w", allowZip64=True) as zout:
        for entry in plan.entries:
            if entry.action == REMOVE:
                continue
            info = entry.info
            fresh = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            fresh.compress_type = info.compress_type
            fresh.external_attr = info.external_attr
            fresh.create_system = info.create_system
            fresh.comment = info.comment
            zout.writestr(fresh, plan.content(entry))
