"""Append the computed sheets' cell formats and conditional-format styles to the master's styles.

The computed package's cellXfs (with the fonts, fills, borders and custom number formats they use)
and dxfs are looked up in the master's styles.xml by a canonical form — element names, sorted
attributes and children, whatever prefixes or attribute order the writer used — and appended only
when missing, so a second run finds everything the first one added and changes nothing. The master's
styles.xml is edited as text: existing bytes stay as they were; new entries go before each
collection's closing tag and the collection's ``count`` is kept right.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from lxml import etree

from ita_xl.writeback import xmltext
from ita_xl.writeback.package import MAIN_NS, UnknownLayout

Canon = Tuple[str, Tuple[Tuple[str, str], ...], Optional[str], tuple]

ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
         "tableStyles", "colors", "extLst"]
FIRST_CUSTOM_NUMFMT = 164
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


@dataclass
class StyleMerge:
    """The master's new styles.xml (None when unchanged) and the index maps for the sheets."""

    data: Optional[bytes]
    xf: Dict[int, int] = field(default_factory=dict)
    dxf: Dict[int, int] = field(default_factory=dict)


def parse_xml(data: bytes) -> etree._Element:
    """A part parsed by lxml (no DTD, no entities, nothing fetched); XmlError when it is not
    well-formed or declares a DOCTYPE."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise xmltext.XmlError(f"not well-formed XML: {exc}") from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise xmltext.XmlError("a DOCTYPE or ENTITY declaration")
    return root


def canon(el: etree._Element) -> Canon:
    """An order-insensitive (for attributes), prefix-free, hashable form of an element."""
    tag = _main(el.tag)
    attrs = tuple(sorted((str(k), str(v)) for k, v in el.attrib.items()))
    text = (el.text or "").strip() or None
    return (tag, attrs, text, tuple(canon(c) for c in el if isinstance(c.tag, str)))


def _main(tag: str) -> str:
    """Fold the strict main namespace onto the transitional one, so both compare equal."""
    for ns in MAIN_NS[1:]:
        if tag.startswith("{" + ns + "}"):
            return "{" + MAIN_NS[0] + "}" + tag[len(ns) + 2:]
    return tag


def serialise(c: Canon, prefix: str) -> str:
    """``c`` as XML text, main-namespace elements written with ``prefix``."""
    tag, attrs, text, children = c
    ns, local = tag[1:].split("}", 1) if tag.startswith("{") else ("", tag)
    decls: List[str] = []
    if ns in MAIN_NS:
        name = xmltext.qualify(prefix, local)
    else:
        name = f"ns0:{local}"
        decls.append(f' xmlns:ns0="{xmltext.escape_attr(ns)}"')
    parts = []
    for i, (key, value) in enumerate(attrs):
        if key.startswith("{"):
            a_ns, a_local = key[1:].split("}", 1)
            if a_ns == xmltext.XML_NS:
                key = f"xml:{a_local}"
            else:
                key = f"a{i}:{a_local}"
                decls.append(f' xmlns:a{i}="{xmltext.escape_attr(a_ns)}"')
        parts.append(f' {key}="{xmltext.escape_attr(value)}"')
    inner = (xmltext.escape_text(text) if text else "") + "".join(serialise(ch, prefix) for ch in children)
    head = f"<{name}{''.join(decls)}{''.join(parts)}"
    return f"{head}>{inner}</{name}>" if inner else f"{head}/>"


class _Collection:
    """One list of the master's styles (fonts, cellXfs …): existing items plus those we append."""

    def __init__(self, items: Iterable[Canon]) -> None:
        self.items: List[Canon] = list(items)
        self.index: Dict[Canon, int] = {}
        for i, item in enumerate(self.items):
            self.index.setdefault(item, i)
        self.added: List[Canon] = []

    def get(self, item: Canon) -> int:
        found = self.index.get(item)
        if found is None:
            found = len(self.items)
            self.items.append(item)
            self.index[item] = found
            self.added.append(item)
        return found


def _children(root: etree._Element, name: str) -> List[etree._Element]:
    for el in root:
        if isinstance(el.tag, str) and etree.QName(el).localname == name \
                and etree.QName(el).namespace in MAIN_NS:
            return [c for c in el if isinstance(c.tag, str)]
    return []


