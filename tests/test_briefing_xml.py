"""The fast XML builders of the briefing against python-pptx's own setters, element for element.

The deck writes text boxes, rectangles, tables, slides and notes pages as XML strings (or copies)
for speed; each must be exactly what the python-pptx setter code it replaced would write, so that
the saved deck does not change. The setter versions below are that replaced code.
"""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from ita_xl.briefing import layout, package, parts, tables, textfit
from ita_xl.thai_breaks import mark
from ita_xl.briefing.layout import Box, Para, emu, set_fonts
from ita_xl.briefing.palette import STYLE, rgb
from ita_xl.briefing.template import find_layouts, open_template, remove_body_placeholders

WHEN = datetime(2023, 10, 1, 9, 30)
BOX = Box(emu(40), emu(60), emu(300), emu(120))
PRS = Presentation()
BLANK = PRS.slide_layouts[6]


def _xml(element) -> bytes:
    return etree.tostring(element, encoding="UTF-8")


def _slides(n: int = 2):
    return [PRS.slides.add_slide(BLANK) for _ in range(n)]


# -- the replaced setter code -------------------------------------------------------------------

def style_run(run, size, bold=False, color=None, style=STYLE):
    """The replaced run setter: python-pptx's Font, then all three typefaces on the run's
    (private) element — a reference here; ita_xl reaches no private element (compat rules)."""
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = rgb(color)
    set_fonts(run._r.get_or_add_rPr(), style.font)


def setter_paragraphs(frame, paras, style=STYLE, default_color=None):
    frame.clear()
    for i, para in enumerate(paras):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        size = para.size or style.sizes.body[0]
        p.line_spacing = Pt(textfit.line_height(size))
        p.space_before = Pt(para.space_before)
        p.space_after = Pt(0)
        if para.align is not None:
            p.alignment = para.align
        run = p.add_run()
        run.text = mark(para.text)
        style_run(run, size, para.bold, para.color or default_color, style)
        end = p._p.get_or_add_endParaRPr()
        end.set("sz", str(int(size * 100)))
        set_fonts(end, style.font)


def setter_prepare(frame, margins, anchor):
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left, frame.margin_top = Pt(margins[0]), Pt(margins[1])
    frame.margin_right, frame.margin_bottom = Pt(margins[2]), Pt(margins[3])
    frame.vertical_anchor = anchor


