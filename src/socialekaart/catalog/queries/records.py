"""The plain, frozen records the catalog read API returns: safe to hand to another thread or the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

#: Entries not checked by a person for longer than this are shown as possibly out of date.
STALE_AFTER_MONTHS = 12

ChannelKind = Literal["phone", "email", "website", "walk_in"]


@dataclass(frozen=True, slots=True)
class TimeSlot:
    """One opening slot on a day, with the schedule's note (e.g. "Inloop", "Op afspraak")."""

    opens: time
    closes: time
    note: str = ""


@dataclass(frozen=True)
class WeekHours:
    """A week of opening hours: slots per weekday (0 = Monday), plus rules that are not weekly."""

    days: tuple[tuple[TimeSlot, ...], ...] = ((),) * 7
    other: tuple[str, ...] = ()  # monthly or irregular rules, as the catalog describes them

    @property
    def empty(self) -> bool:
        return not any(self.days) and not self.other


@dataclass(frozen=True, slots=True)
class ContactChannel:
    """One way to reach the service. Phone, e-mail and website carry their `value` (a phone maybe an extension);
    a walk-in carries the walk-in `hours` and the `place` where it is. `description` is the catalog's own (a
    phone's description), maybe empty. The UI words a channel (`ui.labels.channel_text`)."""

    kind: ChannelKind
    value: str = ""
    description: str = ""
    extension: int | None = None
    hours: WeekHours | None = None
    place: str = ""
    organization: bool = False  # the organisation's channel, as the service has none of this kind


@dataclass(frozen=True, slots=True)
class CostLine:
    """One HSDS cost option: what it is for, the amount and its currency (None: no amount) and a description."""

    option: str = ""
    amount: float | None = None
    currency: str = "EUR"
    amount_description: str = ""


@dataclass(frozen=True, slots=True)
class ContactPerson:
    """An HSDS contact: a role or department (never a resident)."""

    name: str
    title: str = ""
    department: str = ""
    email: str = ""
    phones: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceDetail:
    """A location where the service is offered, with its address, area, accessibility and hours there."""

    location_id: str
    name: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    buurt: str = ""
    wijk: str = ""
    kern: str = ""
    note: str = ""
    transportation: str = ""
    accessibility: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    hours: WeekHours = field(default_factory=WeekHours)

    def address_line(self) -> str:
        """'Demostraat 1, 4849 XX Dorst' (parts that are missing are left out)."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.address, town) if p)

    def area_line(self) -> str:
        """'buurt, wijk, kern' without repeats."""
        parts: list[str] = []
        for p in (self.buurt, self.wijk, self.kern):
            if p and p not in parts:
                parts.append(p)
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class ServedArea:
    """An area the service works for: its name, and its kind in the area tree when it is one of the catalog's
    areas ("gemeente", "kern", "wijk", "buurt"; None for a name the service gave itself)."""

    name: str
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class ServiceRef:
    """A link to another service (in the organisation, or at the same location)."""

    id: str
    name: str
    organization_name: str = ""
    access_type: str | None = None
    location_name: str = ""


@dataclass(frozen=True)
class ServiceDetail:
    """Everything the detail pane shows about one service; plain data, safe to hand to the UI thread."""

    id: str
    name: str
    organization_id: str
    organization_name: str
    alternate_name: str = ""
    description: str = ""
    organization_description: str = ""
    access_type: str | None = None
    access_granted_by: str = ""
    entry_kind: str | None = None
    provider_kind: str | None = None
    status: str = "active"
    alert: str = ""
    application_process: str = ""
    eligibility: str = ""
    minimum_age: int | None = None
    maximum_age: int | None = None
    wait_time: str = ""
    required_documents: tuple[str, ...] = ()
    channels: tuple[ContactChannel, ...] = ()
    contacts: tuple[ContactPerson, ...] = ()
    places: tuple[PlaceDetail, ...] = ()
    hours: WeekHours = field(default_factory=WeekHours)  # hours of the service itself (not at a location)
    areas: tuple[ServedArea, ...] = ()
    needs: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    other_terms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    free_of_charge: bool | None = None
    fees_description: str = ""
    cost_options: tuple[CostLine, ...] = ()
    last_verified: date | None = None
    verified_by: str = ""  # who checked it: HSDS assurer_email, else who changed it on the day it was checked
    demo: bool = False
    other_services: tuple[ServiceRef, ...] = ()
    same_location: tuple[ServiceRef, ...] = ()

    def is_stale(self, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
        """True when nobody checked the entry in the last `months` months (or never)."""
        if self.last_verified is None:
            return True
        return months_between(self.last_verified, today) >= months


@dataclass(frozen=True, slots=True)
class CatalogSummary:
    """What the status bar shows about the open catalog."""

    name: str
    gemeente: str
    demo: bool
    service_count: int


class ServiceNotFound(LookupError):
    """The service does not exist (any more): deleted, or from another catalog."""


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from `earlier` to `later` (negative when `later` is before `earlier`)."""
    months = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    if later.day < earlier.day:
        months -= 1
    return months
