"""The cover sheet: who and which year, the headline numbers, results by year and by instrument.

The year and instrument tables are also the data the overview charts draw (the year table's AA and
pass-mark columns, and the two mark rows under the instrument table, are the charts' reference
lines), so every plotted number is visible in a cell.
"""
from __future__ import annotations

from typing import Any, List, Sequence, Tuple

from xlsxwriter.worksheet import Worksheet

from ita_xl.analysis import Analysis
from ita_xl.messages import text
from ita_xl.summary.page import setup_page, top_block
from ita_xl.summary.style import (
    BORDER, LINE_PT, NUMERIC_KINDS, ROW_PAD, Book, Column, line_count, row_height,
)
from ita_xl.summary.tables import Placed, SheetText, indicator_label

WIDTHS = (13, 12, 9, 12, 14, 14, 12, 12, 19)  # columns A-I
LABEL_LAST = 3  # facts: label in A-D, value in E-I
INSTRUMENTS = ("IIT", "EIT", "OIT")


def overview_sheet(book: Book, analysis: Analysis, st: SheetText) -> Tuple[Placed, Placed]:
    """Write the overview; return where the year table and the instrument table are."""
    a = analysis
    ws = book.wb.add_worksheet(text("summary-sheet-overview", book.lang))
    for c, w in enumerate(WIDTHS):
        ws.set_column(c, c, w)  # the facts above the tables span these columns too
    title = book.t("summary-title-overview", year=book.year_both(a.fiscal_year))
    row = top_block(book, ws, WIDTHS, title, st.subtitle)
    row = _heading(book, ws, row, book.t("summary-h-agency"))
    row = _facts(book, ws, row, _agency_facts(book, a))
    row = _heading(book, ws, row + 1, book.t("summary-h-results", year=book.year(a.fiscal_year)))
    row = _facts(book, ws, row, _result_facts(book, a))
    row = _heading(book, ws, row + 1, book.t("summary-h-years"))
    years = _year_table(book, ws, row, a)
    row = _heading(book, ws, years.last_row + 2, book.t("summary-h-instruments"))
    instruments = _instrument_table(book, ws, row, a)
    end = _mark_rows(book, ws, instruments, a)
    ws.set_h_pagebreaks([end + 1])
    years.chart_row = instruments.chart_row = end + 1
    years.widths = instruments.widths = list(WIDTHS)
    # the printed page header repeats the title without the BE year: it is named once
    header = book.t("summary-title-overview", year=book.year(a.fiscal_year))
    setup_page(book, ws, st.agency, header, st.generated, landscape=False, repeat_row=None)
    return years, instruments


def _heading(book: Book, ws: Worksheet, row: int, label: str) -> int:
    fmt = book.fmt(bold=True, font_size=18, bottom=2, bottom_color="#1F4E79",
                   font_color="#1F4E79")
    ws.merge_range(row, 0, row, len(WIDTHS) - 1, "", fmt)
    ws.write_string(row, 0, label, fmt)
    ws.set_row(row, 30)
    return row + 1


Fact = Tuple[str, Any, str]  # label, value, kind


def _agency_facts(book: Book, a: Analysis) -> List[Fact]:
    facts: List[Fact] = [(book.t("summary-agency"), a.agency, "text")]
    if a.province:
        facts.append((book.t("summary-province"), a.province, "text"))
    facts += [(book.t("summary-fiscal-year"), book.year(a.fiscal_year), "year"),
              (book.t("summary-plan-year"), book.year(a.plan_year), "year")]
    if a.prepared_by_unit:
        facts.append((book.t("summary-prepared-by-unit"), a.prepared_by_unit, "text"))
    if a.prepared_by:
        facts.append((book.t("summary-prepared-by"), a.prepared_by, "text"))
    if a.meeting_date:
        facts.append((book.t("summary-meeting-date"),
                      book.date(a.meeting_date), "text"))
    return facts


