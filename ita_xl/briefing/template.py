"""Open the slide template and find its layouts by what they hold, not by their position.

An agency's own template may order, name and translate its layouts any way it likes; what we need
is recognisable from placeholder types: a title slide has a centred title and a subtitle, a
"title only" layout has a title and nothing to fill, a "title and content" one adds a body.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from ita_xl import messages
from ita_xl.errors import TemplateInvalid
from ita_xl.resources import template_bytes

DEFAULT_TEMPLATE = "briefing.pptx"

_TITLES = {
    PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE,
}
_BODIES = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}
_DECOR = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER,
          PP_PLACEHOLDER.HEADER}


@dataclass
class Layouts:
    title: object  # for the opening slide
    title_only: object  # for every other slide (a body placeholder, if any, is removed)


def open_template(path: Optional[Path], lang: str = "th"):
    """The template as a Presentation with no slides; TemplateInvalid when unusable."""
    if path is None:
        return _strip_slides(Presentation(io.BytesIO(default_template_bytes())))
    path = Path(path)

    def invalid(key: str, **params: str) -> TemplateInvalid:
        return TemplateInvalid(path=path, detail=messages.text("briefing-template-" + key, lang,
                                                               **params))

    if not path.is_file():
        raise invalid("missing")
    if not zipfile.is_zipfile(path):
        raise invalid("not-pptx")
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # python-pptx raises many types for a damaged or foreign package
        raise invalid("unreadable", error=type(exc).__name__) from exc
    try:
        find_layouts(prs)
    except LookupError as exc:
        raise invalid("no-layout") from exc
    return _strip_slides(prs)


def check_template(path: Path, lang: str = "th") -> None:
    """Raise TemplateInvalid now if ``path`` cannot serve as the deck's template (so a run can
    refuse before writing anything)."""
    open_template(path, lang)


def default_template_bytes() -> bytes:
    """The shipped template; built in memory if the installation lacks the file."""
    try:
        return template_bytes(DEFAULT_TEMPLATE)
    except FileNotFoundError:
        from ita_xl.briefing.default_template import build

        return build()


def _strip_slides(prs):
    """Drop any slides the template carries (examples, instructions)."""
    id_list = prs.slides.element
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
    return prs


def _typed(layout) -> List[Tuple[object, PP_PLACEHOLDER]]:
    """The layout's placeholders with their types (each type is an XPath lookup: read once)."""
    return [(ph, ph.placeholder_format.type) for ph in layout.placeholders]


def _kind(typed) -> str:
    types = [t for _ph, t in typed if t not in _DECOR]
    has_title = any(t in _TITLES for t in types)
    if not has_title:
        return "other"
    rest = [t for t in types if t not in _TITLES]
    if PP_PLACEHOLDER.SUBTITLE in rest:
        return "title-slide"
    if not rest:
        return "title-only"
    if all(t in _BODIES for t in rest) and len(rest) == 1:
        return "title-content"
    return "other-titled"


def _is_vertical(ph, kind: PP_PLACEHOLDER) -> bool:
    if kind == PP_PLACEHOLDER.VERTICAL_TITLE:
        return True
    ph_el = ph.element.find(".//" + qn("p:ph"))
    body = ph.element.find(".//" + qn("a:bodyPr"))
    return (ph_el is not None and ph_el.get("orient") == "vert") or (
        body is not None and (body.get("vert") or "horz") != "horz")


def _fitness(typed, width: int, height: int) -> Optional[Tuple[bool, bool, float]]:
    """How well a layout (its typed placeholders) serves our slides: a horizontal title near
    the top, wide, and (for a content layout) a plain content placeholder. None when its title
    is vertical."""
    title = next(((ph, t) for ph, t in typed if t in _TITLES), None)
    if title is None or _is_vertical(*title):
        return None
    near_top = int(title[0].top or 0) < height // 3
    plain_body = all(t != PP_PLACEHOLDER.BODY for _ph, t in typed)
    return (near_top, plain_body, int(title[0].width or 0) / max(1, width))


def find_layouts(prs) -> Layouts:
    """Pick the title-slide and title-only layouts by placeholder kinds (LookupError if none).

    Ties go to the layout whose title is horizontal, near the top and widest; a layout with a
    vertical title is never used.
    """
    width, height = int(prs.slide_width), int(prs.slide_height)
    best = {}
    for layout in prs.slide_layouts:
        typed = _typed(layout)
        kind = _kind(typed)
        fitness = _fitness(typed, width, height)
        if fitness is None:
            continue
        if kind not in best or fitness > best[kind][0]:
            best[kind] = (fitness, layout)
    plain = best.get("title-only") or best.get("title-content")
    if plain is None:
        raise LookupError("no layout with a title placeholder")
    title = best.get("title-slide", plain)
    return Layouts(title=title[1], title_only=plain[1])


def title_placeholder(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type in _TITLES:
            return ph
    return None


def subtitle_placeholder(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
            return ph
    return None


def remove_body_placeholders(slide) -> None:
    """A content layout used as 'title only': drop its empty body so it shows no prompt text."""
    for ph in list(slide.placeholders):
        if ph.placeholder_format.type not in _TITLES | {PP_PLACEHOLDER.SUBTITLE}:
            ph.element.getparent().remove(ph.element)
