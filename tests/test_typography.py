"""The one typography model: shipped glyph metrics, one line-height rule, used by every writer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ita_xl import typography
from ita_xl.briefing import tables, textfit
from ita_xl.sheets import rows as sheet_rows
from ita_xl.summary import style as summary_style

LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")


def test_metrics_ship_with_the_package_and_name_their_source_and_licence():
    data = json.loads(typography.METRICS.read_text(encoding="utf-8"))
    assert data["units_per_em"] == 1500 and "Laksaman" in data["source"]
    assert "GPL" in data["licence"]
    assert len(data["regular"]) > 200 and set(data["regular"]) == set(data["bold"])
    assert typography.METRICS.stat().st_size < 20_000


@pytest.mark.skipif(not LAKSAMAN.exists(), reason="Laksaman not installed")
def test_shipped_metrics_are_the_installed_fonts_advances():
    ttlib = pytest.importorskip("fontTools.ttLib")
    font = ttlib.TTFont(str(LAKSAMAN))
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    text = "ผู้อำนวยการกองคลัง ได้ 91.35 คะแนน (EIT) – ๒๕๖๖"
    real = sum(hmtx[cmap[ord(ch)]][0] for ch in text) / 1500  # TH Sarabun New's em
    assert typography.em_width(text) == pytest.approx(real)


def test_advances_are_th_sarabun_news():
    # TH Sarabun New's own widths (1000 units per em), as its PDF font programs list them
    for ch, units in ((" ", 216), ("a", 344), ("0", 362), ("ก", 386), ("M", 548)):
        assert typography.em_width(ch) == pytest.approx(units / 1000, abs=0.0015), ch


def test_marks_and_break_characters_take_no_width():
    assert typography.em_width("กี่") == typography.em_width("ก")
    assert typography.em_width("ก\u200bข\u2060ค") == typography.em_width("กขค")
    assert typography.em_width("ก", bold=True) > typography.em_width("ก")
    assert typography.em_width("→") == typography.FALLBACK_EM  # drawn by a fallback font


def test_one_line_height_rule_for_slides_and_one_for_cells():
    assert textfit.line_height(20) == typography.line_height(20) == 20 * typography.PITCH
    assert typography.row_height(2, 16) >= 2 * typography.cell_line_height(16)


def test_every_writer_measures_with_the_same_advances():
    text = "ปรับปรุงขั้นตอนการให้บริการประชาชน"
    points = typography.text_width(text, 16)
    assert textfit.text_width(text, 16) == pytest.approx(points * textfit.SAFETY)
    # summary and computed sheets: Excel column units for the same text
    assert summary_style.text_width(text) == pytest.approx(
        typography.column_units(text, summary_style.SIZE), abs=0.2)
    from ita_xl.sheets import formats
    assert formats.text_width(text, 14) == pytest.approx(typography.column_units(text, 14), abs=0.2)
    assert sheet_rows.line_height(14) == typography.cell_line_height(14)
    assert tables.row_height([text], [1000], 18) == pytest.approx(
        textfit.line_height(18) + sum(tables.cell_margins(18)[1::2]))


def test_remembered_widths_match_the_summed_advances_bold_or_not_and_after_a_fresh_start(
        monkeypatch):
    texts = ["ก", "มาตรการที่ 1 ", "ตัวชี้วัด", "", "ABC 80%"]
    expected = {(t, b): sum(typography.char_em(ch, b) for ch in t) for t in texts
                for b in (False, True)}
    monkeypatch.setattr(typography, "_WIDTHS_KEPT", 3)  # the memo fills and starts afresh
    for _round in range(2):
        for (text, bold), width in expected.items():
            assert typography.em_width(text, bold) == pytest.approx(width, abs=1e-12)
    assert len(typography._WIDTHS) <= 3
    assert typography.em_width("ก", True) > typography.em_width("ก", False)
