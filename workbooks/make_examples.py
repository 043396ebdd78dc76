"""Regenerate the example masters in this folder (run: python workbooks/make_examples.py).

- example-master.xlsx: a fictional municipality in the year staff are in (fiscal year 2569: results
  2566–2569 with the levels, overall and IIT/EIT/OIT scores as the NACC publishes them, older
  grades back to 2560 kept as history), kept the way staff really keep it (title rows, Thai digits,
  a consultant's คะเเนน header, merged group rows, a chart, a comment, data validation, a staff
  formula). It validates without errors or warnings; README's first command runs on it.
- seed-memo-2565.xlsx: the numbers of the real memo in ../shared/seed entered the way the memo lays
  them out (its single-year tables' scores, its hand-typed differences, its published totals), so
  `ita-xl validate` shows the memo's mistakes.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NAMES = [
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
]
WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]


def th(value) -> str:
    """Thai digits, the way staff type them in official tables."""
    return str(value).translate(THAI)


def signed_th(value: float) -> str:
    """'- ๑.๘๐' / '๓.๔๕': the memo's way of writing a difference."""
    return ("- " if value < 0 else "") + th(f"{abs(value):.2f}")


def weighted(scores) -> float:
    return round(sum(w * s for w, s in zip(WEIGHTS, scores)) / 100 + 1e-9, 2)


def formats(wb):
    base = {"font_name": "TH Sarabun New", "font_size": 16, "valign": "top"}
    return {
        "title": wb.add_format({**base, "bold": True, "font_size": 20, "align": "center"}),
        "sub": wb.add_format({**base, "align": "center"}),
        "head": wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "border": 1,
                               "align": "center", "text_wrap": True, "valign": "vcenter"}),
        "text": wb.add_format({**base, "border": 1, "text_wrap": True}),
        "num": wb.add_format({**base, "border": 1, "num_format": "0.00"}),
        "group": wb.add_format({**base, "bold": True, "border": 1, "bg_color": "#FFF2CC"}),
        "date": wb.add_format({**base, "num_format": "d mmmm yyyy"}),
        "plain": wb.add_format(base),
    }


