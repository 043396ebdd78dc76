"""The slide template: the generator, the shipped file, agency templates found by kind."""
from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from briefing_helpers import notes_text, title_of
from sample_analysis import sample_analysis

from ita_xl.briefing import build_briefing, check_template
from ita_xl.briefing import template as template_module
from ita_xl.briefing.palette import STYLE
from ita_xl.errors import TemplateInvalid
from ita_xl.resources import template_bytes

REPO = Path(__file__).resolve().parent.parent
GENERATOR = REPO / "templates" / "make_briefing_template.py"
SHIPPED = REPO / "templates" / "briefing.pptx"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WHEN = datetime(2023, 10, 1, 9, 30)


def _generator():
    spec = importlib.util.spec_from_file_location("make_briefing_template", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _theme(prs):
    part = prs.slide_master.part.part_related_by(RT.THEME)
    return etree.fromstring(part.blob)


def _kinds(layout):
    return {ph.placeholder_format.type for ph in layout.placeholders}


def test_generator_is_deterministic():
    gen = _generator()
    assert gen.build() == gen.build()


def test_shipped_template_is_16_9_with_thai_theme_fonts_and_the_palette():
    prs = Presentation(str(SHIPPED))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000) or \
        abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    assert [layout.name for layout in prs.slide_layouts] == \
        ["Title Slide", "Title and Content", "Title Only"]
    theme = _theme(prs)
    for which in ("majorFont", "minorFont"):
        group = theme.find(f".//{A}{which}")
        for slot in ("latin", "ea", "cs"):
            assert group.find(f"{A}{slot}").get("typeface") == "TH Sarabun New"
    scheme = theme.find(f".//{A}clrScheme")
    colours = {el.tag.replace(A, ""): el[0].get("val") for el in scheme}
    assert colours == STYLE.palette.theme_scheme()  # regenerate the template after a restyle


def test_template_is_found_in_the_source_tree():
    assert template_bytes("briefing.pptx") == SHIPPED.read_bytes()


def test_deck_builds_its_template_when_the_file_was_not_installed(tmp_path, monkeypatch):
    def missing(name):
        raise FileNotFoundError(name)

    monkeypatch.setattr(template_module, "template_bytes", missing)
    result = build_briefing(sample_analysis(), tmp_path / "d.pptx", generated=WHEN)
    prs = Presentation(str(result.path))
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    fonts = _theme(prs).find(f".//{A}minorFont")
    assert fonts.find(f"{A}cs").get("typeface") == "TH Sarabun New"
    assert [layout.name for layout in prs.slide_layouts] == \
        [layout.name for layout in Presentation(str(SHIPPED)).slide_layouts]


def _agency_template(path: Path, drop_title_only: bool = False) -> Path:
    """python-pptx's stock template with its layouts reversed, renamed and one sample slide."""
    prs = Presentation()
    layouts = prs.slide_layouts
    prs.slides.add_slide(layouts[1]).shapes.title.text = "ตัวอย่าง"
    if drop_title_only:
        layouts.remove(layouts.get_by_name("Title Only"))
    id_list = prs.slide_master.element.sldLayoutIdLst
    entries = list(id_list)
    for entry in entries:
        id_list.remove(entry)
    for entry in reversed(entries):
        id_list.append(entry)
    for n, layout in enumerate(layouts):
        layout.element.cSld.set("name", f"แบบที่ {n}")
    prs.save(str(path))
    return path


def test_agency_template_layouts_are_found_by_kind_not_position(tmp_path):
    template = _agency_template(tmp_path / "agency.pptx")
    names = [layout.name for layout in Presentation(str(template)).slide_layouts]
    assert names[0] != "Title Slide" and "Title Only" not in names
    result = build_briefing(sample_analysis(), tmp_path / "deck.pptx", template=template,
                            generated=WHEN)
    prs = Presentation(str(result.path))
    assert len(prs.slides) == result.slide_count  # the template's own slide is gone
    first = _kinds(prs.slides[0].slide_layout)
    assert {PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE} <= first
    for slide in list(prs.slides)[1:]:
        kinds = _kinds(slide.slide_layout)
        assert PP_PLACEHOLDER.TITLE in kinds
        assert not kinds & {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}
    for slide, full in zip(prs.slides, result.titles):
        shown = title_of(slide)
        # a title only ever shortens as a last resort, and then the notes keep it whole
        assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1].rstrip())
                                 and full in notes_text(slide))
    for slide in prs.slides:  # the stock template is 4:3: everything still fits
        for shape in slide.shapes:
            assert shape.left + shape.width <= prs.slide_width
            assert shape.top + shape.height <= prs.slide_height


def test_title_and_content_layout_stands_in_for_a_missing_title_only(tmp_path):
    template = _agency_template(tmp_path / "agency.pptx", drop_title_only=True)
    result = build_briefing(sample_analysis(), tmp_path / "deck.pptx", template=template,
                            generated=WHEN)
    prs = Presentation(str(result.path))
    slide = prs.slides[1]
    assert {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.OBJECT} <= _kinds(slide.slide_layout)
    assert [ph.placeholder_format.type for ph in slide.placeholders] == [PP_PLACEHOLDER.TITLE]


def test_unusable_templates_raise_template_invalid(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("ไม่ใช่งานนำเสนอ", encoding="utf-8")
    with pytest.raises(TemplateInvalid):
        check_template(text)
    with pytest.raises(TemplateInvalid) as err:
        build_briefing(sample_analysis(), tmp_path / "d.pptx", template=text)
    assert err.value.params["path"] == str(text)
    assert "ไม่ใช่ไฟล์ PowerPoint (.pptx)" in err.value.message("th")
    with pytest.raises(TemplateInvalid):
        build_briefing(sample_analysis(), tmp_path / "d.pptx", template=tmp_path / "none.pptx")
    blank = Presentation()
    for layout in list(blank.slide_layouts):
        if layout.name != "Blank":
            blank.slide_layouts.remove(layout)
    blank.save(str(tmp_path / "blank.pptx"))
    with pytest.raises(TemplateInvalid) as err:  # the reason comes in the deck's language
        build_briefing(sample_analysis(), tmp_path / "d.pptx", template=tmp_path / "blank.pptx",
                       lang="en")
    assert "no slide layout with a title placeholder" in err.value.message("en")
    assert not (tmp_path / "d.pptx").exists()
