"""`ita-xl report`: the published analysis as a real .docx, reopened with python-docx, compared
with the analysis, the computed sheets and the deck, and rendered with LibreOffice."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import List

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Cm, Mm
from pptx import Presentation

from ita_xl import thai
from ita_xl.analysis import analyse
from ita_xl.cli import cli
from ita_xl.master.reader import read_master
from ita_xl.pipeline import validate_workbook
from render import pdf_pages, pdf_text, to_pdf

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
SEED = REPO / "workbooks" / "seed-memo-2565.xlsx"
_EXAMPLE = read_master(EXAMPLE)  # the example's own year, published overall and labels
YEAR = _EXAMPLE.agency.fiscal_year.value
_PUBLISHED = {r.year.value: r for r in _EXAMPLE.results.rows}
OVERALL = f"{_PUBLISHED[YEAR].overall.value:.2f}"
LABELS = (_PUBLISHED[YEAR - 1].grade.value, _PUBLISHED[YEAR].grade.value)
EXAMPLE_DOCX = f"ITA-{YEAR}-เทศบาลตำบลหนองตัวอย่าง-report.docx"
SEED_DOCX = "ITA-2565-เทศบาลเมืองสะเตงนอก-report.docx"


def copy(src: Path, tmp_path: Path) -> Path:
    dest = tmp_path / src.name
    shutil.copy(src, dest)
    return dest


def report(master: Path, *args: str):
    return CliRunner().invoke(cli, ["report", str(master), *args])


def table(document, *header: str):
    """The first table whose header row starts with ``header``."""
    for t in document.tables:
        cells = [c.text for c in t.rows[0].cells]
        if cells[:len(header)] == list(header):
            return t
    raise AssertionError(f"no table headed {header}")


def rows(t) -> List[List[str]]:
    return [[plain(c.text) for c in r.cells] for r in t.rows[1:]]


def plain(text: str) -> str:
    """Arabic digits, without the word joiners and no-break spaces that keep numbers whole."""
    return thai.to_arabic_digits(text).replace("\u2060", "").replace("\u200b", "").replace(
        "\u00a0", " ")


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for t in document.tables:
        parts.extend(c.text for r in t.rows for c in r.cells)
    return "\n".join(parts).replace("\u2060", "").replace("\u00a0", " ")


@pytest.fixture
def example(tmp_path):
    return copy(EXAMPLE, tmp_path)


def test_report_writes_the_docx_beside_run_outputs(example, tmp_path):
    result = report(example)
    assert result.exit_code == 0, result.output
    out = tmp_path / "ita-xl-output" / EXAMPLE_DOCX
    assert out.exists() and str(out.name) in result.output
    document = docx.Document(str(out))
    text = all_text(document)
    for word in ("บันทึกข้อความ", "ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน",
                 "จึงเรียนมาเพื่อโปรดทราบและพิจารณา", "(นางสาวสมใจ ใจดี)"):
        assert word in text, word
    assert "ฉบับร่าง" not in text


def test_indicator_tables_equal_the_analysis(example, tmp_path):
    assert report(example).exit_code == 0
    document = docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX))
    checked = validate_workbook(example)
    a = analyse(checked.master, checked.frameworks, checked.report)
    current = rows(table(document, "อันดับ", "ตัวชี้วัด", "เครื่องมือ", "คะแนน"))
    assert len(current) == 10
    by_name = {r[1]: r for r in current}
    for ind in a.indicators:
        row = by_name[f"{ind.number}. {ind.name_th}"]
        assert row[0] == str(ind.years[YEAR].rank)
        assert row[3] == f"{ind.current:.2f}"
    comparison = rows(table(document, "ตัวชี้วัด", f"ปี {thai.to_thai_digits(YEAR - 1)}",
                            f"ปี {thai.to_thai_digits(YEAR)}", "ผลต่าง"))
    for ind, row in zip(a.indicators, comparison):
        change = ind.years[YEAR].change_prev
        assert row == [f"{ind.number}. {ind.name_th}", f"{ind.years[YEAR - 1].score:.2f}",
                       f"{ind.current:.2f}", thai.format_number(change, 2, signed=True)]


def test_numbers_equal_the_computed_sheets_and_the_deck(example, tmp_path):
    """Same pipeline, no second reading: the report says what run's sheets and deck say."""
    assert CliRunner().invoke(cli, ["run", str(example)]).exit_code == 0
    assert report(example).exit_code == 0
    out = tmp_path / "ita-xl-output"
    document = docx.Document(str(out / EXAMPLE_DOCX))
    sheet = openpyxl.load_workbook(example, data_only=True)["ITA-เปรียบเทียบ"]
    values = {r[1]: r for r in sheet.iter_rows(min_row=5, values_only=True) if r[1]}
    head = [c.value for c in sheet[4]]  # the columns of the previous and the analysed year
    before_col, now_col = head.index(f"ปี {YEAR - 1}"), head.index(f"ปี {YEAR}")
    change_col = head.index(f"ผลต่างจากปี {YEAR - 1}")
    comparison = rows(table(document, "ตัวชี้วัด", f"ปี {thai.to_thai_digits(YEAR - 1)}",
                            f"ปี {thai.to_thai_digits(YEAR)}", "ผลต่าง"))
    assert len(comparison) == 10
    for name, before, now, change in comparison:
        label = name.split(". ", 1)[1]
        sheet_row = values[label]
        assert (before, now) == (f"{sheet_row[before_col]:.2f}", f"{sheet_row[now_col]:.2f}")
        assert float(change) == pytest.approx(sheet_row[change_col], abs=1e-9)
    result = rows(table(document, "รายการ"))
    instruments = {r[0]: r for r in result}
    for code, label in (("IIT", "คะแนน IIT"), ("EIT", "คะแนน EIT"), ("OIT", "คะแนน OIT")):
        sheet_row = next(v for k, v in values.items() if k.startswith(label))
        assert instruments[code][2] == f"{sheet_row[now_col]:.2f}"
    overall = next(v for k, v in values.items() if k.startswith("คะแนนรวม (ประกาศผล)"))
    assert instruments["คะแนนรวม"][2] == f"{overall[now_col]:.2f}"
    deck = Presentation(str(out / f"ITA-{YEAR}-เทศบาลตำบลหนองตัวอย่าง-briefing.pptx"))
    deck_scores = {}
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_table and plain(shape.table.rows[0].cells[2].text).startswith(
                    f"คะแนน {YEAR}"):
                for r in list(shape.table.rows)[1:]:
                    deck_scores[plain(r.cells[1].text)] = plain(r.cells[2].text)
    assert deck_scores
    report_scores = {r[0]: r[2] for r in comparison}
    for name, score in deck_scores.items():
        assert report_scores[name] == score


