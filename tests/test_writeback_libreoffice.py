"""Staff re-save the master in LibreOffice Calc between runs: the computed sheets are still ours.

LibreOffice drops every ``<sheetPr codeName>`` on save (the first marker) but keeps defined names,
so the splice's hidden marker names (writeback/marks.py) must carry the recognition: the sheets are
replaced in place, never duplicated, and a staff sheet — one with our sheet's name, or a copy of
our sheet that took our sheet-scoped names with it — is never taken for ours. Real LibreOffice
saves and edits (a Basic macro in a private profile copies, deletes, renames and moves sheets);
one module fixture makes them all, in three LibreOffice runs.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import openpyxl
import pytest
from lxml import etree

from builders import MasterSpec, build_master
from render import soffice
from test_writeback_splice import SCORES_V1, SCORES_V2, comparison_values, computed_package, openpyxl_master, parts

from ita_xl.master.reader import read_master
from ita_xl.pipeline import RunOptions, run
from ita_xl.writeback import splice_sheets

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REPO = Path(__file__).parent.parent
OURS = ["เปรียบเทียบ", "ช่องว่าง"]
CMP_AT = 4  # openpyxl_master has four staff sheets; the comparison sheet comes next
MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Jobs
{jobs}
End Sub

Sub Edit(src As String, dst As String, mode As String, at As Integer)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, args())
  sheets = doc.Sheets
  ours = sheets.getByIndex(at).Name
  If mode = "copy" Then
    sheets.copyByName(ours, "CopyOfOurs", sheets.Count)
  ElseIf mode = "copy-delete-rename" Then
    sheets.copyByName(ours, "CopyOfOurs", sheets.Count)
    sheets.removeByName(ours)
    sheets.getByName("CopyOfOurs").Name = ours
  ElseIf mode = "rename-move" Then
    sheets.getByName(ours).Name = "RenamedOurs"
    sheets.moveByName(sheets.getByIndex(0).Name, sheets.Count)
  End If
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "Calc Office Open XML"
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""
EDITS = ("copy", "copy-delete-rename", "rename-move")


# --- LibreOffice, one private profile per module ------------------------------------------
class Office:
    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def _run(self, *args: str) -> None:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{self.profile}", "--headless",
                        "--norestore", *args], check=True, capture_output=True, timeout=300,
                       env={**os.environ, "HOME": str(self.profile)})

    def convert(self, files: Sequence[Path], outdir: Path, fmt: str) -> List[Path]:
        """Open and save ``files`` as staff would (one process); the first run makes the profile."""
        self._run("--convert-to", fmt, "--outdir", str(outdir), *map(str, files))
        out = [outdir / f"{f.stem}.{fmt.split(':')[0]}" for f in files]
        assert all(p.exists() for p in out), f"LibreOffice made none of {out}"
        return out

    def edit(self, jobs: Sequence[Tuple[Path, Path, str, int]]) -> None:
        """Run MACRO's ``Edit(src, dest, mode, sheet index)`` for each job, in one process."""
        module = self.profile / "user" / "basic" / "Standard" / "Module1.xba"
        assert module.exists(), "no Basic library yet: convert something with this profile first"
        calls = "\n".join(f'  Edit("{src}", "{dest}", "{mode}", {at})' for src, dest, mode, at in jobs)
        module.write_text(MACRO.format(jobs=calls), encoding="utf-8")
        self._run("macro:///Standard.Module1.Jobs")
        missing = [dest.name for _, dest, _, _ in jobs if not dest.exists()]
        assert not missing, f"the LibreOffice macro wrote no {missing}"


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Dict[str, Path]:
    """Masters spliced once, then saved by LibreOffice (some after LibreOffice edited them)."""
    if not soffice():
        if os.environ.get("ITA_XL_REQUIRE_OFFICE"):
            pytest.fail("LibreOffice required but not installed")
        pytest.skip("LibreOffice not installed")
    tmp = tmp_path_factory.mktemp("lo-resave")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    office = Office(profile)
    try:
        out = _spliced_once(tmp)
        xlsx = office.convert([out["plain"], out["same-name"], out["pipeline"]], tmp / "lo", "xlsx")
        xlsm = office.convert([out["macro"]], tmp / "lo", "xlsm:Calc MS Excel 2007 VBA XML")
        saved = {"original-plain": out["plain"], "plain": xlsx[0], "same-name": xlsx[1],
                 "pipeline": xlsx[2], "macro": xlsm[0], "pipeline-out": out["pipeline-out"]}
        jobs = [(saved["plain"], tmp / "lo" / f"{mode}.xlsx", mode, CMP_AT) for mode in EDITS]
        office.edit(jobs)
        saved.update({mode: dest for _, dest, mode, _ in jobs})
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return saved