# --- the fictional clean master (the year staff are in: results up to 2569) ------------------------
SCORES = {
    2566: [93.80, 89.15, 94.60, 88.70, 91.35, 86.40, 84.05, 80.10, 92.75, 96.00],
    2567: [94.10, 90.30, 95.20, 91.80, 92.60, 91.40, 86.30, 85.10, 90.20, 94.00],
    2568: [95.80, 92.40, 96.10, 93.90, 94.20, 93.10, 88.75, 86.20, 92.50, 95.50],
    2569: [97.20, 94.10, 97.85, 95.40, 96.00, 94.30, 91.20, 90.45, 93.80, 97.00],
}
# As the NACC publishes each result: the overall score, IIT, EIT, OIT and the level (2566+) or
# grade (up to 2565); years before 2563 kept as agencies keep them (own scales, "–").
RESULTS = [
    (2569, None, "ผ่านดี"), (2568, None, "ผ่านดี"), (2567, None, "ผ่านดี"), (2566, None, "ผ่าน"),
    (2565, 87.82, "A"), (2564, 83.19, "B"), (2563, 80.06, "B"),
    (2562, 86.50, "A"), (2561, 85.10, "สูงมาก"), (2560, 78.20, "–"),
]
PLAN = "ตุลาคม ๒๕๖๙ - กันยายน ๒๕๗๐"
MEASURES = [
    ("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", [
        ("ปรับปรุงขั้นตอนการให้บริการให้สั้นลง", "๑. สำรวจขั้นตอนงานบริการทุกงาน\n๒. ลดขั้นตอนที่ซ้ำซ้อน\n"
         "๓. ประกาศขั้นตอนใหม่ผ่านเว็บไซต์", "-สำนักปลัดเทศบาล -ทุกกอง", PLAN,
         "รายงานความก้าวหน้าทุก ๖ เดือน", "กำลังดำเนินการ", 30),
        ("เปิดโอกาสให้ประชาชนมีส่วนร่วมปรับปรุงงานบริการ", "๑. จัดเวทีรับฟังความคิดเห็น\n๒. สรุปข้อเสนอและแจ้งผล",
         "สำนักปลัดเทศบาล\nงานประชาสัมพันธ์", "ต.ค. 69 – มี.ค. 70", "รายงานสรุปผลเมื่อสิ้นปีงบประมาณ",
         "ยังไม่เริ่ม", 0),
    ]),
    ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", [
        ("เพิ่มช่องทางการสื่อสารสองทางกับประชาชน", "๑. เปิด Line Official Account\n๒. ตอบคำถามภายใน ๒ วันทำการ",
         "งานประชาสัมพันธ์", "ตลอดปีงบประมาณ ๒๕๗๐", "รายงานความก้าวหน้าทุก ๖ เดือน", "กำลังดำเนินการ", 60),
    ]),
    ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", [
        ("จัดทำคู่มือมาตรฐานการให้บริการ", "๑. ยกร่างคู่มือทุกงานบริการ\n๒. ประชุมชี้แจงผู้ปฏิบัติงาน",
         "-ทุกกอง -ผู้อำนวยการกองทุกกอง", "ไตรมาสที่ ๑/๒๕๗๐", "รายงานความก้าวหน้าทุก ๖ เดือน", "เสร็จสิ้น", 100),
    ]),
    ("ตัวชี้วัดที่ ๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("", "๑. รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ ๖ เดือน (o10)\n๒. เผยแพร่ผ่านเว็บไซต์",
         "-กองคลัง", "เดือนตุลาคม พ.ศ.๒๕๖๙ - เดือนมีนาคม พ.ศ.๒๕๗๐", "รายงานสรุปผลเมื่อสิ้นปีงบประมาณ",
         "กำลังดำเนินการ", 40),
    ]),
    ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", [
        ("เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีเป็นอินโฟกราฟิก", "๑. จัดทำอินโฟกราฟิก\n๒. เผยแพร่ทาง Line "
         "Facebook และบอร์ดประชาสัมพันธ์", "กองคลัง\nผู้อำนวยการกองคลัง", PLAN,
         "รายงานความก้าวหน้าทุก ๖ เดือน", "กำลังดำเนินการ", 50),
    ]),
]
INSTRUMENTS = {"IIT": range(0, 5), "EIT": range(5, 8), "OIT": range(8, 10)}


def instrument(scores, code) -> float:
    """The published instrument score: the mean of its indicators (equal split inside it)."""
    members = [scores[i] for i in INSTRUMENTS[code]]
    return round(sum(members) / len(members) + 1e-9, 2)


def _agency(wb, f, name, year, unit, person, meeting, target=None, province="สระบุรี"):
    ws = wb.add_worksheet("หน่วยงาน")
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 55)
    rows = [("ชื่อหน่วยงาน", name), ("ปีงบประมาณ", year), ("จังหวัด", province),
            ("หน่วยงานผู้จัดทำ", unit), ("ผู้จัดทำ", person)]
    for r, (k, v) in enumerate(rows):
        ws.write_string(r, 0, k, f["plain"])
        ws.write(r, 1, v, f["plain"])
    ws.write_string(5, 0, "วันที่ประชุม", f["plain"])
    ws.write_datetime(5, 1, meeting, f["date"])
    if target is not None:
        ws.write_string(6, 0, "คะแนนเป้าหมาย", f["plain"])
        ws.write_number(6, 1, target, f["plain"])
    return ws


