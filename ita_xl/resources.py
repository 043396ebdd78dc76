"""Files shipped beside the code (slide and workbook templates), found installed or in a checkout.

Installed, ``templates/`` is the package ``ita_xl.templates`` (setup.cfg maps it); run from a
source tree without installing, that package does not exist and the files sit in
``<repo>/templates``.
"""
from __future__ import annotations

from pathlib import Path

SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_bytes(name: str) -> bytes:
    """The bytes of template ``name`` (e.g. ``briefing.pptx``); FileNotFoundError if absent."""
    try:
        from importlib.resources import files

        resource = files("ita_xl.templates").joinpath(name)
        if resource.is_file():
            return resource.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return (SOURCE_TEMPLATES / name).read_bytes()
