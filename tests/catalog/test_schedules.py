"""Reading HSDS schedule rows once (catalog.schedules): weekly and calendar rules, bounds, the week in the detail."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest

from socialekaart.catalog.models import Schedule
from socialekaart.catalog.queries import TimeSlot, week_hours
from socialekaart.catalog.schedules import read_rule, read_rules


def spans(slots: tuple[TimeSlot, ...]) -> list[tuple[time, time]]:
    """A day's opening slots as (opens, closes)."""
    return [(slot.opens, slot.closes) for slot in slots]


def row(**kw: Any) -> Schedule:
    kw.setdefault("id", "sch")
    kw.setdefault("opens_at", time(14, 0))
    kw.setdefault("closes_at", time(16, 0))
    return Schedule(**kw)


def days_in(rule_row: Schedule, start: date, end: date) -> list[date]:
    """The days in start..end on which the rule occurs, asked day by day (occurs_on)."""
    rule = read_rule(rule_row)
    return [start + timedelta(k) for k in range((end - start).days + 1) if rule.occurs_on(start + timedelta(k))]


def test_weekly_rule() -> None:
    rule = read_rule(row(freq="WEEKLY", byday="TU, th"))
    assert rule.kind == "weekly"
    assert rule.weekdays == (1, 3)
    assert days_in(row(freq="WEEKLY", byday="TU,TH"), date(2026, 3, 2), date(2026, 3, 8)) == [
        date(2026, 3, 3),
        date(2026, 3, 5),
    ]
    # no freq and bare days: weekly too, as before
    assert read_rule(row(byday="MO")).weekdays == (0,)


def test_monthly_third_wednesday() -> None:
    sched = row(freq="MONTHLY", byday="3WE")
    rule = read_rule(sched)
    assert rule.kind == "calendar"
    assert rule.occurs_on(date(2026, 3, 18))  # 3rd Wednesday
    assert not rule.occurs_on(date(2026, 3, 11))  # 2nd
    assert not rule.occurs_on(date(2026, 3, 25))  # 4th
    assert rule.dates_between(date(2026, 1, 1), date(2026, 4, 30)) == (
        date(2026, 1, 21),
        date(2026, 2, 18),
        date(2026, 3, 18),
        date(2026, 4, 15),
    )
    assert days_in(sched, date(2026, 3, 1), date(2026, 3, 31)) == [date(2026, 3, 18)]


def test_monthly_last_friday() -> None:
    rule = read_rule(row(freq="MONTHLY", byday="-1FR"))
    assert rule.occurs_on(date(2026, 1, 30))
    assert not rule.occurs_on(date(2026, 1, 23))
    assert rule.occurs_on(date(2026, 2, 27))
    assert rule.occurs_on(date(2026, 10, 30))


def test_empty_freq_with_an_ordinal_day_is_monthly() -> None:
    rule = read_rule(row(byday="1MO"))
    assert rule.kind == "calendar"
    assert rule.recurrence is not None and rule.recurrence.freq == "MONTHLY"
    assert days_in(row(byday="1MO"), date(2026, 3, 1), date(2026, 4, 30)) == [date(2026, 3, 2), date(2026, 4, 6)]
    # the detail view reads it the same way: not every Monday, but a rule of its own
    hours = week_hours([row(byday="1MO", description="Eerste maandag van de maand")], date(2026, 3, 1))
    assert hours.days[0] == ()  # closed
    assert hours.other == ("Eerste maandag van de maand",)


