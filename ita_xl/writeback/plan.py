"""The splice as a pure plan: what each zip entry of the master becomes (kept / replaced / added /
removed) so that it holds the computed sheets; nothing is written here (apply.py writes a plan).

openpyxl's load-and-save drops what it does not model (sparklines, text boxes, form controls,
slicers, cached values …), so the master is never re-saved. Instead the computed sheets are built
as a package of their own (XlsxWriter) and their parts are merged into the master's zip:

* every master entry the splice does not touch is copied with the same name, order, date and
  compression, so its bytes are identical once decompressed;
* the previous run's computed sheets are recognised by their marker — a ``<sheetPr codeName>``
  starting with ``itaxl_`` and not ending in a digit (Excel gives a copied sheet a codeName with a
  number appended, so a staff copy of a computed sheet is never taken for one) — never by name.
  LibreOffice drops codeNames on save, so a sheet whose codeName does not start with ``itaxl_``
  is recognised by two hidden defined names the splice also writes (marks.py: one scoped to the
  sheet, one in the workbook pointing at it, which a copy never gets). Each is replaced where it
  stands, keeping its tab position, sheetId, relationship id and part name, so a rerun changes
  nothing else, and its marker names are rewritten (stale ones removed);
* a computed sheet whose name a staff sheet already uses gets `` (ita-xl)`` appended instead;
* workbook.xml, its rels, [Content_Types].xml and styles.xml are edited as text at positions an
  XML parser reports (xmltext), never re-serialised; styles are appended once and re-used on
  every later run; a part in a namespace or layout not known here is refused (UnknownLayout);
* docProps/app.xml (TitlesOfParts) is left as it is: Excel rewrites it on save and reads the sheet
  list from workbook.xml, so a stale title list does no harm.
"""
from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Set

from ita_xl.writeback import marks, sheet_transform as sheetxml, workbook_edit as wbe, xmltext
from ita_xl.writeback.marks import is_marked
from ita_xl.writeback.package import (WORKSHEET_CT, Package, Rel, UnknownLayout, free_name, relative,
                                     rels_name)
from ita_xl.writeback.styles_merge import merge_styles, parse_xml
from ita_xl.writeback.xmltext import XmlError

MARKER_PREFIX = "itaxl_"
UNSUPPORTED = {"table", "comments", "vmlDrawing", "pivotTable", "queryTable", "threadedComment",
               "ctrlProp", "control", "oleObject", "slicer", "timeline", "package"}
NEW_ENTRY_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass
class SpliceResult:
    """What the splice did, for messages and tests."""

    sheets: List[str] = field(default_factory=list)  # names of the spliced sheets, in tab order
    replaced: List[str] = field(default_factory=list)  # previous-run sheets replaced in place
    removed: List[str] = field(default_factory=list)  # previous-run sheets with no successor
    renamed: Dict[str, str] = field(default_factory=dict)  # wanted name -> name used
    written: List[str] = field(default_factory=list)  # zip entries written or rewritten
    dropped: List[str] = field(default_factory=list)  # zip entries no longer in the package
    backup: Optional[Path] = None  # set by write_back: the copy kept before replacing the master


KEEP, REPLACE, ADD, REMOVE = "keep", "replace", "add", "remove"


@dataclass
class Entry:
    """One zip entry of the result: its original ZipInfo (a fresh one when added) and fate."""

    info: zipfile.ZipInfo
    action: str  # KEEP: the master's bytes; REPLACE / ADD: ``data``; REMOVE: left out
    data: Optional[bytes] = None

    @property
    def name(self) -> str:
        return self.info.filename


@dataclass
class Plan:
    """Every entry of the master in order (removed ones too), then the added ones."""

    master: Package
    entries: List[Entry]
    result: SpliceResult

    def names(self, *actions: str) -> List[str]:
        return [e.name for e in self.entries if e.action in actions]

    def content(self, entry: Entry) -> bytes:
        """The entry's bytes in the result (a kept entry is inflated here: tests and checks only)."""
        return self.master.entry(entry.name) if entry.action == KEEP else (entry.data or b"")


def plan_splice(master: Package, computed: Package, marker: Optional[str] = MARKER_PREFIX) -> Plan:
    """What ``master`` becomes with ``computed``'s worksheets (marker None: added as staff sheets).

    Every worksheet of ``computed`` must carry ``<sheetPr codeName="<marker>…">`` (XlsxWriter:
    ``worksheet.set_vba_name("itaxl_comparison")``) unless ``marker`` is None.
    """
    return _Splice(master, computed, marker).plan()


