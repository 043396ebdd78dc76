"""The raw-copy zip writer (zipcopy.py): what it writes, zipfile reads back exactly."""
from __future__ import annotations

import io
import zipfile

from ita_xl.writeback.zipcopy import ZipCopyWriter


def test_raw_copies_and_new_entries_read_back_exactly(tmp_path):
    src = tmp_path / "src.zip"
    big = b"<row><c><v>1</v></c></row>" * 200_000
    with zipfile.ZipFile(src, "w") as zf:
        zf.writestr(zipfile.ZipInfo("stored.txt", (2024, 1, 2, 3, 4, 6)), b"plain")
        info = zipfile.ZipInfo("xl/worksheets/ชีต.xml", (2020, 5, 6, 7, 8, 10))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.comment = b"kept"
        info.external_attr = 0o644 << 16
        zf.writestr(info, big)
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, open(src, "rb") as fh:
        writer = ZipCopyWriter(out)
        for info in zin.infolist():
            writer.copy_raw(fh, info)
        fresh = zipfile.ZipInfo("xl/new.xml", (1980, 1, 1, 0, 0, 0))
        fresh.compress_type = zipfile.ZIP_DEFLATED
        writer.write(fresh, b"<new/>")
        writer.close()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(io.BytesIO(out.getvalue())) as zout:
        assert zout.testzip() is None
        assert zout.namelist() == zin.namelist() + ["xl/new.xml"]
        for a in zin.infolist():
            b = zout.getinfo(a.filename)
            assert zout.read(a.filename) == zin.read(a.filename)
            assert (b.compress_size, b.CRC, b.date_time, b.compress_type, b.comment, b.external_attr) \
                == (a.compress_size, a.CRC, a.date_time, a.compress_type, a.comment, a.external_attr)
        assert zout.read("xl/new.xml") == b"<new/>"
