"""The English summary workbook (`ita-xl run --lang en`) follows the deck's one date convention:
Common-Era years everywhere, the Buddhist-Era fiscal year named once (the cover title), English
dates and periods. Built from the example master through the CLI and reopened with openpyxl."""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import range_boundaries

from ita_xl.cli import cli
from ita_xl.master.reader import read_master

REPO = Path(__file__).parent.parent
EXAMPLE = REPO / "workbooks" / "example-master.xlsx"
YEAR = read_master(EXAMPLE).agency.fiscal_year.value  # the example's analysed year (BE)
CE = YEAR - 543
BE_YEAR = re.compile(r"\b25[4-9][0-9]\b")


@pytest.fixture(scope="module")
def summary(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("summary-en")
    master = folder / "master.xlsx"
    shutil.copy(EXAMPLE, master)
    result = CliRunner().invoke(cli, ["run", str(master), "--lang", "en"])
    assert result.exit_code == 0, result.output
    return next((folder / "ita-xl-output").glob("*-summary.xlsx"))


def _column(ws, table: str, header: str):
    min_col, min_row, max_col, max_row = range_boundaries(ws.tables[table].ref)
    rows = list(ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col,
                             values_only=True))
    return [r[rows[0].index(header)] for r in rows[1:]]


def _strings(wb):
    """Every text the reader sees: cell strings and the printed page headers and footers."""
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            yield from (v for v in row if isinstance(v, str))
        for hf in (ws.oddHeader, ws.oddFooter):
            yield from (part.text or "" for part in (hf.left, hf.center, hf.right))


def test_english_summary_writes_common_era_years_and_names_the_be_year_once(summary):
    wb = openpyxl.load_workbook(summary)
    overview = wb["Overview"]
    both = f"{CE} (BE {YEAR})"
    assert overview["A1"].value == f"ITA summary, fiscal year {both}"
    assert sum(s.count(f"BE {YEAR}") for s in _strings(wb)) == 1

    facts = {r[0]: r[4] for r in overview.iter_rows(values_only=True) if r[0]}
    assert facts["Fiscal year assessed"] == CE
    assert facts["Measures planned for fiscal year"] == CE + 1
    assert f"Overall score {CE}" in facts and f"Overall score {YEAR}" not in facts
    years = _column(overview, "Years", "Fiscal year")
    assert years[-1] == CE and all(y < 2400 for y in years)
    assert _column(overview, "Instruments", "Fiscal year") == years

    comparison = wb["Comparison"]
    heads = [c.value for c in next(comparison.iter_rows(
        min_row=range_boundaries(comparison.tables["Comparison"].ref)[1]))]
    assert str(CE) in heads and str(YEAR) not in heads
    assert f"Rank {CE}" in heads
    for ws in wb.worksheets:  # titles, subtitles and generated lines: no BE year but the one
        top = [ws.cell(r, 1).value for r in (1, 2)] + [ws.oddFooter.left.text or ""]
        assert not [t for t in top if t and BE_YEAR.search(t.replace(both, ""))], ws.title
    periods = _column(wb["Measures"], "Measures", "Period")
    assert periods and not [p for p in periods if p and BE_YEAR.search(p)]

    with zipfile.ZipFile(summary) as z:
        charts = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/charts/chart"))
    assert f"{CE - 1} against {CE}".encode() in charts
    assert f"{YEAR}".encode() not in charts
