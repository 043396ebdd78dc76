"""English Word documents (`--lang en`) follow the deck's one convention: Common-Era years with the
Buddhist-Era fiscal year named once, English dates, periods, statuses and month names."""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import docx
from click.testing import CliRunner

from builders import NAMES, MasterSpec, build_master
from ita_xl import thai_dates
from ita_xl.briefing.context import Fmt
from ita_xl.cli import cli
from ita_xl.master.model import Period
from ita_xl.master.reader import read_master
from ita_xl.report.text import Text

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
YEAR = read_master(EXAMPLE).agency.fiscal_year.value  # the example's own analysed year (BE)
CE = YEAR - 543
THAI = re.compile("[\u0e00-\u0e7f]")
BE_YEARS = re.compile(r"\b25[4-9][0-9]\b")  # any Buddhist-Era year in Arabic digits
THAI_MONTH = re.compile("|".join(re.escape(m) for m in thai_dates.MONTHS_TH_ABBR + thai_dates.MONTHS_TH))


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts).replace("\u2060", "").replace("\u00a0", " ")


def _generated_columns(document, header: str, columns):
    """Cells of the table whose first row contains ``header``, only in ``columns`` (the ones we
    write, not staff text)."""
    for t in document.tables:
        head = [c.text for c in t.rows[0].cells]
        if header in head:
            return head, [[r.cells[i].text.replace("\u00a0", " ") for i in columns]
                          for r in list(t.rows)[1:]]
    raise AssertionError(f"no table with {header}")


def _docx(tmp_path: Path, command: str, *args: str):
    master = tmp_path / "master.xlsx"
    if not master.exists():
        shutil.copy(EXAMPLE, master)
    result = CliRunner().invoke(cli, [command, str(master), "--lang", "en", *args])
    assert result.exit_code == 0, result.output
    out = sorted((tmp_path / "ita-xl-output").glob(f"*-{command}*.docx"))[-1]
    return docx.Document(str(out))


def test_one_convention_for_deck_and_documents():
    """The deck's formatter and the documents' text read the same functions."""
    assert thai_dates.year_in(2566, "en") == 2023 and thai_dates.year_in(2566, "th") == 2566
    assert Fmt(lang="en").year_both(2566) == Text("en").year_both(2566) == "2023 (BE 2566)"
    assert Fmt(lang="th").year_both(2566) == Text("th").year_both(2566) == "2566"
    assert Fmt(lang="en").year(2567) == Text("en").year(2567) == "2024"
    period = Period(date(2023, 10, 1), date(2024, 3, 31))
    assert Fmt(lang="en").period(period) == thai_dates.period_in(period, "en") == "Oct 2023 – Mar 2024"
    assert Fmt(lang="th").period(period) == thai_dates.period_in(period, "th") == "ต.ค. 66 – มี.ค. 67"
    assert Fmt(lang="en").date(date(2024, 4, 1)) == thai_dates.date_in(date(2024, 4, 1), "en")
    assert thai_dates.month_abbr_in(10, "en") == Fmt(lang="en").month_abbr(10) == "Oct"


def test_english_report_writes_common_era_years_and_names_the_be_year_once(tmp_path):
    document = _docx(tmp_path, "report")
    text = _text(document)
    subject = next(p.text for p in document.paragraphs if p.text.startswith("Subject"))
    assert subject.endswith(f"fiscal year {CE} ({'BE'} {YEAR})")
    assert text.count("(BE") == 1 and "(BE)" not in text
    # the analysed, previous and plan years appear only as CE years; BE once, in the subject
    assert BE_YEARS.findall(text) == [str(YEAR)]
    for ce in (f"fiscal year {CE}", f"FY {CE - 1}", f"FY {CE}",
               f"Measures for fiscal year {CE + 1}"):
        assert ce in text, ce
    head, periods = _generated_columns(document, "Period", [5])
    assert head[5] == "Period"
    analysis_periods = [p[0] for p in periods]
    assert analysis_periods and all(re.fullmatch(r"(\d+ )?[A-Z][a-z]{2} \d{4}( – (\d+ )?[A-Z][a-z]{2} "
                                                 r"\d{4})?", p) for p in analysis_periods), \
        analysis_periods
    assert not any(THAI_MONTH.search(p) for p in analysis_periods), analysis_periods


