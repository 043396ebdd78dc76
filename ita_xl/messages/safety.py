"""Messages for stops that must say what was and was not written: other programs, a full disk,
Ctrl-C, internal errors (safewrite.py, journal.py, cli.py)."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

SAFETY: Dict[str, Entry] = {
    "file-locked-office": (
        "ไฟล์ {path} เปิดอยู่ใน LibreOffice (พบไฟล์ล็อก {lock} ของ {owner}) — ปิดไฟล์ใน LibreOffice "
        "แล้วสั่งอีกครั้ง ถ้าไม่มีใครเปิดไฟล์นี้อยู่ ให้ลบไฟล์ {lock} ยังไม่ได้เขียนอะไรลงไฟล์",
        "{path} is open in LibreOffice (lock file {lock} of {owner} found) — close it in LibreOffice "
        "and run again; if no one has it open, delete {lock}. Nothing was written.",
    ),
    "disk-full": (
        "ดิสก์ที่เก็บ {path} เต็ม จึงเขียนไม่สำเร็จ — ลบไฟล์ที่ไม่ใช้เพื่อเพิ่มที่ว่าง "
        "(หรือเลือกโฟลเดอร์อื่นด้วย --out) แล้วสั่งอีกครั้ง",
        "The disk holding {path} is full, so the file could not be written — free some space (or "
        "choose another folder with --out) and run again.",
    ),
    "master-changed-early": (
        "ไฟล์ {path} ถูกโปรแกรมอื่นบันทึกขณะที่ ita-xl กำลังอ่าน — ไม่ได้เขียนอะไรลงไฟล์ "
        "สั่งอีกครั้งเมื่อบันทึกเสร็จแล้ว",
        "{path} was saved by another program while ita-xl read it — nothing was written; run again "
        "once that save is done.",
    ),
    "master-changed": (
        "ไฟล์ {path} ถูกโปรแกรมอื่นบันทึกขณะที่ ita-xl ทำงาน — คงไฟล์ที่โปรแกรมนั้นบันทึกไว้ตามเดิม "
        "และเก็บผลของ ita-xl ไว้ที่ {saved} สั่ง ita-xl อีกครั้งกับไฟล์ปัจจุบัน",
        "{path} was saved by another program while ita-xl worked — that save was kept as it is and "
        "ita-xl's result was saved as {saved}; run ita-xl again on the current file.",
    ),
    "master-changed-swapped": (
        "ไฟล์ {path} ถูกโปรแกรมอื่นบันทึกในจังหวะเดียวกับที่ ita-xl เขียนไฟล์ใหม่ และย้ายกลับไม่ได้ — "
        "ตอนนี้ {path} เป็นผลของ ita-xl ส่วนไฟล์ที่โปรแกรมนั้นบันทึกอยู่ที่ {other} "
        "ให้เปรียบเทียบสองไฟล์แล้วเก็บไฟล์ที่ถูกต้อง",
        "{path} was saved by another program in the same instant ita-xl replaced it, and that save "
        "could not be put back — {path} is now ita-xl's result and the other program's save is at "
        "{other}; compare the two and keep the right one.",
    ),
    "master-opened": (
        "ไฟล์ {path} ถูกเปิดในโปรแกรมอื่นขณะที่ ita-xl ทำงาน (พบไฟล์ล็อก {lock}) — ไม่ได้เขียนทับ "
        "และเก็บผลของ ita-xl ไว้ที่ {saved} ปิดไฟล์แล้วสั่ง ita-xl อีกครั้ง",
        "{path} was opened in another program while ita-xl worked (lock file {lock} found) — it was "
        "not overwritten and ita-xl's result was saved as {saved}; close the file and run again.",
    ),
    "interrupted": (
        "หยุดทำงานตามคำสั่ง (Ctrl-C หรือสัญญาณหยุด)",
        "Stopped (Ctrl-C or a stop signal).",
    ),
    "interrupted-early": (
        "หยุดทำงานตามคำสั่งก่อนเริ่ม — ยังไม่ได้เขียนอะไรลงไฟล์",
        "Stopped before starting — nothing was written.",
    ),
    "internal-error": (
        "เกิดข้อผิดพลาดภายในโปรแกรม ({detail}) — โปรดแจ้งผู้ดูแลพร้อมไฟล์นี้และข้อความนี้",
        "Internal error ({detail}) — please report it with the file and this message.",
    ),
    "state-master-replaced": (
        "สมุดงานหลัก {path} ถูกเขียนใหม่ครบถ้วนแล้ว",
        "The master {path} was replaced, completely written.",
    ),
    "state-master-untouched": (
        "สมุดงานหลัก {path} ไม่ถูกเปลี่ยนแปลง",
        "The master {path} was not changed.",
    ),
    "state-backup": (
        "สำเนาสำรองของสมุดงานหลักก่อนครั้งนี้อยู่ที่ {path}",
        "A backup of the master as it was before this run is at {path}.",
    ),
    "state-kept-beside": (
        "ผลของ ita-xl ถูกเก็บแยกไว้ที่ {path}",
        "ita-xl's result was kept separately as {path}.",
    ),
    "state-written": ("เขียนไฟล์เสร็จแล้ว: {paths}", "Written: {paths}."),
    "state-not-written": ("ยังไม่ได้เขียน: {paths}", "Not written: {paths}."),
    "state-nothing-written": ("ยังไม่ได้เขียนอะไรลงไฟล์", "Nothing was written."),
}
