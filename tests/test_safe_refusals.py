"""Issue 9: a refused write leaves nothing behind (no backup, no output folder, no temp file); a
save by another program in the last instant before the replace is kept; report and progress say
what was and was not written when something unexpected stops them."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import MasterSpec, build_master, example_staff_sheets, other_program_saves
from click.testing import CliRunner
from proc import REPO, command, environment, run_to_files
from test_writeback_robust import MUTATIONS
from test_writeback_splice import computed_package, parts

from ita_xl import errors, exchange, safewrite
from ita_xl.cli import cli
from ita_xl.journal import Journal
from ita_xl.pipeline import run
from ita_xl.writeback import splice_sheets

EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX pause hook and signals")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mutated(folder: Path, mutation: str) -> Path:
    """A valid master (it validates without errors) whose package the splice must refuse."""
    folder.mkdir()
    built = build_master(folder / "built.xlsx", MasterSpec())
    data = parts(built)
    built.unlink()
    MUTATIONS[mutation](data)
    master = folder / "master.xlsx"
    with zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in data.items():
            zf.writestr(name, content)
    return master


def _said(output: str):
    """The lines a user reads, without the progress lines (they end with '…')."""
    return [line for line in output.strip().splitlines() if not line.endswith("…")]


def test_the_builder_master_writes_outputs(tmp_path):
    """The refusal tests below would prove nothing if this master never got as far as outputs."""
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    ran = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    assert ran.exit_code == 0, ran.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ita-xl", "ita-xl-output", "master.xlsx"]


# each kind of refusal of the write-back: an unknown namespace or layout, XML that is not
# well-formed, and a spliced package that the verify step doubts (a relationship to nowhere)
REFUSALS = {"strict-namespace": "its part xl/workbook.xml", "beta-namespace": "xl/workbook.xml",
            "types-other-namespace": "[Content_Types].xml", "rels-other-namespace": "workbook.xml.rels",
            "rels-target-missing": "the result failed"}


@pytest.mark.parametrize("mutation", sorted(REFUSALS))
def test_a_refused_write_back_leaves_nothing(tmp_path, mutation):
    master = _mutated(tmp_path / "m", mutation)
    before = _sha(master)
    ran = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    said = _said(ran.output)
    assert ran.exit_code == 2, ran.output
    assert len(said) == 1 and "left exactly as it was" in said[0], said
    assert REFUSALS[mutation] in said[0]
    assert _sha(master) == before
    assert sorted(p.name for p in master.parent.iterdir()) == ["master.xlsx"]  # no backup, no output


def test_a_foreign_workbook_in_the_beta_layout_is_refused_leaving_nothing(tmp_path):
    """apache-sample-beta's layout (workbook.xml in the Excel 2007 beta namespace) on a real
    foreign package: apache-47889 with the example master's sheets grafted on, as
    test_writeback_corpus builds it; the real command refuses and leaves no trace."""
    from ita_xl.writeback import add_foreign_sheets

    example_staff_sheets(tmp_path / "staff.xlsx")
    add_foreign_sheets(REPO / "tests" / "data" / "foreign" / "apache-47889.xlsx",
                       tmp_path / "staff.xlsx", tmp_path / "grafted.xlsx")
    folder = tmp_path / "m"
    folder.mkdir()
    master = folder / "master.xlsx"
    with zipfile.ZipFile(tmp_path / "grafted.xlsx") as zin, \
            zipfile.ZipFile(master, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    b"http://schemas.microsoft.com/office/excel/2006/2")
            zout.writestr(item, data)
    before = _sha(master)
    ran = run_to_files(["run", master, "--lang", "en"], tmp_path / "o")
    said = _said(ran.text("utf-8"))
    assert ran.code == 2 and len(said) == 1 and "left exactly as it was" in said[0], said
    assert _sha(master) == before
    assert sorted(p.name for p in folder.iterdir()) == ["master.xlsx"]


@pytest.mark.parametrize("mutation", ["beta-namespace", "rels-target-missing"])
def test_a_refused_progress_leaves_nothing(tmp_path, mutation):
    master = _mutated(tmp_path / "m", mutation)
    before = _sha(master)
    ran = run_to_files(["progress", master, "--as-of", "2027-04-01", "--lang", "en"],
                       tmp_path / "o")
    said = _said(ran.text("utf-8"))
    assert ran.code == 2, said
    assert len(said) == 1 and "left exactly as it was" in said[0] and "Traceback" not in said[0]
    assert _sha(master) == before
    assert sorted(p.name for p in master.parent.iterdir()) == ["master.xlsx"]


@pytest.mark.parametrize("lock", ["~$master.xlsx", "~$ster.xlsx", ".~lock.master.xlsx#"])
def test_a_lock_leaves_nothing(tmp_path, lock):
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    (tmp_path / lock).write_text("someone,pc;", encoding="utf-8")
    before = _sha(master)
    ran = run_to_files(["run", master, "--lang", "en"], tmp_path / "o")
    said = _said(ran.text("utf-8"))
    assert ran.code == 2 and len(said) == 1 and lock in said[0], said
    assert _sha(master) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["master.xlsx", lock, "o"])


def test_a_save_found_before_the_backup_leaves_nothing(tmp_path):
    """Another program saves while the sheets are built (after the read, before the backup)."""
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    theirs = []

    def progress(key: str, **_params) -> None:
        if key == "progress-writing-master":
            theirs.append(other_program_saves(master))

    journal = Journal()
    with pytest.raises(errors.MasterChangedEarly):
        run(master, progress=progress, journal=journal)
    assert master.read_bytes() == theirs[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["master.xlsx"]
    assert journal.backup is None and not journal.master_replaced and journal.written == []


def test_older_backups_are_pruned_only_when_the_master_is_replaced(tmp_path):
    master = _mutated(tmp_path / "m", "strict-namespace")
    kept = [safewrite.backup(master, keep=2) for _ in range(2)]
    ran = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    assert ran.exit_code == 2
    assert safewrite.backups(master) == kept


# --- a save by another program in the last instant (between the last check and the move) -----

def _excel_style_save(master: Path) -> bytes:
    """Excel and LibreOffice: the new file is written beside and renamed over the master."""
    wb = openpyxl.load_workbook(master)
    wb["หน่วยงาน"]["B9"] = "บันทึกโดย Excel"
    temp = master.with_name("excel-temp.tmp")
    wb.save(temp)
    os.replace(temp, master)
    return master.read_bytes()


def _in_place_save(master: Path) -> bytes:
    """A program that rewrites the open file itself."""
    wb = openpyxl.load_workbook(master)
    wb["หน่วยงาน"]["B9"] = "เขียนทับในไฟล์เดิม"
    other = master.with_name("other.bin")
    wb.save(other)
    data = other.read_bytes()
    other.unlink()
    with open(master, "r+b") as fh:
        fh.write(data)
        fh.truncate()
    return data


@posix_only
@pytest.mark.skipif(not exchange.available(), reason="no atomic exchange on this system")
@pytest.mark.parametrize("save", [_excel_style_save, _in_place_save], ids=["excel", "in-place"])
def test_a_save_in_the_race_window_is_kept(tmp_path, save):
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    gate = tmp_path / "gate"
    gate.mkdir()
    child = subprocess.Popen(command() + ["run", str(master), "--lang", "en"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=environment(**{safewrite.PAUSE_IN_WINDOW_ENV: f"dir:{gate}"}))
    try:
        deadline = 300
        while not (gate / "window-paused-1").exists() and child.poll() is None and deadline:
            subprocess.run(["sleep", "0.01"])
            deadline -= 0.01
        assert child.poll() is None, child.communicate()
        theirs = save(master)  # after every check ita-xl makes before the move
        (gate / "window-go-1").touch()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:  # pragma: no cover
            child.kill()
    said = (out + err).decode("utf-8")
    assert child.returncode == 2, said
    assert master.read_bytes() == theirs  # the other program's save is the master
    found = re.search(r"that save was kept as it is and ita-xl's result was saved as (.+?\.xlsx);",
                      said)
    assert found, said
    beside = Path(found.group(1))
    assert beside.parent == tmp_path and "Traceback" not in said
    theirs_sheets = openpyxl.load_workbook(master, read_only=True).sheetnames
    ours_sheets = openpyxl.load_workbook(beside, read_only=True).sheetnames
    assert "ITA-Comparison" in ours_sheets and "ITA-Comparison" not in theirs_sheets
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(safewrite.TEMP_PREFIX)]
    assert not (tmp_path / "ita-xl-output").exists()


@pytest.mark.skipif(not exchange.available(), reason="no atomic exchange on this system")
def test_a_swap_back_that_fails_says_where_each_file_is(tmp_path, monkeypatch):
    """Another program saves in the window and the swap back then fails (the folder became
    read-only, say): the message must say that ita-xl's result IS the master now and where the
    other save is — never that the master was left alone."""
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    snapshot = safewrite.Snapshot.take(master)
    real, calls, theirs = exchange.exchange, [], []

    def racing(a, b):
        calls.append((a, b))
        if len(calls) == 1:
            theirs.append(_excel_style_save(master))  # lands right before the swap
            return real(a, b)
        raise PermissionError(13, "Permission denied", str(b))

    monkeypatch.setattr(exchange, "exchange", racing)
    journal = Journal()
    with pytest.raises(errors.MasterChangedSwapped) as caught:
        safewrite.replace_master(master, lambda dest: splice_sheets(master, computed, dest),
                                 snapshot=snapshot, journal=journal)
    other = Path(caught.value.params["other"])
    assert other.read_bytes() == theirs[0] and other.parent == tmp_path
    assert "เปรียบเทียบ" in openpyxl.load_workbook(master, read_only=True).sheetnames
    assert journal.master_replaced and journal.backup.exists()
    message = caught.value.message("en")
    assert f"{master} is now ita-xl's result and the other program's save is at {other}" in message
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(safewrite.TEMP_PREFIX)]


def test_without_an_exchange_the_replace_falls_back(tmp_path, monkeypatch):
    """Where the system has no exchange, os.replace moves the new master in (the residual window
    is documented in safewrite's docstring)."""
    monkeypatch.setattr(exchange, "_RENAMEAT2", None)
    master = build_master(tmp_path / "master.xlsx", MasterSpec())
    computed = computed_package(tmp_path / "c.xlsx")
    journal = Journal()
    safewrite.replace_master(master, lambda dest: splice_sheets(master, computed, dest),
                             snapshot=safewrite.Snapshot.take(master), journal=journal)
    assert journal.master_replaced and journal.kept_beside is None
    assert "เปรียบเทียบ" in openpyxl.load_workbook(master, read_only=True).sheetnames


@pytest.mark.skipif(not exchange.available(), reason="no atomic exchange on this system")
def test_exchange_swaps_two_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"A")
    b.write_bytes(b"B")
    assert exchange.exchange(a, b)
    assert (a.read_bytes(), b.read_bytes()) == (b"B", b"A")
    with pytest.raises(FileNotFoundError):
        exchange.exchange(a, tmp_path / "missing")


