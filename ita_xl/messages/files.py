"""Messages for files the tool cannot use (errors.py)."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

FILES: Dict[str, Entry] = {
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
    "file-strict": (
        "ไฟล์ {path} บันทึกแบบ Strict Open XML ซึ่ง ita-xl อ่านไม่ได้ — เปิดใน Excel แล้ว “บันทึกเป็น” "
        "สมุดงาน Excel (*.xlsx) แบบปกติ แล้วสั่งอีกครั้ง",
        "{path} is saved as Strict Open XML, which ita-xl does not read — open it in Excel, “Save As” "
        "a normal Excel Workbook (*.xlsx) and run again.",
    ),
    "file-too-large": (
        "ไฟล์ {path} ใหญ่เกินกว่าที่ ita-xl อ่านได้อย่างปลอดภัย ({detail}) จึงไม่เปิดอ่าน — "
        "ย้ายแผ่นงานข้อมูลขนาดใหญ่ไปไว้ในสมุดงานอื่น แล้วสั่งอีกครั้ง",
        "{path} is larger than ita-xl reads safely ({detail_en}) and was not opened — move large data "
        "sheets to another workbook and run again.",
    ),
    "sheets-missing": (
        "ไฟล์ {path} ไม่มีแผ่นงานที่จำเป็น: {missing} — แผ่นงานที่พบ: {found}. "
        "ตั้งชื่อแผ่นงานตามแบบฟอร์มสมุดงานหลัก แล้วลองใหม่",
        "{path} lacks the required sheets: {missing_en} — sheets found: {found}. "
        "Name the sheets as in the master template, then try again.",
    ),
    "file-locked": (
        "ไฟล์ {path} เปิดอยู่ใน Excel หรือ PowerPoint (พบไฟล์ล็อก {lock}) — ปิดไฟล์ใน Excel "
        "แล้วสั่งอีกครั้ง ยังไม่ได้เขียนอะไรลงไฟล์",
        "{path} is open in Excel or PowerPoint (lock file {lock} found) — close the file in Excel "
        "and run again. Nothing was written.",
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
    # what a file that is not an .xlsx looks like ({kind} of file-not-xlsx)
    "kind.text": ("ไฟล์ข้อความหรือ CSV", "a text or CSV file"),
    "kind.html": ("หน้าเว็บ (HTML)", "a web page (HTML)"),
    "kind.xml": ("ไฟล์ XML", "an XML file"),
    "kind.pdf": ("ไฟล์ PDF", "a PDF file"),
    "kind.image": ("รูปภาพ", "an image"),
    "kind.archive": ("ไฟล์บีบอัด", "a compressed archive"),
    "kind.zip": ("ไฟล์บีบอัด ZIP", "a ZIP archive"),
    "kind.docx": ("เอกสาร Word", "a Word document"),
    "kind.pptx": ("งานนำเสนอ PowerPoint", "a PowerPoint presentation"),
    "kind.ods": ("สเปรดชีต OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)"),
    "kind.xlsb": ("สมุดงาน Excel แบบไบนารี (.xlsb)", "an Excel binary workbook (.xlsb)"),
    "kind.doc": ("เอกสาร Word รุ่นเก่า (.doc)", "an old Word document (.doc)"),
    "kind.ppt": ("งานนำเสนอ PowerPoint รุ่นเก่า (.ppt)", "an old PowerPoint presentation (.ppt)"),
    "kind.unknown": ("ไฟล์ชนิดอื่น", "another kind of file"),
    # the {detail} of file-corrupt and file-unsafe
    "detail.part-missing": ("ไม่มีส่วน {part}", "the part {part} is missing"),
    "detail.zip-cut": ("ไฟล์ zip ถูกตัดหรือเสียหาย", "the zip container is cut short or broken"),
    "detail.zip-crc": ("ข้อมูลบางส่วนไม่ตรงกับค่าตรวจสอบ: {msg}", "a part fails its checksum: {msg}"),
    "detail.zip-unreadable": ("อ่านโครงสร้าง zip ไม่ได้: {msg}", "the zip container cannot be read: {msg}"),
    "detail.zip-damaged": ("ไฟล์ zip เสียหาย ({msg})", "the zip container is damaged ({msg})"),
    "detail.too-many-parts": ("มีส่วนย่อยมากเกินไป ({count} ส่วน)", "too many parts ({count})"),
    "detail.part-twice": ("มีส่วน {part} ซ้ำกัน", "the part {part} appears twice"),
    "detail.part-encrypted": ("ส่วน {part} ถูกเข้ารหัสแบบ zip", "the part {part} is zip-encrypted"),
    "detail.part-bomb": (
        "ส่วน {part} ขยายได้ {ratio} เท่า เป็น {size}", "the part {part} inflates {ratio} times to {size}",
    ),
    "detail.total-bomb": (
        "ขยายแล้วมีขนาดรวม {size} เกินขีดจำกัด", "it inflates to {size} in all, over the limit",
    ),
    "detail.part-too-large": (
        "ส่วน {part} มีขนาด {size} เกินขีดจำกัด {limit}", "the part {part} is {size}, over the limit of {limit}",
    ),
    "detail.too-many-strings": (
        "มีข้อความไม่ซ้ำกันมากกว่า {limit} รายการ", "it holds more than {limit} distinct texts",
    ),
    "detail.xml-entities": ("XML ประกาศ DOCTYPE/ENTITY", "XML declares a DOCTYPE/ENTITY"),
    "detail.part-entities": (
        "ส่วน {part} ประกาศ DOCTYPE/ENTITY ใน XML", "the part {part} declares an XML DOCTYPE/ENTITY",
    ),
    "detail.prolog-long": (
        "ส่วนหัว XML ของ {part} ยาวผิดปกติ", "the XML prolog of {part} is abnormally long",
    ),
    "detail.part-not-xml": ("ส่วน {part} ไม่ใช่ XML ที่อ่านได้", "the part {part} is not readable XML"),
    "detail.memory": ("ใช้หน่วยความจำเกินขีดจำกัด", "reading it needs too much memory"),
    "detail.structure": (
        "อ่านโครงสร้างสมุดงานไม่ได้ ({what})", "the workbook structure cannot be read ({what})",
    ),
}
