"""Qt-free read API for the desktop app's detail pane and status bar: one call returns plain, frozen DTOs."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialekaart.catalog.models import (
    Accessibility,
    Address,
    Area,
    Attribute,
    Contact,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from socialekaart.catalog.profile import (
    NEEDS_TAXONOMY,
    TARGET_GROUPS_TAXONOMY,
    TAXONOMY_URIS,
    taxonomy_id,
)
from socialekaart.catalog.schedules import read_rule
from socialekaart.catalog.store import Catalog
from socialekaart.text import text_of

#: Entries not checked by a person for longer than this are shown as possibly out of date.
STALE_AFTER_MONTHS = 12
#: At most this many related services are listed (other services of the organisation, same location).
MAX_RELATED = 40

DUTCH_DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# ISO 639-1 (and a few 639-3) codes → Dutch language names, for language rows without a name.
LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "it": "Italiaans",
    "pt": "Portugees",
    "pl": "Pools",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "tr": "Turks",
    "ar": "Arabisch",
    "ber": "Berbers",
    "tzm": "Tamazight",
    "zgh": "Tamazight",
    "fa": "Perzisch (Farsi)",
    "prs": "Dari",
    "ps": "Pasjtoe",
    "ku": "Koerdisch",
    "ti": "Tigrinya",
    "am": "Amhaars",
    "so": "Somalisch",
    "ur": "Urdu",
    "hi": "Hindi",
    "zh": "Chinees",
    "sq": "Albanees",
    "sr": "Servisch",
    "hr": "Kroatisch",
    "bs": "Bosnisch",
    "pap": "Papiaments",
    "srn": "Sranantongo",
    "fy": "Fries",
    "dse": "Nederlandse Gebarentaal",
    "ngt": "Nederlandse Gebarentaal",
}

_WALK_IN_WORDS = re.compile(r"\b(inloop|inloopspreekuur|zonder afspraak|binnenlopen|vrije inloop)", re.IGNORECASE)

ChannelKind = Literal["phone", "email", "website", "walk_in"]


def language_name(code: str | None, name: str | None = None) -> str:
    """A Dutch display name for a language row (its own name wins)."""
    if name and name.strip():
        return name.strip()
    if not code:
        return ""
    return LANGUAGE_NAMES.get(code.strip().lower(), code.strip())


@dataclass(frozen=True, slots=True)
class TimeSlot:
    """One opening slot on a day, with the schedule's note (e.g. "Inloop", "Op afspraak")."""

    opens: time
    closes: time
    note: str = ""

    def label(self) -> str:
        """'09.30–11.30' (Dutch clock notation)."""
        return f"{self.opens:%H.%M}–{self.closes:%H.%M}"


@dataclass(frozen=True)
class WeekHours:
    """A week of opening hours: slots per weekday (0 = Monday), plus rules that are not weekly."""

    days: tuple[tuple[TimeSlot, ...], ...] = ((),) * 7
    other: tuple[str, ...] = ()  # monthly or irregular rules, as their Dutch description

    @property
    def empty(self) -> bool:
        return not any(self.days) and not self.other

    def day_label(self, weekday: int) -> str:
        """'09.00–12.30, 19.00–21.00' or 'gesloten'."""
        slots = self.days[weekday]
        if not slots:
            return "gesloten"
        return ", ".join(s.label() for s in slots)


