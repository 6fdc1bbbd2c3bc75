"""One reading of HSDS schedule rows, so the detail view and the search filters agree on when a service is open."""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from dateutil import rrule as _rrule

from socialekaart.catalog.models import Schedule
from socialekaart.text import text_of

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

WEEKLY: Literal["WEEKLY"] = "WEEKLY"
MONTHLY: Literal["MONTHLY"] = "MONTHLY"

_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_RRULE_FREQ = {WEEKLY: _rrule.WEEKLY, MONTHLY: _rrule.MONTHLY}

RuleKind = Literal["weekly", "calendar", "unreadable"]


@dataclass(frozen=True, slots=True)
class Recurrence:
    """The calendar part of a rule, in plain hashable values (so its days can be cached)."""

    freq: Literal["WEEKLY", "MONTHLY"]
    #: (weekday 0 = Monday, ordinal within the month or ``None`` for every such day)
    byday: tuple[tuple[int, int | None], ...] = ()
    bymonthday: tuple[int, ...] = ()
    byweekno: tuple[int, ...] = ()
    byyearday: tuple[int, ...] = ()
    interval: int = 1
    count: int | None = None
    #: the start the interval and count are counted from (``dtstart``, else ``valid_from``); None when not needed
    anchor: date | None = None
    wkst: int | None = None

    @property
    def anchored(self) -> bool:
        """Whether which days occur depends on where the rule starts (an interval above 1, or a count)."""
        return self.interval > 1 or self.count is not None


@dataclass(frozen=True, slots=True)
class ScheduleRule:
    """One schedule row as read once: a plain weekly rule, a calendar rule, or an unreadable one."""

    opens: time | None = None
    closes: time | None = None
    first: date | None = None
    last: date | None = None
    #: plain weekly rule: every week on these days (0 = Monday)
    weekdays: tuple[int, ...] = ()
    #: calendar rule
    recurrence: Recurrence | None = None

    @property
    def kind(self) -> RuleKind:
        if self.weekdays:
            return "weekly"
        return "calendar" if self.recurrence is not None else "unreadable"

    @property
    def has_times(self) -> bool:
        return self.opens is not None and self.closes is not None

    def valid_on(self, day: date) -> bool:
        """Whether ``day`` lies within ``first`` .. ``last``."""
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)

    def occurs_on(self, day: date) -> bool:
        """Whether the rule has an opening on ``day`` (without holidays; see ``search.opening``)."""
        if not self.valid_on(day):
            return False
        if self.weekdays:
            return day.weekday() in self.weekdays
        if self.recurrence is None:
            return False
        start = day.replace(day=1)
        end = day.replace(day=monthrange(day.year, day.month)[1])
        return day in _days(self.recurrence, start, end)  # cached per rule and month

    def dates_between(self, start: date, end: date) -> tuple[date, ...]:
        """Every day in ``start`` .. ``end`` (inclusive) on which the rule has an opening, in order."""
        if self.first is not None:
            start = max(start, self.first)
        if self.last is not None:
            end = min(end, self.last)
        if end < start:
            return ()
        if self.weekdays:
            days = (start + timedelta(days=k) for k in range((end - start).days + 1))
            return tuple(d for d in days if d.weekday() in self.weekdays)
        if self.recurrence is None:
            return ()
        return _days(self.recurrence, start, end)

    def ended(self, today: date) -> bool:
        """Whether the rule has no opening left on or after ``today`` (past ``last``, or its count used up)."""
        if self.last is not None and self.last < today:
            return True
        rec = self.recurrence
        if rec is None or rec.count is None:
            return False
        return _next_day(rec, today) is None


