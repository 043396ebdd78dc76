"""The analysis report after the memo: result and level, indicator tables of both years and their
comparison, generated analysis sentences, recommendations and the measures table.

Every number comes from the analysis (the same objects the deck and the computed sheets draw
from); nothing here adds, subtracts or ranks.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH

from ita_xl.analysis import Analysis, MeasureView
from ita_xl.rounding import diff
from ita_xl.report.document import Writer
from ita_xl.report.text import Text, level_of, previous_result

INSTRUMENTS = ("IIT", "EIT", "OIT")


def result_rows(a: Analysis, tx: Text) -> List[List[str]]:
    """Instrument scores, overall and level: analysed year, previous year, change."""
    cur, prev = a.current, previous_result(a)
    rows = []
    for code in INSTRUMENTS:
        now = cur.instruments.get(code) if cur else None
        before = prev.instruments.get(code) if prev else None
        change = _change(now, before)
        rows.append([code, tx.num(before), tx.num(now), tx.num(change, signed=True)])
    rows.append([tx.t("rep-overall"), tx.num(prev.overall if prev else None),
                 tx.num(cur.overall if cur else None),
                 tx.num(cur.change_prev if cur else None, signed=True)])
    rows.append([tx.t("rep-level-row"), level_of(prev, a, tx.lang) or tx.t("rep-no-value"),
                 level_of(cur, a, tx.lang) or tx.t("rep-no-value"), ""])
    return rows


def _change(now: Optional[float], before: Optional[float]) -> Optional[float]:
    """The analysis' own two-decimal difference (ita_xl.rounding)."""
    return diff(now, before) if now is not None and before is not None else None


def year_rows(a: Analysis, year: int, tx: Text) -> List[List[str]]:
    """One year's indicator scores by rank (ties share a rank), as the memo lists them."""
    scored = [i for i in a.indicators if i.years.get(year) and i.years[year].score is not None]
    scored.sort(key=lambda i: (i.years[year].rank or 99, i.number))
    return [[str(i.years[year].rank), tx.indicator(i), i.instrument, tx.num(i.years[year].score)]
            for i in scored]


def comparison_rows(a: Analysis, prev: int, tx: Text) -> List[List[str]]:
    """Each indicator in both years and the change, as analysis computed it."""
    rows = []
    for i in a.indicators:
        before = i.years[prev].score if prev in i.years else None
        entry = i.years.get(a.fiscal_year)
        now = entry.score if entry else None
        change = entry.change_prev if entry is not None and before is not None else None
        rows.append([tx.indicator(i), tx.num(before), tx.num(now), tx.num(change, signed=True)])
    return rows


def measure_rows(a: Analysis, tx: Text) -> List[List[str]]:
    return [[str(k), _measure_indicator(a, m, tx), own_measure(m), m.method,
             "\n".join(m.responsible), tx.period(m),
             m.follow_up or tx.t("rep-no-value")]
            for k, m in enumerate(a.measures, 1)]


def own_measure(m: MeasureView) -> str:
    """The measure staff wrote; blank when they wrote only the method (the memo's way), which
    the method column already shows."""
    first = next((line.strip() for line in m.method.splitlines() if line.strip()), "")
    return "" if m.method and m.measure == first else m.measure


def _measure_indicator(a: Analysis, m: MeasureView, tx: Text) -> str:
    ind = a.indicator(m.indicator)
    if ind is None:
        return m.indicator_label or tx.t("rep-no-value")
    return tx.indicator(ind) + (f" ({m.sub})" if m.sub else "")


def analysis_sentences(a: Analysis, tx: Text) -> List[str]:
    """Strongest, weakest, what moved, what is below the pass mark and what is worth most."""
    out = []
    item = lambda i: tx.t("rep-item-score", name=tx.indicator(i), score=tx.num(i.current))  # noqa
    out.append(tx.t("rep-strongest", list=tx.listing([item(i) for i in a.strongest(3)])))
    out.append(tx.t("rep-weakest", list=tx.listing([item(i) for i in a.weakest(3)])))
    prev = a.previous_year
    if prev is not None:
        moved = [(i, i.years[a.fiscal_year].change_prev) for i in a.indicators
                 if i.years[prev].score is not None and i.current is not None]
        up = sorted([m for m in moved if (m[1] or 0) > 0], key=lambda m: (-(m[1] or 0), m[0].number))
        down = sorted([m for m in moved if (m[1] or 0) < 0], key=lambda m: ((m[1] or 0), m[0].number))
        change = lambda m: tx.t("rep-item-change", name=tx.indicator(m[0]),  # noqa: E731
                                change=tx.num(m[1], signed=True))
        if up:
            out.append(tx.t("rep-improved", prev=tx.year(prev), list=tx.listing([change(m) for m in up[:3]])))
        out.append(tx.t("rep-declined", list=tx.listing([change(m) for m in down]))
                   if down else tx.t("rep-none-declined", prev=tx.year(prev)))
    below = [i for i in a.indicators if "below-pass" in i.weak_reasons]
    mark = f"{a.pass_mark:g}"
    out.append(tx.t("rep-below-pass", mark=mark, list=tx.listing([item(i) for i in below]))
               if below else tx.t("rep-all-pass", mark=mark))
    first = a.priorities[0] if a.priorities else None
    if first is not None and first.gap_target is not None:
        out.append(tx.t("rep-priority", name=tx.indicator(first), target=tx.num(first.target),
                        worth=tx.num(first.gap_target.worth)))
    return out


def recommendation_rows(a: Analysis, tx: Text) -> List[List[str]]:
    rows = []
    for r in a.recommendations:
        ind = a.indicator(r.indicator)
        label = tx.indicator(ind) if ind else (r.indicator_label or tx.t("rep-no-value"))
        rows.append([r.instrument or (ind.instrument if ind else ""), label,
                     r.weakness or tx.t("rep-no-value"), r.recommendation or tx.t("rep-no-value")])
    return rows