def _spliced_once(tmp: Path) -> Dict[str, Path]:
    out: Dict[str, Path] = {}
    c1 = computed_package(tmp / "c1.xlsx", SCORES_V1)
    (tmp / "plain").mkdir()
    out["plain"] = tmp / "run1-plain.xlsx"
    splice_sheets(openpyxl_master(tmp / "plain"), c1, out["plain"])
    same = build_master(tmp / "same-name-master.xlsx", MasterSpec())
    wb = openpyxl.load_workbook(same)
    wb.create_sheet("ช่องว่าง")["A1"] = "ของเจ้าหน้าที่"
    wb.save(same)
    out["same-name"] = tmp / "run1-same-name.xlsx"
    splice_sheets(same, c1, out["same-name"])
    out["macro"] = tmp / "run1-macro.xlsm"
    splice_sheets(Path(__file__).parent / "data" / "excel-made" / "macro01.xlsm", c1, out["macro"])
    out["pipeline"] = tmp / "run1-pipeline.xlsx"
    shutil.copy(REPO / "workbooks" / "example-master.xlsx", out["pipeline"])
    out["pipeline-out"] = tmp / "pipeline-out"
    run(out["pipeline"], RunOptions(out=out["pipeline-out"]))
    return out


# --- checks ---------------------------------------------------------------------------------
def load(path: Path) -> openpyxl.Workbook:
    """The workbook as openpyxl reads it (an .xlsm without keeping its VBA: only sheets are
    compared, and a kept VBA archive is a zip openpyxl never closes)."""
    return openpyxl.load_workbook(path)


def code_names(path: Path) -> Dict[str, Optional[str]]:
    return {ws.title: ws.sheet_properties.codeName for ws in load(path).worksheets}


def marker_names(path: Path) -> List[etree._Element]:
    root = etree.fromstring(parts(path)["xl/workbook.xml"])
    return [n for n in root.iter(f"{MAIN}definedName") if n.get("name").lower().startswith("_itaxl_")]


def assert_markers_right(path: Path) -> None:
    """Exactly two hidden names per computed sheet, scoped to it and pointing at it; no others."""
    titles = load(path).sheetnames
    expected = set()
    for title, code in code_names(path).items():
        if code and code.startswith("itaxl_") and not code[-1].isdigit():
            ref = "'" + title.replace("'", "''") + "'!$A$1"
            role = code[len("itaxl_"):]
            expected |= {(f"_itaxl_mark_{role}", str(titles.index(title)), ref),
                         (f"_itaxl_sheet_{role}", None, ref)}
    found = marker_names(path)
    assert {(n.get("name"), n.get("localSheetId"), n.text) for n in found} == expected
    assert len(found) == len(expected) and all(n.get("hidden") == "1" for n in found)


def splice_again(src: Path, tmp: Path, **kw):
    dest = tmp / f"run2-{src.name}"
    return splice_sheets(src, computed_package(tmp / "c2.xlsx", SCORES_V2, **kw), dest), dest


# --- tests ------------------------------------------------------------------------------------
def test_libreoffice_drops_code_names_but_keeps_the_marker_names(saved):
    """The premise: what LibreOffice keeps of the markers a splice writes."""
    assert {code_names(saved["original-plain"])[t] for t in OURS} == {"itaxl_comparison", "itaxl_gap"}
    assert not any(code_names(saved["plain"]).values())
    assert not any(code_names(saved["macro"]).values())
    kept = {(n.get("name"), n.get("localSheetId"), n.text) for n in marker_names(saved["plain"])}
    assert ("_itaxl_mark_comparison", str(CMP_AT), "เปรียบเทียบ!$A$1") in kept
    assert ("_itaxl_sheet_gap", None, "ช่องว่าง!$A$1") in kept
    assert all(n.get("hidden") == "false" for n in marker_names(saved["plain"]))  # LO unhides them


@pytest.mark.parametrize("name", ["plain", "macro"])
def test_resaved_sheets_are_replaced_in_place(saved, tmp_path, name):
    resaved = saved[name]
    before = load(resaved).sheetnames
    result, run2 = splice_again(resaved, tmp_path)
    assert result.replaced == OURS and result.renamed == {} and result.removed == []
    assert load(run2).sheetnames == before
    assert comparison_values(run2) == SCORES_V2
    assert {code_names(run2)[t] for t in OURS} == {"itaxl_comparison", "itaxl_gap"}
    assert_markers_right(run2)
    old, new = parts(resaved), parts(run2)
    ours = {n for n in old if n.startswith("xl/worksheets/") and old[n] != new.get(n)}
    assert len(ours) == 2 and set(old) == set(new)  # our two sheet parts, reused; nothing else
    for part, data in old.items():
        if part not in ours and part not in ("xl/workbook.xml", "xl/styles.xml"):
            assert new[part] == data, part
    run3 = tmp_path / f"run3-{resaved.name}"
    splice_sheets(run2, computed_package(tmp_path / "c3.xlsx", SCORES_V2), run3)
    assert parts(run3)["xl/workbook.xml"] == new["xl/workbook.xml"]  # settles again


