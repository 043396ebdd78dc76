"""XlsxWriter internals: chart fonts named for Thai as each chart writes its XML.

Public path: the saved workbook's chart parts are patched afterwards
(summary.charts.add_complex_script_fonts: every ``<a:latin typeface="TH Sarabun New"/>`` gets
``<a:ea>`` and ``<a:cs>`` beside it, one more pass over the zip). Fast path (XlsxWriter versions in
compat.TESTED): each chart's private ``_write_a_latin`` is wrapped to write the two elements as it
goes. Same bytes either way (tests/test_compat.py).
"""
from __future__ import annotations

from typing import Any, List

from ita_xl.compat import fast


def enabled() -> bool:
    """The fast path runs on the XlsxWriter versions it was tested on."""
    return fast("xlsxwriter")


def name_complex_script(workbook: Any, face: str) -> bool:
    """Have every chart of ``workbook`` follow each Latin ``face`` it writes with the same font as
    East Asian and complex-script typeface. False (nothing hooked) on the public path or when
    this XlsxWriter lacks the step: then the saved file must be patched."""
    charts = getattr(workbook, "charts", None)
    if not enabled() or charts is None:
        return False
    hooks = [(c, getattr(c, "_write_a_latin", None), getattr(c, "_xml_empty_tag", None))
             for c in charts]
    if any(latin is None or tag is None for _c, latin, tag in hooks):
        return False
    for chart, write_latin, write_tag in hooks:
        chart._write_a_latin = _following(write_latin, write_tag, [("typeface", face)])
    return True


def _following(write_latin: Any, write_tag: Any, face: List[Any]) -> Any:
    def write(attributes: List[Any]) -> None:
        write_latin(attributes)
        if attributes and tuple(attributes[0]) == face[0]:
            write_tag("a:ea", face)
            write_tag("a:cs", face)

    return write
