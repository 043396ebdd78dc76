"""The issues' "done when" through the real `run`: a decorated master twice, the example's deck and
summary rendered by LibreOffice, 600 measures whose tables all fit, and --pdf."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from pptx import Presentation
from pptx.util import Emu

from briefing_helpers import charts, slide_text, tables
from builders import (
    NAMES, OFFICIAL_NAMES, SCORES, MasterSpec, build_master, default_measures, result_label,
    weighted,
)
from ita_xl.master.reader import read_master
from ita_xl.pipeline import RunOptions, run
from ita_xl.thai_breaks import plain
from render import convert_all, pdf_text, to_pdf

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
EDITED = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"}


def parts(path: Path) -> dict:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def decorated_master(path: Path, image: Path) -> Path:
    """A master as staff decorate it: every kind of content Excel keeps, and a formula score."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("หน่วยงาน")
    ws.write_column(0, 0, ["ชื่อหน่วยงาน", "ปีงบประมาณ", "คะแนนเป้าหมาย"])
    ws.write_column(0, 1, ["เทศบาลตำบลตกแต่ง", 2566, 95])
    sc = wb.add_worksheet("คะแนนตัวชี้วัด")
    sc.write_row(0, 0, ["ลำดับ", "ตัวชี้วัด", 2564, 2565, 2566])
    for i, name in enumerate(NAMES):
        sc.write_row(i + 1, 0, [i + 1, f"{i + 1} {name}", SCORES[2564][i], SCORES[2565][i]])
        if i == 0:  # a formula score, with its cached value
            sc.write_formula(1, 4, "=ROUND(C2+5.7,2)", None, SCORES[2566][0])
        else:
            sc.write_number(i + 1, 4, SCORES[2566][i])
    sc.freeze_panes(1, 2)
    sc.conditional_format("E2:E11", {"type": "data_bar"})
    sc.data_validation("C2:E11", {"validate": "decimal", "criteria": "between", "minimum": 0,
                                  "maximum": 100})
    sc.write_comment("B2", "ตรวจกับประกาศ ป.ป.ช. แล้ว")
    sc.add_sparkline("F2", {"range": "คะแนนตัวชี้วัด!C2:E2"})
    sc.insert_textbox("H2", "หมายเหตุของเจ้าหน้าที่", {"width": 200, "height": 60})
    sc.insert_image("H8", str(image))
    sc.write_url("A14", "https://www.nacc.go.th/", string="ประกาศ ป.ป.ช.")
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=คะแนนตัวชี้วัด!$E$2:$E$11"})
    sc.insert_chart("H14", chart)
    wb.define_name("คะแนนปีล่าสุด", "=คะแนนตัวชี้วัด!$E$2:$E$11")
    rs = wb.add_worksheet("ผลการประเมิน")
    rs.write_row(0, 0, ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"])
    for r, y in enumerate(sorted(SCORES), start=1):
        rs.write_row(r, 0, [y, weighted(SCORES[y]), result_label(y, SCORES[y])])
    ms = wb.add_worksheet("มาตรการ")
    ms.write_row(0, 0, MasterSpec().measures_header)
    for r, row in enumerate(default_measures(), start=1):
        ms.write_row(r, 0, row)
    wb.close()
    return path


@pytest.fixture
def png(tmp_path):
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), (30, 60, 120)).save(path)
    return path


def test_two_runs_on_a_decorated_master_keep_every_staff_part(tmp_path, png, office):
    master = decorated_master(tmp_path / "master.xlsx", png)
    original_bytes = master.read_bytes()
    original = parts(master)
    cached = openpyxl.load_workbook(master, data_only=True)["คะแนนตัวชี้วัด"]["E2"].value
    assert cached == SCORES[2566][0]
    for _ in range(2):
        result = run(master, RunOptions(out=tmp_path / "out"))
        assert result.exit_code == 0, result.report.codes()
    after = parts(master)
    for name, data in original.items():
        if name not in EDITED:
            assert after[name] == data, name
    backups = sorted((tmp_path / ".ita-xl" / "backups").iterdir())
    assert len(backups) == 2 and backups[0].read_bytes() == original_bytes
    wb = openpyxl.load_workbook(master, data_only=True)
    assert wb["คะแนนตัวชี้วัด"]["E2"].value == cached
    comparison = next(ws for ws in wb.worksheets
                      if ws.sheet_properties.codeName == "itaxl_comparison")
    rows = [[c.value for c in row] for row in comparison.iter_rows()]
    for i, name in enumerate(OFFICIAL_NAMES):
        row = next(r for r in rows if name in r)
        expected = round(SCORES[2566][i] - SCORES[2565][i], 2)
        assert any(isinstance(v, float) and abs(v - expected) < 0.005 for v in row), (name, row)
    kinds = {rule.type for rng in comparison.conditional_formatting for rule in rng.rules}
    assert "colorScale" in kinds and len(kinds) >= 2
    text = "".join(pdf_text(to_pdf(master, tmp_path / "pdf")).split())  # LibreOffice renders it
    assert "การปรับปรุงระบบการทำงาน" in text


