"""Drawing helpers: boxes, text that fits, fonts on every run, rectangles and lines.

Every run the deck creates names TH Sarabun New as its Latin, East Asian and complex-script
(``a:cs``) font — Thai is a complex script, and without ``a:cs`` PowerPoint and LibreOffice fall
back to another Thai font whatever the theme says. Every paragraph gets an exact line pitch so the
estimates in :mod:`textfit` hold in every renderer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import namespaces, qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.connector import Connector
from pptx.util import Pt

from ita_xl.briefing import ooxml, textfit
from ita_xl.briefing.deferred import Deferred
from ita_xl.briefing.palette import STYLE, Style, rgb

EMU_PER_PT = 12700
FONT_SLOTS = ("a:latin", "a:ea", "a:cs")
TEXT_MARGINS = (4.0, 2.0, 4.0, 2.0)  # points: left, top, right, bottom of every text box
_P, _PPR, _BODY_PR = qn("a:p"), qn("a:pPr"), qn("a:bodyPr")
_EXT_LST = qn("p:extLst")
_SHAPE_IDS = etree.XPath("./*/*[1]/*[1][self::p:cNvPr]/@id",  # each shape's nv…Pr/cNvPr
                         namespaces=namespaces("p"))
_CONTENT = {qn("a:r"), qn("a:br"), qn("a:fld")}
_AUTOFIT = {qn("a:noAutofit"), qn("a:normAutofit"), qn("a:spAutoFit")}
_INSETS = ("lIns", "tIns", "rIns", "bIns")


def pt(emu: int) -> float:
    return emu / EMU_PER_PT


def emu(points: float) -> int:
    return int(round(points * EMU_PER_PT))


@dataclass(frozen=True)
class Box:
    """A rectangle in EMU."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    def inset(self, dx: int, dy: Optional[int] = None) -> "Box":
        dy = dx if dy is None else dy
        return Box(self.left + dx, self.top + dy, max(0, self.width - 2 * dx),
                   max(0, self.height - 2 * dy))

    def split_h(self, fractions: Sequence[float], gap: int = 0) -> List["Box"]:
        """Columns side by side with ``gap`` between them, widths in proportion to ``fractions``."""
        usable = self.width - gap * (len(fractions) - 1)
        total = float(sum(fractions))
        out, x = [], self.left
        for i, frac in enumerate(fractions):
            w = self.right - x if i == len(fractions) - 1 else int(usable * frac / total)
            out.append(Box(x, self.top, w, self.height))
            x += w + gap
        return out

    def split_v(self, fractions: Sequence[float], gap: int = 0) -> List["Box"]:
        usable = self.height - gap * (len(fractions) - 1)
        total = float(sum(fractions))
        out, y = [], self.top
        for i, frac in enumerate(fractions):
            h = self.bottom - y if i == len(fractions) - 1 else int(usable * frac / total)
            out.append(Box(self.left, y, self.width, h))
            y += h + gap
        return out

    def take_top(self, height: int, gap: int = 0) -> Tuple["Box", "Box"]:
        height = min(height, self.height)
        rest_top = self.top + height + gap
        return (Box(self.left, self.top, self.width, height),
                Box(self.left, rest_top, self.width, max(0, self.bottom - rest_top)))


@dataclass
class Para:
    """One paragraph to write: text and how it looks (size None = fit it)."""

    text: str
    size: Optional[float] = None
    bold: bool = False
    color: Optional[str] = None
    align: Optional[PP_ALIGN] = None
    space_before: float = 0.0


def set_fonts(rpr: etree._Element, font: str) -> None:
    """Name ``font`` as the run's latin, ea and cs typeface (in schema order, after fills)."""
    for tag in FONT_SLOTS:
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    successors = [qn(t) for t in ("a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")]
    anchor = next((child for child in rpr if child.tag in successors), None)
    for tag in FONT_SLOTS:
        el = etree.Element(qn(tag))
        el.set("typeface", font)
        if anchor is not None:
            anchor.addprevious(el)
        else:
            rpr.append(el)


def style_run(run, size: float, bold: bool = False, color: Optional[str] = None,
              style: Style = STYLE) -> None:
    """Size, weight, colour and Latin font of one python-pptx run (chart labels), all through
    python-pptx's public ``Font``. The East Asian and complex-script typefaces have no public API
    on a run: ``charts.apply_fonts`` names all three on every run of the chart, reached through
    the chart's public ``element`` (the run's private ``_r`` is not used)."""
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = rgb(color)
    run.font.name = style.font


def write_paragraphs(shape, paras: Iterable[Para], style: Style = STYLE,
                     default_color: Optional[str] = None, width: Optional[float] = None) -> None:
    """Replace the shape's text with ``paras``, each one run with explicit fonts and pitch
    (``width``: the frame's text width in points, see ``ooxml.paragraphs``)."""
    write_body(shape.element.get_or_add_txBody(), paras, style, default_color, width=width)