def read_rule(row: Schedule) -> ScheduleRule:
    """Read one schedule row.

    - **plain weekly**: ``freq`` empty or ``WEEKLY``, every ``byday`` part a bare day (``MO``..``SU``), no
      ``interval`` above 1, no ``count``, ``bymonthday``, ``byweekno`` or ``byyearday``. Needs no calendar; it is
      the fast path of the search filters.
    - **calendar**: any other rule that can be read (``MONTHLY`` with ``byday`` ``3WE`` or ``-1FR``,
      ``bymonthday``, an ``interval``, a ``count``); its days come from ``dateutil.rrule``.
    - **unreadable**: an unknown ``freq``, a day like ``XX``, an ordinal day in a ``WEEKLY`` rule, an interval or
      count without ``dtstart``/``valid_from``. The detail view shows its description; search does not use it.

    An ordinal day (or a ``bymonthday``) with an empty ``freq`` is read as ``MONTHLY``: "1MO" only means something
    within a month. Without ``byday`` and ``bymonthday`` the day comes from ``dtstart``, as in iCalendar. Every rule
    is bounded by ``first`` (the later of ``valid_from`` and ``dtstart``) and ``last`` (the earlier of ``valid_to``
    and ``until``). Times are Europe/Amsterdam wall-clock times; public holidays are for ``search.opening``.
    """
    first = _later(row.valid_from, row.dtstart)
    last = _earlier(row.valid_to, row.until)
    base = ScheduleRule(opens=row.opens_at, closes=row.closes_at, first=first, last=last)
    freq = text_of(row.freq).upper()
    if freq not in ("", WEEKLY, MONTHLY):
        return base
    byday: list[tuple[int, int | None]] = []
    for part in _parts(row.byday):
        m = _BYDAY.match(part.upper())
        if m is None:
            return base
        ordinal = int(m.group(1)) if m.group(1) else None
        byday.append((ICAL_DAYS.index(m.group(2)), ordinal))
    try:
        bymonthday = _numbers(row.bymonthday, 31)
        byweekno = _numbers(row.byweekno, 53)
        byyearday = _numbers(row.byyearday, 366)
        interval = _whole(row.interval) or 1
        count = _whole(row.count)
    except ValueError:
        return base
    wkst_text = text_of(row.wkst).upper()
    if wkst_text and wkst_text not in ICAL_DAYS:
        return base
    wkst = ICAL_DAYS.index(wkst_text) if wkst_text else None
    has_ordinal = any(n is not None for _, n in byday)
    if not freq:
        freq = MONTHLY if has_ordinal or bymonthday else WEEKLY
    kind: Literal["WEEKLY", "MONTHLY"] = WEEKLY if freq == WEEKLY else MONTHLY
    if has_ordinal and (kind == WEEKLY or any(not 1 <= abs(n) <= 5 for _, n in byday if n is not None)):
        return base  # "1MO" in a WEEKLY rule contradicts itself; a month has at most five of a weekday
    if not byday and not bymonthday:
        # iCalendar takes the day from the start date; without one the rule says no day at all.
        if row.dtstart is None:
            return base
        if kind == WEEKLY:
            byday = [(row.dtstart.weekday(), None)]
        else:
            bymonthday = (row.dtstart.day,)
    plain = kind == WEEKLY and interval == 1 and count is None and not (bymonthday or byweekno or byyearday)
    if plain:
        weekdays = tuple(sorted({d for d, _ in byday}))
        return ScheduleRule(row.opens_at, row.closes_at, first, last, weekdays=weekdays)
    anchored = interval > 1 or count is not None
    anchor = (row.dtstart or row.valid_from) if anchored else None  # None otherwise: equal rules share a cache
    rec = Recurrence(
        freq=kind,
        byday=tuple(byday),
        bymonthday=bymonthday,
        byweekno=byweekno,
        byyearday=byyearday,
        interval=interval,
        count=count,
        anchor=anchor,
        wkst=wkst,
    )
    if anchored and anchor is None:
        return base  # "every other week" or "three times" without a start: which weeks is unknown
    return ScheduleRule(row.opens_at, row.closes_at, first, last, recurrence=rec)


