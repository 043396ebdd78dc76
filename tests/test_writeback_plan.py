"""The splice as a pure plan (plan.py), written in one pass (apply.py).

A plan says what each zip entry of the master becomes; making one writes nothing, and applying it
copies every kept entry with the same bytes and zip metadata.
"""
from __future__ import annotations

import zipfile

from builders import MasterSpec, build_master
from test_writeback_splice import SCORES_V2, computed_package, parts

from ita_xl.writeback import splice_sheets
from ita_xl.writeback.apply import apply_plan
from ita_xl.writeback.package import Package
from ita_xl.writeback.plan import ADD, KEEP, REMOVE, REPLACE, plan_splice

EDITED = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"}


def _actions(plan):
    return {e.name: e.action for e in plan.entries}


def test_first_plan_keeps_staff_parts_edits_four_and_adds_the_sheets(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    before = sorted(p.name for p in tmp_path.iterdir())
    plan = plan_splice(Package(master), Package(computed_package(tmp_path / "c.xlsx")))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + ["c.xlsx"])  # pure
    actions = _actions(plan)
    assert {n for n, a in actions.items() if a == REPLACE} == EDITED
    added = {n for n, a in actions.items() if a == ADD}
    assert len(added) == 2 and all(n.startswith("xl/worksheets/sheet") for n in added)
    assert not plan.names(REMOVE)
    assert [n for n in actions if actions[n] != ADD] == zipfile.ZipFile(master).namelist()
    assert plan.result.sheets == ["เปรียบเทียบ", "ช่องว่าง"]


def test_second_plan_replaces_the_sheets_where_they_stand(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    first = plan_splice(Package(master), Package(computed_package(tmp_path / "c1.xlsx")))
    apply_plan(first, run1)
    plan = plan_splice(Package(run1), Package(computed_package(tmp_path / "c2.xlsx", SCORES_V2)))
    actions = _actions(plan)
    assert not plan.names(ADD) and not plan.names(REMOVE)
    replaced = set(plan.names(REPLACE))
    assert set(first.names(ADD)) <= replaced <= set(first.names(ADD)) | EDITED
    assert all(actions[n] == KEEP for n in parts(master) if n not in replaced)


def test_a_sheet_no_longer_computed_is_planned_for_removal(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    plan = plan_splice(Package(run1), Package(computed_package(tmp_path / "c2.xlsx",
                                                               sheets=("comparison",))))
    removed = plan.names(REMOVE)
    assert len(removed) == 1 and removed[0].startswith("xl/worksheets/sheet")
    assert plan.result.removed == ["ช่องว่าง"]


def test_apply_copies_kept_entries_with_their_metadata(tmp_path):
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    plan = plan_splice(Package(master), Package(computed_package(tmp_path / "c.xlsx")))
    out = tmp_path / "out.xlsx"
    apply_plan(plan, out)
    with zipfile.ZipFile(master) as zin, zipfile.ZipFile(out) as zout:
        for name in plan.names(KEEP):
            a, b = zin.getinfo(name), zout.getinfo(name)
            assert zin.read(name) == zout.read(name)
            assert (a.date_time, a.compress_type, a.external_attr) == \
                (b.date_time, b.compress_type, b.external_attr)
        for entry in plan.entries:
            if entry.action in (REPLACE, ADD):
                assert zout.read(entry.name) == entry.data
        assert zout.testzip() is None