# --- report and progress: an unexpected failure says what was and was not written -------------

def test_a_failure_in_progress_says_the_master_was_written(tmp_path, monkeypatch):
    import ita_xl.report as report

    def broken(*_args, **_kwargs):
        raise RuntimeError("writer broke")

    monkeypatch.setattr(report, "build_progress_doc", broken)
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    before = _sha(master)
    ran = CliRunner().invoke(cli, ["progress", str(master), "--as-of", "2027-04-01", "--lang", "en"])
    said = _said(ran.output)
    assert ran.exit_code == 3, ran.output
    assert "Traceback" not in ran.output
    assert said[0] == "Internal error (RuntimeError: writer broke) — please report it with the file " \
                      "and this message."
    assert f"The master {master} was replaced, completely written." in said
    backup = safewrite.backups(master)[-1]
    assert f"A backup of the master as it was before this run is at {backup}." in said
    assert _sha(backup) == before and _sha(master) != before
    assert re.fullmatch(r"Not written: .*-progress-2027-04-01\.docx\.", said[-1]), said


def test_a_failure_in_report_says_nothing_was_written(tmp_path, monkeypatch):
    import ita_xl.report as report

    def broken(*_args, **_kwargs):
        raise RuntimeError("writer broke")

    monkeypatch.setattr(report, "build_report_doc", broken)
    master = Path(shutil.copy(EXAMPLE, tmp_path / "master.xlsx"))
    ran = CliRunner().invoke(cli, ["report", str(master), "--lang", "en"])
    said = _said(ran.output)
    assert ran.exit_code == 3 and "Traceback" not in ran.output, ran.output
    assert said[0].startswith("Internal error (RuntimeError: writer broke)")
    assert re.fullmatch(r"Not written: .*-report\.docx\.", said[-1]), said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["master.xlsx"]  # the folder went again
