"""Opening hours for the detail: HSDS schedule rows folded into a week, read as search reads them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from socialekaart.catalog.models import Schedule
from socialekaart.catalog.queries.records import TimeSlot, WeekHours
from socialekaart.catalog.schedules import read_rule
from socialekaart.text import text_of

_WALK_IN_WORDS = re.compile(r"\b(inloop|inloopspreekuur|zonder afspraak|binnenlopen|vrije inloop)", re.IGNORECASE)


def week_hours(schedules: Iterable[Schedule], today: date | None = None) -> WeekHours:
    """Fold HSDS schedule rows into a week, read as ``catalog.schedules.read_rule`` reads them (as search does):
    plain weekly rules give slots per day; other rules (MONTHLY "3WE", every other week, ...) are kept as their
    description. Rules with no opening left on or after `today` are left out.
    """
    days: list[list[TimeSlot]] = [[] for _ in range(7)]
    other: list[str] = []
    for row in schedules:
        rule = read_rule(row)
        if today is not None and rule.ended(today):
            continue
        note = text_of(row.notes)
        if rule.weekdays and rule.opens is not None and rule.closes is not None:
            for weekday in rule.weekdays:
                days[weekday].append(TimeSlot(rule.opens, rule.closes, note))
            continue
        text = text_of(row.description) or _describe_rule(row)
        if note:
            text = f"{text} ({note})" if text else note
        if text and text not in other:
            other.append(text)
    return WeekHours(
        days=tuple(tuple(sorted(d, key=lambda s: (s.opens, s.closes))) for d in days),
        other=tuple(other),
    )


def _describe_rule(row: Schedule) -> str:
    """'monthly 3WE 14.00–16.00'; the rule's own parts when it has no description (interval etc. only when set)."""
    parts = [p for p in (text_of(row.freq).lower(), text_of(row.byday)) if p]
    for name, value in (("bymonthday", row.bymonthday), ("interval", row.interval), ("count", row.count)):
        text = text_of(value).removesuffix(".0")
        if text and not (name == "interval" and text == "1"):
            parts.append(f"{name} {text}")
    if row.opens_at is not None and row.closes_at is not None:
        parts.append(f"{row.opens_at:%H.%M}–{row.closes_at:%H.%M}")
    return " ".join(parts)


def walk_in_hours(hours: WeekHours, note: str) -> WeekHours:
    """The part of a week that is walk-in: the slots whose note says so, or all of them when the place's note
    does ("Inloopspreekuur"); likewise for the rules that are not weekly. Empty when nothing is walk-in."""
    place_is_walk_in = bool(_WALK_IN_WORDS.search(note))
    days = tuple(tuple(s for s in slots if place_is_walk_in or _WALK_IN_WORDS.search(s.note)) for slots in hours.days)
    other = tuple(text for text in hours.other if place_is_walk_in or _WALK_IN_WORDS.search(text))
    return WeekHours(days=days, other=other)
