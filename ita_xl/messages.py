"""The one message catalogue: every sentence a user sees, in Thai and English.

Each entry is ``key: (thai, english)``; templates use ``str.format`` fields. Findings use their
``code`` as key for the message and ``<code>.hint`` for what to do about it. Keep each area in its
own section so the catalogue stays easy to review.
"""
from __future__ import annotations

from typing import Any, Dict, Tuple

LANGS = ("th", "en")

Entry = Tuple[str, str]

# --- unusable input (errors.py) -------------------------------------------------------------
_FILES: Dict[str, Entry] = {
    "error-generic": ("ใช้ไฟล์นี้ไม่ได้: {path}", "This file cannot be used: {path}"),
    "file-missing": (
        "ไม่พบไฟล์ {path} — ตรวจชื่อไฟล์และโฟลเดอร์ แล้วลองใหม่",
        "File not found: {path} — check the file name and folder, then try again.",
    ),
    "file-is-directory": (
        "{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ Excel — ระบุไฟล์ .xlsx ของสมุดงานหลัก",
        "{path} is a folder, not an Excel file — give the path of the master .xlsx file.",
    ),
    "file-empty": (
        "ไฟล์ {path} ว่างเปล่า (0 ไบต์) — เปิดสำเนาสำรองของสมุดงานหลักแล้วบันทึกเป็น .xlsx อีกครั้ง",
        "{path} is empty (0 bytes) — open a backup copy of the master and save it as .xlsx again.",
    ),
    "file-not-xlsx": (
        "ไฟล์ {path} ไม่ใช่สมุดงาน Excel (.xlsx) แต่ดูเหมือน{kind} — เปิดใน Excel แล้วบันทึกเป็น "
        "“สมุดงาน Excel (*.xlsx)”",
        "{path} is not an Excel workbook (.xlsx); it looks like {kind_en} — open it in Excel and save "
        "it as “Excel Workbook (*.xlsx)”.",
    ),
    "file-old-xls": (
        "ไฟล์ {path} เป็น Excel รุ่นเก่า (.xls) — เปิดใน Excel แล้ว “บันทึกเป็น” สมุดงาน Excel (*.xlsx)",
        "{path} is an old Excel 97-2003 workbook (.xls) — open it in Excel and “Save As” an Excel "
        "Workbook (*.xlsx).",
    ),
    "file-encrypted": (
        "ไฟล์ {path} ถูกตั้งรหัสผ่านไว้ — เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันสมุดงาน > "
        "เข้ารหัสด้วยรหัสผ่าน) แล้วลองใหม่",
        "{path} is password-protected — open it in Excel and remove the password (File > Info > "
        "Protect Workbook > Encrypt with Password), then try again.",
    ),
    "file-corrupt": (
        "ไฟล์ {path} เสียหายหรือไม่สมบูรณ์ ({detail}) — ใช้สำเนาสำรอง หรือเปิดใน Excel ให้ซ่อมแล้วบันทึกใหม่",
        "{path} is damaged or incomplete ({detail_en}) — use a backup copy, or let Excel repair it and "
        "save it again.",
    ),
    "file-unsafe": (
        "ไฟล์ {path} มีโครงสร้างที่ไม่ปลอดภัย ({detail}) จึงไม่เปิดอ่าน — ใช้สมุดงานหลักฉบับที่บันทึกจาก Excel",
        "{path} has an unsafe structure ({detail_en}) and was not opened — use a master saved by Excel.",
    ),
    "sheets-missing": (
        "ไฟล์ {path} ไม่มีแผ่นงานที่จำเป็น: {missing} — แผ่นงานที่พบ: {found}. "
        "ตั้งชื่อแผ่นงานตามแบบฟอร์มสมุดงานหลัก แล้วลองใหม่",
        "{path} lacks the required sheets: {missing_en} — sheets found: {found}. "
        "Name the sheets as in the master template, then try again.",
    ),
    "file-locked": (
        "ไฟล์ {path} เปิดอยู่ใน Excel (พบไฟล์ล็อก {lock}) — ปิดไฟล์ใน Excel แล้วสั่งอีกครั้ง "
        "ยังไม่ได้เขียนอะไรลงไฟล์",
        "{path} is open in Excel (lock file {lock} found) — close the file in Excel and run again. "
        "Nothing was written.",
    ),
    "file-not-writable": (
        "เขียนไฟล์ {path} ไม่ได้ (ไฟล์เป็นแบบอ่านอย่างเดียว หรือไม่มีสิทธิ์) — ปิดไฟล์ใน Excel "
        "และตรวจสิทธิ์การเขียน แล้วสั่งอีกครั้ง ยังไม่ได้เขียนอะไรลงไฟล์",
        "Cannot write {path} (read-only or no permission) — close the file in Excel and check write "
        "permission, then run again. Nothing was written.",
    ),
    "framework-missing": (
        "ไม่มีข้อมูลกรอบการประเมิน ITA ของปีงบประมาณ {year} — เพิ่มไฟล์ {year}.json ตามวิธีใน README",
        "No ITA framework data for fiscal year {year} — add a {year}.json file as README describes.",
    ),
    "framework-invalid": (
        "อ่านไฟล์กรอบการประเมิน {path} ไม่ได้: {detail}",
        "Cannot read framework file {path}: {detail}",
    ),
    "template-invalid": (
        "ใช้แม่แบบงานนำเสนอ {path} ไม่ได้: {detail}",
        "Cannot use the slide template {path}: {detail}",
    ),
    "output-not-writable": (
        "สร้างหรือเขียนโฟลเดอร์ผลลัพธ์ {path} ไม่ได้ — เลือกโฟลเดอร์อื่นด้วย --out",
        "Cannot create or write the output folder {path} — choose another with --out.",
    ),
    "file-exists": (
        "มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับ — ตั้งชื่อไฟล์ใหม่ หรือลบไฟล์เดิมก่อน",
        "{path} already exists and was not overwritten — choose another name or remove it first.",
    ),
    "internal-error": (
        "เกิดข้อผิดพลาดภายในโปรแกรม ({detail}) — ไม่ได้เขียนทับสมุดงานหลัก โปรดแจ้งผู้ดูแลพร้อมไฟล์นี้",
        "Internal error ({detail}) — the master was not overwritten; please report it with the file.",
    ),
}

