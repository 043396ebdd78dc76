"""Every kind of unusable file is refused with its own error, quickly, and left untouched."""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct
import time
import zipfile
import zlib
from pathlib import Path
from typing import Callable, List, Tuple

import pytest

from render import convert
from builders import build_master
from ita_xl import errors
from ita_xl.filecheck import check_workbook_file
from ita_xl.master.reader import read_master

LIMIT_SECONDS = 10


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def refused(path: Path, exc_type, check: Callable = check_workbook_file):
    """Assert ``check(path)`` raises ``exc_type`` in time and leaves the file as it was."""
    before = _sha(Path(path))
    start = time.monotonic()
    with pytest.raises(exc_type) as info:
        check(path)
    assert time.monotonic() - start < LIMIT_SECONDS
    assert _sha(Path(path)) == before
    assert type(info.value) is exc_type
    return info.value


def _rezip(src: Path, dst: Path, replace: dict = None, drop: Tuple[str, ...] = (),
           add: dict = None) -> Path:
    """Copy the xlsx ``src`` to ``dst`` part by part, replacing/dropping/adding parts."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for name, data in add.items():
            zout.writestr(name, data)
    return dst


# --- a raw zip writer, for parts whose compressed bytes we craft ourselves ---------------------

def _raw_zip(path: Path, entries: List[Tuple[str, int, bytes, int, int]]) -> Path:
    """Write a zip of (name, method, compressed bytes, crc32, uncompressed size) entries."""
    out = io.BytesIO()
    central = []
    for name, method, data, crc, size in entries:
        offset = out.tell()
        raw_name = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc,
                              len(data), size, len(raw_name), 0))
        out.write(raw_name)
        out.write(data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21,
                                   crc, len(data), size, len(raw_name), 0, 0, 0, 0, 0, offset)
                       + raw_name)
    start = out.tell()
    for record in central:
        out.write(record)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                          out.tell() - start, start, 0))
    Path(path).write_bytes(out.getvalue())
    return Path(path)


def _parts_of(xlsx: Path) -> List[Tuple[str, int, bytes, int, int]]:
    with zipfile.ZipFile(xlsx) as zf:
        entries = []
        for info in zf.infolist():
            data = zf.read(info.filename)
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = co.compress(data) + co.flush()
            entries.append((info.filename, 8, packed, zlib.crc32(data), len(data)))
    return entries


def _zeros_deflate(size: int) -> Tuple[bytes, int]:
    """A valid deflate stream of ``size`` zero bytes and its CRC, made without deflating it all:
    one 16 MiB block (sync-flushed, so it decodes the same after more zeros) repeated."""
    unit = 1 << 24
    assert size % unit == 0
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(bytes(unit)) + co.flush(zlib.Z_SYNC_FLUSH)
    crc = 0
    zeros = bytes(unit)
    for _ in range(size // unit):
        crc = zlib.crc32(zeros, crc)
    return block * (size // unit) + b"\x03\x00", crc


@pytest.fixture(scope="module")
def master_bytes(tmp_path_factory):
    path = build_master(tmp_path_factory.mktemp("fc") / "master.xlsx")
    return path.read_bytes()


@pytest.fixture
def master_file(tmp_path, master_bytes):
    path = tmp_path / "master.xlsx"
    path.write_bytes(master_bytes)
    return path


# --- usable files pass -----------------------------------------------------------------------

def test_every_excel_made_workbook_passes(excel_made):
    files = sorted(excel_made.glob("*.xls*"))
    assert any(f.suffix == ".xlsm" for f in files)
    for f in files:
        check_workbook_file(f)


def test_template_and_odd_extensions_pass_when_the_content_is_xlsx(tmp_path, master_bytes):
    for name in ("master.xltx", "master.XLSX", "master.xlsm", "master-no-extension"):
        path = tmp_path / name
        path.write_bytes(master_bytes)
        check_workbook_file(path)
        assert read_master(path).agency.fiscal_year.value == 2566


# --- not a file ------------------------------------------------------------------------------

def test_missing_path(tmp_path):
    err = refused(tmp_path / "nope.xlsx", errors.FileMissing)
    assert err.params["path"].endswith("nope.xlsx")
    assert "nope.xlsx" in err.message("en")


def test_folder(tmp_path):
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    refused(folder, errors.IsADirectory)


def test_broken_symlink_is_missing(tmp_path):
    link = tmp_path / "link.xlsx"
    link.symlink_to(tmp_path / "gone.xlsx")
    refused(link, errors.FileMissing)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    refused(path, errors.EmptyFile)


# --- not an xlsx -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, kind_en", [
    ("scores.xlsx", "ตัวชี้วัด,2565,2566\nการเปิดเผยข้อมูล,93.50,92.14\n".encode(), "text or CSV"),
    ("notes.xlsx", "บันทึกข้อความ\nเรื่อง รายงานผลการวิเคราะห์\n".encode("utf-8"), "text or CSV"),
    ("utf16.xlsx", "ตัวชี้วัด\t2565\n".encode("utf-16"), "text or CSV"),
    ("thai-ansi.xlsx", "ตัวชี้วัด;2565\n".encode("cp874"), "text or CSV"),
    ("report.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "image"),
    ("scan.xlsx", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(50), "image"),
    ("export.xls", b"<html><body><table><tr><td>2565</td></tr></table></body></html>", "web page"),
    ("xml2003.xlsx", b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:'
                     b'office:spreadsheet"></Workbook>', "XML"),
    ("archive.xlsx", b"Rar!\x1a\x07\x00" + bytes(40), "compressed"),
    ("binary.xlsx", bytes(range(256)) * 4, "another kind"),
])
def test_not_an_xlsx_says_what_it_looks_like(tmp_path, name, data, kind_en):
    path = tmp_path / name
    path.write_bytes(data)
    err = refused(path, errors.NotAnXlsx)
    assert kind_en in err.params["kind_en"]
    assert err.params["kind"] and err.params["kind"] != err.params["kind_en"]
    assert err.params["kind_en"] in err.message("en")


def test_other_office_zips_are_named(tmp_path):
    import pptx

    doc = tmp_path / "memo.xlsx"  # the parts a Word document is made of
    with zipfile.ZipFile(doc, "w") as zf:
        zf.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        zf.writestr("word/document.xml", "<w:document/>")
    assert "Word" in refused(doc, errors.NotAnXlsx).params["kind_en"]
    deck = tmp_path / "deck.xlsx"
    pptx.Presentation().save(str(deck))
    assert "PowerPoint" in refused(deck, errors.NotAnXlsx).params["kind_en"]
    ods = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    assert ".ods" in refused(ods, errors.NotAnXlsx).params["kind_en"]
    plain = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert "ZIP" in refused(plain, errors.NotAnXlsx).params["kind_en"]


def test_xlsb_is_not_an_xlsx(tmp_path, master_file):
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>'
            b'</Relationships>')
    path = _rezip(master_file, tmp_path / "b.xlsx", replace={"_rels/.rels": rels},
                  add={"xl/workbook.bin": b"\x83\x01\x00"})
    assert ".xlsb" in refused(path, errors.NotAnXlsx).params["kind_en"]


# --- OLE2: old .xls and encrypted workbooks --------------------------------------------------

def _ole(names: List[str], size: int = 4096) -> bytes:
    """An OLE2-like file: the magic, a header sector and a directory sector naming ``names``."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HH", 0x3E, 3)
    header = header.ljust(512, b"\x00")
    directory = b""
    for name in ["Root Entry", *names]:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        directory += raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + bytes(62)
    return (header + directory).ljust(size, b"\xff")


