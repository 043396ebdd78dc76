"""TH Sarabun New for LibreOffice on a Linux machine that has only TLWG's Laksaman.

Every writer measures text in TH Sarabun New's own advances (:mod:`ita_xl.typography`). Laksaman
is the same design drawn 1.5 times larger on its em, and LibreOffice ignores the scale Debian's
fontconfig rule puts on it, so with only Laksaman installed it would draw every "TH Sarabun New"
run half as wide again as PowerPoint does. For the time of one LibreOffice process this makes a
stand-in — Laksaman with its em declared 1.5 times larger (outlines and hints in the same units),
named TH Sarabun New — and a fonts.conf adding it to the system's fonts (FONTCONFIG_FILE).
Nothing is installed; where the real font is installed, or on Windows and macOS, or without
fontTools, nothing changes.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

FAMILY = "TH Sarabun New"
SCALE = 1.5  # Laksaman's em per TH Sarabun New's (see tools/make_font_metrics.py)
FOLDERS = (Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/truetype/thai"),
           Path("/usr/share/fonts/opentype/tlwg"))
SYSTEM_CONF = Path("/etc/fonts/fonts.conf")


def _find(name: str) -> Optional[Path]:
    for folder in FOLDERS:
        for ext in (".ttf", ".otf"):
            if (folder / (name + ext)).exists():
                return folder / (name + ext)
    return None


def real_font_installed() -> bool:
    """True when fontconfig resolves TH Sarabun New to the font itself (or cannot be asked)."""
    if not shutil.which("fc-match"):
        return True
    out = subprocess.run(["fc-match", "-f", "%{family}", f"{FAMILY}:lang=th"],
                         capture_output=True, text=True).stdout
    return FAMILY.replace(" ", "").lower() in out.replace(" ", "").lower()


def make_stand_in(src: Path, dest: Path, style: str) -> None:
    """Write ``src`` (a Laksaman face) as TH Sarabun New ``style`` at its own size to ``dest``."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(src))
    font["head"].unitsPerEm = round(font["head"].unitsPerEm * SCALE)
    for table in ("hdmx", "LTSH", "VDMX"):  # pixel widths for the old em: would disagree
        if table in font:
            del font[table]
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    names = {1: FAMILY, 2: style, 3: f"ita-xl stand-in:{full}", 4: full,
             6: full.replace(" ", ""), 16: FAMILY, 17: style}
    table = font["name"]
    table.names = [r for r in table.names if r.nameID not in names]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    font.save(str(dest))


def stand_in_env(folder: Path) -> Dict[str, str]:
    """Make the stand-in in ``folder`` and return the environment entries that make a
    LibreOffice process use it; {} when it is not needed or cannot be made."""
    if sys.platform in ("win32", "darwin") or real_font_installed():
        return {}
    regular, bold = _find("Laksaman"), _find("Laksaman-Bold")
    if regular is None or bold is None:
        return {}
    try:
        make_stand_in(regular, folder / "THSarabunNew.ttf", "Regular")
        make_stand_in(bold, folder / "THSarabunNew-Bold.ttf", "Bold")
    except ImportError:  # fontTools missing: LibreOffice draws Laksaman as it is
        return {}
    include = (f'<include ignore_missing="yes">{SYSTEM_CONF}</include>'
               if SYSTEM_CONF.exists() else "")
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  {include}\n  <dir>{folder}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
        f'  <alias binding="strong"><family>TH SarabunPSK</family>'
        f"<prefer><family>{FAMILY}</family></prefer></alias>\n"
        "</fontconfig>\n", encoding="utf-8")
    return {"FONTCONFIG_FILE": str(conf)}
