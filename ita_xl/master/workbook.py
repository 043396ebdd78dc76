"""Opening the master read-only: openpyxl's own reader steps, minus the work read_master never uses.

``load_workbook(read_only=True)`` also measures every sheet (a parse of the start of each one) and
reads the shared strings through an openpyxl object per string. Here openpyxl's public
``ExcelReader`` runs the same steps in the same order — manifest, strings, workbook, properties,
theme, styles, sheets, defined names — except that sheets are only listed (:class:`Book`), never
measured or parsed (only the staff sheets are parsed, whole, by :mod:`ita_xl.master.sheetxml`;
chart sheets are only named), and the shared strings are read by
:func:`~ita_xl.master.sheetxml.read_shared_strings`, which gives the very same list, up to a
stated limit. Only public openpyxl names are used (issue 9: no private internals to gate): the
date styles come from the public ``Stylesheet``, the sheet parts from ``find_sheets``.
Imported only when a file is read, like openpyxl itself.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from typing import IO, List

from openpyxl.chartsheet import Chartsheet
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import Stylesheet
from openpyxl.xml.constants import ARC_STYLE, SHARED_STRINGS
from openpyxl.xml.functions import fromstring

from ita_xl.master.sheetxml import Styles, count_strings, read_shared_strings


@dataclass
class Sheet:
    """A worksheet listed, not read: its title, visibility and zip entry (``part``)."""

    title: str
    part: str
    sheet_state: str
    book: "Book" = field(repr=False, compare=False)

    def open(self) -> IO[bytes]:
        """The sheet's XML, streamed from the package."""
        return self.book.archive.open(self.part)


@dataclass
class Book:
    """What read_master needs of a workbook: every sheet's name (chart sheets too), the
    worksheets, the shared strings and what makes a number a date."""

    archive: zipfile.ZipFile = field(repr=False)
    sheetnames: List[str]
    worksheets: List[Sheet]
    shared_strings: List[str]
    styles: Styles

    def __getitem__(self, name: str) -> Sheet:
        for sheet in self.worksheets:
            if sheet.title == name:
                return sheet
        raise KeyError(f"Worksheet {name} does not exist.")

    def close(self) -> None:
        self.archive.close()


def open_workbook(fh: IO[bytes]) -> Book:
    """The listed workbook of ``fh`` (cached formula values, no external links)."""
    reader = ExcelReader(fh, read_only=True, keep_vba=False, data_only=True, keep_links=False)
    try:
        reader.read_manifest()
        strings = _read_strings(reader)
        reader.read_workbook()
        reader.read_properties()
        reader.read_custom()
        reader.read_theme()
        styles = _read_styles(reader)
        book = Book(reader.archive, [], [], strings, styles)
        _list_sheets(reader, book)
        reader.parser.assign_names()
    except BaseException:
        reader.archive.close()
        raise
    return book


def _read_strings(reader: ExcelReader) -> List[str]:
    part = reader.package.find(SHARED_STRINGS)
    if part is None:
        return []
    with reader.archive.open(part.PartName[1:]) as src:
        count_strings(src)  # refuses a table past the limit before any string is kept
    with reader.archive.open(part.PartName[1:]) as src:
        return read_shared_strings(src)


def _read_styles(reader: ExcelReader) -> Styles:
    """The epoch and the date / duration cell styles, as openpyxl's ``apply_stylesheet`` finds
    them (no styles part, or no cell styles: no dates)."""
    epoch = reader.wb.epoch
    try:
        src = reader.archive.read(ARC_STYLE)
    except KeyError:
        return Styles(epoch, frozenset(), frozenset())
    stylesheet = Stylesheet.from_tree(fromstring(src))
    if not stylesheet.cell_styles:
        return Styles(epoch, frozenset(), frozenset())
    return Styles(epoch, stylesheet.date_formats, stylesheet.timedelta_formats)


def _list_sheets(reader: ExcelReader, book: Book) -> None:
    """``ExcelReader.read_worksheets`` in read-only mode, without measuring each sheet."""
    for sheet, rel in reader.parser.find_sheets():
        if rel.target not in reader.valid_files:
            continue
        if "chartsheet" in rel.Type:  # holds no table: named (openpyxl checks the name), never read
            book.sheetnames.append(Chartsheet(parent=reader.wb, title=sheet.name).title)
            continue
        rels_path = get_rels_path(rel.target)
        if rels_path in reader.valid_files:
            get_dependents(reader.archive, rels_path)  # read as openpyxl does: damage refuses
        book.sheetnames.append(sheet.name)
        book.worksheets.append(Sheet(sheet.name, rel.target.lstrip("/"), sheet.state, book))
