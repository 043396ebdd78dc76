"""Extract the advance widths ita-xl measures Thai text with (ita_xl/data/font_metrics.json).

TH Sarabun New is the government typeface, but it is not free to ship. TLWG's Laksaman is the
same design, licensed GPL-2+ with the font exception, drawn 1.5 times larger on its em: TH Sarabun
New's advances are Laksaman's times 2/3 (space 216 vs 324, ก 386 vs 580, "a" 344 vs 517 units;
Debian's own fontconfig rule synthesises TH Sarabun as Laksaman scaled by 0.66). So the table
keeps Laksaman's advances on an em of ``SCALE`` × its units. Only horizontal metrics are read —
facts about the font, not its outlines — so ita-xl measures text on a PC that has neither font.

Run after a font update (Debian/Ubuntu: apt-get install fonts-thai-tlwg; needs fontTools):
    python tools/make_font_metrics.py [/path/to/Laksaman.ttf] [/path/to/Laksaman-Bold.ttf]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "ita_xl" / "data" / "font_metrics.json"
DEFAULT_DIR = Path("/usr/share/fonts/truetype/tlwg")
SCALE = 1.5  # Laksaman units per TH Sarabun New em, relative to Laksaman's own em
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x0E00, 0x0E7F), (0x2000, 0x206F), (0x2100, 0x22FF)]


def advances(path: Path) -> dict:
    font = TTFont(str(path))
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    out = {}
    for low, high in RANGES:
        for code in range(low, high + 1):
            glyph = cmap.get(code)
            if glyph is not None:
                out[chr(code)] = hmtx[glyph][0]
    return out


def main(argv) -> None:
    regular = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR / "Laksaman.ttf"
    bold = Path(argv[2]) if len(argv) > 2 else DEFAULT_DIR / "Laksaman-Bold.ttf"
    font = TTFont(str(regular))
    os2, head = font["OS/2"], font["head"]
    data = {
        "source": "TLWG Laksaman advance widths on TH Sarabun New's em (Laksaman draws the same "
                  "design 1.5 times larger), advance widths only",
        "licence": "Laksaman: GPL-2+ with font exception, (c) 2010-2011 SIPA, "
                   "2014-2015 Theppitak Karoonboonyanan; see tools/make_font_metrics.py",
        "version": font["name"].getDebugName(5),
        "units_per_em": round(head.unitsPerEm * SCALE),
        "laksaman_units_per_em": head.unitsPerEm,
        "win_ascent": os2.usWinAscent,
        "win_descent": os2.usWinDescent,
        "regular": advances(regular),
        "bold": advances(bold),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                   + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
