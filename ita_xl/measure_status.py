"""A measure's status as a value, and where each measure stands on a given day.

Staff type statuses in many words (ยังไม่เริ่ม, กำลังดำเนินการ, แล้วเสร็จ, Done …); they are read
once, here, into four values that validation, the analysis and every writer share, so a word the
deck counts as done is the word validation accepts as done. ``ยังไม่เสร็จ`` ("not yet finished")
contains เสร็จ but is in progress, never done: matching is by whole phrase, not substring.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional, Sequence

from ita_xl.thai import header_key

NOT_STARTED, IN_PROGRESS, DONE, CANCELLED = "not-started", "in-progress", "done", "cancelled"
STATUSES = (NOT_STARTED, IN_PROGRESS, DONE, CANCELLED)

_WORDS: Dict[str, Sequence[str]] = {
    NOT_STARTED: (
        "ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "ยังไม่เริ่มดำเนินการ",
        "ไม่ได้ดำเนินการ", "not started", "not yet started", "to do", "todo",
        "pending", "planned",
    ),
    IN_PROGRESS: (
        "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างการดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ",
        "ดำเนินการอยู่", "ยังไม่เสร็จ", "ยังไม่แล้วเสร็จ", "ดำเนินการบางส่วน", "in progress",
        "ongoing", "underway", "under way", "started", "doing", "not finished", "not yet done",
    ),
    DONE: (
        "ดำเนินการแล้ว", "ดำเนินการแล้วเสร็จ", "ดำเนินการเสร็จแล้ว", "ดำเนินการเสร็จสิ้น",
        "ดำเนินการเสร็จสิ้นแล้ว", "ดำเนินการเรียบร้อยแล้ว", "เสร็จสิ้น", "เสร็จสิ้นแล้ว", "แล้วเสร็จ",
        "เสร็จแล้ว", "เสร็จ", "เรียบร้อยแล้ว", "done", "completed", "complete", "finished",
    ),
    CANCELLED: ("ยกเลิก", "ยกเลิกแล้ว", "ยกเลิกการดำเนินการ", "cancelled", "canceled", "dropped"),
}
_LOOKUP: Dict[str, str] = {header_key(word): status
                           for status, words in _WORDS.items() for word in words}


def parse_status(text: object) -> Optional[str]:
    """The status a cell names (one of STATUSES), or None when blank or not a known phrase."""
    if text is None:
        return None
    key = header_key(str(text)).strip(".:;!-")
    return _LOOKUP.get(key) if key else None


def measure_status(text: object, progress: Optional[float]) -> Optional[str]:
    """A measure's status: the status typed when it is a known one, else what progress says.

    Progress 100 (or more) is done, above 0 in progress, 0 not started; None when neither says.
    """
    typed = parse_status(text)
    if typed is not None:
        return typed
    if progress is None:
        return None
    if progress >= 100:
        return DONE
    return IN_PROGRESS if progress > 0 else NOT_STARTED


# --- where each measure stands on a day ------------------------------------------------------

ON_TRACK, UPCOMING, OVERDUE, NO_PERIOD = "on-track", "upcoming", "overdue", "no-period"
STATES = (OVERDUE, NOT_STARTED, ON_TRACK, UPCOMING, DONE, CANCELLED, NO_PERIOD)  # report order


@dataclass
class MeasureState:
    """One measure on the ``as_of`` day: its state, days overdue and share of its period elapsed."""

    number: int  # 1-based position among the measures (as every output numbers them)
    state: str  # one of STATES
    days_overdue: int = 0
    elapsed_percent: Optional[float] = None  # share of the period passed, 0-100


@dataclass
class FollowUp:
    """Every measure's state on ``as_of``, in measure order."""

    as_of: date
    items: List[MeasureState] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for item in self.items if item.state == state)

    @property
    def counts(self) -> Dict[str, int]:
        return {state: self.count(state) for state in STATES}

    @property
    def overdue(self) -> List[MeasureState]:
        """Overdue measures, longest overdue first."""
        late = [item for item in self.items if item.state == OVERDUE]
        return sorted(late, key=lambda item: (-item.days_overdue, item.number))


def state_on(number: int, status: Optional[str], start: Optional[date], end: Optional[date],
             as_of: date) -> MeasureState:
    """Where a measure stands on ``as_of`` from its status value and its period.

    Done and cancelled measures are what they say; otherwise a period that ended before
    ``as_of`` is overdue (by the days since its last day), one not begun is upcoming, and one
    running is on track unless nothing has started.
    """
    if status in (DONE, CANCELLED):
        return MeasureState(number, status, 0, _elapsed(start, end, as_of))
    if start is None or end is None:
        return MeasureState(number, NO_PERIOD)
    elapsed = _elapsed(start, end, as_of)
    if end < as_of:
        return MeasureState(number, OVERDUE, (as_of - end).days, elapsed)
    if as_of < start:
        return MeasureState(number, UPCOMING, 0, elapsed)
    if status is None or status == NOT_STARTED:
        return MeasureState(number, NOT_STARTED, 0, elapsed)
    return MeasureState(number, ON_TRACK, 0, elapsed)


def _elapsed(start: Optional[date], end: Optional[date], as_of: date) -> Optional[float]:
    if start is None or end is None:
        return None
    total = (end - start).days + 1
    passed = (min(as_of, end) - start).days + 1
    return round(100.0 * max(0, min(total, passed)) / total, 1) if total > 0 else None
