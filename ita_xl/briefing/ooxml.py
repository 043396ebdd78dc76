"""DrawingML text, text boxes and rectangles written as XML strings, parsed once per shape.

python-pptx builds a run through a dozen property setters, each a schema-ordered insert costing
tens of microseconds, and a long briefing has tens of thousands of runs. These builders write the
very elements (same children, same attribute order) those setters produce, so the saved parts are
byte for byte what the setter code wrote; tests/test_briefing_xml.py holds the two side by side.
Fragments that repeat (run properties, paragraph properties) are built once and cached.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional, Sequence, Tuple

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Pt

from ita_xl.thai_breaks import mark
from ita_xl.typography import line_height, too_wide

NSDECLS = nsdecls("a", "p")
DEFAULT_INSETS = (91440, 45720, 91440, 45720)  # bodyPr lIns/tIns/rIns/bIns when absent (EMU)
_CTRL = re.compile(r"[\x00-\x08\x0B-\x1F]")
_STYLE_REF = ('<p:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef>'
              '<a:fillRef idx="3"><a:schemeClr val="accent1"/></a:fillRef>'
              '<a:effectRef idx="2"><a:schemeClr val="accent1"/></a:effectRef>'
              '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>')
_LINE_STYLE_REF = ('<p:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef>'
                   '<a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef>'
                   '<a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef>'
                   '<a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></p:style>')
_EMPTY_RUN, _T = "<a:t></a:t>", qn("a:t")
PRESETS = {MSO_SHAPE.RECTANGLE: ("rect", "Rectangle"),  # preset geometry, python-pptx's name
           MSO_SHAPE.ROUNDED_RECTANGLE: ("roundRect", "Rounded Rectangle")}


def escape(text: str) -> str:
    """Text for an ``a:t``: control characters as python-pptx writes them (``_x0007_``), then
    XML-escaped."""
    if _CTRL.search(text):
        text = _CTRL.sub(lambda m: "_x%04X_" % ord(m.group(0)), text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    """An attribute value (shape names, typefaces)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@lru_cache(maxsize=None)
def colour(hex_code: str) -> str:
    return str(RGBColor.from_string(hex_code))


@lru_cache(maxsize=None)
def fill(hex_code: Optional[str]) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour(hex_code)}"/></a:solidFill>' if hex_code else ""


@lru_cache(maxsize=None)
def fonts(font: str) -> str:
    face = attr(font)
    return (f'<a:latin typeface="{face}"/><a:ea typeface="{face}"/>'
            f'<a:cs typeface="{face}"/>')


@lru_cache(maxsize=4096)
def _run_open(size: float, bold: bool, color: Optional[str], font: str) -> str:
    """``<a:r><a:rPr …/><a:t>`` as style_run leaves it: size, bold, fill, then the fonts."""
    sz = Pt(size).centipoints
    return f'<a:r><a:rPr sz="{sz}" b="{int(bool(bold))}">{fill(color)}{fonts(font)}</a:rPr><a:t>'


@lru_cache(maxsize=4096)
def _paragraph_open(size: float, space_before: float, align: Optional[PP_ALIGN],
                    inherited_align: Optional[str]) -> str:
    """``<a:p><a:pPr …>`` with the exact line pitch (and spacing before) the text fitting uses."""
    algn = PP_ALIGN.to_xml(align) if align is not None else inherited_align
    attrs = f' algn="{algn}"' if algn else ""
    spacing = f'<a:lnSpc><a:spcPts val="{Pt(line_height(size)).centipoints}"/></a:lnSpc>'
    # always explicit: a template's text styles may add space before and after paragraphs
    spacing += (f'<a:spcBef><a:spcPts val="{Pt(space_before).centipoints}"/></a:spcBef>'
                '<a:spcAft><a:spcPts val="0"/></a:spcAft>')
    return f"<a:p><a:pPr{attrs}>{spacing}</a:pPr>"


@lru_cache(maxsize=4096)
def _paragraph_close(size: float, font: str) -> str:
    return f'<a:endParaRPr sz="{int(size * 100)}">{fonts(font)}</a:endParaRPr></a:p>'


@lru_cache(maxsize=1024)
def run_paragraph(size: float, bold: bool, color: Optional[str], align: Optional[PP_ALIGN],
                  font: str) -> Tuple[str, str]:
    """What :func:`paragraphs` writes around a paragraph's text when it has no spacing before
    and inherits no alignment: (``<a:p>…<a:t>``, ``</a:t>…</a:p>``)."""
    return (_paragraph_open(size, 0.0, align, None) + _run_open(size, bold, color, font),
            "</a:t></a:r>" + _paragraph_close(size, font))


def paragraphs(paras: Iterable, font: str, default_size: float,
               default_color: Optional[str] = None, inherited_align: Optional[str] = None,
               breaks: bool = True, width: Optional[float] = None) -> str:
    """The ``a:p`` elements for ``paras`` (layout.Para): one run each, fonts on every run and on
    the end-of-paragraph properties. ``inherited_align`` is an ``algn`` already on the frame's
    first paragraph (an autoshape's ``ctr``), kept where a paragraph names no alignment.
    ``breaks`` writes thai_breaks' line-break marks into the text (not for speaker notes, which
    the application wraps and staff copy from); given the box's text ``width`` in points, a
    piece wider than the box is marked to break between its words, as it was measured."""
    out = []
    for i, para in enumerate(paras):
        size = para.size or default_size
        out.append(_paragraph_open(size, para.space_before, para.align,
                                   inherited_align if i == 0 else None))
        out.append(_run_open(size, para.bold, para.color or default_color, font))
        out.append(escape(_marked(para.text, size, para.bold, width) if breaks else para.text))
        out.append("</a:t></a:r>")
        out.append(_paragraph_close(size, font))
    return "".join(out)


