"""Check a rendered deck's typesetting: where LibreOffice put every character of every slide.

The .pptx says which boxes (text shapes, table cells) hold which paragraphs; the PDF says where
each character landed (pdfplumber). From the two:
- every character lies inside the box that holds it, and every box shows all of its text: a box
  whose text overflows, is clipped or spills into a neighbour fails;
- where a paragraph wraps, the break falls between the pieces the segmenter allows (between Thai
  words, not between a number and its unit); a piece wider than its whole box may break inside;
- no table row is taller than its rendered lines need by more than one line.
Text is compared "flat": without spaces, Thai marks and break marks (PDF text extraction splits
and reorders marks; สระอำ may come out as its two parts).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from pptx.util import Emu

from ita_xl import thai_breaks, typography

EMU_PER_PT = 12700
# marks, spaces, break marks, and สระอา/สระอำ (PDF text gives อำ as a mark plus อา)
_DROP = re.compile(r"[\s\u200b\u2060\ufeff\u0e31-\u0e3a\u0e47-\u0e4e]+")
DEFAULT_INSETS = (7.2, 3.6, 7.2, 3.6)


def flat(text: str) -> str:
    return _DROP.sub("", text)


def _flat_offsets(text: str) -> List[int]:
    """For each offset in ``text``, the length of ``flat(text[:offset])``."""
    out, n = [0], 0
    for ch in text:
        n += len(flat(ch))
        out.append(n)
    return out


@dataclass
class Region:
    """A box that holds text: a text shape's inside, or a table cell's."""

    slide: int
    name: str
    left: float
    top: float
    right: float
    bottom: float
    paragraphs: List[str]
    row: Optional[Tuple[int, int]] = None  # (table id, row) for cells
    row_height: float = 0.0
    margins: Tuple[float, float] = (0.0, 0.0)  # top, bottom insets
    bold: bool = False  # its text is bold (a header): measured wider
    chars: List[dict] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def area(self) -> float:
        return max(self.width, 0.1) * max(self.bottom - self.top, 0.1)

    def holds(self, x0: float, x1: float, base: float, size: float) -> bool:
        slack = 1.5
        return (self.left - slack <= x0 and x1 <= self.right + slack
                and self.top - slack <= base <= self.bottom + 0.2 * size)


def _pt(value) -> float:
    return float(value) / EMU_PER_PT


def _insets(body_pr) -> Tuple[float, float, float, float]:
    if body_pr is None:
        return DEFAULT_INSETS
    names = ("lIns", "tIns", "rIns", "bIns")
    return tuple(_pt(body_pr.get(n)) if body_pr.get(n) is not None else d
                 for n, d in zip(names, DEFAULT_INSETS))


def regions(prs) -> Tuple[List[List[Region]], List[List[Tuple[float, float, float, float]]]]:
    """Per slide: the text regions, and the boxes of charts (whose own labels are not checked)."""
    from pptx.oxml.ns import qn

    out, charts = [], []
    for number, slide in enumerate(prs.slides, start=1):
        found: List[Region] = []
        frames = []
        for shape in slide.shapes:
            left, top = _pt(shape.left or 0), _pt(shape.top or 0)
            right, bottom = left + _pt(shape.width or 0), top + _pt(shape.height or 0)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                frames.append((left, top, right, bottom))
            elif getattr(shape, "has_table", False) and shape.has_table:
                found.extend(_cells(number, shape, left, top))
            elif shape.has_text_frame and flat(shape.text_frame.text):
                body_pr = shape.text_frame._txBody.find(qn("a:bodyPr"))
                li, ti, ri, bi = _insets(body_pr)
                paras = [thai_breaks.plain(p.text) for p in shape.text_frame.paragraphs]
                found.append(Region(number, shape.name, left + li, top + ti, right - ri,
                                    bottom - bi, paras, margins=(ti, bi)))
        out.append(found)
        charts.append(frames)
    return out, charts


def _cells(number: int, frame, left: float, top: float) -> List[Region]:
    table = frame.table
    widths = [_pt(c.width) for c in table.columns]
    out, y = [], top
    for r, row in enumerate(table.rows):
        height = _pt(row.height)
        x = left
        for c, cell in enumerate(row.cells):
            ml, mr = _pt(cell.margin_left), _pt(cell.margin_right)
            mt, mb = _pt(cell.margin_top), _pt(cell.margin_bottom)
            paras = [thai_breaks.plain(p.text) for p in cell.text_frame.paragraphs]
            bold = any(run.font.bold for p in cell.text_frame.paragraphs for run in p.runs)
            out.append(Region(number, f"{frame.name} r{r}c{c}", x + ml, y + mt,
                              x + widths[c] - mr, y + height - mb, paras,
                              row=(frame.shape_id, r), row_height=height, margins=(mt, mb),
                              bold=bold))
            x += widths[c]
        y += height
    return out


@dataclass
class Report:
    outside: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)
    broken: List[str] = field(default_factory=list)
    tall_rows: List[str] = field(default_factory=list)
    lines_checked: int = 0
    breaks_checked: int = 0

    def problems(self) -> List[str]:
        return self.outside + self.missing + self.broken + self.tall_rows


def check(pptx_path, pdf_path) -> Report:
    import pdfplumber
    from pptx import Presentation

    prs = Presentation(str(pptx_path))
    per_slide, chart_boxes = regions(prs)
    slide_w, slide_h = _pt(prs.slide_width), _pt(prs.slide_height)
    report = Report()
    with pdfplumber.open(str(pdf_path)) as pdf:
        assert len(pdf.pages) == len(per_slide), (len(pdf.pages), len(per_slide))
        for page, found, frames in zip(pdf.pages, per_slide, chart_boxes):
            scale = slide_w / float(page.width)
            _assign(page, found, frames, scale, slide_w, slide_h, report)
    for found in per_slide:
        for region in found:
            _check_region(region, report)
        _check_rows(found, report)
    return report


def _assign(page, found: Sequence[Region], frames, scale: float, slide_w: float,
            slide_h: float, report: Report) -> None:
    height = float(page.height)
    for ch in page.chars:
        if not flat(ch["text"]):
            continue
        x0, x1 = ch["x0"] * scale, ch["x1"] * scale
        base = (height - ch["matrix"][5]) * scale
        size = ch["size"] * scale
        slide = found[0].slide if found else "?"
        if x0 < -1 or x1 > slide_w + 1 or base > slide_h + 1 or base < 0:
            report.outside.append(f"slide {slide}: {ch['text']!r} off the slide at "
                                  f"({x0:.0f}, {base:.0f})")
            continue
        holders = [r for r in found if r.holds(x0, x1, base, size)]
        if not holders and any(l - 2 <= x0 and x1 <= r + 2 and t - 2 <= base <= b + 2
                               for l, t, r, b in frames):
            continue  # a chart's own labels
        if not holders:
            report.outside.append(f"slide {slide}: {ch['text']!r} outside every text box at "
                                  f"({x0:.0f}, {base:.0f})")
            continue
        min(holders, key=lambda r: r.area).chars.append(
            {"text": ch["text"], "x0": x0, "x1": x1, "base": base, "size": size})


def _lines(region: Region) -> List[Tuple[float, float, str]]:
    """(baseline, size, text) of each rendered line, top to bottom."""
    rows: Dict[float, List[dict]] = {}
    for ch in sorted(region.chars, key=lambda c: c["base"]):
        key = next((k for k in rows if abs(k - ch["base"]) <= 1.0), ch["base"])
        rows.setdefault(key, []).append(ch)
    out = []
    for base in sorted(rows):
        chars = sorted(rows[base], key=lambda c: c["x0"])
        out.append((base, max(c["size"] for c in chars), "".join(c["text"] for c in chars)))
    return out


def _check_region(region: Region, report: Report) -> None:
    expected = Counter(flat("".join(region.paragraphs)))
    shown = Counter(flat("".join(c["text"] for c in region.chars)))
    if expected and shown != expected:
        lost = "".join((expected - shown).elements())[:30]
        extra = "".join((shown - expected).elements())[:30]
        report.missing.append(f"slide {region.slide} {region.name}: text not all inside its box "
                              f"(missing {lost!r}, foreign {extra!r}) in "
                              f"{' / '.join(region.paragraphs)[:80]!r}")
    lines = _lines(region)
    report.lines_checked += len(lines)
    for (_b1, size, first), (_b2, _s, second) in zip(lines, lines[1:]):
        problem = _bad_break(region, flat(first), flat(second), size)
        if problem is not None:
            report.broken.append(f"slide {region.slide} {region.name}: {problem}")
        report.breaks_checked += 1


def _bad_break(region: Region, first: str, second: str, size: float) -> Optional[str]:
    """Why the break between two rendered lines of ``region`` is wrong, or None."""
    for para in region.paragraphs:
        whole = flat(para)
        at = whole.find(first + second)
        if at < 0 or not first or not second:
            continue
        junction = at + len(first)
        offsets = _flat_offsets(para)
        allowed, start = set(), 0
        for unit in thai_breaks.units(para):
            end = start + len(unit)
            allowed.add(offsets[end])
            if offsets[start] < junction < offsets[end] and _too_wide(unit, size, region):
                # a piece wider than the box may break between its words (คะแนน | 2569), and
                # only a single word wider than the box inside (never 25 | 69 in a box that
                # holds 2569)
                at_word = start
                for word in thai_breaks.words(unit):
                    if offsets[at_word] < junction < offsets[at_word + len(word)]:
                        if _too_wide(word, size, region):
                            return None  # any renderer must split it
                    at_word += len(word)
                    allowed.add(offsets[at_word])
            start = end
        if junction in allowed:
            return None
        return f"line ends inside a word: …{first[-8:]} | {second[:8]}…"
    return None  # the two lines are separate paragraphs


def _too_wide(piece: str, size: float, region: Region) -> bool:
    """True if ``piece`` is wider than ``region`` at ``size`` (in the region's weight)."""
    return typography.text_width(piece.rstrip(" "), size, region.bold) > region.width


def _check_rows(found: Sequence[Region], report: Report) -> None:
    rows: Dict[Tuple[int, int], List[Region]] = {}
    for region in found:
        if region.row is not None:
            rows.setdefault(region.row, []).append(region)
    for key, cells in rows.items():
        lines, size = 0, 0.0
        for cell in cells:
            cell_lines = _lines(cell)
            lines = max(lines, len(cell_lines))
            size = max([size] + [s for _b, s, _t in cell_lines])
        if not lines:
            continue
        pitch = typography.line_height(size)
        top, bottom = cells[0].margins
        need = lines * pitch + top + bottom
        if cells[0].row_height > need + pitch + 1.0:
            report.tall_rows.append(
                f"slide {cells[0].slide} {cells[0].name}: row {cells[0].row_height:.0f} pt for "
                f"{lines} line(s) that need {need:.0f} pt")


def emu(points: float) -> Emu:
    return Emu(int(points * EMU_PER_PT))
