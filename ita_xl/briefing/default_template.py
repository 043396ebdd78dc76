"""The default slide template of the briefing, built from python-pptx's own default template.

``build()`` makes it 16:9, keeps three layouts (Title Slide, Title and Content, Title Only), names
TH Sarabun New as the theme's Latin, East Asian and complex-script font and writes the palette of
:mod:`ita_xl.briefing.palette` into the theme colours. The bytes are the same on every run
(fixed dates, fixed zip timestamps). ``templates/make_briefing_template.py`` writes them to
``templates/briefing.pptx``; the deck falls back to building them here when that file was not
installed.
"""
from __future__ import annotations

import io
from datetime import datetime

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches

from ita_xl.briefing.package import restamp
from ita_xl.briefing.palette import STYLE

KEEP = ("Title Slide", "Title and Content", "Title Only")
FIXED = datetime(2024, 1, 1, 0, 0, 0)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WIDTH, HEIGHT = Inches(13.333), Inches(7.5)


def build() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    for layout in list(prs.slide_layouts):
        if layout.name not in KEEP:
            prs.slide_layouts.remove(layout)
    _style_master(prs.slide_master)
    for layout in prs.slide_layouts:
        _drop_decor_placeholders(layout)
        if layout.name == "Title Slide":
            _style_title_layout(layout)
        elif layout.name == "Title and Content":
            _place(layout.placeholders[1], 0.5, 1.55, 12.333, 5.25)
    _patch_theme(prs)
    props = prs.core_properties
    props.title = "ita-xl briefing template"
    props.author = props.last_modified_by = "ita-xl"
    props.created = props.modified = FIXED
    props.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    return restamp(buffer.getvalue(), FIXED)  # every member at a fixed time: same bytes


def _place(shape, left: float, top: float, width: float, height: float) -> None:
    shape.left, shape.top = Inches(left), Inches(top)
    shape.width, shape.height = Inches(width), Inches(height)


def _style_master(master) -> None:
    """Title top left in navy, a navy strip along the top, a gold rule under the title."""
    for ph in master.placeholders:
        kind = ph.placeholder_format.type
        name = str(kind)
        if "TITLE" in name:
            _place(ph, 0.5, 0.3, 12.333, 1.0)
        elif "BODY" in name:
            _place(ph, 0.5, 1.55, 12.333, 5.25)
        else:  # date, footer, slide number: keep them, scaled to the wider slide
            ph.left = Emu(int(ph.left * 4 / 3))
            ph.width = Emu(int(ph.width * 4 / 3))
            ph.top = HEIGHT - Inches(0.45)
            ph.height = Inches(0.35)
    strip = master.shapes.element
    pal = STYLE.palette
    _add_rect(strip, 901, "Top strip", 0, 0, WIDTH, Inches(0.12), pal.navy)
    _add_rect(strip, 902, "Title rule", Inches(0.5), Inches(1.34), Inches(12.333),
              Inches(0.035), pal.gold)
    styles = master.element.find(qn("p:txStyles"))
    title = styles.find(qn("p:titleStyle")).find(qn("a:lvl1pPr"))
    title.set("algn", "l")
    _set_size(title, 3600, bold=True, scheme="tx2")
    body = styles.find(qn("p:bodyStyle"))
    for level, size in zip(range(1, 10), (2400, 2200, 2000, 1800, 1800, 1800, 1800, 1800, 1800)):
        lvl = body.find(qn(f"a:lvl{level}pPr"))
        if lvl is not None:
            _set_size(lvl, size)


def _set_size(lvl, size: int, bold: bool = False, scheme: str = "") -> None:
    rpr = lvl.find(qn("a:defRPr"))
    rpr.set("sz", str(size))
    if bold:
        rpr.set("b", "1")
    if scheme:
        fill = rpr.find(qn("a:solidFill"))
        fill.clear()
        etree.SubElement(fill, qn("a:schemeClr")).set("val", scheme)


def _add_rect(sp_tree, shape_id: int, name: str, x: int, y: int, cx: int, cy: int,
              colour: str) -> None:
    from pptx.oxml.shapes.autoshape import CT_Shape

    sp = CT_Shape.new_autoshape_sp(shape_id, name, "rect", x, y, cx, cy)
    sp_pr = sp.find(qn("p:spPr"))
    fill = etree.SubElement(sp_pr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", colour)
    ln = etree.SubElement(sp_pr, qn("a:ln"))
    etree.SubElement(ln, qn("a:noFill"))
    style = sp.find(qn("p:style"))
    if style is not None:
        sp.remove(style)
    sp_tree.append(sp)


def _drop_decor_placeholders(layout) -> None:
    for ph in list(layout.placeholders):
        if ph.placeholder_format.idx >= 10:  # date, footer, slide number
            ph.element.getparent().remove(ph.element)


def _style_title_layout(layout) -> None:
    """The opening slide: navy background, white title, gold rule, pale subtitle."""
    pal = STYLE.palette
    layout.element.set("showMasterSp", "0")
    layout.background.fill.solid()
    layout.background.fill.fore_color.rgb = _rgb(pal.navy)
    title, subtitle = layout.placeholders[0], layout.placeholders[1]
    _place(title, 0.9, 1.2, 11.533, 2.3)
    _place(subtitle, 0.9, 3.85, 11.533, 2.75)
    _list_style(title, 4400, pal.paper, bold=True, anchor="b")
    _list_style(subtitle, 2400, pal.mist, anchor="t")
    _add_rect(layout.shapes.element, 903, "Title rule", Inches(0.9), Inches(3.62),
              Inches(3.0), Inches(0.05), pal.gold)


def _list_style(ph, size: int, colour: str, bold: bool = False, anchor: str = "t") -> None:
    tx = ph.element.get_or_add_txBody()
    tx.bodyPr.set("anchor", anchor)
    lst = tx.find(qn("a:lstStyle"))
    lst.clear()
    lvl = etree.SubElement(lst, qn("a:lvl1pPr"), algn="l", indent="0", marL="0")
    etree.SubElement(lvl, qn("a:buNone"))
    rpr = etree.SubElement(lvl, qn("a:defRPr"), sz=str(size), b="1" if bold else "0")
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", colour)


def _rgb(hex_code: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_code)


def _patch_theme(prs) -> None:
    """TH Sarabun New for every script of the major and minor fonts; the palette's colours."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    root.set("name", "ita-xl")
    scheme = root.find(f".//{{{A}}}clrScheme")
    scheme.set("name", "ita-xl")
    for slot, colour in STYLE.palette.theme_scheme().items():
        el = scheme.find(f"{{{A}}}{slot}")
        el.clear()
        etree.SubElement(el, f"{{{A}}}srgbClr").set("val", colour)
    fonts = root.find(f".//{{{A}}}fontScheme")
    fonts.set("name", "ita-xl")
    for which in ("majorFont", "minorFont"):
        group = fonts.find(f"{{{A}}}{which}")
        group.clear()
        for tag in ("latin", "ea", "cs"):
            etree.SubElement(group, f"{{{A}}}{tag}").set("typeface", STYLE.font)
        thai = etree.SubElement(group, f"{{{A}}}font")
        thai.set("script", "Thai")
        thai.set("typeface", STYLE.font)
    part.blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

