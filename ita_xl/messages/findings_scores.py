"""Validation messages: agency, indicator names, scores and results sheets."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

FINDINGS_SCORES: Dict[str, Entry] = {
    # agency sheet
    "agency-key-missing": (
        "แผ่นงาน “{sheet}” ยังไม่มีค่า “{label}” ซึ่งจำเป็นต้องกรอก",
        "Sheet “{sheet}” has no value for “{label_en}” ({label}), which is required.",
    ),
    "agency-key-missing.hint": (
        "พิมพ์ “{label}” ในคอลัมน์ A และพิมพ์ค่าในคอลัมน์ B ของแถวเดียวกัน",
        "Type “{label}” in column A and its value in column B of the same row.",
    ),
    "fiscal-year-unreadable": (
        "ปีงบประมาณ “{raw}” ในช่อง {cell} อ่านเป็นปี พ.ศ. ไม่ได้",
        "The fiscal year “{raw}” in {cell} cannot be read as a Buddhist Era year.",
    ),
    "fiscal-year-unreadable.hint": (
        "พิมพ์ปีงบประมาณเป็นปี พ.ศ. สี่หลัก เช่น 2565 หรือ ๒๕๖๕",
        "Type the fiscal year as a four-digit Buddhist Era year, e.g. 2565.",
    ),
    "fiscal-year-not-in-scores": (
        "ปีงบประมาณ {year} (ช่อง {cell}) ไม่มีคอลัมน์คะแนนในแผ่นงาน “{sheet_scores}” "
        "(มีเฉพาะปี {years})",
        "Fiscal year {year} ({cell}) has no score column in sheet “{sheet_scores}” "
        "(years found: {years}).",
    ),
    "fiscal-year-not-in-scores.hint": (
        "เพิ่มคอลัมน์คะแนนปี {year} ในแผ่นงาน “{sheet_scores}” หรือแก้ปีงบประมาณในช่อง {cell} "
        "ให้เป็นปีที่ต้องการวิเคราะห์",
        "Add a {year} score column to “{sheet_scores}”, or correct the fiscal year in {cell} to the "
        "year you are analysing.",
    ),
    "framework-missing-year": (
        "ยังไม่มีข้อมูลกรอบการประเมิน ITA ของปีงบประมาณ {year} (มีข้อมูลของปี {years}) "
        "จึงตรวจตัวชี้วัด น้ำหนัก และระดับผลการประเมินของปีนี้ไม่ได้",
        "There is no ITA framework data for fiscal year {year} (frameworks on file: {years}), so "
        "its indicators, weights and grades cannot be checked.",
    ),
    "framework-missing-year.hint": (
        "เพิ่มไฟล์กรอบการประเมิน {year}.json ตามวิธีใน README หรือตรวจว่าพิมพ์ปีงบประมาณในช่อง "
        "{cell} ถูกต้อง",
        "Add a framework file {year}.json as the README describes, or check the fiscal year typed "
        "in {cell}.",
    ),
    "target-not-a-number": (
        "คะแนนเป้าหมาย “{raw}” ในช่อง {cell} ไม่ใช่ตัวเลข",
        "The target score “{raw}” in {cell} is not a number.",
    ),
    "target-not-a-number.hint": (
        "พิมพ์คะแนนเป้าหมายเป็นตัวเลข 0–100 เช่น 95 หรือเว้นว่างไว้เพื่อใช้ค่าเริ่มต้น",
        "Type the target as a number from 0 to 100, e.g. 95, or leave it blank to use the default.",
    ),
    "target-out-of-range": (
        "คะแนนเป้าหมาย {value} ในช่อง {cell} อยู่นอกช่วง 0–100",
        "The target score {value} in {cell} is outside 0–100.",
    ),
    "target-out-of-range.hint": (
        "แก้คะแนนเป้าหมายให้อยู่ระหว่าง 0 ถึง 100 เช่น 95 (ระดับ AA)",
        "Change the target to a score from 0 to 100, e.g. 95 (grade AA).",
    ),
    "meeting-date-unreadable": (
        "วันที่ประชุม “{raw}” ในช่อง {cell} อ่านเป็นวันที่ไม่ได้",
        "The meeting date “{raw}” in {cell} cannot be read as a date.",
    ),
    "meeting-date-unreadable.hint": (
        "พิมพ์วันที่แบบ ๑๐ ตุลาคม ๒๕๖๕ หรือ 10/10/2565 หรือใส่เป็นเซลล์วันที่ของ Excel",
        "Type the date like ๑๐ ตุลาคม ๒๕๖๕ or 10/10/2565, or enter it as an Excel date.",
    ),
    # indicator names (scores, measures, recommendations)
    "indicator-unknown": (
        "ไม่รู้จักตัวชี้วัด “{text}” ในช่อง {cell} — ไม่ตรงกับตัวชี้วัด {count} ตัวของกรอบการประเมิน"
        "ปี {year}",
        "Unknown indicator “{text}” in {cell}: it matches none of the {count} indicators of the "
        "{year} framework.",
    ),
    "indicator-unknown.hint": (
        "พิมพ์ชื่อทางการหรือหมายเลขของตัวชี้วัด เช่น “ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล”",
        "Type the indicator's official Thai name or its number, e.g. “ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล” "
        "or “9”.",
    ),
    "indicator-number-name-conflict": (
        "“{text}” ในช่อง {cell} มีหมายเลขกับชื่อตัวชี้วัดไม่ตรงกัน — โปรแกรมถือเป็น"
        "ตัวชี้วัดที่ {number} {name}",
        "“{text}” in {cell} has a number and a name of different indicators; it was read as "
        "indicator {number} {name_en}.",
    ),
    "indicator-number-name-conflict.hint": (
        "แก้หมายเลขหรือชื่อให้ตรงกัน เช่น “ตัวชี้วัดที่ {number} {name}”",
        "Make the number and the name agree, e.g. “ตัวชี้วัดที่ {number} {name}”.",
    ),
    "indicator-name-unofficial": (
        "“{text}” ในช่อง {cell} ไม่ใช่ชื่อทางการของตัวชี้วัด — น่าจะหมายถึงตัวชี้วัดที่ {number} {name}",
        "“{text}” in {cell} is not an official indicator name; it probably means indicator "
        "{number} {name_en} ({name}).",
    ),
    "indicator-name-unofficial.hint": (
        "แก้เป็นชื่อทางการ “{name}” เพื่อให้รายงานใช้ชื่อเดียวกับประกาศของ สำนักงาน ป.ป.ช.",
        "Change it to the official name “{name}” so reports use the NACC's wording.",
    ),
    "sub-indicator-unknown": (
        "ตัวชี้วัดย่อย {sub} (“{text}” ในช่อง {cell}) ไม่อยู่ในรายการตัวชี้วัดย่อยทางการของ"
        "ตัวชี้วัดที่ {number} {name}",
        "Sub-indicator {sub} (“{text}” in {cell}) is not an official sub-indicator of indicator "
        "{number} {name_en}.",
    ),
    "sub-indicator-unknown.hint": (
        "ตัวชี้วัดย่อยทางการ ได้แก่ {subs} — แก้รหัสให้ตรงกับรายการนี้",
        "The official sub-indicators are {subs_en}; correct the code to one of them.",
    ),
    "sub-indicator-name-unofficial": (
        "“{text}” ในช่อง {cell} ใช้ชื่อตัวชี้วัดย่อยที่ไม่ใช่ชื่อทางการ — น่าจะหมายถึงตัวชี้วัดย่อย "
        "{sub} {sub_name}",
        "“{text}” in {cell} does not use the official sub-indicator name; it probably means "
        "sub-indicator {sub} {sub_name_en} ({sub_name}).",
    ),
    "sub-indicator-name-unofficial.hint": (
        "แก้เป็นชื่อทางการ “{sub} {sub_name}”",
        "Change it to the official name “{sub} {sub_name}”.",
    ),
    "sub-indicator-label-unofficial": (
        "“{text}” ในช่อง {cell} เขียน “{used}” ซึ่งไม่ใช่คำทางการ — คำทางการคือ “{official}”",
        "“{text}” in {cell} writes “{used}”, which is not the official term; the official term is "
        "“{official}” (sub-indicator).",
    ),
    "sub-indicator-label-unofficial.hint": (
        "แก้ “{used}” เป็น “{official}”",
        "Change “{used}” to “{official}”.",
    ),
    # scores sheet
    "score-year-duplicate": (
        "หัวคอลัมน์ปี {year} ในช่อง {cell} ซ้ำกับคอลัมน์ที่ช่อง {first}",
        "The year {year} header in {cell} repeats the column at {first}.",
    ),
    "score-year-duplicate.hint": (
        "ลบหรือแก้คอลัมน์ที่ซ้ำ ให้แต่ละปีมีคอลัมน์คะแนนเพียงคอลัมน์เดียว",
        "Delete or correct the repeated column so each year has one score column.",
    ),
    "score-year-unreadable": (
        "หัวคอลัมน์ “{raw}” ในช่อง {cell} อ่านเป็นปี พ.ศ. ไม่ได้ จึงไม่ได้นำคะแนนในคอลัมน์นี้มาใช้",
        "The column header “{raw}” in {cell} cannot be read as a Buddhist Era year, so its scores "
        "were not used.",
    ),
    "score-year-unreadable.hint": (
        "พิมพ์หัวคอลัมน์เป็นปี พ.ศ. เช่น 2565, ปี ๒๕๖๕ หรือ ผลคะแนน ปี ๒๕๖๕",
        "Type the header as a Buddhist Era year, e.g. 2565, ปี ๒๕๖๕ or ผลคะแนน ปี ๒๕๖๕.",
    ),
    "framework-missing-column": (
        "ยังไม่มีข้อมูลกรอบการประเมิน ITA ของปี {year} (คอลัมน์ที่ช่อง {cell}) "
        "จึงตรวจน้ำหนักและระดับผลการประเมินของปีนี้ไม่ได้",
        "There is no ITA framework data for {year} (column at {cell}), so that year's weights and "
        "grades cannot be checked.",
    ),
    "framework-missing-column.hint": (
        "เพิ่มไฟล์กรอบการประเมิน {year}.json ตามวิธีใน README หรือตรวจว่าพิมพ์ปีในหัวคอลัมน์ถูกต้อง",
        "Add a framework file {year}.json as the README describes, or check the year typed in "
        "the header.",
    ),
    "score-column-empty": (
        "คอลัมน์คะแนนปี {year} (ช่อง {cell}) ยังไม่มีคะแนนเลย",
        "The {year} score column ({cell}) has no scores at all.",
    ),
    "score-column-empty.hint": (
        "กรอกคะแนนรายตัวชี้วัดของปี {year} ตามผลประกาศของ สำนักงาน ป.ป.ช. "
        "หรือลบคอลัมน์นี้ถ้าไม่ใช้",
        "Fill in each indicator's {year} score from the NACC's published results, or delete the "
        "column if it is not used.",
    ),
    "score-indicator-blank": (
        "แถวนี้มีคะแนนแต่ไม่ได้ระบุตัวชี้วัด (ช่อง {cell} ว่าง)",
        "This row has scores but no indicator ({cell} is blank).",
    ),
    "score-indicator-blank.hint": (
        "พิมพ์ชื่อหรือหมายเลขตัวชี้วัดในช่อง {cell}",
        "Type the indicator's name or number in {cell}.",
    ),
    "indicator-duplicate": (
        "ตัวชี้วัดที่ {number} {name} ในช่อง {cell} ซ้ำกับแถวที่ช่อง {first}",
        "Indicator {number} {name_en} in {cell} repeats the row at {first}.",
    ),
    "indicator-duplicate.hint": (
        "ให้แต่ละตัวชี้วัดมีเพียงแถวเดียว — ลบแถวที่ซ้ำ หรือแก้เป็นตัวชี้วัดที่ถูกต้อง",
        "Keep one row per indicator: delete the repeated row or correct it to the indicator meant.",
    ),
    "indicator-missing": (
        "แผ่นงาน “{sheet}” ยังไม่มีแถวของตัวชี้วัดที่ {number} {name} ซึ่งอยู่ในกรอบการประเมินปี {year}",
        "Sheet “{sheet}” has no row for indicator {number} {name_en}, which is in the {year} "
        "framework.",
    ),
    "indicator-missing.hint": (
        "เพิ่มแถวของตัวชี้วัดที่ {number} {name} พร้อมคะแนนแต่ละปี (เช่น ที่ช่อง {cell})",
        "Add a row for indicator {number} ({name}) with its score for each year (e.g. at {cell}).",
    ),
    "score-not-a-number": (
        "คะแนนปี {year} ของ {indicator} ในช่อง {cell} คือ “{raw}” ซึ่งไม่ใช่ตัวเลข",
        "The {year} score of {indicator_en} in {cell} is “{raw}”, which is not a number.",
    ),
    "score-not-a-number.hint": (
        "พิมพ์คะแนนเป็นตัวเลข เช่น 91.03 หรือ ๙๑.๐๓",
        "Type the score as a number, e.g. 91.03 or ๙๑.๐๓.",
    ),
    "score-out-of-range": (
        "คะแนนปี {year} ของ {indicator} ในช่อง {cell} คือ {value} ซึ่งอยู่นอกช่วง 0–100",
        "The {year} score of {indicator_en} in {cell} is {value}, outside 0–100.",
    ),
    "score-out-of-range.hint": (
        "ตรวจกับผลประกาศ แล้วแก้คะแนนให้อยู่ระหว่าง 0 ถึง 100",
        "Check it against the published results and correct it to a score from 0 to 100.",
    ),
    "score-missing": (
        "ยังไม่มีคะแนนปี {year} ของ {indicator} (ช่อง {cell} ว่าง)",
        "The {year} score of {indicator_en} is missing ({cell} is blank).",
    ),
    "score-missing.hint": (
        "กรอกคะแนนตามผลประกาศของ สำนักงาน ป.ป.ช. ในช่อง {cell}",
        "Type the score from the NACC's published results in {cell}.",
    ),
    "change-not-a-number": (
        "ผลต่างของ {indicator} ในช่อง {cell} คือ “{raw}” ซึ่งไม่ใช่ตัวเลข",
        "The change typed for {indicator_en} in {cell} is “{raw}”, which is not a number.",
    ),
    "change-not-a-number.hint": (
        "พิมพ์ผลต่างเป็นตัวเลข เช่น -1.36 หรือ - ๑.๓๖ หรือลบออก เพราะโปรแกรมคำนวณผลต่างให้เอง",
        "Type the change as a number, e.g. -1.36, or delete it: the tool computes changes itself.",
    ),
    "change-mismatch": (
        "ผลต่างของ {indicator} ในช่อง {cell} พิมพ์ไว้ {typed} แต่คะแนนปี {year_later} ลบปี "
        "{year_earlier} ได้ {later} − {earlier} = {computed}",
        "The change typed for {indicator_en} in {cell} is {typed_en}, but the {year_later} score minus "
        "the {year_earlier} score is {later} − {earlier} = {computed}.",
    ),
    "change-mismatch.hint": (
        "แก้ช่อง {cell} เป็น {computed} หรือตรวจคะแนนในช่อง {earlier_cell} และ {later_cell} "
        "กับผลประกาศ",
        "Change {cell} to {computed}, or check the scores in {earlier_cell} and {later_cell} "
        "against the published results.",
    ),
    "change-years-not-found": (
        "หัวคอลัมน์ผลต่าง “{raw}” ในช่อง {cell} ระบุปี {named} แต่แผ่นงานนี้มีคอลัมน์คะแนนเฉพาะปี "
        "{years} จึงไม่ได้ตรวจผลต่างในคอลัมน์นี้",
        "The change column header “{raw}” in {cell} names {named}, but this sheet has score "
        "columns only for {years}, so the typed changes were not checked.",
    ),
    "change-years-not-found.hint": (
        "แก้ปีในหัวคอลัมน์ให้ตรงกับสองปีที่นำมาหักลบกัน เช่น “ผลต่าง (2566 − 2565)” "
        "หรือเพิ่มคอลัมน์คะแนนของปีที่ระบุ",
        "Correct the years in the header to the two years subtracted, e.g. “ผลต่าง (2566 − 2565)”, "
        "or add score columns for the years it names.",
    ),
    # results sheet
    "result-year-missing": (
        "แถวผลการประเมินนี้ไม่ได้ระบุปีงบประมาณ (ช่อง {cell} ว่าง)",
        "This results row has no fiscal year ({cell} is blank).",
    ),
    "result-year-missing.hint": (
        "พิมพ์ปีงบประมาณ พ.ศ. ในช่อง {cell} เช่น 2565",
        "Type the Buddhist Era fiscal year in {cell}, e.g. 2565.",
    ),
    "result-year-unreadable": (
        "ปีงบประมาณ “{raw}” ในช่อง {cell} อ่านเป็นปี พ.ศ. ไม่ได้",
        "The fiscal year “{raw}” in {cell} cannot be read as a Buddhist Era year.",
    ),
    "result-year-unreadable.hint": (
        "พิมพ์ปีงบประมาณเป็นปี พ.ศ. สี่หลัก เช่น 2565 หรือ ๒๕๖๕",
        "Type the fiscal year as a four-digit Buddhist Era year, e.g. 2565.",
    ),
    "result-year-duplicate": (
        "ปีงบประมาณ {year} ในช่อง {cell} ซ้ำกับแถวที่ช่อง {first}",
        "Fiscal year {year} in {cell} repeats the row at {first}.",
    ),
    "result-year-duplicate.hint": (
        "ให้แต่ละปีมีผลการประเมินเพียงแถวเดียว — ลบแถวที่ซ้ำ หรือแก้ปีให้ถูกต้อง",
        "Keep one results row per year: delete the repeated row or correct its year.",
    ),
    "overall-missing": (
        "ยังไม่มีคะแนนรวมของปี {year} (ช่อง {cell} ว่าง)",
        "The overall score for {year_en} is missing ({cell} is blank).",
    ),
    "overall-missing.hint": (
        "กรอกคะแนนรวมตามที่ สำนักงาน ป.ป.ช. ประกาศ ในช่อง {cell}",
        "Type the overall score the NACC published in {cell}.",
    ),
    "overall-not-a-number": (
        "คะแนนรวมปี {year} ในช่อง {cell} คือ “{raw}” ซึ่งไม่ใช่ตัวเลข",
        "The {year_en} overall score in {cell} is “{raw}”, which is not a number.",
    ),
    "overall-not-a-number.hint": (
        "พิมพ์คะแนนรวมเป็นตัวเลข เช่น 91.03 หรือ ๙๑.๐๓",
        "Type the overall score as a number, e.g. 91.03 or ๙๑.๐๓.",
    ),
    "overall-out-of-range": (
        "คะแนนรวมปี {year} ในช่อง {cell} คือ {value} ซึ่งอยู่นอกช่วง 0–100",
        "The {year_en} overall score in {cell} is {value}, outside 0–100.",
    ),
    "overall-out-of-range.hint": (
        "ตรวจกับผลประกาศ แล้วแก้คะแนนรวมให้อยู่ระหว่าง 0 ถึง 100",
        "Check it against the published results and correct it to a score from 0 to 100.",
    ),
    "overall-outside-range": (
        "คะแนนรวมปี {year} ในช่อง {cell} คือ {value} ซึ่งเป็นไปไม่ได้ เพราะคะแนนรวมเป็นค่าเฉลี่ย"
        "ถ่วงน้ำหนักของตัวชี้วัด จึงต้องอยู่ระหว่างคะแนนต่ำสุด {low} และสูงสุด {high} "
        "ของตัวชี้วัดในปีเดียวกัน",
        "The {year} overall score in {cell} is {value}, which is impossible: an overall score is a "
        "weighted mean of the indicator scores, so it must lie between that year's lowest ({low}) "
        "and highest ({high}) indicator score.",
    ),
    "overall-outside-range.hint": (
        "ตรวจคะแนนรวมและคะแนนรายตัวชี้วัดของปี {year} กับผลประกาศ แล้วแก้ค่าที่พิมพ์ผิด",
        "Check the {year} overall and indicator scores against the published results and correct "
        "whichever was mistyped.",
    ),
    "overall-mismatch": (
        "คะแนนรวมปี {year} ในช่อง {cell} คือ {value} แต่คำนวณจากคะแนนรายตัวชี้วัดตามน้ำหนัก"
        "ของกรอบการประเมินได้ {computed} (ต่างกัน {difference})",
        "The {year} overall score in {cell} is {value}, but the framework-weighted mean of the "
        "indicator scores is {computed} (a difference of {difference}).",
    ),
    "overall-mismatch.hint": (
        "ตรวจคะแนนรวมและคะแนนรายตัวชี้วัดของปี {year} กับผลประกาศ แล้วแก้ค่าที่พิมพ์ผิด",
        "Check the {year} overall and indicator scores against the published results and correct "
        "whichever was mistyped.",
    ),
    "overall-mismatch-unverified": (
        "คะแนนรวมปี {year} ในช่อง {cell} คือ {value} แต่คำนวณจากคะแนนรายตัวชี้วัดได้ {computed} "
        "(ต่างกัน {difference}) ทั้งนี้น้ำหนักตัวชี้วัดของปีนี้ยังไม่ได้รับการยืนยัน",
        "The {year} overall score in {cell} is {value}, but the weighted mean of the indicator "
        "scores is {computed} (a difference of {difference}); this year's weights are unverified.",
    ),
    "overall-mismatch-unverified.hint": (
        "ถ้าคะแนนตรงกับผลประกาศแล้ว ไม่ต้องแก้ไข — แต่ควรตรวจน้ำหนักในไฟล์กรอบการประเมิน {year}.json",
        "If the scores match the published results, nothing needs fixing; check the weights in the "
        "framework file {year}.json instead.",
    ),
    "result-year-without-scores": (
        "มีผลการประเมินปี {year} (ช่อง {cell}) แต่แผ่นงาน “{sheet_scores}” ไม่มีคะแนนรายตัวชี้วัด"
        "ของปีนี้",
        "There is a {year} result ({cell}) but sheet “{sheet_scores}” has no indicator scores for "
        "that year.",
    ),
    "result-year-without-scores.hint": (
        "เพิ่มคอลัมน์คะแนนปี {year} ในแผ่นงาน “{sheet_scores}” เพื่อให้ตรวจและเปรียบเทียบได้",
        "Add a {year} score column to “{sheet_scores}” so the year can be checked and compared.",
    ),
    "scores-year-without-result": (
        "มีคะแนนรายตัวชี้วัดปี {year} (คอลัมน์ที่ช่อง {cell}) แต่แผ่นงาน “{sheet_results}” "
        "ไม่มีคะแนนรวมและระดับของปีนี้",
        "There are {year} indicator scores (column at {cell}) but sheet “{sheet_results}” has no "
        "overall score or grade for that year.",
    ),
    "scores-year-without-result.hint": (
        "เพิ่มแถวปี {year} พร้อมคะแนนรวมและระดับตามผลประกาศ ในแผ่นงาน “{sheet_results}”",
        "Add a {year} row with the published overall score and grade to “{sheet_results}”.",
    ),
    # fragments the messages above put in their {indicator} and {year} fields
    "label.score-row": ("แถวที่ {row}", "row {row}"),
    "label.indicator": ("ตัวชี้วัดที่ {number} {name}", "indicator {number} {name_en}"),
    "label.unknown-year": ("(ไม่ทราบปี)", "(unknown year)"),
}
