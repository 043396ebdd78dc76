"""The table sheets: comparison, gaps and priorities, measures, recommendations, open findings.

Each function writes one sheet and returns a :class:`Placed` telling the chart builder where the
table landed, so charts reference the very cells the reader sees.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

from xlsxwriter.worksheet import Worksheet

from ita_xl.analysis import Analysis, IndicatorResult, MeasureView
from ita_xl.messages import text
from ita_xl.summary.page import setup_page, top_block
from ita_xl.summary.style import Book, Column, fit_widths


PORTRAIT_PX = 900  # widest table printed portrait (A4 less margins is ~720 px: 80 % scale)
REPEAT_AFTER = 15  # repeat the header row on every printed page only for longer tables


@dataclass
class Placed:
    """Where a sheet's table is: header row, first/last data row, and column index by key."""

    sheet: str
    header_row: int
    first_row: int
    last_row: int
    cols: Dict[str, int] = field(default_factory=dict)
    chart_row: int = 0  # first free row below the table
    widths: List[float] = field(default_factory=list)  # column widths (Excel units)
    marks: Dict[str, int] = field(default_factory=dict)  # reference line ("aa"/"pass") -> row

    @property
    def width_px(self) -> int:
        """The table's width in pixels as Excel lays it out (7 px digits, 5 px padding)."""
        return sum(int(w * 7 + 0.5) + 5 for w in self.widths)


@dataclass
class SheetText:
    """Per-run strings every sheet needs (agency, generated date, subtitle)."""

    agency: str
    generated: str
    subtitle: str


def indicator_label(book: Book, ind: IndicatorResult) -> str:
    """'1 การปฏิบัติหน้าที่' — the label tables and chart categories share."""
    return book.digits(f"{ind.number} {ind.name(book.lang)}")


def reason_texts(book: Book, a: Analysis, ind: IndicatorResult) -> List[str]:
    """Why the analysis ranks ``ind`` where it does (its priority reasons), in this workbook's
    words; the deck shows the same reasons."""
    nxt = a.next_level
    return [book.t(f"summary-weak-{r}", instrument=ind.instrument,
                   level=nxt.label(book.lang) if nxt is not None else "",
                   line=book.num_text(ind.level_line, 0) if ind.level_line is not None else "")
            for r in ind.priority_reasons]


def weight_kind(analysis: Analysis) -> str:
    return "int" if all(float(i.weight).is_integer() for i in analysis.indicators) else "score"


def _sheet(book: Book, name: str) -> Worksheet:
    return book.wb.add_worksheet(name)


def _finish(book: Book, ws: Worksheet, st: SheetText, title: str, columns: Sequence[Column],
            rows: Sequence[Sequence[Any]], table: str, freeze_col: int = 1) -> Placed:
    """Top block, table, widths, frozen header and print setup: the shape every sheet shares.

    Wide tables print landscape; narrow ones portrait (shrunk at most to about 80 %), where ten
    indicator rows still fit one page.
    """
    widths = fit_widths(columns, rows)
    top = top_block(book, ws, widths, title, st.subtitle)
    last, widths = book.write_table(ws, top, 0, columns, rows, table, widths)
    ws.freeze_panes(top + 1, freeze_col)
    placed = Placed(ws.get_name(), top, top + 1, last, chart_row=last + 2, widths=widths)
    setup_page(book, ws, st.agency, title, st.generated, placed.width_px > PORTRAIT_PX,
               top if len(rows) > REPEAT_AFTER else None)
    return placed


