"""Find elements in XML *text* and edit it in place, so untouched bytes stay byte-identical.

Re-serialising a part written by Excel (or openpyxl, LibreOffice …) with an XML library changes
quotes, namespace prefixes, whitespace and attribute order. For the master's own parts we therefore
locate elements with a real XML parser (expat: namespaces resolved, no DTD, no entities; a part
that is not well-formed is refused, never guessed at) and splice strings into the original text at
the positions it reports: everything we did not mean to change is copied character for character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple
from xml.parsers import expat

XML_NS = "http://www.w3.org/XML/1998/namespace"

_ATTR = re.compile(r"([^\s=/>]+)(\s*=\s*)(?:\"([^\"]*)\"|'([^']*)')")


@dataclass(eq=False)
class Node:
    """One element: where it sits in the text and what its tag says."""

    qname: str
    ns: str
    start: int  # '<' of the start tag
    open_end: int  # just after the start tag's '>'
    close_start: int = -1  # '<' of the end tag (== open_end for a self-closing element)
    end: int = -1  # just after the element
    empty: bool = False
    attrs: Dict[str, str] = field(default_factory=dict)  # qname -> unescaped value
    nsmap: Dict[str, str] = field(default_factory=dict)  # prefix ('' = default) -> uri in scope
    children: List["Node"] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return self.qname.split(":", 1)[0] if ":" in self.qname else ""

    @property
    def local(self) -> str:
        return self.qname.rsplit(":", 1)[-1]

    def is_(self, local: str, nss: Iterable[str]) -> bool:
        return self.local == local and self.ns in tuple(nss)

    def find(self, local: str, nss: Iterable[str]) -> Optional["Node"]:
        nss = tuple(nss)
        return next((c for c in self.children if c.is_(local, nss)), None)

    def findall(self, local: str, nss: Iterable[str]) -> List["Node"]:
        nss = tuple(nss)
        return [c for c in self.children if c.is_(local, nss)]

    def attr(self, local: str, ns: str = "") -> Optional[str]:
        """The value of the attribute ``{ns}local`` (no namespace when ``ns`` is empty)."""
        for qname, value in self.attrs.items():
            if qname.startswith("xmlns"):
                continue
            if ":" in qname:
                prefix, name = qname.split(":", 1)
                uri = XML_NS if prefix == "xml" else self.nsmap.get(prefix, "")
            else:
                name, uri = qname, ""
            if name == local and uri == ns:
                return value
        return None

    def attr_qname(self, local: str, ns: str = "") -> Optional[str]:
        for qname in self.attrs:
            name = qname.rsplit(":", 1)[-1]
            prefix = qname.split(":", 1)[0] if ":" in qname else None
            uri = "" if prefix is None else self.nsmap.get(prefix, "")
            if name == local and uri == ns and not qname.startswith("xmlns"):
                return qname
        return None

    def prefix_for(self, uri: str) -> Optional[str]:
        """A prefix bound to ``uri`` here ('' for the default namespace), or None."""
        for prefix, bound in self.nsmap.items():
            if bound == uri and prefix:
                return prefix
        return "" if self.nsmap.get("") == uri else None


def unescape(value: str) -> str:
    if "&" not in value:
        return value
    def repl(m: "re.Match[str]") -> str:
        ent = m.group(1)
        if ent.startswith("#x"):
            return chr(int(ent[2:], 16))
        if ent.startswith("#"):
            return chr(int(ent[1:]))
        return {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}[ent]
    return re.sub(r"&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);", repl, value)


def escape_attr(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class XmlError(ValueError):
    """A part is not well-formed XML, or declares a DOCTYPE (never parsed further)."""

    def __init__(self, msg: str, part: str = "") -> None:
        super().__init__(msg)
        self.part = part


def parse(text: str, max_depth: int = 3, part: str = "") -> Node:
    """The element tree of ``text`` down to ``max_depth`` (root = depth 1), with text positions.

    Parsed by expat (namespace-aware, no DTD, no entities): a part that is not well-formed raises
    XmlError, so no edit is ever made on a guess. Positions index ``text``.
    """
    try:
        return _Tree(text, max_depth).root
    except XmlError as exc:
        raise XmlError(str(exc), part or exc.part) from None


class _Tree:
    """Build Nodes from expat's events; byte offsets are mapped back to ``text`` indexes."""

    def __init__(self, text: str, max_depth: int) -> None:
        self.buf = text.encode("utf-8")
        self.ascii = len(self.buf) == len(text)
        self.max_depth = max_depth
        self.stack: List[Tuple[Node, bool]] = []
        self.pending: Dict[str, str] = {}
        self.nodes: List[Node] = []
        self.root: Optional[Node] = None
        parser = expat.ParserCreate("UTF-8", " ")  # the declared encoding was applied by decode()
        parser.namespace_prefixes = True
        parser.ordered_attributes = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        parser.StartNamespaceDeclHandler = self._ns
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self.parser = parser
        try:
            parser.Parse(self.buf, True)
        except expat.ExpatError as exc:
            raise XmlError(f"not well-formed XML: {exc}") from None
        if self.root is None:
            raise XmlError("not well-formed XML: no root element")
        if not self.ascii:
            self._to_text_offsets(text)

    def _doctype(self, *args: object) -> None:
        raise XmlError("a DOCTYPE or ENTITY declaration")

    def _ns(self, prefix: Optional[str], uri: Optional[str]) -> None:
        self.pending[prefix or ""] = uri or ""

    def _start(self, name: str, attributes: List[str]) -> None:
        parent_map = self.stack[-1][0].nsmap if self.stack else {"xml": XML_NS}
        nsmap = dict(parent_map, **self.pending) if self.pending else parent_map
        attrs = {("xmlns:" + p if p else "xmlns"): u for p, u in self.pending.items()}
        self.pending = {}
        for i in range(0, len(attributes), 2):
            attrs[_qname(attributes[i])] = attributes[i + 1]
        uri, qname = _split(name)
        start = self.parser.CurrentByteIndex
        open_end, empty = _tag_end(self.buf, start)
        node = Node(qname=qname, ns=uri, start=start, open_end=open_end, attrs=attrs, nsmap=nsmap)
        depth = len(self.stack) + 1
        recorded = depth <= self.max_depth
        if recorded:
            self.nodes.append(node)
            if self.stack:
                self.stack[-1][0].children.append(node)
        if self.root is None:
            self.root = node
        if empty:
            node.empty, node.close_start, node.end = True, open_end, open_end
        self.stack.append((node, recorded))

    def _end(self, name: str) -> None:
        node, _ = self.stack.pop()
        if not node.empty:
            node.close_start = self.parser.CurrentByteIndex
            node.end = self.buf.index(b">", node.close_start) + 1

    def _to_text_offsets(self, text: str) -> None:
        """Byte offsets (UTF-8) to character offsets, in one pass over the sorted offsets."""
        offsets = sorted({o for n in self.nodes for o in (n.start, n.open_end, n.close_start, n.end)})
        chars: Dict[int, int] = {}
        last_byte = last_char = 0
        for off in offsets:
            last_char += len(self.buf[last_byte:off].decode("utf-8"))
            last_byte = off
            chars[off] = last_char
        for n in self.nodes:
            n.start, n.open_end = chars[n.start], chars[n.open_end]
            n.close_start, n.end = chars[n.close_start], chars[n.end]


