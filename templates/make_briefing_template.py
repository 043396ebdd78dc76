"""Write templates/briefing.pptx, the default slide template of the ITA briefing.

Run from the repository root after changing the palette:
``python templates/make_briefing_template.py``. The template is built by
:func:`ita_xl.briefing.default_template.build` from this checkout (deterministic bytes).
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "briefing.pptx"


def build() -> bytes:
    """The template's bytes, built by the ita_xl of the checkout this script sits in."""
    root = str(OUT.parent.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from ita_xl.briefing.default_template import build as build_template

    return build_template()


def main() -> None:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
