"""Every wrapped Thai text the tool writes has the row height its lines need (neither Excel nor
LibreOffice grows a row for a file it did not lay out): the summary workbook and the computed
sheets written back into the master, in Thai and in English.

Lines are counted with the shared measure (ita_xl/typography.py) at its plain width, bold where
the cell is bold, in the column's text width as Excel lays it out (Calibri 11: 7 px a unit)."""
from __future__ import annotations

import shutil
import warnings
from pathlib import Path
from typing import Dict, List, Tuple

import openpyxl
import pytest

from ita_xl import typography
from ita_xl.pipeline import RunOptions, run

REPO = Path(__file__).resolve().parent.parent
XLSXWRITER_PAD = 5 / 7.0  # XlsxWriter stores a width with the 5 px of cell padding added


def _widths(ws) -> Dict[int, float]:
    out = {}
    for dim in ws.column_dimensions.values():
        if dim.width:
            for col in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
                out[col] = dim.width - XLSXWRITER_PAD
    return out


def _merged(ws) -> Tuple[Dict[Tuple[int, int], Tuple[int, int, int, int]], set]:
    heads, covered = {}, set()
    for rng in ws.merged_cells.ranges:
        heads[(rng.min_row, rng.min_col)] = (rng.min_row, rng.max_row, rng.min_col, rng.max_col)
        covered |= {(r, c) for r in range(rng.min_row, rng.max_row + 1)
                    for c in range(rng.min_col, rng.max_col + 1)}
    return heads, covered


def short_rows(ws) -> List[str]:
    """Cells whose text needs more height than their row (or merged rows) has."""
    widths, (heads, covered) = _widths(ws), _merged(ws)
    default = ws.sheet_format.defaultRowHeight or 15.0
    out = []
    for row in ws.iter_rows():
        for cell in row:
            text = cell.value
            if not isinstance(text, str) or not text or text.startswith("="):
                continue
            where = (cell.row, cell.column)
            if where in covered and where not in heads:
                continue
            r0, r1, c0, c1 = heads.get(where, (cell.row, cell.row, cell.column, cell.column))
            size = float(cell.font.sz or 11)
            if cell.alignment.wrap_text:
                room = typography.units_to_points(sum(widths.get(c, 8.43)
                                                      for c in range(c0, c1 + 1)))
                lines = len(typography.wrap(text, room, size, bool(cell.font.b), 1.0))
            else:
                lines = len(text.split("\n"))
            if lines == 1 and all(ws.row_dimensions[r].height is None for r in range(r0, r1 + 1)):
                continue  # a row of no set height: Excel and Calc size it to its font
            height = sum(ws.row_dimensions[r].height or default for r in range(r0, r1 + 1))
            need = lines * typography.cell_line_height(size)
            if height + 0.5 < need:
                out.append(f"{ws.title}!{cell.coordinate}: {lines} lines need {need:.1f} pt, "
                           f"the row has {height:.1f} ({text[:30]!r})")
    return out


@pytest.mark.parametrize("lang", ["th", "en"])
def test_written_rows_are_tall_enough_for_their_text(tmp_path, lang):
    master = tmp_path / "master.xlsx"
    shutil.copy(REPO / "workbooks" / "example-master.xlsx", master)
    before = set(openpyxl.load_workbook(master, read_only=True).sheetnames)
    result = run(master, RunOptions(out=tmp_path / "out", lang=lang))
    summaries = [p for p in (tmp_path / "out").iterdir() if p.name.endswith("-summary.xlsx")]
    assert len(summaries) == 1, result
    problems = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl: extensions it does not read
        book = openpyxl.load_workbook(summaries[0])
        problems += [p for ws in book.worksheets for p in short_rows(ws)]
        written = openpyxl.load_workbook(master)
        computed = [ws for ws in written.worksheets if ws.title not in before]
        assert computed  # the computed sheets are checked, not the staff's own
        problems += [p for ws in computed for p in short_rows(ws)]
    assert not problems, "\n".join(problems)
