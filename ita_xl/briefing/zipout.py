"""Write a zip exactly as ``zipfile.writestr`` does, deflating the members on two threads.

Deflating is most of the cost of saving a long deck, and zlib lets other threads run while it
works. So the members are deflated first, half on a worker thread, the way zipfile deflates them
(a raw deflate stream at the default level); then zipfile writes every member itself, its
compressor swapped for one that hands over those bytes — a zipfile internal, so it lives in
ita_xl.compat.zipfile behind a version gate (else zipfile deflates each member itself).
Headers, CRCs and the directory are zipfile's own, so the file is the same byte for byte.
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
    from ita_xl.compat import zipfile as compat_zip

    datas = [data for _info, data in members]
    deflated = deflate_all(datas) if compat_zip.enabled() else [None] * len(datas)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for (info, data), packed in zip(members, deflated):
            compat_zip.write_member(dest, info, data, packed)
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
