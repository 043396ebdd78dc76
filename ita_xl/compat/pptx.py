"""python-pptx internals: the deck saved without python-pptx's own save, slides copied from a
prototype, text kept as text until the save.

Public path: text parsed into each slide's tree, ``prs.slides.add_slide`` for every slide, and
``Presentation.save`` (then every member restamped). Fast path (python-pptx versions in
compat.TESTED): the content types and relationship items written as text from python-pptx's
private ``_ContentTypesItem`` / ``_rels``, text fragments kept as text (briefing.deferred) and
later slides copied from the first on their layout (briefing.parts.SlideMaker). Both give the
same bytes (tests/test_compat.py).
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from ita_xl.compat import fast


def enabled() -> bool:
    """The fast paths run on the python-pptx versions they were tested on."""
    return fast("pptx")


def new_deferred() -> Any:
    """Where slide text waits for the save: a Deferred on the fast path, None (parsed in place)
    on the public one."""
    if not enabled():
        return None
    from ita_xl.briefing.deferred import Deferred

    return Deferred()


def package_members(prs: Any, deferred: Any) -> Optional[List[Tuple[str, bytes]]]:
    """Every member of the saved package, in python-pptx's order and bytes; None when this
    python-pptx lacks the internals (then the caller saves through python-pptx)."""
    try:
        from pptx.opc.oxml import serialize_part_xml
        from pptx.opc.serialized import _ContentTypesItem
    except ImportError:
        return None
    from ita_xl.briefing.package import content_types_xml, rels_xml

    package = prs.part.package
    parts = tuple(package.iter_parts())
    types = _ContentTypesItem(parts)
    members = [("[Content_Types].xml", content_types_xml(*types._defaults_and_overrides)
                or serialize_part_xml(types._xml)),
               ("_rels/.rels", rels_xml(package._rels))]
    for part in parts:
        blob = part.blob
        members.append((part.partname.membername,
                        blob if deferred is None else deferred.resolve(blob)))
        if part._rels:
            members.append((part.partname.rels_uri.membername, rels_xml(part.rels)))
    return members


def materialize(prs: Any, deferred: Any) -> None:
    """Parse every deferred fragment into its part's tree (before python-pptx's own save)."""
    deferred.materialize(p._element for p in prs.part.package.iter_parts()
                         if hasattr(p, "_element"))
