"""A compact notation for opening hours, turned into HSDS schedule rows.

    "ma-vr 09:00-12:30; di,do 19:00-21:00"   weekly
    "3wo 14:00-16:00"                        monthly: the third Wednesday
    "-1vr 19:30-22:00"                       monthly: the last Friday
    "dag 00:00-23:59"                        every day (24 hours: HSDS has no explicit model, so 00:00-23:59)

Each ';'-separated segment becomes one schedule row (freq, byday, opens_at, closes_at, description). Times are local
time in Europe/Amsterdam (docs/data-model.md §1).
"""

from __future__ import annotations

import re

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
ICAL = {"ma": "MO", "di": "TU", "wo": "WE", "do": "TH", "vr": "FR", "za": "SA", "zo": "SU"}
NAMES = {
    "ma": "maandag",
    "di": "dinsdag",
    "wo": "woensdag",
    "do": "donderdag",
    "vr": "vrijdag",
    "za": "zaterdag",
    "zo": "zondag",
}
ORDINALS = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "-1": "laatste"}

_SEGMENT = re.compile(r"^\s*(?P<days>[a-z0-9,\-]+)\s+(?P<open>\d\d:\d\d)-(?P<close>\d\d:\d\d)\s*$")
_MONTHLY = re.compile(r"^(?P<n>-?\d)(?P<day>[a-z]{2})$")


def _expand_days(spec: str) -> list[str]:
    if spec == "dag":
        return list(DAYS)
    days: list[str] = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            i, j = DAYS.index(a), DAYS.index(b)
            days.extend(DAYS[i : j + 1])
        else:
            if part not in DAYS:
                raise ValueError(f"unknown day {part!r}")
            days.append(part)
    return days


def _time(t: str) -> str:
    return f"{t}:00"


def _clock(t: str) -> str:
    return t.replace(":", ".")


def _day_phrase(days: list[str]) -> str:
    if days == DAYS:
        return "Elke dag"
    if days == DAYS[:5]:
        return "Maandag t/m vrijdag"
    if len(days) >= 3 and DAYS.index(days[-1]) - DAYS.index(days[0]) == len(days) - 1:
        return f"{NAMES[days[0]].capitalize()} t/m {NAMES[days[-1]]}"
    names = [NAMES[d] for d in days]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return text.capitalize()


def parse(spec: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for segment in spec.split(";"):
        m = _SEGMENT.match(segment)
        if not m:
            raise ValueError(f"bad hours segment {segment!r} in {spec!r}")
        days_spec, opens, closes = m.group("days"), m.group("open"), m.group("close")
        span = (
            "hele dag en nacht" if (opens, closes) == ("00:00", "23:59") else (f"{_clock(opens)}-{_clock(closes)} uur")
        )
        monthly = _MONTHLY.match(days_spec)
        if monthly:
            n, day = monthly.group("n"), monthly.group("day")
            rows.append(
                {
                    "freq": "MONTHLY",
                    "byday": f"{n}{ICAL[day]}",
                    "opens_at": _time(opens),
                    "closes_at": _time(closes),
                    "description": f"Elke {ORDINALS[n]} {NAMES[day]} van de maand, {span}",
                }
            )
            continue
        days = _expand_days(days_spec)
        rows.append(
            {
                "freq": "WEEKLY",
                "byday": ",".join(ICAL[d] for d in days),
                "opens_at": _time(opens),
                "closes_at": _time(closes),
                "description": f"{_day_phrase(days)}, {span}",
            }
        )
    return rows
