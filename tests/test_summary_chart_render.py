"""The summary's indicator comparison chart as LibreOffice draws it: the top-level and pass lines
are there, at the analysis' marks on the value axis, in Thai and in English."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Dict, List, Tuple

import pytest

from render import convert_all
from sample_analysis import sample_analysis

from ita_xl.summary import build_summary
from ita_xl.summary.charts import AA_GREEN, PASS_ORANGE

GENERATED = datetime(2023, 10, 10, 9, 30)
TITLE = {"th": "คะแนนรายตัวชี้วัดปี", "en": "Indicatorscores,"}  # the chart's title, unspaced


def _flat(text: str) -> str:
    """Text without spaces or Thai marks (a PDF's text may put a mark after the next letter)."""
    return re.sub(r"[\s\u200b\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+", "", text)


def _rgb(hex_colour: str) -> Tuple[float, float, float]:
    return tuple(int(hex_colour.lstrip("#")[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def _same(colour, hex_colour: str) -> bool:
    return (colour is not None and len(colour) == 3
            and all(abs(a - b) < 0.02 for a, b in zip(colour, _rgb(hex_colour))))


def _dashed(page) -> list:
    """Dashed strokes on the page (a chart's line series is a polyline: a pdfplumber curve)."""
    return [ln for ln in list(page.lines) + list(page.curves)
            if ln.get("dash") and ln["dash"][0]]


def _axis(page, left_of: float) -> Dict[float, float]:
    """Value-axis tick labels left of the plot: value -> the label's vertical middle."""
    words = [w for w in page.extract_words()
             if re.fullmatch(r"\d{2,3}", w["text"]) and w["x1"] <= left_of + 1]
    column = max((round(w["x1"]) for w in words), key=lambda x: sum(
        abs(w["x1"] - x) < 2 for w in words), default=0)  # the right-aligned tick column
    return {float(w["text"]): (w["top"] + w["bottom"]) / 2 for w in words
            if abs(w["x1"] - column) < 2}


def _y_of(ticks: Dict[float, float], value: float) -> float:
    (v0, y0), (v1, y1) = sorted(ticks.items())[0], sorted(ticks.items())[-1]
    return y0 + (value - v0) * (y1 - y0) / (v1 - v0)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_comparison_chart_draws_the_pass_and_top_level_lines(office, tmp_path, lang):
    pdfplumber = pytest.importorskip("pdfplumber")
    a = sample_analysis()
    path = build_summary(a, tmp_path / f"{lang}.xlsx", lang=lang, generated=GENERATED)
    pdf = convert_all([path], "pdf", tmp_path / "pdf")[0]
    with pdfplumber.open(str(pdf)) as doc:
        pages = [p for p in doc.pages
                 if _flat(TITLE[lang]) in _flat(p.extract_text() or "")
                 and _dashed(p)]
        found: List[str] = []
        for page in pages:
            dashed = [ln for ln in _dashed(page)
                      if abs(ln["top"] - ln["bottom"]) < 0.5 and ln["width"] > 200]
            if not dashed:
                continue
            ticks = _axis(page, min(ln["x0"] for ln in dashed))
            assert len(ticks) >= 3, ticks
            for mark, colour, name in ((a.pass_mark, PASS_ORANGE, "pass"),
                                       (a.aa_mark, AA_GREEN, "top")):
                lines = [ln for ln in dashed if _same(ln["stroking_color"], colour)]
                assert lines, f"no {name} line"
                assert abs(lines[0]["top"] - _y_of(ticks, mark)) < 2.0, (name, mark)
                found.append(name)
    assert sorted(found) == ["pass", "top"]  # one chart page carries both, once each
