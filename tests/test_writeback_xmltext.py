"""The XML locator of the write-back: expat's positions, edits that keep every other byte."""
from __future__ import annotations

import pytest

from ita_xl.writeback import xmltext
from ita_xl.writeback.sheet_transform import code_name

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def test_positions_are_exact_with_thai_text_and_angle_brackets_in_values():
    text = (f'<?xml version="1.0"?>\n<x:workbook xmlns:x="{MAIN}"><x:sheets>'
            '<x:sheet name="ผลต่าง &gt; 5" a=\'>\'/><x:sheet name="สอง">ข้อความ</x:sheet>'
            '</x:sheets></x:workbook>')
    root = xmltext.parse(text)
    sheets = root.find("sheets", [MAIN])
    first, second = sheets.findall("sheet", [MAIN])
    assert text[first.start:first.end] == '<x:sheet name="ผลต่าง &gt; 5" a=\'>\'/>' and first.empty
    assert first.attr("name") == "ผลต่าง > 5" and first.attr("a") == ">"
    assert text[second.open_end:second.close_start] == "ข้อความ"
    assert text[second.start:second.end] == '<x:sheet name="สอง">ข้อความ</x:sheet>'
    edits = [xmltext.set_attr(text, second, "name", "ใหม่")] + \
        xmltext.append_children(text, sheets, "<x:sheet/>")
    out = xmltext.apply(text, edits)
    assert out == text.replace('name="สอง"', 'name="ใหม่"').replace("</x:sheets>", "<x:sheet/></x:sheets>")


@pytest.mark.parametrize("bad", [
    "<a><b></a>",
    '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
    "<a>&undefined;</a>",
    "<a/><b/>",
    "",
])
def test_not_well_formed_or_doctype_is_refused(bad):
    with pytest.raises(xmltext.XmlError):
        xmltext.parse(bad)


def test_a_self_closing_root_is_opened_before_children_are_added():
    text = f'<?xml version="1.0"?>\n<styleSheet xmlns="{MAIN}" xml:space="preserve"/>'
    opened = xmltext.open_root(text)
    assert opened.endswith('<styleSheet xmlns="%s" xml:space="preserve"></styleSheet>' % MAIN)
    root = xmltext.parse(opened)
    edit = xmltext.insert_in_order(root, "fonts", [MAIN], ["fonts", "cellXfs"], "<fonts/>")
    xmltext.parse(xmltext.apply(opened, [edit]))  # well-formed
    with pytest.raises(xmltext.XmlError):
        xmltext.insert_in_order(xmltext.parse(text), "fonts", [MAIN], ["fonts"], "<fonts/>")


def test_code_name_reads_only_the_start_and_knows_prefixes_and_utf16():
    sheet = f'<worksheet xmlns="{MAIN}"><sheetPr codeName="itaxl_gap"/><sheetData>'
    assert code_name(sheet.encode() + b"<row" * 100000) == "itaxl_gap"  # rest never parsed
    assert code_name(f'<x:worksheet xmlns:x="{MAIN}"><x:sheetPr codeName="A"/></x:worksheet>'
                     .encode("utf-16")) == "A"
    assert code_name(f'<worksheet xmlns="{MAIN}"><dimension ref="A1"/></worksheet>'.encode()) is None
