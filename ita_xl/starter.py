"""A new, empty master laid out as the contract says, for the fiscal years around today.

Today's fiscal year is the one being planned; staff analyse the results of the year before it,
so the master starts with that year and the two before it. Indicator names and the rating labels
offered in the results sheet come from each year's framework data file, never from code.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

from ita_xl import thai
from ita_xl.errors import AlreadyExists, OutputNotWritable
from ita_xl.framework import available_years, load_framework
from ita_xl.framework.model import Framework

MASTER_TEMPLATE = "master-template.xlsx"  # the shipped copy (templates/make_master_template.py)
HISTORY = 3  # score years a new master starts with
FONT = "TH Sarabun New"


def starting_years(today: Optional[date] = None) -> List[int]:
    """The analysed year (the fiscal year before today's) and the years before it, ascending."""
    analysed = thai.fiscal_year_of(today or date.today()) - 1
    return list(range(analysed - HISTORY + 1, analysed + 1))


def _framework_for(year: int, extra_dirs: Iterable[Path]) -> Framework:
    """The year's framework, else the nearest earlier one on file, else the latest."""
    years = available_years(extra_dirs)
    earlier = [y for y in years if y <= year]
    return load_framework(earlier[-1] if earlier else years[-1], extra_dirs)


def _formats(wb: Any) -> Dict[str, Any]:
    base = {"font_name": FONT, "font_size": 16, "valign": "top"}
    return {
        "head": wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "border": 1,
                               "text_wrap": True, "align": "center"}),
        "cell": wb.add_format({**base, "border": 1, "text_wrap": True}),
        "num": wb.add_format({**base, "border": 1, "num_format": "0.00"}),
        "year": wb.add_format({**base, "border": 1, "num_format": "0"}),
        "plain": wb.add_format(base),
    }


def _headers(ws: Any, heads: List[str], fmt: Any) -> None:
    for c, h in enumerate(heads):
        ws.write_string(0, c, h, fmt)


def _agency(wb: Any, f: Dict[str, Any], year: int, target: float) -> None:
    ws = wb.add_worksheet("หน่วยงาน")
    keys = ["ชื่อหน่วยงาน", "ปีงบประมาณ", "จังหวัด", "หน่วยงานผู้จัดทำ", "ผู้จัดทำ", "วันที่ประชุม",
            "คะแนนเป้าหมาย"]
    for r, key in enumerate(keys):
        ws.write_string(r, 0, key, f["plain"])
    ws.write_number(1, 1, year, f["plain"])
    ws.write_number(6, 1, target, f["plain"])
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 55)


def _scores(wb: Any, f: Dict[str, Any], years: List[int], fw: Framework) -> None:
    ws = wb.add_worksheet("คะแนนตัวชี้วัด")
    heads = ["ลำดับ", "ตัวชี้วัด", *[f"ปี {y}" for y in years], "ผลต่าง", "เป้าหมาย"]
    _headers(ws, heads, f["head"])
    for i, ind in enumerate(fw.indicators, start=1):
        ws.write_number(i, 0, i, f["cell"])
        ws.write_string(i, 1, f"{ind.number} {ind.name_th}", f["cell"])
        for c in range(2, len(heads)):
            ws.write_blank(i, c, None, f["num"])
    ws.set_column(1, 1, 34)
    ws.set_column(2, len(heads) - 1, 12)
    ws.freeze_panes(1, 2)


def _results(wb: Any, f: Dict[str, Any], years: List[int], fw: Framework,
             extra: List[Path]) -> None:
    """One row per year, IIT/EIT/OIT columns, and each year's own labels as the level list."""
    ws = wb.add_worksheet("ผลการประเมิน")
    codes = [inst.code for inst in fw.instruments]
    _headers(ws, ["ปีงบประมาณ", "คะแนนรวม", *codes, "ระดับ"], f["head"])
    label_col = 2 + len(codes)
    for r, year in enumerate(years, start=1):
        ws.write_number(r, 0, year, f["year"])
        for c in range(1, label_col):
            ws.write_blank(r, c, None, f["num"])
        ws.write_blank(r, label_col, None, f["cell"])
        labels = list(_framework_for(year, extra).rating.labels("th"))
        ws.data_validation(r, label_col, r, label_col, {"validate": "list", "source": labels})
    ws.set_column(0, label_col - 1, 14)
    ws.set_column(label_col, label_col, 22)


def _measures(wb: Any, f: Dict[str, Any]) -> None:
    ws = wb.add_worksheet("มาตรการ")
    _headers(ws, ["ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
                  "การติดตามผล", "สถานะ", "ความก้าวหน้า (%)"], f["head"])
    for c, w in enumerate([30, 34, 44, 24, 26, 28, 16, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.data_validation(1, 6, 1000, 6, {"validate": "list",
                                       "source": ["ยังไม่เริ่ม", "กำลังดำเนินการ", "เสร็จสิ้น"]})
    ws.data_validation(1, 7, 1000, 7, {"validate": "decimal", "criteria": "between",
                                       "minimum": 0, "maximum": 100})


def _recommendations(wb: Any, f: Dict[str, Any]) -> None:
    ws = wb.add_worksheet("ข้อเสนอแนะ")
    _headers(ws, ["เครื่องมือ", "ตัวชี้วัด", "ข้อบกพร่อง", "ข้อเสนอแนะ"], f["head"])
    ws.set_column(0, 0, 12)
    ws.set_column(1, 3, 40)


def build_master(path: Path, years: List[int], extra_dirs: Iterable[Path] = ()) -> Path:
    """Write an empty master for ``years`` (the last is the analysed year) to ``path``."""
    import xlsxwriter

    extra = list(extra_dirs)
    analysed = _framework_for(years[-1], extra)
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "ITA master workbook", "comments": "ita-xl master template"})
    f = _formats(wb)
    _agency(wb, f, years[-1], analysed.aa_mark)
    _scores(wb, f, years, analysed)
    _results(wb, f, years, analysed, extra)
    _measures(wb, f)
    _recommendations(wb, f)
    wb.close()
    return path


def new_master(dest: Path, overwrite: bool = False, today: Optional[date] = None,
               extra_dirs: Iterable[Path] = ()) -> Path:
    """Write an empty master to ``dest`` (adding .xlsx if missing) for the fiscal years around
    ``today``; never overwrite an existing file unless ``overwrite``."""
    dest = Path(dest)
    if dest.suffix.lower() not in (".xlsx", ".xlsm"):
        dest = dest.with_name(dest.name + ".xlsx")
    if dest.exists() and not overwrite:
        raise AlreadyExists(path=dest)
    from ita_xl.safewrite import atomic_replace  # whole or not at all (Ctrl-C, a full disk)

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        atomic_replace(dest, lambda tmp: build_master(tmp, starting_years(today), extra_dirs))
    except OSError as exc:
        raise OutputNotWritable(path=dest.parent) from exc
    return dest
