"""Messages of the Word documents (ita-xl report, ita-xl progress) and of their commands."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

REPORT: Dict[str, Entry] = {
    # --- the memo (บันทึกข้อความ) ---
    "rep-memo-title": ("บันทึกข้อความ", "Memorandum"),
    "rep-memo-unit": ("ส่วนราชการ", "From"),
    "rep-memo-no": ("ที่", "Ref."),
    "rep-memo-date": ("วันที่", "Date"),
    "rep-memo-subject": ("เรื่อง", "Subject"),
    "rep-memo-to": ("เรียน", "To"),
    "rep-blank": ("...................................", "..................................."),
    "rep-subject": (
        "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) "
        "ของ{agency} ประจำปีงบประมาณ พ.ศ. {year}",
        "Analysis of the Integrity and Transparency Assessment (ITA) results of {agency}, "
        "fiscal year {year}",
    ),
    "rep-body-result": (
        "ตามที่ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประกาศ"
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and "
        "Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. {year} {agency} ได้คะแนน "
        "{overall} คะแนน {level}{change}",
        "The National Anti-Corruption Commission has published the Integrity and Transparency "
        "Assessment (ITA) results for fiscal year {year}: {agency} scored {overall}, {level}{change}",
    ),
    "rep-body-change": (" ซึ่ง{direction}จากปีงบประมาณ พ.ศ. {prev} ({prev_overall} คะแนน) {change} คะแนน",
                        ", {direction} {change} points from {prev_overall} in {prev}"),
    "rep-up": ("เพิ่มขึ้น", "up"),
    "rep-down": ("ลดลง", "down"),
    "rep-same": ("เท่าเดิม", "unchanged"),
    "rep-body-analysis": (
        "{unit}ได้วิเคราะห์ผลการประเมินรายตัวชี้วัดเปรียบเทียบกับปีงบประมาณก่อน ระบุจุดแข็ง จุดอ่อน "
        "และข้อบกพร่องที่ต้องพัฒนา และกำหนดมาตรการ {count} มาตรการ เพื่อขับเคลื่อนการส่งเสริมคุณธรรม"
        "และความโปร่งใสในปีงบประมาณ พ.ศ. {plan} รายละเอียดตามรายงานการวิเคราะห์ที่แนบมาพร้อมนี้",
        "{unit} has analysed the results indicator by indicator against the previous year, named "
        "the strengths, the weaknesses and what must improve, and set {count} measures for fiscal "
        "year {plan}; the analysis is attached.",
    ),
    "rep-body-close": ("จึงเรียนมาเพื่อโปรดทราบและพิจารณา", "For your information and consideration."),
    "rep-unit-default": ("ผู้จัดทำ", "The preparing unit"),
    "rep-sign-line": ("ลงชื่อ ..........................................", "Signed ....................................."),
    "rep-sign-name": ("({name})", "({name})"),
    "rep-sign-blank": ("(..........................................)", "(.........................................)"),
    "rep-level": ("ระดับ {level}", "level {level}"),
    # --- the report ---
    "rep-title": (
        "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)",
        "Analysis of the Integrity and Transparency Assessment (ITA) results",
    ),
    "rep-title-2": ("{agency} ประจำปีงบประมาณ พ.ศ. {year}", "{agency}, fiscal year {year}"),
    "rep-h-result": ("ผลการประเมินภาพรวม", "Overall result"),
    "rep-h-current": ("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. {year}", "Indicator scores, fiscal year {year}"),
    "rep-h-previous": ("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. {year}", "Indicator scores, fiscal year {year}"),
    "rep-h-compare": ("เปรียบเทียบผลคะแนน ปีงบประมาณ พ.ศ. {prev} – {year}",
                      "Comparison, fiscal years {prev} – {year}"),
    "rep-h-analysis": ("ผลการวิเคราะห์", "Analysis"),
    "rep-h-recommendations": ("ข้อบกพร่องและข้อเสนอแนะในการพัฒนา", "Weaknesses and recommendations"),
    "rep-h-measures": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {plan}",
                       "Measures for fiscal year {plan}"),
    "rep-no-previous": ("ไม่มีคะแนนของปีก่อนให้เปรียบเทียบ", "There is no previous year to compare with."),
    "rep-numbered": ("{n}. {text}", "{n}. {text}"),
    "rep-col-item": ("รายการ", "Item"),
    "rep-col-year": ("ปี {year}", "FY {year}"),
    "rep-col-change": ("ผลต่าง", "Change"),
    "rep-col-rank": ("อันดับ", "Rank"),
    "rep-col-no": ("ที่", "No."),
    "rep-col-indicator": ("ตัวชี้วัด", "Indicator"),
    "rep-col-instrument": ("เครื่องมือ", "Instrument"),
    "rep-col-score": ("คะแนน", "Score"),
    "rep-col-weakness": ("ข้อบกพร่อง", "Weakness"),
    "rep-col-recommendation": ("ข้อเสนอแนะ", "Recommendation"),
    "rep-col-measure": ("มาตรการ/แนวทาง", "Measure"),
    "rep-col-method": ("วิธีการดำเนินการ", "Method"),
    "rep-col-responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "rep-col-period": ("ระยะเวลาดำเนินการ", "Period"),
    "rep-col-followup": ("การติดตามผล", "Follow-up"),
    "rep-col-status": ("สถานะ", "Status"),
    "rep-col-progress": ("ความก้าวหน้า (%)", "Progress (%)"),
    "rep-col-state": ("ผลการติดตาม", "Standing"),
    "rep-col-end": ("สิ้นสุด", "Ends"),
    "rep-col-days": ("เกินกำหนด (วัน)", "Days overdue"),
    "rep-col-count": ("จำนวน", "Count"),
    "rep-overall": ("คะแนนรวม", "Overall"),
    "rep-level-row": ("ผลการประเมิน", "Rating"),
    "rep-national": ("ค่าเฉลี่ยระดับประเทศ", "National average"),
    "rep-indicator": ("{n}. {name}", "{n}. {name}"),
    "rep-result-sentence": (
        "ปีงบประมาณ พ.ศ. {year} {agency} ได้คะแนนภาพรวม {overall} คะแนน {level} "
        "คะแนนรายเครื่องมือ IIT {iit} EIT {eit} OIT {oit}",
        "In {year} {agency} scored {overall} overall, {level}; by instrument IIT {iit}, "
        "EIT {eit}, OIT {oit}.",
    ),
    "rep-national-sentence": (
        "ค่าเฉลี่ยระดับประเทศปีเดียวกัน {average} คะแนน ({diff} คะแนน เมื่อเทียบกับค่าเฉลี่ย)",
        "The national average that year was {average} ({diff} points against it).",
    ),
    "rep-strongest": (
        "ตัวชี้วัดที่มีคะแนนสูงสุด คือ {list}",
        "The strongest indicators are {list}.",
    ),
    "rep-weakest": (
        "ตัวชี้วัดที่มีคะแนนต่ำสุด คือ {list}",
        "The weakest indicators are {list}.",
    ),
    "rep-item-score": ("{name} ({score} คะแนน)", "{name} ({score})"),
    "rep-item-change": ("{name} ({change} คะแนน)", "{name} ({change})"),
    "rep-and": ("{left} และ {right}", "{left} and {right}"),
    "rep-sep": ("{left} {right}", "{left}, {right}"),
    "rep-improved": (
        "เมื่อเทียบกับปีงบประมาณ พ.ศ. {prev} ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ {list}",
        "Against {prev}, the indicators that rose most are {list}.",
    ),
    "rep-declined": (
        "ตัวชี้วัดที่คะแนนลดลง คือ {list} ซึ่งต้องเร่งพัฒนา",
        "The indicators that fell are {list}; they need attention first.",
    ),
    "rep-none-declined": (
        "ไม่มีตัวชี้วัดใดที่คะแนนลดลงจากปีงบประมาณ พ.ศ. {prev}",
        "No indicator fell since {prev}.",
    ),
    "rep-below-pass": (
        "ตัวชี้วัดที่ยังต่ำกว่าเกณฑ์ผ่าน {mark} คะแนน คือ {list}",
        "Below the pass mark of {mark}: {list}.",
    ),
    "rep-all-pass": (
        "ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเกณฑ์ผ่าน {mark} คะแนน",
        "Every indicator reached the pass mark of {mark}.",
    ),
    "rep-priority": (
        "หากพัฒนาตัวชี้วัด {name} ให้ถึงเป้าหมาย {target} คะแนน คะแนนภาพรวมจะเพิ่มขึ้นประมาณ "
        "{worth} คะแนน ซึ่งมากที่สุดในบรรดาตัวชี้วัดทั้งหมด",
        "Bringing {name} up to its target of {target} would add about {worth} points to the "
        "overall score, more than any other indicator.",
    ),
    "rep-rec-generated": (
        "{name} ได้ {score} คะแนน{reasons} ควรกำหนดมาตรการเพื่อพัฒนาให้ถึง {target} คะแนน",
        "{name} scored {score}{reasons}; it needs measures that bring it to {target}.",
    ),
    "rep-reason-below-pass": ("ต่ำกว่าเกณฑ์ผ่าน", "below the pass mark"),
    "rep-reason-declined": ("ลดลงจากปีก่อน", "lower than last year"),
    "rep-reason-lowest-three": ("อยู่ในสามอันดับสุดท้าย", "among the three lowest"),
    "rep-reasons": (" ({reasons})", " ({reasons})"),
    "rep-no-recommendations": (
        "ทุกตัวชี้วัดถึงเป้าหมายแล้ว ให้รักษามาตรฐานการดำเนินงานต่อไป",
        "Every indicator meets its target; keep the standard.",
    ),
    "rep-measures-intro": (
        "{unit}กำหนดมาตรการ ผู้รับผิดชอบ และขั้นตอนการปฏิบัติ {count} มาตรการ ดังนี้",
        "{unit} set {count} measures with who is responsible and how:",
    ),
    "rep-measures-none": ("ยังไม่มีมาตรการในแผ่นงานมาตรการ", "The measures sheet lists no measures yet."),
    "rep-no-value": ("-", "-"),
    # shared by every writer through thai_dates.year_both_in (deck title, report subject)
    "year-both": ("{year}", "{year} (BE {be})"),
    "rep-draft": ("ฉบับร่าง", "DRAFT"),
    # --- the six-month progress report ---
    "rep-progress-subject": (
        "รายงานความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน "
        "ประจำปีงบประมาณ พ.ศ. {plan}",
        "Six-month progress report on the integrity and transparency measures, fiscal year {plan}",
    ),
    "rep-progress-title": (
        "รายงานความก้าวหน้าการดำเนินการตามมาตรการ รอบ ๖ เดือน",
        "Six-month progress report on the measures",
    ),
    "rep-progress-title-2": ("{agency} ประจำปีงบประมาณ พ.ศ. {plan} ข้อมูล ณ วันที่ {date}",
                             "{agency}, fiscal year {plan}, as of {date}"),
    "rep-progress-body": (
        "ตามที่ {agency} ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {plan} "
        "จำนวน {count} มาตรการ และกำหนดให้รายงานความก้าวหน้าทุก ๖ เดือน ณ วันที่ {date} "
        "ดำเนินการแล้วเสร็จ {done} มาตรการ อยู่ระหว่างดำเนินการตามกำหนด {on_track} มาตรการ "
        "ยังไม่เริ่มดำเนินการ {not_started} มาตรการ ยังไม่ถึงกำหนด {upcoming} มาตรการ "
        "และเกินกำหนดแล้วยังไม่แล้วเสร็จ {overdue} มาตรการ รายละเอียดตามรายงานที่แนบ",
        "{agency} set {count} measures for fiscal year {plan}, with progress reported every six "
        "months. As of {date}: {done} done, {on_track} on track, {not_started} not started, "
        "{upcoming} not yet due and {overdue} overdue; details attached.",
    ),
    "rep-h-progress-summary": ("สรุปผลการติดตาม", "Summary"),
    "rep-h-overdue": ("มาตรการที่เกินกำหนด", "Overdue measures"),
    "rep-h-progress-all": ("ความก้าวหน้ารายมาตรการ", "Progress of every measure"),
    "rep-no-overdue": ("ไม่มีมาตรการที่เกินกำหนด", "No measure is overdue."),
    "rep-overdue-sentence": (
        "มาตรการที่ {number} {measure} ({responsible}) สิ้นสุดเมื่อ {end} เกินกำหนดมาแล้ว {days} วัน",
        "Measure {number} {measure} ({responsible}) ended on {end}: {days} days overdue.",
    ),
    "rep-state-overdue": ("เกินกำหนด", "Overdue"),
    "rep-state-not-started": ("ยังไม่เริ่มดำเนินการ", "Not started"),
    "rep-state-on-track": ("อยู่ระหว่างดำเนินการตามกำหนด", "On track"),
    "rep-state-upcoming": ("ยังไม่ถึงกำหนด", "Not yet due"),
    "rep-state-done": ("ดำเนินการแล้วเสร็จ", "Done"),
    "rep-state-cancelled": ("ยกเลิก", "Cancelled"),
    "rep-state-no-period": ("ไม่ระบุระยะเวลา", "No period"),
    "rep-status-not-started": ("ยังไม่เริ่ม", "Not started"),
    "rep-status-in-progress": ("กำลังดำเนินการ", "In progress"),
    "rep-status-done": ("เสร็จสิ้น", "Done"),
    "rep-status-cancelled": ("ยกเลิก", "Cancelled"),
    "rep-status-none": ("ไม่ระบุ", "not given"),
    "rep-days-overdue": ("เกินกำหนด {days} วัน", "{days} days overdue"),
    "rep-day-overdue": ("เกินกำหนด {days} วัน", "{days} day overdue"),
    "sheets.name.followup": ("ITA-ติดตามผล", "ITA-Follow-up"),
    # --- the deck's follow-up slide (briefing/slide_followup.py) ---
    "briefing-status-overdue": ("เกินกำหนด", "Overdue"),
    "briefing-followup-overdue": (" · ณ วันที่ {date} เกินกำหนด {count} มาตรการ",
                                  " · {count} overdue on {date}"),
    "briefing-followup-overdue-note": (
        "มาตรการที่ {number} {measure} เกินกำหนด {days} วัน",
        "Measure {number} {measure} is {days} days overdue.",
    ),
    # --- commands ---
    "progress-report": ("กำลังสร้างรายงาน {path} …", "Building the report {path} …"),
    "rep-wrote": ("สร้างไฟล์ {path}", "Wrote {path}"),
    "rep-refused": (
        "ไม่ได้สร้างรายงาน: ข้อมูลในสมุดงานมีข้อผิดพลาด {count} รายการ (ดูรายการด้านบน) "
        "แก้ไขแล้วสั่งอีกครั้ง หรือใช้ --allow-errors เพื่อสร้างฉบับร่าง",
        "No report written: the master has {count} error(s) (listed above). Fix them and run "
        "again, or use --allow-errors to write a draft.",
    ),
    "rep-draft-note": (
        "รายงานนี้เป็นฉบับร่าง เพราะข้อมูลยังมีข้อผิดพลาด",
        "The report is a draft: the master still has errors.",
    ),
    "rep-as-of-invalid": (
        "อ่านวันที่ “{raw}” ไม่ได้ ใช้รูปแบบ 2027-04-01 หรือ ๑ เม.ย. ๒๕๗๐",
        "Cannot read the date “{raw}”: write it as 2027-04-01 or ๑ เม.ย. ๒๕๗๐.",
    ),
    "rep-template-invalid": (
        "ใช้แม่แบบ {path} ไม่ได้: ต้องเป็นไฟล์ Word (.docx) ที่เปิดได้ ({detail})",
        "Cannot use the template {path}: it must be a Word (.docx) file that opens ({detail}).",
    ),
    "rep-no-analysis": (
        "ไม่ได้สร้างรายงาน: อ่านปีงบประมาณที่วิเคราะห์ไม่ได้ หรือไม่มีข้อมูลกรอบการประเมินของปีนั้น",
        "No report written: the analysed fiscal year is unreadable or has no framework data.",
    ),
    "rep-progress-summary-line": (
        "ณ วันที่ {date}: เสร็จ {done} · ตามกำหนด {on_track} · ยังไม่เริ่ม {not_started} · "
        "ยังไม่ถึงกำหนด {upcoming} · เกินกำหนด {overdue}",
        "As of {date}: {done} done · {on_track} on track · {not_started} not started · "
        "{upcoming} not yet due · {overdue} overdue",
    ),
    "rep-overdue-line": (
        "  เกินกำหนด {days} วัน: มาตรการที่ {number} {measure} — {responsible}",
        "  {days} days overdue: measure {number} {measure} — {responsible}",
    ),
    "rep-overdue-line-one": (
        "  เกินกำหนด {days} วัน: มาตรการที่ {number} {measure} — {responsible}",
        "  {days} day overdue: measure {number} {measure} — {responsible}",
    ),
}
