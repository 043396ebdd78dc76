"""Findings as data: what is wrong, where (sheet and A1 cell), and how to fix it.

A finding stores a stable ``code`` and the values its catalogue template needs, so the same report
renders in Thai or English. ``to_dict`` is what ``--format json`` prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ita_xl import messages

SEVERITIES = ("error", "warning", "info")
_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)")


@dataclass(frozen=True)
class Finding:
    severity: str
    sheet: Optional[str]
    cell: Optional[str]  # "B5", "B5:D5" or None for whole-workbook findings
    code: str
    params: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def message(self, lang: str = "th") -> str:
        return messages.text(self.code, lang, **self.params)

    def hint(self, lang: str = "th") -> str:
        key = self.code + ".hint"
        return messages.text(key, lang, **self.params) if messages.has(key) else ""

    @property
    def location(self) -> str:
        """``sheet!cell`` as staff would type it in Excel's Name Box."""
        if self.sheet is None:
            return ""
        sheet = self.sheet
        if re.search(r"[^A-Za-z0-9_\u0E00-\u0E7F]", sheet):
            sheet = "'" + sheet.replace("'", "''") + "'"
        return f"{sheet}!{self.cell}" if self.cell else sheet

    def to_dict(self, lang: str = "th") -> Dict[str, Any]:
        return {
            "severity": self.severity,
            "sheet": self.sheet,
            "cell": self.cell,
            "code": self.code,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }


def column_index(letters: str) -> int:
    """1 for A, 27 for AA (kept here, not openpyxl's, so --help never imports openpyxl)."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def cell_position(cell: Optional[str]) -> Tuple[int, int]:
    """(row, column) of the first cell of an A1 reference; (0, 0) for None."""
    if not cell:
        return (0, 0)
    m = _CELL.match(cell)
    if not m:
        return (0, 0)
    return (int(m.group(2)), column_index(m.group(1)))


@dataclass
class Report:
    """All findings of one validation, sorted by sheet (workbook order) and position."""

    findings: List[Finding]
    sheet_order: Sequence[str] = ()

    def __post_init__(self) -> None:
        order = {name: i for i, name in enumerate(self.sheet_order)}
        sev = {s: i for i, s in enumerate(SEVERITIES)}

        def key(f: Finding) -> Tuple[int, int, int, int, str]:
            sheet_ix = -1 if f.sheet is None else order.get(f.sheet, len(order))
            row, col = cell_position(f.cell)
            return (sheet_ix, row, col, sev.get(f.severity, 9), f.code)

        self.findings = sorted(self.findings, key=key)

    @property
    def errors(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def counts(self) -> Dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}

    def codes(self) -> List[str]:
        return [f.code for f in self.findings]

    def at(self, sheet: Optional[str], cell: Optional[str]) -> List[Finding]:
        return [f for f in self.findings if f.sheet == sheet and f.cell == cell]

    def to_dict(self, lang: str = "th") -> Dict[str, Any]:
        return {
            "findings": [f.to_dict(lang) for f in self.findings],
            "counts": self.counts(),
        }