def example_master(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f = formats(wb)
    _agency(wb, f, "เทศบาลตำบลหนองตัวอย่าง", th(2569), "งานนิติการ ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาล",
            "นางสาวสมใจ ใจดี", dt.datetime(2026, 10, 12), target=95)
    years = sorted(SCORES)
    last = len(years) + 3  # columns: ลำดับ, ตัวชี้วัด, the years, ผลต่าง, เป้าหมาย
    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    ws.merge_range(0, 0, 0, last, "ผลคะแนนการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๖๙", f["title"])
    ws.merge_range(1, 0, 1, last, "เทศบาลตำบลหนองตัวอย่าง", f["sub"])
    heads = ["ลำดับ", "ตัวชี้วัด", "ผลคะแนน ปี ๒๕๖๖", "คะเเนนปี 67", "ผลคะแนน ปี ๒๕๖๘",
             "ปีงบประมาณ 2569", "ผลต่าง\n(๒๕๖๙ − ๒๕๖๘)", "เป้าหมาย"]
    for c, h in enumerate(heads):
        ws.write_string(2, c, h, f["head"])
    ws.set_row(2, 42)
    for i, name in enumerate(NAMES):
        r = 3 + i
        ws.write_string(r, 0, th(i + 1), f["text"])
        ws.write_string(r, 1, f"ตัวชี้วัดที่ {th(i + 1)} {name}", f["text"])
        ws.write_string(r, 2, th(f"{SCORES[2566][i]:.2f}"), f["text"])  # typed in Thai digits
        for c, year in enumerate(years[1:], start=3):
            ws.write_number(r, c, SCORES[year][i], f["num"])
        ws.write_string(r, 6, signed_th(round(SCORES[2569][i] - SCORES[2568][i], 2)), f["text"])
        if i == 7:
            ws.write_number(r, 7, 95, f["num"])
        else:
            ws.write_blank(r, 7, None, f["text"])
    ws.set_column(0, 0, 7)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 7, 13)
    ws.freeze_panes(3, 2)
    ws.write_comment("F11", "ตัวชี้วัดที่ ๘ ยังต่ำสุด ต้องเร่งปรับปรุง", {"font_name": "Tahoma"})
    chart = wb.add_chart({"type": "column"})
    for col, year in ((4, 2568), (5, 2569)):
        chart.add_series({"name": f"ปี {year}", "categories": ["คะแนนตัวชี้วัด", 3, 0, 12, 0],
                          "values": ["คะแนนตัวชี้วัด", 3, col, 12, col]})
    chart.set_title({"name": "เปรียบเทียบคะแนนรายตัวชี้วัด", "name_font": {"name": "TH Sarabun New"}})
    chart.set_y_axis({"min": 70, "max": 100})
    ws.insert_chart("K3", chart, {"x_scale": 1.3, "y_scale": 1.2})

    ws = wb.add_worksheet("ผลการประเมิน")
    ws.merge_range("A1:F1", "ผลการประเมิน ITA ตามประกาศของ สำนักงาน ป.ป.ช.", f["title"])
    for c, h in enumerate(["ปีงบประมาณ", "คะแนน ITA", "IIT", "EIT", "OIT", "ผลการประเมิน"]):
        ws.write_string(1, c, h, f["head"])
    for r, (year, overall, label) in enumerate(RESULTS, start=2):
        ws.write_number(r, 0, year, f["text"])
        scores = SCORES.get(year)
        ws.write_number(r, 1, weighted(scores) if scores else overall, f["num"])
        for c, code in enumerate(INSTRUMENTS, start=2):
            if scores:
                ws.write_number(r, c, instrument(scores, code), f["num"])
            else:
                ws.write_blank(r, c, None, f["text"])
        ws.write_string(r, 5, label, f["text"])
    ws.set_column(0, 5, 15)
    ws.freeze_panes(2, 0)

    _measures_sheet(wb, f, "มาตรการและแนวทางการพัฒนา ปีงบประมาณ พ.ศ. ๒๕๗๐", MEASURES, status=True)

    ws = wb.add_worksheet("ข้อเสนอแนะ")
    for c, h in enumerate(["เครื่องมือ", "ตัวชี้วัด", "ข้อบกพร่อง", "ข้อเสนอแนะ"]):
        ws.write_string(0, c, h, f["head"])
    recs = [
        ("EIT", "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", "ผู้รับบริการเห็นการปรับปรุงงานไม่ชัดเจน",
         "เผยแพร่ผลการปรับปรุงงานเทียบกับปีก่อนผ่านเว็บไซต์และสื่อออนไลน์"),
        ("EIT", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "ช่องทางการสื่อสารสองทางยังมีน้อย",
         "เปิดช่องทางถาม–ตอบออนไลน์และตอบกลับภายในเวลาที่กำหนด"),
    ]
    for r, row in enumerate(recs, start=1):
        for c, v in enumerate(row):
            ws.write_string(r, c, v, f["text"])
    ws.set_column(0, 0, 10)
    ws.set_column(1, 3, 40)

    ws = wb.add_worksheet("หมายเหตุ")
    ws.write_string(0, 0, "ค่าเฉลี่ยคะแนนปี ๒๕๖๙ (สูตรของเจ้าหน้าที่)", f["plain"])
    ws.write_formula(0, 1, "=ROUND(AVERAGE('คะแนนตัวชี้วัด'!F4:F13),2)", f["plain"],
                     round(sum(SCORES[2569]) / 10, 2))
    ws.set_column(0, 0, 40)
    wb.close()


