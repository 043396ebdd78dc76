"""The lossless write-back: computed sheets spliced into decorated masters, run after run.

Masters come from three writers (openpyxl, XlsxWriter, LibreOffice) and carry what staff add in
Excel: images, charts, comments, validation, conditional formats, names, links, frozen panes,
formulas with cached values, sparklines, text boxes. After two runs every part the tool did not
write must hold the same bytes, and the four parts it edits must only have gained pieces.
"""
from __future__ import annotations

import difflib
import re
import shutil
import zipfile
from pathlib import Path
from typing import Dict, List, Sequence

import openpyxl
import pytest
import xlsxwriter
from builders import MasterSpec, build_master
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, DataBarRule
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from render import convert_all, pdf_text

from ita_xl import messages
from ita_xl.writeback import add_foreign_sheets, splice_sheets

EDITED = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml")
SCORES_V1 = [91.255, 80.0, 77.5]
SCORES_V2 = [93.5, 84.125, 79.0]
FORMULA_TEXTS = ["=SUM(A1:A3)", "+66 2 141 0000", "-ไม่มีข้อมูล", "@ผู้รับผิดชอบ"]


# --- building the inputs ---------------------------------------------------------------------
def computed_package(path: Path, scores: Sequence[float] = SCORES_V1, gap_name: str = "ช่องว่าง",
                     comparison_name: str = "เปรียบเทียบ", mark: bool = True,
                     sheets: Sequence[str] = ("comparison", "gap")) -> Path:
    """What the computed-sheet builder makes: marked sheets, formats, rules, links, Thai text."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    two = wb.add_format({"num_format": "0.00", "bold": True, "font_name": "TH Sarabun New"})
    low = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
    if "comparison" in sheets:
        ws = wb.add_worksheet(comparison_name)
        if mark:
            ws.set_vba_name("itaxl_comparison")
        ws.write_string(0, 0, "ตัวชี้วัด")
        ws.write_string(0, 1, "คะแนน")
        ws.write_string(0, 2, "สองเท่า")
        for i, score in enumerate(scores):
            ws.write_string(i + 1, 0, f"ตัวชี้วัดที่ {i + 1}")
            ws.write_number(i + 1, 1, score, two)
            ws.write_formula(i + 1, 2, f"=B{i + 2}*2", two, round(score * 2, 4))
        for i, text in enumerate(FORMULA_TEXTS):
            ws.write_string(6 + i, 0, text)
        ws.conditional_format("B2:B4", {"type": "3_color_scale"})
        ws.conditional_format("B2:B4", {"type": "data_bar", "data_bar_2010": True})
        ws.conditional_format("B2:B4", {"type": "icon_set", "icon_style": "3_arrows"})
        ws.conditional_format("B2:B4", {"type": "cell", "criteria": "<", "value": 85, "format": low})
        ws.write_url("A12", f"internal:'{gap_name}'!A1", string="ไปที่ช่องว่าง")
        ws.freeze_panes(1, 0)
        ws.set_column(0, 0, 30)
    if "gap" in sheets:
        gs = wb.add_worksheet(gap_name)
        if mark:
            gs.set_vba_name("itaxl_gap")
        gs.write_string(0, 0, "ช่องว่างจากเป้าหมาย")
        gs.write_number(1, 0, round(95 - scores[0], 2), two)
    wb.close()
    return path


def png(path: Path) -> Path:
    from PIL import Image as PILImage
    PILImage.new("RGB", (40, 20), (200, 30, 30)).save(path)
    return path


def openpyxl_master(tmp: Path) -> Path:
    """A master decorated through openpyxl: image, chart, comment, validation, rules, names…"""
    path = build_master(tmp / "openpyxl-master.xlsx", MasterSpec())
    wb = openpyxl.load_workbook(path)
    ws = wb["คะแนนตัวชี้วัด"]
    ws.add_image(Image(str(png(tmp / "logo.png"))), "H2")
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=11), titles_from_data=True)
    ws.add_chart(chart, "H8")
    ws["B2"].comment = Comment("ตรวจสอบแล้ว", "เจ้าหน้าที่")
    dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    ws.add_data_validation(dv)
    dv.add("C2:E11")
    ws.conditional_formatting.add("E2:E11", DataBarRule(start_type="min", end_type="max", color="FF638EC6"))
    ws.conditional_formatting.add("C2:C11", CellIsRule(operator="lessThan", formula=["80"],
                                                       fill=openpyxl.styles.PatternFill(bgColor="FF00B050")))
    ws["F1"] = "ค่าเฉลี่ย"
    ws["F2"] = "=AVERAGE(E2:E11)"
    ws["F2"].number_format = "0.000"
    ws["B13"].hyperlink = "https://itas.nacc.go.th/"
    ws.freeze_panes = "C2"
    ws.column_dimensions["B"].width = 42
    wb.defined_names["TargetScore"] = DefinedName("TargetScore", attr_text="'หน่วยงาน'!$B$6")
    wb.save(path)
    return path


def xlsxwriter_master(tmp: Path) -> Path:
    """A master whose formulas carry cached values, with a sparkline, a text box and a chart."""
    path = tmp / "xlsxwriter-master.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    ws.write_row(0, 0, ["ลำดับ", "ตัวชี้วัด", 2564, 2565, 2566])
    for i in range(5):
        ws.write_row(i + 1, 0, [i + 1, f"ตัวชี้วัดที่ {i + 1}", 80 + i, 82.5 + i, 85.25 + i])
    ws.write_formula("F2", "=AVERAGE(C2:E2)", None, 82.58)
    ws.write_formula("F3", '=IF(E3>85,"ผ่าน","ไม่ผ่าน")', None, "ผ่าน")
    ws.add_sparkline("G2", {"range": "คะแนนตัวชี้วัด!C2:E2", "markers": True})
    ws.insert_textbox("I2", "หมายเหตุของเจ้าหน้าที่", {"width": 200, "height": 60})
    chart = wb.add_chart({"type": "line"})
    chart.add_series({"values": "=คะแนนตัวชี้วัด!$E$2:$E$6"})
    ws.insert_chart("I8", chart)
    ws.data_validation("C2:E6", {"validate": "decimal", "criteria": "between",
                                 "minimum": 0, "maximum": 100})
    ws.write_comment("B2", "ความเห็น")
    ws.conditional_format("E2:E6", {"type": "cell", "criteria": ">", "value": 86,
                                    "format": wb.add_format({"bg_color": "#C6EFCE"})})
    wb.define_name("Scores", "=คะแนนตัวชี้วัด!$C$2:$E$6")
    ws.freeze_panes(1, 2)
    wb.add_worksheet("หน่วยงาน").write_row(0, 0, ["ชื่อหน่วยงาน", "เทศบาลตำบลตัวอย่าง"])
    wb.close()
    return path


# --- checking the outputs --------------------------------------------------------------------
def parts(path: Path) -> Dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def only_gained(old: str, new: str) -> None:
    """``new`` is ``old`` with pieces inserted; only counts and self-closing tags may change.

    Aligned tag by tag first (a part is thousands of tags: a character-level alignment of the
    whole part cost seconds), then character by character inside each stretch that differs, where
    what ``old`` loses or has replaced may only be digits, white space and '/'."""
    a, b = _tags(old), _tags(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            _chars_only_gained("".join(a[i1:i2]), "".join(b[j1:j2]))


def _tags(xml: str) -> List[str]:
    """``xml`` cut before every '<': a tag with the text after it."""
    return re.split(r"(?=<)", xml)


def _chars_only_gained(old: str, new: str) -> None:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            assert re.fullmatch(r"[\d\s/]*", old[i1:i2]), \
                f"original text changed: {old[max(0, i1 - 60):i2 + 60]!r} -> {new[max(0, j1 - 60):j2 + 60]!r}"


def assert_preserved(original: Path, *runs: Path) -> None:
    """Every original part survives every run; edited parts only gain and settle after run 1."""
    before = parts(original)
    outs = [parts(r) for r in runs]
    for out in outs:
        for name, data in before.items():
            assert name in out, f"{name} lost"
            if name in EDITED:
                only_gained(data.decode("utf-8"), out[name].decode("utf-8"))
            else:
                assert out[name] == data, f"{name} changed"
    for later in outs[1:]:
        for name in EDITED:
            if name in before:
                assert later[name] == outs[0][name], f"{name} differs between runs"


def splice_twice(master: Path, tmp: Path, second_scores: Sequence[float] = SCORES_V2,
                 **kw) -> List[Path]:
    run1, run2 = tmp / f"run1-{master.name}", tmp / f"run2-{master.name}"
    splice_sheets(master, computed_package(tmp / "c1.xlsx", SCORES_V1, **kw), run1)
    splice_sheets(run1, computed_package(tmp / "c2.xlsx", second_scores, **kw), run2)
    return [run1, run2]


def comparison_values(path: Path, sheet: str = "เปรียบเทียบ") -> List[float]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [ws.cell(row=r, column=2).value for r in range(2, 5)]


# --- tests -------------------------------------------------------------------------------------
@pytest.mark.parametrize("make", [openpyxl_master, xlsxwriter_master])
def test_two_runs_keep_every_staff_part(tmp_path, make):
    master = make(tmp_path)
    run1, run2 = splice_twice(master, tmp_path)
    assert_preserved(master, run1, run2)
    assert comparison_values(run1) == SCORES_V1
    assert comparison_values(run2) == SCORES_V2
    staff_before = openpyxl.load_workbook(master).sheetnames
    assert openpyxl.load_workbook(run2).sheetnames == staff_before + ["เปรียบเทียบ", "ช่องว่าง"]


def test_computed_cells_keep_formats_rules_links_and_text(tmp_path):
    master = openpyxl_master(tmp_path)
    _, run2 = splice_twice(master, tmp_path)
    wb = openpyxl.load_workbook(run2)
    ws = wb["เปรียบเทียบ"]
    assert ws["A2"].value == "ตัวชี้วัดที่ 1"
    assert ws["B2"].number_format == "0.00" and ws["B2"].font.b
    assert ws["B2"].font.name == "TH Sarabun New"
    assert ws["C2"].value == "=B2*2"
    assert ws.freeze_panes == "A2"
    assert ws["A12"].hyperlink.location == "'ช่องว่าง'!A1"
    assert ws.column_dimensions["A"].width == pytest.approx(30, abs=1)
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert {r.type for r in rules} >= {"colorScale", "dataBar", "iconSet", "cellIs"}
    cell_rule = next(r for r in rules if r.type == "cellIs")
    assert cell_rule.dxf.fill.bgColor.rgb == "FFFFC7CE"  # the master's own dxf came first
    staff_rule = next(r for cf in wb["คะแนนตัวชี้วัด"].conditional_formatting for r in cf.rules
                      if r.type == "cellIs")
    assert staff_rule.dxf.fill.bgColor.rgb == "FF00B050"
    values = openpyxl.load_workbook(run2, data_only=True)["เปรียบเทียบ"]
    assert values["C2"].value == pytest.approx(SCORES_V2[0] * 2)
    with zipfile.ZipFile(run2) as zf:
        xml = {n: zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/sheet")}
    ours = [x for x in xml.values() if 'codeName="itaxl_' in x]
    assert len(ours) == 2 and not any('tabSelected="1"' in x for x in ours)  # XlsxWriter set one
    assert all("x14:dataBar" in x for x in xml.values() if "itaxl_comparison" in x)


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    _, run2 = splice_twice(master, tmp_path)
    ws = openpyxl.load_workbook(run2)["เปรียบเทียบ"]
    for i, text in enumerate(FORMULA_TEXTS):
        cell = ws.cell(row=7 + i, column=1)
        assert (cell.value, cell.data_type) == (text, "s")
    with zipfile.ZipFile(run2) as zf:
        sheet = next(zf.read(n).decode() for n in zf.namelist() if "itaxl_comparison" in zf.read(n).decode())
    for i in range(len(FORMULA_TEXTS)):
        cell = re.search(rf'<c r="A{7 + i}"[^>]*>(.*?)</c>', sheet).group(0)
        assert 't="inlineStr"' in cell and "<f>" not in cell


def test_shared_strings_and_staff_styles_untouched(tmp_path):
    master = openpyxl_master(tmp_path)
    run1, _ = splice_twice(master, tmp_path)
    before, after = parts(master), parts(run1)
    assert after["xl/sharedStrings.xml"] == before["xl/sharedStrings.xml"] if "xl/sharedStrings.xml" in before else True
    staff = openpyxl.load_workbook(run1)["คะแนนตัวชี้วัด"]
    assert staff["F2"].number_format == "0.000"
    assert staff.freeze_panes == "C2"
    assert staff["B2"].comment.text.startswith("ตรวจสอบแล้ว")
    assert staff["B13"].hyperlink.target == "https://itas.nacc.go.th/"
    assert openpyxl.load_workbook(run1).defined_names["TargetScore"].attr_text == "'หน่วยงาน'!$B$6"


def test_staff_sheet_with_the_same_name_is_kept_and_ours_renamed(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    wb = openpyxl.load_workbook(master)
    wb.create_sheet("ช่องว่าง")["A1"] = "ของเจ้าหน้าที่"
    wb.save(master)
    run1, run2 = tmp_path / "r1.xlsx", tmp_path / "r2.xlsx"
    result1 = splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    result2 = splice_sheets(run1, computed_package(tmp_path / "c2.xlsx", SCORES_V2), run2)
    assert result1.renamed == {"ช่องว่าง": "ช่องว่าง (ita-xl)"}
    told = messages.text("sheets.renamed", "th", wanted="ช่องว่าง", used=result1.renamed["ช่องว่าง"])
    assert "“ช่องว่าง”" in told and "“ช่องว่าง (ita-xl)”" in told
    assert result2.renamed == result1.renamed
    assert result2.replaced == ["เปรียบเทียบ", "ช่องว่าง (ita-xl)"]
    assert_preserved(master, run1, run2)
    out = openpyxl.load_workbook(run2)
    assert out["ช่องว่าง"]["A1"].value == "ของเจ้าหน้าที่"
    assert out["ช่องว่าง (ita-xl)"]["A2"].value == pytest.approx(round(95 - SCORES_V2[0], 2))
    assert out.sheetnames.count("ช่องว่าง (ita-xl)") == 1
    assert out["เปรียบเทียบ"]["A12"].hyperlink.location == "'ช่องว่าง (ita-xl)'!A1"


def test_a_long_name_is_cut_to_fit_excel(tmp_path):
    long = "ก" * 31
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    wb = openpyxl.load_workbook(master)
    wb.create_sheet(long)
    wb.save(master)
    out = tmp_path / "out.xlsx"
    result = splice_sheets(master, computed_package(tmp_path / "c.xlsx", gap_name=long), out)
    used = result.renamed[long]
    assert len(used) == 31 and used.endswith(" (ita-xl)")
    assert used in openpyxl.load_workbook(out).sheetnames


def test_copy_of_a_computed_sheet_is_a_staff_sheet(tmp_path):
    """Excel gives a copied sheet its codeName plus a digit: that copy must never be replaced."""
    master = tmp_path / "m.xlsx"
    wb = xlsxwriter.Workbook(str(master))
    wb.add_worksheet("ข้อมูล").write("A1", 1)
    copy = wb.add_worksheet("เปรียบเทียบ (2)")
    copy.set_vba_name("itaxl_comparison2")
    copy.write("A1", "บันทึกของเจ้าหน้าที่")
    wb.close()
    run1, run2 = splice_twice(master, tmp_path)
    assert_preserved(master, run1, run2)
    out = openpyxl.load_workbook(run2)
    assert out["เปรียบเทียบ (2)"]["A1"].value == "บันทึกของเจ้าหน้าที่"
    assert out.sheetnames == ["ข้อมูล", "เปรียบเทียบ (2)", "เปรียบเทียบ", "ช่องว่าง"]


def test_unmarked_computed_sheets_are_refused(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    with pytest.raises(ValueError, match="marker"):
        splice_sheets(master, computed_package(tmp_path / "c.xlsx", mark=False), tmp_path / "o.xlsx")
    assert not (tmp_path / "o.xlsx").exists()


def test_a_sheet_no_longer_computed_goes_and_later_sheets_follow(tmp_path):
    """Dropping the gap sheet shifts a staff sheet added after it: its print area must follow."""
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    late = openpyxl.Workbook()
    ws = late.active
    ws.title = "บันทึกภายหลัง"
    ws["A1"] = "หลังจากรอบแรก"
    ws.print_area = "A1:B5"
    late.save(tmp_path / "late.xlsx")
    with_late = tmp_path / "with-late.xlsx"
    add_foreign_sheets(run1, tmp_path / "late.xlsx", with_late)
    assert openpyxl.load_workbook(with_late)["บันทึกภายหลัง"].print_area == "'บันทึกภายหลัง'!$A$1:$B$5"
    run2 = tmp_path / "r2.xlsx"
    result = splice_sheets(with_late, computed_package(tmp_path / "c2.xlsx", sheets=("comparison",)), run2)
    assert result.removed == ["ช่องว่าง"]
    out = openpyxl.load_workbook(run2)
    assert out.sheetnames[-2:] == ["เปรียบเทียบ", "บันทึกภายหลัง"]
    assert out["บันทึกภายหลัง"].print_area == "'บันทึกภายหลัง'!$A$1:$B$5"
    names = parts(run2)
    assert not any("sheet" in n and n not in parts(with_late) for n in names)  # no stray parts


def test_calc_chain_naming_old_computed_cells_is_dropped(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    chained = tmp_path / "chained.xlsx"
    _add_calc_chain(run1, chained, '<c r="C2" i="5"/><c r="C3"/>')
    run2 = tmp_path / "r2.xlsx"
    result = splice_sheets(chained, computed_package(tmp_path / "c2.xlsx", SCORES_V2), run2)
    out = parts(run2)
    assert "xl/calcChain.xml" not in out and "xl/calcChain.xml" in result.dropped
    assert "calcChain" not in out["[Content_Types].xml"].decode()
    assert "calcChain" not in out["xl/_rels/workbook.xml.rels"].decode()
    assert comparison_values(run2) == SCORES_V2


def test_calc_chain_of_staff_sheets_only_is_kept(tmp_path):
    master = tmp_path / "m.xlsx"
    _add_calc_chain(build_master(tmp_path / "plain.xlsx", MasterSpec()), master, '<c r="A1" i="1"/>')
    run1, run2 = splice_twice(master, tmp_path)
    assert parts(run2)["xl/calcChain.xml"] == parts(master)["xl/calcChain.xml"]


def _add_calc_chain(src: Path, dest: Path, cells: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/calcChain.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                    b'calcChain+xml"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/calcChain" '
                                    b'Target="calcChain.xml"/></Relationships>')
            zout.writestr(info, data)
        zout.writestr("xl/calcChain.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f"{cells}</calcChain>")


def test_prefixed_namespaces_and_missing_collections(tmp_path):
    """Writers differ: x: prefixes, r bound to another name, no <dxfs>/<numFmts>, <sheets> last."""
    plain = build_master(tmp_path / "plain.xlsx", MasterSpec())
    master = tmp_path / "prefixed.xlsx"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def prefixed(name: str, data: bytes) -> bytes:
        text = data.decode()
        if name == "xl/workbook.xml":
            text = re.sub(r"<(/?)(?!\?)(\w+)", r"<\1x:\2", text)
            text = text.replace(f'xmlns="{main}"', f'xmlns:x="{main}" xmlns:rel="{rel}"')
            text = text.replace('xmlns:r="' + rel + '" ', "").replace(" r:id=", " rel:id=")
            text = text.replace("<x:definedNames/>", "")
        if name == "xl/styles.xml":
            text = re.sub(r"<(/?)(?!\?)(\w+)", r"<\1s:\2", text).replace(f'xmlns="{main}"', f"xmlns:s='{main}'")
            text = re.sub(r"<s:dxfs[^>]*/>|<s:dxfs.*?</s:dxfs>", "", text)
        if name == "[Content_Types].xml":
            text = re.sub(r"<(/?)(?!\?)(\w+)", r"<\1ct:\2", text).replace("xmlns=", "xmlns:ct=")
        return text.encode()

    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, prefixed(info.filename, zin.read(info)))
    before = parts(master)
    assert b"<x:sheets>" in before["xl/workbook.xml"] and b"<s:dxfs" not in before["xl/styles.xml"]
    run1, run2 = splice_twice(master, tmp_path)
    assert_preserved(master, run1, run2)
    after = parts(run2)
    assert b"<s:dxfs count=\"1\"><s:dxf>" in after["xl/styles.xml"]
    assert b"<s:numFmts count=\"1\"><s:numFmt " in after["xl/styles.xml"]
    assert after["xl/styles.xml"].index(b"<s:dxfs") < after["xl/styles.xml"].index(b"<s:tableStyles")
    assert b'<x:sheet name="' in after["xl/workbook.xml"] and b"rel:id=" in after["xl/workbook.xml"]
    wb = openpyxl.load_workbook(run2)
    assert wb.sheetnames[-2:] == ["เปรียบเทียบ", "ช่องว่าง"]
    ws = wb["เปรียบเทียบ"]
    assert ws["B2"].number_format == "0.00"
    assert next(r for cf in ws.conditional_formatting for r in cf.rules if r.type == "cellIs") \
        .dxf.fill.bgColor.rgb == "FFFFC7CE"


def test_macro_workbook_keeps_its_project(tmp_path, excel_made):
    master = excel_made / "macro01.xlsm"
    run1, run2 = tmp_path / "r1.xlsm", tmp_path / "r2.xlsm"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    splice_sheets(run1, computed_package(tmp_path / "c2.xlsx", SCORES_V2), run2)
    assert_preserved(master, run1, run2)
    out = parts(run2)
    assert out["xl/vbaProject.bin"] == parts(master)["xl/vbaProject.bin"]
    assert b"sheet.macroEnabled.main+xml" in out["[Content_Types].xml"]
    assert openpyxl.load_workbook(run2).sheetnames[-2:] == ["เปรียบเทียบ", "ช่องว่าง"]


def test_dest_must_not_be_the_master(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    before = master.read_bytes()
    with pytest.raises(ValueError):
        splice_sheets(master, computed_package(tmp_path / "c.xlsx"), master)
    assert master.read_bytes() == before


def test_libreoffice_saved_master_and_rendering(tmp_path, office):
    """A master saved by LibreOffice (cached formula values), then every result renders."""
    lo_dir = tmp_path / "lo"
    lo_master = convert_all([openpyxl_master(tmp_path)], "xlsx", lo_dir)[0]
    cached = openpyxl.load_workbook(lo_master, data_only=True)["คะแนนตัวชี้วัด"]["F2"].value
    assert isinstance(cached, float)
    outs = []
    for make in (lambda t: lo_master, xlsxwriter_master, openpyxl_master):
        sub = tmp_path / f"m{len(outs)}"
        sub.mkdir()
        master = make(sub)
        run1, run2 = splice_twice(master, sub)
        assert_preserved(master, run1, run2)
        outs.append((master, run2))
    after = openpyxl.load_workbook(outs[0][1], data_only=True)["คะแนนตัวชี้วัด"]["F2"].value
    assert after == cached
    xw_master, xw_out = outs[1]
    for path in (xw_master, xw_out):
        ws = openpyxl.load_workbook(path, data_only=True)["คะแนนตัวชี้วัด"]
        assert (ws["F2"].value, ws["F3"].value) == (82.58, "ผ่าน")
    renamed = []
    for i, (_, out) in enumerate(outs):
        target = tmp_path / "render" / f"out{i}.xlsx"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(out, target)
        renamed.append(target)
    for pdf in convert_all(renamed, "pdf", tmp_path / "pdf"):
        text = re.sub(r"\s+", "", pdf_text(pdf))  # pdftotext splits Thai clusters with spaces
        assert "93.50" in text and "84.13" in text, pdf.name  # the new values, two decimals
        assert "ช่องว่างจากเป้าหมาย" in text and "ไปที่ช่องว่าง" in text
        assert "เทศบาลตำบลตัวอย่าง" in text  # the staff's sheets still render too


def test_language_switch_renames_the_sheet_where_it_stands(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1, run2 = tmp_path / "r1.xlsx", tmp_path / "r2.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    result = splice_sheets(run1, computed_package(tmp_path / "c2.xlsx", SCORES_V2, gap_name="Gap",
                                                  comparison_name="Comparison"), run2)
    assert result.replaced == ["เปรียบเทียบ", "ช่องว่าง"] and result.sheets == ["Comparison", "Gap"]
    one, two = parts(run1), parts(run2)
    assert set(one) == set(two)
    expected = one["xl/workbook.xml"].decode()
    for old, new in (("เปรียบเทียบ", "Comparison"), ("ช่องว่าง", "Gap")):  # names, marker refs
        expected = expected.replace(f'"{old}"', f'"{new}"').replace(f"'{old}'!", f"'{new}'!")
    assert two["xl/workbook.xml"].decode() == expected
    assert openpyxl.load_workbook(run2)["Comparison"]["A12"].hyperlink.location == "'Gap'!A1"


def test_computed_sheet_follows_the_active_tab(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    active = tmp_path / "active.xlsx"  # as if staff saved the workbook while looking at our sheet
    with zipfile.ZipFile(run1) as zin, zipfile.ZipFile(active, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b'activeTab="0"', b'activeTab="4"')
            zout.writestr(info, data)
    run2 = tmp_path / "r2.xlsx"
    splice_sheets(active, computed_package(tmp_path / "c2.xlsx"), run2)
    with zipfile.ZipFile(run2) as zf:
        selected = [n for n in zf.namelist() if n.startswith("xl/worksheets/")
                    and b'tabSelected="1"' in zf.read(n)]
        comparison = next(n for n in zf.namelist() if b"itaxl_comparison" in zf.read(n))
    assert selected == [comparison]


def test_external_links_charts_and_pictures_in_computed_sheets(tmp_path):
    """Parts a computed sheet reaches (link rels, drawings, charts, media) get free names."""
    master = xlsxwriter_master(tmp_path)  # already holds drawing1, chart1, vmlDrawing1, comments1

    def package(path: Path, value: float) -> Path:
        wb = xlsxwriter.Workbook(str(path))
        ws = wb.add_worksheet("กราฟ")
        ws.set_vba_name("itaxl_chart")
        ws.write_column("A1", [value, value + 1, value + 2])
        ws.write_url("B1", "https://itas.nacc.go.th/", string="ITAS")
        chart = wb.add_chart({"type": "column"})
        chart.add_series({"values": "='กราฟ'!$A$1:$A$3"})
        ws.insert_chart("D2", chart)
        ws.insert_image("D20", str(png(tmp_path / "mark.png")))
        wb.close()
        return path

    run1, run2 = tmp_path / "r1.xlsx", tmp_path / "r2.xlsx"
    splice_sheets(master, package(tmp_path / "c1.xlsx", 10), run1)
    splice_sheets(run1, package(tmp_path / "c2.xlsx", 20), run2)
    assert_preserved(master, run1, run2)
    one, two = parts(run1), parts(run2)
    assert set(one) == set(two)
    new = sorted(set(two) - set(parts(master)))
    assert "xl/drawings/drawing2.xml" in new and "xl/charts/chart2.xml" in new
    assert any(n.startswith("xl/media/") for n in new)
    wb = openpyxl.load_workbook(run2)
    ws = wb["กราฟ"]
    assert ws["A1"].value == 20 and ws["B1"].hyperlink.target == "https://itas.nacc.go.th/"
    assert _drawn(two, "กราฟ") == (1, 1)  # one chart, one picture: both still anchored
    assert _drawn(two, "คะแนนตัวชี้วัด")[0] == 1
    types = two["[Content_Types].xml"].decode()
    assert '/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"' in types


def _drawn(package: Dict[str, bytes], sheet: str) -> tuple:
    """(charts, pictures) the named sheet's drawing anchors, read from the package's own
    relationships (workbook -> sheet -> drawing), as Excel and openpyxl's load find them."""
    def target(rels_of: str, rel_type: str, rid: str = "") -> str:
        folder, name = rels_of.rsplit("/", 1)
        rels = package[f"{folder}/_rels/{name}.rels"].decode()
        for rel in re.findall(r"<Relationship [^>]*>", rels):
            if f'/{rel_type}"' in rel and (not rid or f'Id="{rid}"' in rel):
                found = re.search(r'Target="([^"]+)"', rel).group(1)
                return found.lstrip("/") if found.startswith("/") else \
                    str(Path(folder, found)).replace("\\", "/").replace("xl/worksheets/../", "xl/")
        raise AssertionError(f"no {rel_type} relationship in {rels_of}")

    book = package["xl/workbook.xml"].decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="([^"]+)"', book).group(1)
    drawing = package[target(target("xl/workbook.xml", "worksheet", rid), "drawing")].decode()
    return len(re.findall(r"<c:chart\b", drawing)), len(re.findall(r"<xdr:pic>", drawing))