@dataclass(frozen=True, slots=True)
class ContactChannel:
    """One way to reach the service: its kind, the value to copy, and a short Dutch label."""

    kind: ChannelKind
    value: str
    label: str = ""


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
    areas: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    other_terms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    free_of_charge: bool | None = None
    fees_description: str = ""
    cost_options: tuple[str, ...] = ()
    last_verified: date | None = None
    demo: bool = False
    other_services: tuple[ServiceRef, ...] = ()
    same_location: tuple[ServiceRef, ...] = ()

    def is_stale(self, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
        """True when nobody checked the entry in the last `months` months (or never)."""
        if self.last_verified is None:
            return True
        return months_between(self.last_verified, today) >= months

    def age_label(self) -> str:
        """'14–23 jaar', 'vanaf 18 jaar', 'tot 12 jaar' or ''."""
        lo, hi = self.minimum_age, self.maximum_age
        if lo is not None and hi is not None:
            return f"{lo}–{hi} jaar"
        if lo is not None:
            return f"vanaf {lo} jaar"
        if hi is not None:
            return f"tot {hi} jaar"
        return ""


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


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


def catalog_summary(catalog: Catalog) -> CatalogSummary:
    """Name, gemeente, demo flag and number of (not deleted) services of the catalog."""
    info = catalog.info()
    with catalog.read() as session:
        count = session.scalar(select(func.count()).select_from(Service).where(Service.deleted_at.is_(None))) or 0
        demo_rows = 0
        if info.get("demo", "").lower() not in ("true", "1", "ja", "yes"):
            demo_rows = (
                session.scalar(
                    select(func.count())
                    .select_from(Service)
                    .where(Service.deleted_at.is_(None), Service.demo.is_(True))
                )
                or 0
            )
    demo = info.get("demo", "").lower() in ("true", "1", "ja", "yes") or (count > 0 and demo_rows == count)
    return CatalogSummary(
        name=info.get("name", "") or (catalog.path.stem if catalog.path else ""),
        gemeente=info.get("gemeente", ""),
        demo=demo,
        service_count=int(count),
    )


# --- schedules -------------------------------------------------------------------------------------------------


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


def _walk_in_text(hours: WeekHours, note: str) -> str:
    """'di 09.30–11.30' for the slots that are walk-in (by their note, or the place's note)."""
    place_is_walk_in = bool(_WALK_IN_WORDS.search(note))
    parts: list[str] = []
    for weekday, slots in enumerate(hours.days):
        chosen = [s for s in slots if place_is_walk_in or _WALK_IN_WORDS.search(s.note)]
        if chosen:
            parts.append(f"{DUTCH_DAY_NAMES[weekday][:2]} " + ", ".join(s.label() for s in chosen))
    for text in hours.other:
        if place_is_walk_in or _WALK_IN_WORDS.search(text):
            parts.append(text)
    return "; ".join(parts)


# --- the detail --------------------------------------------------------------------------------------------------


def service_detail(catalog: Catalog, service_id: str, today: date | None = None) -> ServiceDetail:
    """All the detail pane shows about one service, read in one session. Raises ServiceNotFound."""
    with catalog.read() as session:
        return _service_detail(session, service_id, today or date.today())


def _service_detail(session: Session, service_id: str, today: date) -> ServiceDetail:
    svc = session.get(Service, service_id)
    if svc is None or svc.deleted_at is not None:
        raise ServiceNotFound(service_id)
    org = session.get(Organization, svc.organization_id)
    org_name = text_of(org.name) if org is not None else ""

    sal_rows = list(
        session.scalars(
            select(ServiceAtLocation).where(
                ServiceAtLocation.service_id == service_id, ServiceAtLocation.deleted_at.is_(None)
            )
        )
    )
    location_ids = [r.location_id for r in sal_rows]
    sal_ids = [r.id for r in sal_rows]
    locations = {
        loc.id: loc
        for loc in session.scalars(select(Location).where(Location.id.in_(location_ids), Location.deleted_at.is_(None)))
    }
    area_names = _area_names(session, locations.values())

    schedules = list(
        session.scalars(
            select(Schedule).where(
                (Schedule.service_id == service_id) | Schedule.service_at_location_id.in_(sal_ids),
                Schedule.deleted_at.is_(None),
            )
        )
    )
    by_sal: dict[str | None, list[Schedule]] = defaultdict(list)
    for row in schedules:
        by_sal[row.service_at_location_id].append(row)
    service_hours = week_hours(by_sal.get(None, []), today)

    places = _places(session, sal_rows, locations, by_sal, area_names, today)
    channels = _channels(session, svc, org, sal_ids, places, service_hours)
    contacts = _contacts(session, service_id, sal_ids)
    needs, groups, other_terms = _terms(session, service_id)
    languages = _languages(session, service_id)
    served = _served_areas(session, service_id)
    costs = _cost_options(session, service_id)
    docs = tuple(
        d
        for d in session.scalars(
            select(RequiredDocument.document).where(
                RequiredDocument.service_id == service_id, RequiredDocument.deleted_at.is_(None)
            )
        )
        if d
    )
    return ServiceDetail(
        id=svc.id,
        name=text_of(svc.name),
        organization_id=svc.organization_id,
        organization_name=org_name,
        alternate_name=text_of(svc.alternate_name),
        description=text_of(svc.description),
        organization_description=text_of(org.description) if org is not None else "",
        access_type=svc.access_type,
        access_granted_by=text_of(svc.access_granted_by),
        entry_kind=svc.entry_kind,
        provider_kind=svc.provider_kind,
        status=text_of(svc.status) or "active",
        alert=text_of(svc.alert),
        application_process=text_of(svc.application_process),
        eligibility=text_of(svc.eligibility_description),
        minimum_age=_int(svc.minimum_age),
        maximum_age=_int(svc.maximum_age),
        wait_time=text_of(svc.wait_time),
        required_documents=docs,
        channels=channels,
        contacts=contacts,
        places=places,
        hours=service_hours,
        areas=served,
        needs=needs,
        target_groups=groups,
        other_terms=other_terms,
        languages=languages,
        free_of_charge=svc.free_of_charge,
        fees_description=text_of(svc.fees_description) or text_of(svc.fees),
        cost_options=costs,
        last_verified=svc.last_verified,
        demo=bool(svc.demo),
        other_services=_other_services(session, svc),
        same_location=_same_location(session, service_id, location_ids, locations),
    )


def _area_names(session: Session, locations: Iterable[Location]) -> dict[str, Area]:
    codes: set[str] = set()
    for loc in locations:
        codes.update(c for c in (loc.buurt_code, loc.wijk_code) if c)
    found: dict[str, Area] = {}
    # Walk up the tree (buurt → wijk → kern → gemeente) in a few queries.
    while codes:
        rows = list(session.scalars(select(Area).where(Area.code.in_(codes))))
        for row in rows:
            found[row.code] = row
        codes = {r.parent_code for r in rows if r.parent_code and r.parent_code not in found}
    return found


def _kern_name(code: str | None, areas: dict[str, Area]) -> str:
    seen: set[str] = set()
    while code and code in areas and code not in seen:
        seen.add(code)
        node = areas[code]
        if node.kind == "kern":
            return node.name
        code = node.parent_code
    return ""


def _places(
    session: Session,
    sal_rows: Sequence[ServiceAtLocation],
    locations: dict[str, Location],
    by_sal: dict[str | None, list[Schedule]],
    areas: dict[str, Area],
    today: date,
) -> tuple[PlaceDetail, ...]:
    loc_ids = list(locations)
    addresses: dict[str, Address] = {}
    for row in session.scalars(
        select(Address)
        .where(Address.location_id.in_(loc_ids), Address.deleted_at.is_(None))
        .order_by(Address.address_type.desc())
    ):
        # Prefer the physical address over a postal one.
        if row.location_id and (row.location_id not in addresses or text_of(row.address_type).lower() == "physical"):
            addresses[row.location_id] = row
    access: dict[str, list[str]] = defaultdict(list)
    for acc in session.scalars(
        select(Accessibility).where(Accessibility.location_id.in_(loc_ids), Accessibility.deleted_at.is_(None))
    ):
        text = text_of(acc.description)
        if text_of(acc.details):
            text = f"{text}: {text_of(acc.details)}" if text else text_of(acc.details)
        if text and acc.location_id:
            access[acc.location_id].append(text)
    places: list[PlaceDetail] = []
    for sal in sal_rows:
        loc = locations.get(sal.location_id)
        if loc is None:
            continue
        addr = addresses.get(loc.id)
        buurt = areas[loc.buurt_code].name if loc.buurt_code in areas else ""
        wijk = areas[loc.wijk_code].name if loc.wijk_code in areas else ""
        kern = _kern_name(loc.wijk_code or loc.buurt_code, areas)
        places.append(
            PlaceDetail(
                location_id=loc.id,
                name=text_of(loc.name) or (text_of(addr.address_1) if addr else ""),
                address=" ".join(p for p in ((text_of(addr.address_1), text_of(addr.address_2)) if addr else ()) if p),
                postal_code=text_of(addr.postal_code) if addr else "",
                city=text_of(addr.city) if addr else "",
                buurt=buurt,
                wijk=wijk,
                kern=kern,
                note=text_of(sal.description),
                transportation=text_of(loc.transportation),
                accessibility=tuple(access.get(loc.id, ())),
                latitude=loc.latitude,
                longitude=loc.longitude,
                hours=week_hours(by_sal.get(sal.id, []), today),
            )
        )
    return tuple(places)


def _channels(
    session: Session,
    svc: Service,
    org: Organization | None,
    sal_ids: Sequence[str],
    places: Sequence[PlaceDetail],
    service_hours: WeekHours,
) -> tuple[ContactChannel, ...]:
    out: list[ContactChannel] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: ChannelKind, value: str | None, label: str) -> None:
        value = text_of(value)
        if value and (kind, value.lower()) not in seen:
            seen.add((kind, value.lower()))
            out.append(ContactChannel(kind, value, label))

    phones = list(
        session.scalars(
            select(Phone)
            .where(
                (Phone.service_id == svc.id) | Phone.service_at_location_id.in_(sal_ids),
                Phone.deleted_at.is_(None),
            )
            .order_by(Phone.id)
        )
    )
    if not phones and org is not None:
        phones = list(
            session.scalars(
                select(Phone).where(Phone.organization_id == org.id, Phone.deleted_at.is_(None)).order_by(Phone.id)
            )
        )
    for phone in phones:
        label = text_of(phone.description) or {"voice": "Telefoon", "text": "Sms", "fax": "Fax"}.get(
            text_of(phone.type).lower(), "Telefoon"
        )
        number = text_of(phone.number)
        if phone.extension:
            number = f"{number} toestel {int(phone.extension)}"
        add("phone", number, label)
    add("email", svc.email, "E-mail")
    if org is not None and not svc.email:
        add("email", org.email, "E-mail organisatie")
    add("website", svc.url, "Website")
    if org is not None and not svc.url:
        add("website", org.website, "Website organisatie")
    walk_in = _walk_in_text(service_hours, "")
    if walk_in:
        add("walk_in", walk_in, "Inloop")
    for place in places:
        text = _walk_in_text(place.hours, place.note)
        if text:
            add("walk_in", f"{text} — {place.name}" if place.name else text, "Inloop")
    return tuple(out)


