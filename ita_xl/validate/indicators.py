"""How a staff-typed indicator text reads against the framework, as findings.

Shared by the scores, measures and recommendations checks: the same typo gets the same code and
the same suggestion wherever it is typed.
"""
from __future__ import annotations

from typing import Iterator, Optional

from ita_xl.framework.model import IndicatorMatch
from ita_xl.framework.resolve import OFFICIAL_SUB_LABEL, UNOFFICIAL_SUB_LABELS
from ita_xl.master.model import Located
from ita_xl.validate.context import Context, indicator_params, register, shown
from ita_xl.validate.findings import Finding

CODES = register(
    "indicators",
    "indicator-unknown", "indicator-number-name-conflict",
    "indicator-name-unofficial", "sub-indicator-unknown", "sub-indicator-name-unofficial",
    "sub-indicator-label-unofficial",
)


def indicator_findings(ctx: Context, loc: Located, match: Optional[IndicatorMatch],
                       allow_sub: bool = True) -> Iterator[Finding]:
    """Findings for one indicator cell; nothing when no framework is on file."""
    fw = ctx.framework
    if match is None or fw is None:
        return
    text = shown(loc.value if isinstance(loc.value, str) and loc.value else loc.raw)
    if match.number is None or fw.indicator(match.number) is None:
        yield ctx.at("error", "indicator-unknown", loc, text=text,
                     count=len(fw.indicators), year=fw.year)
        return
    params = indicator_params(fw, match.number)
    ind = fw.indicator(match.number)
    sub = next((x for x in ind.subs if x.code == match.sub), None) if match.sub else None
    if match.number_conflict:
        yield ctx.at("warning", "indicator-number-name-conflict", loc, text=text, **params)
    elif not match.exact and (sub is None or match.suggestion in (None, ind.name_th)):
        yield ctx.at("warning", "indicator-name-unofficial", loc, text=text, **params)
    elif not match.exact and allow_sub:
        yield ctx.at("warning", "sub-indicator-name-unofficial", loc, text=text, sub=sub.code,
                     sub_name=sub.name_th, sub_name_en=sub.name_en, **params)
    used = next((x for x in UNOFFICIAL_SUB_LABELS if x in text.replace(" ", "")), None)
    if allow_sub and used:
        yield ctx.at("info", "sub-indicator-label-unofficial", loc, text=text, used=used,
                     official=OFFICIAL_SUB_LABEL)
    if allow_sub and match.sub and not match.sub_known:
        subs = ", ".join(f"{s.code} {s.name_th}" for s in ind.subs)
        subs_en = ", ".join(f"{s.code} {s.name_en}" for s in ind.subs)
        yield ctx.at("warning", "sub-indicator-unknown", loc, text=text, sub=match.sub,
                     subs=subs or "-", subs_en=subs_en or "-", **params)
