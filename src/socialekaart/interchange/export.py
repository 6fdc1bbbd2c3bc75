"""Writes the catalog as an HSDS 3.0 tabular data package (CSV, folder or .zip) or as HSDS JSON service objects."""

from __future__ import annotations

import copy
import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialekaart.catalog.registry import finite
from socialekaart.catalog.store import Catalog
from socialekaart.errors import UserFacingError
from socialekaart.interchange.tables import TableSpec, hsds_descriptor, table_specs
from socialekaart.interchange.values import format_csv, format_json
from socialekaart.progress import Work

FORMATS = ("hsds-csv", "hsds-json")
_FIELD_TYPES = {str: "string", float: "number", int: "integer", bool: "boolean"}


@dataclass
class ExportSummary:
    """What an export wrote."""

    target: str
    format: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"target": self.target, "format": self.format, "counts": self.counts}


def _rows(session: Session, spec: TableSpec, include_personal: bool) -> list[dict[str, Any]]:
    """The live (not deleted) rows of a table as dicts keyed by interchange field name."""
    table = spec.table
    query = select(table).where(table.c.deleted_at.is_(None)).order_by(table.c[spec.key])
    out = []
    for row in session.execute(query).mappings():
        values = {}
        for f in spec.fields:
            if f.personal_data and not include_personal:
                continue
            values[f.name] = finite(row[f.column])
        if "last_modified" in spec.by_name:
            values["last_modified"] = row["last_modified"]
        out.append(values)
    return out


def _has_personal(spec: TableSpec) -> bool:
    return any(f.personal_data for f in spec.fields)


def _exported_fields(spec: TableSpec, include_personal: bool) -> list[str]:
    return [f.name for f in spec.fields if include_personal or not f.personal_data]


