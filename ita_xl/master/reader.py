"""read_master: a checked file, opened read-only, its staff sheets read into the model.

The file is refused first by :func:`ita_xl.filecheck.check_workbook_file`; openpyxl then opens it
read-only with cached formula values (:mod:`ita_xl.master.workbook`), and only the staff sheets
are parsed, one streamed pass each with their merged ranges (:mod:`ita_xl.master.sheetxml`).
Whatever openpyxl or lxml raises on a damaged file becomes CorruptWorkbook or UnsafeWorkbook, so
no traceback reaches the user.
"""
from __future__ import annotations

import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Tuple, TypeVar, Union

from ita_xl.errors import (CorruptWorkbook, ItaXlError, SheetMissing, UnsafeWorkbook,
                           WorkbookTooLarge)
from ita_xl.filecheck import check_parts_read, check_workbook_file
from ita_xl.master.agency import fiscal_year_of, read_agency
from ita_xl.master.grid import Grid, load_grid
from ita_xl.master.layout import REQUIRED_SHEETS, sheet_name
from ita_xl.master.locate import find_sheets
from ita_xl.master.measures import ReferenceCheck, read_measures
from ita_xl.master.model import Master
from ita_xl.master.scores import read_scores
from ita_xl.master.tables import DEFAULT_INSTRUMENTS, read_recommendations, read_results
from ita_xl.messages import pair
from ita_xl.thai import header_key

T = TypeVar("T")


def read_master(path: Union[str, Path]) -> Master:
    """Read the master workbook at ``path``; raises the errors.py exceptions for unusable files."""
    check_workbook_file(path)
    path = Path(path)
    with path.open("rb") as fh:
        wb = _guard(path, lambda: _load(fh))
        try:
            return _read(path, wb)
        finally:
            wb.close()


def _load(fh: Any) -> Any:
    from ita_xl.master.workbook import open_workbook

    # A file object, not the name: openpyxl would refuse a workbook whose extension it dislikes.
    return open_workbook(fh)


def _read(path: Path, wb: Any) -> Master:
    names = list(wb.sheetnames)
    found = find_sheets([ws.title for ws in wb.worksheets])  # chart sheets hold no table
    missing = [t for t in REQUIRED_SHEETS if t not in found]
    if missing:
        raise SheetMissing(
            path,
            missing=", ".join(sheet_name(t).th for t in missing),
            missing_en=", ".join(f"{sheet_name(t).th} ({sheet_name(t).en})" for t in missing),
            found=", ".join(names) if names else "—",
        )
    check_parts_read(path, [wb[s].part for s in found.values()])  # only sheets read are judged
    grids: Dict[str, Grid] = {
        table: _guard(path, lambda s=sheet: load_grid(wb[s])) for table, sheet in found.items()
    }
    agency = read_agency(grids["agency"])
    fiscal_year = fiscal_year_of(agency)
    plan_year = fiscal_year + 1 if fiscal_year is not None else None
    recommendations = grids.get("recommendations")
    return Master(
        path=str(path),
        sheet_names=names,
        agency=agency,
        scores=read_scores(grids["scores"], fiscal_year),
        results=read_results(grids["results"], instrument_names(fiscal_year)),
        measures=read_measures(grids["measures"], plan_year, reference_check(plan_year)),
        recommendations=read_recommendations(recommendations) if recommendations else None,
    )


def _guard(path: Path, action: Callable[[], T]) -> T:
    """Run an openpyxl step, turning its exceptions into the unusable-file errors."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return action()
    except ItaXlError:
        raise
    except MemoryError as exc:
        raise UnsafeWorkbook(path, **pair("detail.memory")) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on damaged parts
        raise _unusable(path, exc) from exc


def _unusable(path: Path, exc: BaseException) -> ItaXlError:
    """Unsafe when defusedxml refused it anywhere in the chain (openpyxl re-wraps), else corrupt."""
    from defusedxml.common import DefusedXmlException

    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    if any(isinstance(e, DefusedXmlException) for e in chain):
        return UnsafeWorkbook(path, **pair("detail.xml-entities"))
    from ita_xl.master.sheetxml import TooManyStrings

    many = next((e for e in chain if isinstance(e, TooManyStrings)), None)
    if many is not None:
        return WorkbookTooLarge(path, **pair("detail.too-many-strings", limit=f"{many.args[0]:,}"))
    zipped = next((e for e in chain if isinstance(e, (zipfile.BadZipFile, zlib.error, EOFError))),
                  None)
    if zipped is not None:
        return CorruptWorkbook(path, **pair("detail.zip-damaged", msg=zipped))
    what = type(chain[-1]).__name__
    return CorruptWorkbook(path, **pair("detail.structure", what=what))


def reference_check(fiscal_year: Optional[int]) -> ReferenceCheck:
    """How to tell a group row's indicator reference: the framework of the plan year (or the
    analysed year, or the newest shipped), else a plain "starts with ตัวชี้วัด" rule."""
    framework = _framework_near(fiscal_year)
    if framework is not None:
        from ita_xl.framework import is_indicator_reference

        return lambda text: bool(is_indicator_reference(text, framework))
    return _looks_like_reference


def instrument_names(fiscal_year: Optional[int]) -> Tuple[Tuple[str, ...], ...]:
    """Each instrument's code and names (the framework's, else IIT/EIT/OIT): results headers
    naming one are its column."""
    framework = _framework_near(fiscal_year)
    if framework is None:
        return DEFAULT_INSTRUMENTS
    return tuple((i.code, i.name_th, i.name_en) for i in framework.instruments)


def _framework_near(fiscal_year: Optional[int]) -> Any:
    try:
        from ita_xl.framework import available_years, load_framework

        years = [y for y in (fiscal_year, (fiscal_year or 0) - 1) if y]
        years += sorted(available_years() or [], reverse=True)
        for year in years:
            try:
                framework = load_framework(year)
            except ItaXlError:
                continue
            if framework is not None:
                return framework
    except ItaXlError:
        return None
    return None


def _looks_like_reference(text: str) -> bool:
    key = header_key(text)
    return key.startswith("ตัวชี้วัด") or key.startswith("indicator")
