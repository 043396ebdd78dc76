"""The PowerPoint briefing for the department-head meeting (python-pptx), one module per slide.

``build_briefing(analysis, dest)`` is the entry point; see :mod:`ita_xl.briefing.deck`.
"""
from ita_xl.briefing.deck import BriefingResult, build_briefing

__all__ = ["BriefingResult", "build_briefing"]
