"""Validation messages: measures sheet and coverage."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

FINDINGS_MEASURES: Dict[str, Entry] = {
    # measures sheet
    "measure-indicator-missing": (
        "มาตรการแถวที่ {row} ไม่ได้ระบุว่าเป็นมาตรการของตัวชี้วัดใด",
        "The measure in row {row} does not say which indicator it serves.",
    ),
    "measure-indicator-missing.hint": (
        "พิมพ์ตัวชี้วัดในคอลัมน์ “ตัวชี้วัด” หรือเพิ่มแถวหัวกลุ่ม เช่น “ตัวชี้วัดที่ ๒ การใช้งบประมาณ” "
        "ไว้เหนือมาตรการของตัวชี้วัดนั้น",
        "Type the indicator in the ตัวชี้วัด (Indicator) column, or add a group row such as "
        "“ตัวชี้วัดที่ ๒ การใช้งบประมาณ” above that indicator's measures.",
    ),
    "measure-empty": (
        "มาตรการแถวที่ {row} ไม่มีทั้งมาตรการ/แนวทาง และวิธีการดำเนินการ",
        "Row {row} has neither a measure nor a method.",
    ),
    "measure-empty.hint": (
        "กรอกมาตรการ/แนวทาง หรือวิธีการดำเนินการ อย่างน้อยหนึ่งช่อง หรือลบแถวนี้ถ้าไม่ใช้",
        "Fill in the measure or the method (at least one), or delete the row if it is not used.",
    ),
    "responsible-missing": (
        "มาตรการแถวที่ {row} ยังไม่ได้ระบุผู้รับผิดชอบ (ช่อง {cell})",
        "The measure in row {row} has no one responsible ({cell}).",
    ),
    "responsible-missing.hint": (
        "พิมพ์หน่วยงานหรือผู้รับผิดชอบ บรรทัดละหนึ่งราย เช่น กองคลัง",
        "Type the responsible units or people, one per line, e.g. กองคลัง.",
    ),
    "period-unreadable": (
        "อ่านระยะเวลาดำเนินการ “{raw}” ในช่อง {cell} ไม่ได้",
        "The period “{raw}” in {cell} cannot be read.",
    ),
    "period-unreadable.hint": (
        "พิมพ์แบบ “ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖” หรือ “ต.ค. 65 – มี.ค. 66” "
        "หรือใช้คอลัมน์วันเริ่มและวันสิ้นสุด",
        "Write it like “ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖” or “ต.ค. 65 – มี.ค. 66”, or use Start and End "
        "date columns.",
    ),
    "date-unreadable": (
        "อ่านวันที่ “{raw}” ในช่อง {cell} ไม่ได้",
        "The date “{raw}” in {cell} cannot be read.",
    ),
    "date-unreadable.hint": (
        "พิมพ์วันที่แบบ ๑ ตุลาคม ๒๕๖๕ หรือ 1/10/2565 หรือใส่เป็นเซลล์วันที่ของ Excel",
        "Type the date like ๑ ตุลาคม ๒๕๖๕ or 1/10/2565, or enter it as an Excel date.",
    ),
    "period-reversed": (
        "ระยะเวลาดำเนินการในช่อง {cell} สิ้นสุด ({end}) ก่อนวันเริ่ม ({start})",
        "The period in {cell} ends ({end_en}) before it starts ({start_en}).",
    ),
    "period-reversed.hint": (
        "ตรวจวันเริ่มและวันสิ้นสุด — ปี พ.ศ. หรือเดือนอาจพิมพ์สลับหรือผิด",
        "Check the start and end: the year or month may be mistyped or swapped.",
    ),
    "period-missing": (
        "มาตรการแถวที่ {row} ยังไม่ได้ระบุระยะเวลาดำเนินการ",
        "The measure in row {row} has no period.",
    ),
    "period-missing.hint": (
        "พิมพ์ระยะเวลาในช่อง {cell} เช่น “ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖”",
        "Type the period in {cell}, e.g. “ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖”.",
    ),
    "period-outside-plan-year": (
        "ระยะเวลา {start} – {end} ในช่อง {cell} อยู่นอกปีงบประมาณ {plan_year} "
        "({plan_start} – {plan_end}) ซึ่งเป็นปีที่ต้องดำเนินมาตรการตามผลการประเมินปี {year}",
        "The period {start_en} – {end_en} in {cell} falls outside fiscal year {plan_year} "
        "({plan_start_en} – {plan_end_en}), the year in which measures for the {year} results are "
        "carried out.",
    ),
    "period-outside-plan-year.hint": (
        "ตรวจปี พ.ศ. ของระยะเวลา — มาตรการควรดำเนินการภายในปีงบประมาณ {plan_year}",
        "Check the years typed: measures should run within fiscal year {plan_year}.",
    ),
    "follow-up-missing": (
        "มาตรการแถวที่ {row} ยังไม่ได้ระบุการติดตามผล (ช่อง {cell})",
        "The measure in row {row} has no follow-up ({cell}).",
    ),
    "follow-up-missing.hint": (
        "ระบุวิธีติดตามผล เช่น “รายงานความก้าวหน้าทุก ๖ เดือน”",
        "Say how progress is followed, e.g. “รายงานความก้าวหน้าทุก ๖ เดือน” (report every six "
        "months).",
    ),
    "status-unknown": (
        "สถานะ “{raw}” ในช่อง {cell} ไม่อยู่ในรายการที่กำหนด",
        "The status “{raw}” in {cell} is not one of the listed statuses.",
    ),
    "status-unknown.hint": (
        "ใช้คำใดคำหนึ่ง: ยังไม่เริ่ม, กำลังดำเนินการ, เสร็จสิ้น หรือ ยกเลิก",
        "Use one of: ยังไม่เริ่ม (not started), กำลังดำเนินการ (in progress), เสร็จสิ้น (done), "
        "ยกเลิก (cancelled).",
    ),
    "progress-not-a-number": (
        "ความก้าวหน้า “{raw}” ในช่อง {cell} ไม่ใช่ตัวเลข",
        "The progress “{raw}” in {cell} is not a number.",
    ),
    "progress-not-a-number.hint": (
        "พิมพ์ความก้าวหน้าเป็นร้อยละ 0–100 เช่น 40",
        "Type the progress as a percentage from 0 to 100, e.g. 40.",
    ),
    "progress-out-of-range": (
        "ความก้าวหน้า {value} ในช่อง {cell} อยู่นอกช่วง 0–100",
        "The progress {value} in {cell} is outside 0–100.",
    ),
    "progress-out-of-range.hint": (
        "แก้ความก้าวหน้าเป็นร้อยละ 0–100 เช่น 40",
        "Change the progress to a percentage from 0 to 100, e.g. 40.",
    ),
    "status-done-progress-low": (
        "สถานะเป็น “{status}” แต่ความก้าวหน้าในช่อง {cell} เป็น {value}% ยังไม่ถึง 100%",
        "The status is “{status}” but the progress in {cell} is {value}%, not 100%.",
    ),
    "status-done-progress-low.hint": (
        "ถ้าดำเนินการเสร็จแล้ว แก้ความก้าวหน้าเป็น 100 ถ้ายังไม่เสร็จ แก้สถานะเป็น “กำลังดำเนินการ”",
        "If the measure is finished, set the progress to 100; if not, set the status to "
        "กำลังดำเนินการ (in progress).",
    ),
    # coverage
    "weak-indicator-without-measure": (
        "ตัวชี้วัดที่ {number} {name} ได้ {score} คะแนนในปี {year} ต่ำกว่าเกณฑ์ผ่าน {pass_mark} "
        "แต่ยังไม่มีมาตรการในแผ่นงาน “{sheet_measures}”",
        "Indicator {number} {name_en} scored {score} in {year}, below the pass mark of "
        "{pass_mark}, but sheet “{sheet_measures}” has no measure for it.",
    ),
    "weak-indicator-without-measure.hint": (
        "เพิ่มมาตรการอย่างน้อยหนึ่งแถวสำหรับตัวชี้วัดที่ {number} ในแผ่นงาน “{sheet_measures}”",
        "Add at least one measure for indicator {number} to “{sheet_measures}”.",
    ),
    "lowest-indicator-without-measure": (
        "ตัวชี้วัดที่ {number} {name} ได้ {score} คะแนน ต่ำเป็นอันดับ {rank} จากท้ายของปี {year} "
        "แต่ยังไม่มีมาตรการในแผ่นงาน “{sheet_measures}”",
        "Indicator {number} {name_en} scored {score}, number {rank} from the bottom in {year}, but "
        "sheet “{sheet_measures}” has no measure for it.",
    ),
    "lowest-indicator-without-measure.hint": (
        "ตัวชี้วัดที่ได้คะแนนต่ำสุดสามลำดับควรมีมาตรการพัฒนา — เพิ่มมาตรการสำหรับตัวชี้วัดที่ {number} "
        "ในแผ่นงาน “{sheet_measures}”",
        "The three lowest indicators should each have a measure: add one for indicator {number} "
        "to “{sheet_measures}”.",
    ),
    "recommendation-indicator-missing": (
        "ข้อเสนอแนะแถวที่ {row} ไม่ได้ระบุตัวชี้วัด",
        "The recommendation in row {row} names no indicator.",
    ),
    "recommendation-indicator-missing.hint": (
        "พิมพ์ชื่อหรือหมายเลขตัวชี้วัดที่ข้อเสนอแนะนี้เกี่ยวข้อง ในช่อง {cell}",
        "Type the name or number of the indicator this recommendation is about in {cell}.",
    ),
    "recommendation-instrument-unknown": (
        "เครื่องมือ “{raw}” ในช่อง {cell} ไม่ใช่เครื่องมือการประเมิน ITA ({instruments})",
        "“{raw}” in {cell} is not an ITA instrument ({instruments}).",
    ),
    "recommendation-instrument-unknown.hint": (
        "พิมพ์ชื่อย่อเครื่องมือ หนึ่งใน {instruments}",
        "Type one of the instrument codes {instruments}.",
    ),
    "recommendation-instrument-mismatch": (
        "ช่อง {cell} ระบุเครื่องมือ {raw} แต่ตัวชี้วัดที่ {number} {name} ประเมินด้วย {instrument}",
        "{cell} names the instrument {raw}, but indicator {number} {name_en} is assessed by "
        "{instrument}.",
    ),
    "recommendation-instrument-mismatch.hint": (
        "แก้เครื่องมือเป็น {instrument} หรือตรวจตัวชี้วัดของแถวนี้",
        "Change the instrument to {instrument}, or check the row's indicator.",
    ),
    "column-missing": (
        "แผ่นงาน “{sheet}” ไม่มีคอลัมน์ “{column}” ในแถวหัวตาราง",
        "Sheet “{sheet}” has no “{column}” ({column_en}) column in its header row.",
    ),
    "column-missing.hint": (
        "เพิ่มคอลัมน์ที่มีหัวเรื่อง “{column}” ในแถวหัวตาราง (วางไว้ลำดับใดก็ได้)",
        "Add a column headed “{column}” ({column_en}) to the header row, in any position.",
    ),
}