def write_body(tx_body, paras: Iterable[Para], style: Style = STYLE,
               default_color: Optional[str] = None, deferred: Optional[Deferred] = None,
               breaks: bool = True, width: Optional[float] = None) -> None:
    """:func:`write_paragraphs` on a ``txBody`` element. The frames written here are new (a bare
    ``a:p``, or an autoshape's centred one): only an ``algn`` on the old first paragraph is
    carried over, as python-pptx's clear-and-refill would. With ``deferred`` the paragraphs stay
    text until the save."""
    old = tx_body.findall(_P)
    paras = list(paras)
    if not paras:  # python-pptx's clear(): the first paragraph stays, without its runs
        for p in old[1:]:
            tx_body.remove(p)
        for child in old[0].findall("*") if old else ():
            if child.tag in _CONTENT:
                old[0].remove(child)
        return
    ppr = old[0].find(_PPR) if old else None
    inherited = ppr.get("algn") if ppr is not None else None
    xml = ooxml.paragraphs(paras, style.font, style.sizes.body[0], default_color, inherited,
                           breaks, width)
    for p in old:
        tx_body.remove(p)
    if deferred is not None:
        deferred.append(tx_body, xml)
    else:
        tx_body.extend(list(ooxml.fragment(xml)))


def prepare_frame(shape, margins: Tuple[float, float, float, float] = (4, 2, 4, 2),
                  anchor: Optional[MSO_ANCHOR] = MSO_ANCHOR.TOP) -> None:
    """The shape's text: word wrap on, no auto-fit (we size text ourselves), margins in points
    (l, t, r, b)."""
    prepare_body(shape.element.get_or_add_txBody().find(_BODY_PR), margins, anchor)


def prepare_body(body_pr, margins: Tuple[float, float, float, float],
                 anchor: Optional[MSO_ANCHOR]) -> None:
    """:func:`prepare_frame` on an ``a:bodyPr`` (attributes set in python-pptx's order; a margin
    equal to the schema default is left out, ``anchor`` None drops the anchor)."""
    body_pr.set("wrap", "square")
    for child in body_pr.findall("*"):
        if child.tag in _AUTOFIT:
            body_pr.remove(child)
    warp = body_pr.find(qn("a:prstTxWarp"))
    body_pr.insert(0 if warp is None else 1, etree.Element(qn("a:noAutofit")))
    for name, value, default in zip(_INSETS, margins, ooxml.DEFAULT_INSETS):
        emu_value = int(Pt(value))
        if emu_value == default:
            body_pr.attrib.pop(name, None)
        else:
            body_pr.set(name, str(emu_value))
    if anchor is None:
        body_pr.attrib.pop("anchor", None)
    else:
        body_pr.set("anchor", MSO_ANCHOR.to_xml(anchor))


def inner_size(box: Box, margins: Tuple[float, float, float, float]) -> Tuple[float, float]:
    """Usable width and height in points inside ``box`` after the margins."""
    left, top, right, bottom = margins
    return pt(box.width) - left - right, pt(box.height) - top - bottom


def fit_paragraphs(paras: Sequence[Para], width: float, height: float,
                   sizes: Tuple[float, float], bold: bool = False) -> Tuple[List[Para], bool]:
    """Give every unsized paragraph one common size so all of them fit ``height`` points.

    Shrinks from ``sizes[0]`` to ``sizes[1]``; at the smallest size the last paragraphs that do
    not fit are cut (with an ellipsis). Returns the paragraphs and whether anything was cut.
    """
    largest, smallest = sizes
    size = float(largest)
    while True:
        total = sum(_para_height(p, width, p.size or size) for p in paras)
        if total <= height + 1e-6 or size <= smallest:
            break
        size -= 1.0
    out = [Para(p.text, p.size or size, p.bold or bold, p.color, p.align, p.space_before)
           for p in paras]
    return _cut_to_height(out, width, height)


def _para_height(para: Para, width: float, size: float) -> float:
    return para.space_before + textfit.text_height(para.text, width, size, para.bold)


