"""Text fitting and pagination: the estimator, the fitter, and a 600-measure deck that fits."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation

from briefing_helpers import tables
from sample_analysis import sample_analysis

from ita_xl.briefing import build_briefing, textfit
from ita_xl.briefing.context import FOOTER
from ita_xl.briefing import tables as tables_module
from ita_xl.briefing.tables import Column, TableSpec, paginate
from ita_xl.thai_breaks import NBSP

WHEN = datetime(2023, 10, 1, 9, 30)
LAKSAMAN = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
SAMPLES = [
    "ปรับปรุงขั้นตอนการให้บริการประชาชนให้สะดวก รวดเร็ว และโปร่งใส",
    "เทศบาลตำบลตัวอย่างพัฒนา",
    "ผู้อำนวยการกองคลัง สำนักปลัดเทศบาล",
    "รายงานความก้าวหน้าทุก ๖ เดือน",
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 91.35",
    "Publish the work-improvement results on the website",
]


def test_thai_combining_marks_take_no_width():
    assert textfit.text_width("กี่", 20) == textfit.text_width("ก", 20)
    assert textfit.text_width("ผู้", 20) == textfit.text_width("ผ", 20)
    assert textfit.text_width("ก" * 10, 20) == pytest.approx(10 * textfit.text_width("ก", 20))
    assert textfit.text_width("ก", 20, bold=True) > textfit.text_width("ก", 20)


@pytest.mark.skipif(not LAKSAMAN.exists(), reason="Laksaman (TH Sarabun metrics) not installed")
@pytest.mark.parametrize("text", SAMPLES)
def test_estimates_are_never_narrower_than_the_real_font(text):
    ttfont = pytest.importorskip("fontTools.ttLib").TTFont(str(LAKSAMAN))
    cmap, hmtx = ttfont.getBestCmap(), ttfont["hmtx"]
    # TH Sarabun New draws Laksaman's design on a 1.5 times larger em (see tools/)
    real = sum(hmtx[cmap[ord(ch)]][0] for ch in text) / 1500 * 18  # points at 18 pt
    estimate = textfit.text_width(text, 18)
    assert real <= estimate <= real * 1.05


# Well-formed text: every mark follows a base character (as typed Thai always does).
cluster = st.tuples(st.sampled_from(list("กขคงจนมรวสอะาำเแโไABC12.")),
                    st.sampled_from(["", "่", "้", "ิ", "ี่", "ุ", "ั้", "็"]),
                    st.sampled_from(["", "", "", " "])).map("".join)
thai_text = st.lists(cluster, min_size=1, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=thai_text, width=st.floats(min_value=40, max_value=600))
def test_wrap_keeps_every_character_and_each_line_fits(text, width):
    lines = textfit.wrap(text, width, 18)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        # a line is only ever wider than the box when it is a single unbreakable cluster
        assert textfit.text_width(line, 18) <= width + 1e-6 or len(line.strip()) <= 4
        assert not (line and unicodedata.category(line[0]) == "Mn")  # marks stay with their base


def test_fit_text_shrinks_then_wraps_then_truncates():
    text = "ปรับปรุงขั้นตอนการให้บริการประชาชนให้สะดวก รวดเร็ว และโปร่งใส"
    one_line = textfit.text_width(text, 30)
    shrunk = textfit.fit_text(text, one_line / 30 * 26, 40, 30, 16, shrink_floor=24)
    assert (shrunk.size, shrunk.lines, shrunk.truncated) == (26, 1, False)
    wrapped = textfit.fit_text(text, one_line / 2, 200, 30, 16, shrink_floor=28)
    assert wrapped.lines >= 2 and wrapped.size == 30 and not wrapped.truncated
    cut = textfit.fit_text(text * 4, 150, 40, 30, 16)
    assert cut.truncated and cut.size == 16 and cut.text.endswith(textfit.ELLIPSIS)
    assert len(textfit.wrap(cut.text, 150, 16)) * textfit.line_height(16) <= 40


def test_pagination_keeps_each_page_inside_its_room_and_cuts_only_giant_rows():
    spec = TableSpec([Column("ที่", 1), Column("มาตรการ", 6)], size=16, header_size=16)
    long = "ปรับปรุงขั้นตอนการให้บริการประชาชน " * 40
    rows = [[str(k), "จัดทำคู่มือ" * (1 + k % 7)] for k in range(80)] + [["81", long]]
    pages = paginate(spec, rows, 500, 300)
    assert sum(len(p.rows) for p in pages) == 81
    assert all(p.total_height <= 300 + 1e-6 for p in pages)
    assert pages[-1].shortened == [long]
    assert pages[-1].rows[-1][1].endswith(textfit.ELLIPSIS)
    assert all(not p.shortened for p in pages[:-1])


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = {}
    for n in (6, 60, 600):
        dest = tmp_path_factory.mktemp("fit") / f"deck{n}.pptx"
        result = build_briefing(sample_analysis(n_measures=n), dest, generated=WHEN)
        out[n] = (result, Presentation(str(dest)))
    return out


def test_slide_count_grows_with_the_number_of_measures(decks):
    counts = [decks[n][0].slide_count for n in (6, 60, 600)]
    assert counts[0] < counts[1] < counts[2]
    pages = [decks[n][0].table_pages["measures"] for n in (6, 60, 600)]
    assert pages[0] < pages[1] < pages[2]


@pytest.mark.parametrize("n", [6, 600])
def test_every_shape_and_table_stays_on_the_slide(decks, n):
    result, prs = decks[n]
    width, height = prs.slide_width, prs.slide_height
    footer_top = height - FOOTER
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width, (number, shape.name)
            assert shape.top + shape.height <= height, (number, shape.name)
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                total = sum(row.height for row in shape.table.rows)
                assert shape.top + total <= footer_top, (number, result.titles[number - 1])
    assert sum(len(tables(s)) for s in prs.slides) >= result.table_pages["measures"]


def test_pages_are_even_six_rows_that_need_two_pages_go_three_and_three():
    spec = TableSpec([Column("ที่", 1), Column("มาตรการ", 6)], size=16, header_size=16)
    rows = [[str(k), "จัดทำคู่มือการปฏิบัติงาน"] for k in range(6)]
    widths = spec.widths(500)
    header = tables_module.row_height(["ที่", "มาตรการ"], widths, 16, True)
    one = tables_module.row_height(rows[0], widths, 16)
    pages = paginate(spec, rows, 500, header + 5 * one + 1)  # room for five rows
    assert [len(p.rows) for p in pages] == [3, 3]
    pages = paginate(spec, rows * 2, 500, header + 5 * one + 1)  # 12 rows: 3 pages of 4
    assert [len(p.rows) for p in pages] == [4, 4, 4]


def test_cells_keep_room_above_for_stacked_thai_marks():
    top = tables_module.cell_margins(18)[1]
    assert top >= tables_module.CELL_MARGINS[1] + 0.25 * 18


def _header_cell_text(spec, width_pt, column):
    """The marked text a drawn table writes into ``column``'s header cell."""
    from ita_xl.briefing.layout import Box, emu
    from ita_xl.briefing.palette import STYLE

    page = tables_module.TablePage([], [], 30.0)
    xml = tables_module._table_xml(Box(0, 0, emu(width_pt), emu(200)), spec, page, STYLE, None)
    return re.findall(r"<a:t>([^<]*)</a:t>", xml)[column]