def comparison_sheet(book: Book, analysis: Analysis, st: SheetText) -> Placed:
    """Every indicator's score in every year, the change, and its rank this year."""
    a, lang = analysis, book.lang
    fy, prev, first = a.fiscal_year, a.previous_year, a.years[0] if a.years else None
    columns = [Column(book.t("summary-col-indicator"), max_width=40),
               Column(book.t("summary-col-instrument"), "center"),
               Column(book.t("summary-col-weight"), weight_kind(a))]
    keys = ["indicator", "instrument", "weight"]
    for y in a.years:
        columns.append(Column(book.digits(str(book.year(y))), "score"))
        keys.append(f"y{y}")
    if prev is not None:
        columns.append(Column(book.t("summary-col-change-since", year=book.year(prev)), "change"))
        keys.append("change_prev")
    if first is not None and prev is not None and first != prev:
        columns.append(Column(book.t("summary-col-change-since", year=book.year(first)), "change"))
        keys.append("change_first")
    columns += [Column(book.t("summary-col-rank", year=book.year(fy)), "int"),
                Column(book.t("summary-col-rank-change"), "rank_change")]
    keys += ["rank", "rank_change"]
    if any(i.slope is not None for i in a.indicators):
        columns.append(Column(book.t("summary-col-trend"), "change"))
        keys.append("slope")
    columns += [Column(book.t("summary-col-aa", mark=book.num_text(a.aa_mark, 0),
                              level=a.framework.rating.top.label(lang)), "score"),
                Column(book.t("summary-col-pass", mark=book.num_text(a.pass_mark, 0)), "score")]
    keys += ["aa", "pass"]  # the chart's two reference lines, as the year table holds them
    rows = []
    for ind in a.indicators:
        cur = ind.years.get(fy)
        values: Dict[str, Any] = {
            "indicator": indicator_label(book, ind), "instrument": ind.instrument,
            "weight": ind.weight, "change_prev": cur.change_prev if cur else None,
            "change_first": cur.change_first if cur else None,
            "rank": cur.rank if cur else None, "rank_change": cur.rank_change if cur else None,
            "slope": ind.slope, "aa": a.aa_mark, "pass": a.pass_mark,
        }
        for y in a.years:
            iy = ind.years.get(y)
            values[f"y{y}"] = iy.score if iy else None
        rows.append([values[k] for k in keys])
    ws = _sheet(book, text("summary-sheet-comparison", lang))
    placed = _finish(book, ws, st, book.t("summary-title-comparison", year=book.year(fy)), columns, rows,
                     "Comparison")
    placed.cols = {k: i for i, k in enumerate(keys)}
    return placed


def gaps_sheet(book: Book, analysis: Analysis, st: SheetText) -> Placed:
    """Indicators by priority: the gap to target and the overall points closing it is worth."""
    a = analysis
    ranked = list(a.priorities)
    ranked_numbers = {i.number for i in ranked}
    rest = [i for i in a.indicators if i.number not in ranked_numbers]
    columns = [
        Column(book.t("summary-col-priority"), "int"),
        Column(book.t("summary-col-indicator"), max_width=40),
        Column(book.t("summary-col-instrument"), "center"),
        Column(book.t("summary-col-weight"), weight_kind(a)),
        Column(book.t("summary-col-current", year=book.year(a.fiscal_year)), "score"),
        Column(book.t("summary-col-target"), "score"),
        Column(book.t("summary-col-gap-target"), "score"),
        Column(book.t("summary-col-worth"), "score"),
        Column(book.t("summary-col-gap-pass", mark=book.num_text(a.pass_mark, 0)), "score"),
        Column(book.t("summary-col-gap-aa", mark=book.num_text(a.aa_mark, 0),
                      level=a.framework.rating.top.label(book.lang)), "score"),
        Column(book.t("summary-col-weak"), max_width=24),
        Column(book.t("summary-col-measure-count"), "int"),
    ]
    rows = []
    for ind in ranked + rest:
        reasons = "\n".join(reason_texts(book, a, ind))
        rows.append([
            ind.priority, indicator_label(book, ind), ind.instrument, ind.weight, ind.current,
            ind.target, ind.gap_target.gap if ind.gap_target else None,
            ind.gap_target.worth if ind.gap_target else None,
            ind.gap_pass.gap if ind.gap_pass else None, ind.gap_aa.gap if ind.gap_aa else None,
            reasons, ind.measure_count,
        ])
    ws = _sheet(book, text("summary-sheet-gaps", book.lang))
    placed = _finish(book, ws, st, book.t("summary-title-gaps", year=book.year(a.fiscal_year)), columns,
                     rows, "Gaps", freeze_col=2)
    note = book.fmt(italic=True, font_color="#404040")
    ws.write_string(placed.chart_row, 0, book.t("summary-gaps-note"), note)
    placed.chart_row += 2
    return placed


