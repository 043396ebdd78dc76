"""Names staff give the master's sheets, columns and agency keys: the contract's Thai and English
headers plus the spellings staff plausibly type. Matching folds them with ``thai.header_key``.

Every table lists ``(field, label_th, label_en, aliases)``; ``label_*`` are the contract's headers,
used when a finding names a missing column.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Dict, Optional, Tuple

from ita_xl.thai import header_key


@dataclass(frozen=True)
class Name:
    """One thing staff name in the workbook: its field, the contract's labels and the aliases."""

    field: str
    th: str
    en: str
    aliases: Tuple[str, ...] = ()

    @property
    def keys(self) -> Tuple[str, ...]:
        """The folded names (computed once per Name)."""
        return _folded(self)


@lru_cache(maxsize=None)
def _folded(name: Name) -> Tuple[str, ...]:
    return tuple(dict.fromkeys(header_key(n) for n in (name.th, name.en, *name.aliases)))


SHEETS: Tuple[Name, ...] = (
    Name("agency", "หน่วยงาน", "Agency", (
        "Agency info", "Agency information", "ข้อมูลหน่วยงาน", "ข้อมูลทั่วไป", "Info")),
    Name("scores", "คะแนนตัวชี้วัด", "Scores", (
        "Indicator scores", "Indicators", "ผลคะแนนตัวชี้วัด", "คะแนนรายตัวชี้วัด", "คะแนน",
        "ผลคะแนน", "Scores by indicator")),
    Name("results", "ผลการประเมิน", "Results", (
        "Assessment results", "ITA results", "Overall", "Overall results", "ผลการประเมิน ITA",
        "ผลคะแนนรวม", "คะแนนรวม")),
    Name("measures", "มาตรการ", "Measures", (
        "Measures and actions", "Action plan", "แนวทาง", "มาตรการและแนวทาง",
        "แผนมาตรการ", "มาตรการส่งเสริมคุณธรรม")),
    Name("recommendations", "ข้อเสนอแนะ", "Recommendations", (
        "Recommendation", "ข้อเสนอแนะจากการประเมิน", "ข้อบกพร่องและข้อเสนอแนะ", "Suggestions")),
)
REQUIRED_SHEETS = ("agency", "scores", "results", "measures")

AGENCY_KEYS: Tuple[Name, ...] = (
    Name("name", "ชื่อหน่วยงาน", "Agency", (
        "หน่วยงาน", "ชื่อ", "Agency name", "Name", "Organisation", "Organization")),
    Name("fiscal_year", "ปีงบประมาณ", "Fiscal year", (
        "ปีงบประมาณ พ.ศ.", "ปีงบประมาณที่ประเมิน", "ปีที่ประเมิน", "ปี", "พ.ศ.", "FY", "Year",
        "Fiscal year (BE)")),
    Name("province", "จังหวัด", "Province", ()),
    Name("prepared_by_unit", "หน่วยงานผู้จัดทำ", "Prepared by unit", (
        "ส่วนราชการ", "ส่วนราชการผู้จัดทำ", "หน่วยงานที่จัดทำ", "งานที่จัดทำ", "Unit")),
    Name("prepared_by", "ผู้จัดทำ", "Prepared by", ("ผู้รายงาน", "ผู้จัดทำรายงาน", "Author")),
    Name("meeting_date", "วันที่ประชุม", "Meeting date", (
        "วันประชุม", "วันที่ประชุมพิจารณา", "ประชุมวันที่", "Date of meeting", "Meeting")),
    Name("target_score", "คะแนนเป้าหมาย", "Target score", (
        "เป้าหมาย", "เป้าหมายคะแนน", "คะแนนที่ตั้งเป้า", "Target")),
    # optional keys of the บันทึกข้อความ (ita-xl report / progress)
    Name("letter_no", "เลขที่หนังสือ", "Letter no.", (
        "ที่", "เลขที่", "ที่หนังสือ", "เลขหนังสือ", "Reference", "Ref", "Ref.")),
    Name("letter_date", "วันที่หนังสือ", "Letter date", ("วันที่บันทึก", "ลงวันที่", "Date")),
    Name("addressee", "เรียน", "To", ("ผู้รับ", "เสนอ", "Addressee")),
    Name("preparer_position", "ตำแหน่งผู้จัดทำ", "Preparer's position", (
        "ตำแหน่ง", "Position", "Prepared by (position)")),
    Name("signers", "ผู้ลงนาม", "Signatories", (
        "ผู้เห็นชอบ", "ผู้บังคับบัญชา", "ผู้ลงนามเห็นชอบ", "Endorsed by", "Signers", "Signed by")),
)

