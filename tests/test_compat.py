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

from docx.oxml.ns import qn

from ita_xl import compat
from ita_xl.briefing.palette import STYLE
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


# 120 measures: a long deck (table pages, notes, >64 KiB); Thai digits: data labels written as
# text runs (briefing.layout.style_run)
@pytest.mark.parametrize("measures,thai_digits", [(6, False), (120, False), (6, True)])
def test_deck_is_the_same_on_fast_and_public_paths(monkeypatch, tmp_path, measures, thai_digits):
    analysis = sample_analysis(measures)
    made = _both(monkeypatch, tmp_path, lambda dest: build_briefing(
        analysis, dest, generated=WHEN, include_findings=True, thai_digits=thai_digits),
        "deck.pptx")
    assert made["fast"] == made["public"]
    if thai_digits:
        runs = _label_runs(made["public"])
        assert runs and all(any("\u0e50" <= ch <= "\u0e59" for ch in text) for text, _f in runs)
        assert {fonts for _t, fonts in runs} == {(STYLE.font,) * 3}  # latin, ea, cs


def _label_runs(deck: bytes):
    """(text, (latin, ea, cs typefaces)) of every run in the deck's chart data labels."""
    import io
    import zipfile

    from lxml import etree
    from pptx.oxml.ns import qn

    found = []
    with zipfile.ZipFile(io.BytesIO(deck)) as z:
        for name in z.namelist():
            if name.startswith("ppt/charts/chart"):
                for r in etree.fromstring(z.read(name)).iter(qn("a:r")):
                    if any(a.tag == qn("c:dLbl") for a in r.iterancestors()):
                        rpr = r.find(qn("a:rPr"))
                        found.append((r.findtext(qn("a:t")), tuple(
                            rpr.find(qn(t)).get("typeface") for t in ("a:latin", "a:ea", "a:cs"))))
    return found


def test_style_run_gives_what_the_runs_private_element_gave():
    """briefing.layout.style_run names fonts through the public Font, charts.apply_fonts the
    rest through the chart's public element: setting the fonts again on each label run's private
    ``_r`` (the way it was done before) changes nothing."""
    from pptx import Presentation
    from pptx.enum.chart import XL_CHART_TYPE

    from lxml import etree

    from ita_xl.briefing.charts import add_chart
    from ita_xl.briefing.layout import Box, set_fonts

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    chart = add_chart(slide, Box(0, 0, 6000000, 4000000), XL_CHART_TYPE.COLUMN_CLUSTERED,
                      ["ก", "ข"], [("2568", [81.5, 90.25]), ("2569", [None, 95.0])],
                      ["1F4E79", "C00000"], thai_digits=True)
    ours = etree.tostring(chart.element)
    series = list(chart.plots[0].series)
    runs = [run for s, k in ((0, 0), (0, 1), (1, 1))  # the points with a value have a label
            for run in series[s].points[k].data_label.text_frame.paragraphs[0].runs]
    assert len(runs) == 3
    for run in runs:
        set_fonts(run._r.get_or_add_rPr(), STYLE.font)  # the private reference way
    assert etree.tostring(chart.element) == ours


def test_docx_table_helpers_reach_the_elements_python_docx_keeps_privately():
    """report.document's last_table / borderless / keep_row_whole work from public objects
    (Document.element) and give the XML python-docx's private ``_tbl`` / ``get_or_add_trPr``
    give; the saved signature grid is checked in tests/test_report_signatures.py."""
    import docx
    from docx.oxml import OxmlElement
    from lxml import etree

    from ita_xl.report.document import borderless, keep_row_whole, last_table

    def body(doc):
        return etree.tostring(doc.element)

    made = []
    for way in ("public", "private"):
        doc = docx.Document()
        doc.add_table(rows=1, cols=2)  # an earlier table: last_table must not pick it
        doc.add_paragraph("between")
        table = doc.add_table(rows=0, cols=2)
        tbl = last_table(doc)
        assert tbl is table._tbl
        for k in range(3):
            row = table.add_row()
            if k == 1:  # a row with table-level exceptions: trPr goes after w:tblPrEx
                row._tr.insert(0, OxmlElement("w:tblPrEx"))
            if way == "public":
                keep_row_whole(tbl.findall(qn("w:tr"))[-1])
            else:
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        borderless(tbl if way == "public" else table._tbl)
        made.append(body(doc))
    assert made[0] == made[1]
    assert made[0].count(b"<w:cantSplit/>") == 3 and b'w:val="nil"' in made[0]


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


@pytest.mark.parametrize("command", ["report", "progress"])
def test_word_documents_are_the_same_on_fast_and_public_paths(monkeypatch, tmp_path, command):
    """python-docx has no fast path today (report.document reaches tables and rows through
    Document.element); the report (with a signature grid: borderless, rows kept whole) and the
    progress document still come out the same, part for part, under every gate setting, so a
    future gated path is held to it. (python-docx stamps each zip member with the save time, so
    the parts are compared, not the zip's bytes.)"""
    import io
    import shutil
    import zipfile

    import openpyxl
    from click.testing import CliRunner

    from ita_xl.cli import cli

    example = Path(__file__).parent.parent / "workbooks" / "example-master.xlsx"
    parts = {}
    for mode in ("fast", "public"):
        monkeypatch.setenv(compat.ENV, mode)
        folder = tmp_path / mode
        folder.mkdir()
        master = folder / "master.xlsx"
        shutil.copy(example, master)
        wb = openpyxl.load_workbook(master)
        wb["หน่วยงาน"].append(["ผู้ลงนาม", "นายสมชาย ตัวอย่าง | ปลัดเทศบาล\n"
                                           "นางสมศรี ทดสอบ | หัวหน้าสำนักปลัดเทศบาล"])
        wb.save(master)
        extra = ["--as-of", "2027-04-01"] if command == "progress" else []
        result = CliRunner().invoke(cli, [command, str(master), *extra])
        assert result.exit_code == 0, result.output
        written = next((folder / "ita-xl-output").glob("*.docx"))
        with zipfile.ZipFile(io.BytesIO(written.read_bytes())) as z:
            parts[mode] = {n: z.read(n) for n in z.namelist()}
    assert parts["fast"] == parts["public"]
    if command == "report":
        assert parts["public"]["word/document.xml"].count(b"<w:cantSplit/>") > 0
