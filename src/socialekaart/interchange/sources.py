"""Reads an import source (folder, .zip, CSV, HSDS JSON) into plain rows that remember file and line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from socialekaart.interchange.problems import ProblemList
from socialekaart.interchange.rows import MAX_CELL, BoundaryFile, RawPackage, RawRow, decode_text, read_csv_rows
from socialekaart.interchange.sheets import read_sheet, read_workbook
from socialekaart.interchange.tables import spec_for_file, table_specs

__all__ = ["MAX_CELL", "BoundaryFile", "RawPackage", "RawRow", "read_sheet", "read_source"]


class _Files:
    """A folder or a zip file, read the same way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = zipfile.ZipFile(path) if path.is_file() else None
        if self.zip is not None:
            names = [n for n in self.zip.namelist() if not n.endswith("/") and "__MACOSX" not in n]
            # A zip often holds one folder with the package in it.
            descriptors = sorted((n for n in names if PurePosixPath(n).name == "datapackage.json"), key=len)
            root = str(PurePosixPath(descriptors[0]).parent) if descriptors else ""
            self.root = "" if root == "." else root
            self.names = names
        else:
            self.root = ""
            self.names = [str(p.relative_to(path)).replace("\\", "/") for p in path.rglob("*") if p.is_file()]

    def _full(self, name: str) -> str:
        return str(PurePosixPath(self.root) / name) if self.root else name

    def exists(self, name: str) -> bool:
        full = self._full(name)
        if self.zip is not None:
            return full in self.names
        return (self.path / full).is_file()

    def read(self, name: str) -> bytes:
        full = self._full(name)
        if self.zip is not None:
            return self.zip.read(full)
        return (self.path / full).read_bytes()

    def csv_files(self) -> list[str]:
        prefix = f"{self.root}/" if self.root else ""
        return sorted(n[len(prefix) :] for n in self.names if n.startswith(prefix) and n.lower().endswith(".csv"))

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _add_csv(package: RawPackage, name: str, data: bytes, problems: ProblemList) -> None:
    spec = spec_for_file(name)
    if spec is None:
        package.warnings.append(f"{name}: onbekend bestand, overgeslagen")
        return
    header, rows = read_csv_rows(data, name, problems)
    known = set(spec.by_name)
    unknown = [h for h in header if h and h not in known]
    if unknown:
        package.warnings.append(f"{name}: onbekende kolommen overgeslagen: {', '.join(unknown)}")
    if header:
        for f in spec.fields:
            if f.required and f.name not in header:
                problems.add(name, 1, f.name, "verplichte kolom ontbreekt")
    for row in rows:
        package.add(spec.name, row)


def read_source(path: Path, problems: ProblemList) -> RawPackage:
    """Read a folder or .zip data package, one CSV file, or an HSDS JSON file."""
    package = RawPackage(source=str(path))
    if not path.exists():
        problems.add(str(path), None, None, "bestand of map bestaat niet")
        return package
    suffix = path.suffix.lower()
    if path.is_file() and suffix == ".json":
        _read_json_file(package, path.name, path.read_bytes(), problems)
        return package
    if path.is_file() and suffix == ".csv":
        _add_csv(package, path.name, path.read_bytes(), problems)
        return package
    if path.is_file() and suffix in (".xlsx", ".xlsm"):
        read_workbook(package, path, problems)
        return package
    if path.is_file() and not zipfile.is_zipfile(path):
        problems.add(path.name, None, None, "onbekend bestandstype: verwacht een map, .zip, .csv, .xlsx of .json")
        return package
    try:
        files = _Files(path)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.add(path.name, None, None, f"kan het zip-bestand niet lezen ({exc})")
        return package
    try:
        if files.exists("datapackage.json"):
            _read_datapackage(package, files, problems)
        else:
            csvs = files.csv_files()
            jsons = [n for n in files.names if n.lower().endswith(".json")]
            if not csvs and not jsons:
                problems.add(path.name, None, None, "geen datapackage.json, CSV- of JSON-bestanden gevonden")
            for name in csvs:
                _add_csv(package, name, files.read(name), problems)
            if not csvs:
                for name in jsons:
                    _read_json_file(package, name, files.read(name), problems)
    finally:
        files.close()
    return package


