"""The master reader answers exactly as openpyxl's public, full load does.

read_master lists sheets with openpyxl's public ``ExcelReader`` steps and streams only the staff
sheets with lxml (ita_xl.master.workbook / sheetxml); no private openpyxl name is used. The
reference here is ``openpyxl.load_workbook`` (normal mode, cached values) read through its public
cells and merged ranges (tests/public_load.py, shared with test_sheetxml): every worksheet of every workbook from other producers, the shipped
examples and built masters gives the same grid, and each master the same Master.
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Dict, List

import pytest

from builders import MasterSpec, build_master
from public_load import public_sheets
from ita_xl.master import reader
from ita_xl.master.grid import Grid, is_blank, load_grid
from ita_xl.master.reader import read_master
from ita_xl.master.workbook import open_workbook

REPO = Path(__file__).parent.parent


def _corpus() -> List[Path]:
    data = REPO / "tests" / "data"
    return (sorted((data / "excel-made").glob("*.xls*")) + sorted((data / "foreign").glob("*.xlsx"))
            + sorted((REPO / "workbooks").glob("*.xlsx")))


def _public_grids(path: Path) -> Dict[str, Grid]:
    """The grids of openpyxl's public, full load (its cells holding a value and its merged
    ranges), loaded once per session for the shipped corpus (tests/public_load.py)."""
    sheets = public_sheets(path)
    assert not (isinstance(sheets, tuple) and sheets[0] == "error"), sheets
    return {title: Grid(sheet=title, merges=list(merges),
                        cells={key: value for key, (value, _) in cells.items() if not is_blank(value)})
            for title, (cells, merges) in sheets.items()}


def _our_grids(path: Path) -> Dict[str, Grid]:
    with path.open("rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = open_workbook(fh)
        try:
            assert all(sheet.part in book.archive.namelist() for sheet in book.worksheets)
            return {sheet.title: load_grid(sheet) for sheet in book.worksheets}
        finally:
            book.close()


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_every_sheet_reads_as_openpyxl_public_load_reads_it(path):
    ours, theirs = _our_grids(path), _public_grids(path)
    assert list(ours) == list(theirs)
    for title, grid in theirs.items():
        assert _seen(ours[title]) == _seen(grid), title


def _seen(grid: Grid):
    """What a grid answers (openpyxl keeps merged ranges in a set: their order is not read)."""
    return grid.sheet, grid.cells, grid.texts, sorted(grid.merges)


def _masters(tmp_path: Path) -> List[Path]:
    built = [build_master(tmp_path / "default.xlsx"),
             build_master(tmp_path / "spec.xlsx", MasterSpec())]
    return built + sorted((REPO / "workbooks").glob("*master*.xlsx"))


def test_masters_are_the_same_through_openpyxl_public_load(tmp_path, monkeypatch):
    for path in _masters(tmp_path):
        ours = read_master(path)
        public = _public_grids(path)
        with monkeypatch.context() as patch:
            patch.setattr(reader, "load_grid", lambda ws: public[ws.title])
            theirs = read_master(path)
        assert ours == theirs, path.name
        assert ours.measures.rows and ours.scores.rows, path.name
