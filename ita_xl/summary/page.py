"""Print setup (A4, fit to width, repeated header row, header and footer) and the sheet top block.

Every sheet starts the same way: a red DRAFT banner when the analysis is a draft, a title row and
a subtitle with the agency. The DRAFT mark is also in every printed page header, so a printout can
never lose it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from xlsxwriter.worksheet import Worksheet

from ita_xl.summary.style import DRAFT_RED, FONT, LINE_PT, Book, line_count

A4 = 9
_HEADER_LIMIT = 250  # XlsxWriter drops headers of 255 characters or more


def _hf(value: str) -> str:
    """Header/footer text: '&' is a control character there and must be doubled."""
    return value.replace("&", "&&")


def _clip(value: str, n: int) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"


def setup_page(book: Book, ws: Worksheet, agency: str, title: str, generated: str,
               landscape: bool, repeat_row: Optional[int]) -> None:
    """A4, fit all columns on the page width, header row repeated, agency and page numbers."""
    ws.set_paper(A4)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=0.5, right=0.5, top=0.8, bottom=0.7)
    if repeat_row is not None:
        ws.repeat_rows(repeat_row)
    font = f'&"{FONT},Regular"&14'
    bold = f'&"{FONT},Bold"&18&K{DRAFT_RED.lstrip("#")}'
    centre = f"&C{bold}{_hf(book.t('summary-draft-mark'))}" if book.draft else ""
    header = f"&L{font}{_hf(_clip(agency, 70))}{centre}&R{font}{_hf(_clip(title, 70))}"
    page = book.t("summary-footer-page", page="&P", pages="&N")
    footer = f"&L{font}{_hf(_clip(generated, 80))}&R{font}{page}"
    ws.set_header(header[:_HEADER_LIMIT], {"margin": 0.3})
    ws.set_footer(footer[:_HEADER_LIMIT], {"margin": 0.3})
    ws.hide_gridlines(2)


def top_block(book: Book, ws: Worksheet, widths: Sequence[float], title: str,
              subtitle: str) -> int:
    """Draft banner (if any), title and subtitle across the columns of ``widths``, wrapped so a
    long agency name never runs past the printed width; returns the next free row."""
    row = 0
    last = max(len(widths) - 1, 0)
    span = float(sum(widths))
    if book.draft:
        banner = book.fmt(bold=True, font_size=18, font_color="#FFFFFF", bg_color=DRAFT_RED,
                          align="center", text_wrap=True)
        text_ = book.t("summary-draft-banner")
        _merged(ws, row, last, text_, banner)
        ws.set_row(row, 30 * line_count(text_, span, bold=True, size=18) + 4)
        row += 1
    _merged(ws, row, last, title, book.fmt(bold=True, font_size=20, text_wrap=True))
    ws.set_row(row, 32 * line_count(title, span, bold=True, size=20) + 4)
    row += 1
    _merged(ws, row, last, subtitle, book.fmt(font_color="#404040", text_wrap=True))
    ws.set_row(row, LINE_PT * line_count(subtitle, span) + 2)
    return row + 2


def _merged(ws: Worksheet, row: int, last: int, value: str, fmt: object) -> None:
    if last > 0:
        ws.merge_range(row, 0, row, last, "", fmt)
    ws.write_string(row, 0, value, fmt)
