"""Write a zip exactly as ``zipfile.writestr`` does, deflating the members on two threads.

Deflating is most of the cost of saving a long deck, and zlib lets other threads run while it
works. So the members are deflated first, half on a worker thread, the way zipfile deflates them
(a raw deflate stream at the default level); then zipfile writes every member itself, its
compressor swapped for one that hands over those bytes. Headers, CRCs and the directory are
zipfile's own, so the file is the same byte for byte (tests/test_briefing_xml.py checks).
"""
from __future__ import annotations

import io
import zipfile
import zlib
import threading
from typing import List, Sequence, Tuple

SMALL = 64 * 1024  # below this many bytes in all, one thread deflates faster than two


def write_zip(members: Sequence[Tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    """The zip of ``members`` (infos set to ZIP_DEFLATED at the default level)."""
    deflated = deflate_all([data for _info, data in members])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for (info, data), packed in zip(members, deflated):
            info.file_size = len(data)  # what writestr does before opening the member
            with dest.open(info, "w") as member:
                if hasattr(member, "_compressor"):
                    member._compressor = _Deflated(packed)
                member.write(data)
    return out.getvalue()


def deflate(data: bytes) -> bytes:
    """``data`` as zipfile's compressor for ZIP_DEFLATED at the default level deflates it."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def deflate_all(datas: Sequence[bytes]) -> List[bytes]:
    """Every item deflated, the work split by size between this thread and one other."""
    if sum(map(len, datas)) < SMALL:
        return [deflate(d) for d in datas]
    halves: Tuple[List[int], List[int]] = ([], [])
    loads = [0, 0]
    for i in sorted(range(len(datas)), key=lambda k: -len(datas[k])):
        lighter = 0 if loads[0] <= loads[1] else 1
        halves[lighter].append(i)
        loads[lighter] += len(datas[i])
    out: List[bytes] = [b""] * len(datas)
    failed: List[BaseException] = []

    def run(indices: List[int]) -> None:
        try:
            for i in indices:
                out[i] = deflate(datas[i])
        except BaseException as exc:  # handed to the main thread below
            failed.append(exc)

    # A plain thread: concurrent.futures would import logging (~12 ms) on every run.
    worker = threading.Thread(target=run, args=(halves[1],), daemon=True)
    worker.start()
    run(halves[0])
    worker.join()
    if failed:
        raise failed[0]
    return out


class _Deflated:
    """Stands in for a member's compressor: the member's data, deflated already."""

    def __init__(self, packed: bytes) -> None:
        self._packed = packed

    def compress(self, _data: bytes) -> bytes:
        packed, self._packed = self._packed, b""
        return packed

    def flush(self) -> bytes:
        return b""
