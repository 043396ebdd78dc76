"""New slides, notes pages and the saved file, without python-pptx's per-part overheads.

python-pptx clones a layout's placeholders into every new slide and the notes master's into every
notes page, and names each new notes part after scanning every part of the package (quadratic
in a 200-slide deck). Every slide on one layout, and every notes page, starts out the same: the
first is made by python-pptx and later ones are copies of it, named and related exactly as
python-pptx names and relates them, so the saved deck is the same byte for byte.
"""
from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, Optional, Set

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart, SlidePart

from ita_xl.briefing.layout import Box
from ita_xl.briefing.template import remove_body_placeholders, title_placeholder

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
        if proto is None:
            return self._first(layout)
        prs_part = self.prs.part
        id_list = self.prs.slides._sldIdLst
        partname = PackURI("/ppt/slides/slide%d.xml" % (len(id_list) + 1))
        slide_part = SlidePart(partname, CT.PML_SLIDE, package=prs_part.package,
                               element=copy.deepcopy(proto.element))
        slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        id_list.add_sldId(prs_part.relate_to(slide_part, RT.SLIDE))
        slide = slide_part.slide
        title = None
        if proto.title_index is not None:
            title = shape_tree(slide_part._element)[proto.title_index]
        return NewSlide(slide, title, proto.title_box)

    def _first(self, layout) -> NewSlide:
        slide = self.prs.slides.add_slide(layout)
        remove_body_placeholders(slide)
        ph = title_placeholder(slide)
        index = box = None
        if ph is not None:
            index = list(shape_tree(slide._element)).index(ph._element)
            box = placeholder_box(ph)
        self._prototypes[layout.part] = _Prototype(copy.deepcopy(slide._element), index, box)
        return NewSlide(slide, None if ph is None else ph._element, box)


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
        if self._prototype is None:
            return self._first(slide)
        slide_part = slide.part
        notes = NotesSlidePart(self._partname(), CT.PML_NOTES_SLIDE, package=self.package,
                               element=copy.deepcopy(self._prototype))
        notes.relate_to(self._master, RT.NOTES_MASTER)
        notes.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(notes, RT.NOTES_SLIDE)
        if self._body_index is None:
            return None
        return shape_tree(notes._element)[self._body_index].find(qn("p:txBody"))

    def _first(self, slide):
        notes = slide.notes_slide
        frame = notes.notes_text_frame  # adds the placeholder's txBody when it lacks one
        if notes.notes_placeholder is not None:
            self._body_index = list(shape_tree(notes._element)).index(
                notes.notes_placeholder._element)
        self._prototype = copy.deepcopy(notes._element)
        self._master = notes.part.part_related_by(RT.NOTES_MASTER)
        pattern = re.compile(re.escape(NOTES_NAME).replace("%d", r"\d+") + "$")
        self._used = {str(p.partname) for p in self.package.iter_parts()
                      if pattern.match(str(p.partname))}
        return frame._txBody if frame is not None else None

    def _partname(self) -> PackURI:
        while NOTES_NAME % self._next in self._used:
            self._next += 1
        name = NOTES_NAME % self._next
        self._used.add(name)
        return PackURI(name)


def save(prs, when: datetime) -> bytes:
    """The package as python-pptx would save it, each member stamped ``when`` (same input, same
    bytes), compressed once."""
    try:
        from pptx.opc.oxml import serialize_part_xml
        from pptx.opc.serialized import _ContentTypesItem
    except ImportError:  # another python-pptx layout: save, then restamp
        buffer = io.BytesIO()
        prs.save(buffer)
        return restamp(buffer.getvalue(), when)
    package = prs.part.package
    parts = tuple(package.iter_parts())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        def write(name: str, data: bytes) -> None:
            dest.writestr(_member(name, when), data)

        write("[Content_Types].xml", serialize_part_xml(_ContentTypesItem.xml_for(parts)))
        write("_rels/.rels", package._rels.xml)
        for part in parts:
            write(part.partname.membername, part.blob)
            if part._rels:
                write(part.partname.rels_uri.membername, part.rels.xml)
    return out.getvalue()


def restamp(data: bytes, when: datetime) -> bytes:
    """Rewrite a zip with every member stamped ``when``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in src.infolist():
            dest.writestr(_member(info.filename, when), src.read(info.filename))
    return out.getvalue()


def _member(name: str, when: datetime) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, date_time=max(when, datetime(1980, 1, 1)).timetuple()[:6])
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    return member
