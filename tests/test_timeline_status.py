"""The deck's timeline colours a cancelled measure apart from one without a status, and its
legend names both (colours from the one palette)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from pptx import Presentation
from pptx.util import Emu

from briefing_helpers import shape_texts
from sample_analysis import sample_analysis
from ita_xl.briefing import build_briefing
from ita_xl.measure_status import CANCELLED
from ita_xl.palette import SLIDE

WHEN = datetime(2023, 10, 1, 9, 30)


def _timeline(tmp_path, lang="th"):
    analysis = sample_analysis(n_measures=6)
    measures = list(analysis.measures)
    measures[0] = replace(measures[0], status="ยกเลิก", status_value=CANCELLED)
    measures[1] = replace(measures[1], status="", status_value=None)
    analysis = replace(analysis, measures=measures)
    dest = tmp_path / f"timeline-{lang}.pptx"
    result = build_briefing(analysis, dest, generated=WHEN, lang=lang)
    prs = Presentation(str(dest))
    return next(s for s, k in zip(prs.slides, result.kinds) if k == "timeline")


def _fill(shape) -> str:
    return str(shape.fill.fore_color.rgb)


def _swatch_of(slide, label: str):
    """The legend square left of the legend text ``label``."""
    text = next(s for s in slide.shapes if label in shape_texts(s))
    middle = text.top + text.height // 2
    squares = [s for s in slide.shapes if not s.has_text_frame or not s.text_frame.text.strip()]
    squares = [s for s in squares if s.width == s.height and s.width < Emu(12700 * 12)
               and s.left <= text.left and abs(s.top + s.height // 2 - middle) < Emu(12700 * 4)]
    assert squares, f"no swatch beside {label}"
    return max(squares, key=lambda s: s.left)


@pytest.mark.parametrize("lang,cancelled,blank", [("th", "ยกเลิก", "ไม่ระบุสถานะ"),
                                                  ("en", "Cancelled", "no status")])
def test_cancelled_has_its_own_colour_and_legend_label(tmp_path, lang, cancelled, blank):
    slide = _timeline(tmp_path, lang)
    bars = {s.name: s for s in slide.shapes if s.name.startswith("Timeline bar")}
    assert _fill(bars["Timeline bar 1"]) == SLIDE.line  # cancelled: pale, outlined
    assert str(bars["Timeline bar 1"].line.color.rgb) == SLIDE.grey
    assert _fill(bars["Timeline bar 2"]) == SLIDE.grey  # no status
    assert _fill(bars["Timeline bar 1"]) != _fill(bars["Timeline bar 2"])
    assert _fill(_swatch_of(slide, cancelled)) == SLIDE.line
    assert _fill(_swatch_of(slide, blank)) == SLIDE.grey
