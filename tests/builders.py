"""Build real master workbooks (openpyxl) for tests: a clean default, every part overridable.

Shared by all test modules: extend by adding keyword options or new functions, never by changing
what the defaults produce (other tests rely on the default master being clean).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import openpyxl

NAMES = [
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
]
# What outputs show: the NACC's official names (staff's short form of 8 is read as the same).
OFFICIAL_NAMES = NAMES[:7] + ["การปรับปรุงระบบการทำงาน"] + NAMES[8:]
WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]  # percent, 2563-2565 framework

SCORES = {
    2564: [88.10, 80.25, 90.40, 79.95, 84.30, 89.75, 86.10, 83.20, 78.50, 81.00],
    2565: [90.35, 84.60, 92.15, 83.40, 88.05, 91.20, 88.45, 85.90, 86.25, 88.50],
    2566: [93.80, 89.15, 94.60, 88.70, 91.35, 93.40, 90.05, 84.10, 92.75, 96.00],
}


def weighted(scores: Sequence[Any]) -> float:
    """Framework-weighted mean; non-numeric test values are left out and the weights renormalised."""
    pairs = [(w, s) for w, s in zip(WEIGHTS, scores)
             if isinstance(s, (int, float)) and not isinstance(s, bool)]
    return round(sum(w * s for w, s in pairs) / sum(w for w, _ in pairs) + 1e-9, 2)


def grade(score: float) -> str:
    for g, low in (("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50)):
        if score >= low:
            return g
    return "F"


LETTER_YEARS = (2563, 2564, 2565)  # AA–F bands; from 2566 the five levels (domain page)
INSTRUMENTS = {"IIT": (0, 5), "EIT": (5, 8), "OIT": (8, 10)}  # indicator slices


def instrument_means(scores: Sequence[float]) -> Dict[str, float]:
    """Each instrument's mean of its indicators (equal split inside an instrument); non-numeric
    test values are left out."""
    out = {}
    for code, (a, b) in INSTRUMENTS.items():
        values = [s for s in scores[a:b] if isinstance(s, (int, float)) and not isinstance(s, bool)]
        if values:
            out[code] = round(sum(values) / len(values) + 1e-9, 2)
    return out


def level(overall: float, instruments: Dict[str, float]) -> str:
    """The 2566+ Rating Score level, written out from the domain page as the tests' own oracle."""
    if overall >= 95 and all(v >= 95 for v in instruments.values()):
        return "ผ่านดีเยี่ยม"
    if overall >= 85 and all(v >= 85 for v in instruments.values()):
        return "ผ่านดี"
    if overall >= 85:
        return "ผ่าน"
    return "ต้องปรับปรุง" if overall >= 70 else "ต้องปรับปรุงโดยด่วน"


def result_label(year: int, scores: Sequence[float]) -> str:
    """What the NACC published for ``year``: a letter up to 2565, a level from 2566."""
    overall = weighted(scores)
    return grade(overall) if year in LETTER_YEARS else level(overall, instrument_means(scores))


@dataclass
class MasterSpec:
    agency: List[List[Any]] = field(default_factory=lambda: [
        ["ชื่อหน่วยงาน", "เทศบาลตำบลตัวอย่างพัฒนา"],
        ["ปีงบประมาณ", 2566],
        ["จังหวัด", "ตัวอย่าง"],
        ["หน่วยงานผู้จัดทำ", "งานนิติการ สำนักปลัดเทศบาล"],
        ["ผู้จัดทำ", "นางสาวตัวอย่าง ทดสอบ"],
        ["คะแนนเป้าหมาย", 95],
    ])
    score_years: List[int] = field(default_factory=lambda: [2564, 2565, 2566])
    scores: Dict[int, List[Any]] = field(default_factory=lambda: {y: list(v) for y, v in SCORES.items()})
    indicator_labels: Optional[List[Any]] = None  # default: "<n> <name>"
    score_headers: Optional[List[Any]] = None  # default: ["ลำดับ", "ตัวชี้วัด", *years]
    score_title_rows: List[str] = field(default_factory=list)
    extra_score_columns: Dict[str, List[Any]] = field(default_factory=dict)  # header -> values
    results: Optional[List[List[Any]]] = None  # default: weighted overall + grade per year
    results_header: Optional[List[Any]] = None  # default: ปีงบประมาณ, คะแนนรวม, ระดับ
    measures_header: List[str] = field(default_factory=lambda: [
        "ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
        "การติดตามผล", "สถานะ", "ความก้าวหน้า (%)",
    ])
    measures: Optional[List[List[Any]]] = None  # default: measures covering weak indicators
    recommendations: Optional[List[List[Any]]] = None
    sheet_names: Dict[str, str] = field(default_factory=lambda: {
        "agency": "หน่วยงาน", "scores": "คะแนนตัวชี้วัด", "results": "ผลการประเมิน",
        "measures": "มาตรการ", "recommendations": "ข้อเสนอแนะ",
    })
    omit_sheets: Sequence[str] = ()


