"""The computed sheets speak each year's own scheme: levels for 2566+, letters only where a year
had them, instrument scores (published or computed, said so), the next-level block and the
priority reasons — all read from the analysis, through real workbooks."""
from __future__ import annotations

import unicodedata
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ita_xl import messages
from ita_xl.sheets.computed import build_computed_workbook
from ita_xl.validate.findings import Report
from render import pdf_text, to_pdf, to_pngs
from test_analysis_levels import SCORES, analysed, master, overall

WHEN = datetime(2026, 10, 5, 9, 30)


def t(key: str, lang: str = "th", **params: Any) -> str:
    return messages.text(key, lang, **params)


def sheets(tmp_path: Path, analysis, lang: str = "th", data_only: bool = True):
    built = build_computed_workbook(analysis, Report([], []), tmp_path / f"computed-{lang}.xlsx",
                                    generated=WHEN, master_name="master.xlsx", lang=lang)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(built.path, data_only=data_only)
    return built, wb[built.sheets[0]], wb[built.sheets[1]]


def rows(ws) -> list:
    return [[c.value for c in row] for row in ws.iter_rows()]


def row_of(ws, text: str) -> list:
    return next(r for r in rows(ws) if text in r)


def with_letter_year(tmp_path: Path):
    scores = {**SCORES, 2565: [86.0] * 10}
    results = [[2565, 86.0, None, None, None, "A"],
               [2566, overall(2566), None, None, None, "ผ่าน"],
               [2567, overall(2567), 93.0, 83.3, 96.55, "ผ่าน"],
               [2568, overall(2568), 96.76, 84.13, 99.25, "ผ่าน"]]
    return analysed(master(tmp_path, results, scores=scores))


@pytest.mark.parametrize("lang, labels", [
    ("th", ["A", "ผ่าน", "ผ่าน", "ผ่าน"]), ("en", ["A", "Pass", "Pass", "Pass"]),
])
def test_comparison_shows_each_years_own_label(tmp_path, lang, labels):
    _built, comparison, _gaps = sheets(tmp_path, with_letter_year(tmp_path), lang)
    row = row_of(comparison, t("sheets.row.grade", lang))
    assert [v for v in row if v in ("A", "ผ่าน", "Pass", "AA", "B")] == labels


def test_comparison_instrument_rows_and_the_computed_note(tmp_path):
    a = with_letter_year(tmp_path)
    _built, comparison, _gaps = sheets(tmp_path, a)
    eit = row_of(comparison, t("sheets.row.instrument", code="EIT", name=t("sheets.inst.EIT")))
    assert 84.13 in eit and 83.3 in eit  # published 2568 and 2567
    assert a.by_year[2566].instrument_scores["EIT"].computed
    assert a.by_year[2566].instruments["EIT"] in eit
    note = t("sheets.note.instruments-computed", years="2565, 2566")
    assert any(note in r for r in rows(comparison))


def test_gaps_sheet_next_level_block_reads_the_level_gap(tmp_path):
    a = analysed(master(tmp_path))
    _built, _comparison, gaps = sheets(tmp_path, a)
    title = t("sheets.level.title", year=2568, level="ผ่าน", next="ผ่านดี")
    assert any(title in r for r in rows(gaps))
    eit = row_of(gaps, t("sheets.row.instrument", code="EIT", name=t("sheets.inst.EIT")))
    assert [v for v in eit if isinstance(v, (int, float))] == [84.13, 85, 0.87]
    assert t("sheets.level.published") in eit
    total = row_of(gaps, t("sheets.level.overall"))
    assert [v for v in total if isinstance(v, (int, float))][-1] == a.next_level.overall_gap == 0


def test_gaps_sheet_order_and_reasons_are_the_analysis(tmp_path):
    a = analysed(master(tmp_path))
    _built, _comparison, gaps = sheets(tmp_path, a)
    data = rows(gaps)
    head = next(i for i, r in enumerate(data) if t("sheets.col.priority") in r)
    ranked = [r for r in data[head + 2:head + 12] if isinstance(r[0], int)]
    assert [r[1] for r in ranked] == [i.number for i in a.priorities]
    eight = next(r for r in ranked if r[1] == 8)
    why = t("sheets.weak.holds-back-level", instrument="EIT", line="85", level="ผ่านดี")
    assert why in eight[13] and t("sheets.weak.below-pass") in eight[13]
    top = t("sheets.group.aa", level="ผ่านดีเยี่ยม", mark="95")
    assert top in data[head]


def test_top_level_says_so(tmp_path):
    scores = {2568: [97.0] * 10}
    a = analysed(master(tmp_path, [[2568, 97.0, 97.0, 97.0, 97.0, "ผ่านดีเยี่ยม"]],
                        scores=scores))
    _built, _comparison, gaps = sheets(tmp_path, a, "en")
    assert any(t("sheets.level.top", "en", year=2568, level="Excellent") in r
               for r in rows(gaps))


def squash(text: str) -> str:
    return "".join(ch for ch in text
                   if not ch.isspace() and unicodedata.category(ch) not in ("Mn", "Mc"))


def test_level_sheets_render_in_libreoffice(tmp_path, office):
    built, _c, _g = sheets(tmp_path, analysed(master(tmp_path)))
    pdf = to_pdf(built.path, tmp_path / "pdf")
    text = squash(pdf_text(pdf))
    for expected in ("ผ่านดี", "84.13", "0.87", t("sheets.level.col.line")):
        assert squash(expected) in text, expected
    assert all(p.stat().st_size > 5000 for p in to_pngs(pdf, tmp_path / "png"))


def test_name_colour_follows_the_analysis_tone(tmp_path):
    a = analysed(master(tmp_path))
    _built, comparison, gaps = sheets(tmp_path, a, data_only=False)
    for ws in (comparison, gaps):
        cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        for ind in a.indicators:
            colour = cells[ind.name_th].font.color
            rgb = colour.rgb[-6:] if colour is not None and isinstance(colour.rgb, str) else None
            expected = {"weak": "9C0006", "improving": "006100"}.get(ind.tone)
            assert (rgb == expected) if expected else rgb in (None, "000000"), (ind.number, rgb)
    assert {i.tone for i in a.indicators} >= {"weak", "improving"}


def test_far_below_the_pass_mark_the_block_also_shows_the_pass_gap(tmp_path):
    scores = {2568: [66.0] * 10}
    a = analysed(master(tmp_path, [[2568, 66.0, 66.0, 66.0, 66.0, "ต้องปรับปรุงโดยด่วน"]],
                        scores=scores))
    gap = a.next_level
    assert (gap.rating.code, gap.target.code, gap.overall_gap, gap.pass_gap) == (
        "urgent", "improve", 4.0, 19.0)
    assert [i.priority_reasons[0] for i in a.priorities] == ["below-pass"] * 10
    _built, _comparison, gaps = sheets(tmp_path, a)
    numbers = lambda key: [v for v in row_of(gaps, t(key)) if isinstance(v, (int, float))]  # noqa
    assert numbers("sheets.level.overall") == [66, 70, 4]
    assert numbers("sheets.level.pass") == [66, 85, 19]
