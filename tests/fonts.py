"""TH Sarabun New for LibreOffice on a machine that has only TLWG's Laksaman.

Laksaman is TH Sarabun New's design drawn 1.5 times larger on its em, and LibreOffice ignores the
scale Debian's fontconfig rule puts on it, so it would draw every "TH Sarabun New" run half as wide
again as PowerPoint does on Windows. The stand-in made here is Laksaman with its em declared 1.5
times larger (outlines untouched, hinting dropped) and named TH Sarabun New: the same advances as
the real font. A private fonts.conf (FONTCONFIG_FILE) adds it to the system's fonts for the
LibreOffice processes the tests start; nothing is installed.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Dict, Optional

TLWG = [Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/truetype/thai"),
        Path("/usr/share/fonts/opentype/tlwg")]
FAMILY = "TH Sarabun New"
SCALE = 1.5
_ENV: Dict[str, str] = {}


def _find(name: str) -> Optional[Path]:
    for folder in TLWG:
        for ext in (".ttf", ".otf"):
            if (folder / (name + ext)).exists():
                return folder / (name + ext)
    return None


def _stand_in(src: Path, dest: Path, style: str) -> None:
    from fontTools.ttLib import TTFont

    font = TTFont(str(src))
    font["head"].unitsPerEm = round(font["head"].unitsPerEm * SCALE)
    for table in ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "kern"):
        if table in font:
            del font[table]
    if "glyf" in font:
        for name in font.getGlyphOrder():
            glyph = font["glyf"][name]
            if hasattr(glyph, "program"):
                glyph.program = __import__("fontTools.ttLib.tables.ttProgram",
                                           fromlist=["Program"]).Program()
                glyph.program.fromBytecode(b"")
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    names = {1: FAMILY, 2: style, 3: f"ita-xl-test:{full}", 4: full,
             6: full.replace(" ", ""), 16: FAMILY, 17: style}
    name_table = font["name"]
    name_table.names = [r for r in name_table.names if r.nameID not in names]
    for name_id, value in names.items():
        name_table.setName(value, name_id, 3, 1, 0x409)
        name_table.setName(value, name_id, 1, 0, 0)
    font.save(str(dest))


def office_env() -> Dict[str, str]:
    """Environment entries for a LibreOffice process: FONTCONFIG_FILE naming a fonts.conf that
    includes the system's and a folder holding the TH Sarabun New stand-in. Empty when Laksaman
    or fontTools is missing (or the real font is installed): the system's fonts are used."""
    if _ENV or os.environ.get("ITA_XL_SYSTEM_FONTS"):
        return dict(_ENV)
    regular, bold = _find("Laksaman"), _find("Laksaman-Bold")
    try:
        import fontTools  # noqa: F401
    except ImportError:
        return {}
    if regular is None or bold is None:
        return {}
    folder = Path(tempfile.mkdtemp(prefix="ita-xl-fonts-"))
    _stand_in(regular, folder / "THSarabunNew.ttf", "Regular")
    _stand_in(bold, folder / "THSarabunNew-Bold.ttf", "Bold")
    system = next((p for p in (Path("/etc/fonts/fonts.conf"),) if p.exists()), None)
    include = f"<include ignore_missing=\"yes\">{system}</include>" if system else ""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  {include}\n  <dir>{folder}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
        "  <!-- TH Sarabun New is the stand-in above: never another Thai font -->\n"
        f'  <alias binding="strong"><family>TH Sarabun New</family>'
        f"<prefer><family>{FAMILY}</family></prefer></alias>\n"
        f'  <alias binding="strong"><family>TH SarabunPSK</family>'
        f"<prefer><family>{FAMILY}</family></prefer></alias>\n"
        "</fontconfig>\n", encoding="utf-8")
    _ENV["FONTCONFIG_FILE"] = str(conf)
    return dict(_ENV)
