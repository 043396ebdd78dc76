"""The computed sheets workbook, reopened with openpyxl (and once rendered by LibreOffice)."""
from __future__ import annotations

import re
import unicodedata
import warnings
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List, Optional

import openpyxl
import pytest

from ita_xl import messages
from ita_xl.sheets.computed import (
    MARKER_PREFIX, ComputedSheets, all_sheet_names, build_computed_workbook, sheet_name,
)
from ita_xl.validate.findings import Finding, Report
from render import pdf_pages, pdf_text, to_pdf, to_pngs
from sample_analysis import sample_analysis

WHEN = datetime(2023, 10, 5, 9, 30)
FONT = "TH Sarabun New"
FINDINGS = [
    Finding("error", "คะแนนตัวชี้วัด", "E5", "score-out-of-range", {"value": 120}),
    Finding("warning", "มาตรการ", "E3", "measure-no-follow-up", {}),
    Finding("warning", "Staff's sheet", "B2:D2", "coverage-missing", {"indicator": 8}),
    Finding("info", None, None, "workbook-note", {}),
]


def report(findings: Optional[List[Finding]] = None) -> Report:
    return Report(list(FINDINGS if findings is None else findings),
                  ["คะแนนตัวชี้วัด", "มาตรการ", "Staff's sheet"])


def build(tmp_path: Path, name: str = "computed.xlsx", analysis: Any = "sample",
          rep: Optional[Report] = None, **kw: Any) -> ComputedSheets:
    if analysis == "sample":
        analysis = sample_analysis()
    return build_computed_workbook(analysis, rep or report(), tmp_path / name, generated=WHEN,
                                   master_name="master.xlsx", **kw)


def load(path: Path, data_only: bool = False) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl drops the x14 data-bar extension it can't read
        return openpyxl.load_workbook(path, data_only=data_only)


def t(key: str, lang: str = "th", **params: Any) -> str:
    return messages.text(key, lang, **params)


def find_row(ws: Any, col: int, text: str) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, col).value == text:
            return row
    raise AssertionError(f"{text!r} not in column {col} of {ws.title}")


def header_map(ws: Any, row: int) -> Dict[str, int]:
    return {c.value: c.column for c in ws[row] if isinstance(c.value, str)}


# --- names, roles, markers ---------------------------------------------------------------

@pytest.mark.parametrize("lang, names", [
    ("th", ["ITA-เปรียบเทียบ", "ITA-ช่องว่างและลำดับ", "ITA-ผลตรวจสอบ"]),
    ("en", ["ITA-Comparison", "ITA-Gaps", "ITA-Findings"]),
])
def test_sheet_names_roles_and_code_name_markers(tmp_path, lang, names):
    built = build(tmp_path, lang=lang)
    wb = load(built.path)
    assert wb.sheetnames == names == built.sheets
    assert built.roles == dict(zip(names, ["comparison", "gaps", "findings"]))
    assert built.sheet_for("gaps") == names[1]
    for ws, role in zip(wb.worksheets, ["comparison", "gaps", "findings"]):
        assert ws.sheet_properties.codeName == MARKER_PREFIX + role
        assert ws.sheet_properties.codeName.startswith("itaxl_")


def test_sheet_names_are_legal_in_every_language():
    for role in ("comparison", "gaps", "findings"):
        for name in all_sheet_names(role):
            assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\")
        assert sheet_name(role, "th") != sheet_name(role, "en")


# --- comparison sheet --------------------------------------------------------------------

