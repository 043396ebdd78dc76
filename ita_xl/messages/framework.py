"""Messages of `ita-xl framework` (years on file, facts to check, a new year's file) and `new`."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

FRAMEWORK: Dict[str, Entry] = {
    "framework-dir-missing": (
        "ไม่ทราบว่าจะเขียนไฟล์กรอบการประเมินไว้ที่ใด — ระบุ --dir โฟลเดอร์ หรือตั้งค่าตัวแปร {variable} "
        "เป็นโฟลเดอร์ของหน่วยงาน แล้วสั่งอีกครั้ง",
        "Where should the framework file go? Give --dir FOLDER, or set {variable} to your own "
        "folder, and run again.",
    ),
    "framework.list.head": (
        "กรอบการประเมิน ITA ที่มีในเครื่อง (ปีงบประมาณ, ระบบการจัดระดับ, ไฟล์):",
        "ITA frameworks on file (fiscal year, rating scheme, file):",
    ),
    "framework.list.year": ("{year}  {kind}  {path}", "{year}  {kind}  {path}"),
    "framework.kind.letter": ("ระดับ AA–F", "grades AA–F"),
    "framework.kind.level": ("ระดับผลการประเมิน 5 ระดับ", "five rating levels"),
    "framework.list.packaged": ("มาพร้อม ita-xl", "shipped with ita-xl"),
    "framework.list.assumed": (
        "    สมมติว่าเหมือนปี {source}: ยังไม่มีข้อมูลที่ ป.ป.ช. ประกาศ — โปรดตรวจและแก้ไฟล์นี้",
        "    assumed equal to {source}: nothing the NACC published yet — check and correct this file",
    ),
    "framework.list.unverified": ("    ยังไม่ยืนยัน: {facts}", "    unverified: {facts}"),
    "framework.list.secondary": (
        "    จากรายงานสาธารณะที่สอดคล้องกัน (ยังไม่พบเอกสาร ป.ป.ช.): {facts}",
        "    from consistent public reports (no NACC text found): {facts}",
    ),
    "framework.list.folders": (
        "ita-xl อ่านไฟล์จากโฟลเดอร์ตามลำดับนี้ (ไฟล์แรกที่พบใช้ก่อน): {folders}",
        "ita-xl reads these folders in order (the first file found wins): {folders}",
    ),
    "framework.list.sources-hint": (
        "ดูที่มาของข้อมูลแต่ละข้อของปีใด: ita-xl framework ปี (เช่น ita-xl framework 2569)",
        "Where each fact of a year comes from: ita-xl framework YEAR (e.g. ita-xl framework 2569)",
    ),
    "framework.year.head": (
        "กรอบการประเมิน ITA ปี {year}  {kind}  {path}",
        "ITA framework {year}  {kind}  {path}",
    ),
    "framework.year.facts": (
        "ข้อมูลแต่ละข้อ ความน่าเชื่อถือ และที่มา:",
        "Each fact, how sure it is, and its source:",
    ),
    "framework.year.fact": ("    {fact}: {flag} — {source}", "    {fact}: {flag} — {source}"),
    "framework.source.given": ("ที่มา: {source}", "source: {source}"),
    "framework.flag.verified": ("ยืนยันแล้ว", "verified"),
    "framework.flag.secondary": ("จากรายงานสาธารณะ (ยังไม่พบเอกสาร ป.ป.ช.)",
                                 "secondary (public reports, no NACC text)"),
    "framework.flag.unverified": ("ยังไม่ยืนยัน", "unverified"),
    "framework.source.none": ("ไม่ได้บันทึกที่มา", "source not recorded"),
    "framework.fact.indicators": ("ตัวชี้วัด", "indicators"),
    "framework.fact.weights": ("น้ำหนักตัวชี้วัด", "weights"),
    "framework.fact.rating": ("เกณฑ์การจัดระดับ", "rating rule"),
    "framework.fact.pass_mark": ("เกณฑ์ผ่าน", "pass mark"),
    "framework.fact.national": ("ผลระดับประเทศ", "national result"),
    "framework.fact.sub_indicators": ("ตัวชี้วัดย่อย", "sub-indicators"),
    "framework.fact.oit_items": ("รายการข้อมูล OIT", "OIT items"),
    "framework.new.wrote": (
        "เขียน {path} แล้ว — คัดลอกจากปี {source} ทุกข้อมูลถูกทำเครื่องหมายว่ายังไม่ยืนยัน "
        "โปรดแก้ให้ตรงกับคู่มือ ITA ปี {year} แล้วเปลี่ยน flag เป็น verified พร้อมระบุ source",
        "Wrote {path} — a copy of {source} with every fact marked unverified. Correct it from the "
        "{year} ITA manual, then set each fact's flag to verified and give its source.",
    ),
    "framework.new.not-read": (
        "ita-xl ยังไม่อ่านโฟลเดอร์นี้: ตั้งค่าตัวแปร {variable}={folder} ก่อนสั่ง ita-xl validate หรือ run",
        "ita-xl does not read this folder yet: set {variable}={folder} before ita-xl validate or run.",
    ),
    "new-years": (
        "ปีในสมุดงาน: {years} — ปีที่วิเคราะห์ {year} (ผลที่ประกาศล่าสุด)",
        "Years in the workbook: {years} — analysing {year} (the latest published results)",
    ),
}
