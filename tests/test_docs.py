"""README cannot drift: its commands exist, and every output it shows is what the tool prints."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ita_xl.cli import cli

REPO = Path(__file__).parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"<!-- output: (?P<cmd>[^>]+) -->\n```text\n(?P<out>.*?)\n```", re.S)
STAMP = re.compile(r"\d{8}-\d{6}-\d{6}")


def fenced_after(marker: str) -> str:
    match = re.search(re.escape(marker) + r"\n```bash\n(.*?)\n```", README, re.S)
    assert match, marker
    return match.group(1).strip()


def test_readme_opens_with_install_and_run_then_tests():
    run_cmd = fenced_after("<!-- run-command -->")
    test_cmd = fenced_after("<!-- test-command -->")
    assert README.index("<!-- run-command -->") < README.index("<!-- test-command -->")
    assert "pip install ." in run_cmd and "ita-xl run workbooks/example-master.xlsx" in run_cmd
    assert (REPO / "workbooks" / "example-master.xlsx").exists()
    assert "pytest" in test_cmd


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"`ita-xl {name}" in README, name


@pytest.mark.parametrize("cmd, expected", [(m["cmd"], m["out"]) for m in BLOCK.finditer(README)])
def test_readme_output_is_what_the_tool_prints(tmp_path, cmd, expected):
    shutil.copytree(REPO / "workbooks", tmp_path / "workbooks",
                    ignore=shutil.ignore_patterns("*.py", ".ita-xl", "ita-xl-output"))
    args = shlex.split(cmd)
    assert args[0] == "ita-xl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # this checkout's code, not an older install
    proc = subprocess.run([sys.executable, "-m", "ita_xl", *args[1:]], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    printed = (proc.stderr + proc.stdout).rstrip()
    assert STAMP.sub("<time>", printed) == STAMP.sub("<time>", expected)


def test_readme_shows_at_least_the_run_and_a_validation():
    commands = [m["cmd"] for m in BLOCK.finditer(README)]
    assert any(c.startswith("ita-xl run") for c in commands)
    assert any(c.startswith("ita-xl validate") for c in commands)