def _measures_sheet(wb, f, title, groups, status: bool, repeat_header: bool = False) -> None:
    ws = wb.add_worksheet("มาตรการ")
    heads = ["มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา ดำเนินการ", "การติดตามผล"]
    if status:
        heads += ["สถานะ", "ความก้าวหน้า (%)"]
    last = len(heads) - 1
    ws.merge_range(0, 0, 0, last, title, f["title"])
    r = 1
    for c, h in enumerate(heads):
        ws.write_string(r, c, h, f["head"])
    r += 1
    for g, (label, rows) in enumerate(groups):
        if repeat_header and g and g % 2 == 0:
            for c, h in enumerate(heads):
                ws.write_string(r, c, h, f["head"])
            r += 1
        ws.merge_range(r, 0, r, last, label, f["group"])
        r += 1
        for row in rows:
            for c, v in enumerate(row[: len(heads)]):
                if isinstance(v, (int, float)):
                    ws.write_number(r, c, v, f["num"])
                else:
                    ws.write_string(r, c, v, f["text"])
            r += 1
    widths = [30, 48, 24, 24, 26, 16, 12]
    for c in range(len(heads)):
        ws.set_column(c, c, widths[c])
    ws.freeze_panes(2, 0)
    if status:
        ws.data_validation(2, 5, 200, 5, {"validate": "list",
                                          "source": ["ยังไม่เริ่ม", "กำลังดำเนินการ", "เสร็จสิ้น"]})


# --- the seed memo's numbers ---------------------------------------------------------------------
# Single-year tables of the memo (by indicator number 1..10).
MEMO_2565 = [98.47, 96.91, 98.25, 97.04, 98.66, 93.17, 91.46, 91.34, 95.14, 100.00]
MEMO_2564 = [97.31, 74.27, 92.56, 74.09, 76.33, 99.16, 95.15, 92.69, 93.50, 97.50]
# The memo's comparison table: its row order (by rank) and its hand-typed differences.
MEMO_ORDER = [10, 5, 1, 3, 4, 2, 9, 6, 7, 8]
MEMO_DIFF = ["๑๒.๕๐", "๒๒.๕๓", "๑๑.๑๖", "๑๕.๖๙", "๒๒.๙๕", "๒๒.๖๔", "- ๑.๓๖", "- ๑.๙๗", "- ๑๒.๒๙",
             "- ๑๐.๓๕"]
