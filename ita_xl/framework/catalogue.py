"""What framework years are on file, where they come from and what is unverified; and a new year's
file started as a copy of the latest one, for a user to correct (``ita-xl framework [new]``).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

from ita_xl import errors
from ita_xl.framework.facts import Fact
from ita_xl.framework.loader import (
    ENV_DIR, PACKAGED_DIR, available_years, find_file, load_framework, search_dirs,
)


@dataclass(frozen=True)
class YearOnFile:
    """One fiscal year's framework as ``ita-xl framework`` lists it."""

    year: int
    path: str
    packaged: bool  # shipped with ita-xl (else a user's folder)
    kind: str  # rating scheme: "letter" | "level"
    assumed_from: Optional[int]
    unverified: Tuple[str, ...]  # fact keys that are unverified or assumed
    secondary: Tuple[str, ...]  # fact keys from consistent public reports only
    source_note: str
    facts: Tuple[Fact, ...] = ()  # every fact with its flag and source, as the file gives them


def years_on_file(extra_dirs: Iterable[Path] = ()) -> List[YearOnFile]:
    """Every year that has a framework file (first folder wins, as the loader reads it)."""
    extra = list(extra_dirs)
    out = []
    for year in available_years(extra):
        fw = load_framework(year, extra)
        path = Path(fw.source)
        out.append(YearOnFile(
            year=year, path=str(path), packaged=path.parent == PACKAGED_DIR,
            kind=fw.rating.kind, assumed_from=fw.assumed_from,
            unverified=tuple(f.key for f in fw.unverified_facts),
            secondary=tuple(f.key for f in fw.facts if f.flag == "secondary" and not f.assumed),
            source_note=fw.source_note, facts=fw.facts,
        ))
    return out


def _target_dir(dest_dir: Optional[Path]) -> Path:
    if dest_dir is not None:
        return Path(dest_dir)
    env = [p for p in os.environ.get(ENV_DIR, "").split(os.pathsep) if p.strip()]
    if env:
        return Path(env[0])
    raise errors.FrameworkDirMissing(variable=ENV_DIR)


def new_year_file(year: int, dest_dir: Optional[Path] = None, overwrite: bool = False,
                  extra_dirs: Iterable[Path] = ()) -> Tuple[Path, int, bool]:
    """Write ``<year>.json`` into ``dest_dir`` (else the first ``ITA_XL_FRAMEWORK_DIR`` folder):
    the latest year on file before it, copied, with every fact flagged unverified and assumed.

    Returns (the file, the year it copies, whether ita-xl will find it without more setup).
    """
    extra = list(extra_dirs)
    earlier = [y for y in available_years(extra) if y < int(year)]
    if not earlier:
        raise errors.FrameworkMissing(year=int(year) - 1)
    source_year = earlier[-1]
    folder = _target_dir(dest_dir).resolve()
    target = folder / f"{int(year)}.json"
    if target.exists() and not overwrite:
        raise errors.AlreadyExists(path=target)
    source = find_file(source_year, extra)
    data = json.loads(Path(source).read_text(encoding="utf-8-sig"))  # type: ignore[arg-type]
    data.update(year=int(year), assumed_from=source_year, national=None)
    data["source_note"] = (
        f"ASSUMED: a copy of {source_year} made by `ita-xl framework new {int(year)}`. Correct "
        "every fact the NACC has published for this year and set its flag and source.")
    for fact in data.get("facts", {}).values():
        fact["flag"] = "unverified"
        fact["note"] = f"Assumed equal to {source_year}. {fact.get('note', '')}".strip()
        fact["source"] = f"assumed from {source_year}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise errors.OutputNotWritable(path=folder) from exc
    found = any(d.resolve() == folder.resolve() for d in search_dirs(extra))
    return target, source_year, found


def _facts(keys: Iterable[str], lang: str) -> str:
    from ita_xl.messages import text

    return ", ".join(text(f"framework.fact.{k}", lang) for k in keys)


def describe_years(lang: str = "th", extra_dirs: Iterable[Path] = ()) -> str:
    """``ita-xl framework``: each year on file, its scheme and file, what is assumed,
    unverified or only secondary, and the folders searched."""
    from ita_xl.messages import text

    extra = list(extra_dirs)
    lines = [text("framework.list.head", lang)]
    for item in years_on_file(extra):
        where = text("framework.list.packaged", lang) if item.packaged else item.path
        lines.append(text("framework.list.year", lang, year=item.year, path=where,
                          kind=text(f"framework.kind.{item.kind}", lang)))
        if item.assumed_from is not None:
            lines.append(text("framework.list.assumed", lang, source=item.assumed_from))
        if item.unverified:
            lines.append(text("framework.list.unverified", lang,
                              facts=_facts(item.unverified, lang)))
        if item.secondary:
            lines.append(text("framework.list.secondary", lang,
                              facts=_facts(item.secondary, lang)))
    folders = "; ".join(str(d) for d in search_dirs(extra))
    lines.append(text("framework.list.folders", lang, folders=folders))
    lines.append(text("framework.list.sources-hint", lang))
    return "\n".join(lines)


def _year_on_file(year: int, extra: List[Path]) -> YearOnFile:
    if find_file(year, extra) is None:
        raise errors.FrameworkMissing(year=int(year))
    return next(item for item in years_on_file(extra) if item.year == int(year))


def describe_year(year: int, lang: str = "th", extra_dirs: Iterable[Path] = ()) -> str:
    """``ita-xl framework YEAR``: the year's scheme and file, then each fact with how sure it is
    and its source (the catalogue's "source not recorded" where the file gives none)."""
    from ita_xl.messages import text

    item = _year_on_file(year, list(extra_dirs))
    where = text("framework.list.packaged", lang) if item.packaged else item.path
    lines = [text("framework.year.head", lang, year=item.year, path=where,
                  kind=text(f"framework.kind.{item.kind}", lang))]
    if item.assumed_from is not None:
        lines.append(text("framework.list.assumed", lang, source=item.assumed_from))
    lines.append(text("framework.year.facts", lang))
    for fact in item.facts:
        source = (text("framework.source.given", lang, source=fact.source) if fact.source
                  else text("framework.source.none", lang))
        lines.append(text("framework.year.fact", lang, fact=text(f"framework.fact.{fact.key}", lang),
                          flag=text(f"framework.flag.{fact.flag}", lang), source=source))
    return "\n".join(lines)
