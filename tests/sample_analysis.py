"""A hand-built Analysis (no reader, no analyse()) for testing outputs in isolation.

Numbers follow tests/builders.py's default master so output tests can later switch to the real
pipeline without changing expectations. ``n_measures`` scales the measures list for pagination.
"""
from __future__ import annotations

from datetime import date
from typing import Dict, List

from ita_xl.analysis import (
    Analysis, Gap, IndicatorResult, IndicatorYear, MeasureView, RecommendationView, YearResult,
)
from ita_xl.framework.model import Framework, GradeBand, Indicator, Instrument, NationalResult
from ita_xl.master.model import Period
from ita_xl.measure_status import DONE, IN_PROGRESS, NOT_STARTED
from ita_xl.validate.findings import Finding

from builders import NAMES, SCORES, WEIGHTS, grade, weighted

EN = [
    "Performance of duty", "Use of budget", "Use of authority", "Use of government property",
    "Anti-corruption problem solving", "Quality of service", "Communication efficiency",
    "Work improvement", "Information disclosure", "Corruption prevention",
]
INSTR = ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
BANDS = (GradeBand("AA", 95, 100), GradeBand("A", 85, 94.99), GradeBand("B", 75, 84.99),
         GradeBand("C", 65, 74.99), GradeBand("D", 55, 64.99), GradeBand("E", 50, 54.99),
         GradeBand("F", 0, 49.99))


def sample_framework(year: int = 2566) -> Framework:
    return Framework(
        year=year,
        indicators=tuple(Indicator(i + 1, NAMES[i], EN[i], INSTR[i], float(WEIGHTS[i]))
                         for i in range(10)),
        instruments=(Instrument("IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
                                "Internal Integrity and Transparency Assessment", 30.0),
                     Instrument("EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
                                "External Integrity and Transparency Assessment", 30.0),
                     Instrument("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
                                "Open Data Integrity and Transparency Assessment", 40.0)),
        grades=BANDS, pass_mark=85.0, aa_mark=95.0, weights_verified=False,
        indicators_verified=True, national=NationalResult(8323, 90.19, 80.94),
    )


def _measures(n: int, plan_year: int) -> List[MeasureView]:
    units = ["กองคลัง", "ผู้อำนวยการกองคลัง", "สำนักปลัดเทศบาล", "งานประชาสัมพันธ์"]
    out = []
    for k in range(n):
        ind = [8, 4, 2, 7, 9, 6][k % 6]
        start_m = 10 + (k % 3) * 2
        start = date(plan_year - 544, start_m, 1) if start_m <= 12 else date(plan_year - 543, start_m - 12, 1)
        end = date(plan_year - 543, 3 + (k % 7), 28)
        long = k % 5 == 0
        measure = ("ปรับปรุงขั้นตอนการให้บริการประชาชนให้สะดวก รวดเร็ว และโปร่งใส"
                   + (" โดยจัดทำคู่มือการปฏิบัติงานและเผยแพร่ผ่านเว็บไซต์ของหน่วยงานทุกช่องทาง" if long else ""))
        out.append(MeasureView(
            row=k + 2, cell=f"A{k + 2}", indicator=ind, sub="9.3" if ind == 9 else None,
            indicator_label=f"ตัวชี้วัดที่ {ind} {NAMES[ind - 1]}",
            measure=f"{k + 1}. {measure}",
            method="๑. ประชุมชี้แจงผู้รับผิดชอบ\n๒. ดำเนินการตามแผน\n๓. รายงานผล",
            responsible=units[: 1 + k % 4], period_text="ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗",
            period=Period(start, end), follow_up="รายงานความก้าวหน้าทุก ๖ เดือน",
            status=["ยังไม่เริ่ม", "กำลังดำเนินการ", "เสร็จสิ้น"][k % 3],
            progress=[0.0, 40.0, 100.0][k % 3],
            status_value=[NOT_STARTED, IN_PROGRESS, DONE][k % 3],
        ))
    return out


def _rate(by_year: Dict[int, YearResult], fw: Framework, fy: int,
          inds: List[IndicatorResult]) -> None:
    """Each year's rating and the next level, and the priority model, as analyse() sets them."""
    from ita_xl.analysis_levels import computed_rating, level_gap
    from ita_xl.analysis_model import InstrumentScore
    from ita_xl.analysis_priority import judge
    from ita_xl.rounding import diff

    for y, result in by_year.items():
        result.instrument_scores = {c: InstrumentScore(c, v, True)
                                    for c, v in result.instruments.items()}
        result.computed_rating = computed_rating(fw, result.overall, result.instrument_scores)
        if result.national_average is not None:
            result.vs_national = diff(result.overall, result.national_average)
    cur = by_year[fy]
    cur.next_level = level_gap(fy, fw, cur.overall, cur.instrument_scores, cur.computed_rating)
    judge(inds, fy, fw.pass_mark, cur.next_level)


