"""Reading a written briefing back with python-pptx, for the briefing tests."""
from __future__ import annotations

import re
from typing import Iterator, List

from pptx.oxml.ns import qn

from ita_xl.thai_breaks import plain

THAI = re.compile(r"[\u0e00-\u0e7f]")


def shape_texts(shape) -> List[str]:
    out = []
    if shape.has_text_frame:
        out.append(plain(shape.text_frame.text))
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            out.extend(plain(cell.text) for cell in row.cells)
    if getattr(shape, "shape_type", None) == 6:  # group
        for child in shape.shapes:
            out.extend(shape_texts(child))
    return out


def slide_text(slide) -> str:
    return "\n".join(t for shape in slide.shapes for t in shape_texts(shape))


def notes_text(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def title_of(slide) -> str:
    return plain(slide.shapes.title.text) if slide.shapes.title is not None else ""


def tables(slide) -> list:
    return [s.table for s in slide.shapes if getattr(s, "has_table", False) and s.has_table]


def charts(slide) -> list:
    return [s.chart for s in slide.shapes if getattr(s, "has_chart", False) and s.has_chart]


def runs(element) -> Iterator:
    """Every a:r run under an XML element."""
    yield from element.iter(qn("a:r"))


def run_fonts(run) -> dict:
    rpr = run.find(qn("a:rPr"))
    if rpr is None:
        return {}
    return {tag: (rpr.find(qn("a:" + tag)).get("typeface") if rpr.find(qn("a:" + tag)) is not None
                  else None) for tag in ("latin", "ea", "cs")}


def run_text(run) -> str:
    t = run.find(qn("a:t"))
    return plain(t.text or "") if t is not None else ""