def test_seed_memo_report_states_the_right_differences(tmp_path):
    master = copy(SEED, tmp_path)
    result = report(master, "--allow-errors")
    assert result.exit_code == 1, result.output  # errors remain: exit 1, but a draft is written
    document = docx.Document(str(tmp_path / "ita-xl-output" / SEED_DOCX))
    comparison = {r[0]: r[1:] for r in rows(table(document, "ตัวชี้วัด", "ปี ๒๕๖๔", "ปี ๒๕๖๕"))}
    assert comparison["10. การป้องกันการทุจริต"] == ["97.50", "100.00", "+2.50"]  # memo: 12.50
    assert comparison["5. การแก้ไขปัญหาการทุจริต"] == ["76.33", "98.66", "+22.33"]  # memo: 22.53
    assert comparison["1. การปฏิบัติหน้าที่"] == ["97.31", "98.47", "+1.16"]  # memo: 11.16
    assert comparison["7. ประสิทธิภาพการสื่อสาร"][2] == "-3.69"  # memo: -12.29
    text = plain(all_text(document))
    for wrong in ("12.50", "22.53", "11.16", "15.69", "-12.29", "-10.35"):
        assert wrong not in text


def test_errors_refuse_the_report_unless_allowed_then_every_page_says_draft(tmp_path):
    master = copy(SEED, tmp_path)
    refused = report(master)
    assert refused.exit_code == 1
    assert "--allow-errors" in refused.output and "ข้อผิดพลาด" in refused.output
    assert not (tmp_path / "ita-xl-output" / SEED_DOCX).exists()
    assert report(master, "--allow-errors").exit_code == 1
    document = docx.Document(str(tmp_path / "ita-xl-output" / SEED_DOCX))
    assert len(document.sections) >= 2  # the measures are on landscape pages
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):
            assert "ฉบับร่าง" in "".join(p.text for p in part.paragraphs)


