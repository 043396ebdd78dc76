"""The PowerPoint briefing for the department-head meeting (python-pptx), one module per slide.

``build_briefing(analysis, dest)`` is the entry point (see :mod:`ita_xl.briefing.deck`);
``check_template(path)`` vets an agency's --template before anything is written.
"""
from ita_xl.briefing.deck import BriefingResult, build_briefing
from ita_xl.briefing.template import check_template

__all__ = ["BriefingResult", "build_briefing", "check_template"]