def test_comparison_values_formulas_and_formats(tmp_path):
    a = sample_analysis()
    built = build(tmp_path, analysis=a)
    ws = load(built.path)[built.sheets[0]]
    cached = load(built.path, data_only=True)[built.sheets[0]]
    head = find_row(ws, 2, t("sheets.col.indicator"))
    cols = header_map(ws, head)
    prev_col = cols[t("sheets.col.change_prev", year=2565)]
    first_col = cols[t("sheets.col.change_first", year=2564)]
    for k, ind in enumerate(a.indicators):
        row = head + 1 + k
        assert ws.cell(row, 1).value == ind.number
        assert ws.cell(row, 2).value == ind.name_th
        assert ws.cell(row, 4).value == ind.weight
        for year in a.years:
            cell = ws.cell(row, cols[f"ปี {year}"])
            assert cell.value == ind.years[year].score and cell.number_format == "0.00"
        change = ws.cell(row, prev_col)
        assert re.fullmatch(r"=ROUND\([A-Z]+\d+-[A-Z]+\d+,2\)", change.value)
        assert change.number_format == "+0.00;-0.00;0.00"
        assert cached.cell(row, prev_col).value == ind.years[2566].change_prev
        assert cached.cell(row, first_col).value == ind.years[2566].change_first
        assert ws.cell(row, cols[t("sheets.col.rank", year=2566)]).value == ind.years[2566].rank
        assert ws.cell(row, cols[t("sheets.col.target")]).value == ind.target
    published = find_row(ws, 2, t("sheets.row.published"))
    grade = find_row(ws, 2, t("sheets.row.grade"))
    national = find_row(ws, 2, t("sheets.row.national"))
    for year in a.years:
        col = cols[f"ปี {year}"]
        assert ws.cell(published, col).value == a.by_year[year].published_overall
        assert ws.cell(grade, col).value == a.by_year[year].grade
        assert ws.cell(national, col).value == a.by_year[year].national_average
    iit = find_row(ws, 2, t("sheets.row.instrument", code="IIT", name=t("sheets.inst.IIT")))
    assert ws.cell(iit, cols["ปี 2566"]).value == a.by_year[2566].instruments["IIT"]
    # the published overall's change: 91.96 - 87.82, cached beside its formula
    assert cached.cell(published, prev_col).value == pytest.approx(4.14)
    assert ws.freeze_panes == f"C{head + 1}"


def test_comparison_conditional_formats(tmp_path):
    built = build(tmp_path)
    ws = load(built.path)[built.sheets[0]]
    rules = [(str(cf.sqref), r) for cf in ws.conditional_formatting for r in cf.rules]
    kinds = {r.type for _, r in rules}
    assert {"colorScale", "iconSet", "cellIs"} <= kinds
    below = [(ref, r) for ref, r in rules if r.type == "cellIs" and r.operator == "lessThan"
             and r.formula == ["85.0"]]
    head = find_row(ws, 2, t("sheets.col.indicator"))
    assert any(ref == f"E{head + 1}:G{head + 10}" for ref, _ in below)  # scores below the pass mark
    scale = next(r for ref, r in rules if r.type == "colorScale" and ref.startswith("E"))
    assert len(scale.colorScale.color) == 3
    icons = [r for _, r in rules if r.type == "iconSet"]
    assert icons and all(r.iconSet.iconSet == "3Arrows" for r in icons)
    green_red = {r.operator for _, r in rules if r.type == "cellIs" and r.formula == ["0"]}
    assert green_red == {"greaterThan", "lessThan"}


# --- gaps sheet --------------------------------------------------------------------------

def test_gaps_sorted_by_priority_with_formulas_and_cached_values(tmp_path):
    a = sample_analysis()
    built = build(tmp_path, analysis=a)
    ws = load(built.path)[built.sheets[1]]
    cached = load(built.path, data_only=True)[built.sheets[1]]
    top = find_row(ws, 1, t("sheets.col.priority"))
    first = top + 2
    ranked = [i for i in a.indicators if i.priority is not None]
    ranked.sort(key=lambda i: i.priority)
    numbers = [ws.cell(first + k, 2).value for k in range(10)]
    assert numbers[:len(ranked)] == [i.number for i in ranked]
    assert [ws.cell(first + k, 1).value for k in range(len(ranked))] == \
        list(range(1, len(ranked) + 1))
    for k, ind in enumerate(ranked):
        row = first + k
        values = [cached.cell(row, c).value for c in range(7, 14)]
        assert values == [ind.gap_pass.gap, ind.gap_pass.worth, ind.gap_aa.gap, ind.gap_aa.worth,
                          ind.target, ind.gap_target.gap, ind.gap_target.worth]
        assert ws.cell(row, 7).value == f"=ROUND(MAX(0,85-F{row}),2)"
        assert ws.cell(row, 13).value == f"=ROUND(E{row}*L{row}/100,2)"
        assert ws.cell(row, 13).number_format == "0.00"
        weak = ws.cell(row, 14).value or ""
        for reason in ind.weak_reasons:
            assert t(f"sheets.weak.{reason}") in weak
        assert ws.cell(row, 15).value == ind.measure_count
    total = find_row(ws, 3, t("sheets.gaps.total"))
    expected = sum(Decimal(str(i.gap_target.worth)) for i in a.indicators)
    assert cached.cell(total, 13).value == pytest.approx(float(expected))
    assert ws.cell(total, 13).value == f"=SUM(M{first}:M{first + 9})"
    bars = {str(cf.sqref) for cf in ws.conditional_formatting for r in cf.rules
            if r.type == "dataBar"}
    assert bars == {f"G{first}:G{first + 9}", f"I{first}:I{first + 9}", f"L{first}:L{first + 9}"}
    below = [r for cf in ws.conditional_formatting for r in cf.rules
             if r.type == "cellIs" and str(cf.sqref) == f"F{first}:F{first + 9}"]
    assert below and below[0].operator == "lessThan"
    assert ws.freeze_panes == f"D{first}"


