"""Every unusable file, through the command line: exit 2, one clear sentence, file untouched, fast."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import build_master
from ita_xl.cli import cli
from test_filecheck import _ole, _parts_of, _raw_zip, _with_doctype, _zeros_deflate

LIMIT = 10.0


def _master(tmp: Path) -> Path:
    return build_master(tmp / "good.xlsx")


def make_xls(tmp: Path) -> Path:
    (tmp / "old.xls").write_bytes(_ole(["Workbook", "\x05SummaryInformation"]))
    return tmp / "old.xls"


def make_encrypted(tmp: Path) -> Path:
    path = tmp / "locked.xlsx"
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage"], size=300_000))
    return path


def make_truncated(tmp: Path) -> Path:
    data = _master(tmp).read_bytes()
    (tmp / "cut.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "cut.xlsx"


def make_entity_bomb(tmp: Path) -> Path:
    return _with_doctype(_master(tmp), tmp / "lol.xlsx")


def make_zip_bomb(tmp: Path) -> Path:
    size = 2 << 30
    data, crc = _zeros_deflate(size)
    entries = [(name, 8, data, crc, size) if name == "xl/styles.xml" else (name, *rest)
               for name, *rest in _parts_of(_master(tmp))]  # a part every read parses
    return _raw_zip(tmp / "bomb.xlsx", entries)


def make_no_sheets(tmp: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(tmp / "plain.xlsx")
    return tmp / "plain.xlsx"


def make_text(tmp: Path) -> Path:
    (tmp / "notes.xlsx").write_text("ตัวชี้วัด,คะแนน\n1,90\n", encoding="utf-8")
    return tmp / "notes.xlsx"


CASES = [
    (make_xls, "Save As"),
    (make_encrypted, "remove the password"),
    (make_truncated, "damaged"),
    (make_entity_bomb, "unsafe"),
    (make_zip_bomb, "unsafe"),
    (make_no_sheets, "Sheet1"),
    (make_text, "not an Excel workbook"),
]


@pytest.mark.parametrize("make, words", CASES, ids=[c[0].__name__ for c in CASES])
@pytest.mark.parametrize("command", ["validate", "run"])
def test_unusable_file_gets_exit_two_and_one_clear_sentence(tmp_path, make, words, command):
    path = make(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    start = time.monotonic()
    result = CliRunner().invoke(cli, [command, str(path), "--lang", "en"])
    assert time.monotonic() - start < LIMIT
    assert result.exit_code == 2, result.output
    assert words in result.output
    assert "Traceback" not in result.output
    said = [line for line in result.output.strip().splitlines()
            if not line.startswith("Reading and checking")]  # run's progress line
    assert len(said) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "ita-xl-output").exists()
