"""Look of the computed sheets: fonts, number formats, colours, widths and the printed page.

Every cell the tool writes carries an explicit format naming TH Sarabun New, because the sheets are
later spliced into the staff's master, whose default (Normal) style is theirs, not ours. For the
same reason the workbook's Normal style stays Excel's default: column widths are counted in its
digits, which is what most masters use too.
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, Optional

from ita_xl import palette, typography

FONT = palette.FONT
SIZE = 14
TITLE_SIZE = 18

NUMBER = "0.00"
SIGNED = "+0.00;-0.00;0.00"
INTEGER = "0"
SIGNED_INTEGER = "+0;-0;0"

HEADER_FILL = palette.SHEET.sheet_header_fill
SUMMARY_FILL = palette.SHEET.summary_fill
BORDER_COLOUR = palette.SHEET.sheet_border
RED_TEXT = palette.SHEET.red_text
RED_FILL = palette.SHEET.red_fill
GREEN_TEXT = palette.SHEET.green_text
GREEN_FILL = palette.SHEET.green_fill
DRAFT_RED = palette.SHEET.draft
BAR_COLOUR = palette.SHEET.bar
LINK_BLUE = palette.SHEET.link

def text_width(text: Any, size: float = SIZE) -> float:
    """Column width (Excel units) that shows ``text``'s longest line in TH Sarabun at ``size``
    (real glyph advances: :mod:`ita_xl.typography`)."""
    return round(typography.column_units(str(text), size), 1)


def fit_width(texts: Iterable[Any], low: float = 6, high: float = 60, size: float = SIZE) -> float:
    """The width of the widest of ``texts``, kept between ``low`` and ``high`` (then wrapped)."""
    widest = max((text_width(t, size) for t in texts if t not in (None, "")), default=low)
    return max(low, min(high, widest))


def header_width(text: str, low: float = 8, high: float = 16) -> float:
    """Width for a header that may wrap onto two lines, but never inside an English word."""
    half = text_width(text) / 2 + 1
    if any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        return max(low, min(high, half))  # Thai breaks between words without spaces
    word = max((text_width(w) for w in text.split()), default=low)
    return max(low, min(high, max(half, word)))


class Styles:
    """The formats of one workbook, made once each and shared by its sheets."""

    def __init__(self, workbook: Any) -> None:
        self._book = workbook
        self._made: Dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self._made:
            self._made[name] = self._book.add_format(_STYLES[name])
        return self._made[name]

    def dxf(self, **props: Any) -> Any:
        """A format for conditional formatting (only font colour, fill, bold matter there)."""
        return self._book.add_format(props)


def _base(**extra: Any) -> Dict[str, Any]:
    props: Dict[str, Any] = {"font_name": FONT, "font_size": SIZE, "valign": "vcenter"}
    props.update(extra)
    return props


def _cell(**extra: Any) -> Dict[str, Any]:
    return _base(border=1, border_color=BORDER_COLOUR, **extra)


_STYLES: Dict[str, Dict[str, Any]] = {
    "title": _base(bold=True, font_size=TITLE_SIZE, valign="vcenter"),
    "subtitle": _base(font_color="#404040"),
    "draft": _base(bold=True, font_size=16, font_color=DRAFT_RED),
    "note": _base(italic=True, font_color="#595959", text_wrap=True),
    "header": _cell(bold=True, bg_color=HEADER_FILL, text_wrap=True, align="center",
                    valign="vcenter"),
    "text": _cell(),
    "wrap": _cell(text_wrap=True),
    # an indicator's name coloured by the analysis' tone (IndicatorResult.tone)
    "wrap_weak": _cell(text_wrap=True, font_color=RED_TEXT, bold=True),
    "wrap_improving": _cell(text_wrap=True, font_color=GREEN_TEXT),
    "center": _cell(align="center"),
    "number": _cell(num_format=NUMBER),
    "signed": _cell(num_format=SIGNED),
    "integer": _cell(num_format=INTEGER, align="center"),
    "signed_integer": _cell(num_format=SIGNED_INTEGER, align="center"),
    "sum_text": _cell(bold=True, bg_color=SUMMARY_FILL, text_wrap=True),
    "sum_number": _cell(bold=True, bg_color=SUMMARY_FILL, num_format=NUMBER),
    "sum_signed": _cell(bold=True, bg_color=SUMMARY_FILL, num_format=SIGNED),
    "sum_center": _cell(bold=True, bg_color=SUMMARY_FILL, align="center"),
    "sum_blank": _cell(bg_color=SUMMARY_FILL),
    "link": _cell(font_color=LINK_BLUE, underline=1),
    "error": _cell(bold=True, font_color=RED_TEXT, bg_color=RED_FILL),
    "warning": _cell(font_color="#7F6000", bg_color="#FFEB9C"),
    "info": _cell(font_color="#1F4E78", bg_color="#DDEBF7"),
    "none": _cell(font_color=GREEN_TEXT, bg_color=GREEN_FILL, text_wrap=True),
}


def header_text(part: str) -> str:
    """Escape ``&`` for an Excel page header/footer section (``&`` starts a control code)."""
    return part.replace("&", "&&")


def page_setup(ws: Any, landscape: bool, left: str, right: str, page: str,
               draft: Optional[str] = None) -> None:
    """A4, fit to one page wide, agency left and date right in the header, page number below."""
    ws.set_paper(9)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.6)
    ws.center_horizontally()
    # the font name code comes last: text right after "&12" would read as "&125 ตุลาคม"
    font = f'&12&"{FONT},Regular"'
    mark = ""
    if draft:
        mark = f'&K{DRAFT_RED.lstrip("#")}&14&"{FONT},Bold"{header_text(draft)}'
    head = f"&L{font}{header_text(left[:80])}"
    head += (f"&C{mark}" if mark else "") + f"&R{font}{header_text(right)}"
    foot = (f"&L{mark}" if mark else "") + f"&C{font}{page}"
    ws.set_header(head, {"margin": 0.3})
    ws.set_footer(foot, {"margin": 0.3})
