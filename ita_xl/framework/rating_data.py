"""Reading the ``rating``, ``facts`` and ``oit_items`` parts of a year's data file.

Shape problems raise ValueError with the place and the problem (the loader turns it into
errors.FrameworkInvalid). Older files with only ``grades`` (letter bands) still load: their
scheme is built from the bands.
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ita_xl.framework.facts import FACT_KEYS, Fact, OitItem
from ita_xl.framework.rating import FLAGS, KINDS, RatingLevel, RatingScheme, RetiredLabels
from ita_xl.rounding import dec

_CENT = dec("0.01")


def _need(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise ValueError(f"{where}: missing '{key}'")
    return obj[key]


def _text(obj: Any, key: str, where: str, default: Optional[str] = None) -> str:
    if default is not None and (not isinstance(obj, dict) or key not in obj):
        return default
    value = _need(obj, key, where)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise ValueError(f"{where}: '{key}' must be a text")
    return value.strip()


def _number(obj: Any, key: str, where: str) -> float:
    value = _need(obj, key, where)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ValueError(f"{where}: '{key}' must be a number from 0 to 100")
    return float(value)


def _flag(obj: Any, where: str, default: str = "verified") -> str:
    flag = _text(obj, "flag", where, default)
    if flag not in FLAGS:
        raise ValueError(f"{where}: flag '{flag}' is not one of {', '.join(FLAGS)}")
    return flag


def _texts(obj: Any, key: str, where: str) -> Tuple[str, ...]:
    values = obj.get(key, []) if isinstance(obj, dict) else []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{where}: '{key}' must be a list of texts")
    return tuple(v.strip() for v in values if v.strip())


def _level(obj: Any, rank: int, instruments: Sequence[str], where: str) -> RatingLevel:
    rule = _need(obj, "rule", where)
    lines_raw = rule.get("min_instruments", {}) if isinstance(rule, dict) else None
    if not isinstance(lines_raw, dict):
        raise ValueError(f"{where}.rule: 'min_instruments' must map instrument codes to lines")
    lines: List[Tuple[str, float]] = []
    for code, line in lines_raw.items():
        if code not in instruments:
            raise ValueError(f"{where}.rule: instrument '{code}' is not one of "
                             f"{', '.join(instruments)}")
        lines.append((code, _number(lines_raw, code, f"{where}.rule.min_instruments")))
    passed = obj.get("passed", False)
    if not isinstance(passed, bool):
        raise ValueError(f"{where}: 'passed' must be true or false")
    return RatingLevel(
        code=_text(obj, "code", where), label_th=_text(obj, "th", where),
        label_en=_text(obj, "en", where), rank=rank,
        min_overall=_number(rule, "min_overall", f"{where}.rule"),
        min_instruments=tuple(lines), passed=passed, accepted=_texts(obj, "accepted", where),
        flag=_flag(obj, where), source=_text(obj, "source", where, ""),
    )


def _retired(obj: Any) -> Optional[RetiredLabels]:
    if obj is None:
        return None
    where = "rating.retired"
    labels = _texts(obj, "labels", where)
    since = _need(obj, "since", where)
    if not labels or isinstance(since, bool) or not isinstance(since, int):
        raise ValueError(f"{where}: needs 'labels' and a year 'since'")
    return RetiredLabels(labels, since, _flag(obj, where), _text(obj, "source", where, ""),
                         _text(obj, "note", where, ""))


def scheme_from_dict(data: Any, instruments: Sequence[str]) -> RatingScheme:
    """A RatingScheme from the file's ``rating`` object, checked: levels best first, the last
    reachable by any score (min_overall 0), no two levels with the same code."""
    where = "rating"
    kind = _text(data, "kind", where)
    if kind not in KINDS:
        raise ValueError(f"{where}: kind '{kind}' is not one of {', '.join(KINDS)}")
    raw = _need(data, "levels", where)
    if not isinstance(raw, list) or len(raw) < 2:
        raise ValueError(f"{where}: 'levels' must list at least two levels, best first")
    levels = tuple(_level(obj, n + 1, instruments, f"{where}.levels[{n}]")
                   for n, obj in enumerate(raw))
    if len({lv.code for lv in levels}) != len(levels):
        raise ValueError(f"{where}: level codes repeat")
    if levels[-1].min_overall != 0 or levels[-1].min_instruments:
        raise ValueError(f"{where}: the last level must take every score (min_overall 0)")
    for better, worse in zip(levels, levels[1:]):
        if better.min_overall < worse.min_overall:
            raise ValueError(f"{where}: levels must run from best to worst "
                             f"('{better.code}' asks less than '{worse.code}')")
    return RatingScheme(kind, levels, _flag(data, where), _text(data, "source", where, ""),
                        _text(data, "note", where, ""), _retired(data.get("retired")))


def scheme_from_bands(bands: Iterable[Any]) -> RatingScheme:
    """The letter scheme of legacy ``grades`` bands (GradeBand: grade, low, high), best first."""
    levels = []
    for rank, band in enumerate(bands, 1):
        levels.append(RatingLevel(code=band.grade, label_th=band.grade, label_en=band.grade,
                                  rank=rank, min_overall=band.low, passed=False,
                                  max_overall=band.high))
    passing = [lv for lv in levels if lv.min_overall >= 85] or levels[:1]
    levels = [RatingLevel(**{**lv.__dict__, "passed": lv in passing}) for lv in levels]
    return RatingScheme("letter", tuple(levels))


def bands_of(scheme: RatingScheme) -> Tuple[Tuple[str, float, float], ...]:
    """(code, low, high) of an overall-only scheme's levels (high = next better low − 0.01)."""
    if any(lv.min_instruments for lv in scheme.levels):
        return ()
    out = []
    high = dec(100)
    for level in scheme.levels:
        out.append((level.code, level.min_overall, float(high)))
        high = dec(level.min_overall) - _CENT
    return tuple(out)