def test_tables_in_computed_sheets_are_refused(tmp_path):
    wb = xlsxwriter.Workbook(str(tmp_path / "c.xlsx"))
    ws = wb.add_worksheet("ตาราง")
    ws.set_vba_name("itaxl_table")
    ws.add_table("A1:B3", {"data": [[1, 2], [3, 4]]})
    wb.close()
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    with pytest.raises(ValueError, match="table"):
        splice_sheets(master, tmp_path / "c.xlsx", tmp_path / "o.xlsx")


def test_master_without_styles_part_takes_the_computed_one(tmp_path):
    plain = build_master(tmp_path / "plain.xlsx", MasterSpec())
    master = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/styles.xml":
                continue
            if info.filename in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
                data = re.sub(rb"<(Override|Relationship)[^>]*styles[^>]*/>", b"", data)
            zout.writestr(info, data)
    run1, run2 = splice_twice(master, tmp_path)
    assert_preserved(master, run1, run2)
    out = parts(run2)
    assert "xl/styles.xml" in out and b"styles.xml" in out["xl/_rels/workbook.xml.rels"]
    ws = openpyxl.load_workbook(run2)["เปรียบเทียบ"]
    assert ws["B2"].number_format == "0.00" and ws["B2"].font.b


def test_a_new_sheet_before_a_replaced_one_gets_a_part_of_its_own(tmp_path):
    """Run 1 wrote only the gap sheet (say, errors stopped the analysis); run 2 adds one before it."""
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1, run2 = tmp_path / "r1.xlsx", tmp_path / "r2.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx", sheets=("gap",)), run1)
    result = splice_sheets(run1, computed_package(tmp_path / "c2.xlsx", SCORES_V2), run2)
    assert result.replaced == ["ช่องว่าง"]
    wb = openpyxl.load_workbook(run2)
    assert wb.sheetnames[-2:] == ["ช่องว่าง", "เปรียบเทียบ"]
    assert comparison_values(run2) == SCORES_V2
    assert wb["ช่องว่าง"]["A2"].value == pytest.approx(round(95 - SCORES_V2[0], 2))
    targets = re.findall(r'Target="([^"]*worksheets/[^"]*)"', parts(run2)["xl/_rels/workbook.xml.rels"].decode())
    assert len(targets) == len(set(targets)) == len(wb.sheetnames)
