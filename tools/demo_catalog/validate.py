"""Checks on the generated demo package. Every problem is collected; build fails if there is any."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shapely.geometry import Point

from . import areas
from .catalog import PROGRAMS, SERVICES
from .generator import DOMAIN, PHONE_NOTE, WEB, Package

#: needs that must have at least 4 services
IMPORTANT_NEEDS = (
    "schulden",
    "ontmoeting",
    "mantelzorg",
    "taal",
    "jongerenwerk",
    "opvoeden",
    "vervoer",
    "klussen",
    "thuisadministratie",
    "voedsel_kleding",
    "buurtbemiddeling",
    "dementie",
    "psychische_gezondheid",
)
MIN_SERVICES = 150
MIN_PER_KERKDORP = 8
PHONE_RE = re.compile(r"^0162-0\d\d \d\d\d$")
PC_RE = {
    "Oosterhout": re.compile(r"^490[0-7] XX$"),
    "Dorst": re.compile(r"^4849 XX$"),
    "Den Hout": re.compile(r"^4911 XX$"),
    "Oosteind": re.compile(r"^4909 XX$"),
}


def _boolean(v: str) -> None:
    if v not in ("true", "false"):
        raise ValueError(v)


def _time(v: str) -> None:
    if not re.fullmatch(r"\d\d:\d\d:\d\d", v):
        raise ValueError(v)
    dt.time.fromisoformat(v)


TYPE_CHECKS: dict[str, Callable[[str], object]] = {
    "number": float,
    "integer": int,
    "boolean": _boolean,
    "date": dt.date.fromisoformat,
    "time": _time,
    "datetime": lambda v: dt.datetime.fromisoformat(v.replace("Z", "+00:00")),
}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def check_package(out_dir: Path, hsds_dir: Path, pkg: Package, root: Path) -> list[str]:
    errors: list[str] = []
    err = errors.append
    descriptor = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
    if descriptor.get("socialekaart") != {
        "profile": "nl-1",
        "demo": True,
        "gemeente": "GM0826",
        "name": "Demo-catalogus gemeente Oosterhout",
    }:
        err("datapackage.json: wrong socialekaart block")

    hsds = json.loads((hsds_dir / "datapackage.json").read_text(encoding="utf-8"))
    hsds_files = {r["path"] for r in hsds["resources"]}
    csv_resources = [r for r in descriptor["resources"] if r.get("format") == "csv"]
    if not hsds_files <= {r["path"] for r in csv_resources}:
        err(f"missing HSDS CSV resources: {sorted(hsds_files - {r['path'] for r in csv_resources})}")
    if len(hsds_files) != 21:
        err(f"expected 21 HSDS resources, found {len(hsds_files)}")

    # read everything back from disk: the checks are on the files, not on the in-memory rows
    tables: dict[str, list[dict[str, str]]] = {}
    all_ids: Counter[str] = Counter()
    for res in csv_resources:
        path = out_dir / res["path"]
        if not path.exists():
            err(f"{res['path']}: missing")
            continue
        header, rows = read_csv(path)
        fields = res["schema"]["fields"]
        if header != [f["name"] for f in fields]:
            err(f"{res['path']}: header does not match the schema")
        tables[res["name"]] = rows
        pk = res["schema"].get("primaryKey")
        if pk:
            dup = [k for k, n in Counter(r[pk] for r in rows).items() if n > 1]
            if dup:
                err(f"{res['path']}: duplicate {pk}: {dup[:3]}")
            if pk == "id":
                all_ids.update(r["id"] for r in rows)
        for f in fields:
            required = f.get("constraints", {}).get("required")
            enum = f.get("constraints", {}).get("enum")
            check = TYPE_CHECKS.get(f["type"])
            for r in rows:
                v = r[f["name"]]
                if v == "":
                    if required:
                        err(f"{res['path']}: required {f['name']} empty in row {r.get('id') or r.get('code')}")
                    continue
                if enum and v not in enum:
                    err(f"{res['path']}: {f['name']}={v!r} not in enum")
                if check:
                    try:
                        check(v)
                    except (ValueError, TypeError):
                        err(f"{res['path']}: {f['name']}={v!r} is not a valid {f['type']}")
        if any(r.get("demo") != "true" for r in rows):
            err(f"{res['path']}: a row without demo=true")
    dup_ids = [k for k, n in all_ids.items() if n > 1]
    if dup_ids:
        err(f"ids used in more than one table: {dup_ids[:3]}")

    # foreign keys
    for res in csv_resources:
        for fk in res["schema"].get("foreignKeys", []):
            target = fk["reference"]["resource"] or res["name"]
            keys = {r[fk["reference"]["fields"]] for r in tables.get(target, [])}
            for r in tables.get(res["name"], []):
                v = r[fk["fields"]]
                if v and v not in keys:
                    err(f"{res['path']}: {fk['fields']}={v} does not resolve to {target}")
    for r in tables["attribute"]:
        if r["link_entity"] == "service" and r["link_id"] not in {s["id"] for s in tables["service"]}:
            err(f"attributes.csv: link_id {r['link_id']} is not a service")

    errors.extend(check_content(tables, root, pkg))
    errors.extend(check_json_schema(tables, hsds_dir))
    return errors


def service_kernen(tables: dict[str, list[dict[str, str]]]) -> dict[str, set[str]]:
    """Kernen each service is at (location) or serves (service area below the gemeente)."""
    loc_kern = {r["id"]: areas.WIJK_KERN[r["wijk_code"]] for r in tables["location"]}
    result: dict[str, set[str]] = defaultdict(set)
    for sal in tables["service_at_location"]:
        result[sal["service_id"]].add(loc_kern[sal["location_id"]])
    for sa in tables["service_area"]:
        kern = areas.kern_of(sa["area_code"])
        if kern:
            result[sa["service_id"]].add(kern)
    return result


def check_content(tables: dict[str, list[dict[str, str]]], root: Path, pkg: Package) -> list[str]:
    errors: list[str] = []
    err = errors.append
    services = tables["service"]
    if len(services) < MIN_SERVICES:
        err(f"only {len(services)} services (need {MIN_SERVICES})")

    # needs coverage
    with (root / "data" / "taxonomy" / "needs.csv").open(encoding="utf-8") as fh:
        needs = list(csv.DictReader(fh))
    parents = {n["parent_code"] for n in needs if n["parent_code"]}
    term_code = {t["id"]: t["code"] for t in tables["taxonomy_term"] if t["taxonomy"] == "Behoeften"}
    per_need: Counter[str] = Counter(
        term_code[a["taxonomy_term_id"]] for a in tables["attribute"] if a["taxonomy_term_id"] in term_code
    )
    for n in needs:
        count = per_need[n["code"]]
        minimum = 4 if n["code"] in IMPORTANT_NEEDS else (2 if n["code"] not in parents else 1)
        if count < minimum:
            err(f"need {n['code']}: {count} services (need {minimum})")
    group_code = {t["id"]: t["code"] for t in tables["taxonomy_term"] if t["taxonomy"] == "Doelgroepen"}
    used_groups = {
        group_code[a["taxonomy_term_id"]] for a in tables["attribute"] if a["taxonomy_term_id"] in group_code
    }
    if set(group_code.values()) - used_groups:
        err(f"unused target groups (HSDS: no unused terms): {sorted(set(group_code.values()) - used_groups)}")
    for s in services:
        if not any(a["link_id"] == s["id"] and a["taxonomy_term_id"] in term_code for a in tables["attribute"]):
            err(f"service {s['name']}: no need")

    # kernen
    kernen = service_kernen(tables)
    for kern in ("KN0826_DORST", "KN0826_DEN_HOUT", "KN0826_OOSTEIND"):
        count = sum(1 for s in services if kern in kernen[s["id"]])
        if count < MIN_PER_KERKDORP:
            err(f"{kern}: only {count} services")
    dorst_money = [
        s
        for s in services
        if "KN0826_DORST" in kernen[s["id"]]
        and any(
            a["link_id"] == s["id"] and term_code.get(a["taxonomy_term_id"]) in ("schulden", "thuisadministratie")
            for a in tables["attribute"]
        )
    ]
    if not dorst_money:
        err("no schuldhulp/thuisadministratie service in Dorst")

    # access types, niet vrij toegankelijk needs a granter
    for s in services:
        if s["access_type"] == "niet_vrij_toegankelijk" and not s["access_granted_by"]:
            err(f"service {s['name']}: niet_vrij_toegankelijk without access_granted_by")
        if s["access_type"] != "niet_vrij_toegankelijk" and s["access_granted_by"]:
            err(f"service {s['name']}: access_granted_by on a {s['access_type']} service")
        has_cost = any(c["service_id"] == s["id"] for c in tables["cost_option"])
        if s["free_of_charge"] == "true" and has_cost:
            err(f"service {s['name']}: free_of_charge with a cost option")
    languages = {r["code"] for r in tables["language"]}
    for code in ("ar", "tr", "pl", "en", "ti"):
        if code not in languages:
            err(f"no service in language {code}")

    # programs: a service's program belongs to (a partner of) its organisation
    org_slug = {r["id"]: r["email"].split("@")[0] for r in tables["organization"]}
    program_orgs = {p[0]: p[4] for p in PROGRAMS}
    for svc in SERVICES:
        if svc.program and svc.org not in program_orgs[svc.program]:
            err(f"service {svc.slug}: program {svc.program} does not fit organisation {svc.org}")
    del org_slug

    # fictitious contact data
    for table, column in (("phone", "number"), ("volunteer", "phone"), ("initiative", "wijkmakelaar_phone")):
        for r in tables[table]:
            if r[column] and not PHONE_RE.match(r[column]):
                err(f"{table}: phone {r[column]!r} is not of the fictitious form 0162-0xx xxx")
    for r in tables["phone"]:
        if r["description"] != PHONE_NOTE:
            err(f"phone {r['number']}: description must be {PHONE_NOTE!r}")
    for table, column in (
        ("organization", "email"),
        ("service", "email"),
        ("contact", "email"),
        ("volunteer", "email"),
        ("initiative", "wijkmakelaar_email"),
    ):
        for r in tables[table]:
            if r[column] and not r[column].endswith(f"@{DOMAIN}"):
                err(f"{table}: e-mail {r[column]} is not @{DOMAIN}")
    for table, column in (("organization", "website"), ("service", "url"), ("location", "url")):
        for r in tables[table]:
            if r[column] and not r[column].startswith(f"{WEB}/"):
                err(f"{table}: url {r[column]} is not under {WEB}/")
    for r in tables["address"]:
        if not re.match(r"^Demo\w+ \d+$", r["address_1"]):
            err(f"address {r['address_1']!r} is not a demo street")
        if not PC_RE[r["city"]].match(r["postal_code"]):
            err(f"address: postcode {r['postal_code']} does not fit {r['city']}")
    for r in tables["volunteer"]:
        if not r["name"].startswith("Demo-vrijwilliger ") or not r["consent_date"]:
            err(f"volunteer {r['name']}: not a demo name or no consent date")
        if r["werkgebieden"]:
            for code in r["werkgebieden"].split(";"):
                if code not in {n["code"] for n in needs}:
                    err(f"volunteer {r['name']}: werkgebied {code} is not a need code")
    for r in tables["initiative"]:
        if not r["wijkmakelaar_name"].startswith("Wijkmakelaar (demo) "):
            err(f"initiative: wijkmakelaar {r['wijkmakelaar_name']!r} not a demo name")
    initiative_services = {r["service_id"] for r in tables["initiative"]}
    for s in services:
        if (s["entry_kind"] == "bewonersinitiatief") != (s["id"] in initiative_services):
            err(f"service {s['name']}: entry_kind bewonersinitiatief and initiatives.csv disagree")
    for r in tables["contact"]:
        if r["title"] != "Functioneel contact (geen persoon)":
            err(f"contact {r['name']!r}: contacts are roles, not private persons")

    # geography: each location inside its buurt and its wijk
    geo = pkg.geo
    for r in tables["location"]:
        p = Point(float(r["longitude"]), float(r["latitude"]))
        if not geo["buurt"][r["buurt_code"]].contains(p):
            err(f"location {r['name']}: point not inside buurt {r['buurt_code']}")
        if not geo["wijk"][r["wijk_code"]].contains(p):
            err(f"location {r['name']}: point not inside wijk {r['wijk_code']}")
        if areas.wijk_of(r["buurt_code"]) != r["wijk_code"]:
            err(f"location {r['name']}: buurt and wijk codes disagree")

    # verification dates: material for reminders
    years = Counter(s["assured_date"][:4] for s in services)
    if years["2026"] < 30 or years["2023"] + years["2024"] < 20:
        err(f"assured_date spread too narrow: {dict(years)}")
    return errors


def service_json(
    tables: dict[str, list[dict[str, str]]], service: dict[str, str], schema_fields: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """A service as dereferenced HSDS JSON (children embedded), with typed values."""

    def typed(table: str, row: dict[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in row.items():
            if v == "":
                continue
            t = schema_fields[table].get(k)
            if t in ("number",):
                out[k] = float(v) if "." in v else int(v)
            elif t == "integer":
                out[k] = int(v)
            elif t == "boolean":
                out[k] = v == "true"
            else:
                out[k] = v
        return out

    def children(table: str, key: str, value: str) -> list[dict[str, Any]]:
        return [typed(table, r) for r in tables[table] if r[key] == value]

    sid = service["id"]
    doc = typed("service", service)
    doc["organization"] = typed(
        "organization", next(o for o in tables["organization"] if o["id"] == service["organization_id"])
    )
    if service["program_id"]:
        doc["program"] = typed("program", next(p for p in tables["program"] if p["id"] == service["program_id"]))
    doc["phones"] = children("phone", "service_id", sid)
    doc["schedules"] = children("schedule", "service_id", sid)
    doc["service_areas"] = children("service_area", "service_id", sid)
    doc["languages"] = children("language", "service_id", sid)
    doc["funding"] = children("funding", "service_id", sid)
    doc["cost_options"] = children("cost_option", "service_id", sid)
    doc["required_documents"] = children("required_document", "service_id", sid)
    doc["contacts"] = children("contact", "service_id", sid)
    doc["attributes"] = children("attribute", "link_id", sid)
    sals = []
    for sal in tables["service_at_location"]:
        if sal["service_id"] != sid:
            continue
        s = typed("service_at_location", sal)
        s["schedules"] = children("schedule", "service_at_location_id", sal["id"])
        loc = typed("location", next(r for r in tables["location"] if r["id"] == sal["location_id"]))
        loc["addresses"] = children("address", "location_id", sal["location_id"])
        loc["accessibility"] = children("accessibility", "location_id", sal["location_id"])
        loc["phones"] = children("phone", "location_id", sal["location_id"])
        s["location"] = loc
        sals.append(s)
    doc["service_at_locations"] = sals
    return doc


def check_json_schema(tables: dict[str, list[dict[str, str]]], hsds_dir: Path) -> list[str]:
    import jsonschema

    schema = json.loads((hsds_dir / "schema" / "compiled" / "service.json").read_text(encoding="utf-8"))
    descriptor = json.loads((hsds_dir / "datapackage.json").read_text(encoding="utf-8"))
    schema_fields = {r["name"]: {f["name"]: f["type"] for f in r["schema"]["fields"]} for r in descriptor["resources"]}
    schema_fields["volunteer"] = {}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = []
    for service in tables["service"]:
        doc = service_json(tables, service, schema_fields)
        for e in validator.iter_errors(doc):
            errors.append(f"service {service['name']}: JSON schema: {'/'.join(map(str, e.path))}: {e.message}")
    return errors


def summary(tables_dir: Path) -> dict[str, Any]:
    """Counts for the report: services per kern, per access type, per need."""
    tables = {
        name: read_csv(tables_dir / f"{file}.csv")[1]
        for name, file in (
            ("service", "services"),
            ("service_at_location", "service_at_location"),
            ("location", "locations"),
            ("service_area", "service_areas"),
            ("attribute", "attributes"),
            ("taxonomy_term", "taxonomy_terms"),
        )
    }
    kernen = service_kernen(tables)
    per_kern: Counter[str] = Counter()
    for s in tables["service"]:
        ks = kernen[s["id"]]
        if not ks:
            per_kern["(gemeente-breed)"] += 1
        for k in ks:
            per_kern[areas.KERNEN[k]] += 1
    term_code = {t["id"]: t["code"] for t in tables["taxonomy_term"] if t["taxonomy"] == "Behoeften"}
    per_need = Counter(
        term_code[a["taxonomy_term_id"]] for a in tables["attribute"] if a["taxonomy_term_id"] in term_code
    )
    return {
        "services": len(tables["service"]),
        "per_kern": dict(per_kern),
        "per_access_type": dict(Counter(s["access_type"] for s in tables["service"])),
        "per_entry_kind": dict(Counter(s["entry_kind"] for s in tables["service"])),
        "per_provider_kind": dict(Counter(s["provider_kind"] for s in tables["service"])),
        "per_need": dict(sorted(per_need.items())),
        "assured_year": dict(sorted(Counter(s["assured_date"][:4] for s in tables["service"]).items())),
    }
