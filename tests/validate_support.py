"""Shared by the test_validate_* modules: build a real master, read it, validate it.

Every report made here is also checked to render: each finding's message and hint, in Thai and
English, must be catalogue text with every ``{field}`` filled.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, List, Optional

from builders import MasterSpec, build_master
from ita_xl import messages
from ita_xl.framework import available_years, load_frameworks
from ita_xl.master.reader import read_master
from ita_xl.validate import Finding, Report, validate

_UNFILLED = re.compile(r"\{[a-z_]+\}")


def run(tmp_path: Path, spec: Optional[MasterSpec] = None, *, drop_years: Iterable[int] = (),
        path: Optional[Path] = None) -> Report:
    """Validate the master ``spec`` builds (or the workbook at ``path``) against every framework
    on file except ``drop_years``."""
    if path is None:
        path = build_master(tmp_path / "master.xlsx", spec or MasterSpec())
    master = read_master(path)
    years = [y for y in available_years() if y not in set(drop_years)]
    report = validate(master, load_frameworks(years))
    for f in report.findings:
        assert_renders(f)
    return report


def assert_renders(f: Finding) -> None:
    for lang in ("th", "en"):
        assert messages.has(f.code), f.code
        msg, hint = f.message(lang), f.hint(lang)
        assert msg and msg != f.code and hint, (f.code, lang)
        for text in (msg, hint):
            assert not _UNFILLED.search(text), (f.code, lang, text)


def only(report: Report, code: str) -> Finding:
    """The one finding with ``code`` (fails when there are none or several)."""
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, (code, [(f.cell, f.code) for f in report.findings])
    return found[0]


def where(report: Report, code: str) -> List[tuple]:
    """(severity, sheet, cell) of every finding with ``code``, in report order."""
    return [(f.severity, f.sheet, f.cell) for f in report.findings if f.code == code]


def codes(report: Report) -> List[str]:
    return [f.code for f in report.findings]