def setter_rect(slide, box, fill, line, shape_type):
    shape = slide.shapes.add_shape(shape_type, Emu(box.left), Emu(box.top), Emu(box.width),
                                   Emu(box.height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    if line:
        shape.line.color.rgb = rgb(line)
        shape.line.width = Pt(0.75)
    else:
        shape.line.fill.background()
    shape.shadow.inherit = False
    if shape_type == MSO_SHAPE.ROUNDED_RECTANGLE:
        shape.adjustments[0] = 0.12
    return shape


def setter_table(slide, box, spec, page):
    pal = STYLE.palette
    frame = slide.shapes.add_table(len(page.rows) + 1, len(spec.columns), Emu(box.left),
                                   Emu(box.top), Emu(box.width), Emu(emu(page.total_height)))
    table = frame.table
    table.first_row, table.horz_banding = True, False
    used = 0
    widths = spec.widths(layout.pt(box.width))
    for i, w in enumerate(widths):
        table.columns[i].width = Emu(box.width - used if i == len(widths) - 1 else emu(w))
        used += table.columns[i].width
    table.rows[0].height = Emu(emu(page.header_height))
    cells = [[(c.header, spec.header_size, True, pal.paper, pal.navy, PP_ALIGN.CENTER,
               MSO_ANCHOR.MIDDLE) for c in spec.columns]]
    for i, (row, h) in enumerate(zip(page.rows, page.heights), start=1):
        table.rows[i].height = Emu(emu(h))
        cells.append([(text, spec.size, c.bold, pal.ink, pal.mist if i % 2 == 0 else pal.paper,
                       c.align, MSO_ANCHOR.TOP) for text, c in zip(row, spec.columns)])
    for i, row in enumerate(cells):
        for j, (text, size, bold, colour, fill, align, anchor) in enumerate(row):
            cell = table.cell(i, j)
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(fill)
            left, top, right, bottom = tables.cell_margins(size)
            cell.margin_left, cell.margin_top = Pt(left), Pt(top)
            cell.margin_right, cell.margin_bottom = Pt(right), Pt(bottom)
            cell.vertical_anchor = anchor
            cell.text_frame.word_wrap = True
            setter_paragraphs(cell.text_frame, [Para(line, size, bold, colour, align)
                                                for line in text.split("\n")], STYLE, colour)
    return frame


# -- text ---------------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.sampled_from(list("กขคำผู้ ีabcZ09&<>\"'\t\n\r\x07·–")), max_size=30)
PARA = st.builds(Para, TEXT, st.sampled_from([None, 9, 13, 15.5, 16, 18.3, 24, 96]),
                 st.booleans(), st.sampled_from([None, "1F2933", "c62828"]),
                 st.sampled_from([None, PP_ALIGN.LEFT, PP_ALIGN.CENTER, PP_ALIGN.RIGHT]),
                 st.sampled_from([0.0, 6.0, 2.5]))
MARGINS = st.sampled_from([(4, 2, 4, 2), (0, 0, 0, 0), (7.2, 3.6, 7.2, 3.6), (3, 0, 3, 0)])
ANCHORS = st.sampled_from([MSO_ANCHOR.TOP, MSO_ANCHOR.MIDDLE, MSO_ANCHOR.BOTTOM])


@given(st.lists(PARA, max_size=4), MARGINS, ANCHORS, st.sampled_from([None, "DRAFT"]))
def test_text_box_is_what_the_setters_wrote(paras, margins, anchor, name):
    fast, slow = _slides()
    sp, _cut = layout.add_text(fast, BOX, paras, sizes=(200, 200), margins=margins,
                               anchor=anchor, name=name)
    shape = slow.shapes.add_textbox(Emu(BOX.left), Emu(BOX.top), Emu(BOX.width), Emu(BOX.height))
    if name:
        shape.name = name
    setter_prepare(shape.text_frame, margins, anchor)
    fitted, _ = layout.fit_paragraphs(paras, *layout.inner_size(BOX, margins), (200, 200))
    setter_paragraphs(shape.text_frame, fitted, STYLE, STYLE.palette.ink)
    assert _xml(sp) == _xml(shape._element)


@given(st.lists(PARA, max_size=3), MARGINS)
def test_rewriting_a_placeholder_is_what_the_setters_wrote(paras, margins):
    layouts = PRS.slide_layouts
    fast, slow = (PRS.slides.add_slide(layouts[1]) for _ in range(2))
    layout.prepare_frame(fast.shapes.title, margins, None)
    layout.write_paragraphs(fast.shapes.title, paras)
    setter_prepare(slow.shapes.title.text_frame, margins, None)
    setter_paragraphs(slow.shapes.title.text_frame, paras)
    assert _xml(fast.shapes.title._element) == _xml(slow.shapes.title._element)


@pytest.mark.parametrize("shape_type", [MSO_SHAPE.RECTANGLE, MSO_SHAPE.ROUNDED_RECTANGLE])
@pytest.mark.parametrize("line", [None, "C7D0DB"])
def test_labelled_rectangle_is_what_the_setters_wrote(shape_type, line):
    fast, slow = _slides()
    made = layout.add_rect(fast, BOX, "E8EEF5", line, shape_type)
    layout.label_in(made, "ร่าง & <draft>", (24, 12), True, "FFFFFF")
    shape = setter_rect(slow, BOX, "E8EEF5", line, shape_type)
    margins = (3, 0, 3, 0)
    fit = layout.fit_label("ร่าง & <draft>", BOX, (24, 12), True, margins, max_lines=1)
    setter_prepare(shape.text_frame, margins, MSO_ANCHOR.MIDDLE)
    setter_paragraphs(shape.text_frame, [Para(fit.text, fit.size, True, "FFFFFF",
                                              PP_ALIGN.CENTER)], STYLE, "FFFFFF")
    assert _xml(made._element) == _xml(shape._element)
    assert layout.next_shape_id(fast.shapes._spTree) == fast.shapes._next_shape_id


@pytest.mark.parametrize("ends", [(100, 200, 5000, 200), (5000, 900, 100, 200), (7, 9, 7, 9)])
@pytest.mark.parametrize("dash", [False, True])
def test_line_is_what_the_setters_wrote(ends, dash):
    fast, slow = _slides()
    for slide in (fast, slow):
        layout.add_text(slide, BOX, "ก่อนเส้น")
    made = layout.add_line(fast, *ends, "C7D0DB", 1.5, dash)
    conn = slow.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, *(Emu(v) for v in ends))
    conn.line.color.rgb = rgb("C7D0DB")
    conn.line.width = Pt(1.5)
    if dash:
        conn.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    assert _xml(made._element) == _xml(conn._element)
    assert layout.next_shape_id(fast.shapes._spTree) == fast.shapes._next_shape_id


def test_table_is_what_the_setters_wrote():
    spec = tables.TableSpec([tables.Column("ลำดับ", 0.5, PP_ALIGN.CENTER, True, widest="99"),
                             tables.Column("มาตรการ & <วิธี>", 4.0),
                             tables.Column("Progress", 1.2, PP_ALIGN.RIGHT)])
    rows = [["1", "ปรับปรุงขั้นตอน\nเผยแพร่ผ่านเว็บไซต์", "40 %"], ["2", "", "-"],
            ["3", "ก" * 300, "100 %"]]
    page = tables.paginate(spec, rows, layout.pt(BOX.width), 400)[0]
    fast, slow = _slides()
    frame = tables.draw(fast, BOX, spec, page)
    assert _xml(frame) == _xml(setter_table(slow, BOX, spec, page)._element)


# -- slides, notes pages and the file -----------------------------------------------------------

def _template_with_notes_master(path):
    """A template whose notes master exists already (and whose example slide had notes)."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[5]).notes_slide.notes_text_frame.text = "ตัวอย่าง"
    prs.save(str(path))
    return path


@pytest.mark.parametrize("notes_master", [False, True])
def test_copied_slides_and_notes_pages_are_what_python_pptx_makes(tmp_path, notes_master):
    template = _template_with_notes_master(tmp_path / "t.pptx") if notes_master else None

    def deck(fast: bool) -> bytes:
        prs = open_template(template)
        title_only = find_layouts(prs).title_only
        maker, notes = parts.SlideMaker(prs), parts.NotesMaker(prs)
        slides = []
        for n in range(4):
            if fast:
                slide = maker.add(title_only).slide
            else:
                slide = prs.slides.add_slide(title_only)
                remove_body_placeholders(slide)
            layout.add_text(slide, BOX, f"หน้า {n}")
            slides.append(slide)
        for n, slide in enumerate(slides):
            body = notes.text_body(slide) if fast else \
                slide.notes_slide.notes_text_frame._txBody
            layout.write_body(body, [Para(f"บันทึก {n}"), Para("second & last")], breaks=False)
        return package.save(prs, WHEN)

    fast = deck(True)
    assert fast == deck(False)
    prs = Presentation(io.BytesIO(fast))
    assert [s.notes_slide.notes_text_frame.text for s in prs.slides] == \
        [f"บันทึก {n}\nsecond & last" for n in range(4)]
    assert [s.shapes.title is not None for s in prs.slides] == [True] * 4


def test_saving_once_equals_saving_then_restamping():
    prs = open_template(None)
    slide = parts.SlideMaker(prs).add(find_layouts(prs).title_only).slide
    layout.add_text(slide, BOX, "ทดสอบ")
    buffer = io.BytesIO()
    prs.save(buffer)
    saved = package.save(prs, WHEN)
    assert saved == package.restamp(buffer.getvalue(), WHEN)
    assert Presentation(io.BytesIO(saved)).slides[0].shapes[-1].text_frame.text == mark("ทดสอบ")