FACT_FIELDS = ("flag", "source", "note")


def facts_from_dict(data: Any, assumed: bool) -> Tuple[Fact, ...]:
    """The ``facts`` object: key -> {flag, source, note}; every key of FACT_KEYS it names."""
    if data is None:
        return ()
    if not isinstance(data, dict):
        raise ValueError("facts: must map fact names to {flag, source, note}")
    out = []
    for key, obj in data.items():
        where = f"facts.{key}"
        if key not in FACT_KEYS:
            raise ValueError(f"{where}: unknown fact (known: {', '.join(FACT_KEYS)})")
        if not isinstance(obj, dict):
            raise ValueError(f"{where}: must be an object {{flag, source, note}}")
        unknown = sorted(set(obj) - set(FACT_FIELDS))
        if unknown:  # a misspelt "source" would otherwise read as "source not recorded"
            raise ValueError(f"{where}: unknown field '{unknown[0]}' "
                             f"(known: {', '.join(FACT_FIELDS)})")
        out.append(Fact(key, _flag(obj, where, "unverified"), _text(obj, "source", where, ""),
                        _text(obj, "note", where, ""), assumed))
    return tuple(out)


def oit_items_from_dict(data: Any) -> Tuple[OitItem, ...]:
    """``oit_items``: a list of {code, sub?, name_th?, flag?}."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValueError("oit_items: must be a list")
    items = []
    for n, obj in enumerate(data):
        where = f"oit_items[{n}]"
        sub = obj.get("sub") if isinstance(obj, dict) else None
        if sub is not None and not isinstance(sub, str):
            raise ValueError(f"{where}: 'sub' must be a text such as 9.3")
        items.append(OitItem(_text(obj, "code", where), sub, _text(obj, "name_th", where, ""),
                             _flag(obj, where, "secondary")))
    if len({i.code for i in items}) != len(items):
        raise ValueError("oit_items: codes repeat")
    return tuple(items)


def legacy_facts(data: Dict[str, Any]) -> Tuple[Fact, ...]:
    """Facts of a file written before flags existed (weights_verified / indicators_verified)."""
    out = []
    for key, flag_key in (("weights", "weights_verified"), ("indicators", "indicators_verified")):
        if isinstance(data.get(flag_key), bool):
            out.append(Fact(key, "verified" if data[flag_key] else "unverified"))
    return tuple(out)
