"""Find elements in XML *text* and edit it in place, so untouched bytes stay byte-identical.

Re-serialising a part written by Excel (or openpyxl, LibreOffice …) with an XML library changes
quotes, namespace prefixes, whitespace and attribute order. For the master's own parts we therefore
only locate elements by a small tokenizer and splice strings into the original text: everything we
did not mean to change is copied character for character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

XML_NS = "http://www.w3.org/XML/1998/namespace"

_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^>\[]|\[[^\]]*\])*>"
    r"|</(?P<close>[^\s>]+)\s*>"
    r"|<(?P<open>[^\s/>!?]+)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/?)>",
    re.S,
)
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


def parse(text: str, max_depth: int = 3) -> Node:
    """The element tree of ``text`` down to ``max_depth`` (root = depth 1), with text positions."""
    stack: List[Tuple[Node, bool]] = []  # (node, recorded)
    root: Optional[Node] = None
    for m in _TOKEN.finditer(text):
        if m.group("close") is not None:
            node, _ = stack.pop()
            node.close_start, node.end = m.start(), m.end()
            continue
        qname = m.group("open")
        if qname is None:
            continue  # comment, PI, CDATA, doctype
        parent_map = stack[-1][0].nsmap if stack else {"xml": XML_NS}
        attrs = {a.group(1): unescape(a.group(3) if a.group(3) is not None else a.group(4))
                 for a in _ATTR.finditer(m.group("attrs"))}
        nsmap = parent_map
        if any(k == "xmlns" or k.startswith("xmlns:") for k in attrs):
            nsmap = dict(parent_map)
            for k, v in attrs.items():
                if k == "xmlns":
                    nsmap[""] = v
                elif k.startswith("xmlns:"):
                    nsmap[k[6:]] = v
        prefix = qname.split(":", 1)[0] if ":" in qname else ""
        node = Node(qname=qname, ns=nsmap.get(prefix, ""), start=m.start(), open_end=m.end(),
                    attrs=attrs, nsmap=nsmap)
        depth = len(stack) + 1
        recorded = depth <= max_depth
        if recorded and stack and stack[-1][1]:
            stack[-1][0].children.append(node)
        if root is None:
            root = node
        if m.group("empty"):
            node.empty, node.close_start, node.end = True, m.end(), m.end()
        else:
            stack.append((node, recorded))
    if root is None or stack:
        raise ValueError("not well-formed XML")
    return root


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
    nss = tuple(nss)
    later = order[order.index(local) + 1:]
    for child in root.children:
        if child.ns in nss and child.local in later:
            return (child.start, child.start, xml)
    ext = next((c for c in root.children if c.local == "extLst"), None)
    pos = ext.start if ext is not None else root.close_start
    return (pos, pos, xml)


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


def first_child(text: str) -> Optional[Tuple[str, Dict[str, str]]]:
    """The qname and attributes of the root's first child element (reads no further)."""
    depth = 0
    for m in _TOKEN.finditer(text):
        qname = m.group("open")
        if qname is None:
            if m.group("close") is not None:
                return None
            continue
        if depth == 1:
            return qname, {a.group(1): unescape(a.group(3) if a.group(3) is not None else a.group(4))
                           for a in _ATTR.finditer(m.group("attrs"))}
        if m.group("empty"):
            return None
        depth = 1
    return None