def test_english_progress_report_dates_periods_statuses(tmp_path):
    rows = [[f"8 {NAMES[7]}", "ปรับปรุงขั้นตอนบริการ", "๑. ดำเนินการ", "สำนักปลัดเทศบาล",
             "ต.ค. 66 – ธ.ค. 66", "รายงานทุก ๖ เดือน", "กำลังดำเนินการ", 50],
            [f"4 {NAMES[3]}", "แนวปฏิบัติ", "๑. ดำเนินการ", "กองคลัง", "ต.ค. 66 – มี.ค. 67",
             "รายงานทุก ๖ เดือน", "ยกเลิก", None],
            [f"2 {NAMES[1]}", "เผยแพร่แผน", "๑. ดำเนินการ", "กองคลัง", "ไตรมาสที่ ๒/๒๕๖๗",
             "รายงานทุก ๖ เดือน", "แล้วเสร็จ", 100]]
    build_master(tmp_path / "master.xlsx", MasterSpec(measures=rows))
    document = _docx(tmp_path, "progress", "--as-of", "๑ เม.ย. ๒๕๖๗")
    text = _text(document)
    subject = next(p.text for p in document.paragraphs if p.text.startswith("Subject"))
    assert subject.endswith("fiscal year 2024 (BE 2567)")
    assert text.count("(BE") == 1
    assert "as of 1 April 2024" in text
    assert BE_YEARS.findall(text) == ["2567"]
    head, cells = _generated_columns(document, "Progress (%)", [0, 1, 4, 5, 7])
    assert [c[2] for c in cells] == ["Oct 2023 – Dec 2023", "Oct 2023 – Mar 2024",
                                     "Jan 2024 – Mar 2024"]
    assert [c[3] for c in cells] == ["In progress", "Cancelled", "Done"]
    assert [c[4] for c in cells] == ["92 days overdue", "Cancelled", "Done"]
    for row in cells:
        assert not any(THAI.search(c) for c in row), row
    overdue = next(t for t in document.tables if t.rows[0].cells[-1].text == "Days overdue")
    assert [c.text for c in overdue.rows[1].cells][3] == "31 December 2023"


def test_console_overdue_line_cuts_a_measure_at_a_word():
    from ita_xl.report.jobs import shorten
    from ita_xl.thai_breaks import words

    text = "๑. รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ ๖ เดือน (o10)"
    cut = shorten(text, 60)
    assert cut.endswith("…") and len(cut) <= 61
    kept = cut[:-1]
    assert text.startswith(kept)
    assert "".join(words(text)).startswith(kept)
    boundaries = {len("".join(words(text)[:k])) for k in range(len(words(text)) + 1)}
    assert len(kept) in boundaries or len(kept.rstrip()) in boundaries  # cut between words
    assert shorten("สั้น", 60) == "สั้น"


def test_english_follow_up_sheet_uses_the_same_convention(tmp_path):
    import openpyxl

    master = tmp_path / "master.xlsx"
    shutil.copy(EXAMPLE, master)
    result = CliRunner().invoke(cli, ["progress", str(master), "--lang", "en",
                                      "--as-of", f"{CE + 1}-04-01"])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(master)["ITA-Follow-up"]
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[1][0].startswith(f"Fiscal year {CE} (BE {YEAR})")
    head = next(k for k, row in enumerate(values) if row[0] == "No.")
    period = values[head].index("Period")
    periods = [row[period] for row in values[head + 1:] if str(row[0] or "").isdigit()]
    assert periods and not any(THAI_MONTH.search(p) or THAI.search(p) for p in periods), periods
    assert all(str(CE) in p or str(CE + 1) in p for p in periods)
