"""Messages of the command line and the run pipeline (cli.py, pipeline.py, console.py)."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

RUN: Dict[str, Entry] = {
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
