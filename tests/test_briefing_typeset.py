"""Every slide of the example decks as LibreOffice typesets it, checked character by character.

Decks: the example master's run (Thai, 16:9) and the sample analysis in both languages, both
digit modes, on the shipped 16:9 template and on a 4:3 agency template, one of them long enough
to paginate its tables. All are converted in one LibreOffice process with TH Sarabun New's metrics
(tests/fonts.py), then tests/typeset_check.py compares where each character landed with the boxes
the .pptx gives it. A control deck that breaks the rules on purpose proves the checks can fail.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from fonts import office_env
from render import convert_all, need_office
from sample_analysis import sample_analysis
from typeset_check import check

from ita_xl.briefing import build_briefing
from ita_xl.briefing.layout import set_fonts
from ita_xl.pipeline import RunOptions, run

pytest.importorskip("pdfplumber")
REPO = Path(__file__).resolve().parent.parent
WHEN = datetime(2023, 10, 1, 9, 30)
DECKS = ["example-th-16x9", "th-16x9", "th-4x3-thai-digits", "en-16x9-thai-digits", "en-4x3"]


def _control(path: Path) -> Path:
    """Text the way the issue saw it fail: unmarked Thai in a narrow box, and a box too small."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    texts = [("การใช้งบประมาณประจำปีงบประมาณของหน่วยงานในสังกัดกองคลัง " * 2, 100, 300),
             ("ข้อความยาวเกินกล่อง " * 40, 300, 40)]
    for i, (text, width, height) in enumerate(texts):
        box = slide.shapes.add_textbox(Pt(20 + i * 200), Pt(20), Pt(width), Pt(height))
        box.text_frame.word_wrap = True
        run_ = box.text_frame.paragraphs[0].add_run()
        run_.text = text
        run_.font.size = Pt(24)
        set_fonts(box.element.xpath(".//a:r")[-1].get_or_add_rPr(), "TH Sarabun New")
    prs.save(str(path))
    return path


def _narrow_header(path: Path) -> Path:
    """The fix-first table's "คะแนน 2569" header in a column a little narrower than the pair,
    as slide 6 had it (LibreOffice drew "คะแนน 25" / "69"): it must break before the year,
    never inside it."""
    from ita_xl.briefing import tables
    from ita_xl.briefing.layout import Box, emu

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    # (no สระอำ in the bold header: LibreOffice's PDF then maps its อา glyph to no text)
    columns = [tables.Column("ที่", 0.0001), tables.Column("คะแนน 2569", 1.0)]
    spec = tables.TableSpec(columns, size=24, header_size=24)
    first = spec._minimum(columns[0], whole=True)
    pair = spec._minimum(columns[1], whole=True)
    width = first + pair - 6  # the pair does not fit; "คะแนน 25" does
    box = Box(emu(20), emu(20), emu(width), emu(400))
    pages = tables.paginate_fitting(spec, [["1", "94.10"]], box)
    tables.draw(slide, box, spec, pages[0])
    prs.save(str(path))
    return path


def _need_office() -> None:
    """As conftest's ``office`` fixture, for a module-wide fixture; and TH Sarabun New's metrics."""
    need_office()
    if not office_env():
        if os.environ.get("ITA_XL_REQUIRE_OFFICE"):
            pytest.fail("fonts-thai-tlwg (Laksaman) and fontTools are needed for TH Sarabun New")
        pytest.skip("Laksaman or fontTools missing: cannot draw TH Sarabun New's metrics")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    _need_office()
    tmp = tmp_path_factory.mktemp("typeset")
    agency = tmp / "agency-4x3.pptx"
    Presentation().save(str(agency))  # python-pptx's stock template: 4:3
    decks = {}
    master = tmp / "example" / "master.xlsx"
    master.parent.mkdir()
    shutil.copy(REPO / "workbooks" / "example-master.xlsx", master)
    result = run(master, RunOptions(out=tmp / "example" / "out"))
    decks["example-th-16x9"] = next(p for p in result.outputs if p.suffix == ".pptx")
    short, long_ = sample_analysis(n_measures=6), sample_analysis(n_measures=14)
    specs = {
        "th-16x9": (short, dict()),
        "th-4x3-thai-digits": (long_, dict(template=agency, thai_digits=True)),
        "en-16x9-thai-digits": (short, dict(lang="en", thai_digits=True)),
        "en-4x3": (long_, dict(lang="en", template=agency)),
    }
    for name, (analysis, options) in specs.items():
        decks[name] = build_briefing(analysis, tmp / f"{name}.pptx", generated=WHEN,
                                     **options).path
    extra = [_control(tmp / "control.pptx"), _narrow_header(tmp / "narrow-header.pptx")]
    sources = [decks[name] for name in DECKS] + extra
    pdfs = convert_all(sources, "pdf", tmp / "pdf", timeout=600)
    names = DECKS + ["control", "narrow-header"]
    out = {name: (deck, pdf) for name, deck, pdf in zip(names, sources, pdfs)}
    return {name: (deck, pdf, check(deck, pdf)) for name, (deck, pdf) in out.items()}


@pytest.mark.parametrize("name", DECKS)
def test_no_text_leaves_its_box_or_the_slide(rendered, name):
    report = rendered[name][2]
    assert report.lines_checked > 100
    assert not report.outside and not report.missing, report.outside[:5] + report.missing[:5]


@pytest.mark.parametrize("name", DECKS)
def test_lines_break_only_between_words(rendered, name):
    report = rendered[name][2]
    assert report.breaks_checked > 20  # the decks do wrap: the check has work to do
    assert not report.broken, report.broken[:10]


@pytest.mark.parametrize("name", DECKS)
def test_table_rows_are_no_taller_than_their_lines_need(rendered, name):
    assert not rendered[name][2].tall_rows, rendered[name][2].tall_rows[:5]


def test_the_checks_catch_what_the_issue_saw(rendered):
    report = rendered["control"][2]
    assert report.missing  # the text that ran out of its box
    assert report.broken, "LibreOffice split a compound: the segmenter check must see it"


def test_a_header_too_wide_for_its_column_breaks_before_the_year_not_inside_it(rendered):
    import pdfplumber

    report = rendered["narrow-header"][2]
    assert not report.problems(), report.problems()[:5]
    with pdfplumber.open(str(rendered["narrow-header"][1])) as pdf:
        lines = [line.replace(" ", "").replace("\u200b", "")
                 for line in pdf.pages[0].extract_text().splitlines()]
    assert "2569" in lines, lines  # the year on a line of its own, whole


def test_decks_are_drawn_in_th_sarabun_new_metrics(rendered):
    if not shutil.which("pdffonts"):
        pytest.skip("poppler's pdffonts not installed")
    fonts = subprocess.run(["pdffonts", str(rendered["th-16x9"][1])], capture_output=True,
                           text=True).stdout
    assert "THSarabunNew" in fonts.replace(" ", "")
    assert "Laksaman" not in fonts  # Laksaman unscaled draws 1.5 times too wide
