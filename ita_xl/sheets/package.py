"""The zip package (OPC) of a workbook: parts, relationships, content types, free part names.

Reads the whole package into memory (masters are small) and writes it back entry by entry, keeping
each untouched entry's name, order, timestamp, attributes and compression method, so every part
we did not change has exactly the same bytes once decompressed.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set
from urllib.parse import unquote

from ita_xl import errors
from ita_xl.sheets import xmltext

REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships")
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
PKG_REL_NS = ("http://schemas.openxmlformats.org/package/2006/relationships",)
CT_NS = ("http://schemas.openxmlformats.org/package/2006/content-types",)
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


@dataclass
class Rel:
    id: str
    type: str
    target: str
    external: bool
    part: str  # resolved zip name ('' when external)

    @property
    def kind(self) -> str:
        """The relationship type's last path segment: worksheet, styles, drawing …"""
        return self.type.rstrip("/").rsplit("/", 1)[-1]


class Package:
    """All entries of one zip package, by name, with their original ZipInfo."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as zf:
                self.infos: List[zipfile.ZipInfo] = zf.infolist()
                self.data: Dict[str, bytes] = {i.filename: zf.read(i) for i in self.infos}
        except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile) as exc:
            raise errors.CorruptWorkbook(path=path, detail=str(exc)) from exc
        self._lower = {name.lower(): name for name in self.data}

    def name(self, part: str) -> Optional[str]:
        """The zip entry for ``part`` (part names compare case-insensitively), or None."""
        for candidate in (part, unquote(part)):
            found = self._lower.get(candidate.lower())
            if found is not None:
                return found
        return None

    def has(self, part: str) -> bool:
        return self.name(part) is not None

    def read(self, part: str) -> bytes:
        found = self.name(part)
        if found is None:
            raise errors.CorruptWorkbook(path=self.path, detail=f"missing part {part}")
        return self.data[found]

    def rels(self, source: str) -> List[Rel]:
        """Relationships of ``source`` ('' for the package itself), in file order."""
        name = self.name(rels_name(source))
        if name is None:
            return []
        return parse_rels(self.data[name], source)

    def content_types(self) -> xmltext.Node:
        return xmltext.parse(xmltext.decode(self.read("[Content_Types].xml"))[0], max_depth=2)

    def content_type(self, part: str) -> Optional[str]:
        types = self.content_types()
        for node in types.children:
            if node.local == "Override" and (node.attr("PartName") or "").lstrip("/").lower() == part.lower():
                return node.attr("ContentType")
        ext = part.rsplit(".", 1)[-1].lower()
        for node in types.children:
            if node.local == "Default" and (node.attr("Extension") or "").lower() == ext:
                return node.attr("ContentType")
        return None

    def reachable(self, starts: Iterable[str], blocked: Set[str] = frozenset()) -> Set[str]:
        """Every part reachable from ``starts`` through relationships, never entering ``blocked``."""
        seen: Set[str] = set()
        todo = [n for n in (self.name(s) for s in starts) if n is not None and n not in blocked]
        while todo:
            part = todo.pop()
            if part in seen:
                continue
            seen.add(part)
            for rel in self.rels(part):
                found = None if rel.external else self.name(rel.part)
                if found is not None and found not in blocked:
                    todo.append(found)
        return seen


def rels_name(source: str) -> str:
    folder, base = posixpath.split(source)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve(source: str, target: str) -> str:
    """The zip name a relationship target of ``source`` points at."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def relative(source: str, part: str) -> str:
    """A relationship target from ``source`` to ``part``, written the way Excel writes it."""
    return posixpath.relpath(part, posixpath.dirname(source) or ".")


def parse_rels(data: bytes, source: str) -> List[Rel]:
    root = xmltext.parse(xmltext.decode(data)[0], max_depth=2)
    rels = []
    for node in root.children:
        if node.local != "Relationship":
            continue
        target = node.attr("Target") or ""
        external = (node.attr("TargetMode") or "") == "External"
        rels.append(Rel(node.attr("Id") or "", node.attr("Type") or "", target, external,
                        "" if external else resolve(source, target)))
    return rels


def free_name(template: str, taken: Set[str]) -> str:
    """``template`` if free, else renumbered (sheet7.xml → sheetN.xml, smallest free N).

    ``taken`` holds the names in use, lower-case (part names compare case-insensitively).
    """
    if template.lower() not in taken:
        return template
    folder, base = posixpath.split(template)
    m = re.match(r"^(.*?)(\d*)(\.[^.]*)?$", base)
    stem, ext = m.group(1), m.group(3) or ""
    n = 1
    while True:
        candidate = posixpath.join(folder, f"{stem}{n}{ext}")
        if candidate.lower() not in taken:
            return candidate
        n += 1


def write_zip(dest: Path, entries: List[zipfile.ZipInfo], data: Dict[str, bytes]) -> None:
    """Write ``entries`` in order; each keeps its name, date, attributes and compression."""
    with zipfile.ZipFile(dest, "w", allowZip64=True) as zout:
        for info in entries:
            fresh = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            fresh.compress_type = info.compress_type
            fresh.external_attr = info.external_attr
            fresh.create_system = info.create_system
            fresh.comment = info.comment
            zout.writestr(fresh, data[info.filename])
