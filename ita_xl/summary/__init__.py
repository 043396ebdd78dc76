"""The standalone summary workbook (XlsxWriter): tables and native charts, print-ready on A4.

Sheets: overview (cover), comparison, gaps and priorities, measures, then recommendations and
open findings when there are any. Everything is TH Sarabun New; numbers stay numbers (two
decimals), text is always written as text.

``thai_digits=True`` keeps numbers as numbers and gives their cells the number format
``[$-D00041E]`` (numeral shape 0x0D = Thai digits, locale th-TH), which LibreOffice renders in
Thai digits; text labels (years in headers, indicator numbers) are written in Thai digits.
"""
from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Optional

import xlsxwriter

from ita_xl.analysis import Analysis
from ita_xl.summary.charts import (
    TREND_HEIGHT, add_complex_script_fonts, comparison_chart, instrument_chart,
    trend_chart,
)
from ita_xl.summary.overview import overview_sheet
from ita_xl.summary.style import Book
from ita_xl.summary.tables import (
    SheetText, comparison_sheet, findings_sheet, gaps_sheet, measures_sheet, recommendations_sheet,
)

__all__ = ["build_summary"]


def build_summary(analysis: Analysis, dest: Path, lang: str = "th", thai_digits: bool = False,
                  generated: Optional[datetime] = None) -> Path:
    """Write the summary workbook of ``analysis`` to ``dest`` and return ``dest``."""
    generated = generated or datetime.now()
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "in_memory": True,  # no temporary file per part
    })
    book = Book(workbook, lang, thai_digits, analysis.draft)
    st = SheetText(
        agency=analysis.agency,
        generated=book.t("summary-generated", date=book.date(generated.date())),
        subtitle=book.t("summary-subtitle", agency=analysis.agency,
                        year=book.year(analysis.fiscal_year)),
    )
    _properties(book, analysis, generated)

    years, instruments = overview_sheet(book, analysis, st)
    overview = workbook.get_worksheet_by_name(years.sheet)
    trend_chart(book, analysis, overview, years, years.width_px)
    instrument_chart(book, analysis, overview, instruments, instruments.width_px,
                     y_offset=TREND_HEIGHT + 24)

    comparison = comparison_sheet(book, analysis, st)
    comparison_chart(book, analysis, workbook.get_worksheet_by_name(comparison.sheet),
                     comparison, comparison.width_px)
    gaps_sheet(book, analysis, st)
    measures_sheet(book, analysis, st)
    recommendations_sheet(book, analysis, st)
    findings_sheet(book, analysis, st)
    overview.activate()
    workbook.close()

    dest = Path(dest)
    xlsx = buffer.getvalue()
    dest.write_bytes(add_complex_script_fonts(xlsx))
    return dest


def _properties(book: Book, analysis: Analysis, generated: datetime) -> None:
    book.wb.set_properties({
        "title": book.t("summary-title-overview", year=book.year_both(analysis.fiscal_year)),
        "subject": analysis.agency,
        "author": analysis.prepared_by or analysis.prepared_by_unit or "ita-xl",
        "comments": "ita-xl",
        "created": generated,
    })