# --- findings sheet ----------------------------------------------------------------------

def test_findings_rows_link_to_their_cells(tmp_path):
    built = build(tmp_path)
    ws = load(built.path)[built.sheets[2]]
    head = find_row(ws, 3, t("sheets.col.location"))
    rep = report()
    links = {}
    for k, finding in enumerate(rep.findings):
        row = head + 1 + k
        assert ws.cell(row, 2).value == t(f"sheets.severity.{finding.severity}")
        assert ws.cell(row, 4).value == finding.message("th")
        assert ws.cell(row, 6).value == finding.code
        link = ws.cell(row, 3).hyperlink
        links[finding.code] = (ws.cell(row, 3).value, link.location if link else None,
                               link.target if link else None)
    assert links["score-out-of-range"] == ("คะแนนตัวชี้วัด!E5", "'คะแนนตัวชี้วัด'!E5", None)
    assert links["coverage-missing"] == ("'Staff''s sheet'!B2:D2", "'Staff''s sheet'!B2:D2", None)
    assert links["workbook-note"] == (t("sheets.findings.workbook"), None, None)
    assert ws.freeze_panes == f"A{head + 1}"
    counts = t("sheets.findings.counts", error=1, warning=2, info=1)
    assert any(ws.cell(r, 1).value == counts for r in range(1, head))
    with zipfile.ZipFile(built.path) as z:  # internal links only: no relationship parts
        assert not [n for n in z.namelist() if n.startswith("xl/worksheets/_rels/")]


def test_no_findings_gives_a_friendly_row(tmp_path):
    built = build(tmp_path, rep=report([]))
    ws = load(built.path)[built.sheets[2]]
    head = find_row(ws, 3, t("sheets.col.location"))
    assert ws.cell(head + 1, 1).value == t("sheets.findings.none")
    assert f"A{head + 1}:F{head + 1}" in {str(r) for r in ws.merged_cells.ranges}


def test_errors_without_analysis_build_only_the_findings_sheet(tmp_path):
    built = build(tmp_path, include_analysis=False)
    assert built.sheets == ["ITA-ผลตรวจสอบ"] and built.roles == {"ITA-ผลตรวจสอบ": "findings"}
    assert load(built.path).sheetnames == ["ITA-ผลตรวจสอบ"]
    none = build(tmp_path, "none.xlsx", analysis=None, lang="en")
    assert none.sheets == ["ITA-Findings"]
    ws = load(none.path)["ITA-Findings"]
    assert ws["A1"].value == t("sheets.findings.title", "en", agency="master.xlsx")


# --- draft, text safety, fonts, page -----------------------------------------------------

@pytest.mark.parametrize("lang", ["th", "en"])
def test_draft_mark_on_every_sheet(tmp_path, lang):
    built = build(tmp_path, draft=True, lang=lang)
    mark = t("sheets.draft", lang)
    for ws in load(built.path).worksheets:
        assert mark in [ws.cell(r, 1).value for r in range(1, 6)]
        assert ws.oddHeader.center.text == mark and ws.oddFooter.left.text == mark
    plain = build(tmp_path, "plain.xlsx", lang=lang)
    for ws in load(plain.path).worksheets:
        assert mark not in [ws.cell(r, 1).value for r in range(1, 6)]
        assert ws.oddHeader.center.text is None


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    a = sample_analysis()
    a.indicators[0].name_th = "=1+1"
    a.agency = "-สำนักงาน"
    findings = [Finding("error", "คะแนนตัวชี้วัด", "B2", "=cmd|' /C calc'!A0", {}),
                Finding("warning", "คะแนนตัวชี้วัด", "B3", "@SUM(A1)", {})]
    built = build(tmp_path, analysis=a, rep=report(findings))
    wb = load(built.path)
    name = wb[built.sheets[0]].cell(find_row(wb[built.sheets[0]], 2, "=1+1"), 2)
    assert name.data_type == "s" and name.value == "=1+1"
    ws = wb[built.sheets[2]]
    risky = ("=cmd|' /C calc'!A0", "@SUM(A1)")
    cells = [c for row in ws.iter_rows() for c in row if c.value in risky]
    assert len(cells) == 4 and all(c.data_type == "s" for c in cells)  # message and code columns
    with zipfile.ZipFile(built.path) as z:
        xml = z.read("xl/worksheets/sheet3.xml").decode()
    assert "cmd|" not in xml  # shared strings only, never a <f> formula in the sheet


