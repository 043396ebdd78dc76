"""The command line: exit codes, JSON parity with the library, help, unusable input, encodings."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import MasterSpec, build_master
from ita_xl import __version__
from ita_xl.cli import cli
from ita_xl.pipeline import validate_workbook

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
SEED = REPO / "workbooks" / "seed-memo-2565.xlsx"


def invoke(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("command", ["validate", "run"])
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"ita-xl {command}" in result.output


def test_validate_clean_example_exits_zero_in_thai():
    result = invoke("validate", EXAMPLE)
    assert result.exit_code == 0, result.output
    assert "ไม่พบข้อผิดพลาด" in result.output
    assert "สรุป: ข้อผิดพลาด 0 รายการ" in result.output


def test_validate_seed_memo_reports_its_mistakes_and_exits_one():
    result = invoke("validate", SEED, "--lang", "en")
    assert result.exit_code == 1
    assert "Summary:" in result.output
    codes = {f["code"] for f in json.loads(invoke("validate", SEED, "--format", "json").output)["findings"]}
    assert {"grade-mismatch", "overall-outside-range"} <= codes


@pytest.mark.parametrize("lang", ["th", "en"])
def test_json_output_equals_library_to_dict(lang, tmp_path):
    path = build_master(tmp_path / "m.xlsx", MasterSpec(scores={
        2564: [88.1, 80.25, 90.4, 79.95, 84.3, 89.75, 86.1, 83.2, 78.5, 81.0],
        2565: [90.35, "ดี", 92.15, 83.4, 88.05, 91.2, 88.45, 85.9, 86.25, 88.5],
        2566: [93.8, 89.15, 94.6, 88.7, 91.35, 93.4, 90.05, 84.1, 92.75, 96.0]}))
    result = invoke("validate", path, "--format", "json", "--lang", lang)
    assert result.exit_code == 1
    assert json.loads(result.output) == validate_workbook(path).to_dict(lang)
    finding = next(f for f in json.loads(result.output)["findings"]
                   if f["code"] == "score-not-a-number")
    assert finding["sheet"] == "คะแนนตัวชี้วัด" and finding["cell"] == "D3"


@pytest.mark.parametrize("make, expected", [
    (lambda p: p, "ไม่พบไฟล์"),
    (lambda p: (p.mkdir(), p)[1], "โฟลเดอร์"),
    (lambda p: (p.write_bytes(b""), p)[1], "ว่างเปล่า"),
    (lambda p: (p.write_text("a,b\n1,2\n"), p)[1], ".xlsx"),
])
def test_unusable_input_exits_two_with_one_clear_sentence(tmp_path, make, expected):
    path = make(tmp_path / "bad.xlsx")
    for command in ("validate", "run"):
        result = CliRunner().invoke(cli, [command, str(path)])
        assert result.exit_code == 2, result.output
        assert expected in result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_run_refuses_a_master_open_in_excel(tmp_path):
    master = build_master(tmp_path / "master.xlsx")
    (tmp_path / "~$master.xlsx").write_bytes(b"lock")
    before = digest(master)
    result = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    assert result.exit_code == 2
    assert "close the file in Excel and run again" in result.output
    assert digest(master) == before
    assert not (tmp_path / "ita-xl-output").exists()


def test_installed_command_and_python_dash_m(tmp_path):
    """`python -m ita_xl` from this checkout, and the `ita-xl` that pip installed, as it is
    (README's test command installs first, so in CI it is this checkout's code)."""
    exe = shutil.which("ita-xl")
    if exe is None and os.environ.get("CI"):
        pytest.fail("ita-xl is not installed: run README's test command")
    runs = [([sys.executable, "-m", "ita_xl"], {**os.environ, "PYTHONPATH": str(REPO)})]
    if exe:
        runs.append(([exe], {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}))
    for command, env in runs:
        for args in (["--version"], ["validate", str(EXAMPLE), "--format", "json"]):
            proc = subprocess.run(command + args, capture_output=True, text=True,
                                  encoding="utf-8", cwd=tmp_path, env=env)
            assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["counts"]["error"] == 0


def test_new_writes_an_empty_master_that_reads_and_never_overwrites(tmp_path):
    dest = tmp_path / "mine.xlsx"
    result = invoke("new", dest)
    assert result.exit_code == 0 and dest.exists()
    wb = __import__("openpyxl").load_workbook(dest)
    assert {"หน่วยงาน", "คะแนนตัวชี้วัด", "ผลการประเมิน", "มาตรการ"} <= set(wb.sheetnames)
    before = digest(dest)
    again = CliRunner().invoke(cli, ["new", str(dest)])
    assert again.exit_code == 2 and "ไม่เขียนทับ" in again.output
    assert digest(dest) == before
    checked = validate_workbook(dest)  # an empty master reads; its findings say what to fill in
    assert "agency-key-missing" in checked.report.codes()


def test_thai_output_does_not_crash_on_an_ascii_console(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0", "LC_ALL": "C",
           "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "ita_xl", "validate", str(SEED)],
                          capture_output=True, env=env, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert b"grade-mismatch" in proc.stdout
