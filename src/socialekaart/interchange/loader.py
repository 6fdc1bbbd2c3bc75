"""Imports a data package into the catalog: check everything first, then write it all in one transaction."""

from __future__ import annotations

import time as _time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, Text, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from socialekaart.catalog.models import utcnow
from socialekaart.catalog.profile import NEEDS_TAXONOMY, taxonomy_id
from socialekaart.catalog.registry import load_order
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import CODE_FIELDS, SOFT, CatalogLookup, validate
from socialekaart.interchange.areas import area_rows_from_package, assign_location_areas
from socialekaart.interchange.problems import ProblemList
from socialekaart.interchange.sources import RawPackage, read_source
from socialekaart.interchange.tables import TableSpec, table_specs
from socialekaart.interchange.values import ValueProblem, parse_value
from socialekaart.progress import Work
from socialekaart.text import one_line

CHUNK = 2000


@dataclass
class TableCount:
    """How many rows of one table were added and how many replaced existing rows."""

    inserted: int = 0
    updated: int = 0


@dataclass
class ImportSummary:
    """What an import did, for the user and for scripts (`--json`)."""

    source: str
    counts: dict[str, TableCount] = field(default_factory=dict)
    locations_assigned: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "counts": {k: {"inserted": v.inserted, "updated": v.updated} for k, v in self.counts.items()},
            "locations_assigned": self.locations_assigned,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class _Parsed:
    """A checked row: column -> value, with its origin for messages."""

    values: dict[str, Any]
    file: str
    row: int | str


def import_catalog(catalog: Catalog, path: Path, work: Work | None = None, actor: str = "import") -> ImportSummary:
    """Import a folder/.zip data package, a CSV file or an HSDS JSON file into the catalog.

    All or nothing: on any problem ImportFailed is raised (naming file, row and column) and the catalog is
    unchanged; on cancel, Cancelled is raised and the catalog is unchanged too.
    """
    work = work or Work()
    started = _time.perf_counter()
    problems = ProblemList()
    work.step("Bestanden lezen", 0, 0)
    raw = read_source(Path(path), problems)
    problems.raise_if_any()
    try:
        package_demo = bool(parse_value(raw.properties.get("demo"), bool))
    except ValueProblem as exc:
        problems.add("datapackage.json", None, "socialekaart.demo", str(exc))
        package_demo = False
    if not raw.tables and not raw.boundaries:
        problems.add(
            Path(path).name,
            None,
            None,
            "geen HSDS-tabellen gevonden: verwacht bestanden of tabbladen als services.csv, organizations.csv",
        )
    work.step("Gegevens controleren", 0, 0)
    parsed = _parse_all(raw, problems, package_demo)
    areas = area_rows_from_package(raw, parsed.get("area", []), problems, package_demo)
    if areas is not None:
        parsed["area"] = [_Parsed(a, a.pop("__file", "areas"), a.pop("__row", "")) for a in areas]
    problems.raise_if_any()
    summary = ImportSummary(source=str(path), warnings=list(raw.warnings))
    with catalog.write() as session:
        existing = {name: _existing_keys(session, table_specs()[name]) for name in parsed}
        _check_foreign_keys(session, parsed, existing, problems, summary.warnings)
        _check_codes(_ImportCodes(session, parsed), parsed, problems)
        problems.raise_if_any()
        total = sum(len(rows) for rows in parsed.values())
        done = 0
        now = utcnow()
        for name in load_order():
            rows = parsed.get(name)
            if not rows:
                continue
            spec = table_specs()[name]
            count = TableCount()
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                work.step(f"Schrijven: {name}", done, total)
                _upsert(session, spec.table, spec.key, [r.values for r in chunk], now, actor)
                for r in chunk:
                    if r.values[spec.key] in existing[name]:
                        count.updated += 1
                    else:
                        count.inserted += 1
                done += len(chunk)
            summary.counts[name] = count
        work.step("Locaties aan buurten koppelen", done, total)
        summary.locations_assigned = assign_location_areas(session)
        for key in ("name", "gemeente", "profile"):
            if raw.properties.get(key):
                catalog.set_info(session, key, str(raw.properties[key]))
        if package_demo:
            catalog.set_info(session, "demo", "true")
        work.step("Opslaan", total, total)
    summary.seconds = _time.perf_counter() - started
    return summary


def _parse_all(raw: RawPackage, problems: ProblemList, package_demo: bool) -> dict[str, list[_Parsed]]:
    parsed: dict[str, list[_Parsed]] = {}
    for name, rows in raw.tables.items():
        spec = table_specs()[name]
        seen: dict[Any, int | str] = {}
        out: list[_Parsed] = []
        for row in rows:
            values = _parse_row(spec, row.values, row.file, row.row, problems, raw.warnings)
            if values is None:
                continue
            key = values.get(spec.key)
            if key in seen:
                problems.add(row.file, row.row, spec.key, f"dubbele {spec.key} '{key}' (ook op regel {seen[key]})")
                continue
            seen[key] = row.row
            if package_demo:
                values["demo"] = True
            out.append(_Parsed(values, row.file, row.row))
        parsed[name] = out
    return parsed


