"""Spreadsheet import as wijkmakelaars keep them: their columns mapped to catalog fields, a dry run, problems
per row and column, all or nothing, and a report; the rows go out with the next sync like any edit."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from socialekaart.catalog.editing import EditError, edit_batch
from socialekaart.catalog.entries import find_entry
from socialekaart.catalog.models import Organization
from socialekaart.catalog.registry import entity as entity_of
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import validate
from socialekaart.errors import UserFacingError
from socialekaart.interchange.problems import ImportFailed, Problem, ProblemList
from socialekaart.interchange.sources import RawRow, read_sheet
from socialekaart.interchange.values import ValueProblem, parse_value
from socialekaart.workspace.duplicates import DEFAULT_MIN_SCORE, Candidate, DuplicateIndex

#: Targets that are not service columns: a phone number, an address (a place is made for it), an organisation by name.
PLACE_FIELDS = ("address_1", "postal_code", "city", "state_province")
EXTRA_TARGETS = frozenset({"phone", "organization", *PLACE_FIELDS})


class MappingError(UserFacingError, ValueError):
    """A mapping file that cannot be used; the message is Dutch."""


@dataclass(frozen=True)
class Mapping:
    """How one spreadsheet's columns land in the catalog (remembered as a JSON file)."""

    columns: dict[str, str]  # spreadsheet column → service field (or phone, address_1, postal_code, city, organization)
    defaults: dict[str, Any] = field(default_factory=dict)  # values for fields no column gives (status, organization)
    sheet: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"columns": self.columns, "defaults": self.defaults, "sheet": self.sheet}


def load_mapping(path: Path) -> Mapping:
    """Read a mapping file ({"columns": {...}, "defaults": {...}, "sheet": ...}); MappingError names what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise MappingError(f"{path.name}: geen leesbaar JSON-bestand ({exc.__class__.__name__})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict) or not raw["columns"]:
        raise MappingError(f"{path.name}: verwacht een object met 'columns' (kolom → veld)")
    service = entity_of("service").by_name
    for column, target in raw["columns"].items():
        if not isinstance(target, str) or (target not in service and target not in EXTRA_TARGETS):
            raise MappingError(f"{path.name}: kolom '{column}' wijst naar onbekend veld {target!r}")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise MappingError(f"{path.name}: 'defaults' moet een object zijn")
    sheet = raw.get("sheet")
    return Mapping(dict(raw["columns"]), dict(defaults), str(sheet) if sheet else None)


def save_mapping(mapping: Mapping, path: Path) -> None:
    """Remember a mapping for the next import of the same spreadsheet."""
    path.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one spreadsheet row."""

    row: int | str
    name: str
    entity_id: str | None = None
    fields: tuple[str, ...] = ()
    reason: str = ""
    duplicates: tuple[Candidate, ...] = ()


@dataclass
class SheetReport:
    """The report of an import: added, changed, skipped (unchanged) and likely duplicates (not added)."""

    file: str
    dry_run: bool
    added: list[RowOutcome] = field(default_factory=list)
    changed: list[RowOutcome] = field(default_factory=list)
    skipped: list[RowOutcome] = field(default_factory=list)
    duplicates: list[RowOutcome] = field(default_factory=list)


@dataclass
class _Planned:
    row: RawRow
    name: str
    service: dict[str, Any]
    phone: str | None
    place: dict[str, Any]
    existing: str | None


def _cell(raw: RawRow, column: str) -> Any:
    value = raw.values.get(column)
    return value.strip() if isinstance(value, str) else value


def _organization(conn: Connection, text: str) -> str | None:
    o = Organization.__table__.c
    query = select(o.id).where(func.lower(o.name) == text.strip().lower(), o.deleted_at.is_(None))
    found = [str(i) for i in conn.execute(query).scalars()]
    return found[0] if len(found) == 1 else None