def _marked(text: str, size: float, bold: bool, width: Optional[float]) -> str:
    if width is None:
        return mark(text)
    return mark(text, too_wide(text, width, size, bold))


@lru_cache(maxsize=256)
def insets(margins: Tuple[float, float, float, float],
           names: Tuple[str, str, str, str] = ("lIns", "tIns", "rIns", "bIns"),
           defaults: Tuple[int, int, int, int] = DEFAULT_INSETS) -> str:
    """Margin attributes in points → EMU; one equal to the schema default is left out, as
    python-pptx's setters do."""
    out = []
    for name, value, default in zip(names, margins, defaults):
        emu = int(Pt(value))
        if emu != default:
            out.append(f' {name}="{emu}"')
    return "".join(out)


@lru_cache(maxsize=256)
def body_pr(margins: Tuple[float, float, float, float], anchor: Optional[MSO_ANCHOR]) -> str:
    """A text box's ``a:bodyPr`` after layout.prepare_frame: wrap, no autofit, margins, anchor."""
    anchor_attr = f' anchor="{MSO_ANCHOR.to_xml(anchor)}"' if anchor is not None else ""
    return f'<a:bodyPr wrap="square"{insets(tuple(margins))}{anchor_attr}><a:noAutofit/></a:bodyPr>'


def xfrm(left: int, top: int, width: int, height: int, tag: str = "a:xfrm") -> str:
    return (f'<{tag}><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/>'
            f'</{tag}>')


def textbox(shape_id: int, name: Optional[str], geometry: Sequence[int], body: str,
            paras_xml: str):
    """A ``p:sp`` text box as python-pptx's add_textbox starts it, with ``body`` and the
    paragraphs ``paras_xml`` (python-pptx's is one empty ``<a:p/>``)."""
    name = attr(name) if name else f"TextBox {shape_id - 1}"
    return parse(
        f'<p:sp {NSDECLS}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/>'
        f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm(*geometry)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody>{body}<a:lstStyle/>{paras_xml}</p:txBody></p:sp>')


def autoshape(shape_id: int, preset: MSO_SHAPE, geometry: Sequence[int], fill_colour: Optional[str],
              line: Optional[str], line_width: float):
    """A filled rectangle as layout.add_rect made it with python-pptx: fill, outline (or none),
    no shadow, theme style reference, an empty centred paragraph for a label."""
    prst, base = PRESETS[preset]
    adjust = '<a:gd name="adj" fmla="val 12000"/>' if prst == "roundRect" else ""
    shape_fill = fill(fill_colour) if fill_colour else "<a:noFill/>"
    if line:
        outline = f'<a:ln w="{int(Pt(line_width))}">{fill(line)}</a:ln>'
    else:
        outline = "<a:ln><a:noFill/></a:ln>"
    return parse_xml(
        f'<p:sp {NSDECLS}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{base} {shape_id - 1}"/>'
        f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm(*geometry)}'
        f'<a:prstGeom prst="{prst}"><a:avLst>{adjust}</a:avLst></a:prstGeom>{shape_fill}'
        f'{outline}<a:effectLst/></p:spPr>{_STYLE_REF}<p:txBody>'
        f'<a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p>'
        f'</p:txBody></p:sp>')


def connector(shape_id: int, begin: Tuple[int, int], end: Tuple[int, int], line: str,
              width: int, dash: bool):
    """A straight ``p:cxnSp`` as python-pptx's add_connector makes it, then coloured, ``width``
    EMU wide (0: the theme's) and dashed or not by the line setters."""
    (x1, y1), (x2, y2) = begin, end
    flip = (' flipH="1"' if x1 > x2 else "") + (' flipV="1"' if y1 > y2 else "")
    width_attr = f' w="{width}"' if width else ""
    dash_xml = '<a:prstDash val="dash"/>' if dash else ""
    return parse_xml(
        f'<p:cxnSp {NSDECLS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="Connector '
        f'{shape_id - 1}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm{flip}>'
        f'<a:off x="{min(x1, x2)}" y="{min(y1, y2)}"/><a:ext cx="{abs(x2 - x1)}" '
        f'cy="{abs(y2 - y1)}"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        f'<a:ln{width_attr}>{fill(line)}{dash_xml}</a:ln></p:spPr>{_LINE_STYLE_REF}</p:cxnSp>')


def fragment(xml: str):
    """Parse element(s) given as a string; returns the wrapper whose children they are."""
    return parse(f"<a:txBody {NSDECLS}>{xml}</a:txBody>")


def parse(xml: str):
    """Parse a built shape. A run python-pptx gave empty text keeps it as ``""`` (saved as
    ``<a:t></a:t>``) where a parser reads ``None`` (``<a:t/>``): put the ``""`` back."""
    element = parse_xml(xml)
    if _EMPTY_RUN in xml:
        for t in element.iter(_T):
            if t.text is None:
                t.text = ""
    return element
