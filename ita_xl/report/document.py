"""A Word document the way Thai official documents are set: TH Sarabun New 16 pt on every run
(named as the complex-script font too, or Word falls back to another Thai face), A4, left margin
3 cm and right 2 cm, Thai digits, tables whose header row repeats on every page and rows that do
not split, headings kept with what follows, and a DRAFT mark in the header and footer.

Only python-docx's public API and the documented ``element`` of its objects are used.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape
from typing import Iterable, List, Optional, Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ita_xl import thai

FONT = "TH Sarabun New"
SIZE = 16.0
TITLE_SIZE = 29.0  # บันทึกข้อความ (แบบที่ ๒๙)
LABEL_SIZE = 20.0  # ส่วนราชการ ที่ วันที่ เรื่อง
TEXT_WIDTH_CM = 16.0  # A4 portrait less 3 + 2 cm
INDENT = Cm(2.5)  # first line of a body paragraph
_NO_BREAK_BEFORE = re.compile(r"(?<=[0-9๐-๙]) (?=เดือน|วัน|ปี|คะแนน|มาตรการ|รายการ)")
_SIGN = re.compile(r"(?<![0-9A-Za-z๐-๙])([+\-])(?=[0-9๐-๙])")
_DIGITS = re.compile(r"(?<![A-Za-z0-9])[0-9]+")  # codes such as O19 or o10 keep their digits
_NO_BREAK_AFTER = re.compile(r"(พ\.ศ\.|ค\.ศ\.|ข้อ|ที่) (?=[0-9๐-๙])")


def set_font(element, size: float, bold: bool = False) -> None:
    """Name TH Sarabun New for Latin, East-Asian and complex script, hint cs, sizes and bold
    for both script kinds, on a run's (or a style's) ``rPr``."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(1 if len(rpr) and rpr[0].tag == qn("w:rStyle") else 0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    fonts.set(qn("w:hint"), "cs")
    for tag in ("w:b", "w:bCs", "w:sz", "w:szCs"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    # schema order inside rPr: rFonts, b, bCs, …, sz, szCs, …
    if bold:
        for tag in ("w:bCs", "w:b"):
            el = OxmlElement(tag)
            fonts.addnext(el)
    half_points = str(int(round(size * 2)))
    anchor = _last_before(rpr, ("w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:strike",
                                "w:color", "w:spacing", "w:w", "w:kern", "w:position"))
    sz_cs = OxmlElement("w:szCs")
    sz_cs.set(qn("w:val"), half_points)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), half_points)
    anchor.addnext(sz_cs)
    anchor.addnext(sz)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=8192)
def _shown(text: str, thai_digits: bool) -> str:
    """``text`` as a document shows it (Writer.d); remembered, as a long table repeats its units,
    periods and statuses row after row."""
    text = _NO_BREAK_AFTER.sub("\\1\u00a0", text)  # never "พ.ศ." at a line end, its year below
    text = _NO_BREAK_BEFORE.sub("\u00a0", text)  # nor "๖" apart from its "เดือน"
    text = _SIGN.sub("\\1\u2060", text)  # nor "(-" apart from "๕.๙๙" (word joiner)
    if not thai_digits:
        return text
    return _DIGITS.sub(lambda m: thai.to_thai_digits(m.group()), text)


def _xml_text(text: str) -> str:
    """Text safe inside <w:t>: escaped, without characters XML cannot hold."""
    return escape(_NOT_XML.sub("", text))