def _result_facts(book: Book, a: Analysis) -> List[Fact]:
    cur = a.current
    facts: List[Fact] = []
    if cur is not None:
        facts.append((book.t("summary-overall", year=book.year(a.fiscal_year)), cur.overall, "score"))
        facts.append((book.t("summary-grade"), cur.label(book.lang), "text"))
        facts += _level_facts(book, a)
        if a.previous_year is not None and cur.change_prev is not None:
            facts.append((book.t("summary-change-since", year=book.year(a.previous_year)), cur.change_prev,
                          "change"))
        if cur.national_average is not None:
            facts.append((book.t("summary-national", year=book.year(a.fiscal_year)), cur.national_average,
                          "score"))
            if cur.overall is not None:
                facts.append((book.t("summary-vs-national"), cur.vs_national, "change"))
    facts.append((book.t("summary-target"), a.target, "score"))
    below = [i for i in a.indicators if "below-pass" in i.weak_reasons]
    facts.append((book.t("summary-below-pass", mark=book.num_text(a.pass_mark, 0)), len(below),
                  "int"))
    first = a.priorities[:3]
    if first:
        facts.append((book.t("summary-top-priorities"),
                      "\n".join(indicator_label(book, i) for i in first), "text"))
    facts.append((book.t("summary-measure-count"), len(a.measures), "int"))
    errors = sum(1 for f in a.open_findings if f.severity == "error")
    warnings = sum(1 for f in a.open_findings if f.severity == "warning")
    facts.append((book.t("summary-open-errors"), errors, "int"))
    facts.append((book.t("summary-open-warnings"), warnings, "int"))
    return facts


def _level_facts(book: Book, a: Analysis) -> List[Fact]:
    """What it takes to reach the next level, as the analysis computed it: the overall gap and
    each instrument below its line (the deck's overall slide shows the same)."""
    nxt = a.next_level
    if nxt is None:
        return [(book.t("summary-next-level"), book.t("summary-top-level"), "text")] \
            if a.current is not None and a.current.rating is not None else []
    level = nxt.label(book.lang)
    facts: List[Fact] = [(book.t("summary-next-level"), level, "text"),
                         (book.t("summary-next-overall-gap", level=level,
                                 line=book.num_text(nxt.overall_line, 0)), nxt.overall_gap,
                          "score")]
    for gap in nxt.instruments:
        name = book.t("summary-next-instrument-gap", code=gap.code,
                      line=book.num_text(gap.line, 0))
        if gap.computed:
            name += " " + book.t("summary-computed-mark")
        facts.append((name, gap.gap, "score") if gap.gap is not None
                     else (name, book.t("summary-no-score"), "text"))
    return facts


def _facts(book: Book, ws: Worksheet, row: int, facts: Sequence[Fact]) -> int:
    """Label/value rows; merged cells do not grow with wrapped text, so heights are set here."""
    label = book.fmt(bold=True, border=1, border_color=BORDER, bg_color="#F2F2F2",
                     text_wrap=True)
    last = len(WIDTHS) - 1
    for name, value, kind in facts:
        props = dict(border=1, border_color=BORDER, align="left", text_wrap=True)
        if kind in NUMERIC_KINDS:
            props["num_format"] = book.num_format(kind)
        fmt = book.fmt(**props)
        ws.merge_range(row, 0, row, LABEL_LAST, "", label)
        ws.write_string(row, 0, name, label)
        ws.merge_range(row, LABEL_LAST + 1, row, last, "", fmt)
        if kind in NUMERIC_KINDS and isinstance(value, (int, float)):
            ws.write_number(row, LABEL_LAST + 1, float(value), fmt)
        else:
            ws.write_string(row, LABEL_LAST + 1, "" if value is None else str(value), fmt)
        lines = line_count(name, sum(WIDTHS[: LABEL_LAST + 1]), bold=True)
        if kind == "text" and value:
            lines = max(lines, line_count(str(value), sum(WIDTHS[LABEL_LAST + 1:])))
        ws.set_row(row, LINE_PT * lines + ROW_PAD)
        row += 1
    return row