class _Splice:
    def __init__(self, master: Package, computed: Package, marker: Optional[str]) -> None:
        self.m, self.c, self.marker = master, computed, marker
        self.mb, self.cb = wbe.Workbook(master), wbe.Workbook(computed)
        self.result = SpliceResult()
        self.new_data: Dict[str, bytes] = {}
        self.new_types: Dict[str, str] = {}
        self.drop: Set[str] = set()
        self._new_rids: Dict[int, str] = {}
        self._extra_rels: List[tuple] = []
        self._check_computed()
        self.codes = self._ours()
        self.old = list(self.codes)
        by_code = {}
        for s in self.old:
            by_code.setdefault(self.codes[s], s)
        self.pairs = {i: by_code.pop(s.code) for i, s in enumerate(self.cb.sheets) if s.code in by_code}
        self.gone = [s for s in self.old if s not in self.pairs.values()]

    def _check_computed(self) -> None:
        for sheet in self.cb.sheets:
            if sheet.kind != "worksheet":
                raise ValueError(f"{sheet.name}: only worksheets can be spliced, not {sheet.kind}")
            if self.marker is not None and not is_marked(sheet.code, self.marker):
                raise ValueError(f"{sheet.name}: codeName {sheet.code!r} lacks the marker "
                                 f"{self.marker!r} (or ends in a digit)")

    def _ours(self) -> Dict[wbe.Sheet, str]:
        """The master's computed sheets: by an ``itaxl_…`` codeName, else by the marker names."""
        if self.marker is None:
            return {}
        named = marks.marked_sheets(self.mb, self.marker)
        codes: Dict[wbe.Sheet, str] = {}
        for i, sheet in enumerate(self.mb.sheets):
            code = sheet.code if (sheet.code or "").startswith(self.marker) else named.get(i)
            if sheet.kind == "worksheet" and is_marked(code, self.marker):
                codes[sheet] = code
        return codes

    # -- plan -------------------------------------------------------------------------------
    def plan(self) -> Plan:
        names = self._names()
        index = self._index()
        self._plan_drop()
        parts = self._place_parts()
        roots = [parse_xml(self.c.read(sheet.part)) for sheet in self.cb.sheets]
        xf, dxf = self._styles(roots)
        strings = sheetxml.shared_strings(self._computed_part("sharedStrings"))
        active = wbe.active_tab(self.mb, index)
        for i, (sheet, root) in enumerate(zip(self.cb.sheets, roots)):
            target = parts[sheet.part]
            selected = self._position(i, index) == active
            self._put(target, sheetxml.transform(root, strings, xf, dxf, selected, self.result.renamed),
                      WORKSHEET_CT)
            self._copy_rels(sheet.part, target, parts)
        for src, target in parts.items():
            if src not in {s.part for s in self.cb.sheets}:
                self._put(target, self._sub_part(src), self.c.content_type(src) or "application/xml")
                self._copy_rels(src, target, parts)
        self._edit_workbook(names, index)
        self._edit_workbook_rels(parts)
        self._put_existing("[Content_Types].xml", wbe.edit_content_types(
            self.m.read("[Content_Types].xml"), sorted(self.drop), self.new_types))
        self.result.sheets = names
        self.result.replaced = [s.name for s in self.pairs.values()]
        self.result.removed = [s.name for s in self.gone]
        return self._entries()

    def _names(self) -> List[str]:
        taken = {s.name.casefold() for s in self.mb.sheets if s not in self.old}
        names = []
        for sheet in self.cb.sheets:
            name = wbe.unique_name(sheet.name, taken)
            taken.add(name.casefold())
            if name != sheet.name:
                self.result.renamed[sheet.name] = name
            names.append(name)
        return names

    def _index(self) -> Dict[int, Optional[int]]:
        index: Dict[int, Optional[int]] = {}
        n = 0
        for i, sheet in enumerate(self.mb.sheets):
            index[i] = None if sheet in self.gone else n
            n += sheet not in self.gone
        return index

    def _position(self, i: int, index: Dict[int, Optional[int]]) -> int:
        if i in self.pairs:
            return index[self.mb.sheets.index(self.pairs[i])]
        kept = sum(1 for v in index.values() if v is not None)
        return kept + [j for j in range(len(self.cb.sheets)) if j not in self.pairs].index(i)

    def _plan_drop(self) -> None:
        old_parts = {self.m.name(s.part) for s in self.old if self.m.has(s.part)}
        keep = self.m.reachable([r.part for r in self.m.rels("") if not r.external], blocked=old_parts)
        drop = self.m.reachable(old_parts) - keep
        if self._calc_chain_mentions_old():
            chain = next(r for r in self.mb.rels if r.kind == "calcChain")
            drop.add(self.m.name(chain.part))
        for part in list(drop):
            rels = self.m.name(rels_name(part))
            if rels is not None:
                drop.add(rels)
        self.drop = drop

    def _calc_chain_mentions_old(self) -> bool:
        """True when calcChain.xml may list cells of a replaced sheet (by sheetId or position).

        Its ``i`` is a sheetId by the standard but writers disagree, so both readings count; the
        chain is then dropped whole and Excel rebuilds it — it only caches calculation order.
        """
        chain = next((r for r in self.mb.rels if r.kind == "calcChain"), None)
        if not self.old or chain is None or not self.m.has(chain.part):
            return False
        ids = {str(s.sheet_id) for s in self.old}
        ids |= {str(self.mb.sheets.index(s) + 1) for s in self.old}
        root = xmltext.parse(xmltext.decode(self.m.read(chain.part))[0], max_depth=2,
                             part=self.m.name(chain.part) or chain.part)
        current = None
        for cell in root.children:
            current = cell.attr("i") or current
            if current in ids:
                return True
        return False

    def _place_parts(self) -> Dict[str, str]:
        """Zip names in the master for the computed sheets and every part they reach."""
        taken = {n.lower() for n in self.m.names} - {d.lower() for d in self.drop}
        sheet_dir = posixpath.join(posixpath.dirname(self.mb.part), "worksheets", "sheet1.xml")
        reused = {i: self.m.name(old.part) for i, old in self.pairs.items()}
        taken |= {t.lower() for t in reused.values()}  # a new sheet listed first must not take one
        parts: Dict[str, str] = {}
        for i, sheet in enumerate(self.cb.sheets):
            target = reused[i] if i in reused else free_name(sheet_dir, taken)
            taken.add(target.lower())
            parts[sheet.part] = target
        sheet_parts = [s.part for s in self.cb.sheets]
        for src in sorted(self.c.reachable(sheet_parts, blocked={self.cb.part}) - set(sheet_parts)):
            target = free_name(src, taken)
            taken.add(target.lower())
            parts[src] = target
        for src in parts:
            for rel in self.c.rels(src):
                if rel.kind in UNSUPPORTED:
                    raise ValueError(f"{src}: {rel.kind} parts are not supported in computed sheets")
        return parts

    # -- parts ------------------------------------------------------------------------------
    def _computed_part(self, kind: str) -> Optional[bytes]:
        rel = next((r for r in self.cb.rels if r.kind == kind), None)
        return self.c.read(rel.part) if rel is not None and self.c.has(rel.part) else None

    def _styles(self, roots: List[Any]):
        """Style indexes the computed sheets use (read before ``transform`` rewrites them)."""
        used_xf: Set[int] = set()
        used_dxf: Set[int] = set()
        for root in roots:
            xfs, dxfs = sheetxml.used_styles(root)
            used_xf |= xfs
            used_dxf |= dxfs
        computed = self._computed_part("styles")
        rel = next((r for r in self.mb.rels if r.kind == "styles"), None)
        if computed is None or not (used_xf - {0} or used_dxf):
            return {k: k for k in used_xf | {0}}, {k: k for k in used_dxf}
        if rel is None or not self.m.has(rel.part):
            return self._adopt_styles(computed, used_xf, used_dxf)
        try:
            merged = merge_styles(self.m.read(rel.part), computed, used_xf, used_dxf)
        except XmlError as exc:
            raise XmlError(str(exc), exc.part or self.m.name(rel.part) or rel.part) from None
        except UnknownLayout as exc:
            raise UnknownLayout(self.m.name(rel.part) or rel.part, exc.found) from None
        if merged.data is not None:
            self._put_existing(self.m.name(rel.part), merged.data)
        return merged.xf, merged.dxf

    def _adopt_styles(self, computed: bytes, used_xf: Set[int], used_dxf: Set[int]):
        """A master without styles.xml takes the computed one as it is (indexes unchanged)."""
        target = free_name(posixpath.join(posixpath.dirname(self.mb.part), "styles.xml"),
                           {n.lower() for n in self.m.names})
        self._put(target, computed, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        self._extra_rels = [("styles", target)]
        return {k: k for k in used_xf | {0}}, {k: k for k in used_dxf}

    def _sub_part(self, src: str) -> bytes:
        data = self.c.read(src)
        if self.result.renamed and src.endswith(".xml") and "/charts/" in src:
            text, enc = xmltext.decode(data)
            root = xmltext.parse(text, max_depth=64)
            edits = [(n.open_end, n.close_start, xmltext.escape_text(
                sheetxml.rename_refs(xmltext.unescape(text[n.open_end:n.close_start]), self.result.renamed)))
                for n in _walk(root) if n.local == "f" and not n.empty]
            data = xmltext.encode(xmltext.apply(text, edits), enc)
        return data

    def _copy_rels(self, src: str, target: str, parts: Dict[str, str]) -> None:
        rels = self.c.rels(src)
        if not rels:
            return
        moved = [Rel(r.id, r.type, r.target if r.external else relative(target, parts[r.part]),
                     r.external, "" if r.external else parts[r.part]) for r in rels]
        self._put(rels_name(target), wbe.new_rels(moved),
                  "application/vnd.openxmlformats-package.relationships+xml")

    def _put(self, name: str, data: bytes, ctype: str) -> None:
        self.new_data[name] = data
        self.new_types[name] = ctype

    def _put_existing(self, name: str, data: bytes) -> None:
        if data != self.m.entry(name):
            self.new_data[name] = data

    # -- workbook ---------------------------------------------------------------------------
    def _edit_workbook(self, names: List[str], index: Dict[int, Optional[int]]) -> None:
        book = self.mb
        edits: List[xmltext.Edit] = []
        for i, name in enumerate(names):
            old = self.pairs.get(i)
            if old is not None and old.name != name:
                edits.append(xmltext.set_attr(book.text, old.node, old.node.attr_qname("name"), name))
        for sheet in self.gone:
            edits.append(xmltext.remove(book.text, sheet.node))
        next_id = max([s.sheet_id for s in book.sheets], default=0) + 1
        entries = []
        taken_rids: List[str] = []
        for i, name in enumerate(names):
            if i in self.pairs:
                continue
            rid = wbe.free_rid(book.rels, taken_rids)
            taken_rids.append(rid)
            self._new_rids[i] = rid
            entries.append(wbe.sheet_entry(book, name, next_id, rid))
            next_id += 1
        edits += wbe.add_sheets(book, entries)
        positions = {i: self._position(i, index) for i in range(len(names))}
        name_edits, replaced, appended = wbe.local_names(book, self.cb, positions,
                                                         self.result.renamed, index)
        if self.marker is not None:
            wanted = [(s.code[len(self.marker):], names[i], positions[i])
                      for i, s in enumerate(self.cb.sheets)]
            mark_edits, handled, marked = marks.marker_edits(book, self.marker, wanted, index)
            name_edits, replaced, appended = name_edits + mark_edits, replaced | handled, appended + marked
        count = sum(1 for v in index.values() if v is not None) + len(entries)
        edits += name_edits + wbe.append_names(book, appended) + wbe.reindex(book, index, count, replaced)
        if edits:
            data = xmltext.encode(xmltext.apply(book.text, edits), book.encoding)
            self._put_existing(book.part, data)

    def _edit_workbook_rels(self, parts: Dict[str, str]) -> None:
        book = self.mb
        remove = [s.rid for s in self.gone]
        remove += [r.id for r in book.rels if not r.external and self.m.name(r.part) in self.drop
                   and r.kind != "worksheet"]
        sheet_type = next((s.rel.type for s in book.sheets if s.kind == "worksheet"),
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")
        add = [Rel(self._new_rids[i], sheet_type, relative(book.part, parts[s.part]), False, parts[s.part])
               for i, s in enumerate(self.cb.sheets) if i in self._new_rids]
        for kind, target in self._extra_rels:
            rid = wbe.free_rid(book.rels, [r.id for r in add])
            add.append(Rel(rid, sheet_type.rsplit("/", 1)[0] + "/" + kind, relative(book.part, target),
                           False, target))
        if remove or add:
            name = self.m.name(rels_name(book.part))
            self._put_existing(name, wbe.edit_rels(self.m.read(name), remove, add, name))

    def _entries(self) -> Plan:
        entries: List[Entry] = []
        for info in self.m.infos:
            name = info.filename
            if name in self.new_data:
                entries.append(Entry(info, REPLACE, self.new_data[name]))
            elif name in self.drop:
                entries.append(Entry(info, REMOVE))
            else:
                entries.append(Entry(info, KEEP))
        placed = {info.filename for info in self.m.infos}
        for name, content in self.new_data.items():
            if name not in placed:
                info = zipfile.ZipInfo(name, date_time=NEW_ENTRY_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                entries.append(Entry(info, ADD, content))
        plan = Plan(self.m, entries, self.result)
        self.result.written = sorted(plan.names(REPLACE, ADD))
        self.result.dropped = plan.names(REMOVE)
        return plan


def _walk(node: xmltext.Node):
    yield node
    for child in node.children:
        yield from _walk(child)
