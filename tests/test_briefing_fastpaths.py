"""The briefing's faster paths against the slower ones they replace, byte for byte.

Text kept as text until the save, relationship and content-type items written as strings,
shortcuts in text wrapping, remembered slide ids: each must
give exactly what the plain path gives, so the saved deck does not change.
"""
from __future__ import annotations

import gc
import io
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.serialized import _ContentTypesItem

from sample_analysis import sample_analysis

from ita_xl.briefing import build_briefing, layout, package, parts, tables
from ita_xl.briefing.deferred import Deferred
from ita_xl.briefing.layout import Box, Para, emu
from ita_xl.briefing.template import find_layouts, open_template

WHEN = datetime(2023, 10, 1, 9, 30)
BOX = Box(emu(40), emu(60), emu(400), emu(300))
TEXT = st.text(alphabet=st.sampled_from(list("กขคำผู้ ีabcZ09&<>\"'\t\n\r\x07·–-")), max_size=40)
SPEC = tables.TableSpec([tables.Column("ลำดับ", 0.5, PP_ALIGN.CENTER, True, widest="99"),
                         tables.Column("มาตรการ & <วิธี>", 4.0),
                         tables.Column("Progress", 1.2, PP_ALIGN.RIGHT)])


def _fill(slide, cells, deferred):
    """A text box, a table and a relabelled title: every writer that can defer."""
    layout.add_text(slide, BOX, [Para(c) for c in cells[:2]], deferred=deferred)
    page = tables.paginate(SPEC, [cells[i:i + 3] for i in range(0, 3 * (len(cells) // 3), 3)],
                           layout.pt(BOX.width), 4000)[0]
    tables.draw(slide, BOX, SPEC, page, deferred=deferred)
    layout.write_body(slide.shapes.title._element.get_or_add_txBody(),
                      [Para(c, 20) for c in cells[-2:]], deferred=deferred)


@settings(max_examples=25, deadline=None)
@given(st.lists(TEXT, min_size=3, max_size=9))
def test_deferred_text_saves_as_if_it_had_been_parsed_in_place(cells):
    prs = open_template(None)
    title_only = find_layouts(prs).title_only
    fast, slow = (prs.slides.add_slide(title_only) for _ in range(2))
    deferred = Deferred()
    _fill(fast, cells, deferred)
    _fill(slow, cells, None)
    assert deferred.resolve(fast.part.blob) == slow.part.blob
    deferred.materialize([fast.part._element])  # what a save by python-pptx first needs
    assert fast.part.blob == slow.part.blob


def test_a_deck_with_deferred_text_saves_like_python_pptx():
    prs = open_template(None)
    slide = parts.SlideMaker(prs).add(find_layouts(prs).title_only).slide
    deferred = Deferred()
    _fill(slide, ["1", "ปรับปรุง & เผยแพร่", "40 %", "ท้าย"], deferred)
    saved = package.save(prs, WHEN, deferred)
    deferred.materialize(p._element for p in prs.part.package.iter_parts()
                         if hasattr(p, "_element"))
    buffer = io.BytesIO()
    prs.save(buffer)
    assert saved == package.restamp(buffer.getvalue(), WHEN)


def test_rels_and_content_types_are_what_python_pptx_writes(tmp_path):
    build_briefing(sample_analysis(6), tmp_path / "d.pptx", generated=WHEN)
    prs = Presentation(str(tmp_path / "d.pptx"))
    prs.slides[1].part.relate_to("https://example.org/ita?year=2566&x=<1>", RT.HYPERLINK,
                                 is_external=True)  # needs escaping: python-pptx writes it
    prs.slides[2].part.relate_to("https://example.org/plain", RT.HYPERLINK, is_external=True)
    all_parts = list(prs.part.package.iter_parts())
    for part in all_parts:
        if part._rels:
            assert package.rels_xml(part.rels) == part.rels.xml, part.partname
    assert package.rels_xml(prs.part.package._rels) == prs.part.package._rels.xml
    types = _ContentTypesItem(all_parts)
    assert package.content_types_xml(*types._defaults_and_overrides) == \
        serialize_part_xml(types._xml)


def test_slide_ids_are_python_pptxs_when_slides_come_from_both(tmp_path):
    def ids(fast: bool):
        prs = open_template(None)
        layouts = find_layouts(prs)
        maker = parts.SlideMaker(prs)
        for n in range(7):
            if n == 3:
                prs.slides.add_slide(layouts.title)
            elif fast:
                maker.add(layouts.title_only)
            else:
                prs.slides.add_slide(layouts.title_only)
        return [s.slide_id for s in prs.slides]

    assert ids(True) == ids(False) == list(range(256, 263))


@pytest.mark.parametrize("enabled", [True, False])
def test_building_leaves_the_garbage_collector_as_it_was(tmp_path, enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        build_briefing(sample_analysis(6), tmp_path / "d.pptx", generated=WHEN)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
