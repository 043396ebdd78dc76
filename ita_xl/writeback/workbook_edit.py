"""Targeted text edits of a workbook's workbook.xml, its rels and [Content_Types].xml.

Each function returns edits (or new text) that touch only the pieces they are about — a ``<sheet>``
entry, a ``<Relationship>``, an ``<Override>``, a ``localSheetId`` — so everything else in these
parts keeps its bytes whichever program wrote them and whatever prefixes it chose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Set, Tuple

from ita_xl import errors
from ita_xl.writeback import xmltext
from ita_xl.writeback.package import (CT_NS, MAIN_NS, PKG_REL_NS, REL_NS, Package, Rel, UnknownLayout,
                                     expect_root)
from ita_xl.writeback.sheet_transform import code_name, rename_refs

RENAME_SUFFIX = " (ita-xl)"
MAX_SHEET_NAME = 31
WORKBOOK_ORDER = [
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
    "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize",
    "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
    "fileRecoveryPr", "webPublishObjects", "extLst",
]


@dataclass(eq=False)
class Sheet:
    """One ``<sheet>`` entry of a workbook and the part it points at."""

    name: str
    sheet_id: int
    rid: str
    rel: Optional[Rel]
    node: xmltext.Node
    code: Optional[str] = None

    @property
    def part(self) -> str:
        return self.rel.part if self.rel is not None else ""

    @property
    def kind(self) -> str:
        return self.rel.kind if self.rel is not None else ""


class Workbook:
    """The workbook part of a package: its text, element tree, relationships and sheets."""

    def __init__(self, pkg: Package) -> None:
        office = next((r for r in pkg.rels("") if r.kind == "officeDocument"), None)
        if office is None or not pkg.has(office.part):
            raise errors.CorruptWorkbook(path=pkg.path, detail="no workbook part")
        self.part = pkg.name(office.part) or office.part
        self.text, self.encoding = xmltext.decode(pkg.read(self.part))
        self.root = xmltext.parse(self.text, max_depth=3, part=self.part)
        expect_root(self.root, self.part, "workbook", MAIN_NS[:1])  # Strict or beta: never guessed
        if len(self.root.findall("sheets", MAIN_NS)) > 1:
            raise UnknownLayout(self.part, "more than one <sheets>")
        self.rels = pkg.rels(self.part)
        by_id = {r.id: r for r in self.rels}
        self.sheets_node = self.root.find("sheets", MAIN_NS)
        self.sheets: List[Sheet] = []
        for node in self.sheets_node.findall("sheet", MAIN_NS) if self.sheets_node is not None else []:
            rid = next((v for v in (node.attr("id", ns) for ns in REL_NS) if v), "")
            self.sheets.append(Sheet(node.attr("name") or "", int(node.attr("sheetId") or 0), rid,
                                     by_id.get(rid), node))
        for sheet in self.sheets:
            if sheet.kind == "worksheet" and pkg.has(sheet.part):
                sheet.code = code_name(pkg.head(sheet.part))

    @property
    def rel_ns(self) -> str:
        for sheet in self.sheets:
            for ns in REL_NS:
                if sheet.node.attr("id", ns):
                    return ns
        return REL_NS[0]

    def defined_names(self) -> List[xmltext.Node]:
        names = self.root.find("definedNames", MAIN_NS)
        return names.findall("definedName", MAIN_NS) if names is not None else []

    def inner(self, node: xmltext.Node) -> str:
        return "" if node.empty else self.text[node.open_end:node.close_start]


def sheet_entry(book: Workbook, name: str, sheet_id: int, rid: str) -> str:
    """A new ``<sheet>`` element written with the prefixes the workbook already uses."""
    anchor = book.sheets_node if book.sheets_node is not None else book.root
    tag = xmltext.qualify(anchor.prefix, "sheet")
    rel_ns = book.rel_ns
    rprefix = anchor.prefix_for(rel_ns)
    decl = ""
    if not rprefix:
        rprefix, decl = "r", f' xmlns:r="{rel_ns}"'
    return (f'<{tag} name="{xmltext.escape_attr(name)}" sheetId="{sheet_id}" '
            f'{rprefix}:id="{rid}"{decl}/>')


def add_sheets(book: Workbook, entries: List[str]) -> List[xmltext.Edit]:
    if not entries:
        return []
    if book.sheets_node is None:
        tag = xmltext.qualify(book.root.prefix, "sheets")
        return [xmltext.insert_in_order(book.root, "sheets", MAIN_NS, WORKBOOK_ORDER,
                                        f"<{tag}>{''.join(entries)}</{tag}>")]
    return xmltext.append_children(book.text, book.sheets_node, "".join(entries))


def reindex(book: Workbook, index: Dict[int, Optional[int]], count: int,
            skip: Set[int] = frozenset()) -> List[xmltext.Edit]:
    """Follow sheets moving from old position to ``index[old]`` (None = removed).

    Local defined names of removed sheets go; other ``localSheetId`` and the window's
    ``activeTab`` / ``firstSheet`` follow their sheet. Names starting at ``skip`` are left alone
    (they are being replaced whole).
    """
    edits: List[xmltext.Edit] = []
    if all(index.get(i) == i for i in range(len(book.sheets))):
        return edits
    for node in book.defined_names():
        if node.start in skip:
            continue
        local = node.attr("localSheetId")
        if local is None or not local.isdigit() or int(local) not in index:
            continue
        new = index[int(local)]
        if new is None:
            edits.append(xmltext.remove(book.text, node))
        elif new != int(local):
            edits.append(xmltext.set_attr(book.text, node, node.attr_qname("localSheetId"), str(new)))
    views = book.root.find("bookViews", MAIN_NS)
    for view in views.findall("workbookView", MAIN_NS) if views is not None else []:
        for attr in ("activeTab", "firstSheet"):
            value = view.attr(attr)
            if value is None or not value.isdigit():
                continue
            old = int(value)
            new = index.get(old)
            if new is None:
                new = min(sum(1 for i in range(old) if index.get(i) is not None), max(count - 1, 0))
            if new != old:
                edits.append(xmltext.set_attr(book.text, view, view.attr_qname(attr), str(new)))
    return edits


def active_tab(book: Workbook, index: Dict[int, Optional[int]]) -> int:
    views = book.root.find("bookViews", MAIN_NS)
    view = views.find("workbookView", MAIN_NS) if views is not None else None
    value = view.attr("activeTab") if view is not None else None
    old = int(value) if value and value.isdigit() else 0
    new = index.get(old)
    return new if new is not None else old


def local_names(book: Workbook, source: Workbook, positions: Dict[int, int],
                renames: Dict[str, str], index: Dict[int, Optional[int]]
                ) -> Tuple[List[xmltext.Edit], Set[int], List[str]]:
    """Copy ``source``'s sheet-local defined names (print titles, filters) to their new sheets.

    ``positions`` maps a source sheet index to its index in ``book`` after the splice, ``index``
    the book's own sheets from old to new position. A master name with the same name and sheet
    is replaced where it stands (so a rerun leaves workbook.xml as it was). Returns the edits,
    the starts of the names replaced, and the new ``<definedName>`` elements for
    :func:`append_names`.
    """
    existing: Dict[Tuple[str, str], xmltext.Node] = {}
    for node in book.defined_names():
        local = node.attr("localSheetId")
        if local is None or not local.isdigit() or index.get(int(local)) is None:
            continue
        key = ((node.attr("name") or "").casefold(), str(index[int(local)]))
        existing.setdefault(key, node)
    replaced: Set[int] = set()
    tag = name_tag(book)
    edits: List[xmltext.Edit] = []
    appended: List[str] = []
    for node in source.defined_names():
        local = node.attr("localSheetId")
        if local is None or not local.isdigit() or int(local) not in positions:
            continue
        attrs = "".join(f' {k}="{xmltext.escape_attr(str(positions[int(local)]) if k == "localSheetId" else v)}"'
                        for k, v in node.attrs.items() if not k.startswith("xmlns"))
        value = rename_refs(xmltext.unescape(source.inner(node)), renames)
        element = f"<{tag}{attrs}>{xmltext.escape_text(value)}</{tag}>"
        twin = existing.get(((node.attr("name") or "").casefold(), str(positions[int(local)])))
        if twin is None:
            appended.append(element)
        elif book.text[twin.start:twin.end] != element:
            edits.append((twin.start, twin.end, element))
            replaced.add(twin.start)
        else:
            replaced.add(twin.start)
    return edits, replaced, appended


def name_tag(book: Workbook) -> str:
    """``definedName`` with the prefix the workbook's ``<definedNames>`` (or root) uses."""
    holder = book.root.find("definedNames", MAIN_NS)
    return xmltext.qualify((holder if holder is not None else book.root).prefix, "definedName")


