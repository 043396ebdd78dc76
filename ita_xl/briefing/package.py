"""The saved file: every part as python-pptx would write it, each zip member stamped.

python-pptx builds the relationship and content-type items as lxml trees, one element at a time,
and a long deck has hundreds of them; here they are written as the text lxml would serialize
(anything unusual is left to python-pptx) — from python-pptx internals, so behind the version
gate in ita_xl.compat.pptx; tests/test_compat.py holds it against python-pptx's own save.
(Deflating the members on a second thread saved under 10 % of a run and was dropped.)
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Iterable, List, Optional, Tuple

from ita_xl.briefing.deferred import Deferred

_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_PLAIN = re.compile(r"[A-Za-z0-9._~:/?#@!$()*+,;=%-]*\Z")  # nothing lxml would escape


def save(prs, when: datetime, deferred: Optional[Deferred] = None) -> bytes:
    """The package as python-pptx would save it, each member stamped ``when`` (same input, same
    bytes), compressed once, ``deferred`` fragments in place."""
    from ita_xl.compat import pptx as compat_pptx

    members = compat_pptx.package_members(prs, deferred) if compat_pptx.enabled() else None
    if members is None:  # the public path: python-pptx saves, then every member is restamped
        if deferred is not None:
            compat_pptx.materialize(prs, deferred)
        buffer = io.BytesIO()
        prs.save(buffer)
        return restamp(buffer.getvalue(), when)
    date_time = _date_time(when)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for name, data in members:
            dest.writestr(_member(name, date_time), data)
    return out.getvalue()


def rels_xml(rels) -> bytes:
    """A part's ``.rels`` as python-pptx serializes it (in rId number order, ``TargetMode`` only
    for external targets)."""
    ordered = sorted((int(r[3:]) if r.startswith("rId") and r[3:].isdigit() else 0, r)
                     for r in rels.keys())
    items = []
    for _n, r_id in ordered:
        rel = rels[r_id]
        attrs = [("Id", r_id), ("Type", rel.reltype), ("Target", rel.target_ref)]
        if rel.is_external:
            attrs.append(("TargetMode", "External"))
        items.append(("Relationship", attrs))
    return _items_xml("Relationships", _RELS_NS, items) or rels.xml


def content_types_xml(defaults, overrides) -> Optional[bytes]:
    """``[Content_Types].xml`` as python-pptx serializes it: defaults by extension, then
    overrides by part name; None when python-pptx must write it."""
    items = [("Default", [("Extension", ext), ("ContentType", ct)])
             for ext, ct in sorted(defaults.items())]
    items += [("Override", [("PartName", name), ("ContentType", ct)])
              for name, ct in sorted(overrides.items())]
    return _items_xml("Types", _TYPES_NS, items)


def _items_xml(root: str, namespace: str, items: List[Tuple[str, List[Tuple[str, str]]]],
               ) -> Optional[bytes]:
    """``<root xmlns=…><tag a="…"/>…</root>`` with its declaration, as lxml writes it; None if
    empty or a value needs escaping (then the caller's lxml version writes it)."""
    out = [f'{_DECLARATION}<{root} xmlns="{namespace}">']
    for tag, attrs in items:
        if not all(_PLAIN.match(value) for _name, value in attrs):
            return None
        out.append("<" + tag + "".join(f' {name}="{value}"' for name, value in attrs) + "/>")
    if len(out) == 1:
        return None
    out.append(f"</{root}>")
    return "".join(out).encode("utf-8")


def restamp(data: bytes, when: datetime) -> bytes:
    """Rewrite a zip with every member stamped ``when``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    date_time = _date_time(when)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in src.infolist():
            dest.writestr(_member(info.filename, date_time), src.read(info.filename))
    return out.getvalue()


def _date_time(when: datetime) -> Tuple[int, ...]:
    return max(when, datetime(1980, 1, 1)).timetuple()[:6]  # a zip holds no earlier date


def _member(name: str, date_time: Iterable[int]) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, date_time=tuple(date_time))
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    return member
