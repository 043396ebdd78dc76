"""Version gates for the few places that use a dependency's private internals to go faster.

Each dependency has ONE module here holding its fast paths and, beside each, the public-API way
to do the same. Only python-pptx's remain (pptx.py: the deck's package written from
``_ContentTypesItem`` / ``_rels``, text kept as text until the save). bench/bench.py measured
the others saving under 10 % of ``run``, so they were removed and their public paths kept:
zipfile members deflated on a second thread; XlsxWriter's chart writer hooked for Thai fonts;
python-pptx's ``_add_relationship`` / ``_add_sldId`` skipping the searches of ``relate_to`` /
``add_sldId`` for copied slides (about 1 % of ``run`` on the 10x master). Private uses that
bought no speed went without a gate, each replaced by a public route with the same bytes
(tests/test_compat.py): the chart workbooks' date (briefing/chart_workbook.py restamps the
embedded workbook through ``chart_part.chart_workbook``, no ``_workbook_writer`` override); the
fonts of chart label runs (``Font`` plus ``charts.apply_fonts`` on ``chart.element``, no
``run._r``); python-docx's table and row elements (report.document ``last_table`` /
``keep_row_whole`` from ``Document.element``, no ``table._tbl`` / ``row._tr``), so python-docx
needs no gate. openpyxl needs no gate either: the master reader (ita_xl/master/workbook.py) uses
only its public names (``ExcelReader`` steps, ``Stylesheet``'s date styles). A fast path runs
only with a version of its dependency the test suite ran on (:data:`TESTED`); any other version
takes the public path, so an upgrade can make ita-xl slower but never wrong. The tests run both
paths and assert identical results (tests/test_compat.py); tests/test_private_internals.py fails
on any private attribute read outside this package; bench/bench.py measures what each fast path
saves.

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
