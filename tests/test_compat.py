"""Version-gated fast paths against their public-API reference paths: the same bytes.

Every output that a fast path of ita_xl/compat touches is built twice — every fast path forced on
(ITA_XL_COMPAT=fast) and every public path (ITA_XL_COMPAT=public) — and compared byte for byte.
A new release of a dependency that breaks a fast path fails here (.ci/run runs the suite on the
newest releases too), while users of that release already get the public path from the gate.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sample_analysis import sample_analysis

from ita_xl import compat
from ita_xl.briefing import build_briefing
from ita_xl.summary import build_summary

WHEN = datetime(2026, 11, 25, 9, 30)


def _both(monkeypatch, tmp_path: Path, build, name: str):
    made = {}
    for mode in ("fast", "public"):
        monkeypatch.setenv(compat.ENV, mode)
        dest = tmp_path / mode / name
        dest.parent.mkdir()
        build(dest)
        made[mode] = dest.read_bytes()
    return made


@pytest.mark.parametrize("measures", [6, 120])  # 120: a long deck (table pages, notes, >64 KiB)
def test_deck_is_the_same_on_fast_and_public_paths(monkeypatch, tmp_path, measures):
    analysis = sample_analysis(measures)
    made = _both(monkeypatch, tmp_path, lambda dest: build_briefing(
        analysis, dest, generated=WHEN, include_findings=True), "deck.pptx")
    assert made["fast"] == made["public"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_summary_is_the_same_on_fast_and_public_paths(monkeypatch, tmp_path, lang):
    analysis = sample_analysis(12)
    made = _both(monkeypatch, tmp_path, lambda dest: build_summary(
        analysis, dest, lang=lang, generated=WHEN), "summary.xlsx")
    assert made["fast"] == made["public"]
    assert b"xl/charts/chart1.xml" in made["fast"]


def test_gate_follows_the_tested_versions_and_the_override(monkeypatch):
    monkeypatch.delenv(compat.ENV, raising=False)
    for dep in compat.DEPENDENCIES:
        assert compat.fast(dep) == (compat.version(dep) in compat.TESTED[dep])
    monkeypatch.setitem(compat.TESTED, "pptx", frozenset({"0.0-never"}))
    assert not compat.fast("pptx")  # an untested release gets the public path
    monkeypatch.setenv(compat.ENV, "fast")
    assert compat.fast("pptx")
    monkeypatch.setenv(compat.ENV, "public:openpyxl")  # another dependency's: this one as gated
    assert not compat.fast("pptx")
    monkeypatch.setitem(compat.TESTED, "pptx", frozenset({compat.version("pptx")}))
    assert compat.fast("pptx")
    monkeypatch.setenv(compat.ENV, "public: pptx")
    assert not compat.fast("pptx")
    monkeypatch.setenv(compat.ENV, "public")
    assert not any(compat.fast(dep) for dep in compat.DEPENDENCIES)


def test_chart_workbooks_carry_the_decks_date_so_decks_repeat(monkeypatch, tmp_path):
    """The embedded chart workbooks are dated through public APIs only (briefing.chart_workbook):
    each says the deck's date, opens in openpyxl with the chart's data, and a second build is
    the same bytes."""
    import io
    import zipfile

    import openpyxl

    monkeypatch.delenv(compat.ENV, raising=False)
    analysis = sample_analysis(6)
    made = []
    for n in (1, 2):
        dest = tmp_path / ("deck%d.pptx" % n)
        build_briefing(analysis, dest, generated=WHEN)
        made.append(dest.read_bytes())
    assert made[0] == made[1]
    with zipfile.ZipFile(io.BytesIO(made[0])) as deck:
        books = [n for n in deck.namelist() if n.startswith("ppt/embeddings/")]
        assert books
        for name in books:
            blob = deck.read(name)
            with zipfile.ZipFile(io.BytesIO(blob)) as book:
                core = book.read("docProps/core.xml")
                assert core.count(b">2026-11-25T09:30:00Z<") == 2, name  # created and modified
                assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in book.infolist())
            wb = openpyxl.load_workbook(io.BytesIO(blob))
            assert wb.active.max_row > 1 and wb.active["A2"].value is not None
