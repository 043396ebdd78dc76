"""sheet_transform's shortcuts (tags split once, each shared string's inline form built once)
must give every cell what the plain per-cell path gave it."""
from __future__ import annotations

from lxml import etree

from ita_xl.writeback.sheet_transform import shared_strings, transform, used_styles

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRINGS = (f'<sst xmlns="{MAIN}"><si><t>มาตรการที่ 1 </t></si>'
           f'<si><r><rPr><b/></rPr><t>หนา</t></r><r><t> บาง</t></r></si></sst>').encode()
SHEET = (f'<worksheet xmlns="{MAIN}"><sheetViews><sheetView/></sheetViews><sheetData>'
         '<row r="1" s="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
         '<row r="2"><c r="A2" t="s" s="2"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
         '<c r="C2" s="2"><v>7</v></c></row></sheetData></worksheet>').encode()


def _cells(data: bytes):
    root = etree.fromstring(data)
    return {c.get("r"): c for c in root.iter(f"{{{MAIN}}}c")}


def test_cells_sharing_a_string_each_get_their_own_inline_copy():
    root = etree.fromstring(SHEET)
    assert used_styles(root) == ({1, 2}, set())
    out = transform(root, shared_strings(STRINGS), {1: 5, 2: 6}, {}, True, {})
    cells = _cells(out)
    for ref in ("A1", "A2", "B1", "B2"):
        assert cells[ref].get("t") == "inlineStr"
        assert cells[ref].find(f"{{{MAIN}}}v") is None
    texts = {ref: [(t.text, t.get("{http://www.w3.org/XML/1998/namespace}space"))
                   for t in cells[ref].iter(f"{{{MAIN}}}t")] for ref in cells}
    assert texts["A1"] == texts["A2"] == [("มาตรการที่ 1 ", "preserve")]
    assert texts["B1"] == texts["B2"] == [("หนา", "preserve"), (" บาง", "preserve")]
    assert cells["B1"].find(f".//{{{MAIN}}}b") is not None
    assert (cells["A1"].get("s"), cells["A2"].get("s"), cells["C2"].get("s")) == ("5", "6", "6")
    assert cells["C2"].findtext(f"{{{MAIN}}}v") == "7"
    # each cell holds its own element: the same shared string is not one node moved twice
    inline = [root_cell.find(f"{{{MAIN}}}is") for root_cell in root.iter(f"{{{MAIN}}}c")
              if root_cell.get("t") == "inlineStr"]
    assert len(inline) == 4 and len({id(el) for el in inline}) == 4
    assert root.find(f".//{{{MAIN}}}row").get("s") == "5"
    assert root.find(f".//{{{MAIN}}}sheetView").get("tabSelected") == "1"


def test_renames_reach_formulas_in_every_namespace_and_hyperlinks_only_when_asked():
    x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
    xm = "http://schemas.microsoft.com/office/excel/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet = (f'<worksheet xmlns="{MAIN}" xmlns:x14="{x14}" xmlns:xm="{xm}" xmlns:r="{rel}">'
             '<sheetData><row r="1"><c r="A1"><f>\'ผล เดิม\'!A1+Old!B2</f><v>1</v></c></row>'
             '</sheetData><hyperlinks><hyperlink ref="B1" location="Old!A1"/></hyperlinks>'
             '<extLst><ext><x14:dataValidations><x14:dataValidation><x14:formula1>'
             '<xm:f>Old!$A$1:$A$3</xm:f></x14:formula1></x14:dataValidation>'
             '</x14:dataValidations></ext></extLst></worksheet>').encode()
    renames = {"ผล เดิม": "ผล ใหม่", "Old": "New"}
    out = etree.fromstring(transform(etree.fromstring(sheet), [], {}, {}, False, renames))
    assert out.findtext(f".//{{{MAIN}}}f") == "'ผล ใหม่'!A1+'New'!B2"
    assert out.find(f".//{{{MAIN}}}hyperlink").get("location") == "'New'!A1"
    assert out.findtext(f".//{{{xm}}}f") == "'New'!$A$1:$A$3"
    kept = etree.fromstring(transform(etree.fromstring(sheet), [], {}, {}, False, {}))
    assert kept.findtext(f".//{{{xm}}}f") == "Old!$A$1:$A$3"
    assert kept.find(f".//{{{MAIN}}}hyperlink").get("location") == "Old!A1"
