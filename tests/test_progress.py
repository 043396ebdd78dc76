"""`ita-xl progress`: each measure's state on a day, in the progress report (.docx), the follow-up
sheet written back into the master and the deck's follow-up slide."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from builders import NAMES, MasterSpec, build_master
from ita_xl import thai
from ita_xl.cli import cli
from render import pdf_pages, pdf_text, to_pdf

FOLLOW = "รายงานความก้าวหน้าทุก ๖ เดือน"
# (indicator, measure, unit, period, status, progress) — analysed 2566, planned Oct 2566–Sep 2567
MEASURES = [
    (8, "ปรับปรุงขั้นตอนบริการ", "สำนักปลัดเทศบาล", "ต.ค. 66 – ธ.ค. 66", "กำลังดำเนินการ", 50),
    (4, "แนวปฏิบัติการใช้ทรัพย์สิน", "กองคลัง", "ต.ค. 66 – มี.ค. 67", "เสร็จสิ้น", 100),
    (2, "เผยแพร่แผนการใช้จ่ายงบประมาณ", "กองคลัง", "ต.ค. 66 – มี.ค. 67", "ยังไม่เสร็จ", 70),
    (7, "ช่องทางสื่อสารสองทาง", "งานประชาสัมพันธ์", "ต.ค. 66 – ก.ย. 67", "อยู่ระหว่างดำเนินการ", 40),
    (9, "เผยแพร่รายงานรอบหกเดือน", "กองคลัง", "พ.ค. 67 – ก.ย. 67", "", None),
    (6, "สำรวจความพึงพอใจ", "ทุกกอง", "ต.ค. 66 – ก.พ. 67", "ยกเลิก", None),
    (5, "อบรมคณะทำงาน", "สำนักปลัดเทศบาล", "ม.ค. 67 – มิ.ย. 67", "ยังไม่ดำเนินการ", 0),
]
AS_OF = "2024-04-01"
OVERDUE = {1: 92, 3: 1}  # measure number -> days since its period ended (31 Dec 2566, 31 Mar 2567)
DOCX = "ITA-2566-เทศบาลตำบลตัวอย่างพัฒนา-progress-2024-04-01.docx"


@pytest.fixture
def master(tmp_path):
    rows = [[f"{n} {NAMES[n - 1]}", measure, "๑. ดำเนินการ", unit, period, FOLLOW, status,
             progress] for n, measure, unit, period, status, progress in MEASURES]
    return build_master(tmp_path / "master.xlsx", MasterSpec(measures=rows))


def progress(master: Path, *args: str):
    return CliRunner().invoke(cli, ["progress", str(master), *args])


def test_progress_lists_exactly_the_overdue_measures(master, tmp_path):
    result = progress(master, "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    late_lines = [line for line in result.output.splitlines() if "เกินกำหนด" in line and "วัน:" in line]
    assert len(late_lines) == 2
    assert "เกินกำหนด 92 วัน: มาตรการที่ 1" in late_lines[0]
    assert "เกินกำหนด 1 วัน: มาตรการที่ 3" in late_lines[1]
    document = docx.Document(str(tmp_path / "ita-xl-output" / DOCX))
    overdue = next(t for t in document.tables if t.rows[0].cells[-1].text == "เกินกำหนด (วัน)")
    got = {int(thai.to_arabic_digits(r.cells[0].text)): int(thai.to_arabic_digits(r.cells[-1].text))
           for r in list(overdue.rows)[1:]}
    assert got == OVERDUE
    names = [r.cells[1].text for r in list(overdue.rows)[1:]]
    assert names == [MEASURES[0][1], MEASURES[2][1]]
    responsible = [r.cells[2].text for r in list(overdue.rows)[1:]]
    assert responsible == [MEASURES[0][2], MEASURES[2][2]]


def test_every_state_in_the_report_and_the_follow_up_sheet(master, tmp_path):
    assert progress(master, "--as-of", "๑ เม.ย. ๒๕๖๗").exit_code == 0  # the Thai date, same day
    document = docx.Document(str(tmp_path / "ita-xl-output" / DOCX))
    full = next(t for t in document.tables if t.rows[0].cells[-1].text == "ผลการติดตาม")
    states = [thai.to_arabic_digits(r.cells[-1].text).replace("\u00a0", " ")
              for r in list(full.rows)[1:]]
    assert states == ["เกินกำหนด 92 วัน", "ดำเนินการแล้วเสร็จ", "เกินกำหนด 1 วัน",
                      "อยู่ระหว่างดำเนินการตามกำหนด", "ยังไม่ถึงกำหนด", "ยกเลิก",
                      "ยังไม่เริ่มดำเนินการ"]
    sheet = openpyxl.load_workbook(master)["ITA-ติดตามผล"]
    assert sheet.sheet_properties.codeName == "itaxl_followup"
    data = [r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0] and r[8]]
    assert [r[8] for r in data] == ["เกินกำหนด", "ดำเนินการแล้วเสร็จ", "เกินกำหนด",
                                    "อยู่ระหว่างดำเนินการตามกำหนด", "ยังไม่ถึงกำหนด", "ยกเลิก",
                                    "ยังไม่เริ่มดำเนินการ"]
    assert {int(r[0]): r[9] for r in data if r[9]} == OVERDUE
    assert [r[2] for r in data] == [m[1] for m in MEASURES]


def test_run_writes_the_follow_up_sheet_and_slide(master, tmp_path):
    from pptx import Presentation

    from ita_xl.pipeline import RunOptions, run
    from datetime import date

    result = run(master, RunOptions(as_of=date(2024, 4, 1)))
    assert "ITA-ติดตามผล" in result.sheets
    deck = Presentation(str(result.outputs[1]))
    notes = deck.slides[len(deck.slides._sldIdLst) - 1].notes_slide.notes_text_frame.text
    assert "เกินกำหนด 2 มาตรการ" in notes
    assert "มาตรการที่ 1 ปรับปรุงขั้นตอนบริการ เกินกำหนด 92 วัน" in notes


def test_unreadable_date_is_a_clear_message(master):
    result = progress(master, "--as-of", "เมื่อวาน")
    assert result.exit_code == 2
    assert "2027-04-01" in result.output and "Traceback" not in result.output


def test_progress_report_renders(office, master, tmp_path):
    assert progress(master, "--as-of", AS_OF).exit_code == 0
    pdf = to_pdf(tmp_path / "ita-xl-output" / DOCX, tmp_path / "pdf")
    text = pdf_text(pdf)
    assert "รายงานความก้าวหน้าการดำเนินการตามมาตรการ" in text
    assert "เกินกำหนด" in text and "๙๒" in text
    assert 3 <= pdf_pages(pdf) <= 8