def test_staff_sheet_with_our_name_is_never_replaced(saved, tmp_path):
    resaved = saved["same-name"]
    staff_part = _part_of(resaved, "ช่องว่าง")
    result, run2 = splice_again(resaved, tmp_path)
    assert result.renamed == {"ช่องว่าง": "ช่องว่าง (ita-xl)"}
    assert result.replaced == ["เปรียบเทียบ", "ช่องว่าง (ita-xl)"]
    wb = openpyxl.load_workbook(run2)
    assert wb.sheetnames == openpyxl.load_workbook(resaved).sheetnames
    assert wb["ช่องว่าง"]["A1"].value == "ของเจ้าหน้าที่"
    assert parts(run2)[staff_part] == parts(resaved)[staff_part]
    assert wb["ช่องว่าง (ita-xl)"]["A2"].value == pytest.approx(round(95 - SCORES_V2[0], 2))
    assert_markers_right(run2)


def test_libreoffice_copy_of_our_sheet_stays_staff(saved, tmp_path):
    """LibreOffice copies our sheet-scoped names onto the copy; the workbook name stays ours."""
    edited = saved["copy"]
    copied = [n.get("localSheetId") for n in marker_names(edited)
              if n.get("name") == "_itaxl_mark_comparison"]
    assert copied == [str(CMP_AT), "6"]  # the copy carries our sheet-scoped name too
    copy_part = _part_of(edited, "CopyOfOurs")
    result, run2 = splice_again(edited, tmp_path)
    assert result.replaced == OURS and result.renamed == {}
    wb = openpyxl.load_workbook(run2)
    assert wb.sheetnames == openpyxl.load_workbook(edited).sheetnames
    assert comparison_values(run2) == SCORES_V2
    assert comparison_values(run2, "CopyOfOurs") == SCORES_V1
    assert parts(run2)[copy_part] == parts(edited)[copy_part]
    assert_markers_right(run2)  # the copy lost our names: it can never be taken for ours later


def test_copy_renamed_after_our_sheet_was_deleted_stays_staff(saved, tmp_path):
    """Our sheet deleted, a copy renamed to its name: same name, our copied local names, still staff."""
    edited = saved["copy-delete-rename"]
    staff = openpyxl.load_workbook(edited).sheetnames
    assert staff[-1] == "เปรียบเทียบ" and "_itaxl_mark_comparison" in \
        {n.get("name") for n in marker_names(edited) if n.get("localSheetId") == str(len(staff) - 1)}
    result, run2 = splice_again(edited, tmp_path)
    assert result.replaced == ["ช่องว่าง"]
    assert result.renamed == {"เปรียบเทียบ": "เปรียบเทียบ (ita-xl)"}
    wb = openpyxl.load_workbook(run2)
    assert wb.sheetnames == staff + ["เปรียบเทียบ (ita-xl)"]
    assert comparison_values(run2) == SCORES_V1  # the staff copy, untouched
    assert comparison_values(run2, "เปรียบเทียบ (ita-xl)") == SCORES_V2
    assert_markers_right(run2)


def test_renamed_and_moved_sheets_are_still_ours(saved, tmp_path):
    """Staff renamed our sheet and moved a staff sheet past ours: names and scopes followed."""
    edited = saved["rename-move"]
    before = openpyxl.load_workbook(edited).sheetnames
    assert before.index("RenamedOurs") == CMP_AT - 1 and before[-1] == "หน่วยงาน"
    result, run2 = splice_again(edited, tmp_path)
    assert result.replaced == ["RenamedOurs", "ช่องว่าง"] and result.renamed == {}
    assert openpyxl.load_workbook(run2).sheetnames == [
        "เปรียบเทียบ" if t == "RenamedOurs" else t for t in before]
    assert comparison_values(run2) == SCORES_V2
    assert_markers_right(run2)
    assert openpyxl.load_workbook(run2).defined_names["TargetScore"].attr_text == "หน่วยงาน!$B$6"


def test_a_sheet_no_longer_computed_takes_its_marker_names_along(saved, tmp_path):
    result, run2 = splice_again(saved["plain"], tmp_path, sheets=("comparison",))
    assert result.replaced == ["เปรียบเทียบ"] and result.removed == ["ช่องว่าง"]
    assert "ช่องว่าง" not in openpyxl.load_workbook(run2).sheetnames
    assert_markers_right(run2)
    assert not [n for n in marker_names(run2) if "gap" in n.get("name")]


