"""The seed memo's numbers (shared/seed), typed the way staff would type them, find its mistakes.

The memo's 4-column comparison table (2564 | 2565 | difference) is the scores sheet here, Thai
digits and ``- ๑.๓๖`` differences included; its results are 95.56 "A" (2564) and 91.03 "A" (2565).
The comparison table disagrees with the memo's own one-year tables, so a second test types the
one-year tables instead: there the 2565 overall of 91.03 is below all ten indicator scores.
"""
from __future__ import annotations

from builders import MasterSpec
from validate_support import run, where

SCORES = "คะแนนตัวชี้วัด"
RESULTS = "ผลการประเมิน"
MEASURES = "มาตรการ"

# rank order of the memo's comparison table: (name, 2564, 2565, typed difference)
COMPARISON = [
    ("การป้องกันการทุจริต", "๙๗.๕๐", "๑๐๐.๐๐", "๑๒.๕๐"),
    ("การแก้ไขปัญหาการทุจริต", "๗๖.๓๓", "๙๙.๑๖", "๒๒.๕๓"),
    ("การปฏิบัติหน้าที่", "๙๗.๓๑", "๙๔.๔๗", "๑๑.๑๖"),
    ("การใช้อำนาจ", "๙๒.๖๙", "๙๔.๒๕", "๑๕.๖๙"),
    ("การใช้ทรัพย์สินของราชการ", "๗๔.๐๙", "๙๗.๐๔", "๒๒.๙๕"),
    ("การใช้งบประมาณ", "๗๔.๒๗", "๙๖.๙๑", "๒๒.๖๔"),
    ("การเปิดเผยข้อมูล", "๙๓.๕๐", "๙๒.๑๔", "- ๑.๓๖"),
    ("คุณภาพการดำเนินงาน", "๙๙.๑๖", "๙๗.๑๙", "- ๑.๙๗"),
    ("ประสิทธิภาพการสื่อสาร", "๙๕.๑๕", "๗๒.๙๖", "- ๑๒.๒๙"),
    ("การปรับปรุงการทำงาน", "๙๒.๖๙", "๗๒.๓๔", "- ๑๐.๓๕"),
]

# the memo's one-year tables, by indicator name
ONE_YEAR = {
    2564: {"การเปิดเผยข้อมูล": "๙๓.๕๐", "คุณภาพการดำเนินงาน": "๙๙.๑๖",
           "การป้องกันการทุจริต": "๙๗.๕๐", "การปฏิบัติหน้าที่": "๙๗.๓๑",
           "ประสิทธิภาพการสื่อสาร": "๙๕.๑๕", "การปรับปรุงการทำงาน": "๙๒.๖๙", "การใช้อำนาจ": "๙๒.๕๖",
           "การแก้ไขปัญหาการทุจริต": "๗๖.๓๓", "การใช้งบประมาณ": "๗๔.๒๗",
           "การใช้ทรัพย์สินของราชการ": "๗๔.๐๙"},
    2565: {"การป้องกันการทุจริต": "๑๐๐.๐๐", "การแก้ไขปัญหาการทุจริต": "๙๘.๖๖",
           "การปฏิบัติหน้าที่": "๙๘.๔๗", "การใช้อำนาจ": "๙๘.๒๕",
           "การใช้ทรัพย์สินของราชการ": "๙๗.๐๔", "การใช้งบประมาณ": "๙๖.๙๑",
           "การเปิดเผยข้อมูล": "๙๕.๑๔", "คุณภาพการดำเนินงาน": "๙๓.๑๗",
           "ประสิทธิภาพการสื่อสาร": "๙๑.๔๖", "การปรับปรุงการทำงาน": "๙๑.๓๔"},
}

PERIOD = "เดือน ตุลาคม พ.ศ.๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖"
FOLLOW = "รายงานความก้าวหน้าทุก ๖ เดือน"
MEMO_MEASURES = [
    ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ"],
    [None, "๑. ประชุมชี้แจงให้ความรู้\n๒. เผยแพร่แผนการใช้จ่ายงบประมาณ",
     "-กองคลัง -ผู้อำนวยการ กองคลัง", PERIOD, FOLLOW],
    ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"],
    [None, "๑. ประชุมชี้แจง\n๒. จัดทำคู่มือ", "-ทุกส่วนราชการ", PERIOD,
     "การประเมินความพึงพอใจของผู้รับบริการเมื่อสิ้นปีงบประมาณ"],
    ["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"],
    [None, "๑. เพิ่มช่องทางการสื่อสาร", "-สำนักปลัดเทศบาล -งานประชาสัมพันธ์",
     "เดือน ตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖", FOLLOW],
    ["ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน"],
    [None, "๑. จัดประชุมพนักงาน", "-ทุกส่วนราชการ", PERIOD, FOLLOW],
    ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ"],
    [None, "๑.มอบหมายผู้รับผิดชอบ", "-กองคลัง", PERIOD, FOLLOW],
    ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล"],
    [None, "๑.ชี้แจงผู้รับผิดชอบ", "-สำนักปลัด เทศบาล",
     "เดือนตุลาคม พ.ศ. ๒๕๖๕ - เดือนมีนาคม พ.ศ.๒๕๖๖", FOLLOW],
]


