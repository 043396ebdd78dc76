"""The deck's score charts as LibreOffice draws them: no value label touches another label, a
word, a reference line, or straddles a bar's edge — for the example master, Thai digits, English,
and masters whose scores crowd together, sit on the lines, reach 100 or fall near 0."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
from pptx import Presentation
from pptx.util import Emu

from builders import MasterSpec, build_master
from fonts import office_env
from render import convert_all

from ita_xl import thai
from ita_xl.analysis import analyse
from ita_xl.briefing import build_briefing, chart_labels
from ita_xl.pipeline import validate_workbook

REPO = Path(__file__).resolve().parent.parent
LABEL = re.compile(r"^[0-9๐-๙]+\.[0-9๐-๙]{2}$")
DIGITS = "0123456789.๐๑๒๓๔๕๖๗๘๙"
Box = Tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points

SCORES = {
    "crowded-high": {
        2566: [99.5, 99.9, 100, 99.0, 99.2, 98.9, 99.95, 100, 99.4, 99.6],
        2567: [99.6, 99.95, 100, 99.1, 99.2, 99.0, 99.9, 100, 99.45, 99.7],
        2568: [99.7, 100, 100, 99.2, 99.3, 99.05, 100, 100, 99.5, 99.75],
        2569: [99.75, 100, 100, 99.25, 99.3, 99.1, 100, 100, 99.55, 99.8]},
    "on-the-lines": {
        2568: [84.9, 85.1, 94.8, 95.2, 94.95, 85.0, 95.0, 90.0, 90.01, 86.0],
        2569: [85.0, 85.05, 94.9, 95.1, 94.96, 85.0, 95.0, 90.02, 90.0, 86.1]},
    "near-zero": {
        2568: [0.0, 2.5, 5.0, 10.0, 0.5, 1.0, 60.0, 84.9, 94.9, 95.1],
        2569: [0.5, 2.0, 4.9, 12.0, 0.0, 100.0, 61.0, 85.0, 94.95, 95.0]},
}


def _master(tmp_path: Path, name: str) -> Path:
    if name == "example":
        dest = tmp_path / "example.xlsx"
        shutil.copy(REPO / "workbooks" / "example-master.xlsx", dest)
        return dest
    scores = SCORES[name]
    years = sorted(scores)
    spec = MasterSpec(score_years=years, scores=scores)
    spec.agency = [row if row[0] != "ปีงบประมาณ" else ["ปีงบประมาณ", years[-1]]
                   for row in spec.agency]
    return build_master(tmp_path / f"{name}.xlsx", spec)


def _deck(tmp_path: Path, name: str, lang: str = "th", thai_digits: bool = False) -> Path:
    checked = validate_workbook(_master(tmp_path, name))
    analysis = analyse(checked.master, checked.frameworks, checked.report)
    stem = f"{name}-{lang}{'-thai' if thai_digits else ''}"
    return build_briefing(analysis, tmp_path / f"{stem}.pptx", lang=lang,
                          thai_digits=thai_digits).path


def _digit_ink() -> Tuple[float, float]:
    """How far the digits' ink reaches above and below the baseline, in ems, in the font the
    renderer uses for TH Sarabun New (the whole em box when that cannot be told)."""
    try:
        from fontTools.pens.boundsPen import BoundsPen
        from fontTools.ttLib import TTFont
    except ImportError:
        return 1.0, 0.0
    if not shutil.which("fc-match"):
        return 1.0, 0.0
    path = subprocess.run(["fc-match", "-f", "%{file}", "TH Sarabun New:lang=th"],
                          capture_output=True, text=True,
                          env={**os.environ, **office_env()}).stdout.strip()
    if not path.lower().endswith((".ttf", ".otf")):
        return 1.0, 0.0
    font = TTFont(path)
    cmap, glyphs, upm = font.getBestCmap(), font.getGlyphSet(), font["head"].unitsPerEm
    top, bottom = 0.0, 0.0
    for ch in DIGITS:
        if ord(ch) not in cmap:
            continue
        pen = BoundsPen(glyphs)
        glyphs[cmap[ord(ch)]].draw(pen)
        if pen.bounds:
            bottom, top = min(bottom, pen.bounds[1] / upm), max(top, pen.bounds[3] / upm)
    return top, -bottom


def _meet(a: Box, b: Box, slack: float = 0.3) -> bool:
    return (a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3]
            and b[1] + slack < a[3])


def _inside(a: Box, b: Box, slack: float = 0.3) -> bool:
    return (a[0] >= b[0] - slack and a[2] <= b[2] + slack and a[1] >= b[1] - slack
            and a[3] <= b[3] + slack)


def _expected_labels(chart) -> List[str]:
    """The text of every point label the chart shows: a point's own label unless deleted, else
    its series' or the plot's ``showVal``."""
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}

    def show(dlbls) -> Optional[bool]:
        flag = None if dlbls is None else dlbls.find("c:showVal", ns)
        return None if flag is None else flag.get("val") in ("1", "true")

    plot_default = show(chart.element.find(".//c:barChart/c:dLbls", ns)) or False
    out = []
    for ser, plot_series in zip(chart.element.iterfind(".//c:ser", ns), chart.plots[0].series):
        values = list(plot_series.values)
        own = {int(d.find("c:idx", ns).get("val")): d for d in ser.iterfind("c:dLbls/c:dLbl", ns)}
        series_default = show(ser.find("c:dLbls", ns))
        default = plot_default if series_default is None else series_default
        for idx, value in enumerate(values):
            if value is None:
                continue
            dlbl = own.get(idx)
            if dlbl is None:
                if default:
                    out.append(thai.format_number(value, 2))
                continue
            if dlbl.find("c:delete", ns) is not None:
                continue
            rich = "".join(t.text or "" for t in dlbl.iterfind(".//c:tx//a:t", ns))
            out.append(rich or thai.format_number(value, 2))
    return sorted(out)


def _check_slide(page, slide, ink: Tuple[float, float]) -> int:
    """Assert the chart labels on one rendered slide touch nothing; return how many there are."""
    scale = page.width / float(Emu(slide.part.package.presentation_part.presentation
                                   .slide_width).pt)
    frames = [s for s in slide.shapes if s.has_chart]
    frame = frames[0]
    left, top = Emu(frame.left).pt * scale, Emu(frame.top).pt * scale
    right, bottom = left + Emu(frame.width).pt * scale, top + Emu(frame.height).pt * scale
    words = page.extract_words(return_chars=True, keep_blank_chars=False)
    labels = [w for w in words if LABEL.match(w["text"]) and left <= w["x0"] and w["x1"] <= right
              and top <= w["top"] and w["bottom"] <= bottom]
    assert sorted(w["text"] for w in labels) == _expected_labels(frame.chart), \
        "a value label is missing, merged with another or cut"
    boxes = [(w["x0"], w["top"], w["x1"], w["bottom"]) for w in labels]
    others = [(w["x0"], w["top"], w["x1"], w["bottom"]) for w in words if w not in labels]
    dashed = [(ln["x0"] - ln["linewidth"] / 2, ln["top"] - ln["linewidth"] / 2,
               ln["x1"] + ln["linewidth"] / 2, ln["bottom"] + ln["linewidth"] / 2)
              for ln in page.lines if ln.get("dash") and ln["dash"][0]]
    assert dashed, "the pass and excellent lines are drawn"
    bars = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects
            if r["fill"] and r["width"] < page.width / 2 and r["non_stroking_color"] not in (
                (1, 1, 1), (1.0, 1.0, 1.0), [1, 1, 1])]
    for i, (word, box) in enumerate(zip(labels, boxes)):
        text = word["text"]
        for j, other in enumerate(boxes):
            assert j == i or not _meet(box, other), f"labels {text} and {labels[j]['text']} meet"
        for other, w in zip(others, [w for w in words if w not in labels]):
            assert not _meet(box, other), f"label {text} runs into the word {w['text']}"
        for line in dashed:
            assert not _meet(box, line, 0.0), f"label {text} is crossed by a reference line"
        size = word["chars"][0]["size"]
        baseline = word["bottom"]
        ink_box = (box[0], baseline - ink[0] * size, box[2], baseline + ink[1] * size)
        for bar in bars:
            assert _inside(ink_box, bar) or not _meet(ink_box, bar), \
                f"label {text} straddles a bar's edge"
    return len(labels)


CASES = [("example", "th", False), ("example", "th", True), ("example", "en", False),
         ("crowded-high", "th", False), ("on-the-lines", "th", False),
         ("near-zero", "th", True)]


def test_chart_value_labels_touch_nothing_when_rendered(office, tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    decks = [_deck(tmp_path, name, lang, digits) for name, lang, digits in CASES]
    pdfs = convert_all(decks, "pdf", tmp_path / "pdf")
    ink = _digit_ink()
    for deck, pdf in zip(decks, pdfs):
        prs = Presentation(str(deck))
        charted = [i for i, s in enumerate(prs.slides) if any(x.has_chart for x in s.shapes)]
        assert len(charted) == 2, deck.name  # the overall and the indicator comparison
        with pdfplumber.open(str(pdf)) as doc:
            shown = [_check_slide(doc.pages[i], prs.slides[i], ink) for i in charted]
        assert shown[0] > 0 and shown[1] >= 10, (deck.name, shown)  # the analysed year at least


def test_labels_keep_to_every_series_when_they_fit_and_to_the_primary_when_not():
    three = [["90.26", "91.00"], ["90.19", "93.05"], ["92.00", "94.00"]]
    roomy = chart_labels.choose(110.0, three[:2], horizontal=False, primary=0)
    assert roomy.labelled == (0, 1) and roomy.size == chart_labels.MAX_SIZE
    ten_rows = chart_labels.choose(32.8, three[:2], horizontal=True, primary=1)
    assert ten_rows.labelled == (1,) and ten_rows.size >= chart_labels.READABLE
    cramped = chart_labels.choose(8.0, three, horizontal=True, primary=2)
    assert cramped.labelled == ()