def _split(name: str) -> Tuple[str, str]:
    """expat's ``uri local prefix`` name as (uri, qname)."""
    parts = name.split(" ")
    if len(parts) == 1:
        return "", parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    return parts[0], f"{parts[2]}:{parts[1]}"


def _qname(name: str) -> str:
    return _split(name)[1]


def _tag_end(buf: bytes, start: int) -> Tuple[int, bool]:
    """Just after the start tag beginning at ``start`` (expat has checked it), and whether it
    closes itself. Only quotes matter: ``>`` may appear inside an attribute value."""
    quote = 0
    i = start + 1
    while True:
        c = buf[i]
        if quote:
            if c == quote:
                quote = 0
        elif c in (34, 39):
            quote = c
        elif c == 62:
            return i + 1, buf[i - 1] == 47
        i += 1


Edit = Tuple[int, int, str]


def apply(text: str, edits: List[Edit]) -> str:
    """Apply non-overlapping (start, end, replacement) edits; insertions at one spot keep order."""
    parts: List[str] = []
    pos = 0
    for start, end, repl in sorted(merge_inserts(edits), key=lambda e: (e[0], e[1])):
        if start < pos:
            raise ValueError("overlapping edits")
        parts.append(text[pos:start])
        parts.append(repl)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def merge_inserts(edits: List[Edit]) -> List[Edit]:
    """Join pure insertions at the same position into one, in the order they were made."""
    joined: Dict[int, str] = {}
    rest: List[Edit] = []
    for start, end, repl in edits:
        if start == end:
            joined[start] = joined.get(start, "") + repl
        else:
            rest.append((start, end, repl))
    return rest + [(pos, pos, repl) for pos, repl in joined.items()]


