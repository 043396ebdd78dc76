"""The deck as one argument, through real files: `ita-xl run` on a real master, the deck reopened
with python-pptx, the summary and the master's computed sheets with openpyxl, and LibreOffice's
rendering where what matters is what a head sees (the reference lines and the value axis)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Tuple

import openpyxl
import pytest
from click.testing import CliRunner
from pptx import Presentation

from ita_xl.thai_breaks import plain
from briefing_helpers import (
    THAI, charts, notes_text, shape_texts, slide_text, tables, title_of,
)
from builders import MasterSpec, build_master, default_measures
from render import to_pdf

from ita_xl import messages, thai
from ita_xl.analysis import analyse
from ita_xl.cli import cli
from ita_xl.pipeline import RunOptions, run, validate_workbook

REPO = Path(__file__).parent.parent
SEED = REPO / "workbooks" / "seed-memo-2565.xlsx"
OWN_TARGET = 90.0  # indicator 8 carries its own target: a row the title must not contradict


def _master(tmp_path: Path) -> Path:
    targets = [None] * 10
    targets[7] = OWN_TARGET
    return build_master(tmp_path / "master.xlsx",
                        MasterSpec(extra_score_columns={"เป้าหมาย": targets}))


def _analysis(master: Path):
    checked = validate_workbook(master)
    return analyse(checked.master, checked.frameworks, checked.report)


def _run(master: Path, out: Path, **options):
    result = run(master, RunOptions(out=out, **options))
    deck = next(p for p in result.outputs if p.suffix == ".pptx")
    summary = next(p for p in result.outputs if p.suffix == ".xlsx")
    return result, deck, summary


def _kinds(prs) -> List[str]:
    """Slide kinds as the deck names them (the shape-free way: by title catalogue text)."""
    return [title_of(s) for s in prs.slides]


def _priority_slides(prs, lang: str = "th"):
    title = messages.text("briefing-gaps-title", lang)
    return [s for s in prs.slides if title_of(s).startswith(title)]


def _deck_fix_first(prs) -> List[Tuple[int, str, str]]:
    """(indicator number, target, reasons) of each row of the deck's fix-first table."""
    rows = []
    for slide in _priority_slides(prs):
        (table,) = tables(slide)
        for row in list(table.rows)[1:]:
            cells = [plain(c.text) for c in row.cells]
            rows.append((int(cells[1].split(".")[0]), cells[3], cells[6]))
    return rows


def _sheet_rows(ws, header: str) -> Tuple[List[str], List[List[object]]]:
    """The header row whose first cell is ``header`` and the rows below it."""
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(values) if r and r[0] == header)
    return [str(c) for c in values[top]], [r for r in values[top + 1:] if any(r)]


def _summary_fix_first(summary: Path) -> List[Tuple[int, str]]:
    wb = openpyxl.load_workbook(summary)
    ws = wb[messages.text("summary-sheet-gaps")]
    head, rows = _sheet_rows(ws, messages.text("summary-col-priority"))
    why = head.index(messages.text("summary-col-weak"))
    ranked = [r for r in rows if isinstance(r[0], (int, float))]
    ranked.sort(key=lambda r: r[0])
    return [(int(str(r[1]).split()[0]), str(r[why] or "")) for r in ranked]


def _sheet_fix_first(master: Path) -> List[int]:
    """Indicator numbers in priority order on the master's computed gaps sheet."""
    wb = openpyxl.load_workbook(master)
    name = next(n for n in wb.sheetnames if n.startswith("ITA-ช่องว่าง"))
    ws = wb[name]
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(values) if messages.text("sheets.col.priority") in r)
    head = values[top]
    pcol, ncol = head.index(messages.text("sheets.col.priority")), \
        head.index(messages.text("sheets.col.number"))
    ranked = [(r[pcol], r[ncol]) for r in values[top + 1:]
              if isinstance(r[pcol], (int, float)) and isinstance(r[ncol], (int, float))]
    return [int(n) for _p, n in sorted(ranked)]


