"""A new, empty master from the shipped template, so staff start from the contract's layout."""
from __future__ import annotations

from pathlib import Path

from ita_xl.errors import AlreadyExists, OutputNotWritable
from ita_xl.resources import template_bytes

MASTER_TEMPLATE = "master-template.xlsx"


def new_master(dest: Path, overwrite: bool = False) -> Path:
    """Write the empty master template to ``dest`` (adding .xlsx if missing); never overwrite
    an existing file unless ``overwrite``."""
    dest = Path(dest)
    if dest.suffix.lower() not in (".xlsx", ".xlsm"):
        dest = dest.with_name(dest.name + ".xlsx")
    if dest.exists() and not overwrite:
        raise AlreadyExists(path=dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(template_bytes(MASTER_TEMPLATE))
    except OSError as exc:
        raise OutputNotWritable(path=dest.parent) from exc
    return dest
