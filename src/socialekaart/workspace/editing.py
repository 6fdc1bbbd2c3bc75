"""Editing an entry as a wijkmakelaar does: load every field, check, save through the one validation and the outbox."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from socialekaart.catalog.editing import EditError, create_entity, delete_entity, update_entity
from socialekaart.catalog.profile import NEEDS_TAXONOMY, taxonomy_id
from socialekaart.catalog.registry import entity, table
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import Problem, validate
from socialekaart.workspace.entry_form import field_specs
from socialekaart.workspace.entry_kinds import EntryKind

#: The columns of a schedule row an editing screen shows: weekly and monthly patterns, exceptions and holidays.
SCHEDULE_COLUMNS = ("freq", "byday", "bymonthday", "opens_at", "closes_at", "valid_from", "valid_to", "description",
                    "notes")  # fmt: skip
#: Which column of a phone row points to each kind of entry; schedules belong to services and locations only.
_PARENT_COLUMN = {"service": "service_id", "organization": "organization_id", "location": "location_id"}
_SCHEDULE_PARENT = {"service": "service_id", "location": "location_id"}


@dataclass(frozen=True)
class ScheduleLine:
    """One schedule row of an entry (id None: new); `values` holds the SCHEDULE_COLUMNS that are set."""

    id: str | None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PhoneLine:
    """One phone number of an entry (id None: new)."""

    id: str | None
    number: str
    description: str = ""


@dataclass(frozen=True)
class Entry:
    """An entry as an editing screen holds it: plain values, safe to hand between threads."""

    kind: EntryKind
    id: str | None  # None: a new entry
    values: dict[str, Any] = field(default_factory=dict)
    address: dict[str, Any] = field(default_factory=dict)  # a location's address
    address_id: str | None = None
    schedules: tuple[ScheduleLine, ...] = ()
    phones: tuple[PhoneLine, ...] = ()
    needs: tuple[str, ...] = ()  # need codes (a service)
    areas: tuple[str, ...] = ()  # area codes the service works for
    last_verified: date | None = None
    assurer_email: str = ""
    modified_by: str = ""

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


@dataclass(frozen=True)
class Choice:
    """Something a field can point to: its code or id and its name."""

    code: str
    name: str


@dataclass(frozen=True)
class Choices:
    """What the screens offer to pick from: organisations, services, need codes, wijken and buurten."""

    organizations: tuple[Choice, ...] = ()
    services: tuple[Choice, ...] = ()
    needs: tuple[Choice, ...] = ()
    areas: tuple[Choice, ...] = ()


def new_entry(kind: EntryKind, **values: Any) -> Entry:
    """An empty entry of a kind, with the defaults a new one starts from."""
    defaults: dict[str, dict[str, Any]] = {
        "service": {"status": "active"},
        "location": {"location_type": "physical_location"},
        "volunteer": {"consent_date": date.today()},
    }
    address = {"country": "NL", "state_province": "Noord-Brabant", "address_type": "physical"}
    return Entry(kind, None, {**defaults.get(kind, {}), **values}, address if kind == "location" else {})


def load_entry(catalog: Catalog, kind: EntryKind, entry_id: str) -> Entry:
    """Everything the catalog holds about one entry (EditError, Dutch, when it does not exist)."""
    t = table(kind)
    ent = entity(kind)
    with catalog.read() as session:
        conn = session.connection()
        row = conn.execute(select(t).where(t.c[ent.key] == entry_id, t.c.deleted_at.is_(None))).mappings().first()
        if row is None:
            raise EditError(f"{kind} {entry_id} bestaat niet (meer)")
        names = {s.name for s in field_specs(kind) if s.entity == kind}
        values = {k: row[k] for k in names}
        address: dict[str, Any] = {}
        address_id = None
        if kind == "location":
            a = table("address")
            found = conn.execute(
                select(a).where(a.c.location_id == entry_id, a.c.deleted_at.is_(None)).order_by(a.c.id)
            ).mappings()
            first = found.first()
            if first is not None:
                address_id = first["id"]
                address = {s.name: first[s.name] for s in field_specs(kind) if s.entity == "address"}
        return Entry(
            kind=kind,
            id=entry_id,
            values=values,
            address=address,
            address_id=address_id,
            schedules=_schedules(conn, kind, entry_id),
            phones=_phones(conn, kind, entry_id),
            needs=_needs(conn, entry_id) if kind == "service" else (),
            areas=_areas(conn, entry_id) if kind == "service" else (),
            last_verified=row["last_verified"],
            assurer_email=str(row.get("assurer_email") or ""),
            modified_by=str(row["modified_by"] or ""),
        )


def has_hours(kind: str) -> bool:
    """Whether this kind of entry has opening hours (schedules)."""
    return kind in _SCHEDULE_PARENT


def has_phones(kind: str) -> bool:
    """Whether this kind of entry has phone rows (a volunteer and an initiative have a phone field instead)."""
    return kind in _PARENT_COLUMN


def _schedules(conn: Connection, kind: str, entry_id: str) -> tuple[ScheduleLine, ...]:
    column = _SCHEDULE_PARENT.get(kind)
    if column is None:
        return ()
    s = table("schedule")
    where = s.c[column] == entry_id
    if kind == "service":
        sal = table("service_at_location")
        at = select(sal.c.id).where(sal.c.service_id == entry_id, sal.c.deleted_at.is_(None))
        where = where | s.c.service_at_location_id.in_(at)
    rows = conn.execute(select(s).where(where, s.c.deleted_at.is_(None)).order_by(s.c.id)).mappings()
    return tuple(ScheduleLine(r["id"], {c: r[c] for c in SCHEDULE_COLUMNS if r[c] is not None}) for r in rows)


def _phones(conn: Connection, kind: str, entry_id: str) -> tuple[PhoneLine, ...]:
    column = _PARENT_COLUMN.get(kind)
    if column is None:
        return ()
    p = table("phone")
    rows = conn.execute(select(p).where(p.c[column] == entry_id, p.c.deleted_at.is_(None)).order_by(p.c.id))
    return tuple(PhoneLine(r.id, r.number, r.description or "") for r in rows)


def _need_terms(conn: Connection) -> dict[str, str]:
    """Need code → taxonomy term id."""
    t = table("taxonomy_term")
    rows = conn.execute(
        select(t.c.code, t.c.id).where(
            t.c.taxonomy_id == taxonomy_id(NEEDS_TAXONOMY), t.c.deleted_at.is_(None), t.c.code.is_not(None)
        )
    )
    return {str(code): str(term_id) for code, term_id in rows}


def _need_links(conn: Connection, service_id: str) -> dict[str, str]:
    """Need code → attribute id, for the service's needs."""
    a, t = table("attribute"), table("taxonomy_term")
    rows = conn.execute(
        select(t.c.code, a.c.id)
        .join(t, t.c.id == a.c.taxonomy_term_id)
        .where(
            a.c.link_entity == "service",
            a.c.link_id == service_id,
            a.c.deleted_at.is_(None),
            t.c.taxonomy_id == taxonomy_id(NEEDS_TAXONOMY),
            t.c.code.is_not(None),
        )
    )
    return {str(code): str(link) for code, link in rows}