def test_house_style_fonts_page_tables_and_headings(example, tmp_path):
    assert report(example).exit_code == 0
    document = docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX))
    first = document.sections[0]
    for got, want in ((first.page_width, Mm(210)), (first.page_height, Mm(297)),
                      (first.left_margin, Cm(3)), (first.right_margin, Cm(2))):
        assert abs(got - want) < Mm(0.1)  # stored in twips
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for t in document.tables for row in t.rows for c in row.cells
             for p in c.paragraphs for r in p.runs if r.text.strip()]
    assert len(runs) > 100
    for r in runs:
        fonts = r.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == "TH Sarabun New" == fonts.get(qn("w:ascii"))
        assert fonts.get(qn("w:hint")) == "cs"
        assert r.element.rPr.find(qn("w:szCs")) is not None
    body = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    sizes = {r.element.rPr.find(qn("w:szCs")).get(qn("w:val")) for r in body}
    assert "32" in sizes  # 16 pt body
    title = next(p for p in document.paragraphs if p.text == "บันทึกข้อความ")
    assert title.runs[0].bold and title.runs[0].font.size.pt > 16
    tables = list(document.element.body.iter(qn("w:tbl")))
    assert len(tables) == len(document.tables) >= 5
    for tbl in tables:  # the header row repeats on every page
        assert tbl.find(qn("w:tr")).find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    headings = [p for p in document.paragraphs if p.text[:2] in ("๑.", "๒.", "๓.", "๔.", "๕.")]
    assert len(headings) >= 5
    assert all(p.paragraph_format.keep_with_next for p in headings)
    assert thai.to_thai_digits(OVERALL) in all_text(document)  # Thai digits by default


def test_arabic_digits_and_english(example, tmp_path):
    assert report(example, "--arabic-digits").exit_code == 0
    document = docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX))
    text = all_text(document)
    assert OVERALL in text and thai.to_thai_digits(OVERALL) not in text
    assert report(example, "--lang", "en").exit_code == 0
    english = all_text(docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX)))
    assert "The strongest indicators are" in english and "Memorandum" in english


def test_memo_keys_from_the_agency_sheet(tmp_path):
    master = copy(EXAMPLE, tmp_path)
    wb = openpyxl.load_workbook(master)
    ws = wb["หน่วยงาน"]
    for key, value in (("เลขที่หนังสือ", "สบ 52001/123"), ("เรียน", "นายกเทศมนตรีตำบลหนองตัวอย่าง"),
                       ("ตำแหน่งผู้จัดทำ", "นิติกรปฏิบัติการ"),
                       ("ผู้ลงนาม", "นายสมชาย ตัวอย่าง | ปลัดเทศบาล\nนางสมศรี ทดสอบ (หัวหน้าสำนักปลัด)")):
        ws.append([key, value])
    wb.save(master)
    assert report(master).exit_code == 0
    text = all_text(docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX)))
    for expected in ("สบ ๕๒๐๐๑/๑๒๓", "เรียน  นายกเทศมนตรีตำบลหนองตัวอย่าง", "นิติกรปฏิบัติการ",
                     "(นายสมชาย ตัวอย่าง)", "ปลัดเทศบาล", "(นางสมศรี ทดสอบ)", "หัวหน้าสำนักปลัด"):
        assert expected in text, expected


