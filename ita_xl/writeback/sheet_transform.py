"""Prepare one computed worksheet's XML for the master: inline strings, re-indexed styles, renames.

Only parts the tool wrote pass through here, so re-serialising them with lxml is fine. Shared
strings become inline strings (the master's sharedStrings.xml stays untouched, and a text cell that
begins with ``=``, ``+``, ``-`` or ``@`` stays text: it never gains an ``<f>``), cell formats and
conditional-format styles point at the master's styles.xml, and tab selection follows the master.
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Dict, List, Optional, Set, Tuple

from lxml import etree

from ita_xl.writeback import xmltext
from ita_xl.writeback.package import MAIN_NS
from ita_xl.writeback.styles_merge import parse_xml

XML_SPACE = "{%s}space" % xmltext.XML_NS
_FORMULA_TAGS = {"f", "formula", "formula1", "formula2"}
# The elements each pass looks at (lxml picks them out in C, in document order; "{*}" is any
# namespace or none): a sheet is mostly <v>, <is> and <t>, which neither pass touches.
_STYLED = tuple(f"{{{ns}}}{name}" for ns in MAIN_NS for name in ("c", "row", "col", "cfRule"))
_CHANGED = _STYLED + tuple(f"{{{ns}}}{name}" for ns in MAIN_NS
                           for name in ("sheetView", "hyperlink"))
_FORMULAS = tuple("{*}" + name for name in sorted(_FORMULA_TAGS))


def code_name(data: bytes) -> Optional[str]:
    """The ``<sheetPr codeName>`` of a worksheet part (expat reads only up to its first child)."""
    found = xmltext.first_child(data)
    if found is None or found[0].rsplit(":", 1)[-1] != "sheetPr":
        return None
    return found[1].get("codeName")


def shared_strings(data: Optional[bytes]) -> List[etree._Element]:
    """The ``<si>`` items of a sharedStrings part, in index order."""
    if data is None:
        return []
    return [si for si in parse_xml(data) if isinstance(si.tag, str) and _local(si) == "si"]


def used_styles(root: etree._Element) -> Tuple[Set[int], Set[int]]:
    """Indexes of cellXfs (cells, rows, columns) and dxfs (conditional formats) a sheet uses."""
    xfs: Set[int] = set()
    dxfs: Set[int] = set()
    for el in root.iter(*_STYLED):
        name = _split(el.tag)[1]
        if name in ("c", "row") and el.get("s") is not None:
            xfs.add(int(el.get("s")))
        elif name == "col" and el.get("style") is not None:
            xfs.add(int(el.get("style")))
        elif name == "cfRule" and el.get("dxfId") is not None:
            dxfs.add(int(el.get("dxfId")))
    return xfs, dxfs


def transform(root: etree._Element, strings: List[etree._Element], xf: Dict[int, int],
              dxf: Dict[int, int], selected: bool, renames: Dict[str, str]) -> bytes:
    """The sheet's XML ready for the master (``root`` is changed in place)."""
    inlines: Dict[Tuple[Optional[str], int], etree._Element] = {}
    for el in list(root.iter(*(_CHANGED + _FORMULAS if renames else _CHANGED))):
        namespace, name = _split(el.tag)
        in_main = namespace in MAIN_NS
        if in_main and name == "c":
            _cell(el, strings, xf, inlines)
        elif in_main and name == "row" and el.get("s") is not None:
            el.set("s", str(xf[int(el.get("s"))]))
        elif in_main and name == "col" and el.get("style") is not None:
            el.set("style", str(xf[int(el.get("style"))]))
        elif in_main and name == "cfRule" and el.get("dxfId") is not None:
            el.set("dxfId", str(dxf[int(el.get("dxfId"))]))
        elif in_main and name == "sheetView":
            _select(el, selected)
        if renames and name in _FORMULA_TAGS and el.text:
            el.text = rename_refs(el.text, renames)
        if renames and in_main and name == "hyperlink" and el.get("location"):
            el.set("location", rename_refs(el.get("location"), renames))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _cell(c: etree._Element, strings: List[etree._Element], xf: Dict[int, int],
          inlines: Dict[Tuple[Optional[str], int], etree._Element]) -> None:
    """Re-index the cell's style; a shared string becomes an inline one (built once per string
    in ``inlines``, each cell getting its own copy)."""
    if c.get("s") is not None:
        c.set("s", str(xf[int(c.get("s"))]))
    if c.get("vm") is not None:
        raise ValueError(f"cell {c.get('r')}: in-cell pictures (vm=) are not supported in computed sheets")
    if c.get("cm") is not None:
        del c.attrib["cm"]  # dynamic-array metadata lives in the computed package; keep a plain array
    if c.get("t") != "s":
        return
    ns = _split(c.tag)[0]
    v = c.find(f"{{{ns}}}v")
    index = int(v.text)
    key = (ns, index)
    template = inlines.get(key)
    if template is None:
        template = inlines[key] = etree.Element(f"{{{ns}}}is")
        for child in strings[index]:
            if isinstance(child.tag, str):
                template.append(copy.deepcopy(child))
        for t in template.iter(f"{{{ns}}}t"):
            t.set(XML_SPACE, "preserve")
    c.replace(v, copy.deepcopy(template))
    c.set("t", "inlineStr")


def _select(view: etree._Element, selected: bool) -> None:
    if selected and view.getprevious() is None:
        view.set("tabSelected", "1")
    elif "tabSelected" in view.attrib:
        del view.attrib["tabSelected"]


def rename_refs(formula: str, renames: Dict[str, str]) -> str:
    """``formula`` with references to renamed sheets (``'Old'!A1``, ``Old!A1``) pointing at the new."""
    for old, new in renames.items():
        target = "'" + new.replace("'", "''") + "'!"
        formula = formula.replace("'" + old.replace("'", "''") + "'!", target)
        if re.fullmatch(r"[^\W\d][\w.]*", old):
            formula = re.sub(r"(?<![\w.'!])" + re.escape(old) + "!", lambda _m: target, formula)
    return formula


def _local(el: etree._Element) -> str:
    return _split(el.tag)[1]


@lru_cache(maxsize=1024)
def _split(tag: str) -> Tuple[Optional[str], str]:
    """(namespace, local name) of an element's tag, as ``etree.QName`` gives them; a sheet has a
    few dozen distinct tags over thousands of elements, so each is split once."""
    qname = etree.QName(tag)
    return qname.namespace, qname.localname