def _cut_to_height(paras: List[Para], width: float, height: float) -> Tuple[List[Para], bool]:
    used, kept = 0.0, []
    for para in paras:
        need = _para_height(para, width, para.size or 0)
        if used + need <= height + 1e-6:
            kept.append(para)
            used += need
            continue
        room = height - used - para.space_before
        lines = int(room // textfit.line_height(para.size or 0))
        if lines >= 1:
            short = textfit.truncate(para.text, width, para.size or 0, lines, para.bold)
            kept.append(Para(short, para.size, para.bold, para.color, para.align,
                             para.space_before))
        return kept, True
    return kept, False


def add_text(slide, box: Box, paras: Union[str, Sequence[Para]],
             sizes: Tuple[float, float] = STYLE.sizes.body, bold: bool = False,
             color: Optional[str] = None, align: Optional[PP_ALIGN] = None,
             anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
             margins: Tuple[float, float, float, float] = TEXT_MARGINS,
             style: Style = STYLE, name: Optional[str] = None,
             deferred: Optional[Deferred] = None) -> Tuple[object, bool]:
    """A text box holding ``paras`` sized to fit ``box``; returns (its ``p:sp``, truncated).
    With ``deferred`` the paragraphs stay text until the save."""
    if isinstance(paras, str):
        paras = [Para(paras, bold=bold, color=color, align=align)]
    else:
        paras = [Para(p.text, p.size, p.bold or bold, p.color or color,
                      p.align if p.align is not None else align, p.space_before) for p in paras]
    width, height = inner_size(box, margins)
    fitted, cut = fit_paragraphs(paras, width, height, sizes, bold)
    tree = slide.shapes.element
    text = ooxml.paragraphs(fitted, style.font, style.sizes.body[0],
                            color or style.palette.ink, width=width) or "<a:p/>"
    sp = ooxml.textbox(next_shape_id(tree), name, _geometry(box),
                       ooxml.body_pr(tuple(margins), anchor), text if deferred is None else "")
    if deferred is not None:
        deferred.append(sp[-1], text)  # into the p:txBody
    append_element(tree, sp)
    return sp, cut


def add_rect(slide, box: Box, fill: Optional[str], line: Optional[str] = None,
             shape_type: MSO_SHAPE = MSO_SHAPE.RECTANGLE, line_width: float = 0.75):
    """A rectangle (or rounded rectangle) filled with ``fill``, outlined in ``line`` or not at
    all, without the theme's shadow."""
    tree = slide.shapes.element
    sp = ooxml.autoshape(next_shape_id(tree), shape_type, _geometry(box), fill, line,
                         line_width)
    append_element(tree, sp)
    return Shape(sp, slide.shapes)


def label_in(shape, text: str, sizes: Tuple[float, float], bold: bool = False,
             color: Optional[str] = None, align: PP_ALIGN = PP_ALIGN.CENTER,
             anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE, style: Style = STYLE,
             deferred: Optional[Deferred] = None) -> bool:
    """Write a one-line label inside an autoshape, shrunk to fit; True if it had to be cut."""
    margins = (3, 0, 3, 0)
    box = Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))
    fit = fit_label(text, box, sizes, bold, margins, max_lines=1)
    tx_body = shape.element.txBody
    prepare_body(tx_body.find(_BODY_PR), margins, anchor)
    write_body(tx_body, [Para(fit.text, fit.size, bold, color, align)], style,
               color or style.palette.ink, deferred, width=inner_size(box, margins)[0])
    return fit.truncated


def next_shape_id(tree) -> int:
    """The id python-pptx would give the next shape (one more than the largest on the slide),
    read from the shapes' own ``cNvPr`` rather than an XPath over every node of the slide.
    The deck never groups shapes, so the top-level shapes hold every id."""
    return max([1, *map(int, _SHAPE_IDS(tree))]) + 1


def append_element(tree, element) -> None:
    """Where python-pptx adds a shape: last, before an ``extLst`` if there is one."""
    ext = tree.find(_EXT_LST)
    if ext is None:
        tree.append(element)
    else:
        ext.addprevious(element)


def _geometry(box: Box) -> Tuple[int, int, int, int]:
    return int(box.left), int(box.top), int(box.width), int(box.height)


def add_line(slide, x1: int, y1: int, x2: int, y2: int, color: str, width: float = 0.75,
             dash: bool = False):
    """A straight line from (x1, y1) to (x2, y2) (EMU) in ``color``, ``width`` points wide."""
    tree = slide.shapes.element
    cxn = ooxml.connector(next_shape_id(tree), (int(x1), int(y1)), (int(x2), int(y2)), color,
                          int(Pt(width)), dash)
    append_element(tree, cxn)
    return Connector(cxn, slide.shapes)


def line_width(text: str, size: float, bold: bool = False, margin: float = 4) -> int:
    """EMU a one-line ``text`` needs at ``size`` (for sizing a column to its numbers)."""
    return emu(textfit.text_width(text, size, bold) + 2 * margin)


def fit_label(text: str, box: Box, sizes: Tuple[float, float], bold: bool = False,
              margins: Tuple[float, float, float, float] = TEXT_MARGINS,
              max_lines: Optional[int] = None,
              shrink_floor: Optional[float] = None) -> textfit.Fit:
    """Size ``text`` for ``box``: shrink to ``shrink_floor`` on one line, then wrap, then cut."""
    width, height = inner_size(box, margins)
    floor = sizes[1] if shrink_floor is None else shrink_floor
    return textfit.fit_text(text, width, height, sizes[0], sizes[1], bold, max_lines,
                            shrink_floor=floor)