def export_catalog(
    catalog: Catalog,
    out: Path,
    fmt: str,
    *,
    include_personal: bool = False,
    work: Work | None = None,
) -> ExportSummary:
    """Export the catalog; volunteer personal data only with include_personal (never for public exports)."""
    work = work or Work()
    if fmt not in FORMATS:
        raise ValueError(f"onbekend formaat {fmt!r}: kies uit {', '.join(FORMATS)}")
    with catalog.read() as session:
        specs = table_specs()
        data: dict[str, list[dict[str, Any]]] = {}
        for i, (name, spec) in enumerate(specs.items()):
            work.step(f"Lezen: {name}", i, len(specs))
            data[name] = _rows(session, spec, include_personal)
        info = catalog.info()
    written = {k: len(v) for k, v in data.items() if include_personal or not _has_personal(specs[k])}
    summary = ExportSummary(target=str(out), format=fmt, counts=written)
    if fmt == "hsds-csv":
        _write_tabular(out, data, info, include_personal)
    else:
        services = list(service_documents(data))
        summary.counts = {"service": len(services)}
        document = {
            "total_items": len(services),
            "total_pages": 1,
            "page_number": 1,
            "size": len(services),
            "first_page": True,
            "last_page": True,
            "empty": not services,
            "contents": services,
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8")
    work.step("Klaar", 1, 1)
    return summary


def _csv_bytes(fields: list[str], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([format_csv(row.get(f)) for f in fields])
    return buffer.getvalue().encode("utf-8")


def datapackage_descriptor(info: dict[str, str], include_personal: bool) -> dict[str, Any]:
    """The datapackage.json of an export: the official HSDS resources plus the profile's columns and tables."""
    official = {r["name"]: r for r in hsds_descriptor()["resources"]}
    resources = []
    for name, spec in table_specs().items():
        if not include_personal and _has_personal(spec):
            continue
        if name in official:
            resource = copy.deepcopy(official[name])
        else:
            resource = {
                "name": name,
                "path": spec.file_name,
                "profile": "tabular-data-resource",
                "schema": {},
            }
            resource["schema"]["primaryKey"] = spec.key
        schema = resource.setdefault("schema", {})
        known = {f["name"] for f in schema.setdefault("fields", [])}
        for f in spec.fields:
            if f.name in known or (f.personal_data and not include_personal):
                continue
            kind = _FIELD_TYPES.get(f.pytype, f.pytype.__name__)
            entry: dict[str, Any] = {"name": f.name, "type": kind, "description": "Sociale Kaart NL-profiel"}
            if f.required:
                entry["constraints"] = {"required": True}
            schema["fields"].append(entry)
        resources.append(resource)
    descriptor: dict[str, Any] = {
        "name": "socialekaart-export",
        "profile": "tabular-data-package",
        "title": info.get("name") or "Sociale Kaart",
        "licenses": hsds_descriptor().get("licenses", []),
        "resources": resources,
        "socialekaart": {
            "profile": "nl-1",
            "demo": info.get("demo") == "true",
            **({"gemeente": info["gemeente"]} if info.get("gemeente") else {}),
            **({"name": info["name"]} if info.get("name") else {}),
        },
    }
    return descriptor


def _write_tabular(out: Path, data: dict[str, list[dict[str, Any]]], info: dict[str, str], personal: bool) -> None:
    files: dict[str, bytes] = {}
    for name, spec in table_specs().items():
        if not personal and _has_personal(spec):
            continue  # volunteers are people: only in an export that asked for personal data
        files[spec.file_name] = _csv_bytes(_exported_fields(spec, personal), data[name])
    files["datapackage.json"] = json.dumps(datapackage_descriptor(info, personal), ensure_ascii=False, indent=2).encode(
        "utf-8"
    )
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".zip.tmp")
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, content in files.items():
                zf.writestr(name, content)
        tmp.replace(out)
    else:
        _replace_folder(out, files)


def _replace_folder(out: Path, files: dict[str, bytes]) -> None:
    """Write the package into a fresh folder and swap it in whole, so no file of an earlier export survives.

    An existing folder is only replaced when it holds an earlier export (a datapackage.json) or nothing at all.
    """
    import shutil
    import uuid

    if out.exists():
        if not out.is_dir():
            raise ExportRefused(f"{out} bestaat al en is geen map.")
        if any(out.iterdir()) and not (out / "datapackage.json").exists():
            raise ExportRefused(f"De map {out} is niet leeg en bevat geen eerdere export; kies een lege map.")
    out.parent.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    fresh = out.with_name(f".{out.name}.new-{tag}")
    fresh.mkdir()
    try:
        for name, content in files.items():
            (fresh / name).write_bytes(content)
        if out.exists():
            old = out.with_name(f".{out.name}.old-{tag}")
            out.rename(old)
            fresh.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            fresh.rename(out)
    finally:
        if fresh.exists():
            shutil.rmtree(fresh, ignore_errors=True)


class ExportRefused(UserFacingError):
    """The export target cannot be used; the message is Dutch and meant for the user."""


# --- HSDS JSON: full service objects ---------------------------------------------------------------------


def _clean(row: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: format_json(v) for k, v in row.items() if k not in drop and v is not None}


def service_documents(data: dict[str, list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Every live service as an HSDS 3.0 full service object (organization, locations, schedules nested)."""

    def by(table: str, key: str) -> dict[Any, list[dict[str, Any]]]:
        grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for row in data.get(table, []):
            if row.get(key) is not None:
                grouped[row[key]].append(row)
        return grouped

    orgs = {o["id"]: o for o in data.get("organization", [])}
    programs = {p["id"]: p for p in data.get("program", [])}
    locations = {loc["id"]: loc for loc in data.get("location", [])}
    terms = {t["id"]: t for t in data.get("taxonomy_term", [])}
    taxonomies = {t["id"]: t for t in data.get("taxonomy", [])}
    phone_langs = by("language", "phone_id")
    contact_phones = by("phone", "contact_id")

    def phones(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {
                **_clean(p, _PHONE_FKS),
                "languages": [_clean(lang, _LANG_FKS) for lang in phone_langs.get(p["id"], [])],
            }
            for p in rows
        ]

    def contacts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**_clean(c, _CONTACT_FKS), "phones": phones(contact_phones.get(c["id"], []))} for c in rows]

    grouped = {
        name: {fk: by(name, fk) for fk in fks}
        for name, fks in {
            "phone": ("service_id", "location_id", "service_at_location_id", "organization_id"),
            "schedule": ("service_id", "location_id", "service_at_location_id"),
            "contact": ("service_id", "location_id", "service_at_location_id", "organization_id"),
            "language": ("service_id", "location_id"),
            "service_area": ("service_id",),
            "service_at_location": ("service_id",),
            "funding": ("service_id", "organization_id"),
            "cost_option": ("service_id",),
            "required_document": ("service_id",),
            "address": ("location_id",),
            "accessibility": ("location_id",),
            "organization_identifier": ("organization_id",),
        }.items()
    }
    attributes = by("attribute", "link_id")
    metadata = by("metadata", "resource_id")

    def g(table: str, fk: str, key: Any) -> list[dict[str, Any]]:
        return grouped[table][fk].get(key, [])

    def attribute_objects(owner_id: str) -> list[dict[str, Any]]:
        out = []
        for a in attributes.get(owner_id, []):
            obj = _clean(a, ("link_id", "taxonomy_term_id"))
            term = terms.get(a["taxonomy_term_id"])
            if term is not None:
                term_obj = _clean(term, ("taxonomy_id",))
                taxonomy = taxonomies.get(term.get("taxonomy_id"))
                if taxonomy is not None:
                    term_obj["taxonomy_detail"] = _clean(taxonomy)
                obj["taxonomy_term"] = term_obj
            out.append(obj)
        return out

    def location_object(loc: dict[str, Any]) -> dict[str, Any]:
        lid = loc["id"]
        return {
            **_clean(loc),
            "languages": [_clean(x, _LANG_FKS) for x in g("language", "location_id", lid)],
            "addresses": [_clean(x, ("location_id",)) for x in g("address", "location_id", lid)],
            "contacts": contacts(g("contact", "location_id", lid)),
            "accessibility": [_clean(x, ("location_id",)) for x in g("accessibility", "location_id", lid)],
            "phones": phones(g("phone", "location_id", lid)),
            "schedules": [_clean(x, _SCHEDULE_FKS) for x in g("schedule", "location_id", lid)],
            "attributes": attribute_objects(lid),
        }

    def organization_object(org: dict[str, Any]) -> dict[str, Any]:
        oid = org["id"]
        return {
            **_clean(org),
            "funding": [_clean(x, ("organization_id", "service_id")) for x in g("funding", "organization_id", oid)],
            "contacts": contacts(g("contact", "organization_id", oid)),
            "phones": phones(g("phone", "organization_id", oid)),
            "organization_identifiers": [
                _clean(x, ("organization_id",)) for x in g("organization_identifier", "organization_id", oid)
            ],
        }

    for service in data.get("service", []):
        sid = service["id"]
        obj = _clean(service)
        obj["phones"] = phones(g("phone", "service_id", sid))
        obj["schedules"] = [_clean(x, _SCHEDULE_FKS) for x in g("schedule", "service_id", sid)]
        obj["service_areas"] = [_clean(x, ("service_id",)) for x in g("service_area", "service_id", sid)]
        sals = []
        for sal in g("service_at_location", "service_id", sid):
            sal_obj = _clean(sal, ("service_id", "location_id"))
            sal_obj["contacts"] = contacts(g("contact", "service_at_location_id", sal["id"]))
            sal_obj["phones"] = phones(g("phone", "service_at_location_id", sal["id"]))
            sal_obj["schedules"] = [
                _clean(x, _SCHEDULE_FKS) for x in g("schedule", "service_at_location_id", sal["id"])
            ]
            loc = locations.get(sal["location_id"])
            if loc is not None:
                sal_obj["location"] = location_object(loc)
            sals.append(sal_obj)
        obj["service_at_locations"] = sals
        obj["languages"] = [_clean(x, _LANG_FKS) for x in g("language", "service_id", sid)]
        org = orgs.get(service["organization_id"])
        if org is not None:
            obj["organization"] = organization_object(org)
        obj["funding"] = [_clean(x, ("organization_id", "service_id")) for x in g("funding", "service_id", sid)]
        obj["cost_options"] = [_clean(x, ("service_id",)) for x in g("cost_option", "service_id", sid)]
        program = programs.get(service.get("program_id"))
        if program is not None:
            obj["program"] = _clean(program)
        obj["required_documents"] = [_clean(x, ("service_id",)) for x in g("required_document", "service_id", sid)]
        obj["contacts"] = contacts(g("contact", "service_id", sid))
        obj["attributes"] = attribute_objects(sid)
        obj["metadata"] = [_clean(x, ("resource_id",)) for x in metadata.get(sid, [])]
        yield obj


_PHONE_FKS = ("location_id", "service_id", "organization_id", "contact_id", "service_at_location_id")
_CONTACT_FKS = ("organization_id", "service_id", "service_at_location_id", "location_id")
_LANG_FKS = ("service_id", "location_id", "phone_id")
_SCHEDULE_FKS = ("service_id", "location_id", "service_at_location_id")
