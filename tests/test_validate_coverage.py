"""Whole-workbook checks through real workbooks: weak indicators have measures, recommendations
name real indicators, tables have their required columns.

In the default master (analysed 2566) indicator 8 (84.10, E9) is below the pass mark and the three
lowest are 8, 4 (88.70, E5) and 2 (89.15, E3); the default measures serve 8, 4, 2 and 7.
"""
from __future__ import annotations

from builders import SCORES, MasterSpec, default_measures, result_label, weighted
from validate_support import codes, only, run

SCORES_SHEET = "คะแนนตัวชี้วัด"
RECS = "ข้อเสนอแนะ"


def test_indicator_below_the_pass_mark_without_a_measure(tmp_path):
    report = run(tmp_path, MasterSpec(measures=default_measures()[1:]))
    f = only(report, "weak-indicator-without-measure")
    assert (f.severity, f.sheet, f.cell) == ("warning", SCORES_SHEET, "E9")
    assert "84.10" in f.message("th") and "85.00" in f.message("th")
    assert "lowest-indicator-without-measure" not in codes(report)


def test_one_of_the_three_lowest_without_a_measure(tmp_path):
    rows = default_measures()
    report = run(tmp_path, MasterSpec(measures=[rows[0], rows[2], rows[3]]))
    f = only(report, "lowest-indicator-without-measure")
    assert (f.severity, f.sheet, f.cell) == ("warning", SCORES_SHEET, "E5")
    assert f.params["rank"] == 2 and "88.70" in f.message("th")


def test_measure_for_a_sub_indicator_covers_its_indicator(tmp_path):
    scores = {y: list(v) for y, v in SCORES.items()}
    scores[2566][8] = 80.0  # indicator 9 now below the pass mark
    results = [[y, weighted(v), result_label(y, v)] for y, v in scores.items()]
    rows = default_measures()
    covered = run(tmp_path, MasterSpec(scores=scores, results=results,
                                       measures=rows + [["๙.๓"] + rows[0][1:]]))
    assert covered.findings == []
    uncovered = run(tmp_path, MasterSpec(scores=scores, results=results, measures=rows))
    assert only(uncovered, "weak-indicator-without-measure").cell == "E10"


def _recs(*rows):
    return MasterSpec(recommendations=[list(r) for r in rows])


def test_recommendation_rows_name_real_indicators(tmp_path):
    report = run(tmp_path, _recs(
        ["IIT", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "ไม่เผยแพร่แผน", "จัดทำอินโฟกราฟิก"],
        ["EIT", "การจัดซื้อจัดจ้าง", "ล่าช้า", "ปรับขั้นตอน"],
        ["OIT", None, "ข้อมูลไม่ครบ", "เผยแพร่ให้ครบ"],
    ))
    f = only(report, "indicator-unknown")
    assert (f.severity, f.sheet, f.cell) == ("error", RECS, "B3")
    g = only(report, "recommendation-indicator-missing")
    assert (g.severity, g.sheet, g.cell) == ("warning", RECS, "B4")


def test_recommendation_instrument_is_checked(tmp_path):
    report = run(tmp_path, _recs(
        ["ITT", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "ไม่เผยแพร่แผน", "จัดทำอินโฟกราฟิก"],
        ["OIT", "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "ไม่มีช่องทาง", "เพิ่มช่องทาง"],
    ))
    f = only(report, "recommendation-instrument-unknown")
    assert (f.severity, f.sheet, f.cell) == ("warning", RECS, "A2")
    g = only(report, "recommendation-instrument-mismatch")
    assert (g.severity, g.sheet, g.cell) == ("warning", RECS, "A3")
    assert "EIT" in g.message("th")


def test_required_column_missing_points_at_the_header_row(tmp_path):
    header = [h for h in MasterSpec().measures_header if h != "ผู้รับผิดชอบ"]
    rows = [r[:3] + r[4:] for r in default_measures()]
    report = run(tmp_path, MasterSpec(measures_header=header, measures=rows))
    f = only(report, "column-missing")
    assert (f.severity, f.sheet, f.cell) == ("error", "มาตรการ", "A1:G1")
    assert "ผู้รับผิดชอบ" in f.message("th")
    assert "responsible-missing" not in codes(report)  # not once per row


def test_scores_without_an_indicator_column(tmp_path):
    spec = MasterSpec(score_headers=["ลำดับ", "รายการ", 2564, 2565, 2566])
    report = run(tmp_path, spec)
    f = only(report, "column-missing")
    assert (f.severity, f.sheet) == ("error", SCORES_SHEET)
    assert f.cell is not None and f.cell.startswith("A1:")
    assert "indicator-missing" not in codes(report)


def test_a_workbook_wrong_everywhere_still_validates(tmp_path):
    """Many problems at once: every check still runs, nothing raises, each cell is named."""
    spec = MasterSpec(
        agency=[["ชื่อหน่วยงาน", None], ["ปีงบประมาณ", "สองพันห้าร้อย"], ["คะแนนเป้าหมาย", "สูง"]],
        scores={2564: ["x"] * 10, 2565: [None] * 10, 2566: [150] * 10},
        indicator_labels=["?"] * 10,
        extra_score_columns={"ผลต่าง": ["มาก"] * 10},
        results=[["ปี", "ไม่มี", "Z"], [2565, 200, None], [2564, 90, "Z"]],
        measures=[[None] * 8, ["ตัวชี้วัดที่ 99", None, None, None, "เมื่อไร", None, "?", "?"]],
        recommendations=[["XIT", "?", None, None]],
    )
    report = run(tmp_path, spec)
    assert report.has_errors
    assert all(f.sheet is not None for f in report.findings)
    found = set(codes(report))
    assert {"agency-key-missing", "fiscal-year-unreadable", "target-not-a-number",
            "indicator-unknown", "score-not-a-number", "score-column-empty", "score-out-of-range",
            "change-not-a-number", "result-year-unreadable", "overall-not-a-number",
            "grade-unknown", "overall-out-of-range", "measure-empty", "period-unreadable",
            "status-unknown", "progress-not-a-number", "recommendation-instrument-unknown"} <= found