def _contacts(session: Session, service_id: str, sal_ids: Sequence[str]) -> tuple[ContactPerson, ...]:
    rows = list(
        session.scalars(
            select(Contact)
            .where(
                (Contact.service_id == service_id) | Contact.service_at_location_id.in_(sal_ids),
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.name)
        )
    )
    phones: dict[str, list[str]] = defaultdict(list)
    if rows:
        for ph in session.scalars(
            select(Phone).where(Phone.contact_id.in_([r.id for r in rows]), Phone.deleted_at.is_(None))
        ):
            if ph.contact_id:
                phones[ph.contact_id].append(text_of(ph.number))
    return tuple(
        ContactPerson(
            name=text_of(r.name) or text_of(r.department) or text_of(r.title),
            title=text_of(r.title),
            department=text_of(r.department),
            email=text_of(r.email),
            phones=tuple(phones.get(r.id, ())),
        )
        for r in rows
    )


def _terms(session: Session, service_id: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    rows = session.execute(
        select(TaxonomyTerm.name, TaxonomyTerm.taxonomy, TaxonomyTerm.taxonomy_id, Taxonomy.uri, Attribute.value)
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .outerjoin(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(
            Attribute.link_entity == "service",
            Attribute.link_id == service_id,
            Attribute.deleted_at.is_(None),
            TaxonomyTerm.deleted_at.is_(None),
        )
        .order_by(TaxonomyTerm.name)
    ).all()
    needs: list[str] = []
    groups: list[str] = []
    other: list[str] = []
    needs_ids = {taxonomy_id(NEEDS_TAXONOMY)}
    group_ids = {taxonomy_id(TARGET_GROUPS_TAXONOMY)}
    for name, taxonomy, tax_id, uri, _value in rows:
        if not name:
            continue
        if tax_id in needs_ids or uri == TAXONOMY_URIS[NEEDS_TAXONOMY] or taxonomy == NEEDS_TAXONOMY:
            target = needs
        elif tax_id in group_ids or uri == TAXONOMY_URIS[TARGET_GROUPS_TAXONOMY] or taxonomy == TARGET_GROUPS_TAXONOMY:
            target = groups
        else:
            target = other
        if name not in target:
            target.append(name)
    return tuple(needs), tuple(groups), tuple(other)


def _languages(session: Session, service_id: str) -> tuple[str, ...]:
    out: list[str] = []
    for code, name in session.execute(
        select(Language.code, Language.name)
        .where(Language.service_id == service_id, Language.deleted_at.is_(None))
        .order_by(Language.id)
    ):
        label = language_name(code, name)
        if label and label not in out:
            out.append(label)
    # Dutch first, then alphabetical: the order a worker expects.
    return tuple(sorted(out, key=lambda n: (n != "Nederlands", n.lower())))


def _served_areas(session: Session, service_id: str) -> tuple[str, ...]:
    rows = session.execute(
        select(ServiceArea.area_code, ServiceArea.name, Area.name, Area.kind)
        .outerjoin(Area, Area.code == ServiceArea.area_code)
        .where(ServiceArea.service_id == service_id, ServiceArea.deleted_at.is_(None))
        .order_by(ServiceArea.id)
    ).all()
    out: list[str] = []
    for code, own_name, area_name, kind in rows:
        if area_name:
            label = f"gemeente {area_name}" if kind == "gemeente" else area_name
        else:
            label = text_of(own_name) or text_of(code)
        if label and label not in out:
            out.append(label)
    return tuple(out)


def format_euro(amount: float) -> str:
    """'€ 2,50' (Dutch notation)."""
    whole = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {whole.removesuffix(',00')}" if whole.endswith(",00") else f"€ {whole}"


def _cost_options(session: Session, service_id: str) -> tuple[str, ...]:
    out: list[str] = []
    for row in session.scalars(
        select(CostOption)
        .where(CostOption.service_id == service_id, CostOption.deleted_at.is_(None))
        .order_by(CostOption.id)
    ):
        parts = [text_of(row.option)]
        if row.amount is not None:
            currency = text_of(row.currency).upper()
            amount = format_euro(row.amount) if currency in ("", "EUR") else f"{currency} {row.amount:.2f}"
            parts.append(amount)
        parts.append(text_of(row.amount_description))
        text = " ".join(p for p in parts if p)
        if text:
            out.append(text)
    return tuple(out)


def _other_services(session: Session, svc: Service) -> tuple[ServiceRef, ...]:
    rows = session.execute(
        select(Service.id, Service.name, Service.access_type)
        .where(
            Service.organization_id == svc.organization_id,
            Service.id != svc.id,
            Service.deleted_at.is_(None),
        )
        .order_by(Service.name)
        .limit(MAX_RELATED)
    ).all()
    org_name = svc.organization.name if svc.organization is not None else ""
    return tuple(ServiceRef(id=i, name=n, organization_name=org_name, access_type=a) for i, n, a in rows)


def _same_location(
    session: Session, service_id: str, location_ids: Sequence[str], locations: dict[str, Location]
) -> tuple[ServiceRef, ...]:
    if not location_ids:
        return ()
    rows = session.execute(
        select(Service.id, Service.name, Service.access_type, Organization.name, ServiceAtLocation.location_id)
        .join(ServiceAtLocation, ServiceAtLocation.service_id == Service.id)
        .join(Organization, Organization.id == Service.organization_id)
        .where(
            ServiceAtLocation.location_id.in_(location_ids),
            ServiceAtLocation.deleted_at.is_(None),
            Service.id != service_id,
            Service.deleted_at.is_(None),
        )
        .order_by(Service.name)
        .limit(MAX_RELATED * 2)
    ).all()
    out: list[ServiceRef] = []
    seen: set[str] = set()
    for sid, name, access, org_name, loc_id in rows:
        if sid in seen:
            continue
        seen.add(sid)
        loc = locations.get(loc_id)
        out.append(
            ServiceRef(
                id=sid,
                name=name,
                organization_name=org_name or "",
                access_type=access,
                location_name=text_of(loc.name) if loc is not None else "",
            )
        )
    return tuple(out[:MAX_RELATED])


# --- languages ---------------------------------------------------------------------------------------------------


def language_codes(catalog: Catalog) -> list[tuple[str, str]]:
    """(code, Dutch name) of every language some service is offered in, Dutch first."""
    with catalog.read() as session:
        rows = session.execute(
            select(Language.code, func.min(Language.name))
            .join(Service, Service.id == Language.service_id)
            .where(Language.deleted_at.is_(None), Service.deleted_at.is_(None), Language.code.is_not(None))
            .group_by(Language.code)
        ).all()
    out = [(code.strip().lower(), language_name(code, name)) for code, name in rows if code and code.strip()]
    return sorted(dict(out).items(), key=lambda item: (item[0] != "nl", item[1].lower()))