SCORES: Tuple[Name, ...] = (
    Name("rank", "ลำดับ", "No.", (
        "อันดับ", "อันดับที่", "ลำดับที่", "ที่", "No", "#", "Rank", "Row", "Number")),
    Name("indicator", "ตัวชี้วัด", "Indicator", (
        "ตัวชี้วัดการประเมิน", "ชื่อตัวชี้วัด", "ประเด็นการประเมิน", "Indicators", "Indicator name",
        "Name", "หัวข้อ", "หัวข้อการประเมิน")),  # หัวข้อ: what ITA dashboard exports write
    Name("indicator_no", "ตัวชี้วัดที่", "Indicator no.", (
        "เลขตัวชี้วัด", "รหัสตัวชี้วัด", "Indicator number", "Indicator #", "Code")),
    Name("change", "ผลต่าง", "Change", ("Difference", "Diff", "+/-", "เปลี่ยนแปลง")),
    Name("target", "เป้าหมาย", "Target", ("คะแนนเป้าหมาย", "ค่าเป้าหมาย", "Target score")),
)
# A header containing one of these (after folding) is the staff-typed change column.
CHANGE_WORDS = ("ผลต่าง", "เปลี่ยนแปลง", "พัฒนา", "change", "difference", "diff")
TARGET_WORDS = ("เป้าหมาย", "target")
# A header with no year that still names "the score" (the memo's one-year table:
# อันดับ | ตัวชี้วัด | คะแนน); it is read as the agency's fiscal year.
PLAIN_SCORE_HEADERS = ("คะแนน", "ผลคะแนน", "คะแนนที่ได้", "Score", "Scores", "ผลการประเมิน")
YEARISH_WORDS = ("ปี", "พ.ศ", "พศ", "year", "fy", "คะแนน", "score")

RESULTS: Tuple[Name, ...] = (
    Name("year", "ปีงบประมาณ", "Fiscal year", (
        "ปี", "พ.ศ.", "ปีงบประมาณ พ.ศ.", "ปีที่ประเมิน", "Year", "FY")),
    Name("overall", "คะแนนรวม", "Overall score", (
        "คะแนน", "ผลคะแนน", "ผลคะแนนรวม", "คะแนนรวม ITA", "คะแนน ITA", "Score", "Overall",
        "Total", "Total score", "ITA score", "ITA")),
    Name("grade", "ระดับ", "Grade", (
        "ผลการประเมิน", "ระดับผลการประเมิน", "ระดับคะแนน", "เกรด", "ผลระดับ", "Level", "Band",
        "Rating", "ผลการประเมิน ITA", "ระดับผลการประเมิน ITA")),
)
# A results header naming an instrument (its code or Thai name) is that instrument's column;
# with one of these words, or a number up to 99 (its weight: "OIT (40)"), it holds weighted points.
WEIGHTED_WORDS = ("ถ่วงน้ำหนัก", "weighted", "น้ำหนัก", "weight")