def test_one_fix_first_list_across_deck_summary_and_computed_sheets(tmp_path):
    master = _master(tmp_path)
    analysis = _analysis(master)
    expected = [i.number for i in analysis.priorities]
    assert len(expected) >= 3
    _result, deck, summary = _run(master, tmp_path / "out")
    prs = Presentation(str(deck))
    in_deck = _deck_fix_first(prs)
    assert [n for n, _t, _w in in_deck] == expected
    assert [n for n, _w in _summary_fix_first(summary)] == expected
    assert _sheet_fix_first(master) == expected
    # the same reasons, each output in its own words from the one set of reason codes
    by_number = {i.number: i for i in analysis.indicators}
    for number, _target, why in in_deck:
        codes = by_number[number].weak_reasons
        assert all(messages.text("briefing-reason-" + c, mark="85", three="3") in why
                   for c in codes), (number, why)
    for number, why in _summary_fix_first(summary):
        codes = by_number[number].weak_reasons
        assert all(messages.text("summary-weak-" + c) in why for c in codes), (number, why)
    # no second fix-first list: no other slide ranks the weakest indicators
    weakest = messages.text("briefing-reason-lowest-three", three="3")
    assert all(weakest not in slide_text(s) for s in prs.slides
               if s not in _priority_slides(prs))


def test_fix_first_title_states_no_target_a_row_contradicts(tmp_path):
    master = _master(tmp_path)
    _result, deck, _summary = _run(master, tmp_path / "out")
    prs = Presentation(str(deck))
    rows = _deck_fix_first(prs)
    targets = {t for _n, t, _w in rows}
    assert thai.format_number(OWN_TARGET) in targets and len(targets) > 1
    for slide in _priority_slides(prs):
        title = title_of(slide)
        assert not re.search(r"\d\d(\.\d\d)?\s*คะแนน", title), title
        assert all(t not in title for t in targets)


def test_indicators_that_rose_and_pass_are_not_painted_red(tmp_path):
    master = _master(tmp_path)
    analysis = _analysis(master)
    _result, deck, _summary = _run(master, tmp_path / "out")
    prs = Presentation(str(deck))
    red = "C62828"
    risen = [i for i in analysis.indicators if i.current >= analysis.pass_mark
             and (i.years[analysis.fiscal_year].change_prev or 0) > 0]
    assert risen
    names = {f"{i.number}. {i.name_th}" for i in risen}
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                for r in para.runs:
                    if r.text in names and r.font.color and r.font.color.type is not None:
                        assert str(r.font.color.rgb) != red, (title_of(slide), r.text)


@pytest.mark.parametrize("flag", [False, True])
def test_findings_reach_the_deck_only_with_include_findings(tmp_path, flag):
    master = tmp_path / "seed.xlsx"
    shutil.copy(SEED, master)
    args = ["run", str(master), "--out", str(tmp_path / "out"), "--allow-errors"]
    if flag:
        args.append("--include-findings")
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 1  # the seed memo has errors: a draft is written
    deck = next((tmp_path / "out").glob("*.pptx"))
    prs = Presentation(str(deck))
    title = messages.text("briefing-findings-title")
    found = [s for s in prs.slides if title_of(s).startswith(title)]
    assert bool(found) == flag
    if flag:  # an appendix after the follow-up, with every open finding's cell
        assert title_of(list(prs.slides)[-1]).startswith(title)
        text = "\n".join(slide_text(s) for s in found)
        assert "คะแนนตัวชี้วัด!E3" in text
    summary = next((tmp_path / "out").glob("*.xlsx"))
    assert messages.text("summary-sheet-findings") in openpyxl.load_workbook(summary).sheetnames


def _lines(slide) -> Dict[str, object]:
    return {s.name: s for s in slide.shapes if s.name.startswith("Reference line")}


def _bbox_words(pdf: Path, page: int) -> List[Tuple[str, float, float, float, float]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r'([^<]*)</word>', html)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in words]


def test_score_charts_carry_pass_and_excellent_lines_and_a_visible_thai_digit_axis(
        tmp_path, office):
    master = _master(tmp_path)
    analysis = _analysis(master)
    _result, deck, _summary = _run(master, tmp_path / "out", thai_digits=True)
    prs = Presentation(str(deck))
    chart_slides = [(k, s) for k, s in enumerate(prs.slides, 1) if charts(s)]
    assert len(chart_slides) >= 2  # the overall by year and the indicators
    pdf = to_pdf(deck, tmp_path / "pdf")
    for number, slide in chart_slides:
        chart = charts(slide)[0]
        lines = _lines(slide)
        assert set(lines) == {f"Reference line {thai.format_number(m, 0)}"
                              for m in (analysis.pass_mark, analysis.aa_mark)}
        axis = chart.value_axis
        low, high, step = axis.minimum_scale, axis.maximum_scale, axis.major_unit
        assert low <= analysis.pass_mark < analysis.aa_mark <= high
        ticks = [thai.to_thai_digits(str(int(low + k * step)))
                 for k in range(int((high - low) / step) + 1)]
        words = _bbox_words(pdf, number)
        shown = [w for w in words if w[0] in ticks]
        assert {w[0] for w in shown} == set(ticks), (number, ticks, [w[0] for w in words][:40])
        # the drawn value labels sit where the chart puts the values: 85 on the pass line
        pass_line = lines[f"Reference line {thai.format_number(analysis.pass_mark, 0)}"]
        labels = [w for w in shown if w[0] == thai.to_thai_digits("85")]
        horizontal = pass_line.width < pass_line.height
        if horizontal:  # a vertical line: a label centred on its x, below the plot
            x = (pass_line.left + pass_line.width / 2) / 12700
            assert any(abs((w[1] + w[3]) / 2 - x) < 6 for w in labels), (x, labels)
        else:  # a horizontal line: a label level with it, left of the plot
            y = (pass_line.top + pass_line.height / 2) / 12700
            assert any(abs((w[2] + w[4]) / 2 - y) < 6 for w in labels), (y, labels)


