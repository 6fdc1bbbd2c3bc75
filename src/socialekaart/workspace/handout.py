"""The handout a resident takes home: the lijstje's entries as plain data, read from the catalog, never stored."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from socialekaart.catalog.queries import ContactChannel, CostLine, ServiceDetail, ServiceNotFound, TimeSlot
from socialekaart.catalog.queries import service_detail as read_detail
from socialekaart.catalog.store import Catalog
from socialekaart.errors import UserFacingError
from socialekaart.search.opening import holiday_name, now_local, to_local

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
#: "What it is" is the description's first sentences, up to about this many characters.
WHAT_LENGTH = 320
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class HandoutError(UserFacingError, ValueError):
    """An entry of the handout that the catalog does not have; the message is Dutch."""


@dataclass(frozen=True, slots=True)
class Sender:
    """Who gave the handout: the worker's organisation and contact, from the settings. Never the resident."""

    organisation: str = ""
    worker: str = ""
    phone: str = ""
    email: str = ""

    @property
    def empty(self) -> bool:
        return not (self.organisation or self.worker or self.phone or self.email)


@dataclass(frozen=True, slots=True)
class HandoutPlace:
    """Where an entry is: a location's name, address and area, and how to get there."""

    name: str
    address: str
    area: str
    transportation: str = ""
    accessibility: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DayHours:
    """The opening slots on one day of the coming week (a public holiday has none and carries its name)."""

    day: date
    slots: tuple[TimeSlot, ...]
    holiday: str = ""


@dataclass(frozen=True, slots=True)
class NextOpening:
    """The first moment from now the entry is open."""

    day: date
    opens: time
    closes: time


@dataclass(frozen=True)
class HandoutEntry:
    """One entry of the handout, in the lijstje's order, with the worker's note."""

    number: int
    service_id: str
    name: str
    organisation: str
    what: str
    places: tuple[HandoutPlace, ...]
    week: tuple[DayHours, ...]
    other_hours: tuple[str, ...]
    next_opening: NextOpening | None
    channels: tuple[ContactChannel, ...]
    free: bool | None
    cost_lines: tuple[CostLine, ...]
    fees: str
    referral: bool | None  # True: a referral or beschikking is needed; None: the catalog does not say
    referral_by: str
    application: str
    note: str = ""
    map_area: str | None = None  # the wijk (or buurt) code for the small map, when the entry has a place on it


@dataclass(frozen=True)
class Handout:
    """The whole handout: its language, the day it was made, its entries and who gave it."""

    lang: Language
    made: date
    entries: tuple[HandoutEntry, ...]
    sender: Sender


def build_handout(
    catalog: Catalog,
    items: Sequence[tuple[str, str]],
    sender: Sender,
    lang: Language = "nl",
    now: datetime | None = None,
) -> Handout:
    """The handout for (service id, note) pairs, in that order. Raises HandoutError for an unknown id."""
    if lang not in LANGUAGES:
        raise HandoutError(f"onbekende taal {lang!r}: kies nl of en")
    moment = to_local(now) if now is not None else now_local()
    entries = []
    for number, (service_id, note) in enumerate(items, start=1):
        try:
            detail = read_detail(catalog, service_id, today=moment.date())
        except ServiceNotFound as exc:
            raise HandoutError(f"de catalogus heeft geen ingang met id {service_id!r}") from exc
        entries.append(_entry(catalog, number, detail, note, moment))
    return Handout(lang, moment.date(), tuple(entries), sender)


def _entry(catalog: Catalog, number: int, d: ServiceDetail, note: str, moment: datetime) -> HandoutEntry:
    week = _coming_week(d, moment.date())
    return HandoutEntry(
        number=number,
        service_id=d.id,
        name=d.name,
        organisation=d.organization_name,
        what=short_description(d.description or d.organization_description),
        places=tuple(
            HandoutPlace(p.name, p.address_line(), p.area_line(), p.transportation, p.accessibility) for p in d.places
        ),
        week=week,
        other_hours=tuple(d.hours.other) + tuple(o for p in d.places for o in p.hours.other),
        next_opening=next_opening(week, moment),
        channels=tuple(c for c in d.channels if c.kind != "walk_in"),
        free=d.free_of_charge,
        cost_lines=d.cost_options,
        fees=d.fees_description,
        referral=None if d.access_type is None else d.access_type == "niet_vrij_toegankelijk",
        referral_by=d.access_granted_by,
        application=d.application_process,
        note=note,
        map_area=_map_area(catalog, d.id),
    )


def short_description(text: str, limit: int = WHAT_LENGTH) -> str:
    """The first sentences of a description, up to about `limit` characters, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    out = ""
    for sentence in _SENTENCE_END.split(flat):
        if out and len(out) + 1 + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit or not out:
        out = flat[: limit - 1].rsplit(" ", 1)[0] + "…"
    return out


def _coming_week(d: ServiceDetail, today: date) -> tuple[DayHours, ...]:
    """Today and the six days after it, with the service's own hours and those at its places."""
    out = []
    for offset in range(7):
        day = today + timedelta(days=offset)
        holiday = holiday_name(day) or ""
        slots: set[TimeSlot] = set()
        if not holiday:
            slots.update(d.hours.days[day.weekday()])
            for place in d.places:
                slots.update(place.hours.days[day.weekday()])
        out.append(DayHours(day, tuple(sorted(slots, key=lambda s: (s.opens, s.closes))), holiday))
    return tuple(out)


def next_opening(week: Sequence[DayHours], moment: datetime) -> NextOpening | None:
    """The first slot in the coming week that has not closed yet at `moment` (Amsterdam time)."""
    local = to_local(moment)
    for day in week:
        for slot in day.slots:
            if day.day == local.date() and slot.closes <= local.time() and slot.closes > slot.opens:
                continue
            return NextOpening(day.day, slot.opens, slot.closes)
    return None


def _map_area(catalog: Catalog, service_id: str) -> str | None:
    """The wijk of the service's first place with a point on the map (its buurt when the wijk is unknown)."""
    from sqlalchemy import select

    from socialekaart.catalog.models import Location, ServiceAtLocation

    with catalog.read() as session:
        row = session.execute(
            select(Location.wijk_code, Location.buurt_code)
            .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
            .where(ServiceAtLocation.service_id == service_id, Location.latitude.is_not(None))
            .order_by(ServiceAtLocation.id)
        ).first()
    if row is None:
        return None
    return row.wijk_code or row.buurt_code or None


def notes_for(items: Sequence[str], notes: Mapping[str, str]) -> list[tuple[str, str]]:
    """Service ids in order with their notes (empty when there is none)."""
    return [(service_id, notes.get(service_id, "")) for service_id in items]
