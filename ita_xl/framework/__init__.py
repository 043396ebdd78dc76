"""The ITA framework per fiscal year: data files in ``data/`` and a small loader.

STUB — signatures are the contract; implementation pending.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, List, Optional

from ita_xl.framework.model import (  # noqa: F401  (re-exported)
    Framework, GradeBand, Indicator, IndicatorMatch, Instrument, NationalResult, SubIndicator,
)

ENV_DIR = "ITA_XL_FRAMEWORK_DIR"  # extra folder of <year>.json files, searched first


def available_years(extra_dirs: Iterable[Path] = ()) -> List[int]: ...
def load_framework(year: int, extra_dirs: Iterable[Path] = ()) -> Framework:
    """The framework of BE ``year``; raises errors.FrameworkMissing / FrameworkInvalid."""
def load_frameworks(years: Iterable[int], extra_dirs: Iterable[Path] = ()) -> Dict[int, Framework]:
    """Frameworks of those ``years`` that have a file (missing years are simply absent)."""
def resolve_indicator(text: str, framework: Framework) -> IndicatorMatch:
    """Resolve staff text such as 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๙.๓', 'การปรับปรุงระบบการทำงาน'."""
def is_indicator_reference(text: str, framework: Framework) -> bool:
    """True when ``text`` is only an indicator reference (a group row in the measures sheet)."""
