"""Validation messages: each result's label (letter grade or level) and its instrument scores."""
from __future__ import annotations

from typing import Dict, Tuple

Entry = Tuple[str, str]

FINDINGS_LEVELS: Dict[str, Entry] = {
    "grade-missing": (
        "ยังไม่ได้ระบุระดับผลการประเมินปี {year} (ช่อง {cell} ว่าง) — คะแนนรวม {value} ได้ระดับ "
        "{expected}",
        "The {year_en} result has no grade or level ({cell} is blank); the overall score {value} "
        "earns {expected_en}.",
    ),
    "grade-missing.hint": (
        "พิมพ์ {expected} ในช่อง {cell} ตามผลประกาศ",
        "Type {expected} in {cell}, as the published result says.",
    ),
    "grade-unknown": (
        "“{raw}” ในช่อง {cell} ไม่ใช่ระดับผลการประเมิน ITA ของปี {year} ({grades})",
        "“{raw}” in {cell} is not an ITA {year_en} grade or level ({grades_en}).",
    ),
    "grade-unknown.hint": (
        "พิมพ์ระดับตามผลประกาศ หนึ่งใน {grades}",
        "Type the published grade or level, one of {grades}.",
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
    "level-retired-letter": (
        "ผลการประเมินปี {year} ในช่อง {cell} พิมพ์ไว้ “{raw}” ซึ่งเป็นระดับแบบตัวอักษร ({letter}) "
        "ที่ สำนักงาน ป.ป.ช. เลิกใช้ตั้งแต่ผลการประเมินปี {since} — ปีนี้ใช้ระดับ {labels}",
        "The {year_en} result in {cell} is typed “{raw}”, a letter grade ({letter}) the NACC "
        "stopped using from the {since} results; that year is rated {labels_en}.",
    ),
    "level-retired-letter.hint": (
        "แก้ช่อง {cell} เป็น{fix}",
        "Change {cell} to {fix_en}.",
    ),
    "instrument-mismatch": (
        "คะแนน {instrument} ปี {year} ในช่อง {cell} พิมพ์ไว้ {value} แต่คำนวณจากคะแนนรายตัวชี้วัด"
        "ของ {instrument} ตามกรอบการประเมินได้ {computed} (ต่างกัน {difference})",
        "The {year_en} {instrument} score in {cell} is typed {value}, but the framework's mean of "
        "the {instrument} indicator scores is {computed} (a difference of {difference}).",
    ),
    "instrument-mismatch.hint": (
        "ตรวจคะแนน {instrument} และคะแนนรายตัวชี้วัดของปี {year} กับผลประกาศ แล้วแก้ค่าที่พิมพ์ผิด",
        "Check the {year_en} {instrument} score and its indicator scores against the published "
        "result and correct whichever was mistyped.",
    ),
    "instrument-mismatch-unverified": (
        "คะแนน {instrument} ปี {year} ในช่อง {cell} พิมพ์ไว้ {value} แต่คำนวณจากคะแนนรายตัวชี้วัด"
        "ของ {instrument} ได้ {computed} (ต่างกัน {difference}) ทั้งนี้น้ำหนักตัวชี้วัดของปีนี้"
        "ยังไม่ได้รับการยืนยัน",
        "The {year_en} {instrument} score in {cell} is typed {value}, but the mean of the "
        "{instrument} indicator scores is {computed} (a difference of {difference}); this year's "
        "weights are unverified.",
    ),
    "instrument-mismatch-unverified.hint": (
        "ถ้าคะแนนตรงกับผลประกาศแล้ว ไม่ต้องแก้ไข — แต่ควรตรวจน้ำหนักในไฟล์กรอบการประเมิน "
        "{year}.json",
        "If the scores match the published result, nothing needs fixing; check the weights in "
        "the framework file {year_en}.json instead.",
    ),
    "level-not-earned": (
        "ระดับปี {year} ในช่อง {cell} พิมพ์ไว้ “{level}” แต่ผลนี้ไม่ถึงเกณฑ์ของระดับนั้น: {reasons} "
        "จึงได้ระดับ “{expected}”{basis}",
        "The {year_en} level in {cell} is typed “{level}” ({level_en}), but the result does not "
        "meet that level's lines: {reasons_en}; it earns “{expected}” ({expected_en}){basis_en}.",
    ),
    "level-not-earned.hint": (
        "แก้ช่อง {cell} เป็น “{expected}” หรือตรวจคะแนนรวมและคะแนน IIT, EIT, OIT กับผลประกาศ",
        "Change {cell} to “{expected}” ({expected_en}), or check the overall and IIT, EIT, OIT "
        "scores against the published result.",
    ),
    "level-below-earned": (
        "ระดับปี {year} ในช่อง {cell} พิมพ์ไว้ “{level}” แต่คะแนนรวม {value} และ {scores} "
        "ถึงเกณฑ์ระดับ “{expected}”{basis}",
        "The {year_en} level in {cell} is typed “{level}” ({level_en}), but the overall score "
        "{value} and {scores_en} meet the lines of “{expected}” ({expected_en}){basis_en}.",
    ),
    "level-below-earned.hint": (
        "แก้ช่อง {cell} เป็น “{expected}” หรือตรวจคะแนนรวมและคะแนน IIT, EIT, OIT กับผลประกาศ",
        "Change {cell} to “{expected}” ({expected_en}), or check the overall and IIT, EIT, OIT "
        "scores against the published result.",
    ),
    "instrument-not-a-number": (
        "คะแนน {instrument} ปี {year} ในช่อง {cell} คือ “{raw}” ซึ่งไม่ใช่ตัวเลข",
        "The {year_en} {instrument} score in {cell} is “{raw}”, which is not a number.",
    ),
    "instrument-not-a-number.hint": (
        "พิมพ์คะแนน {instrument} ตามผลประกาศเป็นตัวเลข 0–100 เช่น 95.80 หรือเว้นว่างไว้",
        "Type the published {instrument} score as a number from 0 to 100, e.g. 95.80, or leave it blank.",
    ),
    "instrument-out-of-range": (
        "คะแนน {instrument} ปี {year} ในช่อง {cell} คือ {value} ซึ่งอยู่นอกช่วง 0–100",
        "The {year_en} {instrument} score in {cell} is {value}, outside 0–100.",
    ),
    "instrument-out-of-range.hint": (
        "ตรวจกับผลประกาศ แล้วแก้คะแนน {instrument} ให้อยู่ระหว่าง 0 ถึง 100",
        "Check it against the published result and correct the {instrument} score to 0–100.",
    ),
    "instrument-weighted": (
        "คะแนน {instrument} ปี {year} ในช่อง {cell} คือ {value} ซึ่งตรงกับคะแนนถ่วงน้ำหนัก "
        "(เต็ม {weight}) ของคะแนน {raw_value} ไม่ใช่คะแนน {instrument} เต็ม 100 — จึงไม่ได้นำมาใช้ตัดสินระดับ",
        "The {year_en} {instrument} score in {cell} is {value}, which fits the weighted points (out of "
        "{weight}) of a {raw_value} score, not a {instrument} score out of 100, so it was not used for "
        "the level.",
    ),
    "instrument-weighted.hint": (
        "พิมพ์คะแนน {instrument} เต็ม 100 ตามผลประกาศ (เช่น {raw_value}) ในช่อง {cell} และถ้าต้องการเก็บ"
        "คะแนนถ่วงน้ำหนัก ให้ใส่ในคอลัมน์แยกที่หัวคอลัมน์ระบุน้ำหนัก เช่น “{instrument} ({weight})”",
        "Type the published {instrument} score out of 100 (e.g. {raw_value}) in {cell}; keep weighted "
        "points in a separate column whose header names the weight, e.g. “{instrument} ({weight})”.",
    ),
    "framework-assumed": (
        "ยังไม่พบข้อมูลกรอบการประเมิน ITA ปี {year} ที่ยืนยันได้ โปรแกรมจึงถือตามปี {from_year}: "
        "{facts}",
        "No confirmed ITA framework facts for {year} were found, so these are assumed from "
        "{from_year}: {facts_en}.",
    ),
    "framework-assumed.hint": (
        "ไม่ต้องแก้ไขสมุดงาน — เมื่อ สำนักงาน ป.ป.ช. ประกาศข้อมูลปี {year} ให้แก้ไฟล์ {year}.json "
        "(ดูคำสั่ง ita-xl framework)",
        "Nothing to fix in the workbook; when the NACC publishes the {year} facts, correct "
        "{year}.json (see the ita-xl framework command).",
    ),
    # fragments the messages above put in their fields
    "label.instrument-score": ("{code} {value}", "{code} {value}"),
    "label.overall-score": ("คะแนนรวม {value}", "overall {value}"),
    "label.reason-overall": ("คะแนนรวม {value} ต่ำกว่า {line}",
                             "the overall score {value} is below {line}"),
    "label.reason-instrument": ("{code} {value} ต่ำกว่า {line}", "{code} {value} is below {line}"),
    "label.instruments-computed": (
        " (คะแนน {codes} คำนวณจากค่าเฉลี่ยของตัวชี้วัด เพราะไม่ได้พิมพ์คะแนนที่ประกาศไว้)",
        " ({codes} computed as the mean of their indicators, since the published scores were not "
        "typed)",
    ),
    "label.instruments-from-weighted": (
        " (คะแนน {codes} คิดกลับจากคะแนนถ่วงน้ำหนัก)",
        " ({codes} scaled back from the weighted points)",
    ),
    "label.fix-level": (" “{level}” ตามคะแนนรวมและคะแนนเครื่องมือ ({why})",
                        "“{level}” ({level_en}), the level of {why_en}"),
    "label.fix-from-notice": ("ระดับตามผลประกาศ หนึ่งใน {labels}",
                              "the level the NACC published, one of {labels}"),
    "label.fact.indicators": ("ตัวชี้วัด", "indicators"),
    "label.fact.weights": ("น้ำหนักคะแนน", "weights"),
    "label.fact.rating": ("เกณฑ์ระดับผลการประเมิน", "rating rule"),
    "label.fact.pass_mark": ("เกณฑ์ผ่าน", "pass mark"),
    "label.fact.national": ("ผลระดับประเทศ", "national result"),
    "label.fact.sub_indicators": ("ตัวชี้วัดย่อย", "sub-indicators"),
    "label.fact.oit_items": ("ข้อ OIT", "OIT items"),
}
