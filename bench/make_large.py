"""Build a master larger than the example: six fiscal years of scores and ``measures`` measures
(600 by default: issue 4's "ten times larger" master, six years and 600 measures against the
example's 12; bench.py also builds one of 120 measures as an extra figure)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import xlsxwriter

NAMES = [
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
]
WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]
YEARS = [2563, 2564, 2565, 2566, 2567, 2568]
UNITS = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "งานประชาสัมพันธ์", "งานพัสดุ"]
STEPS = ["ประชุมชี้แจงผู้รับผิดชอบ", "จัดทำคู่มือการปฏิบัติงาน", "เผยแพร่ผ่านเว็บไซต์และสื่อออนไลน์",
         "สำรวจความพึงพอใจของผู้รับบริการ", "รายงานผลต่อผู้บริหาร"]


def grade(year: int, overall: float, indicator_scores) -> str:
    """The label the year's framework gives (letters up to 2565, levels since): a master the
    validator accepts, so ``run`` builds every output."""
    from ita_xl.framework import load_framework

    fw = load_framework(year)
    inst = fw.instrument_scores({i + 1: s for i, s in enumerate(indicator_scores)})
    return fw.rate(overall, inst).label_th


def build(path: Path, measures: int = 600, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    scores = {y: [round(min(100.0, 70 + 4 * k + rnd.uniform(-3, 6)), 2) for _ in range(10)]
              for k, y in enumerate(YEARS)}
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("หน่วยงาน")
    for r, (k, v) in enumerate([("ชื่อหน่วยงาน", "เทศบาลนครตัวอย่างใหญ่"), ("ปีงบประมาณ", YEARS[-1]),
                                ("คะแนนเป้าหมาย", 95)]):
        ws.write_string(r, 0, k)
        ws.write(r, 1, v)
    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    ws.write_row(0, 0, ["ลำดับ", "ตัวชี้วัด", *[f"ปี {y}" for y in YEARS]])
    for i, name in enumerate(NAMES):
        ws.write_row(i + 1, 0, [i + 1, f"{i + 1} {name}", *[scores[y][i] for y in YEARS]])
    ws = wb.add_worksheet("ผลการประเมิน")
    ws.write_row(0, 0, ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"])
    for r, y in enumerate(YEARS, start=1):
        overall = round(sum(w * s for w, s in zip(WEIGHTS, scores[y])) / 100 + 1e-9, 2)
        ws.write_row(r, 0, [y, overall, grade(y, overall, scores[y])])
    ws = wb.add_worksheet("มาตรการ")
    ws.write_row(0, 0, ["ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ",
                        "ระยะเวลาดำเนินการ", "การติดตามผล", "สถานะ", "ความก้าวหน้า (%)"])
    months = ["ตุลาคม ๒๕๖๘", "พฤศจิกายน ๒๕๖๘", "ธันวาคม ๒๕๖๘", "มกราคม ๒๕๖๙", "มีนาคม ๒๕๖๙"]
    for r in range(1, measures + 1):
        n = r % 10 + 1
        steps = "\n".join(f"{k + 1}. {s}" for k, s in enumerate(rnd.sample(STEPS, 3)))
        ws.write_row(r, 0, [
            f"{n} {NAMES[n - 1]}", f"มาตรการที่ {r} พัฒนา{NAMES[n - 1]}ให้ดีขึ้นอย่างต่อเนื่อง", steps,
            "\n".join(rnd.sample(UNITS, 2)), f"{rnd.choice(months)} - กันยายน ๒๕๖๙",
            "รายงานความก้าวหน้าทุก ๖ เดือน", "กำลังดำเนินการ", rnd.choice([0, 25, 50, 75, 100]) * 0 + 50])
    wb.close()
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "large-master.xlsx")))
