"""Read-only HSDS 3.0 API objects: full service objects, organizations and taxonomies, in HSDS pages."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import ColumnElement, Connection, false, func, or_, select

from socialekaart.catalog.registry import finite
from socialekaart.interchange.export import _clean, service_documents
from socialekaart.interchange.tables import table_specs

HSDS_VERSION = "3.0"


def page_envelope(contents: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    """The HSDS page object (total_items, total_pages, page_number, size, first_page, last_page, empty, contents)."""
    total_pages = max(1, math.ceil(total / per_page)) if total else 0
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def _rows(conn: Connection, name: str, where: ColumnElement[bool] | None = None) -> list[dict[str, Any]]:
    """Live rows of one table as interchange dicts (no personal data: HSDS tables have none)."""
    spec = table_specs()[name]
    t = spec.table
    query = select(t).where(t.c.deleted_at.is_(None)).order_by(t.c[spec.key])
    if where is not None:
        query = query.where(where)
    out = []
    for row in conn.execute(query).mappings():
        values = {f.name: finite(row[f.column]) for f in spec.fields if not f.personal_data}
        if "last_modified" in spec.by_name:
            values["last_modified"] = row["last_modified"]
        out.append(values)
    return out


def _in(name: str, column: str, ids: set[Any]) -> ColumnElement[bool]:
    t = table_specs()[name].table
    return t.c[column].in_(sorted(ids)) if ids else false()


def _any_in(name: str, pairs: dict[str, set[Any]]) -> ColumnElement[bool]:
    t = table_specs()[name].table
    return or_(*[_in(name, col, ids) for col, ids in pairs.items() if col in t.c])


def services_data(conn: Connection, services: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Everything service_documents() needs for these services, read with a bounded number of queries."""
    sids = {s["id"] for s in services}
    data: dict[str, list[dict[str, Any]]] = {"service": services}
    data["service_at_location"] = _rows(conn, "service_at_location", _in("service_at_location", "service_id", sids))
    lids = {r["location_id"] for r in data["service_at_location"]}
    salids = {r["id"] for r in data["service_at_location"]}
    data["location"] = _rows(conn, "location", _in("location", "id", lids))
    oids = {s["organization_id"] for s in services} | {r.get("organization_id") for r in data["location"]} - {None}
    data["organization"] = _rows(conn, "organization", _in("organization", "id", oids))
    data["program"] = _rows(conn, "program", _in("program", "id", {s.get("program_id") for s in services} - {None}))
    owners = {"service_id": sids, "location_id": lids, "organization_id": oids, "service_at_location_id": salids}
    data["contact"] = _rows(conn, "contact", _any_in("contact", owners))
    cids = {c["id"] for c in data["contact"]}
    data["phone"] = _rows(conn, "phone", _any_in("phone", {**owners, "contact_id": cids}))
    pids = {p["id"] for p in data["phone"]}
    for name in (
        "schedule",
        "service_area",
        "funding",
        "cost_option",
        "required_document",
        "address",
        "accessibility",
        "organization_identifier",
    ):
        data[name] = _rows(conn, name, _any_in(name, owners))
    data["language"] = _rows(conn, "language", _any_in("language", {**owners, "phone_id": pids}))
    data["attribute"] = _rows(conn, "attribute", _in("attribute", "link_id", sids | lids | oids))
    tids = {a["taxonomy_term_id"] for a in data["attribute"]}
    data["taxonomy_term"] = _rows(conn, "taxonomy_term", _in("taxonomy_term", "id", tids))
    data["taxonomy"] = _rows(
        conn, "taxonomy", _in("taxonomy", "id", {t.get("taxonomy_id") for t in data["taxonomy_term"]} - {None})
    )
    data["metadata"] = _rows(conn, "metadata", _in("metadata", "resource_id", sids))
    return data


def _count(conn: Connection, name: str) -> int:
    t = table_specs()[name].table
    return int(conn.execute(select(func.count()).select_from(t).where(t.c.deleted_at.is_(None))).scalar_one())


def _page_of(conn: Connection, name: str, page: int, per_page: int) -> tuple[list[dict[str, Any]], int]:
    spec = table_specs()[name]
    t = spec.table
    total = _count(conn, name)
    keys = conn.execute(
        select(t.c[spec.key])
        .where(t.c.deleted_at.is_(None))
        .order_by(t.c[spec.key])
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).scalars()
    ids = set(keys)
    return (_rows(conn, name, _in(name, spec.key, ids)) if ids else []), total


def services_page(conn: Connection, page: int, per_page: int) -> dict[str, Any]:
    services, total = _page_of(conn, "service", page, per_page)
    documents = list(service_documents(services_data(conn, services))) if services else []
    return page_envelope(documents, total, page, per_page)


def service_document(conn: Connection, service_id: str) -> dict[str, Any] | None:
    services = _rows(conn, "service", _in("service", "id", {service_id}))
    if not services:
        return None
    return next(service_documents(services_data(conn, services)))


def organizations_page(conn: Connection, page: int, per_page: int) -> dict[str, Any]:
    orgs, total = _page_of(conn, "organization", page, per_page)
    return page_envelope([_clean(o) for o in orgs], total, page, per_page)


def taxonomies_page(conn: Connection, page: int, per_page: int) -> dict[str, Any]:
    rows, total = _page_of(conn, "taxonomy", page, per_page)
    return page_envelope([_clean(r) for r in rows], total, page, per_page)
