"""Worksheet and shared-string XML streamed with lxml: cell values, merged ranges, strings.

openpyxl's worksheet parser (ElementTree over expat, a dict per cell, every sheet property
parsed) costs several times what the staff sheets need, which is only their values. This reads
rows with lxml's iterparse and converts each cell the way openpyxl's ``WorkSheetParser.parse_cell``
does with ``data_only=True``: cached formula results, shared strings, numbers (int unless written
with '.' or an exponent), dates by cell style, ISO dates, inline strings, booleans, error codes;
like openpyxl it takes every child of a ``<row>`` for a cell and counts rows and columns when
``r`` is missing. Shared strings come out as openpyxl's ``read_string_table`` gives them. Each
row is dropped once read, so memory stays flat however long the sheet.

Safety: entities are never expanded, nothing is fetched, and a DOCTYPE is refused with
defusedxml's own exception before lxml sees the part (libxml2 2.14 would otherwise stop on the
entity declarations first and call the part merely malformed); the file check refuses any DOCTYPE
before this runs anyway.
"""
from __future__ import annotations

import re
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, TypeVar
from xml.parsers.expat import ExpatError

from defusedxml.common import EntitiesForbidden
from lxml import etree
from openpyxl.cell.text import Text
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet.merge import MergeCell

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, VALUE, INLINE, MERGES = MAIN + "row", MAIN + "v", MAIN + "is", MAIN + "mergeCells"
STRING, TEXT, TABLE = MAIN + "si", MAIN + "t", MAIN + "sst"

Box = Tuple[int, int, int, int]  # min_row, min_col, max_row, max_col
Keep = Callable[[int, int, Any], None]
T = TypeVar("T")


class Styles:
    """What turns a number into a date: the workbook's epoch and its date / duration styles."""

    def __init__(self, epoch: Any, date_formats: Any, timedelta_formats: Any) -> None:
        self.epoch = epoch
        self.dates = date_formats
        self.durations = timedelta_formats


def read_sheet(src: IO[bytes], shared_strings: Sequence[str], styles: Styles,
               keep: Keep) -> List[Box]:
    """Call ``keep(row, column, value)`` for every cell of the sheet XML in ``src``, in order,
    and return the merged ranges. Raises what openpyxl raises on damaged XML or values."""
    def parse() -> List[Box]:
        merges: List[Box] = []
        counter = [0, 0]  # the row and column openpyxl counts for cells without "r"
        for _, element in _checked(_iterparse(src, (ROW, MERGES))):
            if element.tag == ROW:
                _row(element, counter, shared_strings, styles, keep)
            else:
                merges = [_box(el) for el in element if _local(el) == "mergeCell"]
            _drop(element)
        return merges

    return _expat_errors(parse)


MAX_SHARED_STRINGS = 1_000_000  # distinct texts read (about 120 MB of memory at most)


class TooManyStrings(Exception):
    """The shared-string table holds more than MAX_SHARED_STRINGS texts: refused, not read."""


_ITEM_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?si>")


def count_strings(src: IO[bytes], limit: Optional[int] = None) -> int:
    """The number of ``</si>`` in a shared-string table, counted in its bytes (no parsing, about
    a second for 7 million strings): TooManyStrings past ``limit`` (default MAX_SHARED_STRINGS).
    It can only over-count (a ``</si>`` inside a comment), never let a larger table through
    unnoticed: read_shared_strings counts the parsed items too."""
    limit = MAX_SHARED_STRINGS if limit is None else limit
    count, tail = 0, b""
    while True:
        chunk = src.read(1 << 20)
        window = tail + chunk
        cut = max(0, len(window) - 64) if chunk else len(window)
        tail = window[cut:]
        count += len(_ITEM_END.findall(window)) - len(_ITEM_END.findall(tail))  # tail: next round
        if count > limit:
            raise TooManyStrings(limit)
        if not chunk:
            return count


def read_shared_strings(src: IO[bytes], limit: Optional[int] = None) -> List[str]:
    """openpyxl's ``read_string_table``: each <si>'s plain text with 'x005F_' removed.

    Refuses (TooManyStrings) a table whose ``uniqueCount`` says, or whose items prove, it holds
    more than ``limit`` (default MAX_SHARED_STRINGS) texts, so memory stays bounded."""
    limit = MAX_SHARED_STRINGS if limit is None else limit

    def parse() -> List[str]:
        strings: List[str] = []
        events = etree.iterparse(
            _no_dtd(src), events=("start", "end"), tag=(TABLE, STRING), resolve_entities=False,
            no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False)
        for event, element in _checked(events):
            if element.tag == TABLE:
                if event == "start" and _count(element.get("uniqueCount")) > limit:
                    raise TooManyStrings(limit)
                continue
            if event == "start":
                continue
            if len(strings) >= limit:
                raise TooManyStrings(limit)
            strings.append(plain_text(element).replace("x005F_", ""))
            _drop(element)
        return strings

    return _expat_errors(parse)


def _expat_errors(parse: Callable[[], T]) -> T:
    """Run ``parse``, raising lxml's syntax errors as the ExpatError openpyxl's parser gave
    (read_master's messages name the error type), with no chain back to lxml."""
    try:
        return parse()
    except etree.XMLSyntaxError as exc:
        error = ExpatError(str(exc))
    raise error