def generated_recommendations(a: Analysis, tx: Text) -> List[str]:
    """Without a recommendations sheet: one sentence per weak indicator, by priority."""
    weak = sorted(a.weak, key=lambda i: (i.priority is None, i.priority or 0, i.number))
    out = []
    for i in weak:
        reasons = ", ".join(tx.t(f"rep-reason-{r}") for r in i.weak_reasons)
        out.append(tx.t("rep-rec-generated", name=tx.indicator(i), score=tx.num(i.current),
                        target=tx.num(i.target),
                        reasons=tx.t("rep-reasons", reasons=reasons) if reasons else ""))
    return out or [tx.t("rep-no-recommendations")]


def write_sections(w: Writer, a: Analysis, tx: Text, unit: str) -> None:
    """Everything after the memo, in the order the published document follows."""
    w.heading(tx.t("rep-title"), center=True)
    w.para(tx.t("rep-title-2", agency=a.agency, year=tx.year(a.fiscal_year)), 18, True,
           WD_ALIGN_PARAGRAPH.CENTER, keep=True, space_after=6)
    _result(w, a, tx)
    w.numbered(tx.t("rep-h-current", year=tx.year(a.fiscal_year)))
    _score_table(w, tx, year_rows(a, a.fiscal_year, tx))
    prev = a.previous_year
    if prev is not None:
        w.numbered(tx.t("rep-h-previous", year=tx.year(prev)))
        _score_table(w, tx, year_rows(a, prev, tx))
        w.numbered(tx.t("rep-h-compare", prev=tx.year(prev), year=tx.year(a.fiscal_year)))
        w.table([tx.t("rep-col-indicator"), tx.t("rep-col-year", year=tx.year(prev)),
                 tx.t("rep-col-year", year=tx.year(a.fiscal_year)), tx.t("rep-col-change")],
                comparison_rows(a, prev, tx), (8.5, 2.5, 2.5, 2.5), ("l", "r", "r", "r"))
    else:
        w.para(tx.t("rep-no-previous"), indent=True, space_after=3)
    w.numbered(tx.t("rep-h-analysis"))
    for sentence in analysis_sentences(a, tx):
        w.para(sentence, indent=True, space_after=3)
    w.numbered(tx.t("rep-h-recommendations"))
    if a.recommendations:
        w.table([tx.t("rep-col-instrument"), tx.t("rep-col-indicator"), tx.t("rep-col-weakness"),
                 tx.t("rep-col-recommendation")], recommendation_rows(a, tx),
                (2.6, 3.6, 4.2, 5.6))  # "Instrument" whole on one line
    else:
        for sentence in generated_recommendations(a, tx):
            w.para(sentence, indent=True, space_after=3)
    write_measures(w, a, tx, unit)


def _result(w: Writer, a: Analysis, tx: Text) -> None:
    cur = a.current
    w.numbered(tx.t("rep-h-result"))
    inst = cur.instruments if cur else {}
    w.para(tx.t("rep-result-sentence", year=tx.year(a.fiscal_year), agency=a.agency,
                overall=tx.num(cur.overall if cur else None), level=tx.level(cur, a),
                iit=tx.num(inst.get("IIT")), eit=tx.num(inst.get("EIT")),
                oit=tx.num(inst.get("OIT"))), indent=True, space_after=3)
    if cur is not None and cur.national_average is not None and cur.overall is not None:
        w.para(tx.t("rep-national-sentence", average=tx.num(cur.national_average),
                    diff=tx.num(diff(cur.overall, cur.national_average), signed=True)),
               indent=True, space_after=3)
    prev = previous_result(a)
    w.table([tx.t("rep-col-item"), tx.t("rep-col-year", year=tx.year(prev.year)) if prev else
             tx.t("rep-no-value"), tx.t("rep-col-year", year=tx.year(a.fiscal_year)),
             tx.t("rep-col-change")], result_rows(a, tx), (6.0, 3.3, 3.3, 3.3),
            ("l", "r", "r", "r"))


def _score_table(w: Writer, tx: Text, rows: Sequence[Sequence[str]]) -> None:
    w.table([tx.t("rep-col-rank"), tx.t("rep-col-indicator"), tx.t("rep-col-instrument"),
             tx.t("rep-col-score")], rows, (1.9, 8.5, 3.0, 2.6), ("c", "l", "c", "r"))


MEASURE_WIDTHS = (1.2, 3.6, 4.0, 6.0, 3.6, 3.0, 3.3)  # landscape: 24.7 cm
TABLE_SIZE = 14.0  # seven columns: 16 pt would cut long Thai words (ประสิทธิภาพ) mid-word


def write_measures(w: Writer, a: Analysis, tx: Text, unit: str) -> None:
    """The measures table on landscape pages (seven columns at 16 pt need the width)."""
    w.landscape_section(True)
    w.numbered(tx.t("rep-h-measures", plan=tx.year(a.plan_year)))
    if not a.measures:
        w.para(tx.t("rep-measures-none"), indent=True)
        return
    w.para(tx.t("rep-measures-intro", unit=unit, count=len(a.measures)), indent=True,
           keep=True, space_after=3)
    w.table([tx.t("rep-col-no"), tx.t("rep-col-indicator"), tx.t("rep-col-measure"),
             tx.t("rep-col-method"), tx.t("rep-col-responsible"), tx.t("rep-col-period"),
             tx.t("rep-col-followup")], measure_rows(a, tx), MEASURE_WIDTHS,
            ("c", "l", "l", "l", "l", "l", "l"), size=TABLE_SIZE, keep_rows=False)
