"""Regenerate templates/master-template.xlsx: an empty master with every sheet and header staff need.

Run: python templates/make_master_template.py. `ita-xl new master.xlsx` copies the result.
"""
from __future__ import annotations

from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent
NAMES = [
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
]


def build(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "ITA master workbook", "comments": "ita-xl master template"})
    base = {"font_name": "TH Sarabun New", "font_size": 16, "valign": "top"}
    head = wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "border": 1,
                          "text_wrap": True, "align": "center"})
    cell = wb.add_format({**base, "border": 1, "text_wrap": True})
    num = wb.add_format({**base, "border": 1, "num_format": "0.00"})
    plain = wb.add_format(base)

    ws = wb.add_worksheet("หน่วยงาน")
    for r, key in enumerate(["ชื่อหน่วยงาน", "ปีงบประมาณ", "จังหวัด", "หน่วยงานผู้จัดทำ", "ผู้จัดทำ",
                             "วันที่ประชุม", "คะแนนเป้าหมาย"]):
        ws.write_string(r, 0, key, plain)
    ws.write_number(6, 1, 95, plain)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 55)

    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    for c, h in enumerate(["ลำดับ", "ตัวชี้วัด", "ปี 2566", "ปี 2567", "ผลต่าง", "เป้าหมาย"]):
        ws.write_string(0, c, h, head)
    for i, name in enumerate(NAMES, start=1):
        ws.write_number(i, 0, i, cell)
        ws.write_string(i, 1, f"{i} {name}", cell)
        for c in range(2, 6):
            ws.write_blank(i, c, None, num)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 5, 12)
    ws.freeze_panes(1, 2)

    ws = wb.add_worksheet("ผลการประเมิน")
    for c, h in enumerate(["ปีงบประมาณ", "คะแนนรวม", "ระดับ"]):
        ws.write_string(0, c, h, head)
    ws.set_column(0, 2, 16)
    ws.data_validation(1, 2, 50, 2, {"validate": "list",
                                     "source": ["AA", "A", "B", "C", "D", "E", "F"]})

    ws = wb.add_worksheet("มาตรการ")
    heads = ["ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
             "การติดตามผล", "สถานะ", "ความก้าวหน้า (%)"]
    for c, h in enumerate(heads):
        ws.write_string(0, c, h, head)
    for c, w in enumerate([30, 34, 44, 24, 26, 28, 16, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.data_validation(1, 6, 1000, 6, {"validate": "list",
                                       "source": ["ยังไม่เริ่ม", "กำลังดำเนินการ", "เสร็จสิ้น"]})
    ws.data_validation(1, 7, 1000, 7, {"validate": "decimal", "criteria": "between",
                                       "minimum": 0, "maximum": 100})

    ws = wb.add_worksheet("ข้อเสนอแนะ")
    for c, h in enumerate(["เครื่องมือ", "ตัวชี้วัด", "ข้อบกพร่อง", "ข้อเสนอแนะ"]):
        ws.write_string(0, c, h, head)
    ws.set_column(0, 0, 12)
    ws.set_column(1, 3, 40)
    wb.close()
    return path


if __name__ == "__main__":
    print(build(HERE / "master-template.xlsx"))
