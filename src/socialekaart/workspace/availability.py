"""Reads a volunteer's availability as coordinators write it ("Dinsdag- en donderdagmiddag", "Werkdagen overdag,
niet op vrijdag") into days and parts of the day, so a match can say whether they are free at a moment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Part = Literal["ochtend", "middag", "avond"]
PARTS: tuple[Part, ...] = ("ochtend", "middag", "avond")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY = "|".join(DAYS)
_PART_WORDS: dict[str, tuple[Part, ...]] = {
    "ochtend": ("ochtend",),
    "ochtenden": ("ochtend",),
    "middag": ("middag",),
    "middagen": ("middag",),
    "avond": ("avond",),
    "avonden": ("avond",),
    "overdag": ("ochtend", "middag"),
}
_TOKEN = re.compile(rf"\b({_DAY})(-)?(ochtend|middag|avond)?")
_RANGE = re.compile(rf"\b({_DAY})\s+(?:t/m|tot en met|tot)\s+({_DAY})")
_NOT = re.compile(rf"\bniet\s+(?:op\s+)?({_DAY})")
_LOOSE_PART = re.compile(r"\b(ochtend(?:en)?|middag(?:en)?|avond(?:en)?|overdag)\b")
_EVENING_CLOCK = re.compile(r"\bna\s+(1[89]|2[0-3])[.:]")
_ARRANGE = re.compile(r"\b(in overleg|flexibel|per maand|per week|om de week)\b")


@dataclass(frozen=True)
class Availability:
    """Days (0 = Monday) with the parts of the day on each; `by_arrangement` when the text leaves the moment open
    (no days named, "in overleg", "flexibel", "om de week")."""

    days: dict[int, frozenset[Part]]
    by_arrangement: bool

    def fits(self, moment: datetime) -> bool | None:
        """True when the volunteer said they are free then, False when they said they are not, None when they
        left it open (to ask)."""
        part = part_of_day(moment)
        on_day = self.days.get(moment.weekday())
        if on_day is None:
            return None if (not self.days and self.by_arrangement) else False
        if part not in on_day:
            return False
        return None if self.by_arrangement else True


def part_of_day(moment: datetime) -> Part:
    if moment.hour < 12:
        return "ochtend"
    if moment.hour < 18:
        return "middag"
    return "avond"


def read_availability(text: str | None) -> Availability:
    """The availability in `text`; what it does not name is read as open ("in overleg")."""
    low = (text or "").lower()
    loose: set[Part] = set()
    for match in _LOOSE_PART.finditer(low):
        loose.update(_PART_WORDS[match.group(1)])
    if _EVENING_CLOCK.search(low):
        loose.add("avond")
    every = frozenset(loose) or frozenset(PARTS)
    days: dict[int, frozenset[Part]] = {}
    if "werkdagen" in low or "doordeweeks" in low:
        days.update({d: every for d in range(5)})
    if "weekend" in low:
        days.update({5: every, 6: every})
    if "dagelijks" in low or "elke dag" in low:
        days.update({d: every for d in range(7)})
    for match in _RANGE.finditer(low):
        first, last = DAYS.index(match.group(1)), DAYS.index(match.group(2))
        days.update({d: every for d in range(first, last + 1)})
    pending: list[int] = []  # "dinsdag-" takes the part of the next day that names one
    for match in _TOKEN.finditer(low):
        day, hyphen = DAYS.index(match.group(1)), match.group(2)
        part: Part | None = _PART_WORDS[match.group(3)][0] if match.group(3) else None
        if _NOT.search(low[max(0, match.start() - 8) : match.end()]):
            continue
        if hyphen and not part:
            pending.append(day)
            continue
        parts: frozenset[Part] = frozenset({part}) if part else every
        for d in (*pending, day):
            days[d] = days[d] | parts if d in days and part else parts
        pending = []
    for d in pending:
        days[d] = every
    for match in _NOT.finditer(low):
        days.pop(DAYS.index(match.group(1)), None)
    if not days and loose:  # "Avonden na 18.00 uur", "Twee avonden per maand": any day, those parts
        return Availability({d: frozenset(loose) for d in range(7)}, by_arrangement=bool(_ARRANGE.search(low)))
    return Availability(days, by_arrangement=not days or bool(_ARRANGE.search(low)))
