"""Measure status as one value: the words staff type, and each measure's state on a day."""
from __future__ import annotations

from datetime import date

import pytest

from ita_xl.measure_status import (
    CANCELLED, DONE, IN_PROGRESS, NO_PERIOD, NOT_STARTED, ON_TRACK, OVERDUE, UPCOMING,
    measure_status, parse_status, state_on,
)


@pytest.mark.parametrize("text, expected", [
    ("ยังไม่ดำเนินการ", NOT_STARTED), ("ยังไม่เริ่ม", NOT_STARTED), ("Not started", NOT_STARTED),
    ("อยู่ระหว่างดำเนินการ", IN_PROGRESS), ("กำลัง ดำเนินการ", IN_PROGRESS),
    ("In progress", IN_PROGRESS), ("ยังไม่เสร็จ", IN_PROGRESS),
    ("ดำเนินการแล้ว", DONE), ("เสร็จสิ้น", DONE), ("แล้วเสร็จ", DONE), ("\u200bDone ", DONE),
    ("Completed", DONE), ("ยกเลิก", CANCELLED), ("Cancelled", CANCELLED),
    ("", None), (None, None), ("ดีมาก", None),
])
def test_status_words(text, expected):
    assert parse_status(text) == expected


def test_not_finished_is_never_done():
    assert parse_status("ยังไม่เสร็จ") != DONE
    assert parse_status("ยังไม่แล้วเสร็จ") != DONE


def test_progress_decides_when_status_is_blank_or_unknown():
    assert measure_status("", 100) == DONE
    assert measure_status("??", 40) == IN_PROGRESS
    assert measure_status(None, 0) == NOT_STARTED
    assert measure_status(None, None) is None
    assert measure_status("ยังไม่เริ่ม", 100) == NOT_STARTED  # what staff typed wins


def test_states_on_a_day():
    start, end = date(2026, 10, 1), date(2027, 3, 31)
    day = date(2027, 4, 1)
    assert state_on(1, IN_PROGRESS, start, end, day).state == OVERDUE
    assert state_on(1, IN_PROGRESS, start, end, day).days_overdue == 1
    assert state_on(1, None, start, date(2027, 9, 30), day).state == NOT_STARTED
    assert state_on(1, IN_PROGRESS, start, date(2027, 9, 30), day).state == ON_TRACK
    assert state_on(1, None, date(2027, 5, 1), date(2027, 9, 30), day).state == UPCOMING
    assert state_on(1, DONE, start, end, day).state == DONE
    assert state_on(1, CANCELLED, start, end, day).state == CANCELLED
    assert state_on(1, IN_PROGRESS, None, None, day).state == NO_PERIOD
    half = state_on(1, IN_PROGRESS, date(2027, 1, 1), date(2027, 1, 10), date(2027, 1, 5))
    assert half.elapsed_percent == 50.0