def test_agency_letterhead_template(example, tmp_path):
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "ตราเทศบาลตำบลหนองตัวอย่าง"
    letterhead.add_paragraph("ข้อความตัวอย่างในแม่แบบ")
    path = tmp_path / "letterhead.docx"
    letterhead.save(str(path))
    assert report(example, "--template", str(path)).exit_code == 0
    document = docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX))
    header = "".join(p.text for p in document.sections[0].header.paragraphs)
    assert "ตราเทศบาลตำบลหนองตัวอย่าง" in header
    text = all_text(document)
    assert "ข้อความตัวอย่างในแม่แบบ" not in text and "บันทึกข้อความ" in text
    bad = tmp_path / "bad.docx"
    bad.write_text("not a document")
    refused = report(example, "--template", str(bad))
    assert refused.exit_code == 2 and "bad.docx" in refused.output


def test_report_renders_as_a_memo_followed_by_the_analysis(office, example, tmp_path):
    assert report(example).exit_code == 0
    pdf = to_pdf(tmp_path / "ita-xl-output" / EXAMPLE_DOCX, tmp_path / "pdf")
    text = pdf_text(pdf)
    assert text.index("บันทึกข้อความ") < text.index("รายงานผลการวิเคราะห์")
    for word in ("ส่วนราชการ", "เรื่อง", "เทศบาลตำบลหนองตัวอย่าง", thai.to_thai_digits(OVERALL),
                 "มาตรการ"):
        assert word in text, word
    assert 4 <= pdf_pages(pdf) <= 12


def test_level_in_the_years_own_scheme(example, tmp_path):
    """The example's years are rated in levels, and the report says them as published."""
    assert report(example).exit_code == 0
    document = docx.Document(str(tmp_path / "ita-xl-output" / EXAMPLE_DOCX))
    result = rows(table(document, "รายการ"))
    assert result[-1][:3] == ["ผลการประเมิน", *LABELS]
    text = all_text(document)
    assert f"ระดับ {LABELS[1]}" in text and "ระดับ A " not in text


def test_current_year_report_2569(tmp_path):
    """Today's job: the 2569 results (framework assumed from 2568), measures for 2570."""
    from builders import SCORES, MasterSpec, build_master, weighted

    spec = MasterSpec()
    spec.agency[1] = ["ปีงบประมาณ", 2569]
    spec.score_years = [2568, 2569]
    spec.scores = {2568: list(SCORES[2565]), 2569: list(SCORES[2566])}
    spec.results = [[y, weighted(spec.scores[y]), None] for y in spec.score_years]
    spec.measures = []
    master = build_master(tmp_path / "master.xlsx", spec)
    result = report(master, "--allow-errors")
    assert result.exit_code in (0, 1), result.output
    out = tmp_path / "ita-xl-output" / "ITA-2569-เทศบาลตำบลตัวอย่างพัฒนา-report.docx"
    document = docx.Document(str(out))
    text = all_text(document)
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in text and "พ.ศ. ๒๕๗๐" in text
    level = rows(table(document, "รายการ"))[-1][2]
    assert level in ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")
    comparison = rows(table(document, "ตัวชี้วัด", "ปี ๒๕๖๘", "ปี ๒๕๖๙", "ผลต่าง"))
    assert len(comparison) == 10


def test_one_year_only_numbers_the_sections_without_gaps(tmp_path):
    from builders import SCORES, MasterSpec, build_master, weighted

    spec = MasterSpec()
    spec.score_years = [2566]
    spec.scores = {2566: list(SCORES[2566])}
    spec.results = [[2566, weighted(spec.scores[2566]), None]]
    master = build_master(tmp_path / "master.xlsx", spec)
    result = report(master, "--allow-errors")
    assert result.exit_code in (0, 1), result.output
    document = docx.Document(str(tmp_path / "ita-xl-output" /
                                 "ITA-2566-เทศบาลตำบลตัวอย่างพัฒนา-report.docx"))
    numbers = [plain(p.text).split(".")[0] for p in document.paragraphs
               if p.paragraph_format.keep_with_next and plain(p.text)[:1].isdigit()]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and len(numbers) == 5
    assert "ไม่มีคะแนนของปีก่อนให้เปรียบเทียบ" in all_text(document)