MEMO_PERIOD = "เดือน ตุลาคม พ.ศ.๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖"
MEMO_MEASURES = [
    ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", [(
        "", "๑. ประชุมชี้แจงให้ความรู้แก่ผู้รับผิดชอบในการจัดทำแผนการใช้จ่ายงบประมาณประจำปี\n"
        "๒. การเผยแพร่ประชาสัมพันธ์ข้อมูลแผนการใช้จ่ายงบประมาณประจำปีผ่านช่องทางต่างๆ เช่น เว็บไซต์ Line "
        "Facebook หรือบอร์ดประชาสัมพันธ์ต่างๆ",
        "-กองคลัง -ผู้อำนวยการ กองคลัง -สำนักปลัด เทศบาล -หัวหน้า สำนักปลัดเทศบาล", MEMO_PERIOD,
        "รายงานความก้าวหน้าทุก ๖ เดือน")]),
    ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", [(
        "", "๑. ประชุมชี้แจงทำความเข้าใจกับผู้ปฏิบัติงานในการให้บริการประชาชนในด้านต่างๆ\n"
        "๒. จัดทำคู่มือขั้นตอนการปฏิบัติงานให้มีความชัดเจน\n๓. ใช้มาตรการว่ากล่าวตักเตือนหรือลงโทษหากผู้ปฏิบัติ "
        "ปฏิบัติต่อผู้มารับบริการอย่างไม่เท่าเทียมกันหรือเรียกรับผลประโยชน์",
        "-ทุกส่วนราชการ -ผู้อำนวยการกอง ทุกกอง", "เดือน ตุลาคม พ.ศ. ๒๕๖๕ - กันยายน พ.ศ.๒๕๖๖",
        "การประเมินความพึงพอใจของผู้รับบริการเมื่อสิ้นปีงบประมาณ")]),
    ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", [(
        "", "๑. การเพิ่มช่องทางการสื่อสารให้ประชาชนได้รับข้อมูลข่าวสารมากขึ้น เช่น Facebook line Open chat "
        "วารสารออนไลน์ E-book หรือสื่อประชาสัมพันธ์อื่นๆ ของหน่วยงาน\n๒. การปรับปรุงหน้าเว็บไซต์ของหน่วยงาน"
        "ให้เข้าใช้งานได้ง่าย และสะดวกสำหรับประชาชน\n๓. การจัดทำช่องทางการติดต่อสอบถามข้อมูล",
        "-สำนักปลัดเทศบาล -งานประชาสัมพันธ์", "เดือน ตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖",
        "รายงานสรุปความก้าวหน้าทุก ๖ เดือน และสืบไปประจำ")]),
    ("ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", [(
        "", "๑. จัดประชุมพนักงานเทศบาลทุกส่วนเพื่อสร้างความเข้าใจในการปฏิบัติงานด้านการให้บริการต่างๆ\n"
        "๒. เปิดโอกาสให้ประชาชนมีส่วนร่วมในการจัดกิจกรรมโครงการต่างๆ ของเทศบาลเมืองสะเตงนอก\n"
        "๓. เพิ่มช่องทางการติดต่อสื่อสารในการรับบริการต่างๆ\n๔. จัดทำคู่มือสำหรับประชาชนสำหรับใช้บริการ",
        "-ทุกส่วนราชการ -หัวหน้าส่วนราชการ ส่วนราชการ", "เดือนตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ.๒๕๖๖",
        "รายงานสรุปความก้าวหน้าทุก ๖ เดือนและสืบไปประจำ")]),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวที่วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ", [(
        "", "๑.มอบหมายผู้รับผิดชอบให้ชัดเจน ในการเปิดเผยแผนการใช้จ่าย งบประมาณประจำปี\n"
        "๒.ชี้แจงผู้รับผิดชอบให้เข้าใจตัวชี้วัด\n๓.เผยแพร่ข้อมูลแผนการใช้จ่าย งบประมาณประจำปี เป็นรายเดือน "
        "หรือรายไตรมาส หรือราย ๖ เดือน ผ่านหน้าเว็บไซต์ของหน่วยงาน",
        "-กองคลัง -ผู้อำนวยการ กองคลัง", "เดือนตุลาคม พ.ศ.๒๕๖๕ - วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๖",
        "รายงานสรุปความ ก้าวหน้าทุก ๖ เดือน และสืบไปงบประมาณ")]),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลตัวชี้วัดย่อยที่ ๙.๔ การบริการและพัฒนาทรัพยากรบุคคล", [(
        "", "๑.ชี้แจงผู้รับผิดชอบให้เข้าใจตัวชี้วัด\n๒.มอบหมายผู้รับผิดชอบให้ชัดเจน ในการเปิดเผยหลักเกณฑ์การบริหาร "
        "และพัฒนาทรัพยากรบุคคลให้ครบ องค์ประกอบ ดังนี้\n-การสรรหาและคัดเลือกบุคลากร\n-การบรรจุและแต่งตั้งบุคลากร\n"
        "-การพัฒนาบุคลากร\n-การประเมินผลการปฏิบัติงาน บุคลากร\n-การให้คุณให้โทษและการสร้างขวัญ และกำลังใจ",
        "-สำนักปลัด เทศบาล -นักทรัพยากร บุคคล", "เดือนตุลาคม พ.ศ. ๒๕๖๕ - เดือนมีนาคม พ.ศ.๒๕๖๖",
        "รายงานสรุปผล ความก้าวหน้าสืบต่อ เดือนแรก")]),
]