def _read_datapackage(package: RawPackage, files: _Files, problems: ProblemList) -> None:
    text = decode_text(files.read("datapackage.json"), "datapackage.json", problems)
    if text is None:
        return
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add("datapackage.json", exc.lineno, None, f"ongeldige JSON ({exc.msg})")
        return
    if not isinstance(descriptor, dict):
        problems.add("datapackage.json", None, None, "verwacht een JSON-object")
        return
    profile = descriptor.get("socialekaart")
    if isinstance(profile, dict):
        package.properties.update(profile)
    for resource in descriptor.get("resources", []):
        if not isinstance(resource, dict):
            continue
        rel = resource.get("path")
        if not isinstance(rel, str):
            continue
        if resource.get("socialekaart:kind") == "area-boundaries":
            data = _read_relative(files, rel, problems)
            if data is not None:
                package.boundaries.append(BoundaryFile(PurePosixPath(rel).name, data))
            continue
        spec = table_specs().get(str(resource.get("name", "")))
        if not files.exists(rel):
            if spec is not None and spec.hsds and spec.name in ("organization", "service"):
                problems.add(rel, None, None, "bestand uit datapackage.json ontbreekt")
            continue
        _add_csv(package, rel, files.read(rel), problems)


def _read_relative(files: _Files, rel: str, problems: ProblemList) -> bytes | None:
    """Read a resource path that may point outside the package folder (only for a folder, never for a zip)."""
    if files.exists(rel):
        return files.read(rel)
    if files.zip is None:
        target = (files.path / rel).resolve()
        if target.is_file():
            return target.read_bytes()
    problems.add(rel, None, None, "grenzenbestand uit datapackage.json ontbreekt")
    return None


# --- HSDS JSON -----------------------------------------------------------------------------------------------

# For each entity: nested key -> (child entity, how the two are linked).
# ("child", fk): the child gets fk = parent id.  ("parent", fk): the parent gets fk = child id.
# ("link", None): an attribute/metadata row pointing at the parent by link_id/resource_id.
_NESTED: dict[str, dict[str, tuple[str, str, str | None]]] = {
    "service": {
        "phones": ("phone", "child", "service_id"),
        "schedules": ("schedule", "child", "service_id"),
        "service_areas": ("service_area", "child", "service_id"),
        "service_at_locations": ("service_at_location", "child", "service_id"),
        "languages": ("language", "child", "service_id"),
        "organization": ("organization", "parent", "organization_id"),
        "funding": ("funding", "child", "service_id"),
        "cost_options": ("cost_option", "child", "service_id"),
        "program": ("program", "parent", "program_id"),
        "required_documents": ("required_document", "child", "service_id"),
        "contacts": ("contact", "child", "service_id"),
        "attributes": ("attribute", "link", None),
        "metadata": ("metadata", "link", None),
    },
    "organization": {
        "funding": ("funding", "child", "organization_id"),
        "contacts": ("contact", "child", "organization_id"),
        "phones": ("phone", "child", "organization_id"),
        "locations": ("location", "child", "organization_id"),
        "programs": ("program", "child", "organization_id"),
        "organization_identifiers": ("organization_identifier", "child", "organization_id"),
        "services": ("service", "child", "organization_id"),
        "attributes": ("attribute", "link", None),
        "metadata": ("metadata", "link", None),
    },
    "service_at_location": {
        "contacts": ("contact", "child", "service_at_location_id"),
        "phones": ("phone", "child", "service_at_location_id"),
        "schedules": ("schedule", "child", "service_at_location_id"),
        "location": ("location", "parent", "location_id"),
        "service": ("service", "parent", "service_id"),
        "attributes": ("attribute", "link", None),
        "metadata": ("metadata", "link", None),
    },
    "location": {
        "languages": ("language", "child", "location_id"),
        "addresses": ("address", "child", "location_id"),
        "contacts": ("contact", "child", "location_id"),
        "accessibility": ("accessibility", "child", "location_id"),
        "phones": ("phone", "child", "location_id"),
        "schedules": ("schedule", "child", "location_id"),
        "attributes": ("attribute", "link", None),
        "metadata": ("metadata", "link", None),
    },
    "contact": {"phones": ("phone", "child", "contact_id")},
    "phone": {"languages": ("language", "child", "phone_id")},
    "attribute": {"taxonomy_term": ("taxonomy_term", "parent", "taxonomy_term_id")},
    "taxonomy_term": {"taxonomy_detail": ("taxonomy", "parent", "taxonomy_id")},
}


def _guess_entity(file: str, obj: dict[str, Any]) -> str | None:
    stem = PurePosixPath(file).stem.lower()
    for prefix in ("service_at_location", "taxonomy_term", "organization", "location", "taxonomy", "service"):
        if stem.startswith(prefix):
            return prefix
    keys = set(obj)
    if "service_at_locations" in keys or "status" in keys:
        return "service"
    if "location_type" in keys:
        return "location"
    if keys & {"services", "year_incorporated", "website", "organization_identifiers"}:
        return "organization"
    if "location" in keys and ("service" in keys or "service_id" in keys):
        return "service_at_location"
    if "parent_id" in keys or "term_uri" in keys:
        return "taxonomy_term"
    if "uri" in keys and "version" in keys:
        return "taxonomy"
    return None