def append_names(book: Workbook, elements: List[str]) -> List[xmltext.Edit]:
    """Append ``<definedName>`` elements, creating ``<definedNames>`` where the schema wants it."""
    if not elements:
        return []
    holder = book.root.find("definedNames", MAIN_NS)
    if holder is not None:
        return xmltext.append_children(book.text, holder, "".join(elements))
    tag = xmltext.qualify(book.root.prefix, "definedNames")
    return [xmltext.insert_in_order(book.root, "definedNames", MAIN_NS, WORKBOOK_ORDER,
                                    f"<{tag}>{''.join(elements)}</{tag}>")]


def edit_rels(data: bytes, remove_ids: List[str], add: List[Rel], part: str = "") -> bytes:
    """A rels part with the relationships ``remove_ids`` gone and ``add`` appended."""
    text, encoding = xmltext.decode(data)
    root = xmltext.parse(text, max_depth=2, part=part)
    expect_root(root, part, "Relationships", PKG_REL_NS)
    edits = [xmltext.remove(text, n) for n in root.children
             if n.local == "Relationship" and n.attr("Id") in remove_ids]
    tag = xmltext.qualify(root.prefix, "Relationship")
    xml = "".join(_rel_xml(tag, r) for r in add)
    if xml:
        edits.extend(xmltext.append_children(text, root, xml))
    return xmltext.encode(xmltext.apply(text, edits), encoding)