def _iterparse(src: IO[bytes], tags: Any) -> Any:
    return etree.iterparse(
        _no_dtd(src), events=("end",), tag=tags, resolve_entities=False, no_network=True,
        load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False)


class _Prefixed:
    """``head`` (already read to look at the prolog), then the rest of ``src``."""

    def __init__(self, head: bytes, src: IO[bytes]) -> None:
        self.head, self.src = head, src

    def read(self, size: int = -1) -> bytes:
        if self.head:
            out, self.head = (self.head, b"") if size < 0 or size >= len(self.head) \
                else (self.head[:size], self.head[size:])
            return out
        return self.src.read(size)


def _no_dtd(src: IO[bytes]) -> IO[bytes]:
    from ita_xl.filecheck import PROLOG_BYTES, prolog_declares_dtd

    head = src.read(PROLOG_BYTES)
    if prolog_declares_dtd(head):
        raise EntitiesForbidden("DOCTYPE", None, None, None, None, None)
    return _Prefixed(head, src)  # type: ignore[return-value]


def _checked(items: Any) -> Iterator[Any]:
    """The (event, element) pairs iterparse gives, once the document is known to declare no
    entities (the first element's document is checked; with none, the root's)."""
    checked = False
    for event, element in items:
        if not checked:
            _refuse_entities(element)
            checked = True
        yield event, element
    if not checked and items.root is not None:
        _refuse_entities(items.root)


def _count(value: Optional[str]) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _drop(element: Any) -> None:
    """Forget an element once read, and the emptied ones of its kind before it: memory stays
    flat (openpyxl keeps them, empty, which changes nothing it reads)."""
    element.clear()
    previous = element.getprevious()
    while previous is not None and previous.tag == element.tag:
        element.getparent().remove(previous)
        previous = element.getprevious()


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _refuse_entities(element: Any) -> None:
    dtd = element.getroottree().docinfo.internalDTD
    if dtd is not None:
        for entity in dtd.iterentities():
            raise EntitiesForbidden(entity.name, entity.content, None, None, None, None)


def _box(element: Any) -> Box:
    """A merged range as openpyxl reads it (MergeCell refuses what is not a range)."""
    attrs = {k: v for k, v in element.attrib.items() if not k.startswith("{")}
    c1, r1, c2, r2 = range_boundaries(MergeCell(**attrs).ref)
    return (r1, c1, r2, c2)


def _row(row: Any, counter: List[int], shared: Sequence[str], styles: Styles,
         keep: Keep) -> None:
    r = row.get("r")
    if r is None:
        counter[0] += 1
    else:
        try:
            counter[0] = int(r)
        except ValueError:
            number = float(r)
            if not number.is_integer():
                raise ValueError(f"{r} is not a valid row number") from None
            counter[0] = int(number)
    counter[1] = 0
    number = counter[0]
    suffix = str(number) if number >= 0 else None
    for cell in row:
        get = cell.get
        data_type = get("t", "n")
        coordinate = get("r")
        style: Any = get("s", 0)
        if style:
            style = int(style)
        if coordinate:
            row_at, column = _position(coordinate, number, suffix)
            counter[1] = column
        else:
            counter[1] += 1
            row_at, column = counter
        if data_type == "inlineStr":
            keep(row_at, column, _inline(cell))
            continue
        value = _value_text(cell)
        keep(row_at, column, _convert(value, data_type, style, shared, styles) if value else None)


_COLUMNS: Dict[str, int] = {}  # "AB" -> 28, filled from coordinates openpyxl itself has read


def _position(coordinate: str, row: int, suffix: Optional[str]) -> Tuple[int, int]:
    """openpyxl's ``coordinate_to_tuple``; the usual "B12" in row 12 looks its letters up."""
    if suffix is not None and coordinate.endswith(suffix):
        column = _COLUMNS.get(coordinate[: len(coordinate) - len(suffix)])
        if column is not None:
            return row, column
    found = coordinate_to_tuple(coordinate)
    letters = get_column_letter(found[1])
    if coordinate == f"{letters}{found[0]}":
        _COLUMNS[letters] = found[1]
    return found


def _value_text(cell: Any) -> Optional[str]:
    """``cell.findtext(v)``: the text of the first <v> child."""
    for child in cell:
        if child.tag == VALUE:
            return child.text
    return None


def _convert(value: str, data_type: str, style: Any, shared: Sequence[str],
             styles: Styles) -> Any:
    if data_type == "n":
        number = float(value) if "." in value or "E" in value or "e" in value else int(value)
        if style in styles.dates:
            try:
                return from_excel(number, styles.epoch, timedelta=style in styles.durations)
            except (OverflowError, ValueError):
                return "#VALUE!"  # openpyxl's value for a date serial out of range
        return number
    if data_type == "s":
        return shared[int(value)]
    if data_type == "b":
        return bool(int(value))
    if data_type == "d":
        return from_ISO8601(value)
    return value


def _inline(cell: Any) -> Optional[str]:
    """The text of the cell's first <is>, None without one."""
    found = cell.find(INLINE)
    return None if found is None else plain_text(found)


def plain_text(element: Any) -> str:
    """openpyxl's ``Text.from_tree(element).content`` for an <is> or <si>: a lone <t> read here,
    anything richer (runs, phonetic text) by openpyxl's Text itself."""
    if len(element) == 1 and not element.attrib:
        only = element[0]
        if only.tag == TEXT and len(only) == 0:
            return only.text or ""
    return Text.from_tree(element).content