def test_score_axis_is_native_in_arabic_digits(tmp_path):
    master = _master(tmp_path)
    _result, deck, _summary = _run(master, tmp_path / "out")
    prs = Presentation(str(deck))
    for slide in prs.slides:
        for chart in charts(slide):
            xml = chart._chartSpace.xml
            assert "c:manualLayout" in xml
            assert chart.value_axis.tick_label_position != 3  # XL_TICK_LABEL_POSITION.NONE
            assert not chart.has_legend  # the slide's own legend, in the order of the bars
            assert len(_lines(slide)) == 2
            names = [s.name for s in chart.plots[0].series]
            legend = sorted((s for s in slide.shapes if s.has_text_frame
                             and plain(s.text_frame.text) in names), key=lambda s: s.left)
            assert [plain(s.text_frame.text) for s in legend] == names


def _english_allowed(analysis) -> List[str]:
    """What staff typed that the English deck shows as typed (names, measures, units …)."""
    allowed = [analysis.agency, analysis.province, analysis.prepared_by_unit, analysis.prepared_by]
    for m in analysis.measures:
        allowed += [m.measure, m.method, m.follow_up, m.indicator_label, *m.responsible]
        allowed += [line for line in m.measure.splitlines()]
    for r in analysis.recommendations:
        allowed += [r.weakness, r.recommendation, r.indicator_label]
    return sorted((a for a in allowed if a), key=len, reverse=True)


def test_english_deck_has_no_thai_where_it_should_not(tmp_path):
    master = _master(tmp_path)
    analysis = _analysis(master)
    _result, deck, _summary = _run(master, tmp_path / "out", lang="en")
    prs = Presentation(str(deck))
    allowed = _english_allowed(analysis)
    for slide in prs.slides:
        for shape in slide.shapes:
            for text in shape_texts(shape):
                rest = text
                for staff in allowed:
                    rest = rest.replace(staff, "")
                rest = re.sub(r"…", "", rest)
                if THAI.search(rest) and text.endswith("…"):
                    continue  # a staff text shortened on the slide (its full text is in notes)
                assert not THAI.search(rest), (title_of(slide), text)
        for chart in charts(slide):
            for plot in chart.plots:
                assert not any(THAI.search(c) for c in plot.categories)
    titles = [title_of(s) for s in prs.slides]
    be, ce = str(analysis.fiscal_year), str(analysis.fiscal_year - 543)
    assert ce in titles[0] and f"BE {be}" in titles[0]  # the BE year named once, on the title
    assert all(be not in t for t in titles[1:])
    text = "\n".join(slide_text(s) for s in prs.slides)
    assert re.search(r"\b(Oct|Nov|Dec|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep) 20\d\d\b", text)


# --- a master of the year staff are in: 2569 results, levels and instruments as published -----

SCORES_2569 = {
    2567: [92.10, 90.40, 93.00, 90.20, 91.50, 86.40, 85.10, 84.30, 93.20, 94.10],
    2568: [94.20, 93.10, 95.00, 92.60, 94.40, 88.20, 87.50, 87.90, 95.60, 96.30],
    2569: [96.00, 95.50, 97.00, 94.00, 96.00, 90.00, 88.00, 86.00, 97.00, 98.00],
}


def _instrument_means(scores):
    iit = sum(scores[:5]) / 5
    eit = sum(scores[5:8]) / 3
    oit = sum(scores[8:]) / 2
    return [round(iit + 1e-9, 2), round(eit + 1e-9, 2), round(oit + 1e-9, 2)]