def test_a_header_with_a_year_gets_a_column_that_holds_it_or_breaks_before_the_year():
    """The fix-first table's "คะแนน 2569": LibreOffice drew "คะแนน 25" / "69" because the
    column was narrower than the glued pair and the slide allowed no break in it."""
    columns = [Column("ลำดับ", 0.06), Column("ตัวชี้วัด", 0.3), Column("คะแนน 2569", 0.09),
               Column("เป้าหมาย", 0.09)]
    spec = TableSpec(columns, size=24, header_size=24)
    need = textfit.text_width("คะแนน 2569", 24, True)
    wide = 700.0  # room for every header piece whole: the year's column widens to hold it
    width = spec.widths(wide)[2] - 10
    assert width >= need
    assert textfit.wrap("คะแนน 2569", width, 24, True) == ["คะแนน 2569"]
    assert NBSP in _header_cell_text(spec, wide, 2)
    word_need = sum(spec._minimum(c, whole=False) for c in columns)
    narrow = word_need + 5  # room for each header word only: it breaks before the year
    width = spec.widths(narrow)[2] - 10
    assert textfit.wrap("คะแนน 2569", width, 24, True) == ["คะแนน", "2569"]
    cell = _header_cell_text(spec, narrow, 2)
    assert NBSP not in cell and cell.replace("\u2060", "").endswith("คะแนน 2569")
