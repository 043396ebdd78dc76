"""Version gates for the few places that use a dependency's private internals to go faster.

Each dependency has ONE module here holding its fast paths and, beside each, the public-API way
to do the same. Only python-pptx's remain (pptx.py): bench/bench.py measured the others — zipfile
members deflated on a second thread, XlsxWriter's chart writer hooked for Thai fonts — saving
under 10 % of ``run``, so they were removed and their public paths kept. The chart workbooks'
date (decks reproducible byte for byte) no longer overrides python-pptx's private
``_workbook_writer``: briefing/chart_workbook.py restamps the embedded workbook through the public
``chart_part.chart_workbook`` with the same bytes, so it needs no gate. openpyxl needs no
gate: the master reader (ita_xl/master/workbook.py) uses only its public names (``ExcelReader``
steps, ``Stylesheet``'s date styles), as fast as the private internals it used before. A fast
path runs only with a version of its dependency the test suite ran on (:data:`TESTED`); any other
version takes the public path, so an upgrade can make ita-xl slower but never wrong. The tests
run both paths and assert identical results (tests/test_compat.py); bench/bench.py measures what
each saves.

``ITA_XL_COMPAT`` overrides the gate (tests and the benchmark): ``public`` = every public path,
``public:pptx`` = that dependency's public paths, ``fast`` = every fast path whatever
the version (to test a new release against its public path).
"""
from __future__ import annotations

import os
from typing import Dict, FrozenSet

ENV = "ITA_XL_COMPAT"
DEPENDENCIES = ("pptx",)

# The versions the fast paths were tested on (update after the suite passes on a new release;
# .ci/run also runs the suite on the newest releases with ITA_XL_COMPAT=fast).
TESTED: Dict[str, FrozenSet[str]] = {
    "pptx": frozenset({"1.0.2"}),
}


def version(dependency: str) -> str:
    """The installed version of ``dependency`` (its ``__version__``)."""
    module = __import__(dependency)
    return str(getattr(module, "__version__", "?"))


def fast(dependency: str) -> bool:
    """True when ``dependency``'s fast paths may run: a tested version, unless ENV says otherwise."""
    setting = os.environ.get(ENV, "").strip().lower()
    if setting == "fast":
        return True
    if setting == "public":
        return False
    if setting.startswith("public:"):
        if dependency in {d.strip() for d in setting[len("public:"):].split(",")}:
            return False
    return version(dependency) in TESTED[dependency]