def test_old_xls_by_magic(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(_ole(["Workbook", "\x05SummaryInformation"]))
    refused(path, errors.OldXls)
    bare = tmp_path / "bare.xlsx"
    bare.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    refused(bare, errors.OldXls)


def test_encrypted_workbook(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"], size=300_000))
    err = refused(path, errors.EncryptedWorkbook)
    assert "password" in err.message("en")


def test_large_encrypted_workbook_found_through_the_directory_pointer(tmp_path):
    """Over 64 MB only the head, the tail and the directory sectors are read: still found."""
    path = tmp_path / "big-locked.xlsx"
    dir_sector = (40 << 20) // 512  # the directory sits in the middle of an 80 MB file
    header = bytearray(_ole([], size=512))
    header[0x30:0x34] = dir_sector.to_bytes(4, "little")
    entries = _ole(["EncryptionInfo", "EncryptedPackage"], size=1024)[512:]
    with path.open("wb") as fh:
        fh.write(bytes(header))
        fh.seek((dir_sector + 1) * 512)
        fh.write(entries)
        fh.seek((80 << 20) - 1)
        fh.write(b"\0")
    refused(path, errors.EncryptedWorkbook)


def test_a_pipe_is_never_read(tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    refused(fifo, errors.NotAnXlsx)


def test_old_word_document_is_not_called_xls(tmp_path):
    path = tmp_path / "memo.xlsx"
    path.write_bytes(_ole(["WordDocument", "1Table"]))
    assert ".doc" in refused(path, errors.NotAnXlsx).params["kind_en"]


def test_real_xls_saved_by_libreoffice(tmp_path, master_file, office):
    refused(convert(master_file, "xls", tmp_path / "xls"), errors.OldXls)


# --- damaged zips ----------------------------------------------------------------------------

def test_truncated_xlsx(tmp_path, master_bytes):
    path = tmp_path / "half.xlsx"
    path.write_bytes(master_bytes[: len(master_bytes) // 2])
    err = refused(path, errors.CorruptWorkbook)
    assert err.params["detail"] and err.params["detail_en"]


def test_random_bytes_in_a_zip_structure(tmp_path, master_file):
    path = _rezip(master_file, tmp_path / "noise.xlsx",
                  replace={"xl/styles.xml": os.urandom(5000)})
    err = refused(path, errors.CorruptWorkbook)
    assert "styles.xml" in err.params["detail_en"]


def test_random_bytes_in_a_staff_sheet_are_found_when_it_is_read(tmp_path, master_file):
    path = _rezip(master_file, tmp_path / "noise.xlsx",
                  replace={"xl/worksheets/sheet1.xml": os.urandom(5000)})
    check_workbook_file(path)  # the file check never inflates sheets
    refused(path, errors.CorruptWorkbook, check=read_master)


def test_zip_header_then_noise(tmp_path):
    path = tmp_path / "noise2.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(20_000))
    refused(path, errors.CorruptWorkbook)


@pytest.mark.parametrize("part, check", [("xl/workbook.xml", check_workbook_file),
                                         ("xl/worksheets/sheet2.xml", read_master)])
def test_crc_error_in_a_part(tmp_path, master_file, part, check):
    entries = _parts_of(master_file)
    broken = [(n, m, d, (c ^ 0xFFFF) if n == part else c, s) for n, m, d, c, s in entries]
    path = _raw_zip(tmp_path / "crc.xlsx", broken)
    err = refused(path, errors.CorruptWorkbook, check=check)
    assert "CRC" in err.params["detail_en"]


@pytest.mark.parametrize("drop", ["[Content_Types].xml", "xl/workbook.xml"])
def test_missing_core_part(tmp_path, master_file, drop):
    path = _rezip(master_file, tmp_path / "part.xlsx", drop=(drop,))
    err = refused(path, errors.CorruptWorkbook)
    assert drop in err.params["detail_en"]


def test_damaged_sheet_xml_is_corrupt_when_read(tmp_path, master_file):
    with zipfile.ZipFile(master_file) as zf:
        xml = zf.read("xl/worksheets/sheet2.xml")
    path = _rezip(master_file, tmp_path / "cut.xlsx",
                  replace={"xl/worksheets/sheet2.xml": xml[: len(xml) // 2]})
    check_workbook_file(path)  # a well-formed zip: only parsing the sheet finds the damage
    err = refused(path, errors.CorruptWorkbook, check=read_master)
    assert "cannot be read" in err.message("en") or err.params["detail_en"]


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/styles.xml"])
def test_damaged_workbook_part_is_corrupt(tmp_path, master_file, part):
    with zipfile.ZipFile(master_file) as zf:
        xml = zf.read(part)
    path = _rezip(master_file, tmp_path / "wb.xlsx", replace={part: xml[: len(xml) // 2]})
    refused(path, errors.CorruptWorkbook, check=read_master)


# --- unsafe ----------------------------------------------------------------------------------

BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [\n'
    b' <!ENTITY lol "lol">\n'
    + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
               for i in range(1, 10))
    + b']>\n'
)


def _with_doctype(master_file: Path, dst: Path, prefix: bytes = b"") -> Path:
    with zipfile.ZipFile(master_file) as zf:
        xml = zf.read("xl/worksheets/sheet2.xml")
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    body = body.replace(b"<c r=\"B2\"", b"<c r=\"Z99\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
                        b"<c r=\"B2\"", 1)
    return _rezip(master_file, dst, replace={"xl/worksheets/sheet2.xml": prefix + BILLION_LAUGHS
                                             + body})


def test_xml_entity_bomb(tmp_path, master_file):
    """In a structure part the file check refuses it; in a staff sheet, the reader (never lxml)."""
    with zipfile.ZipFile(master_file) as zf:
        styles = zf.read("xl/styles.xml").split(b"?>", 1)[-1]
    path = _rezip(master_file, tmp_path / "lol0.xlsx", replace={"xl/styles.xml": BILLION_LAUGHS + styles})
    err = refused(path, errors.UnsafeWorkbook)
    assert "DOCTYPE" in err.params["detail_en"]
    path = _with_doctype(master_file, tmp_path / "lol.xlsx")
    check_workbook_file(path)
    refused(path, errors.UnsafeWorkbook, check=read_master)


def test_doctype_hidden_after_a_long_comment(tmp_path, master_file):
    path = _with_doctype(master_file, tmp_path / "lol2.xlsx",
                         prefix=b"<!--" + b" " * 100_000 + b"-->")
    refused(path, errors.UnsafeWorkbook, check=read_master)


def test_defusedxml_refuses_entities_even_past_the_file_check(tmp_path, master_file, monkeypatch):
    import ita_xl.master.reader as reader

    path = _with_doctype(master_file, tmp_path / "lol3.xlsx")
    monkeypatch.setattr(reader, "check_workbook_file", lambda p: None)
    refused(path, errors.UnsafeWorkbook, check=read_master)


def _bomb_as(entries, part: str, size: int):
    data, crc = _zeros_deflate(size)
    return [(n, 8, data, crc, size) if n == part else (n, m, d, c, s) for n, m, d, c, s in entries]


@pytest.mark.parametrize("part", ["xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml"])
def test_zip_bomb_in_a_part_ita_xl_parses_is_refused_without_inflating(tmp_path, master_file, part):
    path = _raw_zip(tmp_path / "bomb.xlsx", _bomb_as(_parts_of(master_file), part, 2 << 30))
    assert path.stat().st_size < 20 << 20
    err = refused(path, errors.UnsafeWorkbook)
    assert "inflates" in err.params["detail_en"] and part in err.params["detail_en"]
    refused(path, errors.UnsafeWorkbook, check=read_master)


def test_bomb_in_a_staff_sheet_is_refused_before_it_is_parsed(tmp_path, master_file):
    path = _raw_zip(tmp_path / "bomb.xlsx", _bomb_as(_parts_of(master_file), "xl/worksheets/sheet2.xml",
                                                     1 << 30))
    check_workbook_file(path)  # not a part the file check parses
    err = refused(path, errors.UnsafeWorkbook, check=read_master)
    assert "sheet2.xml" in err.params["detail_en"]


def test_large_part_ita_xl_parses_is_refused_by_absolute_size(tmp_path, master_file, monkeypatch):
    import ita_xl.filecheck as fc

    monkeypatch.setattr(fc, "MAX_PART_SIZE", 16_000)  # a real 100 MB part would slow the suite
    with zipfile.ZipFile(master_file) as zf:
        styles = zf.read("xl/styles.xml")
    path = _rezip(master_file, tmp_path / "big.xlsx",
                  replace={"xl/styles.xml": styles.replace(b"</styleSheet>", b" " * 20_000 + b"</styleSheet>")})
    err = refused(path, errors.WorkbookTooLarge)
    assert "styles.xml" in err.message("en") and "over the limit" in err.message("en")


def test_bombs_in_parts_ita_xl_never_parses_are_never_inflated(tmp_path, master_file):
    """Pictures, macro projects, other sheets: not judged, not inflated, copied raw on write-back."""
    size = 2 << 30  # three parts of 2 GiB zeros: 6 GiB inflated, ~6 MB on disk
    data, crc = _zeros_deflate(size)
    entries = _parts_of(master_file) + [
        (f"xl/media/image{i}.bin", 8, data, crc, size) for i in range(1, 4)]
    path = _raw_zip(tmp_path / "bomb.xlsx", entries)
    start = time.monotonic()
    check_workbook_file(path)
    read_master(path)
    assert time.monotonic() - start < LIMIT_SECONDS


def test_too_many_parts(tmp_path, master_file):
    path = tmp_path / "many.xlsx"
    shutil.copy(master_file, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as zf:
        for i in range(10_001):
            zf.writestr(f"customXml/n{i}.txt", b"")
    err = refused(path, errors.UnsafeWorkbook)
    assert "too many parts" in err.params["detail_en"]


def test_duplicate_part_names(tmp_path, master_file):
    entries = _parts_of(master_file)
    sheet = next(e for e in entries if e[0] == "xl/worksheets/sheet1.xml")
    path = _raw_zip(tmp_path / "dup.xlsx", entries + [sheet])
    refused(path, errors.UnsafeWorkbook)


# --- required sheets -------------------------------------------------------------------------

def test_workbook_without_required_sheets(tmp_path, excel_made):
    path = tmp_path / "other.xlsx"
    shutil.copy(excel_made / "defined_name01.xlsx", path)
    err = refused(path, errors.SheetMissing, check=read_master)
    for name in ("หน่วยงาน", "คะแนนตัวชี้วัด", "ผลการประเมิน", "มาตรการ"):
        assert name in err.params["missing"]
    assert "Agency" in err.params["missing_en"]
    import openpyxl

    for sheet in openpyxl.load_workbook(path, read_only=True).sheetnames:
        assert sheet in err.params["found"]
    assert err.params["found"] in err.message("th")


_DTD_PROLOGS = {
    "plain": b'<?xml version="1.0"?><worksheet/>',
    "bom": b"\xef\xbb\xbf<worksheet/>",
    "comment-and-pi": b"<!-- c --><?pi x?>\r\n\t<worksheet/>",
    "doctype": b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]><worksheet/>',
    "lower-case": b"<!doctype w><worksheet/>",
    "spaced": b"<! DOCTYPE w><worksheet/>",
    "entity": b'<!ENTITY e "x"><worksheet/>',
    "after-a-comment": b"<!-- c --><!DOCTYPE w><worksheet/>",
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w><worksheet/>'.encode("utf-16"),
    "utf-16-plain": '<?xml version="1.0" encoding="UTF-16"?><worksheet/>'.encode("utf-16"),
    "thai-root": "<ตาราง/>".encode(),
    "long-comment": b"<!--" + b" " * 70_000 + b"--><!DOCTYPE w><worksheet/>",
    "long-pi": b"<?pi " + b" " * 70_000 + b"?><worksheet/>",
}


@pytest.mark.parametrize("name", sorted(_DTD_PROLOGS))
def test_the_file_check_and_the_readers_dtd_guard_judge_every_prolog_alike(name):
    """The file check (every part it parses) and the reader's own guard (each staff sheet, even
    past the file check) walk the prolog with one rule: what one refuses, the other refuses."""
    from ita_xl import filecheck
    from ita_xl.master import sheetxml

    data = _DTD_PROLOGS[name]
    head = data[:filecheck.PROLOG_BYTES]
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    info.file_size = len(data)
    try:
        filecheck._check_prolog(Path("m.xlsx"), info, head)
        file_check = "pass"
    except errors.UnsafeWorkbook:
        file_check = "refuse"
    guard = "refuse" if filecheck.prolog_declares_dtd(head) else "pass"
    assert file_check == guard
    expected = "pass" if name in ("plain", "bom", "comment-and-pi", "utf-16-plain", "thai-root") \
        else "refuse"
    assert guard == expected
    if guard == "refuse":  # and the reader itself stops before lxml reads a declaration
        from defusedxml.common import EntitiesForbidden

        with pytest.raises(EntitiesForbidden):
            sheetxml.read_sheet(io.BytesIO(data), [], sheetxml.Styles(None, set(), set()),
                                lambda r, c, v: None)
