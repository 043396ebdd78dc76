"""The cover memo keeps every signature block on its first page: with several signers they sit two
a row in a borderless table whose rows never split, and the report starts on the next page
without a blank one between."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner
from docx.oxml.ns import qn

from ita_xl.cli import cli
from render import convert_all, pdf_pages

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
SIGNERS = [("นายสมชาย ตัวอย่าง", "ปลัดเทศบาล"), ("นางสมศรี ทดสอบ", "หัวหน้าสำนักปลัดเทศบาล"),
           ("นายประเสริฐ มั่นคง", "รองปลัดเทศบาล"), ("นางสาวพรทิพย์ ใจงาม", "ผู้อำนวยการกองคลัง")]
PREPARER = "นางสาวสมใจ ใจดี"  # the example's ผู้จัดทำ


def _master(tmp_path: Path, signers) -> Path:
    master = tmp_path / "master.xlsx"
    shutil.copy(EXAMPLE, master)
    wb = openpyxl.load_workbook(master)
    ws = wb["หน่วยงาน"]
    ws.append(["ตำแหน่งผู้จัดทำ", "นิติกรปฏิบัติการ"])
    ws.append(["ผู้ลงนาม", "\n".join(f"{name} | {position}" for name, position in signers)])
    wb.save(master)
    return master


def _report(tmp_path: Path, name: str, signers, *args: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    master = _master(folder, signers)
    result = CliRunner().invoke(cli, ["report", str(master), *args])
    assert result.exit_code == 0, result.output
    written = next((folder / "ita-xl-output").glob("*-report.docx"))
    return written.rename(folder / f"memo-{name}.docx")  # one name per render in one folder


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def test_signature_grid_rows_never_split_and_have_no_borders(tmp_path):
    document = docx.Document(str(_report(tmp_path, "th", SIGNERS)))
    grid = next(t for t in document.tables if "ลงชื่อ" in t.rows[0].cells[0].text)
    assert len(grid.rows) == 3  # 5 blocks: two, two, then one centred
    tbl = next(t for t in document.element.body.iter(qn("w:tbl"))
               if "ลงชื่อ" in "".join(t.find(qn("w:tr")).itertext()))  # the grid's XML
    rows = tbl.findall(qn("w:tr"))
    assert len(rows) == 3
    assert all(r.find(qn("w:trPr")) is not None
               and r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)
    borders = tbl.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    names = [c.text for r in grid.rows for c in r.cells]
    for name, position in [(PREPARER, "นิติกรปฏิบัติการ")] + SIGNERS:
        assert any(f"({name})" in n and position in n for n in names), name
    last = grid.rows[-1].cells
    assert last[0].text == last[1].text  # the fifth block spans both columns (centred):
    only = rows[-1].findall(qn("w:tc"))  # one cell, two grid columns wide
    assert len(only) == 1 and only[0].find(qn("w:tcPr")).find(qn("w:gridSpan")).get(qn("w:val")) == "2"
    closing = [p for p in document.paragraphs if p.text.startswith("จึงเรียนมา")]
    assert closing and closing[0].paragraph_format.keep_with_next


def test_memo_with_several_signers_renders_on_one_page(office, tmp_path):
    docs = [_report(tmp_path, "th", SIGNERS),
            _report(tmp_path, "en", SIGNERS, "--lang", "en"),
            _report(tmp_path, "one", [])]
    pdfs = convert_all(docs, "pdf", tmp_path / "pdf")
    for pdf, lang in zip(pdfs, ("th", "en", "th")):
        first, second = _page_text(pdf, 1), _page_text(pdf, 2)
        signed = "ลงชื่อ" if lang == "th" else "Signed"
        expected = 5 if pdf is not pdfs[2] else 1
        assert first.count(signed) == expected, (lang, first)
        for name, _position in SIGNERS if expected == 5 else []:
            assert name in first and name not in second, name
        assert PREPARER in first
        title = "รายงานผลการวิเคราะห์" if lang == "th" else "Analysis of the Integrity"
        assert title in second, second[:200]  # the report starts on page 2: no blank page
        assert pdf_pages(pdf) >= 4