def rule_field_problems(values: dict[str, Any]) -> list[tuple[str, str, str, dict[str, str]]]:
    """(field, code, Dutch reason, the values its wording needs) for each schedule field given that no rule can
    read: an unknown ``freq``, a day that is not MO..SU (with an ordinal of at most 5), day numbers out of range, an
    interval or count below 1."""
    problems: list[tuple[str, str, str, dict[str, str]]] = []
    freq = text_of(values.get("freq")).upper()
    if "freq" in values and freq not in ("", WEEKLY, MONTHLY):
        allowed = f"{WEEKLY}, {MONTHLY}"
        reason = f"onbekende herhaling '{values['freq']}': kies uit {allowed}"
        problems.append(("freq", "schedule_freq", reason, {"value": str(values["freq"]), "allowed": allowed}))
    for part in _parts(values.get("byday")):
        m = _BYDAY.match(part.upper())
        if m is None or (m.group(1) and not 1 <= abs(int(m.group(1))) <= 5):
            reason = f"onbekende dag '{part}': gebruik MO, TU, WE, TH, FR, SA, SU (of 1MO, -1FR)"
            problems.append(("byday", "schedule_day", reason, {"value": part}))
            break
        if m.group(1) and freq == WEEKLY:
            reason = f"'{part}' (de zoveelste dag van de maand) past niet bij {WEEKLY}"
            problems.append(("byday", "schedule_ordinal", reason, {"value": part, "freq": WEEKLY}))
            break
    for name, limit in (("bymonthday", 31), ("byweekno", 53), ("byyearday", 366)):
        try:
            _numbers(values.get(name), limit)
        except ValueError:
            reason = f"verwacht getallen van 1 tot {limit} (of negatief), gescheiden door komma's"
            problems.append((name, "schedule_numbers", reason, {"limit": str(limit)}))
    for name in ("interval", "count"):
        try:
            _whole(values.get(name))
        except (ValueError, OverflowError):
            problems.append((name, "schedule_whole", "verwacht een geheel getal van 1 of meer", {}))
    wkst = text_of(values.get("wkst")).upper()
    if wkst and wkst not in ICAL_DAYS:
        reason = f"onbekende dag '{values['wkst']}': gebruik MO, TU, WE, TH, FR, SA, SU"
        problems.append(("wkst", "schedule_wkst", reason, {"value": str(values["wkst"])}))
    return problems


def read_rules(rows: Iterable[Schedule]) -> list[ScheduleRule]:
    """Read the rows that are not deleted."""
    return [read_rule(row) for row in rows if row.deleted_at is None]


# --- the calendar ----------------------------------------------------------------------------------------------


def _build(rec: Recurrence, start: date) -> Any:
    """The dateutil rule; a rule that does not depend on its start begins at ``start`` (fewer steps to iterate)."""
    if rec.anchored:
        assert rec.anchor is not None
        dtstart = rec.anchor
    else:
        dtstart = start.replace(day=1)
    weekdays = _rrule.weekdays
    return _rrule.rrule(
        _RRULE_FREQ[rec.freq],
        dtstart=datetime.combine(dtstart, time()),
        interval=rec.interval,
        count=rec.count,
        wkst=rec.wkst,
        byweekday=[weekdays[d] if n is None else weekdays[d](n) for d, n in rec.byday] or None,
        bymonthday=rec.bymonthday or None,
        byweekno=rec.byweekno or None,
        byyearday=rec.byyearday or None,
    )


@functools.lru_cache(maxsize=4096)
def _days(rec: Recurrence, start: date, end: date) -> tuple[date, ...]:
    rule = _build(rec, start)
    found: list[datetime] = rule.between(datetime.combine(start, time()), datetime.combine(end, time()), inc=True)
    return tuple(d.date() for d in found)


def _next_day(rec: Recurrence, day: date) -> date | None:
    found: datetime | None = _build(rec, day).after(datetime.combine(day, time()), inc=True)
    return None if found is None else found.date()


# --- values ------------------------------------------------------------------------------------------------------


def _parts(value: str | None) -> list[str]:
    return [p.strip() for p in text_of(value).split(",") if p.strip()]


def _numbers(value: str | None, limit: int) -> tuple[int, ...]:
    """'1,15,-1' → (1, 15, -1); raises ValueError for anything else (0, beyond ``limit``, words)."""
    out = []
    for part in _parts(value):
        n = int(part)
        if n == 0 or abs(n) > limit:
            raise ValueError(part)
        out.append(n)
    return tuple(out)


def _whole(value: float | None) -> int | None:
    """A whole number of at least 1, or None; raises ValueError for 0, negatives and fractions."""
    if value is None:
        return None
    if value != int(value) or value < 1:
        raise ValueError(value)
    return int(value)


def _later(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)
