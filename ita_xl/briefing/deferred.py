"""XML built as text and kept as text until the package is written.

A table page or a page of speaker notes is thousands of elements; parsing its XML into the slide
only for the save to serialize it again costs more than building it. Instead a comment stands in
the tree where the elements belong, and the saved part carries the text in the comment's place:
the very bytes lxml writes for those elements parsed in place (the text uses the prefixes the
part declares, escapes as lxml does, and writes an empty ``a:t`` as ``<a:t></a:t>`` like
python-pptx; tests/test_briefing_xml.py holds the two side by side).
"""
from __future__ import annotations

from typing import Iterable, List

from lxml import etree

from ita_xl.briefing import ooxml


class Deferred:
    """Fragments waiting for the save, each behind a comment unique to this deck."""

    def __init__(self) -> None:
        self._opening = b"<!--ita-xl-deferred-%x " % id(self)  # then the number, then -->
        self._fragments: List[bytes] = []

    def append(self, parent, xml: str) -> None:
        """Make the elements in ``xml`` the last children of ``parent`` (when saved)."""
        marker = b"%s%d" % (self._opening[4:], len(self._fragments))
        parent.append(etree.Comment(marker.decode()))
        self._fragments.append(xml.encode("utf-8"))

    def resolve(self, blob: bytes) -> bytes:
        """A part's serialized XML with every fragment in its comment's place."""
        if self._opening not in blob:
            return blob
        pieces = blob.split(self._opening)
        out = [pieces[0]]
        for piece in pieces[1:]:
            end = piece.index(b"-->")
            out.append(self._fragments[int(piece[:end])])
            out.append(piece[end + 3:])
        return b"".join(out)

    def materialize(self, elements: Iterable) -> None:
        """Parse every fragment into the trees of ``elements`` (for a save by python-pptx)."""
        prefix = self._opening[4:].decode()
        for root in elements:
            for comment in list(root.iter(etree.Comment)):
                if not comment.text.startswith(prefix):
                    continue
                xml = self._fragments[int(comment.text[len(prefix):])].decode("utf-8")
                parent = comment.getparent()
                at = parent.index(comment)
                parent[at:at + 1] = list(ooxml.fragment(xml))
