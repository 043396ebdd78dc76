"""Every report on a Thai Windows console (cp874) and an ASCII one, output redirected to files.

The real ``ita-xl`` command runs in a subprocess with PYTHONIOENCODING=cp874, its stdout and
stderr going to files. Each output must decode strictly in that code page, hold no traceback,
and say exactly what the UTF-8 run says with only the characters cp874 lacks degraded
(``·`` -> ``-``, ``−`` -> ``-``).
"""
from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from builders import MasterSpec, build_master
from proc import REPO, run_to_files
from test_cli_unusable import (make_encrypted, make_no_sheets, make_text, make_truncated,
                               make_xls)

from ita_xl.console import degrade

EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
SEED = REPO / "workbooks" / "seed-memo-2565.xlsx"
STAMP = re.compile(r"\d{8}-\d{6}-\d{6}")


def _same_modulo_degrading(ran_cp874, ran_utf8, json_out: bool = False) -> None:
    """cp874 output == UTF-8 output with what cp874 lacks degraded; times of backups aside.

    JSON keeps its data instead: what cp874 lacks becomes a \\u escape, so the parsed documents
    are equal."""
    assert ran_cp874.code == ran_utf8.code
    pairs = [(ran_cp874.err, ran_utf8.err)]
    if json_out:
        assert json.loads(STAMP.sub("T", ran_cp874.out.decode("cp874"))) == \
            json.loads(STAMP.sub("T", ran_utf8.out.decode("utf-8")))
    else:
        pairs.append((ran_cp874.out, ran_utf8.out))
    for cp_bytes, utf_bytes in pairs:
        expected = degrade(STAMP.sub("T", utf_bytes.decode("utf-8")), "cp874")
        assert STAMP.sub("T", cp_bytes.decode("cp874")) == expected


def _copy(src: Path, folder: Path, name: str = "master.xlsx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(src, folder / name))


def test_degrade_maps_what_cp874_lacks_and_keeps_thai():
    assert degrade("สรุป: 1 · 2 − 3 … “ก” ✓", "cp874") == "สรุป: 1 - 2 - 3 … “ก” ✓".replace(
        "✓", "v")
    assert degrade("ก · − … “x” é ✓", "ascii") == '? - - ... "x" e v'
    assert degrade("plain", "utf-8") == "plain"


@pytest.mark.parametrize("args", [["--lang", "th"], ["--lang", "en"], ["--format", "json"]],
                         ids=["th", "en", "json"])
def test_validate_prints_every_finding_on_cp874(tmp_path, args):
    """The seed memo has findings of every kind (and their · and −)."""
    cp = run_to_files(["validate", SEED, *args], tmp_path / "cp874", "cp874")
    utf = run_to_files(["validate", SEED, *args], tmp_path / "utf8", "utf-8")
    assert cp.code == 1 and b"Traceback" not in cp.err, cp.err
    assert "·".encode() in utf.out or "json" in args  # the degrading is really exercised
    _same_modulo_degrading(cp, utf, json_out="json" in args)
    if "json" in args:
        assert "คะแนนตัวชี้วัด" in cp.out.decode("cp874")  # Thai stays Thai, not escapes


@pytest.mark.parametrize("args", [[], ["--lang", "en"], ["--format", "json"]],
                         ids=["th", "en", "json"])
def test_run_prints_its_report_on_cp874_and_writes_everything(tmp_path, args):
    cp_master = _copy(EXAMPLE, tmp_path / "a")
    utf_master = _copy(EXAMPLE, tmp_path / "b")
    cp = run_to_files(["run", cp_master.name, *args], tmp_path / "cp874", "cp874",
                      cwd=cp_master.parent)
    utf = run_to_files(["run", utf_master.name, *args], tmp_path / "utf8", "utf-8",
                       cwd=utf_master.parent)
    assert cp.code == 0, cp.text("cp874")
    _same_modulo_degrading(cp, utf, json_out="json" in args)
    text = cp.text("cp874")
    assert "Traceback" not in text
    assert ("ITA-" in text) and (cp_master.parent / "ita-xl-output").is_dir()
    assert len(list((cp_master.parent / "ita-xl-output").iterdir())) == 2
    assert any(name.startswith("ITA-") for name in
               openpyxl.load_workbook(cp_master, read_only=True).sheetnames)


def test_run_with_findings_on_cp874(tmp_path):
    master = _copy(SEED, tmp_path / "m", "seed.xlsx")
    cp = run_to_files(["run", master], tmp_path / "cp874", "cp874")
    assert cp.code == 1 and "Traceback" not in cp.text("cp874")
    assert "-" in cp.out.decode("cp874") and "·" not in cp.out.decode("cp874")


def test_new_and_its_refusal_on_cp874(tmp_path):
    dest = tmp_path / "ใหม่.xlsx"
    first = run_to_files(["new", dest], tmp_path / "1", "cp874")
    assert first.code == 0 and dest.exists() and str(dest) in first.text("cp874")
    again = run_to_files(["new", dest], tmp_path / "2", "cp874")
    assert again.code == 2 and "ไม่เขียนทับ" in again.text("cp874")


def _locked_excel(tmp: Path) -> Path:
    master = build_master(tmp / "master.xlsx", MasterSpec())
    (tmp / "~$master.xlsx").write_bytes(b"\x07someone")
    return master


def _locked_office(tmp: Path) -> Path:
    master = build_master(tmp / "master.xlsx", MasterSpec())
    (tmp / ".~lock.master.xlsx#").write_text("สมชาย ใจดี,host,/home/s,05.12.2026 10:00,file;",
                                             encoding="utf-8")
    return master


def _missing(tmp: Path) -> Path:
    return tmp / "ไม่มี.xlsx"


def _folder(tmp: Path) -> Path:
    (tmp / "โฟลเดอร์.xlsx").mkdir()
    return tmp / "โฟลเดอร์.xlsx"


def _empty(tmp: Path) -> Path:
    (tmp / "ว่าง.xlsx").write_bytes(b"")
    return tmp / "ว่าง.xlsx"


ERRORS = [_missing, _folder, _empty, make_text, make_xls, make_encrypted, make_truncated,
          make_no_sheets, _locked_excel, _locked_office]


@pytest.mark.parametrize("make", ERRORS, ids=[m.__name__.strip("_") for m in ERRORS])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_refusal_is_one_sentence_on_cp874(tmp_path, make, lang):
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    cp = run_to_files(["run", path, "--lang", lang], tmp_path / "cp874", "cp874")
    utf = run_to_files(["run", path, "--lang", lang], tmp_path / "utf8", "utf-8")
    assert cp.code == 2
    _same_modulo_degrading(cp, utf)
    said = [line for line in cp.text("cp874").splitlines()
            if not line.startswith(("Reading and checking", "กำลังอ่าน"))]
    assert len(said) == 1, said
    assert "Traceback" not in said[0]
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / ".ita-xl").exists() and not (tmp_path / "ita-xl-output").exists()