def master_2569(path: Path) -> Path:
    """A 2569 master as the NACC publishes: levels typed, IIT/EIT/OIT typed in the Results."""
    from builders import replace_sheet, weighted

    spec = MasterSpec(score_years=[2567, 2568, 2569], scores=SCORES_2569)
    spec.agency[1] = ["ปีงบประมาณ", 2569]
    rows = default_measures() + [["6 คุณภาพการดำเนินงาน", "ลดขั้นตอนการให้บริการ",
                                  "๑. สำรวจความพึงพอใจ", "สำนักปลัดเทศบาล", "", "", "", 0]]
    spec.measures = [row[:4] + ["ตุลาคม ๒๕๖๙ - กันยายน ๒๕๗๐", "รายงานความก้าวหน้าทุก ๖ เดือน",
                                "ยังไม่เริ่ม" if row[7] == 0 else row[6], row[7]] for row in rows]
    build_master(path, spec)
    rows = [["ปีงบประมาณ", "คะแนนรวม", "ระดับ", "IIT", "EIT", "OIT"]]
    for year, label in ((2567, "ผ่านดี"), (2568, "ผ่านดี"), (2569, "ผ่านดี")):
        rows.append([year, weighted(SCORES_2569[year]), label,
                     *_instrument_means(SCORES_2569[year])])
    return replace_sheet(path, "ผลการประเมิน", rows)


def test_a_2569_master_shows_its_level_and_what_the_next_level_takes(tmp_path):
    master = master_2569(tmp_path / "m2569.xlsx")
    analysis = _analysis(master)
    cur, nxt = analysis.current, analysis.next_level
    assert cur.label("th") == "ผ่านดี" and nxt is not None and nxt.label("th") == "ผ่านดีเยี่ยม"
    blocking = [g for g in nxt.blocking]
    assert [g.code for g in blocking] == ["EIT"]
    result, deck, summary = _run(master, tmp_path / "out")
    assert result.exit_code == 0 and not result.report.errors  # levels as published: clean
    prs = Presentation(str(deck))
    overall = next(s for s in prs.slides
                   if title_of(s) == messages.text("briefing-overall-title", year="2569"))
    text = slide_text(overall)
    assert "ผ่านดี" in text and "ผ่านดีเยี่ยม" in text
    assert not re.search(r"\b(AA|A|B)\b", text)  # no retired letter for a 2566+ year
    assert messages.text("briefing-next-overall-short", gap=thai.format_number(nxt.overall_gap),
                         line="95") in text
    eit = blocking[0]
    assert messages.text("briefing-next-instruments-short", line="95", items=messages.text(
        "briefing-next-instrument-short", code="EIT", gap=thai.format_number(eit.gap))) in text
    instruments = next(s for s in prs.slides if "IIT" in title_of(s))
    itext = slide_text(instruments)
    assert messages.text("briefing-instrument-line-short", line="95",
                         gap=thai.format_number(eit.gap)) in itext
    assert itext.count(messages.text("briefing-instrument-line-met",
                                     line="95")) == 2  # IIT and OIT are at their line
    assert "ผ่านดีเยี่ยม" in notes_text(instruments)  # the level the lines belong to
    # the summary names the same level and gaps, from the same analysis
    wb = openpyxl.load_workbook(summary)
    ws = wb[messages.text("summary-sheet-overview")]
    cells = {str(r[0]): r[4] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert cells[messages.text("summary-grade")] == "ผ่านดี"
    assert cells[messages.text("summary-next-level")] == "ผ่านดีเยี่ยม"
    assert cells[messages.text("summary-next-overall-gap", level="ผ่านดีเยี่ยม",
                               line="95")] == nxt.overall_gap
    assert cells[messages.text("summary-next-instrument-gap", code="EIT", line="95")] == eit.gap
    years = [r for r in ws.iter_rows(values_only=True) if r and r[0] in (2567, 2568, 2569)]
    assert [r[2] for r in years[:3]] == ["ผ่านดี", "ผ่านดี", "ผ่านดี"]


def test_a_2569_deck_in_english_names_the_level_in_english(tmp_path):
    master = master_2569(tmp_path / "m2569.xlsx")
    analysis = _analysis(master)
    _result, deck, _summary = _run(master, tmp_path / "out", lang="en")
    prs = Presentation(str(deck))
    text = "\n".join(slide_text(s) for s in list(prs.slides)[:3])
    assert analysis.current.label("en") in text and analysis.next_level.label("en") in text
    assert "fiscal year 2026 (BE 2569)" in title_of(prs.slides[0])
