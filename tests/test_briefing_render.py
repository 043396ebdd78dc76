"""The briefing as LibreOffice draws it: every slide a page, Thai text present, one Thai font."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime

import pytest

from fonts import office_env
from render import convert_all, need_office, pdf_pages, pdf_text
from sample_analysis import sample_analysis

from ita_xl.briefing import build_briefing

WHEN = datetime(2023, 10, 1, 9, 30)
OTHER_THAI_FONTS = ("Loma", "Garuda", "Kinnari", "Norasi", "Waree", "Umpush", "Sawasdee",
                    "Purisa", "Tlwg", "Noto Sans Thai", "Noto Serif Thai")


def _flat(text: str) -> str:
    """Text without whitespace or Thai marks (pdftotext may split a mark from its base)."""
    return re.sub(r"[\s\u200b\u2060\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+", "", text)


def _sarabun_stand_in() -> str:
    """The font fontconfig gives for TH Sarabun New here ('' if it cannot say)."""
    if not shutil.which("fc-match"):
        return ""
    out = subprocess.run(["fc-match", "-f", "%{family}", "TH Sarabun New:lang=th"],
                         capture_output=True, text=True,
                         env={**os.environ, **office_env()}).stdout
    return out.split(",")[0].strip()


def _pdf_fonts(pdf) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    """The Thai deck and the English draft deck on an agency template, drawn by one LibreOffice
    run: {name: (analysis, result, pdf)}."""
    from pptx import Presentation

    need_office()
    tmp = tmp_path_factory.mktemp("drawn")
    template = tmp / "agency.pptx"
    Presentation().save(str(template))  # python-pptx's stock 4:3 template
    thai = sample_analysis(n_measures=6)
    english = sample_analysis(n_measures=6, draft=True)
    built = {"th": (thai, build_briefing(thai, tmp / "briefing.pptx", generated=WHEN)),
             "en": (english, build_briefing(english, tmp / "en.pptx", lang="en",
                                            template=template, thai_digits=True, generated=WHEN))}
    pdfs = convert_all([result.path for _, result in built.values()], "pdf", tmp / "pdf")
    return {name: (analysis, result, pdf)
            for (name, (analysis, result)), pdf in zip(built.items(), pdfs)}


def test_thai_deck_renders_every_slide_with_its_thai_text(drawn):
    analysis, result, pdf = drawn["th"]
    assert pdf_pages(pdf) == result.slide_count
    text = _flat(pdf_text(pdf))
    assert _flat(analysis.agency) in text
    for ind in analysis.indicators:
        assert _flat(ind.name_th) in text
    for title in result.titles:
        assert _flat(title) in text, title
    stand_in = _sarabun_stand_in()
    if stand_in in ("Laksaman", "TH Sarabun New"):
        fonts = _pdf_fonts(pdf)
        assert stand_in.replace(" ", "") in fonts.replace(" ", "")
        assert not any(name.replace(" ", "") in fonts for name in OTHER_THAI_FONTS), fonts


def test_english_draft_deck_on_an_agency_template_renders(drawn):
    _analysis, result, pdf = drawn["en"]
    assert pdf_pages(pdf) == result.slide_count
    text = pdf_text(pdf)
    assert "Overall score, fiscal year ๒๐๒๓" in text and "(BE ๒๕๖๖)" in text
    assert text.count("DRAFT") >= result.slide_count