def _year_table(book: Book, ws: Worksheet, top: int, a: Analysis) -> Placed:
    aa, pm = book.num_text(a.aa_mark, 0), book.num_text(a.pass_mark, 0)
    columns = [Column(book.t("summary-col-year"), "year"),
               Column(book.t("summary-col-overall"), "score"),
               Column(book.t("summary-col-grade"), "center"),
               Column(book.t("summary-col-change"), "change"),
               Column(book.t("summary-col-national"), "score"),
               Column(book.t("summary-col-vs-national"), "change"),
               Column(book.t("summary-col-aa", mark=aa,
                             level=a.framework.rating.top.label(book.lang)), "score"),
               Column(book.t("summary-col-pass", mark=pm), "score"),
               Column(book.t("summary-col-source"), "center")]
    rows = []
    for y in a.years:
        r = a.by_year.get(y)
        overall = r.overall if r else None
        national = r.national_average if r else None
        source = ""
        if r is not None and r.published_overall is not None:
            source = book.t("summary-source-published")
        elif r is not None and r.computed_overall is not None:
            source = book.t("summary-source-computed")
        vs = r.vs_national if r is not None else None
        rows.append([book.year(y), overall, r.label(book.lang) if r else "", r.change_prev if r else None,
                     national, vs, a.aa_mark, a.pass_mark, source])
    last, _ = book.write_table(ws, top, 0, columns, rows, "Years", WIDTHS)
    keys = ["year", "overall", "grade", "change", "national", "vs_national", "aa", "pass"]
    return Placed(ws.get_name(), top, top + 1, last, {k: i for i, k in enumerate(keys)})


def _mark_rows(book: Book, ws: Worksheet, inst: Placed, a: Analysis) -> int:
    """The top-level and pass marks under each instrument, below the instrument table: the
    instrument chart draws them as its two reference lines (as the trend chart draws the year
    table's mark columns), so every plotted number is in a cell. Returns the last row used."""
    codes = [c for c in inst.cols if c != "year"]
    row = inst.last_row + 1
    label = book.cell_format("text", bold=True)
    for key, mark, name in (
            ("aa", a.aa_mark, book.t("summary-col-aa", mark=book.num_text(a.aa_mark, 0),
                                      level=a.framework.rating.top.label(book.lang))),
            ("pass", a.pass_mark, book.t("summary-col-pass",
                                         mark=book.num_text(a.pass_mark, 0)))):
        ws.write_string(row, 0, name, label)
        for code in codes:
            ws.write_number(row, inst.cols[code], float(mark), book.cell_format("score"))
        ws.set_row(row, row_height([name], WIDTHS[:1], bold=True))
        inst.marks[key] = row
        row += 1
    return row


def _instrument_source(book: Book, r, codes: Sequence[str]) -> str:
    """Published, computed from the indicators, or both (per the analysis)."""
    if r is None:
        return ""
    kinds = {r.instrument_scores[c].computed for c in codes if c in r.instrument_scores
             and r.instrument_scores[c].score is not None}
    if not kinds:
        return ""
    if kinds == {False}:
        return book.t("summary-source-published")
    if kinds == {True}:
        return book.t("summary-source-computed")
    return book.t("summary-source-mixed")


def _instrument_table(book: Book, ws: Worksheet, top: int, a: Analysis) -> Placed:
    weights = {i.code: i.weight for i in a.framework.instruments}
    codes = [c for c in INSTRUMENTS if any(c in (a.by_year[y].instruments or {})
                                           for y in a.years if y in a.by_year)]
    codes = codes or list(INSTRUMENTS)
    columns = [Column(book.t("summary-col-year"), "year")]
    for code in codes:
        w = weights.get(code)
        head = code if w is None else f"{code} ({book.num_text(w, 0)}%)"
        columns.append(Column(head, "score"))
    columns.append(Column(book.t("summary-col-source"), "center"))
    rows = []
    for y in a.years:
        r = a.by_year.get(y)
        rows.append([book.year(y)] + [(r.instruments.get(c) if r else None) for c in codes]
                    + [_instrument_source(book, r, codes)])
    last, _ = book.write_table(ws, top, 0, columns, rows, "Instruments",
                               WIDTHS[: len(columns)])
    cols = {"year": 0}
    cols.update({c: i + 1 for i, c in enumerate(codes)})
    return Placed(ws.get_name(), top, top + 1, last, cols, chart_row=last + 2)