def _plan_row(conn: Connection, raw: RawRow, mapping: Mapping, problems: ProblemList) -> _Planned | None:
    service_fields = entity_of("service").by_name
    values: dict[str, Any] = {}
    source: dict[str, str] = {}
    extra: dict[str, Any] = {}
    before = len(problems.items)
    for column, target in mapping.columns.items():
        cell = _cell(raw, column)
        if target in EXTRA_TARGETS:
            if cell not in (None, ""):
                extra[target] = str(cell)
            continue
        try:
            value = parse_value(cell, service_fields[target].pytype)
        except ValueProblem as exc:
            problems.add(raw.file, raw.row, column, str(exc))
            continue
        if value is not None:
            values[target] = value
            source[target] = column
    for target, value in mapping.defaults.items():
        if target in service_fields and target not in values:
            values[target] = value
        elif target in EXTRA_TARGETS and target not in extra:
            extra[target] = value
    if "organization" in extra and "organization_id" not in source:
        org = _organization(conn, str(extra["organization"]))
        if org is None:
            problems.add(raw.file, raw.row, _column(mapping, "organization"), "onbekende of dubbelzinnige organisatie")
        else:
            values["organization_id"] = org
    name = str(values.get("name") or "")
    existing = None
    if name:
        ids = find_entry(conn, "service", values.get("id") or name)
        existing = ids[0] if len(ids) == 1 else None
    for p in validate("service", values, create=existing is None):
        problems.add(raw.file, raw.row, source.get(p.field) or _column(mapping, p.field) or p.field, p.reason)
    place = {k: extra[k] for k in PLACE_FIELDS if k in extra}
    if place:
        address = {"country": "NL", "address_type": "physical", "state_province": "", **place}
        address.setdefault("city", "")
        for p in validate("address", address, create=False):
            problems.add(raw.file, raw.row, _column(mapping, p.field) or p.field, p.reason)
        place = address
    phone = extra.get("phone")
    if phone:
        for p in validate("phone", {"number": phone}):
            problems.add(raw.file, raw.row, _column(mapping, "phone") or "phone", p.reason)
    if len(problems.items) > before or problems.truncated:
        return None
    values.pop("id", None)
    return _Planned(raw, name, values, phone, place, existing)


def _column(mapping: Mapping, target: str) -> str | None:
    return next((c for c, t in mapping.columns.items() if t == target), None)


def _changes(conn: Connection, service_id: str, values: dict[str, Any]) -> dict[str, Any]:
    t = entity_of("service").table
    row = conn.execute(select(t).where(t.c.id == service_id)).one()._mapping
    return {k: v for k, v in values.items() if row[k] != v}


def import_sheet(
    catalog: Catalog,
    path: Path,
    mapping: Mapping,
    actor: str,
    *,
    dry_run: bool = False,
    add_duplicates: bool = False,
    min_score: float = DEFAULT_MIN_SCORE,
) -> SheetReport:
    """Import a spreadsheet of services. Every row is checked first; any problem refuses the whole import
    (ImportFailed names row and column) and nothing is written. New rows that look like an entry already in the
    catalog are left out as likely duplicates (unless add_duplicates). A dry run writes nothing."""
    problems = ProblemList()
    header, rows = read_sheet(path, problems, mapping.sheet)
    for column in mapping.columns:
        if header and column not in header:
            problems.add(path.name, 1, column, "kolom uit de koppeling ontbreekt in het bestand")
    problems.raise_if_any()
    report = SheetReport(path.name, dry_run)
    index = DuplicateIndex(catalog)
    with catalog.read() as session:
        conn = session.connection()
        planned = [p for p in (_plan_row(conn, r, mapping, problems) for r in rows) if p is not None]
        problems.raise_if_any()
        work: list[tuple[_Planned, dict[str, Any]]] = []
        for p in planned:
            if p.existing is not None:
                changes = _changes(conn, p.existing, p.service)
                if changes:
                    report.changed.append(RowOutcome(p.row.row, p.name, p.existing, tuple(sorted(changes))))
                    work.append((p, changes))
                else:
                    report.skipped.append(RowOutcome(p.row.row, p.name, p.existing, reason="ongewijzigd"))
                continue
            found = index.check({**p.service, "phone": p.phone, **p.place}, min_score=min_score)
            if found and not add_duplicates:
                report.duplicates.append(RowOutcome(p.row.row, p.name, duplicates=tuple(found)))
                continue
            report.added.append(RowOutcome(p.row.row, p.name, fields=tuple(sorted(p.service))))
            work.append((p, p.service))
    if dry_run:
        return report
    try:
        with edit_batch(catalog, actor) as batch:
            made = 0
            for p, values in work:
                if p.existing is not None:
                    batch.update("service", p.existing, values)
                    continue
                sid = batch.create("service", values)
                outcome = report.added[made]
                report.added[made] = RowOutcome(outcome.row, outcome.name, sid, outcome.fields)
                made += 1
                if p.phone:
                    batch.create("phone", {"service_id": sid, "number": p.phone})
                if p.place:
                    loc = batch.create("location", {"location_type": "physical", "name": p.name})
                    batch.create("address", {**p.place, "location_id": loc})
                    batch.create("service_at_location", {"service_id": sid, "location_id": loc})
    except EditError as exc:
        raise ImportFailed([Problem(path.name, None, None, str(exc))]) from None
    return report