def test_reader_and_a_second_ita_xl_run_after_a_libreoffice_save(saved, tmp_path):
    """The user's story: ita-xl run, save in LibreOffice Calc, ita-xl run again."""
    first = read_master(saved["original-plain"])
    assert read_master(saved["plain"]).sheet_names == first.sheet_names
    master = tmp_path / "master.xlsx"
    shutil.copy(saved["pipeline"], master)
    before = openpyxl.load_workbook(master).sheetnames
    assert not any(code_names(master).values())
    result = run(master, RunOptions(out=tmp_path / "out"))
    after = openpyxl.load_workbook(master).sheetnames
    assert after == before and not any("(ita-xl)" in t for t in after)
    assert sorted(result.sheets) == sorted(t for t, c in code_names(master).items()
                                           if (c or "").startswith("itaxl_"))
    assert len(result.sheets) == 4  # comparison, gaps, follow-up, findings
    assert_markers_right(master)


def test_excel_copy_with_our_local_name_stays_staff(tmp_path):
    """Excel copies: the codeName gets a digit, the sheet-scoped name comes along; still staff."""
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    copy = tmp_path / "copy.xlsx"
    _append_sheet(run1, copy, source="เปรียบเทียบ", name="เปรียบเทียบ (2)", code="itaxl_comparison2",
                  names=["_itaxl_mark_comparison", "_itaxl_sheet_comparison"])
    result, run2 = splice_again(copy, tmp_path)
    assert result.replaced == OURS
    assert comparison_values(run2, "เปรียบเทียบ (2)") == SCORES_V1
    assert comparison_values(run2) == SCORES_V2
    assert_markers_right(run2)


def test_stale_workbook_name_never_claims_a_same_named_staff_sheet(tmp_path):
    """A tool that deleted our sheet left the workbook name; the new same-named sheet lacks the rest."""
    master = build_master(tmp_path / "m.xlsx", MasterSpec())
    run1 = tmp_path / "r1.xlsx"
    splice_sheets(master, computed_package(tmp_path / "c1.xlsx"), run1)
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(run1) as zin, zipfile.ZipFile(stale, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb'<definedName name="_itaxl_mark_comparison"[^>]*>[^<]*</definedName>',
                              b"", data)
            elif b'codeName="itaxl_comparison"' in data:
                data = data.replace(b' codeName="itaxl_comparison"', b"")
            zout.writestr(info, data)
    result, run2 = splice_again(stale, tmp_path)
    assert result.replaced == ["ช่องว่าง"]
    assert result.renamed == {"เปรียบเทียบ": "เปรียบเทียบ (ita-xl)"}
    assert comparison_values(run2) == SCORES_V1
    assert comparison_values(run2, "เปรียบเทียบ (ita-xl)") == SCORES_V2
    assert_markers_right(run2)


def _part_of(path: Path, title: str) -> str:
    """The zip name of worksheet ``title``."""
    book = parts(path)
    root = etree.fromstring(book["xl/workbook.xml"])
    rid = next(s.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
               for s in root.iter(f"{MAIN}sheet") if s.get("name") == title)
    rels = etree.fromstring(book["xl/_rels/workbook.xml.rels"])
    target = next(r.get("Target") for r in rels if r.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def _append_sheet(src: Path, dest: Path, source: str, name: str, code: str, names: List[str]) -> None:
    """``src`` plus a copy of sheet ``source`` the way Excel makes one, with its local names."""
    book = parts(src)
    text = book["xl/workbook.xml"].decode()
    count = text.count("<sheet ")
    part = f"xl/worksheets/sheet{count + 1}.xml"
    sheet = book[_part_of(src, source)].decode()
    sheet = re.sub(r'codeName="[^"]*"', f'codeName="{code}"', sheet).replace(' tabSelected="1"', "")
    ref = "'" + name + "'!$A$1"
    text = text.replace("</sheets>", f'<sheet name="{name}" sheetId="{count + 1}" r:id="rId99" '
                        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
                        "</sheets>")
    local = "".join(f'<definedName name="{n}" localSheetId="{count}" hidden="1">{ref}</definedName>'
                    for n in names)
    text = text.replace("</definedNames>", local + "</definedNames>")
    book["xl/workbook.xml"] = text.encode()
    book["xl/_rels/workbook.xml.rels"] = book["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{count + 1}.xml"/>'
        "</Relationships>".encode())
    book["[Content_Types].xml"] = book["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'.encode())
    book[part] = sheet.encode()
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for entry, data in book.items():
            zout.writestr(entry, data)
