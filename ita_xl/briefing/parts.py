"""New slides and notes pages without python-pptx's per-part overheads.

python-pptx clones a layout's placeholders into every new slide and the notes master's into every
notes page, and names each new notes part after scanning every part of the package (quadratic
in a 200-slide deck). Every slide on one layout, and every notes page, starts out the same: the
first is made by python-pptx and later ones are copies of it, named and related exactly as
python-pptx names and relates them, so the saved deck is the same byte for byte. Relationships
and slide ids go through python-pptx's public ``relate_to`` / ``add_sldId``: skipping their
searches with the private ``_add_relationship`` / ``_add_sldId`` saved about 1 % of ``run`` on
the 10x master (bench/bench.py; under the 10 % a private fast path must save), so it went.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Dict, Optional, Set

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart, SlidePart

from ita_xl.briefing.layout import Box
from ita_xl.briefing.template import remove_body_placeholders, title_placeholder
from ita_xl.compat import pptx as compat_pptx

NOTES_NAME = "/ppt/notesSlides/notesSlide%d.xml"
_SP_TREE = (qn("p:cSld"), qn("p:spTree"))


@dataclass
class NewSlide:
    """A slide just added: its python-pptx Slide, its title placeholder (``p:sp``) and where
    that placeholder sits (inherited from the layout)."""

    slide: object
    title: Optional[object]
    title_box: Optional[Box]


@dataclass
class _Prototype:
    element: object  # the slide's XML before anything was written on it
    title_index: Optional[int]  # the title placeholder's position in the shape tree
    title_box: Optional[Box]


def shape_tree(element):
    return element.find(_SP_TREE[0]).find(_SP_TREE[1])


def placeholder_box(ph) -> Box:
    """Where a placeholder sits (python-pptx looks up what it inherits)."""
    return Box(int(ph.left), int(ph.top), int(ph.width), int(ph.height))


class SlideMaker:
    """Adds title-only slides: python-pptx makes the first on each layout, later ones copy it."""

    def __init__(self, prs) -> None:
        self.prs = prs
        self._prototypes: Dict[object, _Prototype] = {}

    def add(self, layout) -> NewSlide:
        proto = self._prototypes.get(layout.part)
        if proto is None or not compat_pptx.enabled():  # public path: python-pptx adds each one
            return self._first(layout)
        prs_part = self.prs.part
        id_list = self.prs.slides.element
        partname = PackURI("/ppt/slides/slide%d.xml" % (len(id_list) + 1))
        slide_part = SlidePart(partname, CT.PML_SLIDE, package=prs_part.package,
                               element=copy.deepcopy(proto.element))
        slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        id_list.add_sldId(prs_part.relate_to(slide_part, RT.SLIDE))
        slide = slide_part.slide
        title = None
        if proto.title_index is not None:
            title = shape_tree(slide.element)[proto.title_index]
        return NewSlide(slide, title, proto.title_box)

    def _first(self, layout) -> NewSlide:
        slide = self.prs.slides.add_slide(layout)
        remove_body_placeholders(slide)
        ph = title_placeholder(slide)
        index = box = None
        if ph is not None:
            index = list(shape_tree(slide.element)).index(ph.element)
            box = placeholder_box(ph)
        self._prototypes[layout.part] = _Prototype(copy.deepcopy(slide.element), index, box)
        return NewSlide(slide, None if ph is None else ph.element, box)


class NotesMaker:
    """Adds notes pages: python-pptx makes the first (and the notes master, if the template has
    none), later ones copy it; part names are the lowest free numbers, as python-pptx picks."""

    def __init__(self, prs) -> None:
        self.package = prs.part.package
        self._prototype = None
        self._body_index: Optional[int] = None
        self._master = None
        self._used: Set[str] = set()
        self._next = 1

    def text_body(self, slide):
        """A new notes page for ``slide``; returns its notes placeholder's ``txBody`` (None when
        the notes master has no body placeholder)."""
        if self._prototype is None or not compat_pptx.enabled():  # public: python-pptx adds it
            return self._first(slide)
        slide_part = slide.part
        notes = NotesSlidePart(self._partname(), CT.PML_NOTES_SLIDE, package=self.package,
                               element=copy.deepcopy(self._prototype))
        notes.relate_to(self._master, RT.NOTES_MASTER)
        notes.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(notes, RT.NOTES_SLIDE)
        if self._body_index is None:
            return None
        return shape_tree(notes.notes_slide.element)[self._body_index].find(qn("p:txBody"))

    def _first(self, slide):
        notes = slide.notes_slide
        frame = notes.notes_text_frame  # adds the placeholder's txBody when it lacks one
        if notes.notes_placeholder is not None:
            self._body_index = list(shape_tree(notes.element)).index(
                notes.notes_placeholder.element)
        self._prototype = copy.deepcopy(notes.element)
        self._master = notes.part.part_related_by(RT.NOTES_MASTER)
        pattern = re.compile(re.escape(NOTES_NAME).replace("%d", r"\d+") + "$")
        self._used = {str(p.partname) for p in self.package.iter_parts()
                      if pattern.match(str(p.partname))}
        placeholder = notes.notes_placeholder
        return None if frame is None or placeholder is None else placeholder.element.txBody

    def _partname(self) -> PackURI:
        while NOTES_NAME % self._next in self._used:
            self._next += 1
        name = NOTES_NAME % self._next
        self._used.add(name)
        return PackURI(name)
