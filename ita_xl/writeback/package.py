"""The zip package (OPC) of a workbook: parts, relationships, content types, free part names.

Reads the whole package into memory (masters are small); relationship and content-type parts are
read with the expat-based locator of xmltext (a real XML parser).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set
from urllib.parse import unquote

from ita_xl import errors
from ita_xl.writeback import xmltext

REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships")
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
PKG_REL_NS = ("http://schemas.openxmlformats.org/package/2006/relationships",)
CT_NS = ("http://schemas.openxmlformats.org/package/2006/content-types",)
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


class UnknownLayout(ValueError):
    """A part is in a namespace or layout the write-back does not know: refused, never guessed."""

    def __init__(self, part: str, found: str) -> None:
        super().__init__(f"{part}: unknown namespace or layout ({found})")
        self.part, self.found = part, found


def expect_root(root: xmltext.Node, part: str, local: str, nss) -> None:
    """Refuse ``part`` unless its root element is ``local`` in one of the namespaces ``nss``."""
    if not root.is_(local, nss):
        raise UnknownLayout(part, f"{{{root.ns}}}{root.local}" if root.ns else root.local)


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
    """The entries of one zip package, by name, with their original ZipInfo.

    A part is inflated only when asked for (:meth:`read`, or its first bytes with :meth:`head`):
    a sheet the splice does not edit is never read, it is copied raw by apply.py.
    """

    HEAD = 64 * 1024  # sheetPr, the first child of a worksheet, sits well within this

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._zip = zipfile.ZipFile(self.path)
            self.infos: List[zipfile.ZipInfo] = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile) as exc:
            raise _damaged(self.path, exc) from exc
        self.names = [i.filename for i in self.infos]
        self._lower = {name.lower(): name for name in self.names}
        self._cache: Dict[str, bytes] = {}
        self._types: Optional[xmltext.Node] = None

    def close(self) -> None:
        self._zip.close()

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
            raise errors.CorruptWorkbook(path=self.path, detail=f"missing part {part}",
                                         detail_en=f"the part {part} is missing")
        return self.entry(found)

    def entry(self, name: str) -> bytes:
        """The bytes of the zip entry ``name`` (inflated once, then kept)."""
        if name not in self._cache:
            try:
                self._cache[name] = self._zip.read(name)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                raise _damaged(self.path, exc) from exc
        return self._cache[name]

    def head(self, part: str, size: int = HEAD) -> bytes:
        """The first ``size`` bytes of ``part`` (the rest is never inflated)."""
        found = self.name(part)
        if found is None:
            return b""
        if found in self._cache:
            return self._cache[found][:size]
        try:
            with self._zip.open(found) as fh:
                return fh.read(size)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise _damaged(self.path, exc) from exc

    def rels(self, source: str) -> List[Rel]:
        """Relationships of ``source`` ('' for the package itself), in file order."""
        name = self.name(rels_name(source))
        if name is None:
            return []
        return parse_rels(self.entry(name), source, name)

    def content_types(self) -> xmltext.Node:
        if self._types is None:
            self._types = xmltext.parse(xmltext.decode(self.read("[Content_Types].xml"))[0], max_depth=2,
                                        part="[Content_Types].xml")
            expect_root(self._types, "[Content_Types].xml", "Types", CT_NS)
        return self._types

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


def _damaged(path: Path, exc: BaseException) -> errors.CorruptWorkbook:
    msg = str(exc) or type(exc).__name__
    return errors.CorruptWorkbook(path=path, detail=f"zip: {msg}", detail_en=f"zip: {msg}")


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


def parse_rels(data: bytes, source: str, part: str = "") -> List[Rel]:
    root = xmltext.parse(xmltext.decode(data)[0], max_depth=2, part=part or rels_name(source))
    expect_root(root, part or rels_name(source), "Relationships", PKG_REL_NS)
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
