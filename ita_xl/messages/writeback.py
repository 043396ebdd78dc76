"""Messages of the write-back (ita_xl/writeback/): why a master was left untouched."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

WRITEBACK: Dict[str, Entry] = {
    "writeback-refused": (
        "ไม่ได้เขียนแผ่นงานผลการวิเคราะห์ลงใน {path} และไฟล์นี้ยังเหมือนเดิมทุกประการ เพราะ{reason} — "
        "เปิดไฟล์ใน Excel แล้ว “บันทึกเป็น” สมุดงาน Excel (*.xlsx) แล้วสั่งอีกครั้ง",
        "The computed sheets were not written into {path}, which is left exactly as it was, because "
        "{reason_en} — open it in Excel, “Save As” an Excel Workbook (*.xlsx) and run again.",
    ),
    # the {reason} of writeback-refused
    "writeback.layout": (
        "ส่วน {part} ของสมุดงานใช้รูปแบบหรือ namespace ที่ ita-xl ไม่รู้จัก ({found})",
        "its part {part} uses a layout or XML namespace ita-xl does not know ({found})",
    ),
    "writeback.not-xml": (
        "ส่วน {part} ของสมุดงานไม่ใช่ XML ที่ถูกต้อง ({msg})",
        "its part {part} is not well-formed XML ({msg})",
    ),
    "writeback.structure": (
        "โครงสร้างสมุดงานแก้ไขอย่างปลอดภัยไม่ได้ ({msg})",
        "its structure cannot be edited safely ({msg})",
    ),
    "writeback.unsound": (
        "ผลที่ได้ไม่ผ่านการตรวจความถูกต้องของไฟล์ ({problems})",
        "the result failed the package check ({problems})",
    ),
    # one problem of writeback.unsound (verify.py), joined with "; "
    "verify.zip": ("zip อ่านไม่ได้: {msg}", "the zip cannot be read: {msg}"),
    "verify.twice": ("มีส่วน {part} ซ้ำ", "the part {part} appears twice"),
    "verify.not-xml": ("ส่วน {part} ไม่ใช่ XML ที่ถูกต้อง", "{part} is not well-formed XML"),
    "verify.root": ("ส่วน {part} มี root เป็น {found}", "{part} has the root element {found}"),
    "verify.no-type": ("ส่วน {part} ไม่มีชนิดเนื้อหา", "{part} has no content type"),
    "verify.stale-type": (
        "มีชนิดเนื้อหาของส่วน {part} ซึ่งไม่มีอยู่", "a content type is declared for {part}, which is missing",
    ),
    "verify.no-target": (
        "ความสัมพันธ์ใน {part} ชี้ไปยัง {target} ซึ่งไม่มีอยู่",
        "a relationship in {part} points at {target}, which is missing",
    ),
    "verify.no-workbook": ("ไม่พบส่วนสมุดงาน", "the workbook part is missing"),
    "verify.sheets": (
        "workbook.xml มีรายการแผ่นงาน (<sheets>) {count} ชุด", "workbook.xml has {count} <sheets> elements",
    ),
    "verify.sheet-name": ("ชื่อแผ่นงาน “{name}” ซ้ำหรือใช้ไม่ได้", "the sheet name “{name}” is repeated or invalid"),
    "verify.sheet-id": ("หมายเลขแผ่นงาน {id} ซ้ำหรือใช้ไม่ได้", "the sheet id {id} is repeated or invalid"),
    "verify.sheet-rel": (
        "แผ่นงาน “{name}” ชี้ไปยังความสัมพันธ์ {rid} ที่ไม่มีหรือซ้ำ",
        "the sheet “{name}” points at a missing or repeated relationship {rid}",
    ),
    "verify.local-name": (
        "ชื่อที่กำหนด {name} อ้างถึงแผ่นงานลำดับที่ {index} ซึ่งไม่มี",
        "the defined name {name} refers to sheet index {index}, which does not exist",
    ),
    "verify.style": (
        "แผ่นงาน {part} ใช้รูปแบบเซลล์หมายเลข {index} ซึ่งไม่มี",
        "{part} uses cell format {index}, which does not exist",
    ),
}