def _parse_row(
    spec: TableSpec,
    raw: dict[str, Any],
    file: str,
    row: int | str,
    problems: ProblemList,
    warnings: list[str],
) -> dict[str, Any] | None:
    """Typed values of the fields present in the input; a field the input does not have is left out, so an
    update from a file with fewer columns keeps what the catalog has in the others."""
    values: dict[str, Any] = {}
    ok = True
    for f in spec.fields:
        if f.name == "last_modified":
            continue  # our own bookkeeping decides when a row last changed
        if f.name not in raw:
            if f.required:
                problems.add(file, row, f.name, "verplicht veld ontbreekt")
                ok = False
            continue
        try:
            value = parse_value(raw.get(f.name), f.pytype)
        except ValueProblem as exc:
            problems.add(file, row, f.name, str(exc))
            ok = False
            continue
        if value is None and f.required:
            problems.add(file, row, f.name, "verplicht veld is leeg")
            ok = False
            continue
        column = spec.table.c[f.column]
        if value is None and not column.nullable and column.default is not None:
            continue  # an empty cell of a column with a default (demo, weight): the default, or what is stored
        if isinstance(value, str) and not isinstance(column.type, Text):
            value = one_line(value)  # a name never spans lines (and cannot fake extra lines in output)
        values[f.column] = value
    if not ok:
        return None
    names = {f.column: f.name for f in spec.fields}
    for problem in validate(spec.name, values, entity_id=str(values.get(spec.key) or "")):
        name = names.get(problem.field, problem.field)
        if (spec.name, problem.field) in SOFT:
            warnings.append(f"{file}, {_where(row)}, kolom '{name}': {problem.reason}; leeg gelaten")
            values[problem.field] = None
        else:
            problems.add(file, row, name, problem.reason)
            ok = False
    return values if ok else None


def _existing_keys(session: Session, spec: TableSpec) -> set[Any]:
    return set(session.scalars(select(spec.table.c[spec.key])))


def _check_foreign_keys(
    session: Session,
    parsed: dict[str, list[_Parsed]],
    existing: dict[str, set[Any]],
    problems: ProblemList,
    warnings: list[str],
) -> None:
    """A required reference to something unknown is an error; an optional one is left empty, with a warning.

    The official HSDS examples themselves contain optional references to rows they do not include (a parent
    organization, a parent taxonomy term), so refusing those would refuse valid HSDS.
    """
    specs = table_specs()
    known: dict[str, set[Any]] = defaultdict(set)
    for name, rows in parsed.items():
        known[name].update(r.values[specs[name].key] for r in rows)
        known[name] |= existing.get(name, set())

    def ids_of(table: str) -> set[Any]:
        if table not in known and table not in existing:
            known[table] = _existing_keys(session, specs[table])
        return known[table]

    for name, rows in parsed.items():
        spec = specs[name]
        fks = [f for f in spec.fields if f.foreign_table]
        for r in rows:
            for f in fks:
                value = r.values.get(f.column)
                if value is not None and value not in ids_of(f.foreign_table or ""):
                    target = specs[f.foreign_table or ""]
                    if not f.required:
                        r.values[f.column] = None
                        warnings.append(
                            f"{r.file}, {_where(r.row)}, kolom '{f.name}': verwijzing naar onbekende "
                            f"{target.name} '{value}' leeg gelaten"
                        )
                        continue
                    problems.add(
                        r.file,
                        r.row,
                        f.name,
                        f"onbekende verwijzing '{value}': die {target.name} staat niet in {target.file_name} "
                        "en niet in de catalogus",
                    )
            if name == "attribute":
                entity = r.values.get("link_entity")
                if entity in specs and r.values.get("link_id") not in ids_of(entity):
                    problems.add(
                        r.file,
                        r.row,
                        "link_id",
                        f"onbekende verwijzing '{r.values.get('link_id')}' naar {entity}",
                    )


class _ImportCodes:
    """The area and need codes an import may refer to: those it brings and those the catalog holds."""

    def __init__(self, session: Session, parsed: dict[str, list[_Parsed]]) -> None:
        catalog = CatalogLookup(session.connection())
        areas = {str(r.values["code"]) for r in parsed.get("area", [])}
        needs = taxonomy_id(NEEDS_TAXONOMY)
        terms = parsed.get("taxonomy_term", [])
        brought = {
            str(r.values["code"]) for r in terms if r.values.get("taxonomy_id") == needs and r.values.get("code")
        }
        self._areas = frozenset(areas | (catalog.area_codes() or set())) or None
        self._needs = frozenset(brought | (catalog.need_codes() or set())) or None

    def area_codes(self) -> frozenset[str] | None:
        return self._areas

    def need_codes(self) -> frozenset[str] | None:
        return self._needs


def _check_codes(lookup: _ImportCodes, parsed: dict[str, list[_Parsed]], problems: ProblemList) -> None:
    """Area codes and need codes must exist (in the import or the catalog), once there are any to check against."""
    specs = table_specs()
    for name, rows in parsed.items():
        fields = {f.column: f.name for f in specs[name].fields if (name, f.column) in CODE_FIELDS}
        if not fields:
            continue
        for r in rows:
            codes = {c: r.values[c] for c in fields if r.values.get(c) is not None}
            for problem in validate(name, codes, lookup=lookup) if codes else ():
                problems.add(r.file, r.row, fields[problem.field], problem.reason)


def _where(row: int | str) -> str:
    return f"regel {row}" if isinstance(row, int) else str(row)


def _upsert(session: Session, table: Table, key: str, rows: list[dict[str, Any]], now: Any, actor: str) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:  # rows from JSON may carry different fields: one statement per set of fields
        groups[tuple(sorted(r))].append(r)
    for fields, group in groups.items():
        columns = [c for c in fields if c != key]
        payload = [{**r, "last_modified": now, "modified_by": actor} for r in group]
        stmt = sqlite_insert(table)
        update: dict[str, Any] = {
            c: stmt.excluded[c] for c in [*columns, "last_modified", "modified_by"] if c in table.c
        }
        update["version"] = table.c.version + 1
        update["deleted_at"] = None  # importing a row again brings it back
        session.execute(stmt.on_conflict_do_update(index_elements=[key], set_=update), payload)
