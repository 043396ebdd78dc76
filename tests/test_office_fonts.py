"""--pdf on a machine with only Laksaman: LibreOffice draws TH Sarabun New at its own size."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ita_xl import office_fonts, typography
from ita_xl.pdf import convert_to_pdf

LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


@pytest.mark.skipif(not LAKSAMAN.exists(), reason="Laksaman not installed")
def test_stand_in_has_th_sarabun_news_name_and_advances(tmp_path):
    ttlib = pytest.importorskip("fontTools.ttLib")
    office_fonts.make_stand_in(LAKSAMAN, tmp_path / "s.ttf", "Regular")
    font = ttlib.TTFont(str(tmp_path / "s.ttf"))
    assert font["name"].getDebugName(1) == "TH Sarabun New"
    upm, cmap, hmtx = font["head"].unitsPerEm, font.getBestCmap(), font["hmtx"]
    text = "ผู้อำนวยการกองคลัง 91.35"
    assert sum(hmtx[cmap[ord(c)]][0] for c in text) / upm == pytest.approx(
        typography.em_width(text))


def test_pdf_export_draws_th_sarabun_new_not_laksaman(office, tmp_path):
    if not LAKSAMAN.exists() or not shutil.which("pdffonts"):
        pytest.skip("Laksaman or pdffonts missing")
    from pptx import Presentation
    from pptx.util import Pt

    from ita_xl.briefing.layout import set_fonts

    prs = Presentation()
    box = prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_textbox(Pt(20), Pt(20),
                                                                        Pt(400), Pt(60))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "ผลการประเมินคุณธรรม"
    set_fonts(box.element.xpath(".//a:r")[-1].get_or_add_rPr(), typography.FONT)
    prs.save(str(tmp_path / "t.pptx"))
    pdf = convert_to_pdf([tmp_path / "t.pptx"], tmp_path)[0]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    if office_fonts.real_font_installed():
        assert "THSarabunNew" in fonts.replace(" ", "")
    else:
        assert "THSarabunNew" in fonts.replace(" ", "") and "Laksaman" not in fonts