def _read_json_file(package: RawPackage, file: str, data: bytes, problems: ProblemList) -> None:
    text = decode_text(data, file, problems)
    if text is None:
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(file, exc.lineno, None, f"ongeldige JSON ({exc.msg}, teken {exc.colno})")
        return
    except RecursionError:
        problems.add(file, None, None, "de JSON is te diep genest om te lezen")
        return
    seen: dict[tuple[str, str], RawRow] = {}
    if isinstance(doc, dict) and doc and all(str(k).endswith(".csv") for k in doc):
        # HSDS "tabular" JSON: file name -> list of flat rows.
        for csv_name, rows in doc.items():
            spec = spec_for_file(csv_name)
            if spec is None or not isinstance(rows, list):
                package.warnings.append(f"{file}: onderdeel {csv_name} overgeslagen")
                continue
            for i, row in enumerate(rows):
                if isinstance(row, dict):
                    package.add(spec.name, RawRow(dict(row), file, f"{csv_name}[{i}]"))
        return
    items: list[tuple[str, Any]]
    if isinstance(doc, dict) and isinstance(doc.get("contents"), list):
        items = [(f"/contents/{i}", x) for i, x in enumerate(doc["contents"])]
    elif isinstance(doc, list):
        items = [(f"/{i}", x) for i, x in enumerate(doc)]
    else:
        items = [("", doc)]
    for pointer, obj in items:
        if not isinstance(obj, dict):
            problems.add(file, pointer or "/", None, "verwacht een JSON-object")
            continue
        entity = _guess_entity(file, obj)
        if entity is None:
            problems.add(file, pointer or "/", None, "kan niet bepalen welk HSDS-object dit is")
            continue
        try:
            _flatten(package, entity, obj, file, pointer, seen, problems)
        except RecursionError:
            problems.add(file, pointer or "/", None, "de JSON is te diep genest om te lezen")


def _flatten(
    package: RawPackage,
    entity: str,
    obj: dict[str, Any],
    file: str,
    pointer: str,
    seen: dict[tuple[str, str], RawRow],
    problems: ProblemList,
) -> str | None:
    """Add obj and everything nested in it as flat rows; returns obj's id."""
    flat: dict[str, Any] = {}
    nested = _NESTED.get(entity, {})
    children: list[tuple[str, Any]] = []
    for key, value in obj.items():
        if key in nested:
            children.append((key, value))
        elif not isinstance(value, (dict, list)):
            flat[key] = value
    obj_id = flat.get("id")
    if not isinstance(obj_id, str) or not obj_id.strip():
        problems.add(file, pointer or "/", "id", f"{entity} zonder id")
        return None
    for key, value in children:
        child_entity, how, fk = nested[key]
        values = value if isinstance(value, list) else [value]
        for i, child in enumerate(values):
            child_pointer = f"{pointer}/{key}" + (f"/{i}" if isinstance(value, list) else "")
            if not isinstance(child, dict):
                problems.add(file, child_pointer, key, "verwacht een JSON-object")
                continue
            child = dict(child)
            if how == "child" and fk:
                child.setdefault(fk, obj_id)
            elif how == "link":
                if child_entity == "attribute":
                    child.setdefault("link_id", obj_id)
                    child.setdefault("link_entity", entity)
                else:
                    child.setdefault("resource_id", obj_id)
                    child.setdefault("resource_type", entity)
            if (
                entity == "service"
                and child_entity == "program"
                and flat.get("organization_id")
                and not child.get("organization_id")
            ):
                # HSDS nests a program without its organization_id; it is the service's organization unless said.
                child["organization_id"] = flat["organization_id"]
            child_id = _flatten(package, child_entity, child, file, child_pointer, seen, problems)
            if how == "parent" and fk and child_id:
                flat.setdefault(fk, child_id)
    seen_key = (entity, obj_id)
    previous = seen.get(seen_key)
    if previous is not None:
        # The same object nested in several places (an organization under every service): merge.
        for k, v in flat.items():
            old = previous.values.get(k)
            if old in (None, ""):
                previous.values[k] = v
            elif v not in (None, "") and old != v and k not in ("last_modified",):
                problems.add(file, pointer or "/", k, f"{entity} {obj_id} komt vaker voor met verschillende waarden")
        return obj_id
    row = RawRow(flat, file, pointer or "/")
    seen[seen_key] = row
    package.add(entity, row)
    return obj_id