# --- validation findings (validate/) ---------------------------------------------------------
_FINDINGS: Dict[str, Entry] = {
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
    "grade-missing": (
        "ยังไม่ได้ระบุระดับผลการประเมินปี {year} (ช่อง {cell} ว่าง) — คะแนนรวม {value} อยู่ในระดับ "
        "{expected}",
        "The {year_en} grade is missing ({cell} is blank); the overall score {value} is grade "
        "{expected}.",
    ),
    "grade-missing.hint": (
        "พิมพ์ {expected} ในช่อง {cell}",
        "Type {expected} in {cell}.",
    ),
    "grade-unknown": (
        "ระดับ “{raw}” ในช่อง {cell} ไม่ใช่ระดับผลการประเมิน ITA ({grades})",
        "“{raw}” in {cell} is not an ITA grade ({grades}).",
    ),
    "grade-unknown.hint": (
        "พิมพ์ระดับเป็นอักษรภาษาอังกฤษ หนึ่งใน {grades}",
        "Type one of the grades {grades}.",
    ),
    "grade-mismatch": (
        "ระดับปี {year} ในช่อง {cell} พิมพ์ไว้ {grade} แต่คะแนนรวม {value} อยู่ในระดับ {expected} "
        "({low}–{high})",
        "The {year_en} grade in {cell} is {grade}, but the overall score {value} is grade {expected} "
        "({low}–{high}).",
    ),
    "grade-mismatch.hint": (
        "แก้ช่อง {cell} เป็น {expected} หรือตรวจคะแนนรวมให้ตรงกับผลประกาศ",
        "Change {cell} to {expected}, or check the overall score against the published results.",
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
        "ใช้คำใดคำหนึ่ง: ยังไม่เริ่ม, กำลังดำเนินการ หรือ เสร็จสิ้น",
        "Use one of: ยังไม่เริ่ม (not started), กำลังดำเนินการ (in progress), เสร็จสิ้น (done).",
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

# --- command line and run pipeline (cli.py, pipeline.py) -------------------------------------
_RUN: Dict[str, Entry] = {
    "severity-error": ("ข้อผิดพลาด", "error"),
    "severity-warning": ("คำเตือน", "warning"),
    "severity-info": ("ข้อสังเกต", "info"),
    "report-heading": ("ตรวจสอบ {path}", "Checking {path}"),
    "report-hint": ("วิธีแก้: {hint}", "What to do: {hint}"),
    "report-summary": (
        "สรุป: ข้อผิดพลาด {error} รายการ · คำเตือน {warning} รายการ · ข้อสังเกต {info} รายการ",
        "Summary: {error} error(s) · {warning} warning(s) · {info} note(s)",
    ),
    "report-clean": (
        "ไม่พบข้อผิดพลาด — ข้อมูลพร้อมใช้งาน",
        "No errors — the data is ready to use.",
    ),
    "report-has-errors": (
        "พบข้อผิดพลาด — แก้ไขตามตำแหน่งเซลล์ที่ระบุ แล้วสั่งอีกครั้ง",
        "Errors found — fix them at the cells listed, then run again.",
    ),
    "progress-reading": ("กำลังอ่านและตรวจสอบ {path} …", "Reading and checking {path} …"),
    "progress-writing-master": (
        "กำลังเขียนแผ่นงานผลการวิเคราะห์ลงใน {path} …",
        "Writing the computed sheets into {path} …",
    ),
    "progress-summary": ("กำลังสร้างสมุดงานสรุป {path} …", "Building the summary workbook {path} …"),
    "progress-briefing": ("กำลังสร้างงานนำเสนอ {path} …", "Building the briefing deck {path} …"),
    "progress-pdf": ("กำลังแปลงเป็น PDF ด้วย LibreOffice …", "Converting to PDF with LibreOffice …"),
    "run-wrote-sheets": (
        "เขียนแผ่นงานลงใน {path}: {sheets}",
        "Wrote sheets into {path}: {sheets}",
    ),
    "run-backup": ("สำรองไฟล์เดิมไว้ที่ {path}", "Backup of the previous file: {path}"),
    "run-wrote-output": ("สร้างไฟล์ {path}", "Wrote {path}"),
    "run-skipped-outputs": (
        "ยังไม่ได้คำนวณผลและไม่ได้สร้างงานนำเสนอ/สมุดงานสรุป เพราะพบข้อผิดพลาด — ดูแผ่นงานผลตรวจสอบ "
        "แก้ไขแล้วสั่งอีกครั้ง (หรือใช้ --allow-errors เพื่อสร้างฉบับร่าง)",
        "No analysis, briefing or summary was produced because errors were found — see the findings "
        "sheet, fix them and run again (or use --allow-errors for a draft).",
    ),
    "run-draft": (
        "ผลลัพธ์ทั้งหมดเป็นฉบับร่าง เพราะยังมีข้อผิดพลาดที่ไม่ได้แก้",
        "All outputs are marked DRAFT because errors remain unresolved.",
    ),
    "run-done": ("เสร็จสิ้น", "Done."),
    "new-wrote": (
        "สร้างสมุดงานหลักเปล่า {path} แล้ว — กรอกแผ่นงานหน่วยงาน คะแนนตัวชี้วัด ผลการประเมิน และมาตรการ "
        "แล้วสั่ง ita-xl run {path}",
        "Created the empty master {path} — fill in the agency, scores, results and measures sheets, "
        "then run ita-xl run {path}",
    ),
}

# --- computed sheets in the master (sheets/) --------------------------------------------------
_SHEETS: Dict[str, Entry] = {
    # sheet names: at most 31 characters, none of []:*?/\
    "sheets.name.comparison": ("ITA-เปรียบเทียบ", "ITA-Comparison"),
    "sheets.name.gaps": ("ITA-ช่องว่างและลำดับ", "ITA-Gaps"),
    "sheets.name.findings": ("ITA-ผลตรวจสอบ", "ITA-Findings"),
    "sheets.draft": ("ฉบับร่าง — มีข้อผิดพลาดที่ยังไม่แก้", "DRAFT — unresolved errors"),
    "sheets.page": ("หน้า &P จาก &N", "Page &P of &N"),
    "sheets.generated": (
        "ปีงบประมาณ {year} · จัดทำเมื่อ {date} · จากไฟล์ {master}",
        "Fiscal year {year} · generated {date} · from {master}",
    ),
    "sheets.generated.nofile": (
        "ปีงบประมาณ {year} · จัดทำเมื่อ {date}", "Fiscal year {year} · generated {date}",
    ),
    "sheets.replaced": (
        "แผ่นงานนี้สร้างโดย ita-xl และจะถูกแทนที่ทุกครั้งที่สั่งงาน — แก้ข้อมูลในแผ่นงานของเจ้าหน้าที่",
        "This sheet is made by ita-xl and replaced on every run — edit the staff sheets instead.",
    ),
    # comparison sheet
    "sheets.comparison.title": (
        "เปรียบเทียบผลการประเมิน ITA รายตัวชี้วัด — {agency}",
        "ITA results by indicator — {agency}",
    ),
    "sheets.col.number": ("ตัวชี้วัดที่", "No."),
    "sheets.col.indicator": ("ตัวชี้วัด", "Indicator"),
    "sheets.col.instrument": ("เครื่องมือ", "Instrument"),
    "sheets.col.weight": ("น้ำหนัก (%)", "Weight (%)"),
    "sheets.col.year": ("ปี {year}", "{year}"),
    "sheets.col.change_prev": ("ผลต่างจากปี {year}", "Change since {year}"),
    "sheets.col.change_first": ("ผลต่างจากปี {year}", "Change since {year}"),
    "sheets.col.rank": ("อันดับปี {year}", "Rank {year}"),
    "sheets.col.rank_change": ("อันดับเปลี่ยน", "Rank change"),
    "sheets.col.target": ("เป้าหมาย", "Target"),
    "sheets.col.slope": ("แนวโน้ม (คะแนน/ปี)", "Trend (points/year)"),
    "sheets.row.instrument": ("คะแนน {code} — {name}", "{code} — {name}"),
    "sheets.inst.IIT": ("ผู้มีส่วนได้ส่วนเสียภายใน", "internal stakeholders"),
    "sheets.inst.EIT": ("ผู้มีส่วนได้ส่วนเสียภายนอก", "external stakeholders"),
    "sheets.inst.OIT": ("การเปิดเผยข้อมูลสาธารณะ", "open data"),
    "sheets.row.published": ("คะแนนรวม (ประกาศผล)", "Overall (published)"),
    "sheets.row.computed": ("คะแนนรวม (คำนวณจากตัวชี้วัด)", "Overall (recomputed)"),
    "sheets.row.grade": ("ระดับผลการประเมิน", "Grade"),
    "sheets.row.national": ("ค่าเฉลี่ยระดับประเทศ", "National average"),
    "sheets.row.summary": ("ภาพรวม", "Overall"),
    # gaps sheet
    "sheets.gaps.title": (
        "ช่องว่างถึงเกณฑ์และลำดับความสำคัญในการพัฒนา — {agency}",
        "Gaps and improvement priorities — {agency}",
    ),
    "sheets.col.priority": ("ลำดับความสำคัญ", "Priority"),
    "sheets.col.current": ("คะแนนปี {year}", "Score {year}"),
    "sheets.group.pass": ("ถึงเกณฑ์ผ่าน {mark}", "To pass mark {mark}"),
    "sheets.group.aa": ("ถึงระดับ AA {mark}", "To AA {mark}"),
    "sheets.group.target": ("ถึงเป้าหมาย", "To target"),
    "sheets.col.gap": ("คะแนนที่ขาด", "Gap"),
    "sheets.col.worth": ("คะแนนรวมที่จะเพิ่ม", "Overall points"),
    "sheets.col.weak": ("จุดที่ต้องพัฒนา", "Weaknesses"),
    "sheets.col.measures": ("จำนวนมาตรการ", "Measures"),
    "sheets.gaps.total": ("รวมทุกตัวชี้วัด", "All indicators"),
    "sheets.gaps.note": (
        "คะแนนรวมที่จะเพิ่ม = น้ำหนัก ÷ 100 × คะแนนที่ขาด: คะแนนรวมที่หน่วยงานจะได้เพิ่มเมื่อปิดช่องว่างนั้น "
        "ลำดับความสำคัญเรียงตามคะแนนรวมที่จะได้เพิ่มเมื่อถึงเป้าหมาย",
        "Overall points = weight ÷ 100 × gap: what closing the gap adds to the overall score. "
        "Priorities follow the overall points gained by reaching the target.",
    ),
    "sheets.weak.below-pass": ("ต่ำกว่าเกณฑ์ผ่าน", "below pass mark"),
    "sheets.weak.declined": ("คะแนนลดลง", "declined"),
    "sheets.weak.lowest-three": ("ต่ำสุด 3 อันดับ", "among lowest three"),
    # findings sheet
    "sheets.findings.title": ("ผลการตรวจสอบสมุดงานหลัก — {agency}", "Master workbook checks — {agency}"),
    "sheets.findings.counts": (
        "ข้อผิดพลาด {error} · คำเตือน {warning} · ข้อสังเกต {info}",
        "{error} errors · {warning} warnings · {info} notes",
    ),
    "sheets.col.seq": ("ที่", "#"),
    "sheets.col.severity": ("ระดับ", "Severity"),
    "sheets.col.location": ("ตำแหน่ง", "Location"),
    "sheets.col.message": ("สิ่งที่พบ", "Finding"),
    "sheets.col.hint": ("วิธีแก้ไข", "How to fix"),
    "sheets.col.code": ("รหัส", "Code"),
    "sheets.severity.error": ("ข้อผิดพลาด", "Error"),
    "sheets.severity.warning": ("คำเตือน", "Warning"),
    "sheets.severity.info": ("ข้อสังเกต", "Note"),
    "sheets.findings.none": (
        "ไม่พบปัญหา — ข้อมูลในสมุดงานหลักครบถ้วนและถูกต้อง", "No findings — the master is complete and consistent.",
    ),
    "sheets.findings.workbook": ("ทั้งสมุดงาน", "Whole workbook"),
    "sheets.findings.link": ("ไปที่ {location}", "Go to {location}"),
    # write-back (sheets/splice.py): SpliceResult.renamed, one message per renamed sheet
    "sheets.renamed": (
        "มีแผ่นงานของเจ้าหน้าที่ชื่อ “{wanted}” อยู่แล้ว จึงเขียนผลลงแผ่นงาน “{used}” แทน "
        "(แผ่นงานของเจ้าหน้าที่ไม่ถูกแก้ไข)",
        "A staff sheet is already named “{wanted}”, so the results went to “{used}” instead "
        "(the staff sheet was not touched).",
    ),
}

# --- summary workbook (summary.py) ------------------------------------------------------------
_SUMMARY: Dict[str, Entry] = {
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

# --- briefing deck (briefing/) -----------------------------------------------------------------
_BRIEFING: Dict[str, Entry] = {
    # template problems (the detail of template-invalid)
    "briefing-template-missing": ("ไม่พบไฟล์", "the file does not exist"),
    "briefing-template-not-pptx": (
        "ไม่ใช่ไฟล์ PowerPoint (.pptx) — บันทึกแม่แบบเป็น “งานนำเสนอ PowerPoint (*.pptx)”",
        "it is not a PowerPoint file (.pptx) — save the template as “PowerPoint Presentation (*.pptx)”",
    ),
    "briefing-template-unreadable": (
        "เปิดไฟล์ไม่ได้ ({error}) — เปิดใน PowerPoint แล้วบันทึกใหม่เป็น .pptx",
        "it cannot be opened ({error}) — open it in PowerPoint and save it again as .pptx",
    ),
    "briefing-template-no-layout": (
        "ไม่มีเค้าโครงสไลด์ที่มีช่องชื่อเรื่อง (เช่น “ชื่อเรื่องเท่านั้น” หรือ “ชื่อเรื่องและเนื้อหา”)",
        "it has no slide layout with a title placeholder (such as “Title Only” or “Title and Content”)",
    ),
    # shared bits
    "briefing-no-value": ("–", "–"),
    "briefing-no-period": ("ไม่ระบุระยะเวลา", "no period given"),
    "briefing-no-scores": ("ยังไม่มีคะแนน", "No scores yet"),
    "briefing-indicator-label": ("{n}. {name}", "{n}. {name}"),
    "briefing-indicator-score": ("{indicator} {score}", "{indicator} {score}"),
    "briefing-year-label": ("ปี {year}", "{year}"),
    "briefing-year-score": ("ปี {year} ได้ {score}", "{year}: {score}"),
    "briefing-grade": ("{grade}", "{grade}"),
    "briefing-weight": ("น้ำหนัก {weight}%", "weight {weight}%"),
    "briefing-rank": ("อันดับ {rank}/{of}", "rank {rank}/{of}"),
    "briefing-change-from": ("{change} จากปี {year}", "{change} since {year}"),
    "briefing-progress": ("{percent}%", "{percent}%"),
    "briefing-province": ("จังหวัด{province}", "{province} Province"),
    "briefing-prepared-by": ("จัดทำโดย {unit}", "Prepared by {unit}"),
    "briefing-footer": ("{agency} · ผลการประเมิน ITA ปีงบประมาณ {year}",
                        "{agency} · ITA results, fiscal year {year}"),
    "briefing-slide-number": ("{n}/{total}", "{n}/{total}"),
    "briefing-draft": ("ฉบับร่าง · DRAFT", "DRAFT"),
    "briefing-page-of": ("{title} ({page}/{pages})", "{title} ({page}/{pages})"),
    "briefing-continued-title": ("{title} (ต่อ {page}/{pages})",
                                 "{title} (continued {page}/{pages})"),
    "briefing-continues": ("มีต่อสไลด์ถัดไป →", "continued on the next slide →"),
    # slide titles and labels
    "briefing-title-main": (
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. {year}",
        "Integrity and Transparency Assessment (ITA) results, fiscal year {year}",
    ),
    "briefing-title-plan": ("และมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {plan}",
                            "and the integrity and transparency measures for fiscal year {plan}"),
    "briefing-title-meeting": ("การประชุมหัวหน้าส่วนราชการ วันที่ {date}",
                               "Department heads' meeting, {date}"),
    "briefing-title-prepared-on": ("จัดทำเมื่อวันที่ {date}", "Prepared on {date}"),
    "briefing-overall-title": ("คะแนนภาพรวม ปีงบประมาณ {year}", "Overall score, fiscal year {year}"),
    "briefing-overall-label": ("คะแนนรวม ปี {year}", "Overall score {year}"),
    "briefing-overall-chart": ("คะแนนรวมรายปี เทียบค่าเฉลี่ยระดับประเทศ",
                               "Overall score by year vs national average"),
    "briefing-series-agency": ("หน่วยงาน", "Agency"),
    "briefing-series-national": ("ค่าเฉลี่ยประเทศ", "National average"),
    "briefing-band": ("ระดับ {grade} = ช่วงคะแนน {low}–{high}", "Grade {grade} = {low}–{high}"),
    "briefing-to-next-band": ("ขาดอีก {points} คะแนน จะถึงระดับ {grade} ({low})",
                              "{points} points short of grade {grade} ({low})"),
    "briefing-top-band": ("อยู่ในระดับสูงสุดแล้ว", "Already in the top grade"),
    "briefing-national-above": ("ค่าเฉลี่ยประเทศ {average} · สูงกว่า {diff}",
                                "National average {average} · {diff} above it"),
    "briefing-national-below": ("ค่าเฉลี่ยประเทศ {average} · ต่ำกว่า {diff}",
                                "National average {average} · {diff} below it"),
    "briefing-trend": ("แนวโน้ม {slope} คะแนนต่อปี", "Trend {slope} points a year"),
    "briefing-comparison-title": ("คะแนนรายตัวชี้วัด ปี {prev} เทียบ ปี {year}",
                                  "Indicator scores, {prev} against {year}"),
    "briefing-comparison-title-one": ("คะแนนรายตัวชี้วัด ปี {year}", "Indicator scores, {year}"),
    "briefing-instruments-title": ("คะแนนตามเครื่องมือการประเมิน IIT · EIT · OIT ปี {year}",
                                   "Scores by instrument: IIT · EIT · OIT, {year}"),
    "briefing-extremes-title": ("จุดแข็งและจุดที่ต้องพัฒนา ปี {year}",
                                "Strongest and weakest indicators, {year}"),
    "briefing-strongest": ("จุดแข็ง: คะแนนสูงสุด {count} อันดับ", "Strongest: top {count}"),
    "briefing-weakest": ("จุดที่ต้องพัฒนา: คะแนนต่ำสุด {count} อันดับ", "Weakest: bottom {count}"),
    "briefing-reason-below-pass": ("ต่ำกว่าเกณฑ์ {mark}", "below the {mark} pass mark"),
    "briefing-reason-declined": ("คะแนนลดลง", "declined"),
    "briefing-reason-lowest-three": ("{three} อันดับท้าย", "bottom {three}"),
    "briefing-gaps-title": ("ช่องว่างถึงเป้าหมาย {target} คะแนน และลำดับความสำคัญ",
                            "Gaps to the {target} target and priorities"),
    "briefing-gaps-caption": (
        "ถ้าปิดช่องว่างทั้ง {count} ตัวชี้วัด คะแนนภาพรวมจะเพิ่มได้ถึง {total} คะแนน",
        "Closing all {count} gaps would add up to {total} points to the overall score",
    ),
    "briefing-gaps-none": ("ทุกตัวชี้วัดถึงเป้าหมาย {target} คะแนนแล้ว",
                           "Every indicator has reached the {target} target"),
    "briefing-findings-title": ("ประเด็นที่ยังต้องแก้ไขในสมุดงานหลัก",
                                "Open findings in the master workbook"),
    "briefing-findings-caption": ("{count} ประเด็น: ข้อผิดพลาด {errors} · คำเตือน {warnings}",
                                  "{count} findings: {errors} errors · {warnings} warnings"),
    "briefing-severity-error": ("ข้อผิดพลาด", "Error"),
    "briefing-severity-warning": ("คำเตือน", "Warning"),
    "briefing-severity-info": ("ข้อสังเกต", "Note"),
    "briefing-recommendations-title": ("ข้อเสนอแนะจากผลการประเมิน",
                                       "Recommendations from the assessment"),
    "briefing-recommendations-caption": ("ข้อเสนอแนะ {count} ข้อ", "{count} recommendations"),
    "briefing-measures-title": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี {plan}",
                                "Integrity and transparency measures, fiscal year {plan}"),
    "briefing-measures-caption": ("มาตรการทั้งหมด {count} มาตรการ สำหรับปีงบประมาณ {plan}",
                                  "{count} measures planned for fiscal year {plan}"),
    "briefing-measures-none": ("ยังไม่มีมาตรการในสมุดงานหลัก", "The master lists no measures yet"),
    "briefing-timeline-title": ("แผนการดำเนินงานตามมาตรการ ปีงบประมาณ {plan} (ต.ค.–ก.ย.)",
                                "Measures timeline, fiscal year {plan} (Oct–Sep)"),
    "briefing-timeline-measure": ("{number}. {measure}", "{number}. {measure}"),
    "briefing-timeline-group": ("{indicator} ({count} มาตรการ)", "{indicator} ({count} measures)"),
    "briefing-timeline-missing": ("ยังไม่ระบุช่วงเวลา ({count} มาตรการ): มาตรการที่ {numbers}",
                                  "No readable period ({count}): measures {numbers}"),
    "briefing-timeline-outside": ("อยู่นอกปีงบประมาณ ({count} มาตรการ): มาตรการที่ {numbers}",
                                  "Outside the fiscal year ({count}): measures {numbers}"),
    "briefing-status-done": ("เสร็จสิ้น", "Done"),
    "briefing-status-doing": ("กำลังดำเนินการ", "In progress"),
    "briefing-status-todo": ("ยังไม่เริ่ม", "Not started"),
    "briefing-status-blank": ("ไม่ระบุสถานะ", "no status"),
    "briefing-status-count": ("{status} {count}", "{status}: {count}"),
    "briefing-followup-title": ("การติดตามผลการดำเนินงาน ปีงบประมาณ {plan}",
                                "Follow-up plan, fiscal year {plan}"),
    "briefing-followup-caption": ("มาตรการ {count} มาตรการ เสร็จสิ้นแล้ว {done} มาตรการ",
                                  "{count} measures, {done} done"),
    "briefing-more-phrases": ("และอีก {count} แบบ", "and {count} more"),
    "briefing-no-followup": ("ไม่ระบุการติดตามผล {count} มาตรการ", "{count} without a follow-up"),
    # table headers
    "briefing-col-priority": ("ลำดับ", "Priority"),
    "briefing-col-indicator": ("ตัวชี้วัด", "Indicator"),
    "briefing-col-score": ("คะแนน {year}", "Score {year}"),
    "briefing-col-target": ("เป้าหมาย", "Target"),
    "briefing-col-gap": ("ห่างจากเป้า", "Gap"),
    "briefing-col-weight": ("น้ำหนัก (%)", "Weight (%)"),
    "briefing-col-worth": ("คะแนนรวมที่เพิ่มได้", "Overall points gained"),
    "briefing-col-severity": ("ระดับ", "Severity"),
    "briefing-col-location": ("ตำแหน่ง", "Where"),
    "briefing-col-finding": ("รายละเอียด", "Finding"),
    "briefing-col-instrument": ("เครื่องมือ", "Instrument"),
    "briefing-col-weakness": ("ข้อบกพร่อง", "Weakness"),
    "briefing-col-recommendation": ("ข้อเสนอแนะ", "Recommendation"),
    "briefing-col-number": ("ที่", "No."),
    "briefing-col-measure": ("มาตรการ/แนวทาง", "Measure"),
    "briefing-col-responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "briefing-col-period": ("ระยะเวลา", "Period"),
    "briefing-col-status": ("สถานะ", "Status"),
    "briefing-col-count": ("มาตรการ", "Measures"),
    "briefing-col-followup": ("การติดตามผล", "Follow-up"),
    "briefing-col-progress": ("ความก้าวหน้าเฉลี่ย", "Mean progress"),
    # speaker notes
    "briefing-notes-title": (
        "สไลด์นี้นำเสนอผลการประเมิน ITA ของ{agency} ปีงบประมาณ {year} "
        "และมาตรการสำหรับปีงบประมาณ {plan}",
        "This deck presents {agency}'s ITA results for fiscal year {year} and the measures for "
        "fiscal year {plan}.",
    ),
    "briefing-notes-title-meeting": ("นำเสนอในการประชุมวันที่ {date}", "Presented at the meeting on {date}."),
    "briefing-notes-overall": ("ปีงบประมาณ {year} หน่วยงานได้คะแนนรวม {score} คะแนน อยู่ในระดับ {grade}",
                               "In fiscal year {year} the agency scored {score} overall, grade {grade}."),
    "briefing-notes-overall-missing": ("ยังไม่มีคะแนนรวมของปีงบประมาณ {year}",
                                       "There is no overall score for fiscal year {year} yet."),
    "briefing-notes-overall-recomputed": (
        "คะแนนรวมที่ประกาศคือ {published} ส่วนที่คำนวณจากคะแนนรายตัวชี้วัดได้ {computed}",
        "The published overall is {published}; recomputed from the indicators it is {computed}.",
    ),
    "briefing-notes-overall-history": ("คะแนนรวมรายปี: {history}", "Overall by year: {history}."),
    "briefing-notes-indicator": ("{indicator} ได้ {score} คะแนน อันดับ {rank} {change}",
                                 "{indicator} scored {score}, rank {rank}. {change}"),
    "briefing-notes-indicator-missing": ("{indicator} ไม่มีคะแนนปี {year}",
                                         "{indicator} has no score for {year}."),
    "briefing-notes-change": ("เปลี่ยนแปลง {change} คะแนนจากปี {prev}",
                              "Change since {prev}: {change} points."),
    "briefing-notes-below-pass": ("ตัวชี้วัดที่ต่ำกว่าเกณฑ์ {mark} คะแนน ได้แก่ {names}",
                                  "Indicators below the {mark} pass mark: {names}."),
    "briefing-notes-instrument": ("{code} ({name}) ได้ {score} คะแนนในปี {year}",
                                  "{code} ({name}) scored {score} in {year}."),
    "briefing-notes-instrument-items": ("ตัวชี้วัด: {items}", "Indicators: {items}."),
    "briefing-notes-extreme-strong": ("จุดแข็ง: {indicator} ได้ {score} คะแนน",
                                      "Strength: {indicator} scored {score}."),
    "briefing-notes-extreme-weak": ("ต้องพัฒนา: {indicator} ได้ {score} คะแนน",
                                    "To improve: {indicator} scored {score}."),
    "briefing-notes-gap": (
        "ลำดับ {priority}: {indicator} ได้ {score} คะแนน ห่างจากเป้าหมาย {gap} คะแนน "
        "ถ้าปิดช่องว่างได้ คะแนนภาพรวมจะเพิ่ม {worth} คะแนน",
        "Priority {priority}: {indicator} scored {score}, {gap} points below target; closing the "
        "gap adds {worth} points overall.",
    ),
    "briefing-notes-finding": ("{location}: {message}", "{location}: {message}"),
    "briefing-notes-recommendation": ("{indicator}: ข้อบกพร่อง {weakness} ข้อเสนอแนะ {recommendation}",
                                      "{indicator}: weakness {weakness}; recommendation "
                                      "{recommendation}"),
    "briefing-notes-measures-page": ("สไลด์นี้แสดงมาตรการที่ {first}–{last} จากทั้งหมด {count} มาตรการ "
                                     "(หน้า {page} จาก {pages})",
                                     "This slide shows measures {first}–{last} of {count} "
                                     "(page {page} of {pages})."),
    "briefing-notes-measure": ("มาตรการที่ {number} ({indicator}): {measure} ระยะเวลา {period} "
                               "สถานะ {status}",
                               "Measure {number} ({indicator}): {measure}; period {period}; "
                               "status {status}."),
    "briefing-notes-timeline": ("มาตรการ {count} มาตรการ ดำเนินการในปีงบประมาณ {plan} "
                                "ตั้งแต่ {start} ถึง {end}",
                                "{count} measures run in fiscal year {plan}, from {start} to {end}."),
    "briefing-notes-timeline-grouped": ("มาตรการมีจำนวนมาก จึงแสดงเป็น {groups} กลุ่มตามตัวชี้วัด",
                                        "There are many measures, so they are shown as {groups} "
                                        "indicator groups."),
    "briefing-notes-timeline-row": ("{label}: {period}", "{label}: {period}"),
    "briefing-notes-followup": (
        "{indicator}: {count} มาตรการ ติดตามผลโดย {followup} สถานะ {status} "
        "ความก้าวหน้าเฉลี่ย {progress}%",
        "{indicator}: {count} measures, followed up by {followup}; status {status}; mean progress "
        "{progress}%.",
    ),
    "briefing-notes-full-texts": ("ข้อความเต็มที่สไลด์แสดงแบบย่อ:", "Full texts shortened on the slide:"),
    "briefing-notes-draft": (
        "ฉบับร่าง: สมุดงานหลักยังมีข้อผิดพลาดที่ต้องแก้ไข ตัวเลขอาจเปลี่ยนแปลง",
        "DRAFT: the master still has errors to fix; the numbers may change.",
    ),
}

# --- shared labels: indicator table headers, grades, weak reasons ------------------------------
_LABELS: Dict[str, Entry] = {}

CATALOGUE: Dict[str, Entry] = {
    **_FILES, **_FINDINGS, **_RUN, **_SHEETS, **_SUMMARY, **_BRIEFING, **_LABELS,
}


def text(key: str, lang: str = "th", **params: Any) -> str:
    """The catalogue sentence for ``key`` in ``lang``, filled with ``params``.

    Unknown keys fall back to the key itself so a missing entry is visible, never a crash.
    Missing template fields render as ``{field}`` for the same reason.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    template = entry[1] if lang == "en" else entry[0]
    return template.format_map(_Lenient(params))


def has(key: str) -> bool:
    """True when the catalogue knows ``key`` (tests use it to prove every code has a message)."""
    return key in CATALOGUE


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
