"""Opening hours from catalog schedules (search.from_catalog): monthly rules, bounds, DST and holidays, read as the
detail view reads them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from socialekaart.catalog.models import Organization, Schedule, Service
from socialekaart.catalog.queries import service_detail
from socialekaart.catalog.schedules import read_rule
from socialekaart.catalog.store import Catalog
from socialekaart.search import from_catalog
from socialekaart.search.engine import SearchFilters
from socialekaart.search.from_catalog import calendar_window
from socialekaart.search.opening import AMSTERDAM, is_open_at, is_public_holiday
from socialekaart.search.service import CatalogSearch

TODAY = datetime(2026, 3, 1, 12, 0, tzinfo=AMSTERDAM)

SCHEDULES: dict[str, dict[str, Any]] = {
    "weekly": {"freq": "WEEKLY", "byday": "TU", "opens_at": time(9), "closes_at": time(11)},
    "third_wed": {"freq": "MONTHLY", "byday": "3WE", "opens_at": time(14), "closes_at": time(16)},
    "last_fri": {"freq": "MONTHLY", "byday": "-1FR", "opens_at": time(10), "closes_at": time(12)},
    "first_mon": {"byday": "1MO", "opens_at": time(9), "closes_at": time(12), "description": "Elke 1e maandag"},
    "ended": {"freq": "WEEKLY", "byday": "WE", "opens_at": time(9), "closes_at": time(17), "until": date(2026, 2, 1)},
    "last_sun": {"freq": "MONTHLY", "byday": "-1SU", "opens_at": time(10), "closes_at": time(12)},
    "last_fri_night": {"freq": "MONTHLY", "byday": "-1FR", "opens_at": time(20), "closes_at": time(1)},
}


def add_services(catalog: Catalog, schedules: dict[str, dict[str, Any]]) -> None:
    """One service per schedule, with the schedule on the service itself; the service id is the key."""
    with catalog.write() as session:
        session.add(Organization(id="org", name="Surplus Welzijn", description="welzijn"))
        for sid, fields in schedules.items():
            session.add(Service(id=sid, organization_id="org", name=f"Dienst {sid}", status="active"))
            session.flush()
            session.add(Schedule(id=f"sch-{sid}", service_id=sid, **fields))


@pytest.fixture
def search(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[CatalogSearch]:
    monkeypatch.setattr(from_catalog, "now_local", lambda: TODAY)
    add_services(catalog, SCHEDULES)
    yield CatalogSearch(catalog)


def open_on(search: CatalogSearch, day: date) -> set[str]:
    return {r.id for r in search.search("", SearchFilters(open_on=day), limit=100).results}


def open_now(search: CatalogSearch, moment: datetime) -> set[str]:
    return {r.id for r in search.search("", SearchFilters(open_now=True), limit=100, now=moment).results}


def test_weekly_rule_stays_weekly(search: CatalogSearch) -> None:
    assert "weekly" in open_on(search, date(2026, 3, 3))
    assert "weekly" in open_on(search, date(2027, 9, 7))  # weekly slots have no window
    assert "weekly" not in open_on(search, date(2026, 3, 4))


def test_open_on_finds_a_monthly_only_service(search: CatalogSearch) -> None:
    assert "third_wed" in open_on(search, date(2026, 3, 18))  # 3rd Wednesday
    assert "third_wed" not in open_on(search, date(2026, 3, 11))  # 2nd
    assert "third_wed" not in open_on(search, date(2026, 3, 25))  # 4th
    assert "third_wed" in open_now(search, datetime(2026, 3, 18, 15, 0, tzinfo=AMSTERDAM))
    assert "third_wed" not in open_now(search, datetime(2026, 3, 18, 16, 0, tzinfo=AMSTERDAM))
    by_id = {r.id: r for r in search.search("", now=datetime(2026, 3, 18, 15, 0, tzinfo=AMSTERDAM)).results}
    assert by_id["third_wed"].open_now is True


def test_last_friday(search: CatalogSearch) -> None:
    assert "last_fri" in open_on(search, date(2026, 3, 27))
    assert "last_fri" not in open_on(search, date(2026, 3, 20))
    assert "last_fri" in open_on(search, date(2026, 7, 31))


def test_empty_freq_first_monday_is_read_alike_by_search_and_detail(catalog: Catalog, search: CatalogSearch) -> None:
    with catalog.read() as session:
        row = session.get(Schedule, "sch-first_mon")
        assert row is not None
        rule = read_rule(row)
    start = date(2026, 3, 1)
    days = [start + timedelta(k) for k in range(92)]
    found = [d for d in days if "first_mon" in open_on(search, d)]
    assert found == [d for d in days if rule.occurs_on(d) and not is_public_holiday(d)]
    assert found == [date(2026, 3, 2), date(2026, 5, 4)]  # 6 April is Easter Monday
    assert "first_mon" not in open_on(search, date(2026, 3, 9))  # not every Monday, as search read it before
    hours = service_detail(catalog, "first_mon", today=start).hours
    assert hours.days[0] == ()  # closed
    assert hours.other == ("Elke 1e maandag",)


def test_until_in_the_past(search: CatalogSearch) -> None:
    assert "ended" in open_on(search, date(2026, 1, 28))
    assert "ended" not in open_on(search, date(2026, 3, 4))  # a Wednesday after `until`
    assert "ended" not in open_now(search, datetime(2026, 3, 4, 10, 0, tzinfo=AMSTERDAM))


def test_monthly_rule_across_daylight_saving_changes(search: CatalogSearch) -> None:
    # Sunday 29 March 2026 is the last Sunday of March and the day clocks go forward (CET → CEST).
    assert "last_sun" in open_now(search, datetime(2026, 3, 29, 8, 30, tzinfo=UTC))  # 10:30 CEST
    assert "last_sun" in open_now(search, datetime(2026, 3, 29, 9, 59, tzinfo=UTC))  # 11:59 CEST
    assert "last_sun" not in open_now(search, datetime(2026, 3, 29, 10, 0, tzinfo=UTC))  # 12:00 CEST
    # Sunday 25 October 2026: clocks go back (CEST → CET).
    assert "last_sun" not in open_now(search, datetime(2026, 10, 25, 8, 30, tzinfo=UTC))  # 09:30 CET
    assert "last_sun" in open_now(search, datetime(2026, 10, 25, 9, 30, tzinfo=UTC))  # 10:30 CET
    assert "last_sun" not in open_now(search, datetime(2026, 10, 18, 9, 30, tzinfo=UTC))  # not the last Sunday


def test_monthly_rule_on_a_public_holiday(search: CatalogSearch) -> None:
    easter_monday = datetime(2026, 4, 6, 10, 0, tzinfo=AMSTERDAM)  # also the first Monday of April
    assert is_public_holiday(easter_monday.date())
    assert "first_mon" not in open_on(search, easter_monday.date())
    assert "first_mon" not in open_now(search, easter_monday)
    assert "first_mon" in open_now(search, datetime(2026, 5, 4, 10, 0, tzinfo=AMSTERDAM))


def test_monthly_slot_past_midnight(search: CatalogSearch) -> None:
    assert "last_fri_night" in open_now(search, datetime(2026, 3, 28, 0, 30, tzinfo=AMSTERDAM))  # after Fri 27th
    assert "last_fri_night" not in open_now(search, datetime(2026, 3, 21, 0, 30, tzinfo=AMSTERDAM))


def test_vectorised_filter_agrees_with_is_open_at(search: CatalogSearch) -> None:
    engine = search.ensure_fresh()
    docs = {d.id: d for d in engine.documents()}
    start = datetime(2026, 3, 26, 0, 0, tzinfo=UTC)
    for step in range(0, 24 * 6 * 9, 7):  # every 70 minutes over 9 days around the DST change
        moment = start + timedelta(minutes=10 * step)
        want = {i for i, d in docs.items() if is_open_at(d.opening, moment)}
        assert open_now(search, moment) == want, moment


def test_calendar_window_moves_by_month() -> None:
    assert calendar_window(date(2026, 3, 15)) == (date(2026, 2, 1), date(2028, 3, 31))
    assert calendar_window(date(2026, 3, 1)) == calendar_window(date(2026, 3, 31))
    assert calendar_window(date(2026, 1, 5)) == (date(2025, 12, 1), date(2028, 1, 31))
    assert calendar_window(date(2026, 12, 31)) == (date(2026, 11, 1), date(2028, 12, 31))


def test_monthly_service_found_with_the_real_date(catalog: Catalog) -> None:
    """Without a fixed today: the 3rd Wednesday of next month is in the window."""
    add_services(catalog, {"third_wed": SCHEDULES["third_wed"]})
    today = datetime.now(AMSTERDAM).date()
    first_next = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    first_wed = first_next + timedelta(days=(2 - first_next.weekday()) % 7)
    third_wed = first_wed + timedelta(days=14)
    search = CatalogSearch(catalog)
    if not is_public_holiday(third_wed):
        assert open_on(search, third_wed) == {"third_wed"}
    assert open_on(search, third_wed - timedelta(days=7)) == set()
