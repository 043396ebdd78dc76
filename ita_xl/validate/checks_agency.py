"""Checks of the หน่วยงาน sheet: required keys, the fiscal year, the target, the meeting date."""
from __future__ import annotations

from typing import Iterator, Optional

from ita_xl.master.model import Located
from ita_xl.validate.context import Context, is_blank, is_number, num, register, shift_column, shown
from ita_xl.validate.findings import Finding

CODES = register(
    "agency",
    "agency-key-missing", "fiscal-year-unreadable", "fiscal-year-not-in-scores",
    "framework-missing-year", "target-not-a-number", "target-out-of-range",
    "meeting-date-unreadable",
)

REQUIRED = (("name", "ชื่อหน่วยงาน", "Agency"), ("fiscal_year", "ปีงบประมาณ", "Fiscal year"))


def _key_cell(loc: Located) -> str:
    """The key cell (column A beside the value) — where staff look when the value is blank."""
    return shift_column(loc.cell, -1) if loc.cell else loc.cell


def check_required(ctx: Context) -> Iterator[Finding]:
    agency = ctx.master.agency
    for attr, key, key_en in REQUIRED:
        loc: Optional[Located] = getattr(agency, attr)
        if loc is None:
            yield ctx.finding("error", "agency-key-missing", agency.sheet, None,
                              label=key, label_en=key_en)
        elif is_blank(loc):
            yield ctx.finding("error", "agency-key-missing", loc.sheet, _key_cell(loc),
                              label=key, label_en=key_en)


def check_fiscal_year(ctx: Context) -> Iterator[Finding]:
    loc = ctx.master.agency.fiscal_year
    if loc is None or is_blank(loc):
        return  # reported as a missing key
    if not ctx.year_from_agency:
        yield ctx.at("error", "fiscal-year-unreadable", loc, raw=shown(loc.raw))
        return
    year = ctx.year
    years = ctx.score_years()
    if year not in years:
        listed = ", ".join(str(y) for y in years) or "-"
        yield ctx.at("error", "fiscal-year-not-in-scores", loc, year=year, years=listed,
                     sheet_scores=ctx.master.scores.sheet)
    if year not in ctx.frameworks:
        on_file = ", ".join(str(y) for y in sorted(ctx.frameworks)) or "-"
        yield ctx.at("error", "framework-missing-year", loc, year=year, years=on_file)


def check_target(ctx: Context) -> Iterator[Finding]:
    loc = ctx.master.agency.target_score
    if loc is not None:
        yield from target_findings(ctx, loc)


def target_findings(ctx: Context, loc: Located) -> Iterator[Finding]:
    """A target (agency-wide or per indicator) must be a number from 0 to 100."""
    if is_blank(loc):
        return
    if not is_number(loc):
        yield ctx.at("error", "target-not-a-number", loc, raw=shown(loc.raw))
    elif not 0 <= float(loc.value) <= 100:
        yield ctx.at("error", "target-out-of-range", loc, value=num(float(loc.value)))


def check_meeting_date(ctx: Context) -> Iterator[Finding]:
    loc = ctx.master.agency.meeting_date
    if loc is not None and loc.problem is not None and not is_blank(loc):
        yield ctx.at("warning", "meeting-date-unreadable", loc, raw=shown(loc.raw))


CHECKS = (check_required, check_fiscal_year, check_target, check_meeting_date)
