"""Open now / open on a day: Europe/Amsterdam, daylight-saving changes, Dutch public holidays, past midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from socialekaart.search.documents import OpeningInterval
from socialekaart.search.engine import SearchEngine, SearchFilters
from socialekaart.search.opening import AMSTERDAM, holiday_name, is_open_at, is_open_on

from .conftest import ids

SUNDAY_MORNING = (OpeningInterval(6, time(10), time(12)),)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_spring_forward() -> None:
    # Sunday 30 March 2025: 02:00 CET → 03:00 CEST. 08:30 UTC is 10:30 local (open); a naive +1h would say 09:30.
    assert is_open_at(SUNDAY_MORNING, utc(2025, 3, 30, 8, 30)) is True
    assert is_open_at(SUNDAY_MORNING, utc(2025, 3, 30, 10, 0)) is False  # 12:00 CEST: closed
    # a week earlier (CET) the same UTC instant is 09:30 local: closed
    assert is_open_at(SUNDAY_MORNING, utc(2025, 3, 23, 8, 30)) is False
    assert is_open_at(SUNDAY_MORNING, utc(2025, 3, 23, 9, 30)) is True


def test_fall_back() -> None:
    # Sunday 26 October 2025: 03:00 CEST → 02:00 CET. 10:30 local is 09:30 UTC.
    assert is_open_at(SUNDAY_MORNING, utc(2025, 10, 26, 9, 30)) is True
    assert is_open_at(SUNDAY_MORNING, utc(2025, 10, 26, 8, 30)) is False  # 09:30 CET
    assert is_open_at(SUNDAY_MORNING, utc(2025, 10, 26, 10, 59)) is True  # 11:59 CET


def test_public_holidays_close_regular_schedules() -> None:
    weekdays = tuple(OpeningInterval(d, time(9), time(17)) for d in range(7))
    kingsday = datetime(2025, 4, 26, 11, 0, tzinfo=AMSTERDAM)
    assert holiday_name(kingsday.date()) is not None
    assert is_open_at(weekdays, kingsday) is False
    assert is_open_on(weekdays, date(2025, 12, 25)) is False
    assert is_open_on(weekdays, date(2025, 4, 21)) is False  # Easter Monday
    assert is_open_on(weekdays, date(2025, 4, 22)) is True


def test_past_midnight_and_naive_times() -> None:
    friday_night = (OpeningInterval(4, time(20), time(1)),)
    assert is_open_at(friday_night, datetime(2025, 3, 7, 23, 30)) is True  # naive = Amsterdam
    assert is_open_at(friday_night, datetime(2025, 3, 8, 0, 30)) is True  # Saturday 00:30
    assert is_open_at(friday_night, datetime(2025, 3, 8, 1, 0)) is False
    assert is_open_at(friday_night, datetime(2025, 3, 7, 19, 59)) is False
    until_midnight = (OpeningInterval(0, time(18), time(0)),)
    assert is_open_at(until_midnight, datetime(2025, 3, 3, 23, 59)) is True


def test_validity_period_and_unknown_schedule() -> None:
    summer = (OpeningInterval(0, time(9), time(17), date(2025, 6, 1), date(2025, 8, 31)),)
    assert is_open_on(summer, date(2025, 6, 2)) is True
    assert is_open_on(summer, date(2025, 9, 1)) is False
    assert is_open_at((), datetime(2025, 3, 3, 10)) is None
    assert is_open_on((), date(2025, 3, 3)) is None


def test_engine_open_now_filter_across_dst(engine: SearchEngine) -> None:
    f = SearchFilters(open_now=True)
    assert ids(engine.search("koffie", f, now=utc(2025, 3, 30, 8, 30))) == ["s06"]
    assert ids(engine.search("koffie", f, now=utc(2025, 3, 23, 8, 30))) == []
    r = engine.search("koffie", now=utc(2025, 3, 30, 8, 30))
    assert r.results[0].open_now is True


def test_engine_open_now_on_a_public_holiday(engine: SearchEngine) -> None:
    f = SearchFilters(open_now=True)
    normal_monday = datetime(2025, 4, 14, 10, 0, tzinfo=AMSTERDAM)
    easter_monday = datetime(2025, 4, 21, 10, 0, tzinfo=AMSTERDAM)
    assert "s01" in ids(engine.search("schulden", f, now=normal_monday))
    assert ids(engine.search("schulden", f, now=easter_monday)) == []
    by_id = {r.id: r for r in engine.search("schulden", now=easter_monday).results}
    assert by_id["s01"].open_now is False
    assert by_id["s02"].open_now is None  # no schedule: unknown, not closed


def test_engine_open_on_a_day_and_past_midnight(engine: SearchEngine) -> None:
    tuesday = engine.search("", SearchFilters(open_on=date(2025, 3, 4)), now=datetime(2025, 3, 3))
    assert set(ids(tuesday)) == {"s01", "s03", "s05"}
    assert ids(engine.search("", SearchFilters(open_on=date(2025, 3, 9)), now=datetime(2025, 3, 3))) == ["s06"]
    assert ids(engine.search("", SearchFilters(open_on=date(2025, 12, 25)), now=datetime(2025, 3, 3))) == []
    saturday_night = datetime(2025, 3, 8, 0, 30, tzinfo=AMSTERDAM)
    assert ids(engine.search("dorpshuis", SearchFilters(open_now=True), now=saturday_night)) == ["s08"]


def test_vectorised_filter_agrees_with_is_open_at(engine: SearchEngine) -> None:
    start = datetime(2025, 3, 27, 0, 0, tzinfo=UTC)
    docs = {d.id: d for d in engine.documents()}
    for step in range(0, 24 * 6 * 9, 7):  # every 70 minutes over 9 days around the DST change
        moment = start + timedelta(minutes=10 * step)
        got = set(ids(engine.search("", SearchFilters(open_now=True), limit=100, now=moment)))
        want = {i for i, d in docs.items() if is_open_at(d.opening, moment)}
        assert got == want, moment


@pytest.mark.parametrize("day", [date(2025, 1, 1), date(2025, 5, 5), date(2025, 5, 29), date(2025, 6, 9)])
def test_other_holidays(day: date) -> None:
    assert holiday_name(day) is not None