def test_every_written_cell_uses_th_sarabun_new(tmp_path):
    built = build(tmp_path, draft=True)
    for ws in load(built.path).worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        assert cells
        assert {c.font.name for c in cells} == {FONT}
        assert all(14 <= c.font.sz <= 18 for c in cells)


def test_print_setup_header_footer_and_widths(tmp_path):
    a = sample_analysis()
    a.agency = "กองทุน A&B"
    built = build(tmp_path, analysis=a)
    wb = load(built.path)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
        assert ws.oddHeader.left.text == "กองทุน A&&B"  # & escaped so Excel prints one
        assert ws.oddHeader.right.text == "5 ตุลาคม 2566"
        assert ws.oddHeader.left.font.startswith(FONT)
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    comparison, _, findings = wb.worksheets
    assert 20 <= comparison.column_dimensions["B"].width <= 34
    assert comparison["B7"].alignment.wrap_text
    head = find_row(findings, 3, t("sheets.col.location"))
    assert findings.column_dimensions["D"].width >= 40
    assert findings.cell(head + 1, 4).alignment.wrap_text
    # a wrapped, two-line message gets a taller row than a one-line one
    assert findings.row_dimensions[head + 1].height > 0


def test_english_labels(tmp_path):
    a = sample_analysis()
    built = build(tmp_path, analysis=a, lang="en")
    ws = load(built.path)["ITA-Comparison"]
    head = find_row(ws, 2, "Indicator")
    assert ws.cell(head + 1, 2).value == a.indicators[0].name_en
    assert "Change since 2565" in header_map(ws, head)
    assert ws.oddHeader.right.text == "5 October 2023"


def test_pipeline_from_a_real_master(tmp_path, master):
    """Reader -> analyse -> sheets: the cached overall is the builder's own weighted total."""
    from builders import SCORES, weighted
    from ita_xl.analysis import analyse
    from ita_xl.framework import load_frameworks
    from ita_xl.master.reader import read_master

    a = analyse(read_master(master), load_frameworks([2564, 2565, 2566]))
    built = build(tmp_path, analysis=a, rep=report([]))
    ws = load(built.path, data_only=True)[built.sheets[0]]
    head = find_row(ws, 2, t("sheets.col.indicator"))
    cols = header_map(ws, head)
    recomputed = find_row(ws, 2, t("sheets.row.computed"))
    for year, values in SCORES.items():
        assert ws.cell(recomputed, cols[f"ปี {year}"]).value == pytest.approx(weighted(values))


def test_single_year_and_yearless_analyses_still_build(tmp_path):
    from builders import MasterSpec, build_master
    from ita_xl.analysis import analyse
    from ita_xl.framework import load_frameworks
    from ita_xl.master.reader import read_master

    path = build_master(tmp_path / "one-year.xlsx", MasterSpec(score_years=[2566]))
    one = analyse(read_master(path), load_frameworks([2566]))
    ws = load(build(tmp_path, "one.xlsx", analysis=one).path)["ITA-เปรียบเทียบ"]
    headers = header_map(ws, find_row(ws, 2, t("sheets.col.indicator")))
    assert "ปี 2566" in headers and not any(h.startswith("ผลต่าง") for h in headers)
    assert not [r for cf in ws.conditional_formatting for r in cf.rules if r.type == "iconSet"]
    empty = sample_analysis()
    empty.years, empty.by_year = [], {}
    for ind in empty.indicators:
        ind.years = {}
    assert build(tmp_path, "empty.xlsx", analysis=empty).sheets[0] == "ITA-เปรียบเทียบ"


# --- LibreOffice ---------------------------------------------------------------------------

def squash(text: str) -> str:
    """Text without spaces and Thai marks: pdftotext may move a tone mark or split a word."""
    return "".join(ch for ch in text
                   if not ch.isspace() and unicodedata.category(ch) not in ("Mn", "Mc"))


def test_renders_in_libreoffice(tmp_path, office):
    built = build(tmp_path, draft=True)
    pdf = to_pdf(built.path, tmp_path / "pdf")
    text = squash(pdf_text(pdf))
    for expected in ("การปฏิบัติหน้าที่", "ฉบับร่าง", "93.80", "ลำดับความสำคัญ",
                     "คะแนนตัวชี้วัด!E5", "เปรียบเทียบผลการประเมิน ITA", "ทั้งสมุดงาน"):
        assert squash(expected) in text, expected
    assert 3 <= pdf_pages(pdf) <= 6
    pngs = to_pngs(pdf, tmp_path / "png")
    assert len(pngs) == pdf_pages(pdf) and all(p.stat().st_size > 5000 for p in pngs)
