"""Check a spliced package before it may replace the master: is it a sound workbook?

Independent of how the splice edited the parts: the written zip is reopened and its parts parsed
with lxml (no DTD, no entities). Checked: the zip and the parts the splice wrote (CRC,
well-formed XML), one ``<sheets>``, unique sheet names and ids, every sheet's relationship and
every internal relationship target present, a content type for every part and no content type
for a part that is gone, defined names scoped
to existing sheets, cell formats of written sheets that exist in styles.xml.

A problem the master already had (a dangling relationship some program left) is not the splice's
doing and is not held against the result: only new problems count (:func:`new_problems`).
"""
from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple
from urllib.parse import unquote

from lxml import etree

from ita_xl.writeback.package import CT_NS, MAIN_NS, PKG_REL_NS, REL_NS, resolve

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False)
MAIN = "{%s}" % MAIN_NS[0]
MAX_SHEET_NAME = 31
_BAD_NAME_CHARS = set('[]:*?/\\')


@dataclass(frozen=True)
class Problem:
    """One reason the package is not sound: a catalogue key (``verify.*``) and its values."""

    key: str
    params: Tuple[Tuple[str, str], ...] = ()

    def values(self) -> Dict[str, str]:
        return dict(self.params)


def _p(key: str, **params: object) -> Problem:
    return Problem(key, tuple(sorted((k, str(v)) for k, v in params.items())))


def new_problems(result: Path, master: Path, written: Iterable[str]) -> List[Problem]:
    """Problems of ``result`` that ``master`` did not already have (``written``: entries the
    splice wrote, checked in full)."""
    found = problems(result, written)
    if not found:
        return []
    before = set(problems(master, ()))
    return [p for p in found if p not in before]


def problems(path: Path, written: Iterable[str]) -> List[Problem]:
    """Everything unsound in the package at ``path``; ``written`` entries are also CRC-checked
    and, when XML, parsed whole."""
    try:
        with zipfile.ZipFile(path) as zf:
            return _Check(zf, set(written)).run()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        return [_p("verify.zip", msg=exc)]