def default_measures() -> List[List[Any]]:
    period = "ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗"
    follow = "รายงานความก้าวหน้าทุก ๖ เดือน"
    rows = []
    for n, measure, unit in [
        (8, "ปรับปรุงขั้นตอนการให้บริการ", "สำนักปลัดเทศบาล"),
        (4, "จัดทำแนวปฏิบัติการใช้ทรัพย์สินของราชการ", "กองคลัง"),
        (2, "เผยแพร่แผนการใช้จ่ายงบประมาณ", "กองคลัง\nผู้อำนวยการกองคลัง"),
        (7, "เพิ่มช่องทางการสื่อสารสองทาง", "งานประชาสัมพันธ์"),
    ]:
        rows.append([f"{n} {NAMES[n - 1]}", measure, "๑. ประชุมชี้แจง\n๒. ดำเนินการ", unit, period,
                     follow, "กำลังดำเนินการ", 40])
    return rows


def build_master(path: Path, spec: Optional[MasterSpec] = None) -> Path:
    """Write ``spec`` (default: a clean master) to ``path`` and return the path."""
    spec = spec or MasterSpec()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = spec.sheet_names
    if "agency" not in spec.omit_sheets:
        ws = wb.create_sheet(names["agency"])
        for row in spec.agency:
            ws.append(row)
    if "scores" not in spec.omit_sheets:
        ws = wb.create_sheet(names["scores"])
        for title in spec.score_title_rows:
            ws.append([title])
        years = spec.score_years
        headers = spec.score_headers or ["ลำดับ", "ตัวชี้วัด", *years]
        ws.append(list(headers) + list(spec.extra_score_columns))
        labels = spec.indicator_labels or [f"{i + 1} {n}" for i, n in enumerate(NAMES)]
        for i, label in enumerate(labels):
            extra = [vals[i] if i < len(vals) else None for vals in spec.extra_score_columns.values()]
            ws.append([i + 1, label, *[spec.scores[y][i] if i < len(spec.scores[y]) else None
                                       for y in years], *extra])
    if "results" not in spec.omit_sheets:
        ws = wb.create_sheet(names["results"])
        ws.append(spec.results_header or ["ปีงบประมาณ", "คะแนนรวม", "ระดับ"])
        rows = spec.results
        if rows is None:
            rows = [[y, weighted(spec.scores[y]), result_label(y, spec.scores[y])]
                    for y in spec.score_years]
        for row in rows:
            ws.append(row)
    if "measures" not in spec.omit_sheets:
        ws = wb.create_sheet(names["measures"])
        ws.append(spec.measures_header)
        for row in (spec.measures if spec.measures is not None else default_measures()):
            ws.append(row)
    if spec.recommendations is not None and "recommendations" not in spec.omit_sheets:
        ws = wb.create_sheet(names["recommendations"])
        ws.append(["เครื่องมือ", "ตัวชี้วัด", "ข้อบกพร่อง", "ข้อเสนอแนะ"])
        for row in spec.recommendations:
            ws.append(row)
    path = Path(path)
    wb.save(path)
    return path


def replace_sheet(path: Path, title: str, rows: Sequence[Sequence[Any]], merges: Sequence[str] = (),
                  new_title: Optional[str] = None) -> Path:
    """Rewrite sheet ``title`` of the workbook at ``path`` with ``rows`` (row 1 first) and merged
    ``merges`` (A1 ranges), keeping its position; ``new_title`` renames it. Adds the sheet when
    absent. Returns the path."""
    path = Path(path)
    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(title) if title in wb.sheetnames else len(wb.sheetnames)
    if title in wb.sheetnames:
        wb.remove(wb[title])
    ws = wb.create_sheet(new_title or title, index)
    for row in rows:
        ws.append(list(row))
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def example_staff_sheets(dest: Path) -> Path:
    """The bundled example master's sheets without cell comments, saved by openpyxl at ``dest``:
    the staff part the write-back corpus grafts onto other producers' packages."""
    import warnings

    example = Path(__file__).parent.parent / "workbooks" / "example-master.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(example)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.comment is not None:
                    cell.comment = None
    wb.save(dest)
    return dest


def other_program_saves(master: Path) -> bytes:
    """What LibreOffice or Excel would do while ita-xl works: write a different workbook over
    the master; its new bytes."""
    wb = openpyxl.load_workbook(master)
    wb["หน่วยงาน"]["B9"] = "แก้ไขโดยคนอื่น"
    wb.save(master)
    return master.read_bytes()