MEASURES: Tuple[Name, ...] = (
    Name("indicator", "ตัวชี้วัด", "Indicator", (
        "ตัวชี้วัดที่", "ตัวชี้วัด/ตัวชี้วัดย่อย", "ตัวชี้วัดย่อย", "ประเด็น", "Indicators")),
    Name("measure", "มาตรการ/แนวทาง", "Measure", (
        "มาตรการ", "แนวทาง", "มาตรการ / แนวทาง", "มาตรการ/แนวทางการดำเนินการ", "แนวทางการดำเนินการ",
        "มาตรการและแนวทาง", "Measures", "Measure/approach", "Action")),
    Name("method", "วิธีการดำเนินการ", "Method", (
        "วิธีการ", "วิธีดำเนินการ", "ขั้นตอนการดำเนินการ", "ขั้นตอน", "การดำเนินการ", "Steps",
        "How")),
    Name("responsible", "ผู้รับผิดชอบ", "Responsible", (
        "หน่วยงานผู้รับผิดชอบ", "ผู้รับผิดชอบ/หน่วยงาน", "ผู้ที่เกี่ยวข้อง", "ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง",
        "Owner", "Responsible unit", "Responsibility")),
    Name("period", "ระยะเวลาดำเนินการ", "Period", (
        "ระยะเวลา", "ระยะเวลาการดำเนินการ", "ช่วงเวลา", "ช่วงเวลาดำเนินการ", "กรอบระยะเวลา",
        "Timeframe", "Time frame", "Duration", "When")),
    Name("start", "วันเริ่ม", "Start", (
        "วันที่เริ่ม", "วันเริ่มต้น", "วันที่เริ่มต้น", "เริ่ม", "Start date", "From")),
    Name("end", "วันสิ้นสุด", "End", (
        "วันที่สิ้นสุด", "วันที่แล้วเสร็จ", "สิ้นสุด", "กำหนดเสร็จ", "End date", "Due", "Due date",
        "To")),
    Name("follow_up", "การติดตามผล", "Follow-up", (
        "การติดตาม", "ติดตามผล", "การติดตามและประเมินผล", "การรายงานผล", "Follow up", "Followup",
        "Monitoring")),
    Name("status", "สถานะ", "Status", ("สถานะการดำเนินการ", "ผลการดำเนินการ", "State")),
    Name("progress", "ความก้าวหน้า (%)", "Progress (%)", (
        "ความก้าวหน้า", "ร้อยละความก้าวหน้า", "ความคืบหน้า", "ความคืบหน้า (%)", "%", "Progress",
        "Percent complete", "% complete")),
)
PROGRESS_WORDS = ("ความก้าวหน้า", "ความคืบหน้า", "progress")

RECOMMENDATIONS: Tuple[Name, ...] = (
    Name("instrument", "เครื่องมือ", "Instrument", (
        "เครื่องมือการประเมิน", "แบบวัด", "แบบสำรวจ", "Tool")),
    Name("indicator", "ตัวชี้วัด", "Indicator", ("ตัวชี้วัดที่", "Indicators")),
    Name("weakness", "ข้อบกพร่อง", "Weakness", (
        "จุดอ่อน", "ข้อบกพร่อง/จุดอ่อน", "จุดอ่อน/ข้อบกพร่อง", "ปัญหา", "ข้อบกพร่องที่พบ", "Weaknesses",
        "Issue", "Finding")),
    Name("recommendation", "ข้อเสนอแนะ", "Recommendation", (
        "ข้อเสนอแนะจากการประเมิน", "คำแนะนำ", "Recommendations", "Suggestion")),
)

# Headers of a key/value table that staff sometimes put above the agency keys.
AGENCY_HEADER_WORDS = ("รายการ", "หัวข้อ", "ข้อมูล", "รายละเอียด", "key", "item", "field", "value")
# An indicator cell naming a whole-table row rather than an indicator (kept apart in ScoresTable).
TOTAL_WORDS = ("รวม", "คะแนนรวม", "ผลรวม", "รวมทั้งสิ้น", "เฉลี่ย", "ค่าเฉลี่ย", "คะแนนเฉลี่ย",
               "total", "overall", "average", "mean", "คะแนนรวมitaทั้งหมด", "ภาพรวม")

