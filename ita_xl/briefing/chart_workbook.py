"""The chart's embedded workbook stamped with the deck's date, so a deck is reproducible byte
for byte.

XlsxWriter stamps the workbook python-pptx embeds for each chart with the current time. Through
public APIs only (``GraphicFrame.chart_part.chart_workbook``): the workbook's
``docProps/core.xml`` dates are rewritten and the package zipped again exactly as XlsxWriter
zips it in memory (every member dated 1980-01-01, deflated, in the same order), then put back
with ``update_from_xlsx_blob``. This replaced an override of python-pptx's private
``_workbook_writer`` / ``_open_worksheet``; the bytes are the same.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Optional

CORE = "docProps/core.xml"
_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)([^<]*)(</dcterms:)")
_XLSXWRITER_MEMBER_DATE = (1980, 1, 1, 0, 0, 0)


def stamp_created(chart_part, created: Optional[datetime]) -> None:
    """Date the chart's embedded workbook ``created`` (as XlsxWriter's ``set_properties``
    would); nothing when ``created`` is None or the chart has no embedded workbook."""
    if created is None:
        return
    workbook = chart_part.chart_workbook
    xlsx_part = workbook.xlsx_part
    if xlsx_part is None:
        return
    workbook.update_from_xlsx_blob(restamp(xlsx_part.blob, created))


def restamp(blob: bytes, created: datetime) -> bytes:
    """``blob`` (an XlsxWriter workbook) with its core properties dated ``created``."""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as source, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == CORE:
                data = _W3CDTF.sub(lambda m: m.group(1) + stamp + m.group(3), data)
            member = zipfile.ZipInfo(info.filename, _XLSXWRITER_MEMBER_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, data)
    return out.getvalue()
