"""What several keepers of the catalog ask of one entry: its name, its wijken, where a merged id now points."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, and_, func, literal, or_, select, text

from socialekaart.catalog.models import Location, Redirect, ServiceArea, ServiceAtLocation
from socialekaart.catalog.registry import key_column, model_table, table

#: Entries a wijkmakelaar keeps and verifies (initiatives and volunteers are services and people of services).
KEPT_ENTITIES = ("service", "location", "organization")
_CLOSURE_SQL = text(
    "WITH RECURSIVE tree(code) AS (SELECT code FROM area WHERE code IN ({codes}) "
    "UNION SELECT a.code FROM area a JOIN tree t ON a.parent_code = t.code) SELECT code FROM tree"
)


def area_closure(conn: Connection, codes: Iterable[str]) -> frozenset[str]:
    """The codes with every area below them (a kern brings its wijken and buurten); unknown codes stay as given."""
    wanted = sorted({c.strip() for c in codes if c and c.strip()})
    if not wanted:
        return frozenset()
    params = {f"c{i}": c for i, c in enumerate(wanted)}
    sql = text(_CLOSURE_SQL.text.format(codes=", ".join(f":{k}" for k in params)))
    return frozenset(wanted) | frozenset(str(c) for c in conn.execute(sql, params).scalars())


def in_areas(entity: str, entity_key: ColumnElement[str], codes: frozenset[str]) -> ColumnElement[bool]:
    """A condition: the entry (by its key column) lies in or serves one of the area codes (uncorrelated
    sub-selects, so the database reads the places in the areas once, not once per entry)."""
    loc = model_table(Location).c
    if not codes:
        return literal(True)
    at = or_(loc.wijk_code.in_(codes), loc.buurt_code.in_(codes))
    if entity == "location":
        return entity_key.in_(select(loc.id).where(at))
    if entity == "organization":
        return entity_key.in_(select(loc.organization_id).where(at, loc.organization_id.is_not(None)))
    sal = model_table(ServiceAtLocation).c
    sa = model_table(ServiceArea).c
    placed = (
        select(sal.service_id)
        .join_from(model_table(ServiceAtLocation), model_table(Location), loc.id == sal.location_id)
        .where(sal.deleted_at.is_(None), at)
    )
    served = select(sa.service_id).where(sa.deleted_at.is_(None), sa.area_code.in_(codes), sa.service_id.is_not(None))
    return or_(entity_key.in_(placed), entity_key.in_(served))


def about_areas(
    entity_col: ColumnElement[str], id_col: ColumnElement[str], codes: frozenset[str]
) -> ColumnElement[bool]:
    """A condition on rows that name an entry by (entity, id) columns, as meldingen do: that entry lies in or
    serves one of the area codes."""
    return or_(*(and_(entity_col == kind, in_areas(kind, id_col, codes)) for kind in KEPT_ENTITIES))


def entry_in_areas(conn: Connection, entity: str, entity_id: str, codes: frozenset[str]) -> bool:
    """Whether the entry lies in or serves one of the area codes."""
    if entity not in KEPT_ENTITIES:
        return False
    return bool(conn.execute(select(in_areas(entity, literal(entity_id), codes))).scalar())


def entry_wijk(conn: Connection, entity: str, entity_id: str) -> str | None:
    """The wijk (or else buurt) code of an entry's first place: whose queue a melding about it lands in."""
    loc = model_table(Location).c
    if entity == "location":
        query = select(loc.wijk_code, loc.buurt_code).where(loc.id == entity_id)
    elif entity == "service":
        sal = model_table(ServiceAtLocation).c
        query = (
            select(loc.wijk_code, loc.buurt_code)
            .join_from(model_table(ServiceAtLocation), model_table(Location), loc.id == sal.location_id)
            .where(sal.service_id == entity_id, sal.deleted_at.is_(None))
            .order_by(loc.wijk_code.is_(None), loc.id)
            .limit(1)
        )
    elif entity == "organization":
        query = select(loc.wijk_code, loc.buurt_code).where(loc.organization_id == entity_id).limit(1)
    else:
        return None
    row = conn.execute(query).first()
    if row is None:
        if entity == "service":
            sa = model_table(ServiceArea).c
            code = conn.execute(
                select(sa.area_code).where(sa.service_id == entity_id, sa.area_code.is_not(None)).limit(1)
            ).scalar()
            return str(code) if code else None
        return None
    code = row.wijk_code or row.buurt_code
    return str(code) if code else None


def entry_name(conn: Connection, entity: str, entity_id: str) -> str | None:
    """The entry's name (None when it has no name column or does not exist)."""
    t = table(entity)
    if "name" not in t.c:
        return None
    value = conn.execute(select(t.c.name).where(t.c[key_column(entity)] == entity_id)).scalar()
    return str(value) if value is not None else None


def resolve_id(conn: Connection, entity: str, entity_id: str) -> str:
    """The id an entry has now: a merged-away id leads to the entry it was merged into (chains followed)."""
    r = model_table(Redirect).c
    seen = {entity_id}
    while True:
        kept = conn.execute(
            select(r.kept_id).where(r.id == entity_id, r.entity == entity, r.deleted_at.is_(None))
        ).scalar()
        if kept is None or kept in seen:
            return entity_id
        seen.add(kept)
        entity_id = str(kept)


def find_entry(conn: Connection, entity: str, id_or_name: str) -> list[str]:
    """The ids the text may mean: the entry with that id (or merged into another: that one), else every live
    entry whose name is exactly the text (case aside)."""
    t = table(entity)
    key = t.c[key_column(entity)]
    wanted = resolve_id(conn, entity, id_or_name)
    if conn.execute(select(key).where(key == wanted)).first() is not None:
        return [wanted]
    if "name" not in t.c:
        return []
    query = select(key).where(func.lower(t.c.name) == id_or_name.strip().lower(), t.c.deleted_at.is_(None))
    return [str(i) for i in conn.execute(query.order_by(key)).scalars()]