def test_example_run_writes_a_deck_and_a_summary_that_render_in_thai(tmp_path, office):
    master = tmp_path / "example.xlsx"
    shutil.copy(EXAMPLE, master)
    result = run(master, RunOptions(out=tmp_path / "out"))
    deck_path = next(p for p in result.outputs if p.suffix == ".pptx")
    summary_path = next(p for p in result.outputs if p.suffix == ".xlsx")
    example = read_master(EXAMPLE)  # the example's own year and published overall
    year = example.agency.fiscal_year.value
    published = next(r.overall.value for r in example.results.rows if r.year.value == year)
    assert deck_path.name.startswith(f"ITA-{year}-") and deck_path.name.endswith("-briefing.pptx")
    deck = Presentation(str(deck_path))
    assert len(deck.slides) >= 6
    assert sum(len(charts(s)) for s in deck.slides) >= 2
    assert sum(len(tables(s)) for s in deck.slides) >= 2
    overall = f"{published:.2f}"
    everything = "\n".join(slide_text(s) for s in deck.slides)
    assert overall in everything and "เทศบาลตำบลหนองตัวอย่าง" in everything
    with zipfile.ZipFile(summary_path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    assert deck_path.stem != summary_path.stem  # one LibreOffice run renders both
    for pdf in convert_all([deck_path, summary_path], "pdf", tmp_path / "pdf"):
        text = plain("".join(pdf_text(pdf).split()))  # splits Thai
        assert "เทศบาลตำบลหนองตัวอย่าง" in text
        assert "การเปิดเผยข้อมูล" in text


def test_a_master_with_600_measures_gives_tables_that_fit(tmp_path):
    rows = []
    for k in range(600):
        base = default_measures()[k % 4]
        rows.append([base[0], f"{k + 1}. {base[1]} " + "และติดตามผลอย่างต่อเนื่อง" * (k % 3),
                     *base[2:]])
    master = build_master(tmp_path / "big.xlsx", MasterSpec(measures=rows))
    result = run(master, RunOptions(out=tmp_path / "out"))
    assert result.exit_code == 0, result.report.codes()
    deck = Presentation(str(next(p for p in result.outputs if p.suffix == ".pptx")))
    height = deck.slide_height
    table_rows = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            assert shape.left + shape.width <= deck.slide_width
            assert shape.top + shape.height <= height
            if getattr(shape, "has_table", False) and shape.has_table:
                total = sum(Emu(r.height) for r in shape.table.rows)
                assert shape.top + total <= height
                if "มาตรการ/แนวทาง" in plain(shape.table.cell(0, 2).text):
                    table_rows += len(shape.table.rows) - 1
    assert table_rows == 600


def test_pdf_option_writes_pdfs_or_says_libreoffice_is_missing(tmp_path, office, monkeypatch):
    master = tmp_path / "example.xlsx"
    shutil.copy(EXAMPLE, master)
    result = run(master, RunOptions(out=tmp_path / "out", pdf=True))
    assert sorted(p.suffix for p in result.pdfs) == [".pdf", ".pdf"]
    assert all(p.stat().st_size > 1000 for p in result.pdfs)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    monkeypatch.setenv("ITA_XL_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    import ita_xl.pdf as pdf

    if pdf.office_available():
        pytest.skip("LibreOffice is installed in a standard folder this test cannot hide")
    again = run(master, RunOptions(out=tmp_path / "out2", pdf=True))
    assert again.pdfs == [] and ("pdf-no-office", {}) in again.notes
