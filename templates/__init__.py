"""Slide and master templates shipped with ita-xl (installed as ``ita_xl.templates``)."""
