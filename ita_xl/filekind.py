"""What a file that is not a usable .xlsx is: an OLE2 container (old .xls, Word, PowerPoint, an
encrypted workbook) or something else entirely (PDF, image, HTML, text), from its first bytes."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

from ita_xl.errors import EncryptedWorkbook, NotAnXlsx, OldXls
from ita_xl.messages import text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024

_SIGNATURES: Tuple[Tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"), (b"BM", "image"),
    (b"II*\x00", "image"), (b"MM\x00*", "image"), (b"RIFF", "image"),
    (b"Rar!", "archive"), (b"7z\xbc\xaf", "archive"), (b"\x1f\x8b", "archive"),
)



def not_xlsx(path: Path, kind: str) -> NotAnXlsx:
    key = "kind." + kind
    return NotAnXlsx(path, kind=text(key, "th"), kind_en=text(key, "en"))


# --- OLE2 (old .xls, and the container Excel wraps an encrypted .xlsx in) ---------------------

def refuse_ole(path: Path, size: int) -> None:
    names = {
        "encrypted": "EncryptedPackage", "word": "WordDocument", "ppt": "PowerPoint Document",
        "xls": "Workbook", "xls5": "Book",
    }
    found = _find_utf16_names(path, names, size)
    if "encrypted" in found:
        raise EncryptedWorkbook(path)
    if "xls" in found or "xls5" in found:
        raise OldXls(path)
    if "word" in found:
        raise not_xlsx(path, "doc")
    if "ppt" in found:
        raise not_xlsx(path, "ppt")
    raise OldXls(path)


OLE_FULL_SCAN = 64 * 1024 * 1024  # larger files: only where the directory can be


def _find_utf16_names(path: Path, names: dict, size: int) -> set:
    """Which stream ``names`` occur (UTF-16LE, as OLE directory entries hold them) in the file.

    Small files are scanned whole; for large ones only the start, the end and the sectors from
    the header's first-directory-sector on are read, so the answer stays quick.
    """
    wanted = {key: name.encode("utf-16-le") for key, name in names.items()}
    found: set = set()
    with path.open("rb") as fh:
        if size <= OLE_FULL_SCAN:
            spans = [(0, size)]
        else:
            header = fh.read(512)
            shift = int.from_bytes(header[0x1E:0x20], "little") or 9
            first_dir = int.from_bytes(header[0x30:0x34], "little")
            dir_at = (first_dir + 1) << min(shift, 16)
            spans = [(0, 4 * _CHUNK), (max(0, size - 8 * _CHUNK), size), (dir_at, dir_at + _CHUNK)]
        for start, end in spans:
            _scan_span(fh, start, end, wanted, found)
    return found


def _scan_span(fh, start: int, end: int, wanted: dict, found: set) -> None:
    overlap = max(len(v) for v in wanted.values())
    fh.seek(start)
    tail = b""
    pos = start
    while pos < end:
        chunk = fh.read(min(_CHUNK, end - pos))
        if not chunk:
            break
        pos += len(chunk)
        window = tail + chunk
        found.update(key for key, needle in wanted.items() if needle in window)
        tail = window[-overlap:]


# --- not a zip: say what it looks like -------------------------------------------------------

def sniff(head: bytes) -> str:
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    text = _as_text(head)
    if text is None:
        return "unknown"
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith("<!doctype html") or low.startswith("<html") or "<table" in low[:2000]:
        return "html"
    if low.startswith("<?xml") or low.startswith("<"):
        return "html" if "<html" in low else "xml"
    return "text"


def _as_text(head: bytes) -> Optional[str]:
    """The head decoded as text, or None when it holds binary bytes."""
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, errors="replace")
    if b"\x00" in head:
        return None
    for enc in ("utf-8", "cp874"):
        try:
            return head.decode(enc)
        except UnicodeDecodeError:
            continue
    return None
