"""Each year in its own scheme, through real workbooks: instrument scores (published or computed),
the published and computed rating, what it takes to reach the next level, the one priority model
(order, reasons, tone) and the one mismatch rule."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List

from builders import MasterSpec, build_master
from ita_xl.analysis import analyse
from ita_xl.analysis_math import weighted_mean
from ita_xl.pipeline import validate_workbook

WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]
# 2568: IIT strong, EIT under 85 (indicator 8 drags it), OIT strong -> ผ่าน, not ผ่านดี
SCORES: Dict[int, List[float]] = {
    2566: [90.10, 88.20, 91.00, 87.40, 89.00, 86.50, 85.20, 80.10, 92.00, 93.00],
    2567: [94.00, 92.10, 95.20, 91.00, 93.30, 88.00, 86.00, 78.40, 96.10, 97.00],
    2568: [97.20, 96.00, 98.10, 95.50, 97.00, 86.30, 88.90, 77.20, 99.00, 99.50],
}
HEADER = ["ปีงบประมาณ", "คะแนนรวม", "IIT", "EIT", "OIT", "ระดับ"]


def overall(year: int) -> float:
    return weighted_mean(zip(WEIGHTS, SCORES[year]))


def inst(year: int, code: str) -> float:
    span = {"IIT": range(0, 5), "EIT": range(5, 8), "OIT": range(8, 10)}[code]
    return weighted_mean((WEIGHTS[i], SCORES[year][i]) for i in span)


def master(tmp_path: Path, results=None, fiscal_year=2568, scores=None) -> Path:
    scores = scores or SCORES
    spec = MasterSpec(score_years=sorted(scores), scores=scores, results_header=HEADER)
    spec.agency[1] = ["ปีงบประมาณ", fiscal_year]
    spec.results = results if results is not None else [
        [2566, overall(2566), None, None, None, "ผ่าน"],  # instruments not typed: computed
        [2567, overall(2567), 93.0, 83.3, 96.55, "ผ่าน"],
        [2568, overall(2568), 96.76, 84.13, 99.25, "ผ่าน"],
    ]
    return build_master(tmp_path / "master.xlsx", spec)


def analysed(path: Path):
    checked = validate_workbook(path)
    return analyse(checked.master, checked.frameworks, checked.report)


def test_instrument_scores_published_where_typed_else_computed(tmp_path):
    a = analysed(master(tmp_path))
    typed = a.by_year[2568].instrument_scores
    assert {c: (s.score, s.computed) for c, s in typed.items()} == {
        "IIT": (96.76, False), "EIT": (84.13, False), "OIT": (99.25, False)}
    assert typed["EIT"].cell == "D4"
    computed = a.by_year[2566].instrument_scores
    assert {c: (s.score, s.computed) for c, s in computed.items()} == {
        c: (inst(2566, c), True) for c in ("IIT", "EIT", "OIT")}
    assert a.by_year[2566].instruments == {c: inst(2566, c) for c in ("IIT", "EIT", "OIT")}


def test_each_year_is_rated_in_its_own_scheme(tmp_path):
    rows = [[2561, 88.0, None, None, None, "สูงมาก"],  # history: its own scale, no framework
            [2565, 86.0, None, None, None, "A"],
            [2566, overall(2566), None, None, None, "ผ่าน"],
            [2568, overall(2568), 96.76, 84.13, 99.25, "ผ่าน"]]
    scores = {**SCORES, 2565: [86.0] * 10}
    a = analysed(master(tmp_path, rows, scores=scores))
    y = a.by_year
    assert y[2561].rating is None and y[2561].label("en") == "สูงมาก"
    assert (y[2565].rating.kind, y[2565].label("en")) == ("letter", "A")
    assert y[2566].published_rating.label("th") == "ผ่าน" == y[2566].computed_rating.label("th")
    assert y[2568].computed_rating.label("en") == "Pass" and y[2568].label("th") == "ผ่าน"
    assert y[2568].computed_rating.kind == "level" and y[2568].grade == "ผ่าน"


def test_a_retired_letter_shows_the_level_the_scores_earn(tmp_path):
    rows = [[2568, overall(2568), 96.76, 84.13, 99.25, "A"]]
    a = analysed(master(tmp_path, rows))
    cur = a.current
    assert cur.published_grade == "A" and cur.published_rating is None
    assert cur.label("th") == "ผ่าน" and cur.label("en") == "Pass"


def test_next_level_names_the_instrument_below_its_line(tmp_path):
    a = analysed(master(tmp_path))
    gap = a.next_level
    assert (gap.rating.label("th"), gap.label("th"), gap.label("en")) == ("ผ่าน", "ผ่านดี", "Good")
    assert gap.overall_line == 85 and gap.overall_gap == 0 and gap.pass_gap == 0
    assert [(g.code, g.line, g.gap, g.computed) for g in gap.instruments] == [
        ("IIT", 85, 0, False), ("EIT", 85, 0.87, False), ("OIT", 85, 0, False)]
    assert [g.code for g in gap.blocking] == ["EIT"]


def test_next_level_of_a_letter_year_is_the_next_band(tmp_path):
    scores = {2564: [80.0] * 10, 2565: [82.0] * 10}
    rows = [[2564, 80.0, None, None, None, "B"], [2565, 82.0, None, None, None, "B"]]
    a = analysed(master(tmp_path, rows, fiscal_year=2565, scores=scores))
    gap = a.next_level
    assert (gap.rating.code, gap.target.code, gap.overall_gap, gap.instruments) == (
        "B", "A", 3.0, [])
    assert gap.pass_gap == 3.0


def test_no_next_level_at_the_top(tmp_path):
    scores = {2568: [97.0] * 10}
    rows = [[2568, 97.0, 97.0, 97.0, 97.0, "ผ่านดีเยี่ยม"]]
    a = analysed(master(tmp_path, rows, scores=scores))
    assert a.current.rating.code == "excellent" and a.next_level is None


def test_fix_first_puts_what_holds_the_level_back_first(tmp_path):
    a = analysed(master(tmp_path))
    by = {i.number: i for i in a.indicators}
    # EIT (6, 7, 8) is under the next level's line (85): 8 (77.20) holds it back
    assert "holds-back-level" in by[8].priority_reasons and by[8].level_gap == 7.8
    assert by[8].level_line == 85 and by[6].level_gap is None  # 86.30 is over the line
    assert by[8].priority == 1
    order = [i.number for i in a.priorities]
    # then by the overall points closing the target gap (95) adds: weight x gap
    worth = {n: by[n].gap_target.worth for n in order}
    rest = order[1:]
    assert rest == sorted(rest, key=lambda n: (-worth[n], 0 if by[n].years[2568].change_prev < 0
                                                else 1, by[n].current, n))
    assert all(by[n].gap_target.gap > 0 for n in order)
    assert all(r in ("holds-back-level", "below-pass", "declined", "lowest-three")
               for i in a.indicators for r in i.priority_reasons)


def test_tone_says_weak_or_improving_not_rank(tmp_path):
    a = analysed(master(tmp_path))
    by = {i.number: i for i in a.indicators}
    assert by[8].tone == "weak"  # 77.20, fell from 78.40
    assert by[6].tone == "weak"  # 86.30 passes but fell from 88.00
    assert by[7].tone == "improving"  # 88.90 rose from 86.00, although among the lowest three
    assert "lowest-three" in by[7].weak_reasons
    assert by[1].tone == "improving"  # 97.20 up from 94.00
    flat = analysed(master(tmp_path, scores={2568: SCORES[2568]},
                           results=[[2568, overall(2568), None, None, None, "ผ่าน"]]))
    tones = {i.number: i.tone for i in flat.indicators}  # one year: nothing moved
    assert tones.pop(8) == "weak" and set(tones.values()) == {"steady"}  # 8 is under the pass mark


def test_mismatch_is_more_than_0_01(tmp_path):
    computed = overall(2568)
    for typed, expected in ((computed + 0.01, False), (computed - 0.01, False),
                            (computed + 0.02, True)):
        rows = [[2568, round(typed, 2), 96.76, 84.13, 99.25, "ผ่าน"]]
        a = analysed(master(tmp_path, rows))
        assert a.current.overall_mismatch is expected, typed


def test_default_target_is_the_top_level_line(tmp_path):
    a = analysed(master(tmp_path))
    assert a.target == a.framework.aa_mark == 95


def test_weighted_points_are_scaled_back_as_validation_reads_them(tmp_path):
    """A results sheet with only the NACC's weighted columns ("OIT (40)"): the same reading as
    validation (master.instruments) — scaled back to 0-100, not computed."""
    header = ["ปีงบประมาณ", "คะแนนรวม", "IIT (30)", "EIT (30)", "OIT (40)", "ระดับ"]
    spec_rows = [[2568, overall(2568), 29.03, 25.24, 39.70, "ผ่าน"]]
    path = master(tmp_path, spec_rows)
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["ผลการประเมิน"]
    for col, text in enumerate(header, 1):
        ws.cell(1, col).value = text
    wb.save(path)
    cur = analysed(path).current
    got = {c: (s.score, s.basis, s.computed) for c, s in cur.instrument_scores.items()}
    assert got == {"IIT": (96.77, "weighted", False), "EIT": (84.13, "weighted", False),
                   "OIT": (99.25, "weighted", False)}
    assert cur.next_level.blocking[0].code == "EIT"
