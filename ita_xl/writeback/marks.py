"""The second marker of a computed sheet: two hidden defined names that survive LibreOffice.

LibreOffice drops every ``<sheetPr codeName>`` when it saves an .xlsx or .xlsm, but keeps defined
names (only resetting ``hidden`` to false). So the splice also gives each computed sheet:

* ``_itaxl_mark_<role>``, scoped to the sheet (``localSheetId``): it goes when the sheet is deleted
  and follows the sheet when it moves;
* ``_itaxl_sheet_<role>``, scoped to the workbook and referring to ``'<sheet>'!$A$1``: Excel and
  LibreOffice re-point it when the sheet is renamed and turn it into ``#REF!`` when it is deleted.

Copying a sheet (Excel or LibreOffice) copies its sheet-scoped names, and LibreOffice even gives the
copy sheet-scoped twins of workbook names that refer to it — but the workbook name itself keeps
pointing at the original. So by these names a sheet is ours only when both agree on it: a copy, or
a staff sheet that merely has our sheet's name, never is. The splice asks them only about a sheet
whose codeName (if any) does not start with ``itaxl_``: one that does is judged by its codeName
alone (is_marked), whatever names were copied with it.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Set, Tuple

from ita_xl.writeback import xmltext
from ita_xl.writeback.workbook_edit import Workbook, name_tag

SCOPED, BOOK = "mark_", "sheet_"
_REF = re.compile(r"\s*(?:'((?:[^']|'')+)'|([^'!#][^'!]*))!\$?[A-Za-z]{1,3}\$?\d+\s*")


def is_marked(code: Optional[str], prefix: str) -> bool:
    """True for a codeName the tool writes: the prefix, then a name not ending in a digit."""
    return bool(code) and code.startswith(prefix) and len(code) > len(prefix) \
        and not code[-1].isdigit()


def marker_name(prefix: str, kind: str, role: str) -> str:
    """``_itaxl_mark_comparison`` (kind SCOPED) or ``_itaxl_sheet_comparison`` (kind BOOK)."""
    return f"_{prefix}{kind}{role}"


def parse_marker(name: str, prefix: str) -> Optional[Tuple[str, str]]:
    """(kind, role) of one of our marker names (defined names ignore case), else None."""
    folded = name.casefold()
    for kind in (SCOPED, BOOK):
        head = marker_name(prefix, kind, "").casefold()
        if folded.startswith(head) and len(name) > len(head):
            return kind, name[len(head):]
    return None


def referred_sheet(formula: str) -> Optional[str]:
    """The sheet of a single-cell reference (``'My sheet'!$A$1``, ``Sheet!A1``); None for ``#REF!``."""
    m = _REF.fullmatch(formula)
    if m is None:
        return None
    return m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)


def marked_sheets(book: Workbook, prefix: str) -> Dict[int, str]:
    """{sheet position: ``prefix + role``} for the worksheets both marker names point at."""
    scoped: Dict[str, Set[int]] = {}
    target: Dict[str, str] = {}
    for node in book.defined_names():
        parsed = parse_marker(node.attr("name") or "", prefix)
        if parsed is None:
            continue
        kind, role = parsed
        scope = node.attr("localSheetId")
        if kind == SCOPED and scope is not None and scope.isdigit():
            scoped.setdefault(role, set()).add(int(scope))
        elif kind == BOOK and scope is None:
            sheet = referred_sheet(xmltext.unescape(book.inner(node)))
            if sheet is not None:
                target[role] = sheet
    position = {s.name.casefold(): i for i, s in enumerate(book.sheets)}
    found: Dict[int, str] = {}
    for role, sheet_name in target.items():
        i = position.get(sheet_name.casefold())
        if i is None or i not in scoped.get(role, ()):
            continue
        if book.sheets[i].kind == "worksheet":
            found[i] = prefix + role
    return found


def marker_edits(book: Workbook, prefix: str, wanted: List[Tuple[str, str, int]],
                 index: Dict[int, Optional[int]]) -> Tuple[List[xmltext.Edit], Set[int], List[str]]:
    """Leave exactly the marker names of ``wanted`` (role, sheet name, position after the splice).

    ``index`` maps the book's sheets from old to new position. A marker name already right stays
    as it is (a rerun leaves workbook.xml unchanged), one for the same name and sheet is rewritten
    where it stands, every other one (a replaced or removed sheet's, ``#REF!``, twins on copies)
    goes. Returns the edits, the starts of every marker name handled (reindex must skip them),
    and the elements to append.
    """
    tag = name_tag(book)
    elements: Dict[Tuple[str, Optional[str]], str] = {}
    for role, sheet_name, pos in wanted:
        ref = xmltext.escape_text("'" + sheet_name.replace("'", "''") + "'!$A$1")
        scoped, whole = marker_name(prefix, SCOPED, role), marker_name(prefix, BOOK, role)
        elements[(scoped.casefold(), str(pos))] = (
            f'<{tag} name="{xmltext.escape_attr(scoped)}" localSheetId="{pos}" hidden="1">{ref}</{tag}>')
        elements[(whole.casefold(), None)] = (
            f'<{tag} name="{xmltext.escape_attr(whole)}" hidden="1">{ref}</{tag}>')
    edits: List[xmltext.Edit] = []
    handled: Set[int] = set()
    for node in book.defined_names():
        name = node.attr("name") or ""
        if parse_marker(name, prefix) is None:
            continue
        handled.add(node.start)
        scope = node.attr("localSheetId")
        new = index.get(int(scope)) if scope is not None and scope.isdigit() else None
        element = None
        if scope is None or new is not None:
            element = elements.pop((name.casefold(), None if scope is None else str(new)), None)
        if element is None:
            edits.append(xmltext.remove(book.text, node))
        elif book.text[node.start:node.end] != element:
            edits.append((node.start, node.end, element))
    return edits, handled, list(elements.values())
