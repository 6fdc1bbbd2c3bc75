"""Opening-hours logic ("open now", "open on a day") in Europe/Amsterdam time with Dutch public holidays.

Rule: on a Dutch public holiday (as listed by ``holidays.NL``) a regular schedule (weekly or monthly) counts as
*closed*; the catalog has no way yet to say "also open on holidays". A service without any schedule is *unknown*
(``None``), never "closed". A slot whose closing time is at or before its opening time runs past midnight.

The slots come from ``catalog.schedules`` through ``search.from_catalog``: a plain weekly rule is one slot per
weekday, a calendar rule (MONTHLY "3WE", every other week, ...) is one slot per day it occurs, valid on that day only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

from socialekaart.search.documents import OpeningInterval

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@functools.lru_cache(maxsize=64)
def _holidays_for_year(year: int) -> dict[date, str]:
    try:
        return dict(holidays.country_holidays("NL", years=year, language="nl").items())
    except Exception:  # pragma: no cover - unsupported year or language; fall back to English names
        return dict(holidays.country_holidays("NL", years=year).items())


def holiday_name(day: date) -> str | None:
    """Name of the Dutch public holiday on ``day``, or ``None``."""
    if not 1900 <= day.year <= 2200:
        return None
    return _holidays_for_year(day.year).get(day)


def is_public_holiday(day: date) -> bool:
    return holiday_name(day) is not None


def to_local(moment: datetime) -> datetime:
    """Europe/Amsterdam wall-clock time of ``moment``; a naive datetime is taken as Amsterdam local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


def now_local() -> datetime:
    return datetime.now(AMSTERDAM)


def minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _valid_on(slot: OpeningInterval, day: date) -> bool:
    if slot.valid_from is not None and day < slot.valid_from:
        return False
    return not (slot.valid_to is not None and day > slot.valid_to)


def _span(slot: OpeningInterval) -> tuple[int, int]:
    """Opening and closing minute; closing may exceed 1440 for a slot that runs past midnight."""
    start, end = minutes(slot.opens), minutes(slot.closes)
    if end <= start:
        end += 24 * 60
    return start, end


def is_open_at(slots: Iterable[OpeningInterval], moment: datetime) -> bool | None:
    """Whether a schedule is open at ``moment``; ``None`` when there is no schedule at all."""
    slots = tuple(slots)
    if not slots:
        return None
    local = to_local(moment)
    today = local.date()
    minute = local.hour * 60 + local.minute
    yesterday = today - timedelta(days=1) if today > date.min else today
    for slot in slots:
        start, end = _span(slot)
        if (
            slot.weekday == today.weekday()
            and _valid_on(slot, today)
            and not is_public_holiday(today)
            and start <= minute < end
        ):
            return True
        if (
            end > 24 * 60
            and slot.weekday == yesterday.weekday()
            and _valid_on(slot, yesterday)
            and not is_public_holiday(yesterday)
            and minute + 24 * 60 < end
        ):
            return True
    return False


def is_open_on(slots: Iterable[OpeningInterval], day: date) -> bool | None:
    """Whether a schedule has any opening on ``day``; ``None`` when there is no schedule at all."""
    slots = tuple(slots)
    if not slots:
        return None
    if is_public_holiday(day):
        return False
    return any(slot.weekday == day.weekday() and _valid_on(slot, day) for slot in slots)