def set_attr(text: str, node: Node, qname: str, value: str) -> Edit:
    """Replace (or add) one attribute in ``node``'s start tag."""
    tag = text[node.start:node.open_end]
    for m in _ATTR.finditer(tag):
        if m.group(1) == qname:
            quote = tag[m.end() - 1]
            val = escape_attr(value).replace("'", "&apos;") if quote == "'" else escape_attr(value)
            return (node.start + m.start(), node.start + m.end(), f"{qname}{m.group(2)}{quote}{val}{quote}")
    cut = node.open_end - (2 if node.empty else 1)
    while text[cut - 1].isspace():
        cut -= 1
    return (cut, cut, f' {qname}="{escape_attr(value)}"')


def append_children(text: str, node: Node, xml: str, attrs: Optional[Dict[str, str]] = None
                    ) -> List[Edit]:
    """Insert ``xml`` as the last children of ``node`` and set ``attrs`` on it (e.g. count).

    A self-closing ``<x:dxfs count="0"/>`` is opened into ``<x:dxfs count="1">…</x:dxfs>``.
    """
    attr_edits = [set_attr(text, node, k, v) for k, v in (attrs or {}).items()]
    if not node.empty:
        return attr_edits + [(node.close_start, node.close_start, xml)]
    tag = apply(text[:node.open_end], attr_edits)[node.start:]
    opened = re.sub(r"\s*/>$", ">", tag)
    return [(node.start, node.open_end, f"{opened}{xml}</{node.qname}>")]


def insert_in_order(root: Node, local: str, nss: Iterable[str], order: List[str], xml: str) -> Edit:
    """Insert a new child ``local`` of ``root`` where the schema's child ``order`` wants it."""
    if root.empty:
        raise XmlError(f"<{root.qname}/> has no content: open it first (open_root)")
    nss = tuple(nss)
    later = order[order.index(local) + 1:]
    for child in root.children:
        if child.ns in nss and child.local in later:
            return (child.start, child.start, xml)
    ext = next((c for c in root.children if c.local == "extLst"), None)
    pos = ext.start if ext is not None else root.close_start
    return (pos, pos, xml)


def open_root(text: str) -> str:
    """``text`` with a self-closing root (``<styleSheet .../>``) written as start and end tag."""
    root = parse(text, max_depth=1)
    if not root.empty:
        return text
    tag = re.sub(r"\s*/>$", ">", text[root.start:root.open_end])
    return text[:root.start] + tag + f"</{root.qname}>" + text[root.open_end:]


def remove(text: str, node: Node) -> Edit:
    return (node.start, node.end, "")


def qualify(prefix: str, local: str) -> str:
    return f"{prefix}:{local}" if prefix else local


def decode(data: bytes) -> Tuple[str, str]:
    """Text and encoding of an XML part (UTF-8 unless a BOM or declaration says otherwise)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    m = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", data)
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    return data.decode(enc), enc


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding)


class _Found(Exception):
    pass


def first_child(data: bytes, chunk: int = 65536) -> Optional[Tuple[str, Dict[str, str]]]:
    """The qname and attributes of the root's first child element; expat reads only as far as it.

    None when the root has no child element or the start is not well-formed.
    """
    parser = expat.ParserCreate(None, " ")
    parser.namespace_prefixes = True
    parser.ordered_attributes = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = [0]
    found: List[Tuple[str, Dict[str, str]]] = []

    def start(name: str, attributes: List[str]) -> None:
        depth[0] += 1
        if depth[0] == 2:
            found.append((_qname(name), {_qname(attributes[i]): attributes[i + 1]
                                         for i in range(0, len(attributes), 2)}))
            raise _Found

    def end(name: str) -> None:
        depth[0] -= 1
        if depth[0] == 0:
            raise _Found

    def refuse(*args: object) -> None:
        raise _Found

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = refuse
    try:
        for pos in range(0, max(len(data), 1), chunk):
            parser.Parse(data[pos:pos + chunk], pos + chunk >= len(data))
    except _Found:
        pass
    except expat.ExpatError:
        return None
    return found[0] if found else None