def measure_indicator(book: Book, analysis: Analysis, m: MeasureView) -> str:
    """The official indicator (or sub-indicator) a measure serves, else what staff wrote."""
    if m.indicator is None:
        return m.indicator_label
    ind = analysis.framework.indicator(m.indicator)
    if ind is None:
        return m.indicator_label
    if m.sub:
        for sub in ind.subs:
            if sub.code == m.sub:
                name = sub.name_en if book.lang == "en" else sub.name_th
                return book.digits(f"{sub.code} {name}")
        return book.digits(f"{m.sub} {ind.name_en if book.lang == 'en' else ind.name_th}")
    return book.digits(f"{ind.number} {ind.name_en if book.lang == 'en' else ind.name_th}")


def _period(book: Book, m: MeasureView) -> str:
    """As staff typed it in Thai; in English the parsed period (Common Era) where there is one."""
    if book.lang == "en" and m.period is not None:
        return book.period(m.period)
    if m.period_text:
        return m.period_text
    return book.period(m.period) if m.period else ""


def _status(book: Book, m: MeasureView) -> str:
    """As staff typed it in Thai; in English the analysis' status value in words."""
    if book.lang == "en" and m.status_value:
        return book.t(f"summary-status-{m.status_value}")
    return m.status


def measures_sheet(book: Book, analysis: Analysis, st: SheetText) -> Placed:
    """One row per measure, as staff wrote it, with the indicator resolved."""
    columns = [
        Column(book.t("summary-col-no"), "int", width=7),
        Column(book.t("summary-col-indicator"), width=22),
        Column(book.t("summary-col-measure"), width=34),
        Column(book.t("summary-col-method"), width=34),
        Column(book.t("summary-col-responsible"), width=26),
        Column(book.t("summary-col-period"), max_width=20),
        Column(book.t("summary-col-follow-up"), max_width=22),
        Column(book.t("summary-col-status"), max_width=18),
        Column(book.t("summary-col-progress"), "percent", max_width=14),
    ]
    rows = []
    for n, m in enumerate(analysis.measures, 1):
        rows.append([n, measure_indicator(book, analysis, m), m.measure, m.method,
                     "\n".join(m.responsible), _period(book, m), m.follow_up,
                     _status(book, m), m.progress])
    ws = _sheet(book, text("summary-sheet-measures", book.lang))
    title = book.t("summary-title-measures", year=book.year(analysis.plan_year))
    placed = _finish(book, ws, st, title, columns, rows, "Measures", freeze_col=2)
    if not rows:
        ws.write_string(placed.first_row, 1, book.t("summary-no-measures"),
                        book.cell_format("text"))
    return placed


def recommendations_sheet(book: Book, analysis: Analysis, st: SheetText) -> Optional[Placed]:
    if not analysis.recommendations:
        return None
    columns = [Column(book.t("summary-col-instrument"), "center", width=12),
               Column(book.t("summary-col-indicator"), width=26),
               Column(book.t("summary-col-weakness"), width=45),
               Column(book.t("summary-col-recommendation"), width=55)]
    rows = []
    for r in analysis.recommendations:
        ind = analysis.framework.indicator(r.indicator) if r.indicator is not None else None
        label = (book.digits(f"{ind.number} {ind.name_en if book.lang == 'en' else ind.name_th}")
                 if ind else r.indicator_label)
        rows.append([r.instrument, label, r.weakness, r.recommendation])
    ws = _sheet(book, text("summary-sheet-recommendations", book.lang))
    return _finish(book, ws, st, book.t("summary-title-recommendations"), columns, rows,
                   "Recommendations", freeze_col=0)


def findings_sheet(book: Book, analysis: Analysis, st: SheetText) -> Optional[Placed]:
    if not analysis.open_findings:
        return None
    columns = [Column(book.t("summary-col-severity"), "center", width=12),
               Column(book.t("summary-col-sheet"), max_width=26),
               Column(book.t("summary-col-cell"), "center", max_width=14),
               Column(book.t("summary-col-message"), width=60),
               Column(book.t("summary-col-hint"), width=45)]
    rows: List[List[Any]] = []
    for f in analysis.open_findings:
        rows.append([text(f"severity-{f.severity}", book.lang), f.sheet or "", f.cell or "",
                     f.message(book.lang), f.hint(book.lang)])
    ws = _sheet(book, text("summary-sheet-findings", book.lang))
    return _finish(book, ws, st, book.t("summary-title-findings"), columns, rows, "Findings",
                   freeze_col=0)
