"""Verification: "klopt nog" on an entry, and the wijkmakelaar's queue of entries not checked for months."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from socialekaart.catalog.editing import EditError, update_entity
from socialekaart.catalog.entries import KEPT_ENTITIES, area_closure, in_areas, resolve_id
from socialekaart.catalog.models import EntryChange, LookupCount
from socialekaart.catalog.registry import key_column, model_table, table
from socialekaart.catalog.store import Catalog

DEFAULT_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Verification:
    """ "gecontroleerd op <on> door <by>" of one entry."""

    entity: str
    entity_id: str
    on: date
    by: str


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One entry in the review queue: not checked since `last_verified` (None: never), looked up `lookups` times."""

    entity: str
    entity_id: str
    name: str
    last_verified: date | None
    lookups: int


def verify(catalog: Catalog, entity: str, entity_id: str, by: str, *, on: date | None = None) -> Verification:
    """Record "klopt nog" as a synced edit: HSDS assured_date (last_verified), and for a service the assurer's
    e-mail when `by` is one."""
    if entity not in KEPT_ENTITIES:
        raise EditError(f"{entity}: alleen diensten, locaties en organisaties worden gecontroleerd")
    on = on or date.today()
    with catalog.read() as session:
        entity_id = resolve_id(session.connection(), entity, entity_id)
    changes: dict[str, object] = {"last_verified": on}
    if entity == "service" and "@" in by:
        changes["assurer_email"] = by.strip()
    update_entity(catalog, entity, entity_id, changes, by)
    return Verification(entity, entity_id, on, by)


def last_verification(catalog: Catalog, entity: str, entity_id: str) -> Verification | None:
    """When and by whom the entry was last checked, as this laptop knows it (None: never)."""
    t = table(entity)
    ch = model_table(EntryChange).c
    with catalog.read() as session:
        conn = session.connection()
        on = conn.execute(select(t.c.last_verified).where(t.c[key_column(entity)] == entity_id)).scalar()
        if on is None:
            return None
        by = conn.execute(
            select(ch.actor)
            .where(ch.entity == entity, ch.entity_id == entity_id, ch.field == "last_verified")
            .order_by(ch.id.desc())
            .limit(1)
        ).scalar()
        if by is None:
            by = conn.execute(select(t.c.modified_by).where(t.c[key_column(entity)] == entity_id)).scalar()
    return Verification(entity, entity_id, on, str(by or ""))


def record_lookup(catalog: Catalog, entity: str, entity_id: str) -> None:
    """Count one look-up of an entry (opened in the detail pane, shown with `show`): a number, never who."""
    lc = model_table(LookupCount)
    stmt = sqlite_insert(lc).values(entity=entity, entity_id=entity_id, count=1)
    stmt = stmt.on_conflict_do_update(index_elements=["entity", "entity_id"], set_={"count": lc.c.count + 1})
    # Not a catalog change: no change counter, so the search index does not look again.
    with catalog.engine.begin() as conn:
        conn.execute(stmt)


def stale_before(months: int, today: date | None = None) -> date:
    """Entries last checked before this date are due."""
    cutoff: date = (today or date.today()) - relativedelta(months=months)
    return cutoff


def _due(entity: str, cutoff: date, codes: frozenset[str]) -> tuple[ColumnElement[bool], ...]:
    """The conditions of an entry in the queue: live, not checked since the cutoff, in the areas."""
    t = table(entity)
    key = t.c[key_column(entity)]
    stale = or_(t.c.last_verified.is_(None), t.c.last_verified < cutoff)
    return (t.c.deleted_at.is_(None), stale, in_areas(entity, key, codes))


def _queue_query(entity: str, cutoff: date, codes: frozenset[str]) -> Select[Any]:
    t = table(entity)
    lc = model_table(LookupCount).c
    key = t.c[key_column(entity)]
    count = func.coalesce(lc.count, 0)
    return (
        select(key.label("id"), t.c.name, t.c.last_verified, count.label("lookups"))
        .select_from(t.outerjoin(model_table(LookupCount), (lc.entity == entity) & (lc.entity_id == key)))
        .where(*_due(entity, cutoff, codes))
    )


def review_queue(
    catalog: Catalog,
    months: int = DEFAULT_MONTHS,
    areas: Iterable[str] | None = None,
    *,
    entities: Iterable[str] = ("service",),
    limit: int | None = None,
    today: date | None = None,
) -> list[ReviewItem]:
    """Entries not checked for `months` months, in these areas (codes of a kern, wijk or buurt, with everything
    below them; None: everywhere), most-looked-up first, then never checked, then longest ago."""
    cutoff = stale_before(months, today)
    kinds = tuple(entities)
    items: list[ReviewItem] = []
    with catalog.read() as session:
        conn = session.connection()
        codes = area_closure(conn, areas) if areas is not None else frozenset()
        if areas is not None and not codes:
            return []
        for entity in kinds:
            query = _queue_query(entity, cutoff, codes)
            query = query.order_by(
                func.coalesce(model_table(LookupCount).c.count, 0).desc(),
                table(entity).c.last_verified.is_not(None),
                table(entity).c.last_verified,
                table(entity).c.name,
            )
            if limit is not None:
                query = query.limit(limit)
            items.extend(
                ReviewItem(entity, str(r.id), str(r.name or ""), r.last_verified, int(r.lookups))
                for r in conn.execute(query)
            )
    if len(kinds) > 1:
        items.sort(key=lambda i: (-i.lookups, i.last_verified is not None, i.last_verified or date.min, i.name))
        if limit is not None:
            items = items[:limit]
    return items


def review_count(
    catalog: Catalog,
    months: int = DEFAULT_MONTHS,
    areas: Iterable[str] | None = None,
    *,
    entities: Iterable[str] = ("service",),
    today: date | None = None,
) -> int:
    """How many entries the review queue holds (for the status bar), without building it."""
    cutoff = stale_before(months, today)
    total = 0
    with catalog.read() as session:
        conn = session.connection()
        codes = area_closure(conn, areas) if areas is not None else frozenset()
        if areas is not None and not codes:
            return 0
        for entity in entities:
            query = select(func.count()).select_from(table(entity)).where(*_due(entity, cutoff, codes))
            total += int(conn.execute(query).scalar_one())
    return total


def is_stale(last_verified: date | datetime | None, months: int = DEFAULT_MONTHS, today: date | None = None) -> bool:
    """Whether an entry with this check date is due for review (the result list marks it)."""
    if last_verified is None:
        return True
    day = last_verified.date() if isinstance(last_verified, datetime) else last_verified
    return day < stale_before(months, today)
