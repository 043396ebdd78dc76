"""Opening the master read-only: openpyxl's own reader, minus the work read_master never uses.

``load_workbook(read_only=True)`` also measures every sheet (a parse of the start of each one) and
reads the shared strings through an openpyxl object per string. Here openpyxl's ``ExcelReader``
runs the same steps in the same order — manifest, strings, workbook, properties, theme, styles,
sheets, defined names — except that sheets are listed without being measured or parsed (only
the staff sheets are parsed, whole, by :mod:`ita_xl.master.sheetxml`; chart sheets are only
named) and the shared strings are read by :func:`~ita_xl.master.sheetxml.read_shared_strings`,
which gives the very same list, up to a stated limit.
Imported only when a file is read, like openpyxl itself.
"""
from __future__ import annotations

from typing import IO, Any

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader, apply_stylesheet
from openpyxl.chartsheet import Chartsheet
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHARED_STRINGS

from ita_xl.master.sheetxml import count_strings, read_shared_strings


class UnmeasuredSheet(ReadOnlyWorksheet):
    """A read-only sheet that does not parse its <dimension> when listed: a staff sheet is parsed
    whole anyway, and any other sheet is never read at all. ``part`` is its zip entry."""

    part = ""

    def _get_size(self) -> None:
        return None


def open_workbook(fh: IO[bytes]) -> Any:
    """The openpyxl read-only workbook of ``fh`` (cached formula values, no external links)."""
    reader = ExcelReader(fh, read_only=True, keep_vba=False, data_only=True, keep_links=False)
    reader.read_manifest()
    _read_strings(reader)
    reader.read_workbook()
    reader.read_properties()
    reader.read_custom()
    reader.read_theme()
    apply_stylesheet(reader.archive, reader.wb)
    _list_sheets(reader)
    reader.parser.assign_names()
    return reader.wb


def _read_strings(reader: ExcelReader) -> None:
    part = reader.package.find(SHARED_STRINGS)
    if part is not None:
        with reader.archive.open(part.PartName[1:]) as src:
            count_strings(src)  # refuses a table past the limit before any string is kept
        with reader.archive.open(part.PartName[1:]) as src:
            reader.shared_strings = read_shared_strings(src)


def _list_sheets(reader: ExcelReader) -> None:
    """``ExcelReader.read_worksheets`` in read-only mode, without measuring each sheet."""
    for sheet, rel in reader.parser.find_sheets():
        if rel.target not in reader.valid_files:
            continue
        if "chartsheet" in rel.Type:  # holds no table: named, never parsed
            chart = Chartsheet(parent=reader.wb, title=sheet.name)
            chart.sheet_state = sheet.state
            reader.wb._sheets.append(chart)
            continue
        rels_path = get_rels_path(rel.target)
        if rels_path in reader.valid_files:
            get_dependents(reader.archive, rels_path)  # read as openpyxl does: damage refuses
        ws = UnmeasuredSheet(reader.wb, sheet.name, rel.target, reader.shared_strings)
        ws.sheet_state = sheet.state
        ws.part = rel.target.lstrip("/")
        reader.wb._sheets.append(ws)