def _run_pr_xml(size: float, bold: bool) -> str:
    """The rPr set_font writes, as text (for rows written as XML)."""
    half = int(round(size * 2))
    fonts = "".join(f'w:{a}="{FONT}" ' for a in ("ascii", "hAnsi", "eastAsia", "cs"))
    return (f'<w:rPr><w:rFonts {fonts}w:hint="cs"/>' + ("<w:b/><w:bCs/>" if bold else "")
            + f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>')


def _last_before(rpr, tags: Sequence[str]):
    last = None
    for child in rpr:
        if child.tag in {qn(t) for t in tags}:
            last = child
    return last if last is not None else rpr.find(qn("w:rFonts"))


class Writer:
    """Adds paragraphs and tables in the house style; ``digits`` turns numbers Thai."""

    def __init__(self, doc: DocxDocument, thai_digits: bool = True) -> None:
        self.doc = doc
        self.thai_digits = thai_digits
        self.sections = 0  # numbered headings written so far
        self._new_page = False  # the next paragraph starts a page (page_break)

    def d(self, text: str) -> str:
        """``text`` with Thai digits (the default of official documents) or as it is."""
        return _shown(text, self.thai_digits)

    def run(self, para: Paragraph, text: str, size: float = SIZE, bold: bool = False):
        r = para.add_run(self.d(text))
        set_font(r.element, size, bold)
        return r

    def para(self, text: str = "", size: float = SIZE, bold: bool = False,
             align: Optional[int] = None, indent: bool = False, keep: bool = False,
             space_after: float = 0.0, left: Optional[Cm] = None) -> Paragraph:
        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(space_after)
        fmt.line_spacing = 1.0
        if indent:
            fmt.first_line_indent = INDENT
        if left is not None:
            fmt.left_indent = left
        if align is not None:
            p.alignment = align
        if keep:
            fmt.keep_with_next = True
        if self._new_page:
            fmt.page_break_before, self._new_page = True, False
        if text:
            self.run(p, text, size, bold)
        return p

    def heading(self, text: str, size: float = SIZE + 2, center: bool = False) -> Paragraph:
        """A bold heading that never stays alone at the foot of a page."""
        p = self.para(text, size, True, WD_ALIGN_PARAGRAPH.CENTER if center else None,
                      keep=True, space_after=3)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_together = True
        return p

    def numbered(self, text: str) -> Paragraph:
        """A heading numbered in the order written (a section left out leaves no gap)."""
        from ita_xl.messages import text as catalogue

        self.sections += 1
        return self.heading(catalogue("rep-numbered", n=self.sections, text=text))

    def labelled(self, label: str, text: str, keep: bool = False) -> Paragraph:
        """``label`` bold at 20 pt, then the text at 16 pt (the memo's head lines)."""
        p = self.para(keep=keep)
        self.run(p, label, LABEL_SIZE, True)
        self.run(p, "  " + text)
        return p

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]],
              widths_cm: Sequence[float], aligns: Optional[Sequence[str]] = None,
              size: float = SIZE, keep_rows: bool = True) -> Table:
        """A bordered table: header row bold, shaded and repeated on every page. ``keep_rows``
        keeps each row on one page (short rows only: a row taller than a page must split).

        Rows are written as XML in one go: python-docx's cell objects cost ~30 ms a row, which
        made a 600-measure table take half a minute."""
        table = self.doc.add_table(rows=0, cols=len(headers))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for c, width in enumerate(widths_cm):
            table.columns[c].width = Cm(width)
        tbl = last_table(self.doc)
        _borders(tbl)
        twips = [int(round(Cm(w).twips)) for w in widths_cm]
        aligns = list(aligns or ["l"] * len(headers))
        parts = [self._row_xml(headers, twips, ["c"] * len(headers), size, True, True)]
        parts += [self._row_xml(r, twips, aligns, size, False, keep_rows) for r in rows]
        holder = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(parts)}</w:tbl>")
        for tr in list(holder):
            tbl.append(tr)
        spacer = self.para()
        spacer.paragraph_format.space_after = Pt(2)
        return table

    def _row_xml(self, values: Sequence[object], twips: Sequence[int], aligns: Sequence[str],
                 size: float, header: bool, keep: bool) -> str:
        props = ("<w:cantSplit/>" if keep else "") + ("<w:tblHeader/>" if header else "")
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if header else ""
        run_pr = _run_pr_xml(size, header)
        cells = []
        for value, width, align in zip(values, twips, aligns):
            jc = {"c": "center", "r": "right"}.get(align, "left")
            head = (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" '
                    f'w:lineRule="auto"/><w:jc w:val="{jc}"/></w:pPr><w:r>{run_pr}'
                    '<w:t xml:space="preserve">')
            paras = "".join(
                f'{head}{_xml_text(self.d(line))}</w:t></w:r></w:p>'
                for line in (str(value).split("\n") if str(value) else [""]))
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                         f"{paras}</w:tc>")
        return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"

    def page_break(self) -> None:
        """The next paragraph starts a new page ("page break before" on it, not an empty
        paragraph holding a break: a memo that fills its page must not leave a blank one)."""
        self._new_page = True

    def landscape_section(self, landscape: bool) -> None:
        """Start a new page in landscape (wide tables) or back in portrait."""
        from docx.enum.section import WD_SECTION

        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = Mm(210), Mm(297)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (height, width) if landscape else (width, height)


