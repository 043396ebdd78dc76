"""The summary workbook: reopened with openpyxl, its chart XML read from the package, and
rendered with LibreOffice. Expected numbers come from the Analysis, never from constants."""
from __future__ import annotations

import dataclasses
import re
import time
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List

import openpyxl
import pytest
from lxml import etree
from openpyxl.utils import range_boundaries

from ita_xl.summary import build_summary
from render import pdf_pages, pdf_text, to_pngs
from sample_analysis import sample_analysis

GENERATED = datetime(2023, 10, 10, 9, 30)
FONT = "TH Sarabun New"
SHEETS_TH = ["ภาพรวม", "เปรียบเทียบคะแนน", "ช่องว่างและลำดับความสำคัญ", "มาตรการ", "ข้อเสนอแนะ",
             "ข้อสังเกตที่ยังค้าง"]
SHEETS_EN = ["Overview", "Comparison", "Gaps and priorities", "Measures", "Recommendations",
             "Open findings"]
NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Four summaries built once: Thai, Thai draft with Thai digits, English, bare."""
    folder = tmp_path_factory.mktemp("summary")
    out = {}
    for key, analysis, kw in [
        ("th", sample_analysis(), {}),
        ("draft", sample_analysis(draft=True), {"thai_digits": True}),
        ("en", sample_analysis(), {"lang": "en"}),
        ("bare", dataclasses.replace(sample_analysis(findings=False), recommendations=[]), {}),
    ]:
        path = build_summary(analysis, folder / f"{key}.xlsx", generated=GENERATED, **kw)
        out[key] = (analysis, path)
    return out


def table(ws, name: str) -> List[Dict[str, Any]]:
    """The rows of Excel table ``name`` as {header: cell}."""
    min_col, min_row, max_col, max_row = range_boundaries(ws.tables[name].ref)
    rows = list(ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col))
    headers = [c.value for c in rows[0]]
    return [dict(zip(headers, r)) for r in rows[1:]]


def find_label(ws, label: str):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == label:
                return cell
    raise AssertionError(f"{label!r} not on {ws.title}")


def value_right_of(ws, label: str):
    cell = find_label(ws, label)
    for col in range(cell.column + 1, ws.max_column + 1):
        value = ws.cell(cell.row, col).value
        if value is not None:
            return ws.cell(cell.row, col)
    raise AssertionError(f"no value beside {label!r}")


def test_sheet_names_in_thai_english_and_without_optional_sheets(built):
    assert openpyxl.load_workbook(built["th"][1]).sheetnames == SHEETS_TH
    en = openpyxl.load_workbook(built["en"][1])
    assert en.sheetnames == SHEETS_EN
    a = built["en"][0]
    labels = [r["Indicator"].value for r in table(en["Comparison"], "Comparison")]
    assert labels == [f"{i.number} {i.name_en}" for i in a.indicators]
    assert value_right_of(en["Overview"], f"Overall score {a.fiscal_year - 543}").value == \
        pytest.approx(a.current.overall)
    assert openpyxl.load_workbook(built["bare"][1]).sheetnames == SHEETS_TH[:4]


def test_comparison_table_holds_the_analysis_numbers(built):
    a, path = built["th"]
    ws = openpyxl.load_workbook(path)["เปรียบเทียบคะแนน"]
    rows = table(ws, "Comparison")
    fy, prev = a.fiscal_year, a.previous_year
    assert len(rows) == len(a.indicators)
    for ind, row in zip(a.indicators, rows):
        assert row["ตัวชี้วัด"].value == f"{ind.number} {ind.name_th}"
        assert row["เครื่องมือ"].value == ind.instrument
        assert row["น้ำหนัก (%)"].value == ind.weight
        for y in a.years:
            cell = row[str(y)]
            assert cell.value == pytest.approx(ind.years[y].score)
            assert cell.data_type == "n" and cell.number_format == "0.00"
        change = row[f"เปลี่ยนแปลงจากปี {prev}"]
        assert change.value == pytest.approx(ind.years[fy].change_prev)
        assert change.number_format == "+0.00;-0.00;0.00"
        first = row[f"เปลี่ยนแปลงจากปี {a.years[0]}"]
        assert first.value == pytest.approx(ind.years[fy].change_first)
        assert row[f"อันดับปี {fy}"].value == ind.years[fy].rank
        assert row["อันดับเปลี่ยน"].value == ind.years[fy].rank_change
    header_row = range_boundaries(ws.tables["Comparison"].ref)[1]
    assert ws.freeze_panes == f"B{header_row + 1}"


def test_gaps_sheet_lists_indicators_by_priority(built):
    a, path = built["th"]
    rows = table(openpyxl.load_workbook(path)["ช่องว่างและลำดับความสำคัญ"], "Gaps")
    ranked = a.priorities
    assert [r["ลำดับความสำคัญ"].value for r in rows[: len(ranked)]] == [i.priority for i in ranked]
    by_label = {r["ตัวชี้วัด"].value: r for r in rows}
    for ind in a.indicators:
        row = by_label[f"{ind.number} {ind.name_th}"]
        assert row[f"คะแนนปี {a.fiscal_year}"].value == pytest.approx(ind.current)
        assert row["ห่างจากเป้าหมาย"].value == pytest.approx(ind.gap_target.gap)
        assert row["คะแนนรวมที่จะเพิ่มขึ้น"].value == pytest.approx(ind.gap_target.worth)
        assert row["ห่างจากเกณฑ์ผ่าน (85)"].value == pytest.approx(ind.gap_pass.gap)
        assert row["จำนวนมาตรการ"].value == ind.measure_count
        if "below-pass" in ind.weak_reasons:
            assert "ต่ำกว่าเกณฑ์ผ่าน" in row["ข้อสังเกต"].value
    unranked = [r for r in rows if r["ลำดับความสำคัญ"].value is None]
    assert len(unranked) == len(a.indicators) - len(ranked)


def test_overview_has_headline_numbers_years_and_findings(built):
    a, path = built["th"]
    ws = openpyxl.load_workbook(path)["ภาพรวม"]
    cur = a.current
    assert value_right_of(ws, "หน่วยงาน").value == a.agency
    assert value_right_of(ws, f"คะแนนรวมปี {a.fiscal_year}").value == pytest.approx(cur.overall)
    assert value_right_of(ws, "ระดับผลการประเมิน").value == cur.grade
    change = value_right_of(ws, f"เปลี่ยนแปลงจากปี {a.previous_year}")
    assert change.value == pytest.approx(cur.change_prev) and change.number_format.startswith("+")
    assert value_right_of(ws, f"ค่าเฉลี่ยระดับประเทศ ปี {a.fiscal_year}").value == \
        pytest.approx(cur.national_average)
    warnings = sum(f.severity == "warning" for f in a.open_findings)
    assert warnings > 0 and value_right_of(ws, "คำเตือนที่ยังค้าง").value == warnings
    assert value_right_of(ws, "จำนวนมาตรการ").value == len(a.measures)
    top = value_right_of(ws, "ตัวชี้วัดที่ควรพัฒนาก่อน").value.split("\n")
    assert top == [f"{i.number} {i.name_th}" for i in a.priorities[:3]]

    years = table(ws, "Years")
    assert [r["ปีงบประมาณ"].value for r in years] == a.years
    for row in years:
        result = a.by_year[row["ปีงบประมาณ"].value]
        assert row["คะแนนรวม"].value == pytest.approx(result.overall)
        assert row["ระดับ"].value == result.grade
        assert row["ค่าเฉลี่ยประเทศ"].value == pytest.approx(result.national_average)
        assert row["เกณฑ์ AA (95)"].value == a.aa_mark
        assert row["เกณฑ์ผ่าน (85)"].value == a.pass_mark
    inst = table(ws, "Instruments")
    for row in inst:
        result = a.by_year[row["ปีงบประมาณ"].value]
        assert row["OIT (40%)"].value == pytest.approx(result.instruments["OIT"])


def test_every_written_cell_is_th_sarabun_new(built):
    wb = openpyxl.load_workbook(built["th"][1])
    seen = 0
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == FONT, (ws.title, cell.coordinate)
                    seen += 1
    assert seen > 200


def test_print_setup_header_footer_and_freeze(built):
    a, path = built["th"]
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (1, None) and ws.page_setup.fitToHeight == 0
        assert a.agency in ws.oddHeader.left.text
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert "ฉบับร่าง" not in (ws.oddHeader.center.text or "")
    assert wb["มาตรการ"].freeze_panes is not None
    assert wb["ภาพรวม"].page_setup.orientation == "portrait"
    assert wb["มาตรการ"].page_setup.orientation == "landscape"


def test_draft_is_marked_on_every_sheet_and_page(built):
    wb = openpyxl.load_workbook(built["draft"][1])
    for ws in wb:
        assert ws["A1"].value.startswith("ฉบับร่าง"), ws.title
        assert ws["A1"].fill.fgColor.rgb.endswith("C00000")
        assert "ฉบับร่าง" in ws.oddHeader.center.text


def test_thai_digits_keep_numbers_numeric_with_a_thai_digit_format(built):
    a, path = built["draft"]
    ws = openpyxl.load_workbook(path)["เปรียบเทียบคะแนน"]
    thai_year = str(a.fiscal_year).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    rows = table(ws, "Comparison")
    cell = rows[0][thai_year]
    assert cell.value == pytest.approx(a.indicators[0].current)
    assert cell.data_type == "n"
    assert cell.number_format == "[$-D00041E]0.00"
    assert rows[0]["ตัวชี้วัด"].value.startswith("๑ ")


def test_measures_table_many_rows_quickly(tmp_path):
    a = sample_analysis(n_measures=600)
    started = time.monotonic()
    path = build_summary(a, tmp_path / "big.xlsx", generated=GENERATED)
    assert time.monotonic() - started < 10
    ws = openpyxl.load_workbook(path)["มาตรการ"]
    rows = table(ws, "Measures")
    assert len(rows) == 600
    for m, row in zip(a.measures[::97], rows[::97]):
        assert row["มาตรการ/แนวทาง"].value == m.measure
        assert row["วิธีการดำเนินการ"].value == m.method
        assert row["ผู้รับผิดชอบ"].value == "\n".join(m.responsible)
        assert row["ระยะเวลาดำเนินการ"].value == m.period_text
        assert row["สถานะ"].value == m.status
        assert row["ความก้าวหน้า (%)"].value == pytest.approx(m.progress)
        assert row["ความก้าวหน้า (%)"].data_type == "n"
        assert row["วิธีการดำเนินการ"].alignment.wrap_text
    assert ws.print_title_rows  # the header repeats on every printed page
    assert ws.row_dimensions[rows[1]["ลำดับ"].row].height > 24  # multi-line rows are taller


def test_formula_like_text_stays_text(tmp_path):
    a = sample_analysis(n_measures=2)
    tricky = ["=SUM(A1:A9)", "+66 81 234 5678", "-กองคลัง", "@ทุกหน่วย", "=HYPERLINK(\"x\")"]
    a.measures[0].measure = tricky[0]
    a.measures[0].method = tricky[1]
    a.measures[0].responsible = [tricky[2], tricky[3]]
    a.measures[1].follow_up = tricky[4]
    a.agency = "=เทศบาล"
    path = build_summary(a, tmp_path / "tricky.xlsx", generated=GENERATED)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in z.read(n) for n in sheets)
    wb = openpyxl.load_workbook(path)
    rows = table(wb["มาตรการ"], "Measures")
    assert rows[0]["มาตรการ/แนวทาง"].value == tricky[0]
    assert rows[0]["มาตรการ/แนวทาง"].data_type == "s"
    assert rows[0]["วิธีการดำเนินการ"].value == tricky[1]
    assert rows[0]["ผู้รับผิดชอบ"].value == "\n".join(tricky[2:4])
    assert rows[1]["การติดตามผล"].value == tricky[4]
    assert value_right_of(wb["ภาพรวม"], "หน่วยงาน").value == "=เทศบาล"


def plain(value: str) -> str:
    """Text without spaces and Thai vowel/tone marks: pdftotext splits and reorders those."""
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Mn")


def _charts(path: Path) -> Dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist()
                if re.match(r"xl/charts/chart\d+\.xml$", n)}


def _series(chart, path: str = ".//c:ser") -> List[Dict[str, Any]]:
    out = []
    for ser in chart.iterfind(path, NS):
        out.append({
            "name": ser.findtext("c:tx/c:strRef/c:strCache/c:pt/c:v", namespaces=NS),
            "ref": ser.findtext("c:val/c:numRef/c:f", namespaces=NS),
            "cache": [float(v) for v in ser.xpath("c:val/c:numRef/c:numCache/c:pt/c:v/text()",
                                                  namespaces=NS)],
            "dash": ser.xpath("c:spPr/a:ln/a:prstDash/@val", namespaces=NS),
        })
    return out


def _cells(wb, ref: str) -> List[Any]:
    sheet, cells = ref.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    return [row[0].value for row in ws[cells.replace("$", "")]]


def test_charts_reference_the_table_cells_and_cache_the_scores(built):
    a, path = built["th"]
    charts = _charts(path)
    wb = openpyxl.load_workbook(path)
    assert len(charts) == 3
    kinds: Dict[str, List[List[Dict[str, Any]]]] = {}
    for chart in charts.values():
        plot = chart.find(".//c:plotArea", NS)
        kind = etree.QName(plot[1]).localname
        bar_dir = chart.find(".//c:barDir", NS)
        kinds.setdefault(kind if bar_dir is None else bar_dir.get("val"), []).append(
            _series(chart, ".//c:barChart/c:ser" if bar_dir is not None else ".//c:ser"))
        faces = chart.xpath(".//a:cs/@typeface", namespaces=NS)
        assert faces and set(faces) == {FONT}
        assert set(chart.xpath(".//a:latin/@typeface", namespaces=NS)) == {FONT}

    assert set(kinds) == {"col", "lineChart"} and len(kinds["col"]) == 2
    comparison = [c for c in kinds["col"]
                  if {s["name"] for s in c} == {str(a.previous_year), str(a.fiscal_year)}]
    assert len(comparison) == 1
    bars = {s["name"]: s for s in comparison[0]}
    assert set(bars) == {str(a.previous_year), str(a.fiscal_year)}
    for year in (a.previous_year, a.fiscal_year):
        expected = [i.years[year].score for i in a.indicators]
        assert bars[str(year)]["cache"] == pytest.approx(expected)
        assert _cells(wb, bars[str(year)]["ref"]) == pytest.approx(expected)

    lines = {s["name"]: s for s in kinds["lineChart"][0]}
    assert lines["คะแนนรวม"]["cache"] == pytest.approx([a.by_year[y].overall for y in a.years])
    assert lines["เกณฑ์ AA (95)"]["cache"] == [a.aa_mark] * len(a.years)
    assert lines["เกณฑ์ผ่าน (85)"]["cache"] == [a.pass_mark] * len(a.years)
    assert lines["ค่าเฉลี่ยประเทศ"]["cache"] == pytest.approx(
        [a.by_year[y].national_average for y in a.years])
    for s in lines.values():
        assert _cells(wb, s["ref"]) == pytest.approx(s["cache"])


def test_instrument_chart_is_one_column_series_per_year(built):
    a, path = built["th"]
    cols = [c for c in _charts(path).values()
            if c.xpath("//c:barDir/@val", namespaces=NS) == ["col"]
            and len(c.xpath("(.//c:barChart/c:ser)[1]/c:val//c:pt", namespaces=NS)) == 3]
    assert len(cols) == 1  # the comparison chart has ten indicator columns per series
    series = _series(cols[0], ".//c:barChart/c:ser")
    assert [s["name"] for s in series] == [str(y) for y in a.years]
    for s, y in zip(series, a.years):
        expected = [a.by_year[y].instruments[code] for code in ("IIT", "EIT", "OIT")]
        assert s["cache"] == pytest.approx(expected)


@pytest.mark.parametrize("key", ["th", "en"])
def test_trend_and_instrument_charts_carry_the_pass_and_top_level_lines(built, key):
    """Both overview score charts draw the pass mark and the top-level mark as dashed lines from
    cells the reader sees."""
    a, path = built[key]
    wb = openpyxl.load_workbook(path)
    with_lines = 0
    for chart in _charts(path).values():
        marks = {}
        for s in _series(chart, ".//c:lineChart/c:ser"):
            cells = [c.value for row in wb[s["ref"].rsplit("!", 1)[0].strip("'")][
                s["ref"].rsplit("!", 1)[1].replace("$", "")] for c in row]
            assert cells == s["cache"]
            if len(set(s["cache"])) == 1 and set(s["cache"]) <= {a.pass_mark, a.aa_mark}:
                marks[s["cache"][0]] = s["dash"]
        if marks:
            assert marks == {a.pass_mark: ["lgDash"], a.aa_mark: ["lgDash"]}
            with_lines += 1
    assert with_lines == 3  # the trend, the instrument and the indicator comparison charts


def test_renders_in_libreoffice_with_thai_text_charts_and_thai_digits(office, built, tmp_path):
    from ita_xl.pdf import convert_to_pdf

    a, th = built["th"]
    _, draft = built["draft"]
    th_pdf, draft_pdf = convert_to_pdf([th, draft], tmp_path)
    text = plain(pdf_text(th_pdf))
    assert plain(a.agency) in text
    for ind in a.indicators:
        assert plain(ind.name_th) in text
    assert plain("คะแนนรายตัวชี้วัด ปี") in text  # the chart title is drawn
    assert plain("หน้า 1 จาก") in text
    assert pdf_pages(th_pdf) >= 5
    pngs = to_pngs(th_pdf, tmp_path / "png", dpi=30)
    assert len(pngs) == pdf_pages(th_pdf)

    digits = plain(pdf_text(draft_pdf))
    assert plain("ฉบับร่าง") in digits
    overall = f"{a.current.overall:.2f}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert overall in digits  # the [$-D00041E] format shows Thai digits


def test_single_year_without_measures_or_one_score(tmp_path):
    a = sample_analysis()
    fy = a.fiscal_year
    a.years = [fy]
    a.by_year = {fy: dataclasses.replace(a.by_year[fy], change_prev=None, national_average=None)}
    for ind in a.indicators:
        ind.years = {fy: dataclasses.replace(ind.years[fy], change_prev=None, change_first=None,
                                             rank_change=None)}
        ind.slope = None
    missing = a.indicators[3]
    missing.years[fy].score = missing.current = None
    missing.gap_target = missing.gap_pass = missing.gap_aa = missing.priority = None
    a.measures, a.recommendations = [], []

    path = build_summary(a, tmp_path / "one.xlsx", generated=GENERATED)
    wb = openpyxl.load_workbook(path)
    rows = table(wb["เปรียบเทียบคะแนน"], "Comparison")
    assert rows[3][str(fy)].value is None and rows[0][str(fy)].value == a.indicators[0].current
    assert not any(h.startswith("เปลี่ยนแปลง") for h in rows[0])
    measures = table(wb["มาตรการ"], "Measures")
    assert len(measures) == 1  # one blank row: an Excel table needs a data row
    assert {c.value for c in measures[0].values()} == {None, "ยังไม่มีมาตรการในสมุดงานหลัก"}
    bars = [c for c in _charts(path).values()
            if len(c.xpath("(.//c:barChart/c:ser)[1]/c:val//c:pt", namespaces=NS)) == 10]
    assert [s["name"] for s in _series(bars[0], ".//c:barChart/c:ser")] == [str(fy)]
    lines = [c for c in _charts(path).values()
             if etree.QName(c.find(".//c:plotArea", NS)[1]).localname == "lineChart"]
    names = [s["name"] for s in _series(lines[0])]
    assert "ค่าเฉลี่ยประเทศ" not in names and "คะแนนรวม" in names
