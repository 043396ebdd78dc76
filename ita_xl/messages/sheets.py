"""Labels and messages of the computed sheets written into the master (sheets/)."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

SHEETS: Dict[str, Entry] = {
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
    "sheets.row.grade": ("ระดับผลการประเมิน", "Rating"),
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
    "sheets.group.aa": ("ถึงระดับ {level} ({mark})", "To {level} ({mark})"),
    "sheets.group.target": ("ถึงเป้าหมาย", "To target"),
    "sheets.col.gap": ("คะแนนที่ขาด", "Gap"),
    "sheets.col.worth": ("คะแนนรวมที่จะเพิ่ม", "Overall points"),
    "sheets.col.weak": ("เหตุผลที่ควรเร่งพัฒนา", "Why first"),
    "sheets.col.measures": ("จำนวนมาตรการ", "Measures"),
    "sheets.gaps.total": ("รวมทุกตัวชี้วัด", "All indicators"),
    "sheets.gaps.note": (
        "คะแนนรวมที่จะเพิ่ม = น้ำหนัก ÷ 100 × คะแนนที่ขาด: คะแนนรวมที่หน่วยงานจะได้เพิ่มเมื่อปิดช่องว่างนั้น "
        "ลำดับความสำคัญ: ตัวชี้วัดที่ฉุดระดับถัดไปหรือต่ำกว่าเกณฑ์ผ่านมาก่อน แล้วเรียงตามคะแนนรวมที่จะได้เพิ่ม"
        "เมื่อถึงเป้าหมาย ตัวชี้วัดที่คะแนนลดลงมาก่อนเมื่อเท่ากัน",
        "Overall points = weight ÷ 100 × gap: what closing the gap adds to the overall score. "
        "Priority: indicators that hold the next level back or are below the pass mark first, then "
        "by the overall points gained by reaching the target; a falling indicator first on a tie.",
    ),
    "sheets.weak.below-pass": ("ต่ำกว่าเกณฑ์ผ่าน", "below pass mark"),
    "sheets.weak.declined": ("คะแนนลดลง", "declined"),
    "sheets.weak.lowest-three": ("ต่ำสุด 3 อันดับ", "among lowest three"),
    "sheets.weak.holds-back-level": (
        "ฉุด {instrument} ไว้ต่ำกว่า {line} (เกณฑ์ระดับ{level})",
        "holds {instrument} under {line} (the {level} line)",
    ),
    "sheets.note.instruments-computed": (
        "คะแนน IIT, EIT, OIT ของปี {years} คำนวณจากค่าเฉลี่ยของตัวชี้วัด เพราะแผ่นงานผลการประเมินไม่มีคะแนนที่ประกาศ",
        "IIT, EIT and OIT scores of {years} are the mean of their indicators: the results sheet "
        "has no published ones.",
    ),
    # the next-level block of the gaps sheet (analysis.LevelGap)
    "sheets.level.title": (
        "ผลปี {year}: {level} — สิ่งที่ต้องทำเพื่อขึ้นระดับ{next}",
        "{year}: {level} — what it takes to reach {next}",
    ),
    "sheets.level.top": (
        "ผลปี {year}: {level} — อยู่ในระดับสูงสุดแล้ว", "{year}: {level} — the top level",
    ),
    "sheets.level.col.part": ("ส่วน", "Part"),
    "sheets.level.col.score": ("คะแนน", "Score"),
    "sheets.level.col.line": ("เกณฑ์", "Line"),
    "sheets.level.overall": ("คะแนนรวม", "Overall score"),
    "sheets.level.pass": ("คะแนนรวม ถึงเกณฑ์ผ่าน", "Overall, to the pass mark"),
    "sheets.level.col.gap": ("คะแนนที่ขาด", "Short by"),
    "sheets.level.col.source": ("ที่มา", "Source"),
    "sheets.level.published": ("ประกาศผล", "published"),
    "sheets.level.computed": ("คำนวณจากตัวชี้วัด", "mean of indicators"),
    "sheets.level.unknown": ("ไม่ทราบ", "unknown"),
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
    # write-back (writeback/): SpliceResult.renamed, one message per renamed sheet
    "sheets.renamed": (
        "มีแผ่นงานของเจ้าหน้าที่ชื่อ “{wanted}” อยู่แล้ว จึงเขียนผลลงแผ่นงาน “{used}” แทน "
        "(แผ่นงานของเจ้าหน้าที่ไม่ถูกแก้ไข)",
        "A staff sheet is already named “{wanted}”, so the results went to “{used}” instead "
        "(the staff sheet was not touched).",
    ),
}