def new_rels(rels: List[Rel]) -> bytes:
    """A rels part the tool writes from scratch."""
    body = "".join(_rel_xml("Relationship", r) for r in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG_REL_NS[0]}">{body}</Relationships>').encode("utf-8")


def _rel_xml(tag: str, rel: Rel) -> str:
    mode = ' TargetMode="External"' if rel.external else ""
    return (f'<{tag} Id="{xmltext.escape_attr(rel.id)}" Type="{xmltext.escape_attr(rel.type)}" '
            f'Target="{xmltext.escape_attr(rel.target)}"{mode}/>')


def free_rid(rels: List[Rel], taken: List[str]) -> str:
    used = {r.id for r in rels} | set(taken)
    numbers = [int(m.group(1)) for m in (re.fullmatch(r"rId(\d+)", i) for i in used) if m]
    n = max(numbers, default=0) + 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


def edit_content_types(data: bytes, drop: List[str], new: Dict[str, str]) -> bytes:
    """[Content_Types].xml without Overrides for ``drop`` and with one for each ``new`` part.

    ``new`` maps a zip name to its content type; a part whose extension's Default already gives
    that type needs no Override. An existing Override for a reused part name is kept or updated.
    """
    text, encoding = xmltext.decode(data)
    root = xmltext.parse(text, max_depth=2, part="[Content_Types].xml")
    expect_root(root, "[Content_Types].xml", "Types", CT_NS)
    overrides = {(n.attr("PartName") or "").lstrip("/").lower(): n
                 for n in root.children if n.local == "Override" and n.ns in CT_NS}
    defaults = {(n.attr("Extension") or "").lower(): n.attr("ContentType")
                for n in root.children if n.local == "Default" and n.ns in CT_NS}
    new_lower = {k.lower(): v for k, v in new.items()}
    edits: List[xmltext.Edit] = []
    for name in drop:
        node = overrides.get(name.lower())
        if node is not None and name.lower() not in new_lower:
            edits.append(xmltext.remove(text, node))
    tag = xmltext.qualify(root.prefix, "Override")
    added = []
    for name, ctype in new.items():
        node = overrides.get(name.lower())
        if node is not None:
            if node.attr("ContentType") != ctype:
                edits.append(xmltext.set_attr(text, node, node.attr_qname("ContentType"), ctype))
            continue
        if defaults.get(name.rsplit(".", 1)[-1].lower()) == ctype:
            continue
        added.append(f'<{tag} PartName="/{xmltext.escape_attr(name)}" '
                     f'ContentType="{xmltext.escape_attr(ctype)}"/>')
    if added:
        edits.extend(xmltext.append_children(text, root, "".join(added)))
    return xmltext.encode(xmltext.apply(text, edits), encoding)


def unique_name(name: str, taken: Set[str]) -> str:
    """``name``, or ``name (ita-xl)`` (then ``(ita-xl 2)`` …) cut to Excel's 31 characters."""
    if name.casefold() not in taken:
        return name
    n = 1
    while True:
        suffix = RENAME_SUFFIX if n == 1 else f"{RENAME_SUFFIX[:-1]} {n})"
        candidate = name[:MAX_SHEET_NAME - len(suffix)] + suffix
        if candidate.casefold() not in taken:
            return candidate
        n += 1
