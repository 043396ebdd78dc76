"""PDF export through LibreOffice: real conversions, a machine without LibreOffice, failures."""
from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from ita_xl import pdf
from ita_xl.errors import ExitCode, OfficeMissing, PdfFailed
from render import pdf_pages, pdf_text

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fake soffice is a shell script")


def _xlsx(path: Path, words: str) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = words
    wb.active["B2"] = 91.03
    wb.save(path)
    return path


def _pptx(path: Path, words: str) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
    box.text_frame.text = words
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
    prs.save(path)
    return path


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_converts_xlsx_and_pptx_in_order_and_keeps_same_stem_apart(office, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    book = _xlsx(src / "report.xlsx", "สมุดงานทดสอบ Workbook")
    deck = _pptx(src / "briefing.pptx", "งานนำเสนอทดสอบ Deck")
    twin = _pptx(src / "report.pptx", "สไลด์ชื่อซ้ำ Twin")
    out = tmp_path / "out"

    pdfs = pdf.convert_to_pdf([book, deck, twin], out)

    assert [p.name for p in pdfs] == ["report-xlsx.pdf", "briefing.pdf", "report-pptx.pdf"]
    assert "Workbook" in pdf_text(pdfs[0]) and "91.03" in pdf_text(pdfs[0])
    assert "Deck" in pdf_text(pdfs[1]) and "Twin" in pdf_text(pdfs[2])
    assert all(pdf_pages(p) >= 1 for p in pdfs)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in pdfs)  # no temp left


def test_pdf_names_only_disambiguate_shared_stems():
    names = pdf.pdf_names([Path("a/x.xlsx"), Path("b/x.PPTX"), Path("y.pptx")])
    assert names == {Path("a/x.xlsx"): "x-xlsx.pdf", Path("b/x.PPTX"): "x-pptx.pdf",
                     Path("y.pptx"): "y.pdf"}


def test_no_libreoffice_on_path_is_office_missing(tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(pdf.ENV_OVERRIDE, raising=False)
    monkeypatch.setattr(pdf, "USUAL_LOCATIONS", {})
    book = _xlsx(tmp_path / "a.xlsx", "x")

    assert pdf.find_office() is None
    assert not pdf.office_available()
    with pytest.raises(OfficeMissing) as info:
        pdf.convert_to_pdf([book], tmp_path / "out")
    assert info.value.exit_code == ExitCode.OK
    assert "LibreOffice is not installed" in info.value.message("en")
    assert "LibreOffice" in info.value.message("th")
    assert not (tmp_path / "out").exists()


def test_usual_install_folder_is_found_when_not_on_path(tmp_path, monkeypatch):
    folder = tmp_path / "LibreOffice" / "program"
    folder.mkdir(parents=True)
    exe = _fake_soffice(folder, "exit 0")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.delenv(pdf.ENV_OVERRIDE, raising=False)
    monkeypatch.setenv("ITA_TEST_PF", str(tmp_path))
    pattern = "{ITA_TEST_PF}" + os.sep + os.path.join("LibreOffice", "program", exe.name)
    monkeypatch.setattr(pdf, "USUAL_LOCATIONS", {pdf._platform(): (pattern,)})
    assert pdf.find_office() == str(exe)


@posix_only
def test_libreoffice_that_writes_nothing_is_pdf_failed(tmp_path, monkeypatch):
    monkeypatch.setenv(pdf.ENV_OVERRIDE, str(_fake_soffice(tmp_path, "echo broken >&2; exit 1")))
    book = _xlsx(tmp_path / "a.xlsx", "x")
    with pytest.raises(PdfFailed) as info:
        pdf.convert_to_pdf([book], tmp_path / "out")
    assert "broken" in info.value.params["detail"]
    assert "PDF" in info.value.message("en")
    assert list((tmp_path / "out").iterdir()) == []


@posix_only
def test_hanging_libreoffice_times_out_and_is_ended(tmp_path, monkeypatch):
    pidfile = tmp_path / "pid"
    script = _fake_soffice(tmp_path, f"echo $$ > '{pidfile}'; sleep 60")
    monkeypatch.setenv(pdf.ENV_OVERRIDE, str(script))
    book = _xlsx(tmp_path / "a.xlsx", "x")
    started = time.monotonic()
    with pytest.raises(PdfFailed) as info:
        pdf.convert_to_pdf([book], tmp_path / "out", timeout=1)
    assert time.monotonic() - started < 15
    assert "timed out" in info.value.params["detail"]
    with pytest.raises(ProcessLookupError):
        os.kill(int(pidfile.read_text()), 0)


@posix_only
def test_missing_input_is_pdf_failed(tmp_path, monkeypatch):
    monkeypatch.setenv(pdf.ENV_OVERRIDE, str(_fake_soffice(tmp_path, "exit 0")))
    with pytest.raises(PdfFailed) as info:
        pdf.convert_to_pdf([tmp_path / "gone.xlsx"], tmp_path / "out")
    assert info.value.params["path"].endswith("gone.xlsx")