def seed_memo(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    f = formats(wb)
    _agency(wb, f, "เทศบาลเมืองสะเตงนอก", "ปีงบประมาณ พ.ศ. ๒๕๖๕",
            "งานนิติการ ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาลเมืองสะเตงนอก", "ผู้ช่วยนิติกร",
            dt.datetime(2022, 10, 10), province="ยะลา")
    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    ws.merge_range("A1:E1", "เปรียบเทียบผลคะแนนการประเมินทั้ง ๒ ปีงบประมาณ พ.ศ. ๒๕๖๔ – ๒๕๖๕", f["title"])
    heads = ["อันดับ ที่", "ตัวชี้วัด", "ผลคะแนน ปี ๒๕๖๔", "ผลคะแนน ปี ๒๕๖๕",
             "ผลคะแนนที่มีการ พัฒนา/ที่ต้อง พัฒนาให้ดีขึ้น"]
    for c, h in enumerate(heads):
        ws.write_string(1, c, h, f["head"])
    for r, (n, diff) in enumerate(zip(MEMO_ORDER, MEMO_DIFF), start=2):
        ws.write_string(r, 0, th(r - 1), f["text"])
        ws.write_string(r, 1, NAMES[n - 1], f["text"])
        ws.write_string(r, 2, th(f"{MEMO_2564[n - 1]:.2f}"), f["text"])
        ws.write_string(r, 3, th(f"{MEMO_2565[n - 1]:.2f}"), f["text"])
        ws.write_string(r, 4, diff, f["text"])
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 4, 16)
    ws = wb.add_worksheet("ผลการประเมิน")
    for c, h in enumerate(["ปีงบประมาณ", "คะแนนรวม", "ระดับ"]):
        ws.write_string(0, c, h, f["head"])
    for r, (y, s, g) in enumerate([("๒๕๖๔", "๙๕.๕๖", "A"), ("๒๕๖๕", "๙๑.๐๓", "A")], start=1):
        for c, v in enumerate((y, s, g)):
            ws.write_string(r, c, v, f["text"])
    _measures_sheet(wb, f, "การกำหนดผู้รับผิดชอบหรือผู้ที่เกี่ยวข้องและขั้นตอนการปฏิบัติ", MEMO_MEASURES,
                    status=False, repeat_header=True)
    wb.close()


if __name__ == "__main__":
    example_master(HERE / "example-master.xlsx")
    seed_memo(HERE / "seed-memo-2565.xlsx")
    print("wrote", HERE / "example-master.xlsx", "and", HERE / "seed-memo-2565.xlsx")
