"""The ITA framework per fiscal year: data files in ``data/`` and a small loader.

``load_framework(2566)`` reads ``2566.json`` from, in order, the ``extra_dirs`` given, the folder(s)
in the ``ITA_XL_FRAMEWORK_DIR`` environment variable, and the files shipped in ``data/``.
:func:`resolve_indicator` maps what staff type for an indicator onto that year's framework;
``Framework.rate(overall, instruments)`` labels a result in that year's own rating scheme.
"""
from __future__ import annotations

from ita_xl.framework.loader import (  # noqa: F401  (public API)
    ENV_DIR, PACKAGED_DIR, available_years, find_file, framework_from_dict, load_framework,
    load_frameworks, search_dirs,
)
from ita_xl.framework.facts import Fact, OitItem  # noqa: F401  (re-exported)
from ita_xl.framework.model import (  # noqa: F401  (re-exported)
    Framework, GradeBand, Indicator, IndicatorMatch, Instrument, NationalResult, SubIndicator,
)
from ita_xl.framework.rating import (  # noqa: F401  (re-exported)
    LabelReading, Rating, RatingLevel, RatingScheme, RetiredLabels, Shortfall,
)
from ita_xl.framework.resolve import (  # noqa: F401  (public API)
    FUZZY_THRESHOLD, is_indicator_reference, resolve_indicator, resolve_with_info,
)

__all__ = [
    "ENV_DIR", "Fact", "Framework", "GradeBand", "Indicator", "IndicatorMatch", "Instrument",
    "LabelReading", "NationalResult", "OitItem", "Rating", "RatingLevel", "RatingScheme",
    "RetiredLabels", "Shortfall", "SubIndicator", "available_years", "load_framework",
    "load_frameworks", "resolve_indicator", "is_indicator_reference",
]