def test_bad_template_is_refused_on_cp874(tmp_path):
    master = _copy(EXAMPLE, tmp_path)
    before = master.read_bytes()
    (tmp_path / "แม่แบบ.pptx").write_text("not a deck", encoding="utf-8")
    cp = run_to_files(["run", master, "--template", tmp_path / "แม่แบบ.pptx"], tmp_path / "o",
                      "cp874")
    assert cp.code == 2 and "Traceback" not in cp.text("cp874")
    assert master.read_bytes() == before


CRASH_IN_DECK = """
import sys
import ita_xl.briefing
def boom(*args, **kwargs):
    raise RuntimeError("deck writer failed · on purpose")
ita_xl.briefing.build_briefing = boom
from ita_xl.__main__ import main
sys.argv = ["ita-xl"] + sys.argv[1:]
main()
"""


def test_an_unexpected_failure_says_what_was_written_and_what_not(tmp_path):
    """The master is already replaced and the summary written when the deck writer fails: the
    message must say so (never "the master was not overwritten") and name the backup."""
    import subprocess
    import sys

    from proc import environment

    master = _copy(EXAMPLE, tmp_path / "m")
    before = master.read_bytes()
    with open(tmp_path / "out", "wb") as out, open(tmp_path / "err", "wb") as err:
        code = subprocess.run([sys.executable, "-c", CRASH_IN_DECK, "run", str(master), "--lang",
                               "en"], stdout=out, stderr=err, env=environment("cp874")).returncode
    said = (tmp_path / "err").read_bytes().decode("cp874")
    assert code == 3, said
    assert "Traceback" not in said and "deck writer failed - on purpose" in said
    assert "not overwritten" not in said
    assert f"The master {master} was replaced, completely written." in said
    backup = re.search(r"as it was before this run is at (.+?)\.\n", said).group(1)
    assert Path(backup).read_bytes() == before
    outputs = master.parent / "ita-xl-output"
    summary = next(outputs.glob("*-summary.xlsx"))
    assert f"Written: {summary}." in said
    assert re.search(r"Not written: .*-briefing\.pptx\.", said)
    assert not list(outputs.glob("*-briefing.pptx"))
    assert not [p for p in outputs.iterdir() if p.name.startswith(".~ita-xl-")]
    with zipfile.ZipFile(master) as zf:
        assert zf.testzip() is None
