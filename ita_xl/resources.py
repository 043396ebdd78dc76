"""Files shipped beside the code (slide and workbook templates), found installed or in a checkout.

Installed, ``templates/`` is the package ``ita_xl.templates`` (setup.cfg maps it); run from a
source tree without installing, that package does not exist and the files sit in
``<repo>/templates``.
"""
from __future__ import annotations

from pathlib import Path

SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_bytes(name: str) -> bytes:
    """The bytes of template ``name`` (e.g. ``briefing.pptx``); FileNotFoundError if absent.

    pip installs packages as plain folders, so the installed package's folder is read directly
    (importlib.resources would cost ~14 ms of imports on every run for the same answer).
    """
    try:
        import ita_xl.templates as installed

        candidate = Path(installed.__file__).parent / name
        if candidate.is_file():
            return candidate.read_bytes()
    except ImportError:
        pass
    return (SOURCE_TEMPLATES / name).read_bytes()
