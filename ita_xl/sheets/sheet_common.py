"""What the computed sheets share: titles, the DRAFT mark, typed cell writing, the page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from ita_xl import messages, thai_dates
from ita_xl.sheets.formats import Styles, page_setup

MARKER_PREFIX = "itaxl_"  # code name prefix of every sheet the tool writes


def code_name(role: str) -> str:
    """The VBA code name that marks a sheet as the tool's (``itaxl_comparison`` …)."""
    return MARKER_PREFIX + role


@dataclass
class SheetContext:
    """What every sheet needs besides its data: styles, language, titles, the draft mark."""

    styles: Styles
    lang: str
    draft: bool
    agency: str
    fiscal_year: Optional[int]
    date_text: str
    master_name: str

    def t(self, key: str, **params: Any) -> str:
        return messages.text(key, self.lang, **params)

    def title_rows(self, ws: Any, title: str, extra: Optional[str] = None) -> int:
        """Title, generation line, optional extra line and DRAFT mark; returns the next free row."""
        s = self.styles
        ws.write_string(0, 0, title, s.get("title"))
        if self.fiscal_year:
            key = "sheets.generated" if self.master_name else "sheets.generated.nofile"
            line = self.t(key, year=thai_dates.year_both_in(self.fiscal_year, self.lang),
                          date=self.date_text, master=self.master_name)
        else:
            line = self.date_text + (f" · {self.master_name}" if self.master_name else "")
        ws.write_string(1, 0, line, s.get("subtitle"))
        row = 2
        if extra:
            ws.write_string(row, 0, extra, s.get("subtitle"))
            row += 1
        if self.draft:
            ws.write_string(row, 0, self.t("sheets.draft"), s.get("draft"))
            row += 1
        return row + 1  # one blank row above the header

    def finish(self, ws: Any, role: str, landscape: bool, note_row: int) -> None:
        """Marker code name, the 'replaced on every run' note, print setup."""
        ws.set_vba_name(code_name(role))
        ws.write_string(note_row, 0, self.t("sheets.replaced"), self.styles.get("subtitle"))
        page_setup(ws, landscape, self.agency or self.master_name, self.date_text,
                   self.t("sheets.page"), self.t("sheets.draft") if self.draft else None)
        ws.hide_gridlines(2)
        ws.fit_rows()


def date_text(day: date, lang: str) -> str:
    """'5 ตุลาคม 2566' in Thai (Arabic digits, as the numbers beside it), '5 October 2023' else."""
    return thai_dates.date_in(day, lang)


def tone_style(styles: Any, tone: str) -> Any:
    """The name cell's format for an indicator's tone (weak red, improving green, else plain)."""
    return styles.get({"weak": "wrap_weak", "improving": "wrap_improving"}.get(tone, "wrap"))


def put(ws: Any, row: int, col: int, value: Any, fmt: Any) -> None:
    """Write ``value`` by its type; text always as text, so '=...' never becomes a formula."""
    if value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        ws.write_string(row, col, value, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    else:
        ws.write_number(row, col, value, fmt)


def put_formula(ws: Any, row: int, col: int, formula: str, value: Optional[float],
                fmt: Any) -> None:
    """A formula only together with its cached value; without a value, a blank cell."""
    if value is None:
        ws.write_blank(row, col, None, fmt)
    else:
        ws.write_formula(row, col, formula, fmt, value)

