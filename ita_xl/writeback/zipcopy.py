"""A zip writer that copies kept entries raw: their compressed bytes are never inflated.

A master's sheets that the splice does not edit may be large (a 54 MB data sheet) or hostile (a
zip bomb in a part nobody reads); copying their stored bytes keeps them byte-identical, costs no
inflating and no memory. Written from the zip format itself (PKWARE APPNOTE: local header, data,
central directory, end record; ZIP64 records when sizes or offsets need them), using only
ZipInfo's documented fields — no private zipfile API. New entries are deflated with zlib.
"""
from __future__ import annotations

import struct
import zipfile
import zlib
from typing import BinaryIO, List, Tuple

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_END64 = struct.Struct("<IQHHIIQQQQ")
_LOCATOR64 = struct.Struct("<IIQI")
_LIMIT = 0xFFFFFFFF
_UTF8 = 0x800
_KEEP_FLAGS = 0x6  # deflate option bits; no data descriptor, no encryption
_CHUNK = 1 << 20


class ZipCopyWriter:
    """Entries written one after another to ``out``; :meth:`close` writes the directory."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.central: List[Tuple[zipfile.ZipInfo, int, int, int, int, bytes]] = []

    def copy_raw(self, src: BinaryIO, info: zipfile.ZipInfo) -> None:
        """Copy ``info``'s entry from the zip file ``src`` without inflating it."""
        src.seek(info.header_offset)
        header = src.read(_LOCAL.size)
        fields = _LOCAL.unpack(header) if len(header) == _LOCAL.size else None
        if fields is None or fields[0] != 0x04034B50:
            raise zipfile.BadZipFile(f"bad local header for {info.filename}")
        src.seek(info.header_offset + _LOCAL.size + fields[9] + fields[10])
        offset = self._local(info, info.CRC, info.compress_size, info.file_size,
                             info.compress_type, info.flag_bits & _KEEP_FLAGS)
        left = info.compress_size
        while left:
            chunk = src.read(min(_CHUNK, left))
            if not chunk:
                raise zipfile.BadZipFile(f"{info.filename} is cut short")
            self.out.write(chunk)
            left -= len(chunk)
        self.central.append((info, info.CRC, info.compress_size, info.file_size, offset,
                             bytes([info.compress_type, info.flag_bits & _KEEP_FLAGS])))

    def write(self, info: zipfile.ZipInfo, data: bytes) -> None:
        """A new entry (deflated unless ``info`` says stored)."""
        crc = zlib.crc32(data) & _LIMIT
        method = zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
        if method == zipfile.ZIP_DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = packer.compress(data) + packer.flush()
        else:
            packed = data
        offset = self._local(info, crc, len(packed), len(data), method, 0)
        self.out.write(packed)
        self.central.append((info, crc, len(packed), len(data), offset, bytes([method, 0])))

    def _local(self, info: zipfile.ZipInfo, crc: int, csize: int, size: int, method: int,
               flags: int) -> int:
        offset = self.out.tell()
        name, utf8 = _name(info.filename)
        extra = b""
        c32, s32 = csize, size
        if csize >= _LIMIT or size >= _LIMIT:
            extra = struct.pack("<HHQQ", 1, 16, size, csize)
            c32 = s32 = _LIMIT
        self.out.write(_LOCAL.pack(0x04034B50, 45 if extra else max(info.extract_version, 20),
                                   flags | utf8, method, *_dos_time(info), crc, c32, s32,
                                   len(name), len(extra)))
        self.out.write(name + extra)
        return offset

    def close(self) -> None:
        start = self.out.tell()
        for info, crc, csize, size, offset, (method, flags) in self.central:
            name, utf8 = _name(info.filename)
            values = [size, csize, offset]
            big = [v for v in values if v >= _LIMIT]
            extra = struct.pack("<HH", 1, 8 * len(big)) + b"".join(struct.pack("<Q", v) for v in big) \
                if big else b""
            size32, csize32, offset32 = (min(v, _LIMIT) for v in values)
            comment = info.comment or b""
            self.out.write(_CENTRAL.pack(
                0x02014B50, (info.create_system << 8) | max(info.create_version & 0xFF, 20),
                45 if big else max(info.extract_version, 20), flags | utf8, method,
                *_dos_time(info), crc, csize32, size32, len(name), len(extra), len(comment), 0,
                info.internal_attr, info.external_attr, offset32))
            self.out.write(name + extra + comment)
        end = self.out.tell()
        count, size = len(self.central), end - start
        if count >= 0xFFFF or start >= _LIMIT or size >= _LIMIT:
            self.out.write(_END64.pack(0x06064B50, 44, 45, 45, 0, 0, count, count, size, start))
            self.out.write(_LOCATOR64.pack(0x07064B50, 0, end, 1))
            self.out.write(_END.pack(0x06054B50, 0, 0, 0xFFFF, 0xFFFF, _LIMIT, _LIMIT, 0))
        else:
            self.out.write(_END.pack(0x06054B50, 0, 0, count, count, size, start, 0))


def _name(filename: str) -> Tuple[bytes, int]:
    try:
        return filename.encode("ascii"), 0
    except UnicodeEncodeError:
        return filename.encode("utf-8"), _UTF8


def _dos_time(info: zipfile.ZipInfo) -> Tuple[int, int]:
    y, mo, d, h, mi, s = info.date_time
    return (h << 11) | (mi << 5) | (s // 2), ((max(y, 1980) - 1980) << 9) | (mo << 5) | d
