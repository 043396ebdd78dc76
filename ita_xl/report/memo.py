"""The บันทึกข้อความ cover memo (แบบที่ ๒๙ of the สารบรรณ regulation): the head lines, the body and
the signature blocks of the preparer and those who endorse, from the agency sheet."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional, Tuple

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ita_xl.analysis_views import text_of
from ita_xl.master.model import Agency
from ita_xl.report.document import (
    LABEL_SIZE, TITLE_SIZE, Writer, borderless, keep_row_whole, last_table,
)
from ita_xl.report.text import Text

SIGN_LEFT = Cm(7.5)  # signature blocks sit in the right half of the page
_SPLIT = re.compile(r"\s*(?:\||\t|\s[-–—]\s|,)\s*")
_POSITION = re.compile(r"^(?P<name>.+?)\s*\((?P<position>[^()]+)\)\s*$")


@dataclass
class Signer:
    name: str
    position: str = ""


@dataclass
class MemoHead:
    """What the memo's head and signatures say; blanks print as dotted lines to fill by hand."""

    unit: str
    letter_no: str
    day: Optional[date]
    addressee: str
    preparer: Optional[Signer]
    signers: List[Signer] = field(default_factory=list)


def memo_head(agency: Agency, agency_name: str, fallback_day: Optional[date]) -> MemoHead:
    unit = " ".join(part for part in (text_of(agency.prepared_by_unit), agency_name) if part)
    letter_day = agency.letter_date.value if agency.letter_date is not None else None
    prepared = text_of(agency.prepared_by)
    preparer = Signer(prepared, text_of(agency.preparer_position)) if prepared else None
    return MemoHead(
        unit=unit, letter_no=text_of(agency.letter_no),
        day=letter_day if isinstance(letter_day, date) else fallback_day,
        addressee=text_of(agency.addressee), preparer=preparer,
        signers=parse_signers(text_of(agency.signers)))


def parse_signers(text: str) -> List[Signer]:
    """One signer per line: ``name | position``, ``name - position`` or ``name (position)``."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        found = _POSITION.match(line)
        if found:
            out.append(Signer(found.group("name").strip(), found.group("position").strip()))
            continue
        parts: Tuple[str, ...] = tuple(p for p in _SPLIT.split(line, maxsplit=1) if p)
        out.append(Signer(parts[0], parts[1] if len(parts) > 1 else ""))
    return out


def write_memo(w: Writer, tx: Text, head: MemoHead, subject: str, body: List[str]) -> None:
    """The memo page: title, head lines, body paragraphs, closing and signature blocks."""
    blank = tx.t("rep-blank")
    w.para(tx.t("rep-memo-title"), TITLE_SIZE, True, WD_ALIGN_PARAGRAPH.CENTER, keep=True,
           space_after=6)
    w.labelled(tx.t("rep-memo-unit"), head.unit or blank, keep=True)
    line = w.para(keep=True)
    w.run(line, tx.t("rep-memo-no"), LABEL_SIZE, True)
    w.run(line, "  " + (head.letter_no or blank) + "\t")
    w.run(line, tx.t("rep-memo-date"), LABEL_SIZE, True)
    w.run(line, "  " + (tx.date(head.day) if head.day else blank))
    line.paragraph_format.tab_stops.add_tab_stop(Cm(8))
    w.labelled(tx.t("rep-memo-subject"), subject, keep=True)
    to = w.para(space_after=3)
    w.run(to, tx.t("rep-memo-to") + "  " + (head.addressee or blank))
    to.paragraph_format.space_before = Pt(6)
    for text in body:
        w.para(text, indent=True, space_after=3)
    w.para(tx.t("rep-body-close"), indent=True, keep=True)
    blocks = ([head.preparer] if head.preparer else [Signer("")]) + head.signers
    if len(blocks) == 1:
        _signature(w, tx, blocks[0])
    else:
        _signature_grid(w, tx, blocks)


def _lines(tx: Text, signer: Signer) -> List[str]:
    lines = [tx.t("rep-sign-line"),
             tx.t("rep-sign-name", name=signer.name) if signer.name else tx.t("rep-sign-blank")]
    return lines + [signer.position] if signer.position else lines


def _signature_grid(w: Writer, tx: Text, blocks: List[Signer]) -> None:
    """Several signers: two blocks a row (a last one alone is centred) in a borderless table
    whose rows never split and keep with the next, so the signatures stay on the memo's page
    with its closing line instead of running down it one under another."""
    section = w.doc.sections[-1]
    half = int((section.page_width - section.left_margin - section.right_margin) / 2)
    table = w.doc.add_table(rows=0, cols=2)
    tbl = last_table(w.doc)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    borderless(tbl)
    rows = [blocks[k:k + 2] for k in range(0, len(blocks), 2)]
    for r, pair in enumerate(rows):
        row = table.add_row()
        keep_row_whole(tbl.findall(qn("w:tr"))[-1])  # add_row appends it
        cells = list(row.cells)
        for cell in cells:
            cell.width = half
        if len(pair) == 1:
            cells = [cells[0].merge(cells[1])]
        for cell, signer in zip(cells, pair):
            _cell_block(w, tx, cell, signer, keep=r < len(rows) - 1)
    spacer = w.para()
    spacer.paragraph_format.space_after = Pt(0)


def _cell_block(w: Writer, tx: Text, cell, signer: Signer, keep: bool) -> None:
    for k, text in enumerate(_lines(tx, signer)):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before, fmt.space_after = Pt(18 if k == 0 else 0), Pt(0)
        fmt.line_spacing = 1.0
        fmt.keep_with_next = True if keep else None
        fmt.keep_together = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        w.run(p, text)


def _signature(w: Writer, tx: Text, signer: Signer) -> None:
    """Room to sign, the name in brackets and the position, centred in the right half."""
    lines = _lines(tx, signer)
    for k, text in enumerate(lines):
        p = w.para(text, align=WD_ALIGN_PARAGRAPH.CENTER, keep=k < len(lines) - 1,
                   left=SIGN_LEFT)
        p.paragraph_format.keep_together = True
        if k == 0:
            p.paragraph_format.space_before = Pt(18)  # room to sign above the dotted line