def memo_spec(scores_2564, scores_2565, changes=None):
    extra = {"ผลคะแนนที่มีการ\nพัฒนา/ที่ต้อง\nพัฒนาให้ดีขึ้น": changes} if changes else {}
    return MasterSpec(
        agency=[["ชื่อหน่วยงาน", "เทศบาลเมืองสะเตงนอก"], ["ปีงบประมาณ", "๒๕๖๕"],
                ["วันที่ประชุม", "๑๐ ตุลาคม ๒๕๖๕"]],
        score_years=[2564, 2565],
        scores={2564: scores_2564, 2565: scores_2565},
        indicator_labels=[row[0] for row in COMPARISON],
        score_headers=["อันดับ\nที่", "ตัวชี้วัด", "ผลคะแนน\nปี ๒๕๖๔", "ผลคะแนน\nปี ๒๕๖๕"],
        extra_score_columns=extra,
        results=[["๒๕๖๔", "๙๕.๕๖", "A"], ["๒๕๖๕", "๙๑.๐๓", "A"]],
        measures_header=["มาตรการ/\nแนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ",
                         "ระยะเวลา\nดำเนินการ", "การติดตามผล"],
        measures=MEMO_MEASURES,
    )


def test_memo_comparison_table_findings(tmp_path):
    spec = memo_spec([r[1] for r in COMPARISON], [r[2] for r in COMPARISON],
                     [r[3] for r in COMPARISON])
    report = run(tmp_path, spec)

    # 2564: 95.56 is grade AA, not A
    grade = where(report, "grade-mismatch")
    assert grade == [("error", RESULTS, "C2")]
    # the typed differences that are not 2565 - 2564: ranks 1-4, 9 and 10 (rows 2-5, 10, 11)
    assert where(report, "change-mismatch") == [
        ("error", SCORES, cell) for cell in ("E2", "E3", "E4", "E5", "E10", "E11")]
    f = next(f for f in report.findings if f.cell == "E2")
    assert "๑๒.๕๐" in f.message("th") and "= 2.50" in f.message("th") and "2.50" in f.hint("th")
    assert "is 12.50" in f.message("en")
    f = next(f for f in report.findings if f.cell == "E10")  # typed - ๑๒.๒๙, really -22.19
    assert "-12.29" in f.message("en") and "-22.19" in f.message("en")
    # both overalls disagree with the framework-weighted mean of this table
    assert where(report, "overall-mismatch") == [
        ("warning", RESULTS, "B2"), ("warning", RESULTS, "B3")]
    assert [f.params["computed"] for f in report.findings if f.code == "overall-mismatch"] == [
        "91.78", "91.59"]
    # with this table's 72.34 and 72.96, 91.03 is inside the 2565 range
    assert where(report, "overall-outside-range") == []
    # the memo's own sub-indicator name for 9.4 is not the official one
    assert where(report, "sub-indicator-name-unofficial") == [("warning", MEASURES, "A12")]
    # … and its 9.3 row writes ตัวที่วัดย่อย for ตัวชี้วัดย่อย
    assert [f.severity for f in report.findings
            if f.code == "sub-indicator-label-unofficial"] == ["info"]
    assert len(report.findings) == 11


def test_memo_one_year_tables_make_the_2565_overall_impossible(tmp_path):
    names = [row[0] for row in COMPARISON]
    spec = memo_spec([ONE_YEAR[2564][n] for n in names], [ONE_YEAR[2565][n] for n in names])
    report = run(tmp_path, spec)
    f = next(f for f in report.findings if f.code == "overall-outside-range")
    assert (f.severity, f.sheet, f.cell) == ("error", RESULTS, "B3")
    assert "91.03" in f.message("th") and "91.34" in f.message("th")
    assert where(report, "grade-mismatch") == [("error", RESULTS, "C2")]
