"""Finding, reading and checking the ``<year>.json`` framework files.

A new fiscal year is a new data file, not new code: users can drop a corrected or newer file in a
folder of their own (``extra_dirs`` or the ``ITA_XL_FRAMEWORK_DIR`` environment variable), which
is searched before the files shipped with the package.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ita_xl import errors
from ita_xl.framework.model import (
    Framework, GradeBand, Indicator, Instrument, NationalResult, SubIndicator,
)
from ita_xl.framework.rating import RatingScheme
from ita_xl.framework.rating_data import (
    bands_of, facts_from_dict, legacy_facts, oit_items_from_dict, scheme_from_dict,
)

ENV_DIR = "ITA_XL_FRAMEWORK_DIR"
PACKAGED_DIR = Path(__file__).resolve().parent / "data"
_FILE_RE = re.compile(r"^(\d{4})\.json$")
_TOLERANCE = 0.01


class _Invalid(ValueError):
    """A shape problem inside a framework file (turned into errors.FrameworkInvalid)."""


def search_dirs(extra_dirs: Iterable[Path] = ()) -> List[Path]:
    """Folders searched for framework files, first match wins: extra, environment, packaged."""
    dirs = [Path(d) for d in extra_dirs]
    env = os.environ.get(ENV_DIR, "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    dirs.append(PACKAGED_DIR)
    return dirs


def find_file(year: int, extra_dirs: Iterable[Path] = ()) -> Optional[Path]:
    for folder in search_dirs(extra_dirs):
        candidate = folder / f"{int(year)}.json"
        if candidate.is_file():
            return candidate
    return None


def available_years(extra_dirs: Iterable[Path] = ()) -> List[int]:
    """Every year that has a ``<year>.json`` file in any searched folder, ascending."""
    years = set()
    for folder in search_dirs(extra_dirs):
        if folder.is_dir():
            for entry in folder.iterdir():
                match = _FILE_RE.match(entry.name)
                if match and entry.is_file():
                    years.add(int(match.group(1)))
    return sorted(years)


def load_framework(year: int, extra_dirs: Iterable[Path] = ()) -> Framework:
    """The framework of BE ``year``; raises errors.FrameworkMissing / FrameworkInvalid."""
    path = find_file(year, extra_dirs)
    if path is None:
        raise errors.FrameworkMissing(year=int(year))
    try:
        stat = path.stat()
    except OSError as exc:
        raise errors.FrameworkInvalid(path=path, detail=str(exc)) from exc
    return _load_cached(str(path), int(year), stat.st_mtime_ns, stat.st_size)


def load_frameworks(years: Iterable[int], extra_dirs: Iterable[Path] = ()) -> Dict[int, Framework]:
    """Frameworks of those ``years`` that have a file (missing years are simply absent)."""
    extra = list(extra_dirs)
    found: Dict[int, Framework] = {}
    for year in years:
        if find_file(year, extra) is not None:
            found[int(year)] = load_framework(year, extra)
    return found


@lru_cache(maxsize=64)
def _load_cached(path: str, year: int, _mtime: int, _size: int) -> Framework:
    """Parse once per file version (the key includes mtime and size, so edits are picked up)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.FrameworkInvalid(path=path, detail=str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise errors.FrameworkInvalid(
            path=path, detail=f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    try:
        framework = framework_from_dict(data, source=path)
    except ValueError as exc:  # _Invalid and the rating/facts readers' problems
        raise errors.FrameworkInvalid(path=path, detail=str(exc)) from exc
    if framework.year != year:
        raise errors.FrameworkInvalid(
            path=path, detail=f"the file says year {framework.year} but is named {year}.json"
        )
    return framework


# --- shape checking --------------------------------------------------------------------------


def _get(obj: Any, key: str, kind: Any, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _Invalid(f"{where}: missing '{key}'")
    value = obj[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(f"{where}: '{key}' must be a number")
        return float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(f"{where}: '{key}' has the wrong type")
    return value


def _text(obj: Any, key: str, where: str) -> str:
    value = _get(obj, key, str, where).strip()
    if not value:
        raise _Invalid(f"{where}: '{key}' is empty")
    return value


def _variants(obj: Dict[str, Any], where: str, key: str = "variants") -> Tuple[str, ...]:
    values = obj.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _Invalid(f"{where}: '{key}' must be a list of texts")
    return tuple(v.strip() for v in values if v.strip())


def _sub(obj: Any, where: str) -> SubIndicator:
    code = _text(obj, "code", where)
    if not re.match(r"^\d{1,2}\.\d{1,2}$", code):
        raise _Invalid(f"{where}: sub-indicator code '{code}' is not like 9.3")
    return SubIndicator(
        code=code, name_th=_text(obj, "name_th", where), name_en=_text(obj, "name_en", where),
        variants=_variants(obj, where), accepted=_variants(obj, where, "accepted"),
    )


def _indicator(obj: Any, codes: Tuple[str, ...], index: int) -> Indicator:
    where = f"indicators[{index}]"
    number = _get(obj, "number", int, where)
    instrument = _text(obj, "instrument", where)
    if instrument not in codes:
        raise _Invalid(f"{where}: instrument '{instrument}' is not one of {', '.join(codes)}")
    subs_raw = obj.get("subs", [])
    if not isinstance(subs_raw, list):
        raise _Invalid(f"{where}: 'subs' must be a list")
    subs = tuple(_sub(s, f"{where}.subs[{i}]") for i, s in enumerate(subs_raw))
    for sub in subs:
        if sub.code.split(".")[0] != str(number):
            raise _Invalid(f"{where}: sub-indicator {sub.code} does not belong to {number}")
    weight = _get(obj, "weight", float, where)
    if weight < 0:
        raise _Invalid(f"{where}: negative weight")
    return Indicator(
        number=number, name_th=_text(obj, "name_th", where), name_en=_text(obj, "name_en", where),
        instrument=instrument, weight=weight, subs=subs, variants=_variants(obj, where),
        accepted=_variants(obj, where, "accepted"),
    )


def _scheme(data: Dict[str, Any], codes: Tuple[str, ...]
            ) -> Tuple[Optional[RatingScheme], Tuple[GradeBand, ...]]:
    """The rating scheme and, for overall-only schemes, its letter bands; legacy files give
    ``grades`` (bands) only and their scheme is built from them."""
    if "rating" not in data:
        if "grades" not in data:
            raise _Invalid("file: missing 'rating' (how results are labelled)")
        return None, _grades(data)
    scheme = scheme_from_dict(data["rating"], codes)
    return scheme, tuple(GradeBand(code, low, high) for code, low, high in bands_of(scheme))


def _grades(data: Dict[str, Any]) -> Tuple[GradeBand, ...]:
    raw = _get(data, "grades", list, "file")
    bands = tuple(
        GradeBand(_text(b, "grade", f"grades[{i}]"), _get(b, "low", float, f"grades[{i}]"),
                  _get(b, "high", float, f"grades[{i}]"))
        for i, b in enumerate(raw)
    )
    if not bands:
        raise _Invalid("grades: empty")
    if abs(bands[0].high - 100) > _TOLERANCE or abs(bands[-1].low) > _TOLERANCE:
        raise _Invalid("grades must run from 100 (first band) down to 0 (last band)")
    for upper, lower in zip(bands, bands[1:]):
        if not 0 < upper.low - lower.high <= _TOLERANCE + 1e-9:
            raise _Invalid(f"grades {upper.grade} and {lower.grade} leave a gap or overlap")
    if any(b.low > b.high for b in bands):
        raise _Invalid("grades: a band's low is above its high")
    return bands


def _national(data: Dict[str, Any]) -> Optional[NationalResult]:
    raw = data.get("national")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _Invalid("national: must be an object or null")
    values = []
    for key, kind in (("agencies", int), ("average", float), ("passed_percent", float),
                      ("passed_count", int)):
        values.append(None if raw.get(key) is None else _get(raw, key, kind, "national"))
    return NationalResult(*values)


def _check_weights(indicators: Tuple[Indicator, ...], instruments: Tuple[Instrument, ...]) -> None:
    total = sum(ind.weight for ind in indicators)
    if abs(total - 100) > _TOLERANCE:
        raise _Invalid(f"indicator weights add up to {total:g}, not 100")
    for ins in instruments:
        share = sum(ind.weight for ind in indicators if ind.instrument == ins.code)
        if abs(share - ins.weight) > _TOLERANCE:
            raise _Invalid(
                f"indicators of {ins.code} weigh {share:g} but the instrument weighs {ins.weight:g}"
            )


def framework_from_dict(data: Any, source: str = "") -> Framework:
    """A Framework from parsed JSON, checking its shape; raises ValueError with the problem."""
    if not isinstance(data, dict):
        raise _Invalid("the file must hold one JSON object")
    instruments = tuple(
        Instrument(_text(i, "code", f"instruments[{n}]"), _text(i, "name_th", f"instruments[{n}]"),
                   _text(i, "name_en", f"instruments[{n}]"),
                   _get(i, "weight", float, f"instruments[{n}]"))
        for n, i in enumerate(_get(data, "instruments", list, "file"))
    )
    codes = tuple(i.code for i in instruments)
    raw_indicators = _get(data, "indicators", list, "file")
    indicators = tuple(_indicator(obj, codes, n) for n, obj in enumerate(raw_indicators))
    numbers = [ind.number for ind in indicators]
    if not 5 <= len(indicators) <= 30:
        raise _Invalid(f"expected about ten indicators, found {len(indicators)}")
    if len(set(numbers)) != len(numbers):
        raise _Invalid("indicator numbers repeat")
    _check_weights(indicators, instruments)
    notes = data.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise _Invalid("notes: must be a list of texts")
    scheme, grades = _scheme(data, codes)
    assumed_from = data.get("assumed_from")
    if assumed_from is not None and (isinstance(assumed_from, bool)
                                     or not isinstance(assumed_from, int)):
        raise _Invalid("assumed_from: must be a year or null")
    facts = facts_from_dict(data.get("facts"), assumed=assumed_from is not None)
    facts = facts or legacy_facts(data)
    return Framework(
        year=_get(data, "year", int, "file"),
        indicators=tuple(sorted(indicators, key=lambda ind: ind.number)),
        instruments=instruments,
        grades=grades,
        pass_mark=_get(data, "pass_mark", float, "file"),
        aa_mark=_top_mark(data, scheme),
        weights_verified=_trusted(facts, data, "weights"),
        indicators_verified=_trusted(facts, data, "indicators"),
        national=_national(data),
        notes=tuple(notes),
        source=str(source),
        scheme=scheme,
        facts=facts,
        oit_items=oit_items_from_dict(data.get("oit_items")),
        assumed_from=assumed_from,
        source_note=str(data.get("source_note", "")),
    )


def _top_mark(data: Dict[str, Any], scheme: Optional[RatingScheme]) -> float:
    """The overall score of the best label (95): the file's ``aa_mark``, else the scheme's top."""
    if "aa_mark" in data or scheme is None:
        return _get(data, "aa_mark", float, "file")
    return scheme.top.min_overall


def _trusted(facts: Tuple[Any, ...], data: Dict[str, Any], key: str) -> bool:
    """``weights_verified``/``indicators_verified``: the fact is verified or secondary."""
    fact = next((f for f in facts if f.key == key), None)
    if fact is not None:
        return bool(fact.trusted)
    value = data.get(f"{key}_verified")
    if value is not None and not isinstance(value, bool):
        raise _Invalid(f"file: '{key}_verified' must be true or false")
    return bool(value)
