"""The tool's own sheets (comparison, gaps and priorities, findings) as a standalone workbook.

The write-back (ita_xl/writeback/) later moves these sheets into the staff's master; it recognises
them by the VBA code name each sheet carries (``itaxl_<role>``), whatever language their names are
in. So the sheets use only what survives a splice: cell formats, conditional formats, internal
hyperlinks. No images, charts, comments, defined names (print titles, autofilters) or tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional

import xlsxwriter

from ita_xl import messages
from ita_xl.analysis import Analysis
from ita_xl.sheets.formats import Styles
from ita_xl.sheets.rows import Sheet
from ita_xl.sheets.sheet_common import MARKER_PREFIX, SheetContext, code_name, date_text
from ita_xl.sheets.sheet_comparison import write_comparison
from ita_xl.sheets.sheet_findings import write_findings
from ita_xl.sheets.sheet_followup import write_followup
from ita_xl.sheets.sheet_gaps import write_gaps
from ita_xl.validate.findings import Report

__all__ = [
    "MARKER_PREFIX", "ROLES", "ComputedSheets", "all_sheet_names", "build_computed_workbook",
    "code_name", "sheet_name",
]

ROLES = ("comparison", "gaps", "followup", "findings")
_FORBIDDEN = set('[]:*?/\\')


@dataclass
class ComputedSheets:
    """What was built: the file, its sheet names in order, and each sheet's role."""

    path: Path
    sheets: List[str]
    roles: Dict[str, str] = field(default_factory=dict)  # sheet name -> role
    lang: str = "th"
    draft: bool = False

    @property
    def sheet_names(self) -> List[str]:
        """The sheet names in workbook order (same as ``sheets``)."""
        return list(self.sheets)

    def sheet_for(self, role: str) -> Optional[str]:
        for name, this in self.roles.items():
            if this == role:
                return name
        return None

    @property
    def code_names(self) -> Dict[str, str]:
        """Sheet name -> the code name marking it as the tool's."""
        return {name: code_name(role) for name, role in self.roles.items()}


def sheet_name(role: str, lang: str = "th") -> str:
    """The sheet's name in ``lang``: at most 31 characters, none of Excel's forbidden ones."""
    name = messages.text(f"sheets.name.{role}", lang)
    name = "".join("-" if ch in _FORBIDDEN else ch for ch in name).strip("'")
    return name[:31]


def all_sheet_names(role: str) -> List[str]:
    """The role's sheet name in every language (a re-run may switch language)."""
    return sorted({sheet_name(role, lang) for lang in messages.LANGS})


def build_computed_workbook(analysis: Optional[Analysis], report: Report, dest: Path,
                            lang: str = "th", include_analysis: bool = True,
                            draft: bool = False, generated: Optional[datetime] = None,
                            master_name: str = "") -> ComputedSheets:
    """Write the computed sheets to ``dest`` (a new .xlsx) and say what was written.

    The comparison and gaps sheets are written when ``analysis`` is given and
    ``include_analysis`` is true; the findings sheet always. ``draft`` marks every sheet as a
    draft (the analysis was made despite errors).
    """
    lang = "en" if lang == "en" else "th"
    when = generated or datetime.now()
    dest = Path(dest)
    book = xlsxwriter.Workbook(str(dest), {"strings_to_formulas": False,
                                           "strings_to_urls": False, "in_memory": True})
    ctx = SheetContext(
        styles=Styles(book), lang=lang, draft=draft,
        agency=analysis.agency if analysis is not None else "",
        fiscal_year=analysis.fiscal_year if analysis is not None else None,
        date_text=date_text(when.date(), lang), master_name=master_name,
    )
    built = ComputedSheets(path=dest, sheets=[], lang=lang, draft=draft)
    writers = []
    if analysis is not None and include_analysis:
        writers += [("comparison", lambda ws: write_comparison(ws, ctx, analysis)),
                    ("gaps", lambda ws: write_gaps(ws, ctx, analysis))]
        if analysis.follow_up is not None and analysis.measures:
            writers.append(("followup", lambda ws: write_followup(ws, ctx, analysis)))
    writers.append(("findings", lambda ws: write_findings(ws, ctx, report)))
    for role, write in writers:
        name = sheet_name(role, lang)
        write(Sheet(book.add_worksheet(name)))
        built.sheets.append(name)
        built.roles[name] = role
    book.close()
    return built