def test_bymonthday_interval_and_count() -> None:
    assert read_rule(row(freq="MONTHLY", bymonthday="1,-1")).dates_between(date(2026, 2, 1), date(2026, 3, 31)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    fortnightly = read_rule(row(freq="WEEKLY", byday="TU", interval=2, dtstart=date(2026, 3, 3)))
    assert fortnightly.kind == "calendar"
    assert fortnightly.dates_between(date(2026, 3, 1), date(2026, 3, 31)) == (
        date(2026, 3, 3),
        date(2026, 3, 17),
        date(2026, 3, 31),
    )
    assert not fortnightly.occurs_on(date(2026, 2, 24))  # before dtstart
    three_times = read_rule(row(freq="MONTHLY", byday="2TH", count=3, dtstart=date(2026, 1, 1)))
    assert three_times.dates_between(date(2026, 1, 1), date(2026, 12, 31)) == (
        date(2026, 1, 8),
        date(2026, 2, 12),
        date(2026, 3, 12),
    )
    assert not three_times.ended(date(2026, 3, 12))
    assert three_times.ended(date(2026, 3, 13))
    # the day comes from dtstart when byday and bymonthday are empty, as in iCalendar
    assert read_rule(row(freq="MONTHLY", dtstart=date(2026, 1, 10))).occurs_on(date(2026, 5, 10))
    assert read_rule(row(freq="WEEKLY", dtstart=date(2026, 3, 4))).weekdays == (2,)


@pytest.mark.parametrize(
    "fields",
    [
        {"freq": "WEEKLY", "byday": "1MO"},  # an ordinal in a weekly rule contradicts itself
        {"freq": "MONTHLY", "byday": "6MO"},
        {"freq": "DAILY", "byday": "MO"},
        {"freq": "WEEKLY", "byday": "XX"},
        {"freq": "MONTHLY", "bymonthday": "0"},
        {"freq": "WEEKLY", "byday": "MO", "interval": 2},  # every other week, but from when?
        {"freq": "WEEKLY", "byday": "MO", "interval": 1.5},
        {"freq": "MONTHLY"},  # no day at all
    ],
)
def test_rules_that_cannot_be_read(fields: dict[str, Any]) -> None:
    rule = read_rule(row(**fields))
    assert rule.kind == "unreadable"
    assert not rule.occurs_on(date(2026, 3, 2))
    assert rule.dates_between(date(2026, 1, 1), date(2026, 12, 31)) == ()


def test_until_and_valid_to_bound_every_rule() -> None:
    weekly = read_rule(row(freq="WEEKLY", byday="MO", until=date(2026, 3, 9)))
    assert weekly.occurs_on(date(2026, 3, 9))
    assert not weekly.occurs_on(date(2026, 3, 16))
    assert weekly.ended(date(2026, 3, 10))
    monthly = read_rule(row(freq="MONTHLY", byday="3WE", valid_to=date(2026, 2, 28)))
    assert monthly.occurs_on(date(2026, 2, 18))
    assert not monthly.occurs_on(date(2026, 3, 18))
    both = read_rule(row(freq="MONTHLY", byday="3WE", valid_to=date(2026, 12, 31), until=date(2026, 6, 30)))
    assert both.last == date(2026, 6, 30)
    later = read_rule(row(freq="WEEKLY", byday="MO", valid_from=date(2026, 3, 1), dtstart=date(2026, 3, 10)))
    assert later.first == date(2026, 3, 10)
    assert not later.occurs_on(date(2026, 3, 9))
    assert later.occurs_on(date(2026, 3, 16))

    today = date(2026, 3, 20)
    hours = week_hours(
        [
            row(id="a", freq="WEEKLY", byday="MO", until=date(2026, 3, 9)),
            row(id="b", freq="MONTHLY", byday="3WE", valid_to=date(2026, 2, 28), description="Elke 3e woensdag"),
            row(id="c", freq="WEEKLY", byday="TU"),
        ],
        today,
    )
    assert hours.days[0] == ()  # until has passed (it was shown before this change)
    assert spans(hours.days[1]) == [(time(14), time(16))]
    assert hours.other == ()


def test_deleted_rows_are_not_read() -> None:
    from socialekaart.catalog.models import utcnow

    rows = [row(id="a", freq="WEEKLY", byday="MO"), row(id="b", freq="WEEKLY", byday="TU", deleted_at=utcnow())]
    assert [r.weekdays for r in read_rules(rows)] == [(0,)]


def test_week_text_unchanged_for_existing_cases() -> None:
    today = date(2026, 11, 20)
    hours = week_hours(
        [
            row(id="1", freq="WEEKLY", byday="TU,TH", opens_at=time(9), closes_at=time(11), notes="Inloop"),
            row(id="2", freq="WEEKLY", byday="TU", opens_at=time(19), closes_at=time(21)),
            row(
                id="3",
                freq="MONTHLY",
                byday="3WE",
                description="Elke derde woensdag van de maand, 14.00-16.00 uur",
            ),
            row(id="4", freq="MONTHLY", byday="-1FR", notes="Op afspraak"),
            row(id="5", freq="WEEKLY", byday="FR", opens_at=time(9), closes_at=time(10), valid_to=date(2020, 1, 1)),
            row(id="6", freq="WEEKLY", byday="SA", opens_at=None, closes_at=None, description="Zaterdag op afspraak"),
            row(id="7", byday="su", opens_at=time(20), closes_at=time(1)),
        ],
        today,
    )
    assert [spans(hours.days[d]) for d in range(7)] == [
        [],
        [(time(9), time(11)), (time(19), time(21))],
        [],
        [(time(9), time(11))],
        [],
        [],
        [(time(20), time(1))],
    ]
    assert hours.days[1][0].note == "Inloop"
    assert hours.other == (
        "Elke derde woensdag van de maand, 14.00-16.00 uur",
        "monthly -1FR 14.00–16.00 (Op afspraak)",
        "Zaterdag op afspraak",
    )
    assert week_hours([]).empty
