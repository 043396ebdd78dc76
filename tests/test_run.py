"""`ita-xl run` end to end on real masters: write-back, backups, outputs, errors and drafts."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from ita_xl.cli import cli
from ita_xl.master.reader import read_master
from ita_xl.pipeline import RunOptions, run

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
SEED = REPO / "workbooks" / "seed-memo-2565.xlsx"


def parts(path: Path) -> dict:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def staff_parts(path: Path) -> dict:
    """Parts the tool never writes: not workbook.xml, its rels, content types and styles it
    edits, nor computed sheets of an earlier run (README's first command runs on the example)."""
    edited = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml",
              "xl/styles.xml", "docProps/app.xml"}
    return {k: v for k, v in parts(path).items()
            if k not in edited and b'codeName="itaxl_' not in v}


@pytest.fixture
def example(tmp_path):
    dest = tmp_path / "master.xlsx"
    shutil.copy(EXAMPLE, dest)
    return dest


def codenames(path: Path) -> dict:
    wb = openpyxl.load_workbook(path)
    return {ws.title: ws.sheet_properties.codeName for ws in wb.worksheets}


def test_run_writes_sheets_backup_and_outputs(example, tmp_path):
    original = staff_parts(example)
    result = CliRunner().invoke(cli, ["run", str(example)])
    assert result.exit_code == 0, result.output
    names = codenames(example)
    ours = [t for t, c in names.items() if (c or "").startswith("itaxl_")]
    assert len(ours) == 4  # comparison, gaps, follow-up, findings
    for title in ours:
        assert title in result.output
    after = staff_parts(example)
    for name, data in original.items():
        assert after[name] == data, name
    backups = list((tmp_path / ".ita-xl" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].read_bytes() == EXAMPLE.read_bytes()
    out = tmp_path / "ita-xl-output"
    produced = sorted(p.name for p in out.iterdir())
    year = read_master(EXAMPLE).agency.fiscal_year.value
    assert any(p.endswith("-briefing.pptx") and f"ITA-{year}-" in p for p in produced)
    assert any(p.endswith("-summary.xlsx") for p in produced)


def test_second_run_changes_nothing_but_the_computed_sheets(example, tmp_path):
    cached = openpyxl.load_workbook(example, data_only=True)["หมายเหตุ"]["B1"].value
    assert isinstance(cached, float)
    run(example, RunOptions(out=tmp_path / "out"))
    first = parts(example)
    run(example, RunOptions(out=tmp_path / "out"))
    second = parts(example)
    assert first.keys() == second.keys()
    for name in first:
        if "worksheets/sheet" in name and name in second:
            continue  # computed sheets carry the run's date
        assert first[name] == second[name], name
    # staff formula still reads its cached value
    wb = openpyxl.load_workbook(example, data_only=True)
    assert wb["หมายเหตุ"]["B1"].value == cached


def test_errors_write_only_the_findings_sheet_and_exit_one(tmp_path):
    seed = tmp_path / "seed.xlsx"
    shutil.copy(SEED, seed)
    result = CliRunner().invoke(cli, ["run", str(seed), "--lang", "en"])
    assert result.exit_code == 1, result.output
    ours = {t: c for t, c in codenames(seed).items() if (c or "").startswith("itaxl_")}
    assert list(ours.values()) == ["itaxl_findings"]
    assert not (tmp_path / "ita-xl-output").exists()
    assert "No analysis" in result.output


def test_allow_errors_marks_every_output_as_draft(tmp_path):
    seed = tmp_path / "seed.xlsx"
    shutil.copy(SEED, seed)
    result = run(seed, RunOptions(allow_errors=True, lang="en"))
    assert result.exit_code == 1 and result.draft
    assert len(result.outputs) == 2
    from pptx import Presentation

    deck = Presentation(str(next(p for p in result.outputs if p.suffix == ".pptx")))
    for slide in deck.slides:
        texts = " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
        assert "DRAFT" in texts
    wb = openpyxl.load_workbook(seed)
    for title, code in codenames(seed).items():
        if (code or "").startswith("itaxl_"):
            ws = wb[title]
            cells = " ".join(str(c.value) for row in ws.iter_rows(max_row=3) for c in row if c.value)
            assert "DRAFT" in cells or "DRAFT" in (ws.oddHeader.center.text or "")


def test_problems_with_the_outputs_stop_the_run_before_the_master_is_touched(example, tmp_path):
    before = example.read_bytes()
    bad_template = tmp_path / "template.pptx"
    bad_template.write_text("not a deck")
    result = CliRunner().invoke(cli, ["run", str(example), "--template", str(bad_template)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert example.read_bytes() == before
    out = tmp_path / "ita-xl-output"
    run(example, RunOptions(out=out))
    after_first = example.read_bytes()
    deck = next(out.glob("*-briefing.pptx"))
    (out / ("~$" + deck.name)).write_bytes(b"lock")  # the deck is open in PowerPoint
    result = CliRunner().invoke(cli, ["run", str(example), "--out", str(out), "--lang", "en"])
    assert result.exit_code == 2 and "close the file" in result.output
    assert example.read_bytes() == after_first
