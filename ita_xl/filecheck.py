"""Refuse files that are not a usable .xlsx before any parser touches them.

Everything here answers quickly whatever the file holds: sizes come from the zip's central
directory (a zip bomb is never inflated), and only the first kilobytes of each XML part are looked
at for a DOCTYPE/ENTITY before the full read that verifies the parts' checksums.

Limits judge only what ita-xl parses: the package's structure (content types, relationships, the
workbook part, styles, theme, shared strings, document properties — :func:`parts_read`) here,
and each staff sheet when the reader is about to parse it (:func:`check_parts_read`). A part
ita-xl never parses (another sheet, a picture, a macro project) is never measured, inflated or
refused for its size: the write-back copies it raw.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, List, Optional, Tuple, Union

from ita_xl.errors import (
    CorruptWorkbook,
    EmptyFile,
    FileMissing,
    IsADirectory,
    StrictWorkbook,
    UnsafeWorkbook,
    WorkbookTooLarge,
)
from ita_xl.filekind import OLE_MAGIC, not_xlsx, refuse_ole, sniff
from ita_xl.messages import pair

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # the parts ita-xl parses, together
MAX_PART_SIZE = 100 * 1024 * 1024  # one part ita-xl parses, inflated
MAX_RATIO = 100  # a parsed part inflating more than this many times ...
RATIO_MIN_SIZE = 10 * 1024 * 1024  # ... and to more than this is a bomb
READ_KINDS = ("styles", "theme", "sharedStrings", "calcChain")  # workbook parts ita-xl parses
PACKAGE_READ_KINDS = ("officeDocument", "core-properties", "extended-properties",
                      "custom-properties")
MAX_ENTRIES = 10_000
STRICT_NS = "http://purl.oclc.org/ooxml/"  # Strict Open XML: every namespace starts so
PROLOG_BYTES = 64 * 1024  # a DOCTYPE must appear before the root element, within this much

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_CHUNK = 1024 * 1024

def check_workbook_file(path: Union[str, Path]) -> None:
    """Raise the errors.py exception that says why ``path`` cannot be read as a workbook."""
    p = Path(path)
    if p.is_dir():
        raise IsADirectory(p)
    if not p.exists():
        raise FileMissing(p)
    if not p.is_file():  # a pipe or device: never read from it
        raise not_xlsx(p, "unknown")
    try:
        size = p.stat().st_size
        if size == 0:
            raise EmptyFile(p)
        with p.open("rb") as fh:
            head = fh.read(8192)
    except IsADirectoryError:
        raise IsADirectory(p) from None
    except OSError as exc:
        raise FileMissing(p) from exc
    if head.startswith(OLE_MAGIC):
        refuse_ole(p, size)
    if not head.startswith(ZIP_MAGICS):
        raise not_xlsx(p, sniff(head))
    _check_zip(p)


def _corrupt(path: Path, key: str, **params: Any) -> CorruptWorkbook:
    return CorruptWorkbook(path, **pair("detail." + key, **params))


def _unsafe(path: Path, key: str, **params: Any) -> UnsafeWorkbook:
    return UnsafeWorkbook(path, **pair("detail." + key, **params))


def _too_large(path: Path, key: str, **params: Any) -> WorkbookTooLarge:
    return WorkbookTooLarge(path, **pair("detail." + key, **params))


# --- the zip container -----------------------------------------------------------------------

def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_entries(path, infos)
            names = {i.filename for i in infos}
            main = _main_part(path, zf, names)
            if main not in names:
                raise _corrupt(path, "part-missing", part=main)
            read = parts_read(path, zf, main)
            chosen = [i for i in infos if i.filename in read]
            _check_sizes(path, chosen)
            _check_parts(path, zf, [i for i in chosen if _is_xml_part(i.filename)])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError,
            ValueError, OSError) as exc:
        raise _corrupt(path, _zip_problem(exc), msg=str(exc) or type(exc).__name__) from exc


def parts_read(path: Path, zf: zipfile.ZipFile, main: str) -> set:
    """The zip entries ita-xl parses besides the staff sheets: content types, every rels part,
    the workbook part and its styles, theme, shared strings and calculation chain, and the
    document properties."""
    names = {i.filename for i in zf.infolist()}
    read = {n for n in names if n == "[Content_Types].xml" or n.lower().endswith(".rels")}
    read.add(main)
    for source, kinds in (("", PACKAGE_READ_KINDS), (main, READ_KINDS)):
        rels = _rels_path(source)
        if rels not in names:
            continue
        _check_sizes(path, [zf.getinfo(rels)])
        for kind, target in _relationships(path, _read_capped(path, zf, zf.getinfo(rels)), rels):
            part = _resolve(source, target)
            if kind in kinds and part in names:
                read.add(part)
    return read


def check_parts_read(path: Union[str, Path], parts: Iterable[str]) -> None:
    """Apply the size limits to ``parts`` (e.g. the staff sheets) before they are parsed, counted
    together with the structure parts; the central directory alone is read."""
    p = Path(path)
    wanted = {part.lstrip("/") for part in parts}
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            main = _main_part(p, zf, names)
            read = parts_read(p, zf, main) | wanted
            _check_sizes(p, [i for i in infos if i.filename in read])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError,
            OSError) as exc:
        raise _corrupt(p, _zip_problem(exc), msg=str(exc) or type(exc).__name__) from exc


def _rels_path(source: str) -> str:
    folder, base = source.rpartition("/")[0], source.rpartition("/")[2]
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _resolve(source: str, target: str) -> str:
    import posixpath

    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _zip_problem(exc: Exception) -> str:
    msg = str(exc) or type(exc).__name__
    if "File is not a zip file" in msg or "central directory" in msg.lower():
        return "zip-cut"
    return "zip-crc" if "CRC" in msg else "zip-unreadable"


def _check_entries(path: Path, infos: List[zipfile.ZipInfo]) -> None:
    """Entry count, repeated names and zip encryption, from the central directory alone."""
    if len(infos) > MAX_ENTRIES:
        raise _unsafe(path, "too-many-parts", count=f"{len(infos):,}")
    seen = set()
    for info in infos:
        if info.filename in seen:
            raise _unsafe(path, "part-twice", part=info.filename)
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _corrupt(path, "part-encrypted", part=info.filename)


def _check_sizes(path: Path, infos: List[zipfile.ZipInfo]) -> None:
    """Zip-bomb and size limits for parts ita-xl parses, from the central directory alone:
    nothing is inflated here."""
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            raise _unsafe(path, "part-bomb", part=info.filename, ratio=f"{ratio:,.0f}",
                          size=_mb(info.file_size))
        if info.file_size > MAX_PART_SIZE:
            raise _too_large(path, "part-too-large", part=info.filename, size=_mb(info.file_size),
                             limit=_mb(MAX_PART_SIZE))
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise _unsafe(path, "total-bomb", size=_mb(total))


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:,.0f} KB"
    return f"{size / (1024 * 1024):,.0f} MB"


def _is_xml_part(name: str) -> bool:
    low = name.lower()
    return low.endswith(".xml") or low.endswith(".rels")


def _main_part(path: Path, zf: zipfile.ZipFile, names: set) -> str:
    """The workbook part named by _rels/.rels; refuses zips that hold another kind of document."""
    if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
        kind = _other_zip_kind(zf, names)
        if kind:
            raise not_xlsx(path, kind)
        missing = "[Content_Types].xml" if "[Content_Types].xml" not in names else "_rels/.rels"
        raise _corrupt(path, "part-missing", part=missing)
    data = _read_capped(path, zf, zf.getinfo("_rels/.rels"))
    target = _office_document_target(path, data)
    if target is None:
        target = "xl/workbook.xml"
    target = target.lstrip("/")
    top = PurePosixPath(target).parts[0] if target else ""
    if target.lower().endswith(".bin"):
        raise not_xlsx(path, "xlsb")
    if top == "word":
        raise not_xlsx(path, "docx")
    if top == "ppt":
        raise not_xlsx(path, "pptx")
    return target


def _other_zip_kind(zf: zipfile.ZipFile, names: set) -> Optional[str]:
    if "mimetype" in names:
        try:
            mime = zf.read("mimetype")[:100]
        except Exception:  # noqa: BLE001 - a damaged mimetype just means "some zip"
            mime = b""
        if b"spreadsheet" in mime:
            return "ods"
    if any(n.startswith("xl/") for n in names):
        return None
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def _office_document_target(path: Path, data: bytes) -> Optional[str]:
    rels = _relationships(path, data, "_rels/.rels")
    return next((target for kind, target in rels if kind == "officeDocument"), None)


def _relationships(path: Path, data: bytes, part: str) -> List[Tuple[str, str]]:
    """(kind, target) of each internal relationship in a rels part, read by defusedxml."""
    from defusedxml import ElementTree as DET
    from defusedxml.common import DefusedXmlException

    try:
        root = DET.fromstring(data)
    except DefusedXmlException as exc:
        raise _unsafe(path, "xml-entities") from exc
    except Exception as exc:  # noqa: BLE001 - any XML error means a damaged part
        raise _corrupt(path, "part-not-xml", part=part) from exc
    if root.tag.split("}")[0].lstrip("{") in STRICT_NS:
        raise StrictWorkbook(path)
    found = []
    for rel in root:
        kind = str(rel.get("Type", "")).rstrip("/").rsplit("/", 1)[-1]
        if rel.get("TargetMode") != "External" and rel.get("Target"):
            found.append((kind, str(rel.get("Target"))))
            if rel.get("Type", "").startswith(STRICT_NS):
                raise StrictWorkbook(path)
    return found


def _read_capped(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    _check_sizes(path, [info])
    chunks = []
    _stream_part(path, zf, info, chunks.append)
    return b"".join(chunks)


def _check_parts(path: Path, zf: zipfile.ZipFile, infos: Iterable[zipfile.ZipInfo]) -> None:
    """Each XML part: no DOCTYPE/ENTITY in its prolog, and a full read that verifies its CRC."""
    for info in infos:
        _stream_part(path, zf, info, lambda chunk: None)


def _stream_part(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink) -> None:
    with zf.open(info) as fh:
        head = fh.read(PROLOG_BYTES)
        _check_prolog(path, info, head)
        sink(head)
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            sink(chunk)


# "<" then A-Z, a-z, "_", ":" or U+00C0-U+FFFF; spelt as a negated class because compiling the
# range [\u00C0-\uFFFF] directly costs 1.5 ms at every start.
_NAME_START = re.compile(r"<(?:[A-Za-z_:]|[^\x00-\xbf\U00010000-\U0010ffff])")
_DECL = re.compile(r"<!\s*(doctype|entity)", re.IGNORECASE)


def _check_prolog(path: Path, info: zipfile.ZipInfo, head: bytes) -> None:
    """Refuse a part whose prolog declares a DOCTYPE/ENTITY, hides past PROLOG_BYTES, or is not
    XML (the walk is :func:`_prolog_stop`'s, shared with the reader's :func:`prolog_declares_dtd`)."""
    stop = _prolog_stop(head)
    if stop == "root":
        return
    if stop == "dtd":
        raise _unsafe(path, "part-entities", part=info.filename)
    if stop in ("open", "end") and len(head) >= PROLOG_BYTES and info.file_size > len(head):
        raise _unsafe(path, "prolog-long", part=info.filename)
    raise _corrupt(path, "part-not-xml", part=info.filename)


def prolog_declares_dtd(head: bytes) -> bool:
    """True when the XML in ``head`` (its first bytes) declares a DOCTYPE/ENTITY before its root
    element, or when its prolog does not end within ``head`` (assumed to hide one)."""
    stop = _prolog_stop(head)
    return stop == "dtd" or (stop == "open" and len(head) >= PROLOG_BYTES)


def _prolog_stop(head: bytes) -> str:
    """Walk the XML prolog (declaration, comments, PIs) in ``head`` and say where it stops: at the
    root element's start tag ("root"), at a DOCTYPE/ENTITY ("dtd"), inside a comment or PI that
    does not close within ``head`` ("open"), at the end of ``head`` ("end"), or at anything else
    ("other": not XML)."""
    text = _prolog_text(head).lstrip("\ufeff")
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        rest = text[pos:]
        if _NAME_START.match(rest):
            return "root"
        if _DECL.match(rest):
            return "dtd"
        closer = "?>" if rest.startswith("<?") else "-->" if rest.startswith("<!--") else None
        end = rest.find(closer, 2) if closer else -1
        if closer and end >= 0:
            pos += end + len(closer)
            continue
        return "open" if closer else "end" if not rest else "other"


def _prolog_text(head: bytes) -> str:
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        return head.decode("utf-16", errors="replace")
    if len(head) > 1 and head[1:2] == b"\x00":
        return head.decode("utf-16-le", errors="replace")
    if head[:1] == b"\x00":
        return head.decode("utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")
