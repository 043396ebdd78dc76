"""Labels of the summary workbook (summary/) and of PDF export (pdf.py)."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

SUMMARY: Dict[str, Entry] = {
    # sheet names (at most 31 characters, no : \ / ? * [ ])
    "summary-sheet-overview": ("ภาพรวม", "Overview"),
    "summary-sheet-comparison": ("เปรียบเทียบคะแนน", "Comparison"),
    "summary-sheet-gaps": ("ช่องว่างและลำดับความสำคัญ", "Gaps and priorities"),
    "summary-sheet-measures": ("มาตรการ", "Measures"),
    "summary-sheet-recommendations": ("ข้อเสนอแนะ", "Recommendations"),
    "summary-sheet-findings": ("ข้อสังเกตที่ยังค้าง", "Open findings"),
    # titles, header and footer
    "summary-title-overview": (
        "สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year}",
        "ITA summary, fiscal year {year}",
    ),
    "summary-title-comparison": (
        "เปรียบเทียบคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. {year}",
        "Indicator scores compared, fiscal year {year}",
    ),
    "summary-title-gaps": (
        "ช่องว่างถึงเป้าหมายและลำดับความสำคัญ ปีงบประมาณ พ.ศ. {year}",
        "Gaps to target and priorities, fiscal year {year}",
    ),
    "summary-title-measures": (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {year}",
        "Integrity and transparency measures, fiscal year {year}",
    ),
    "summary-title-recommendations": ("ข้อบกพร่องและข้อเสนอแนะจากผลการประเมิน",
                                      "Weaknesses and recommendations from the assessment"),
    "summary-title-findings": ("ข้อสังเกตจากการตรวจสอบสมุดงานหลักที่ยังไม่ได้แก้ไข",
                               "Findings in the master workbook not yet resolved"),
    "summary-subtitle": ("{agency} · ปีงบประมาณ พ.ศ. {year}", "{agency} · fiscal year {year}"),
    "summary-generated": ("จัดทำเมื่อ {date}", "Generated {date}"),
    "summary-footer-page": ("หน้า {page} จาก {pages}", "Page {page} of {pages}"),
    "summary-draft-mark": ("ฉบับร่าง", "DRAFT"),
    "summary-draft-banner": (
        "ฉบับร่าง — สมุดงานหลักยังมีข้อผิดพลาดที่ไม่ได้แก้ ตัวเลขอาจเปลี่ยนแปลง",
        "DRAFT — the master workbook still has unresolved errors; figures may change",
    ),
    # overview
    "summary-h-agency": ("ข้อมูลหน่วยงาน", "Agency"),
    "summary-h-results": ("ผลการประเมินปี {year}", "Results {year}"),
    "summary-h-years": ("ผลการประเมินรายปี", "Results by year"),
    "summary-h-instruments": ("คะแนนรายเครื่องมือการประเมิน", "Scores by instrument"),
    "summary-agency": ("หน่วยงาน", "Agency"),
    "summary-province": ("จังหวัด", "Province"),
    "summary-fiscal-year": ("ปีงบประมาณที่ประเมิน", "Fiscal year assessed"),
    "summary-plan-year": ("ปีงบประมาณที่ดำเนินมาตรการ", "Measures planned for fiscal year"),
    "summary-prepared-by-unit": ("หน่วยงานผู้จัดทำ", "Prepared by unit"),
    "summary-prepared-by": ("ผู้จัดทำ", "Prepared by"),
    "summary-meeting-date": ("วันที่ประชุม", "Meeting date"),
    "summary-overall": ("คะแนนรวมปี {year}", "Overall score {year}"),
    "summary-grade": ("ระดับผลการประเมิน", "Grade"),
    "summary-change-since": ("เปลี่ยนแปลงจากปี {year}", "Change since {year}"),
    "summary-national": ("ค่าเฉลี่ยระดับประเทศ ปี {year}", "National average {year}"),
    "summary-vs-national": ("ผลต่างจากค่าเฉลี่ยระดับประเทศ", "Difference from the national average"),
    "summary-target": ("คะแนนเป้าหมาย", "Target score"),
    "summary-below-pass": ("ตัวชี้วัดที่ต่ำกว่าเกณฑ์ผ่าน ({mark} คะแนน)",
                           "Indicators below the pass mark ({mark})"),
    "summary-top-priorities": ("ตัวชี้วัดที่ควรพัฒนาก่อน", "Indicators to improve first"),
    "summary-measure-count": ("จำนวนมาตรการ", "Measures"),
    "summary-open-errors": ("ข้อผิดพลาดที่ยังไม่ได้แก้", "Unresolved errors"),
    "summary-open-warnings": ("คำเตือนที่ยังค้าง", "Open warnings"),
    # column headers (unique within each table)
    "summary-col-year": ("ปีงบประมาณ", "Fiscal year"),
    "summary-col-overall": ("คะแนนรวม", "Overall score"),
    "summary-col-grade": ("ระดับ", "Grade"),
    "summary-col-change": ("เปลี่ยนแปลง", "Change"),
    "summary-col-national": ("ค่าเฉลี่ยประเทศ", "National average"),
    "summary-col-vs-national": ("เทียบค่าเฉลี่ยประเทศ", "vs national"),
    "summary-col-aa": ("เกณฑ์ AA ({mark})", "AA mark ({mark})"),
    "summary-col-pass": ("เกณฑ์ผ่าน ({mark})", "Pass mark ({mark})"),
    "summary-col-source": ("ที่มาของคะแนน", "Source"),
    "summary-source-published": ("ผลที่ประกาศ", "published"),
    "summary-source-computed": ("คำนวณจากตัวชี้วัด", "computed"),
    "summary-col-indicator": ("ตัวชี้วัด", "Indicator"),
    "summary-col-instrument": ("เครื่องมือ", "Instrument"),
    "summary-col-weight": ("น้ำหนัก (%)", "Weight (%)"),
    "summary-col-change-since": ("เปลี่ยนแปลงจากปี {year}", "Change since {year}"),
    "summary-col-rank": ("อันดับปี {year}", "Rank {year}"),
    "summary-col-rank-change": ("อันดับเปลี่ยน", "Rank change"),
    "summary-col-trend": ("แนวโน้ม (คะแนน/ปี)", "Trend (points/year)"),
    "summary-col-priority": ("ลำดับความสำคัญ", "Priority"),
    "summary-col-current": ("คะแนนปี {year}", "Score {year}"),
    "summary-col-target": ("เป้าหมาย", "Target"),
    "summary-col-gap-target": ("ห่างจากเป้าหมาย", "Gap to target"),
    "summary-col-worth": ("คะแนนรวมที่จะเพิ่มขึ้น", "Overall points gained"),
    "summary-col-gap-pass": ("ห่างจากเกณฑ์ผ่าน ({mark})", "Gap to pass mark ({mark})"),
    "summary-col-gap-aa": ("ห่างจากเกณฑ์ AA ({mark})", "Gap to AA ({mark})"),
    "summary-col-weak": ("ข้อสังเกต", "Why it needs attention"),
    "summary-col-measure-count": ("จำนวนมาตรการ", "Measures"),
    "summary-weak-below-pass": ("ต่ำกว่าเกณฑ์ผ่าน", "below the pass mark"),
    "summary-weak-declined": ("คะแนนลดลง", "score fell"),
    "summary-weak-lowest-three": ("อยู่ใน 3 อันดับสุดท้าย", "among the lowest three"),
    "summary-gaps-note": (
        "ลำดับความสำคัญ: ตัวชี้วัดที่ถ้าปิดช่องว่างถึงเป้าหมายได้ จะเพิ่มคะแนนรวมมากที่สุด "
        "(น้ำหนัก × ช่องว่าง) มาก่อน",
        "Priority: the indicator whose gap to target is worth the most overall points "
        "(weight × gap) comes first",
    ),
    "summary-col-no": ("ลำดับ", "No."),
    "summary-col-measure": ("มาตรการ/แนวทาง", "Measure"),
    "summary-col-method": ("วิธีการดำเนินการ", "Method"),
    "summary-col-responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "summary-col-period": ("ระยะเวลาดำเนินการ", "Period"),
    "summary-col-follow-up": ("การติดตามผล", "Follow-up"),
    "summary-col-status": ("สถานะ", "Status"),
    "summary-col-progress": ("ความก้าวหน้า (%)", "Progress (%)"),
    "summary-no-measures": ("ยังไม่มีมาตรการในสมุดงานหลัก", "The master lists no measures yet"),
    "summary-col-weakness": ("ข้อบกพร่อง", "Weakness"),
    "summary-col-recommendation": ("ข้อเสนอแนะ", "Recommendation"),
    "summary-col-severity": ("ระดับ", "Severity"),
    "summary-col-sheet": ("แผ่นงาน", "Sheet"),
    "summary-col-cell": ("เซลล์", "Cell"),
    "summary-col-message": ("รายละเอียด", "Details"),
    "summary-col-hint": ("วิธีแก้", "What to do"),
    # charts
    "summary-chart-compare": ("คะแนนรายตัวชี้วัด ปี {prev} เทียบกับปี {year}",
                              "Indicator scores, {prev} against {year}"),
    "summary-chart-compare-one": ("คะแนนรายตัวชี้วัด ปี {year}", "Indicator scores, {year}"),
    "summary-chart-trend": ("คะแนนรวมรายปี เทียบเกณฑ์ AA และเกณฑ์ผ่าน",
                            "Overall score by year against the AA and pass marks"),
    "summary-chart-instruments": ("คะแนนรายเครื่องมือการประเมิน", "Scores by instrument"),
    "summary-axis-score": ("คะแนน", "Score"),
    # PDF export (pdf.py); the run command shows these as notes without parameters
    "pdf-no-office": (
        "ไม่ได้สร้างไฟล์ PDF เพราะเครื่องนี้ไม่มี LibreOffice — ติดตั้ง LibreOffice "
        "หรือสั่งบันทึกเป็น PDF จาก PowerPoint/Excel",
        "LibreOffice is not installed, so no PDF was written — install LibreOffice or save as "
        "PDF from PowerPoint/Excel",
    ),
    "pdf-failed": (
        "LibreOffice แปลงไฟล์เป็น PDF ไม่สำเร็จ — ไฟล์ .xlsx และ .pptx ยังใช้งานได้ตามปกติ "
        "ให้บันทึกเป็น PDF จาก Excel/PowerPoint แทน",
        "LibreOffice could not convert the files to PDF — the .xlsx and .pptx files are fine; "
        "save them as PDF from Excel/PowerPoint instead",
    ),
}