def merge_styles(master: bytes, computed: bytes, xf_ids: Iterable[int], dxf_ids: Iterable[int]
                 ) -> StyleMerge:
    """Add the computed cellXfs ``xf_ids`` and dxfs ``dxf_ids`` to ``master`` (styles.xml bytes)."""
    m_root, c_root = parse_xml(master), parse_xml(computed)
    if etree.QName(m_root).localname != "styleSheet" or etree.QName(m_root).namespace != MAIN_NS[0]:
        raise UnknownLayout("styles.xml", m_root.tag)
    names = ("fonts", "fills", "borders", "cellXfs", "dxfs")
    colls = {n: _Collection(canon(e) for e in _children(m_root, n)) for n in names}
    numfmts = _NumFmts(_children(m_root, "numFmts"))
    c_lists = {n: _children(c_root, n) for n in names}
    c_codes = {int(e.get("numFmtId")): e.get("formatCode", "") for e in _children(c_root, "numFmts")}

    result = StyleMerge(data=None, xf={0: 0})
    # A master without cell formats (a bare <styleSheet/>) first takes the computed default, so
    # index 0 means the same in both.
    first = {0} if not colls["cellXfs"].items else set()
    for k in sorted((set(xf_ids) - {0}) | first):
        xf = c_lists["cellXfs"][k]
        attrs = dict(xf.attrib)
        fmt = int(attrs.get("numFmtId", "0"))
        if fmt in c_codes:
            attrs["numFmtId"] = str(numfmts.id_for(c_codes[fmt]))
        for key, coll in (("fontId", "fonts"), ("fillId", "fills"), ("borderId", "borders")):
            if key in attrs:
                attrs[key] = str(colls[coll].get(canon(c_lists[coll][int(attrs[key])])))
        if "xfId" in attrs:
            attrs["xfId"] = "0"  # the master's Normal style; the xf carries its own font/fill
        item = (_main(xf.tag), tuple(sorted(attrs.items())), (xf.text or "").strip() or None,
                tuple(canon(c) for c in xf if isinstance(c.tag, str)))
        result.xf[k] = colls["cellXfs"].get(item)
    for k in sorted(set(dxf_ids)):
        result.dxf[k] = colls["dxfs"].get(canon(c_lists["dxfs"][k]))

    additions = {"numFmts": (numfmts.added, len(numfmts.items))}
    additions.update({n: (colls[n].added, len(colls[n].items)) for n in names})
    if any(added for added, _ in additions.values()):
        result.data = _edit(master, additions)
    return result


class _NumFmts:
    """The master's custom number formats: reuse one with the same code, else take a free id."""

    def __init__(self, elements: List[etree._Element]) -> None:
        self.items = [canon(e) for e in elements]
        self.by_code: Dict[str, int] = {}
        self.ids = set()
        for e in elements:
            num = int(e.get("numFmtId", "0"))
            self.ids.add(num)
            self.by_code.setdefault(e.get("formatCode", ""), num)
        self.added: List[Canon] = []

    def id_for(self, code: str) -> int:
        if code in self.by_code:
            return self.by_code[code]
        num = max(self.ids | {FIRST_CUSTOM_NUMFMT - 1}) + 1
        self.ids.add(num)
        self.by_code[code] = num
        item = ("{%s}numFmt" % MAIN_NS[0], (("formatCode", code), ("numFmtId", str(num))), None, ())
        self.items.append(item)
        self.added.append(item)
        return num


def _edit(master: bytes, additions: Dict[str, Tuple[List[Canon], int]]) -> bytes:
    text, encoding = xmltext.decode(master)
    text = xmltext.open_root(text)  # a self-closing <styleSheet/> must be opened to gain children
    root = xmltext.parse(text, max_depth=2)
    edits: List[xmltext.Edit] = []
    for name in ORDER:
        if name not in additions or not additions[name][0]:
            continue
        added, count = additions[name]
        node = root.find(name, MAIN_NS)
        prefix = node.prefix if node is not None else root.prefix
        xml = "".join(serialise(item, prefix) for item in added)
        if node is None:
            tag = xmltext.qualify(prefix, name)
            edits.append(xmltext.insert_in_order(root, name, MAIN_NS, ORDER,
                                                 f'<{tag} count="{count}">{xml}</{tag}>'))
        else:
            counts = {node.attr_qname("count") or "count": str(count)} if node.attr("count") is not None else {}
            edits.extend(xmltext.append_children(text, node, xml, counts))
    return xmltext.encode(xmltext.apply(text, edits), encoding)
