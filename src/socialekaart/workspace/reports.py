"""Meldingen: anyone says "klopt niet" about an entry; it reaches whoever keeps that wijk, who closes it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from socialekaart.catalog.editing import EditError, create_entity, update_entity
from socialekaart.catalog.entries import about_areas, area_closure, entry_name, entry_wijk, resolve_id
from socialekaart.catalog.models import Melding, utcnow
from socialekaart.catalog.registry import UnknownEntity, key_column, model_table, table
from socialekaart.catalog.store import Catalog

OPEN, CLOSED = "open", "gesloten"


@dataclass(frozen=True, slots=True)
class MeldingItem:
    """One melding as a queue shows it (`name` is the entry's name, when it has one)."""

    id: str
    entity: str
    entity_id: str
    name: str
    field: str | None
    problem: str
    text: str
    area_code: str | None
    created: datetime
    status: str
    closed_at: datetime | None
    closed_by: str | None
    done: str | None


def report(
    catalog: Catalog,
    entity: str,
    entity_id: str,
    by: str,
    *,
    field: str | None = None,
    problem: str = "onjuist",
    text: str = "",
) -> str:
    """Make a melding about an entry (synced); returns its id. EditError (Dutch, with field and reason) when the
    entry does not exist or the text looks like resident data."""
    with catalog.read() as session:
        conn = session.connection()
        try:
            t = table(entity)
        except UnknownEntity as exc:
            raise EditError(str(exc)) from None
        entity_id = resolve_id(conn, entity, entity_id)
        live = conn.execute(
            select(t.c[key_column(entity)]).where(t.c[key_column(entity)] == entity_id, t.c.deleted_at.is_(None))
        ).first()
        if live is None:
            raise EditError(f"{entity} {entity_id} bestaat niet")
        wijk = entry_wijk(conn, entity, entity_id)
    values = {
        "entity": entity,
        "entity_id": entity_id,
        "field": field or None,
        "problem": problem,
        "text": text.strip() or None,
        "area_code": wijk,
        "created": utcnow(),
        "status": OPEN,
    }
    return create_entity(catalog, "melding", values, by)


def close_report(catalog: Catalog, melding_id: str, by: str, done: str = "") -> None:
    """Close a melding, recording what was done (synced; the server checks that `by` keeps its wijk)."""
    with catalog.read() as session:
        status = session.scalar(select(Melding.status).where(Melding.id == melding_id, Melding.deleted_at.is_(None)))
    if status is None:
        raise EditError(f"melding {melding_id} bestaat niet")
    if status == CLOSED:
        raise EditError(f"melding {melding_id} is al gesloten")
    update_entity(
        catalog,
        "melding",
        melding_id,
        {"status": CLOSED, "closed_at": utcnow(), "closed_by": by, "done": done.strip() or None},
        by,
    )


def reports(
    catalog: Catalog,
    areas: Iterable[str] | None = None,
    *,
    status: str | None = OPEN,
    entity: str | None = None,
    entity_id: str | None = None,
) -> list[MeldingItem]:
    """Meldingen, newest first: about entries in these areas (with everything below them; None: everywhere), of
    one status (None: all), or about one entry."""
    m = model_table(Melding).c
    query = select(model_table(Melding)).where(m.deleted_at.is_(None)).order_by(m.created.desc(), m.id)
    if status is not None:
        query = query.where(m.status == status)
    if entity is not None:
        query = query.where(m.entity == entity)
    if entity_id is not None:
        query = query.where(m.entity_id == entity_id)
    with catalog.read() as session:
        conn = session.connection()
        if areas is not None:
            codes = area_closure(conn, areas)
            query = query.where(or_(m.area_code.in_(codes), about_areas(m.entity, m.entity_id, codes)))
        rows = conn.execute(query).all()
        return [
            MeldingItem(
                id=r.id,
                entity=r.entity,
                entity_id=r.entity_id,
                name=entry_name(conn, r.entity, r.entity_id) or "",
                field=r.field,
                problem=r.problem,
                text=r.text or "",
                area_code=r.area_code,
                created=r.created,
                status=r.status,
                closed_at=r.closed_at,
                closed_by=r.closed_by,
                done=r.done,
            )
            for r in rows
        ]
