"""zipfile internals: a member written from bytes deflated beforehand (on another thread).

Public path: ``ZipFile.open(info, "w").write(data)`` deflates as it writes. Fast path: the
member's private ``_compressor`` is swapped for one that hands over the bytes already deflated
(:func:`ita_xl.briefing.zipout.deflate`, the same raw deflate at the same level), so two
threads can deflate a deck's members at once. Headers, CRCs and the directory stay zipfile's
own: the file is the same byte for byte (tests/test_compat.py).
"""
from __future__ import annotations

import zipfile
from typing import Optional

from ita_xl.compat import fast


def enabled() -> bool:
    """The fast path runs on the Python versions it was tested on."""
    return fast("zipfile")


def write_member(dest: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes,
                 packed: Optional[bytes]) -> None:
    """Write ``data`` as member ``info`` of ``dest``; ``packed`` is ``data`` deflated already (used
    on the fast path, ignored on the public one)."""
    info.file_size = len(data)  # what writestr does before opening the member
    with dest.open(info, "w") as member:
        if packed is not None and hasattr(member, "_compressor"):
            member._compressor = _Deflated(packed)
        member.write(data)


class _Deflated:
    """Stands in for a member's compressor: the member's data, deflated already."""

    def __init__(self, packed: bytes) -> None:
        self._packed = packed

    def compress(self, _data: bytes) -> bytes:
        packed, self._packed = self._packed, b""
        return packed

    def flush(self) -> bytes:
        return b""
