"""The briefing deck: slides, numbers, the comparison chart, measures tables, notes, languages."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest
from lxml import etree
from pptx import Presentation

from briefing_helpers import (
    THAI, charts, notes_text, run_fonts, run_text, runs, slide_text, tables, title_of,
)
from sample_analysis import sample_analysis

from ita_xl import messages, thai
from ita_xl.thai_breaks import plain
from ita_xl.briefing import build_briefing
from ita_xl.master.model import Period

WHEN = datetime(2023, 10, 1, 9, 30)


def _build(tmp_path_factory, name, **kwargs):
    n = kwargs.pop("n_measures", 6)
    draft = kwargs.pop("draft", False)
    analysis = sample_analysis(n_measures=n, findings=True, draft=draft)
    dest = tmp_path_factory.mktemp("deck") / f"{name}.pptx"
    result = build_briefing(analysis, dest, generated=WHEN, **kwargs)
    return analysis, result, Presentation(str(dest))


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return _build(tmp_path_factory, "th")


@pytest.fixture(scope="module")
def deck60(tmp_path_factory):
    return _build(tmp_path_factory, "th60", n_measures=60)


def _slides_of(result, prs, kind):
    return [s for s, k in zip(prs.slides, result.kinds) if k == kind]


def test_deck_has_every_slide_kind_in_meeting_order(deck):
    _analysis, result, prs = deck
    assert len(prs.slides) == result.slide_count >= 6
    assert [title_of(s) for s in prs.slides] == result.titles
    order = list(dict.fromkeys(result.kinds))
    assert order == ["title", "overall", "instruments", "comparison", "movers", "priorities",
                     "recommendations", "measures", "timeline", "followup"]


def test_title_slide_names_agency_fiscal_year_and_meeting_date(deck):
    analysis, _result, prs = deck
    text = slide_text(prs.slides[0])
    assert analysis.agency in text
    assert str(analysis.fiscal_year) in text
    assert thai.format_thai_date(analysis.meeting_date, thai_digits=False) in text


def test_overall_slide_shows_score_level_next_level_gap_and_national_average(deck):
    analysis, result, prs = deck
    slide = _slides_of(result, prs, "overall")[0]
    text = slide_text(slide)
    cur, nxt = analysis.current, analysis.next_level
    assert thai.format_number(cur.overall) in text
    assert cur.label("th") == "A" and "\nA\n" in f"\n{text}\n"
    assert nxt.label("th") == "AA" and messages.text("briefing-next-level", level="AA") in text
    assert messages.text("briefing-next-overall-short", gap=thai.format_number(nxt.overall_gap),
                         line="95") in text  # distance to AA
    assert thai.format_number(cur.national_average) in text
    chart = charts(slide)[0]
    values = list(chart.plots[0].series[0].values)
    assert values == [analysis.by_year[y].overall for y in analysis.years]


def test_comparison_chart_is_native_with_last_two_years_and_indicator_labels(deck):
    analysis, result, prs = deck
    slide = _slides_of(result, prs, "comparison")[0]
    chart = charts(slide)[0]
    plot = chart.plots[0]
    prev, year = analysis.previous_year, analysis.fiscal_year
    assert [list(s.values) for s in plot.series] == [
        [i.years[prev].score for i in analysis.indicators],
        [i.years[year].score for i in analysis.indicators],
    ]
    assert list(plot.categories) == [f"{i.number}. {i.name_th}" for i in analysis.indicators]
    # the data travels with the chart (an embedded workbook), so it stays editable
    assert chart.part.chart_workbook.xlsx_part is not None


def test_instruments_slide_shows_each_sub_score(deck):
    analysis, result, prs = deck
    text = slide_text(_slides_of(result, prs, "instruments")[0])
    for code in ("IIT", "EIT", "OIT"):
        assert code in text
        assert thai.format_number(analysis.current.instruments[code]) in text


def test_gaps_slide_lists_priorities_with_their_worth(deck):
    analysis, result, prs = deck
    table = tables(_slides_of(result, prs, "priorities")[0])[0]
    rows = [[plain(c.text) for c in r.cells] for r in list(table.rows)[1:]]
    expected = analysis.priorities
    assert [r[1] for r in rows] == [f"{i.number}. {i.name_th}" for i in expected]
    assert [r[5] for r in rows] == [thai.format_number(i.gap_target.worth) for i in expected]


def test_open_findings_only_with_include_findings_and_recommendations_always(deck, tmp_path):
    analysis, result, prs = deck
    assert analysis.open_findings and "findings" not in result.kinds
    recs = slide_text(_slides_of(result, prs, "recommendations")[0])
    assert all(r.recommendation in recs for r in analysis.recommendations)
    asked = build_briefing(analysis, tmp_path / "f.pptx", generated=WHEN, include_findings=True)
    assert asked.kinds[-1] == "findings"  # an appendix after the follow-up
    findings = slide_text(Presentation(str(asked.path)).slides[len(asked.kinds) - 1])
    for f in analysis.open_findings:
        assert f.location in findings


def test_no_findings_slide_when_none_are_open(tmp_path):
    analysis = sample_analysis(findings=False)
    result = build_briefing(analysis, tmp_path / "d.pptx", generated=WHEN)
    assert "findings" not in result.kinds


def _measure_rows(result, prs):
    pages = _slides_of(result, prs, "measures")
    headers, rows = [], []
    for slide in pages:
        (table,) = tables(slide)
        all_rows = [[plain(c.text) for c in r.cells] for r in table.rows]
        headers.append(all_rows[0])
        rows.extend(all_rows[1:])
    return pages, headers, rows


@pytest.mark.parametrize("which", ["deck", "deck60"])
def test_measures_tables_hold_every_measure_in_order_with_repeated_headers(which, request):
    analysis, result, prs = request.getfixturevalue(which)
    pages, headers, rows = _measure_rows(result, prs)
    assert len(pages) == result.table_pages["measures"] > 1
    assert [r[2] for r in rows] == [m.measure for m in analysis.measures]
    assert [r[0] for r in rows] == [str(k) for k in range(1, len(analysis.measures) + 1)]
    assert all(h == headers[0] for h in headers) and "มาตรการ/แนวทาง" in headers[0]
    continues = messages.text("briefing-continues")
    for number, slide in enumerate(pages, start=1):
        title = title_of(slide)
        assert f"{number}/{len(pages)}" in title
        assert ("(ต่อ" in title) == (number > 1)
        assert (continues in slide_text(slide)) == (number < len(pages))


def test_timeline_draws_a_bar_per_measure_inside_the_fiscal_year(deck):
    analysis, result, prs = deck
    slide = _slides_of(result, prs, "timeline")[0]
    months = sorted((s for s in slide.shapes if s.has_text_frame
                     and plain(s.text_frame.text) in thai.MONTHS_TH_ABBR), key=lambda s: s.left)
    assert [plain(s.text_frame.text) for s in months] == \
        list(thai.MONTHS_TH_ABBR[9:] + thai.MONTHS_TH_ABBR[:9])  # ต.ค. … ก.ย.
    bars = [s for s in slide.shapes if s.name.startswith("Timeline bar")]
    assert len(bars) == len(analysis.measures)
    left, right = months[0].left, months[-1].left + months[-1].width
    assert all(left <= b.left and b.left + b.width <= right for b in bars)
    # measure 1 runs 1 Oct – 28 Mar: its bar starts at October and ends inside March
    first = next(b for b in bars if b.name == "Timeline bar 1")
    march = months[5]
    assert abs(first.left - months[0].left) <= 2
    assert march.left < first.left + first.width < march.left + march.width


def test_timeline_groups_by_indicator_when_measures_are_many(deck60):
    analysis, result, prs = deck60
    slide = _slides_of(result, prs, "timeline")[0]
    notes = notes_text(slide)
    groups = {m.indicator for m in analysis.measures}
    assert thai.format_number(len(groups), 0) in notes
    assert "(10 มาตรการ)" in slide_text(slide)


def test_followup_summarises_each_indicator(deck):
    analysis, result, prs = deck
    (table,) = tables(_slides_of(result, prs, "followup")[0])
    rows = [[plain(c.text) for c in r.cells] for r in list(table.rows)[1:]]
    numbers = sorted({m.indicator for m in analysis.measures})
    assert [r[0].split(".")[0] for r in rows] == [str(n) for n in numbers]
    assert all("รายงานความก้าวหน้าทุก ๖ เดือน" in r[2] for r in rows)


def test_every_slide_has_speaker_notes_with_its_numbers(deck):
    analysis, result, prs = deck
    for slide in prs.slides:
        assert re.search(r"\d", notes_text(slide)), title_of(slide)
    overall = notes_text(_slides_of(result, prs, "overall")[0])
    assert thai.format_number(analysis.current.overall) in overall
    comparison = notes_text(_slides_of(result, prs, "comparison")[0])
    for ind in analysis.indicators:
        assert f"{ind.number}. {ind.name_th} ได้ {thai.format_number(ind.current)}" in comparison
    first_measures = notes_text(_slides_of(result, prs, "measures")[0])
    assert f"จากทั้งหมด {len(analysis.measures)} มาตรการ" in first_measures


def test_every_thai_run_names_the_complex_script_font(deck):
    _analysis, _result, prs = deck
    checked = 0
    parts = [s.part for s in prs.slides] + [s.notes_slide.part for s in prs.slides]
    parts += [c.part for s in prs.slides for c in charts(s)]
    for part in parts:
        for run in runs(etree.fromstring(part.blob)):
            if THAI.search(run_text(run)):
                fonts = run_fonts(run)
                assert fonts.get("cs") == "TH Sarabun New", run_text(run)
                assert fonts.get("latin") == fonts.get("ea") == "TH Sarabun New"
                checked += 1
    assert checked > 100


def test_thai_digits_print_numbers_in_thai(tmp_path_factory):
    analysis, result, prs = _build(tmp_path_factory, "digits", thai_digits=True)
    overall = slide_text([s for s, k in zip(prs.slides, result.kinds) if k == "overall"][0])
    score = thai.format_number(analysis.current.overall)
    assert thai.to_thai_digits(score) in overall and score not in overall
    assert thai.to_thai_digits(str(analysis.fiscal_year)) in slide_text(prs.slides[0])
    chart = charts([s for s, k in zip(prs.slides, result.kinds) if k == "comparison"][0])[0]
    labels = [r.text for r in chart.plots[0].series[1].points[0].data_label.text_frame.paragraphs]
    assert labels == [thai.to_thai_digits(thai.format_number(analysis.indicators[0].current))]


def test_english_deck_has_english_titles(tmp_path_factory):
    analysis, result, prs = _build(tmp_path_factory, "en", lang="en")
    titles = [title_of(s) for s in prs.slides]
    assert titles[1] == f"Overall score, fiscal year {analysis.fiscal_year - 543}"
    assert not any(THAI.search(t) for t in titles)
    comparison = [s for s, k in zip(prs.slides, result.kinds) if k == "comparison"][0]
    assert list(charts(comparison)[0].plots[0].categories)[0] == "1. Performance of duty"


def test_draft_mark_on_every_slide(tmp_path_factory):
    _analysis, _result, prs = _build(tmp_path_factory, "draft", draft=True)
    mark = messages.text("briefing-draft")
    for slide in prs.slides:
        assert any(s.name == "DRAFT" and plain(s.text_frame.text) == mark for s in slide.shapes)
        assert "ฉบับร่าง" in notes_text(slide)


def test_same_input_gives_the_same_bytes(tmp_path):
    analysis = sample_analysis()
    a = build_briefing(analysis, tmp_path / "a.pptx", generated=WHEN)
    b = build_briefing(analysis, tmp_path / "b.pptx", generated=WHEN)
    assert a.path.read_bytes() == b.path.read_bytes()
    prs = Presentation(str(a.path))
    assert prs.core_properties.modified == WHEN
    # the chart workbooks are stamped with the run's time too, not the wall clock
    for slide in prs.slides:
        for chart in charts(slide):
            blob = chart.part.chart_workbook.xlsx_part.blob
            core = zipfile.ZipFile(io.BytesIO(blob)).read("docProps/core.xml").decode()
            assert re.findall(r"W3CDTF\">([^<]+)<", core) == ["2023-10-01T09:30:00Z"] * 2


def test_thin_data_still_gives_a_clean_deck(tmp_path):
    """One year only, no national average, a missing score, measures without a period, outside
    the year, without an indicator, and one far too long for a slide."""
    a = sample_analysis(n_measures=8, findings=False)
    fy = a.fiscal_year
    a.years, a.by_year = [fy], {fy: a.by_year[fy]}
    a.by_year[fy].national_average = a.by_year[fy].change_prev = None
    a.framework = replace(a.framework, national=None)
    for ind in a.indicators:
        ind.years = {fy: ind.years[fy]}
    a.indicators[3].current = a.indicators[3].years[fy].score = None
    a.measures[1].period = None
    a.measures[2].period = Period(date(2022, 1, 1), date(2022, 6, 30))
    a.measures[3].indicator, a.measures[3].indicator_label = None, "ตัวชี้วัดที่เขียนเอง"
    a.measures[4].measure = "ปรับปรุงขั้นตอน" * 300
    a.recommendations, a.meeting_date, a.overall_slope = [], None, None
    result = build_briefing(a, tmp_path / "thin.pptx", generated=WHEN)
    prs = Presentation(str(result.path))
    assert "recommendations" not in result.kinds and "findings" not in result.kinds
    for slide in prs.slides:
        for shape in slide.shapes:
            assert shape.left + shape.width <= prs.slide_width
            assert shape.top + shape.height <= prs.slide_height
    comparison = _slides_of(result, prs, "comparison")[0]
    (series,) = charts(comparison)[0].plots[0].series
    assert series.values[3] is None
    timeline = _slides_of(result, prs, "timeline")[0]
    text = slide_text(timeline)
    assert "ยังไม่ระบุช่วงเวลา (1 มาตรการ): มาตรการที่ 2" in text
    assert "อยู่นอกปีงบประมาณ (1 มาตรการ): มาตรการที่ 3" in text
    assert len([s for s in timeline.shapes if s.name.startswith("Timeline bar")]) == 6
    _pages, _headers, rows = _measure_rows(result, prs)
    assert rows[3][1] == "ตัวชี้วัดที่เขียนเอง"
    assert rows[4][2].endswith("…") and len(rows[4][2]) < len(a.measures[4].measure)
    long_page = next(s for s in _slides_of(result, prs, "measures")
                     if rows[4][2] in slide_text(s))
    assert a.measures[4].measure in notes_text(long_page)