def sample_analysis(n_measures: int = 6, findings: bool = True, draft: bool = False) -> Analysis:
    years = sorted(SCORES)
    fy = years[-1]
    ranks: Dict[int, Dict[int, int]] = {}
    for y in years:
        order = sorted(SCORES[y], reverse=True)
        ranks[y] = {i + 1: order.index(SCORES[y][i]) + 1 for i in range(10)}
    inds = []
    for i in range(10):
        n = i + 1
        iy = {}
        for k, y in enumerate(years):
            prev = SCORES[years[k - 1]][i] if k else None
            s = SCORES[y][i]
            iy[y] = IndicatorYear(y, s, None if prev is None else round(s - prev, 2),
                                  None if k == 0 else round(s - SCORES[years[0]][i], 2),
                                  ranks[y][n],
                                  None if k == 0 else ranks[years[k - 1]][n] - ranks[y][n],
                                  cell=f"{chr(67 + k)}{n + 1}")
        cur = SCORES[fy][i]

        def gap(t: float) -> Gap:
            g = round(max(0.0, t - cur), 2)
            return Gap(t, g, round(WEIGHTS[i] / 100 * g, 2))

        reasons = []
        if cur < 85:
            reasons.append("below-pass")
        if iy[fy].change_prev is not None and iy[fy].change_prev < 0:
            reasons.append("declined")
        if ranks[fy][n] >= 8:
            reasons.append("lowest-three")
        inds.append(IndicatorResult(
            number=n, name_th=NAMES[i], name_en=EN[i], instrument=INSTR[i],
            weight=float(WEIGHTS[i]), years=iy, current=cur, target=95.0,
            gap_pass=gap(85.0), gap_aa=gap(95.0), gap_target=gap(95.0), priority=None,
            weak_reasons=tuple(reasons), slope=round((SCORES[fy][i] - SCORES[years[0]][i]) / 2, 2),
            measure_count=0, score_sheet="คะแนนตัวชี้วัด", priority_reasons=tuple(reasons),
            tone="weak" if {"below-pass", "declined"} & set(reasons) else (
                "improving" if (iy[fy].change_prev or 0) > 0 else "steady"),
        ))
    worth = sorted((x for x in inds if x.gap_target and x.gap_target.gap > 0),
                   key=lambda x: (-x.gap_target.worth, x.current, x.number))
    for p, x in enumerate(worth, 1):
        x.priority = p
    by_year = {}
    prev_overall = None
    for y in years:
        ov = weighted(SCORES[y])
        instr = {}
        for code in ("IIT", "EIT", "OIT"):
            idx = [i for i in range(10) if INSTR[i] == code]
            instr[code] = round(sum(WEIGHTS[i] * SCORES[y][i] for i in idx)
                                / sum(WEIGHTS[i] for i in idx), 2)
        by_year[y] = YearResult(y, ov, grade(ov), ov, grade(ov), instr,
                                None if prev_overall is None else round(ov - prev_overall, 2),
                                national_average={2564: 81.25, 2565: 87.57, 2566: 90.19}[y],
                                lowest=min(SCORES[y]), highest=max(SCORES[y]))
        prev_overall = ov
    _rate(by_year, sample_framework(fy), fy, inds)
    measures = _measures(n_measures, fy + 1)
    for m in measures:
        inds[m.indicator - 1].measure_count += 1
    open_findings = []
    if findings:
        open_findings = [
            Finding("warning", "มาตรการ", "F3", "follow-up-missing", {"row": 3, "cell": "F3"}),
            Finding("warning", "คะแนนตัวชี้วัด", "E9", "weak-indicator-without-measure",
                    {"number": 8, "name": "การปรับปรุงการทำงาน", "score": "84.10", "year": 2566,
                     "pass_mark": "85.00", "sheet_measures": "มาตรการ"}),
        ]
    return Analysis(
        agency="เทศบาลตำบลตัวอย่างพัฒนา", fiscal_year=fy, years=years, indicators=inds,
        by_year=by_year, framework=sample_framework(fy), target=95.0, pass_mark=85.0,
        aa_mark=95.0, measures=measures,
        recommendations=[
            RecommendationView("EIT", 8, "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน",
                               "ผู้รับบริการเห็นว่าการปรับปรุงการทำงานยังไม่ชัดเจน",
                               "เผยแพร่ผลการปรับปรุงการทำงานเปรียบเทียบกับปีก่อนผ่านเว็บไซต์และสื่อออนไลน์"),
            RecommendationView("IIT", 2, "ตัวชี้วัดที่ 2 การใช้งบประมาณ",
                               "บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณ",
                               "จัดทำอินโฟกราฟิกแผนการใช้จ่ายงบประมาณและประชาสัมพันธ์ภายใน"),
        ],
        open_findings=open_findings, draft=draft, province="ตัวอย่าง",
        prepared_by_unit="งานนิติการ สำนักปลัดเทศบาล", prepared_by="นางสาวตัวอย่าง ทดสอบ",
        meeting_date=date(2023, 10, 10),
        overall_slope=round((weighted(SCORES[fy]) - weighted(SCORES[years[0]])) / 2, 2),
    )