class _Check:
    def __init__(self, zf: zipfile.ZipFile, written: Set[str]) -> None:
        self.zf = zf
        self.written = written
        self.names = [i.filename for i in zf.infolist()]
        self.lower = {n.lower(): n for n in self.names}
        self.found: List[Problem] = []
        self.trees: Dict[str, Optional[etree._Element]] = {}

    def run(self) -> List[Problem]:
        seen: Set[str] = set()
        for name in self.names:
            if name.lower() in seen:
                self.found.append(_p("verify.twice", part=name))
            seen.add(name.lower())
        for name in sorted(self.written):
            self._read_written(name)
        self._content_types()
        for name in self.names:
            if name.lower().endswith(".rels"):
                self._rels(name)
        self._workbook()
        return self.found

    # -- reading ------------------------------------------------------------------------------
    def _has(self, part: str) -> Optional[str]:
        for candidate in (part, unquote(part)):
            found = self.lower.get(candidate.lower())
            if found is not None:
                return found
        return None

    def _tree(self, name: str) -> Optional[etree._Element]:
        """The parsed part, or None (and a problem) when it is not well-formed XML."""
        if name not in self.trees:
            try:
                root = etree.fromstring(self.zf.read(name), _PARSER)
                if root.getroottree().docinfo.internalDTD is not None:
                    raise etree.XMLSyntaxError("DOCTYPE", None, 0, 0)
                self.trees[name] = root
            except (etree.XMLSyntaxError, ValueError):
                self.trees[name] = None
                self.found.append(_p("verify.not-xml", part=name))
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
                self.trees[name] = None
                self.found.append(_p("verify.zip", msg=exc))
        return self.trees[name]

    def _read_written(self, name: str) -> None:
        if name not in self.lower.values():
            return
        low = name.lower()
        if low.endswith((".xml", ".rels", ".vml")):
            self._tree(name)
            return
        try:
            self.zf.read(name)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            self.found.append(_p("verify.zip", msg=exc))

    def _root_is(self, name: str, root: etree._Element, local: str, nss: Iterable[str]) -> bool:
        q = etree.QName(root)
        if q.localname == local and q.namespace in tuple(nss):
            return True
        self.found.append(_p("verify.root", part=name, found=root.tag))
        return False

    # -- checks -------------------------------------------------------------------------------
    def _content_types(self) -> None:
        name = self._has("[Content_Types].xml")
        root = self._tree(name) if name else None
        if root is None:
            if name is None:
                self.found.append(_p("verify.no-type", part="[Content_Types].xml"))
            return
        if not self._root_is(name, root, "Types", CT_NS):
            return
        defaults, overrides = set(), set()
        for el in root:
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            if local == "Default":
                defaults.add((el.get("Extension") or "").lower())
            elif local == "Override":
                overrides.add(unquote(el.get("PartName") or "").lstrip("/").lower())
        for part in sorted(overrides):
            if self._has(part) is None:
                self.found.append(_p("verify.stale-type", part=part))
        for part in self.names:
            if part.endswith("/") or part == name:
                continue
            ext = part.rsplit(".", 1)[-1].lower() if "." in posixpath.basename(part) else ""
            if part.lower() not in overrides and ext not in defaults:
                self.found.append(_p("verify.no-type", part=part))

    def _rels(self, name: str) -> None:
        root = self._tree(name)
        if root is None or not self._root_is(name, root, "Relationships", PKG_REL_NS):
            return
        source = _source_of(name)
        for rel in root:
            if not isinstance(rel.tag, str) or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            if not target or target.startswith("#"):
                continue
            part = resolve(source, target.split("#", 1)[0])
            if not self._has(part):
                self.found.append(_p("verify.no-target", part=name, target=part))

    def _workbook(self) -> None:
        rels = self._rels_of("")
        office = next((t for kind, t in rels.values() if kind == "officeDocument"), None)
        part = self._has(office) if office else None
        if part is None:
            self.found.append(_p("verify.no-workbook"))
            return
        root = self._tree(part)
        if root is None or not self._root_is(part, root, "workbook", MAIN_NS[:1]):
            return
        holders = root.findall(MAIN + "sheets")
        if len(holders) != 1:
            self.found.append(_p("verify.sheets", count=len(holders)))
            return
        book_rels = self._rels_of(part)
        names: Set[str] = set()
        ids: Set[str] = set()
        rids: Set[str] = set()
        sheets = holders[0].findall(MAIN + "sheet")
        for sheet in sheets:
            name = sheet.get("name") or ""
            if not name or len(name) > MAX_SHEET_NAME or name.casefold() in names \
                    or set(name) & _BAD_NAME_CHARS or name[0] == "'" or name[-1] == "'":
                self.found.append(_p("verify.sheet-name", name=name))
            names.add(name.casefold())
            sid = sheet.get("sheetId") or ""
            if not sid.isdigit() or sid in ids:
                self.found.append(_p("verify.sheet-id", id=sid))
            ids.add(sid)
            rid = next((sheet.get(f"{{{ns}}}id") for ns in REL_NS if sheet.get(f"{{{ns}}}id")), "")
            target = book_rels.get(rid)
            if not rid or rid in rids or target is None or self._has(target[1]) is None:
                self.found.append(_p("verify.sheet-rel", name=name, rid=rid))
            else:
                self._styles_used(target[1], book_rels)
            rids.add(rid)
        holder = root.find(MAIN + "definedNames")
        for dn in holder.findall(MAIN + "definedName") if holder is not None else []:
            local = dn.get("localSheetId")
            if local is not None and (not local.isdigit() or int(local) >= len(sheets)):
                self.found.append(_p("verify.local-name", name=dn.get("name"), index=local))

    def _styles_used(self, sheet: str, book_rels: Dict[str, Tuple[str, str]]) -> None:
        """A written worksheet's cell formats must exist in styles.xml."""
        name = self._has(sheet)
        if name not in self.written or not name.lower().endswith(".xml"):
            return
        styles = next((t for kind, t in book_rels.values() if kind == "styles"), None)
        styles_root = self._tree(self._has(styles)) if styles and self._has(styles) else None
        root = self._tree(name)
        if root is None:
            return
        count = 0
        if styles_root is not None:
            xfs = styles_root.find(MAIN + "cellXfs")
            count = len(xfs.findall(MAIN + "xf")) if xfs is not None else 0
        top = -1
        for el in root.iter(MAIN + "c", MAIN + "row"):
            s = el.get("s")
            if s is not None and s.isdigit():
                top = max(top, int(s))
        if top >= max(count, 1):
            self.found.append(_p("verify.style", part=name, index=top))

    def _rels_of(self, source: str) -> Dict[str, Tuple[str, str]]:
        """{rId: (kind, resolved target)} of ``source``'s internal relationships."""
        folder, base = posixpath.split(source)
        name = self._has(posixpath.join(folder, "_rels", base + ".rels"))
        root = self._tree(name) if name else None
        out: Dict[str, Tuple[str, str]] = {}
        for rel in root if root is not None else []:
            if isinstance(rel.tag, str) and rel.get("TargetMode") != "External":
                kind = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
                out[rel.get("Id") or ""] = (kind, resolve(source, rel.get("Target") or ""))
        return out


def _source_of(rels: str) -> str:
    """The part a rels part belongs to: ``xl/_rels/workbook.xml.rels`` → ``xl/workbook.xml``."""
    folder, base = posixpath.split(rels)
    parent = posixpath.dirname(folder)
    return posixpath.join(parent, base[:-len(".rels")]) if base.lower().endswith(".rels") else rels