def _needs(conn: Connection, service_id: str) -> tuple[str, ...]:
    return tuple(sorted(_need_links(conn, service_id)))


def _area_links(conn: Connection, service_id: str) -> dict[str, str]:
    sa = table("service_area")
    rows = conn.execute(
        select(sa.c.area_code, sa.c.id).where(
            sa.c.service_id == service_id, sa.c.deleted_at.is_(None), sa.c.area_code.is_not(None)
        )
    )
    return {str(code): str(link) for code, link in rows}


def _areas(conn: Connection, service_id: str) -> tuple[str, ...]:
    return tuple(sorted(_area_links(conn, service_id)))


def choices(catalog: Catalog) -> Choices:
    """What the screens offer to pick from, read once when an editor opens."""
    o, s, t, a = table("organization"), table("service"), table("taxonomy_term"), table("area")
    with catalog.read() as session:
        conn = session.connection()

        def pairs(query: Any) -> tuple[Choice, ...]:
            return tuple(Choice(str(code), str(name)) for code, name in conn.execute(query))

        return Choices(
            organizations=pairs(select(o.c.id, o.c.name).where(o.c.deleted_at.is_(None)).order_by(o.c.name)),
            services=pairs(select(s.c.id, s.c.name).where(s.c.deleted_at.is_(None)).order_by(s.c.name)),
            needs=pairs(
                select(t.c.code, t.c.name)
                .where(t.c.taxonomy_id == taxonomy_id(NEEDS_TAXONOMY), t.c.deleted_at.is_(None), t.c.code.is_not(None))
                .order_by(t.c.name)
            ),
            areas=pairs(
                select(a.c.code, a.c.name).where(a.c.deleted_at.is_(None), a.c.kind != "buurt").order_by(a.c.code)
            ),
        )


def coordinates_for_postcode(catalog: Catalog, postcode: str) -> tuple[float, float] | None:
    """Where a postcode lies, from the other locations the catalog knows with it (their mean); None when none."""
    wanted = postcode.replace(" ", "").upper()
    if len(wanted) != 6:
        return None
    a, loc = table("address"), table("location")
    query = (
        select(func.avg(loc.c.latitude), func.avg(loc.c.longitude))
        .join(a, a.c.location_id == loc.c.id)
        .where(
            func.upper(func.replace(a.c.postal_code, " ", "")) == wanted,
            loc.c.latitude.is_not(None),
            loc.c.longitude.is_not(None),
            loc.c.deleted_at.is_(None),
            a.c.deleted_at.is_(None),
        )
    )
    with catalog.read() as session:
        lat, lon = session.connection().execute(query).one()
    return None if lat is None or lon is None else (float(lat), float(lon))