# After exact aliases, a header containing one of these words names that field (first wins).
RESULTS_CONTAINS = (("ระดับ", "grade"), ("grade", "grade"), ("level", "grade"), ("ปีงบ", "year"),
                    ("fiscal", "year"), ("year", "year"), ("คะแนน", "overall"),
                    ("score", "overall"), ("ผลการประเมิน", "grade"))
MEASURES_CONTAINS = (
    ("ระยะเวลา", "period"), ("timeframe", "period"), ("period", "period"),
    ("ความก้าวหน้า", "progress"), ("ความคืบหน้า", "progress"), ("progress", "progress"),
    ("วันเริ่ม", "start"), ("วันที่เริ่ม", "start"), ("startdate", "start"),
    ("วันสิ้นสุด", "end"), ("วันที่สิ้นสุด", "end"), ("แล้วเสร็จ", "end"), ("enddate", "end"),
    ("ผู้รับผิดชอบ", "responsible"), ("responsib", "responsible"),
    ("ติดตาม", "follow_up"), ("follow", "follow_up"), ("monitor", "follow_up"),
    ("วิธีการ", "method"), ("วิธีดำเนิน", "method"), ("ขั้นตอน", "method"), ("method", "method"),
    ("มาตรการ", "measure"), ("แนวทาง", "measure"), ("measure", "measure"),
    ("สถานะ", "status"), ("status", "status"),
    ("ตัวชี้วัด", "indicator"), ("indicator", "indicator"),
)
RECOMMENDATIONS_CONTAINS = (
    ("ข้อบกพร่อง", "weakness"), ("จุดอ่อน", "weakness"), ("weakness", "weakness"),
    ("ข้อเสนอแนะ", "recommendation"), ("คำแนะนำ", "recommendation"), ("recommend", "recommendation"),
    ("เครื่องมือ", "instrument"), ("แบบวัด", "instrument"), ("instrument", "instrument"),
    ("ตัวชี้วัด", "indicator"), ("indicator", "indicator"),
)

TABLES: Dict[str, Tuple[Name, ...]] = {
    "scores": SCORES, "results": RESULTS, "measures": MEASURES, "recommendations": RECOMMENDATIONS,
}


def sheet_name(table: str) -> Name:
    for name in SHEETS:
        if name.field == table:
            return name
    raise KeyError(table)


def column_label(table: str, field: str, lang: str = "th") -> str:
    """The contract's header for ``field`` of ``table`` (for findings about a missing column)."""
    if field == "years":
        return "2565, 2566, …" if lang != "en" else "2565, 2566, … (year columns)"
    for name in TABLES[table]:
        if name.field == field:
            return name.en if lang == "en" else name.th
    return field


def match_name(value: object, names: Tuple[Name, ...]) -> Optional[str]:
    """The field whose aliases equal ``value`` once folded (a trailing colon ignored)."""
    return _lookup(_fields_by_key(names), value)


def name_matcher(names: Tuple[Name, ...]) -> Callable[[object], Optional[str]]:
    """``match_name`` for one table's names, its lookup built once (it is called per cell)."""
    fields = _fields_by_key(names)
    return lambda value: _lookup(fields, value)


def _lookup(fields: Dict[str, str], value: object) -> Optional[str]:
    key = header_key(value).rstrip(":：")
    return fields.get(key) if key else None


@lru_cache(maxsize=32)
def _fields_by_key(names: Tuple[Name, ...]) -> Dict[str, str]:
    """{folded name: field} for a table's names; the first name listing a key wins."""
    fields: Dict[str, str] = {}
    for name in names:
        for key in name.keys:
            fields.setdefault(key, name.field)
    return fields