def new_document(template: Optional[Path] = None) -> DocxDocument:
    """A blank A4 document in the house style, or the agency's letterhead emptied of its body
    (its styles, headers and footers kept)."""
    if template is not None:
        doc = Document(str(template))
        body = doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    else:
        doc = Document()
        section = doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    for name in ("Normal", "Table Grid"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        set_font(style.element, SIZE)
    return doc


def mark_draft(doc: DocxDocument, text: str) -> None:
    """``text`` (ฉบับร่าง) in the header and the footer of every section, first pages included."""
    for section in doc.sections:
        parts = [section.header, section.footer]
        if section.different_first_page_header_footer:
            parts += [section.first_page_header, section.first_page_footer]
        for part in parts:
            part.is_linked_to_previous = False
            p = part.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(text)
            set_font(r.element, SIZE + 2, True)
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def page_numbers(doc: DocxDocument, thai_digits: bool) -> None:
    """Official page numbers: ``- ๒ -`` centred at the top from the second page on."""
    for k in range(len(doc.sections)):
        sect = _sect_pr(doc, k)
        pg = sect.find(qn("w:pgNumType"))
        if pg is None:
            pg = OxmlElement("w:pgNumType")
            _insert_before(sect, pg, _AFTER_PG_NUM)
        pg.set(qn("w:fmt"), "thaiNumbers" if thai_digits else "decimal")
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, value in (("text", "- "), ("field", "PAGE"), ("text", " -")):
        r = p.add_run()
        set_font(r.element, SIZE)
        if kind == "text":
            r.text = value
            continue
        for tag, attr in (("w:fldChar", "begin"), ("w:instrText", value), ("w:fldChar", "end")):
            el = OxmlElement(tag)
            if tag == "w:fldChar":
                el.set(qn("w:fldCharType"), attr)
            else:
                el.set(qn("xml:space"), "preserve")
                el.text = f" {attr} "
            r.element.append(el)


def _sect_pr(doc: DocxDocument, index: int):
    """The ``index``-th section's properties, found from the public document element."""
    body = doc.element.body
    found = body.findall(".//" + qn("w:sectPr"))
    return found[index]


# Word rejects out-of-order children: what may follow each element we add (schema order).
_AFTER_PG_NUM = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                 "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
                 "w:sectPrChange")
_AFTER_TBL_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                      "w:tblDescription", "w:tblPrChange")


def _insert_before(parent, el, successors: Sequence[str]) -> None:
    """Put ``el`` in ``parent`` before the first child that the schema orders after it."""
    tags = {qn(t) for t in successors}
    for child in parent:
        if child.tag in tags:
            child.addprevious(el)
            return
    parent.append(el)


def _child(parent, tag: str, first: bool = True):
    """``parent``'s ``tag`` child, created (first, or last) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _borders(tbl, val: str = "single") -> None:
    """Thin grey borders on every edge (``val="nil"``: none, whatever the template's default)."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "808080")
        borders.append(el)
    tbl_pr = _child(tbl, "w:tblPr")
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        tbl_pr.remove(old)
    _insert_before(tbl_pr, borders, _AFTER_TBL_BORDERS)


def last_table(doc) -> etree._Element:
    """The ``w:tbl`` of the table ``doc.add_table`` has just added: python-docx appends it as
    the body's last table. Reached through the public ``Document.element`` (python-docx's
    ``Table`` offers its element only as the private ``_tbl``)."""
    return doc.element.find(qn("w:body")).findall(qn("w:tbl"))[-1]


def borderless(tbl: etree._Element) -> None:
    """No borders on the table ``tbl`` (signature grids), even when a template's tables have
    them."""
    _borders(tbl, "nil")


def keep_row_whole(tr: etree._Element) -> None:
    """The table row ``tr`` never splits across pages (``w:cantSplit``), as python-docx's
    ``get_or_add_trPr`` would place it: ``w:trPr`` first, after any ``w:tblPrEx``."""
    tr_pr = tr.find(qn("w:trPr"))
    if tr_pr is None:
        tr_pr = OxmlElement("w:trPr")
        ex = tr.find(qn("w:tblPrEx"))
        if ex is not None:
            ex.addnext(tr_pr)
        else:
            tr.insert(0, tr_pr)
    tr_pr.append(OxmlElement("w:cantSplit"))


def texts_of(table: Table) -> List[List[str]]:
    """The table's cell texts row by row (tests and callers compare these with the data)."""
    return [[cell.text for cell in row.cells] for row in table.rows]
