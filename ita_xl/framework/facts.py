"""How sure each framework fact is, and the OIT item list, as loaded from a year's data file.

Every fact of a year (its indicators, weights, rating rule, pass mark, national result, sub-
indicator names, OIT items) carries a flag — ``verified`` (a public source reproduces the NACC's
numbers), ``secondary`` (consistent public reports, no NACC text found) or ``unverified`` — and
its source. A year assumed from another (``assumed_from``) marks every fact ``assumed``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

FACT_KEYS = ("indicators", "weights", "rating", "pass_mark", "national", "sub_indicators",
             "oit_items")


@dataclass(frozen=True)
class Fact:
    key: str  # one of FACT_KEYS
    flag: str  # "verified" | "secondary" | "unverified"
    source: str = ""
    note: str = ""
    assumed: bool = False  # copied from another year, not known for this one

    @property
    def verified(self) -> bool:
        return self.flag == "verified"

    @property
    def trusted(self) -> bool:
        """Verified or secondary: good enough to call a disagreement a warning, not a note."""
        return self.flag in ("verified", "secondary") and not self.assumed


@dataclass(frozen=True)
class OitItem:
    """One item of the OIT checklist (O1…O43 up to 2565, o1… from 2566)."""

    code: str  # as the NACC writes it: "O19", "o10"
    sub: Optional[str] = None  # sub-indicator it belongs to, e.g. "9.3", when known
    name_th: str = ""
    flag: str = "secondary"