def problems_of(entry: Entry) -> list[Problem]:
    """Every reason why the entry cannot be saved as it is, by the one validation (field and reason)."""
    create = entry.id is None
    problems = validate(entry.kind, _own_values(entry), entity_id=entry.id or "", create=create)
    if entry.kind == "location" and (entry.address or create):
        problems += validate("address", entry.address, entity_id=entry.address_id or "", create=True)
    for line in entry.schedules:
        problems += validate("schedule", line.values, entity_id=line.id or "")
    for phone in entry.phones:
        problems += validate("phone", {"number": phone.number}, entity_id=phone.id or "")
    return problems


def _own_values(entry: Entry) -> dict[str, Any]:
    return {k: v for k, v in entry.values.items() if k in entity(entry.kind).by_name}


def save_entry(catalog: Catalog, before: Entry | None, after: Entry, actor: str) -> str:
    """Save a new or changed entry (only what changed) through the one validation and the sync outbox.

    Everything is checked first, so a refused value (EditError with its problems) writes nothing. Returns the id.
    """
    problems = problems_of(after)
    if problems:
        raise EditError("; ".join(str(p) for p in problems), problems)
    kind = after.kind
    if after.id is None or before is None:
        entry_id = create_entity(catalog, kind, {k: v for k, v in _own_values(after).items() if v is not None}, actor)
        before = Entry(kind, entry_id)
    else:
        entry_id = after.id
        changes = {k: v for k, v in _own_values(after).items() if before.values.get(k) != v}
        update_entity(catalog, kind, entry_id, changes, actor)
    if kind == "location":
        _save_address(catalog, entry_id, before, after, actor)
    if kind in _SCHEDULE_PARENT:
        _save_lines(catalog, "schedule", before.schedules, after.schedules, _SCHEDULE_PARENT[kind], entry_id, actor)
    parent = _PARENT_COLUMN.get(kind)
    if parent is not None:
        phones = [ScheduleLine(p.id, {"number": p.number, "description": p.description or None}) for p in after.phones]
        old = [ScheduleLine(p.id, {"number": p.number, "description": p.description or None}) for p in before.phones]
        _save_lines(catalog, "phone", old, phones, parent, entry_id, actor)
    if kind == "service":
        _save_links(catalog, entry_id, after.needs, after.areas, actor)
    return entry_id


def _save_address(catalog: Catalog, location_id: str, before: Entry, after: Entry, actor: str) -> None:
    if before.address_id is None:
        values = {k: v for k, v in after.address.items() if v is not None}
        create_entity(catalog, "address", {**values, "location_id": location_id}, actor)
        return
    changes = {k: v for k, v in after.address.items() if before.address.get(k) != v}
    update_entity(catalog, "address", before.address_id, changes, actor)


def _save_lines(
    catalog: Catalog,
    name: str,
    before: Iterable[ScheduleLine],
    after: Iterable[ScheduleLine],
    parent: str,
    entry_id: str,
    actor: str,
) -> None:
    """Create, change and delete child rows (schedules, phones) so the entry has `after`."""
    old = {line.id: line for line in before if line.id is not None}
    kept: set[str] = set()
    for line in after:
        if line.id is None or line.id not in old:
            create_entity(catalog, name, {**{k: v for k, v in line.values.items() if v is not None}, parent: entry_id},
                          actor)  # fmt: skip
            continue
        kept.add(line.id)
        was = old[line.id].values
        columns = set(was) | set(line.values)
        changes = {c: line.values.get(c) for c in columns if was.get(c) != line.values.get(c)}
        update_entity(catalog, name, line.id, changes, actor)
    for line_id in set(old) - kept:
        delete_entity(catalog, name, line_id, actor)


def _save_links(catalog: Catalog, service_id: str, needs: Iterable[str], areas: Iterable[str], actor: str) -> None:
    """Link the service to exactly these need codes and area codes (attribute and service_area rows)."""
    with catalog.read() as session:
        conn = session.connection()
        terms, links, served = _need_terms(conn), _need_links(conn, service_id), _area_links(conn, service_id)
    wanted_needs, wanted_areas = set(needs), set(areas)
    unknown = sorted(wanted_needs - set(terms))
    if unknown:
        raise EditError(f"needs: onbekende behoefte '{unknown[0]}'")
    for code in sorted(wanted_needs - set(links)):
        values = {"link_id": service_id, "link_entity": "service", "taxonomy_term_id": terms[code]}
        create_entity(catalog, "attribute", values, actor)
    for code in set(links) - wanted_needs:
        delete_entity(catalog, "attribute", links[code], actor)
    for code in sorted(wanted_areas - set(served)):
        create_entity(catalog, "service_area", {"service_id": service_id, "area_code": code}, actor)
    for code in set(served) - wanted_areas:
        delete_entity(catalog, "service_area", served[code], actor)


def with_values(entry: Entry, **values: Any) -> Entry:
    """The entry with some fields set (a convenience for scripts and tests)."""
    return replace(entry, values={**entry.values, **values})
