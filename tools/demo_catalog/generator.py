"""Turn the authored demo catalog into HSDS 3.0 tables (with the nl-1 profile) and write the data package.

Deterministic: ids are uuid5 of "demo:<kind>:<slug>", rows are in authoring order, numbers are formatted with a fixed
precision, so running the generator twice gives byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shapely.geometry import Point, shape
from shapely.ops import unary_union

from . import areas, hours
from .catalog import FUNDING, INITIATIVES, LOCS, ORGS, PROGRAMS, SERVICES, VOLUNTEERS, WIJKMAKELAAR_EMAIL
from .model import Svc, demo_id, slugify, stable_int, term_id
from .schema import GROUPS_TAXONOMY_ID, NEEDS_TAXONOMY_ID, build_descriptor, load_hsds_package

DOMAIN = "voorbeeld.invalid"
WEB = f"https://{DOMAIN}"
PHONE_NOTE = "fictief nummer (demo)"
ASSURER = f"redactie.socialekaart@{DOMAIN}"
LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "ti": "Tigrinya",
}
#: verification dates without an explicit date are spread from stale (2023) to recent (2026)
VERIFIED_FROM = dt.date(2023, 3, 1)
VERIFIED_TO = dt.date(2026, 11, 15)


@dataclass
class Package:
    """All tables, by resource name, each a list of row dicts."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=OrderedDict)
    geo: dict[str, Any] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        row.setdefault("demo", True)
        self.tables.setdefault(table, []).append(row)
        return row


class PhoneBook:
    """Fictitious phone numbers 0162-0xx xxx: a subscriber part starting with 0 is never a real Dutch number."""

    def __init__(self) -> None:
        self._n = 0

    def next(self) -> str:
        self._n += 1
        digits = f"{(12_345 + 1_379 * self._n) % 100_000:05d}"
        return f"0162-0{digits[:2]} {digits[2:]}"


# --- geography ---------------------------------------------------------------------------------------------------


def load_geo(geo_dir: Path) -> dict[str, Any]:
    wijken = json.loads((geo_dir / "wijken_2025.geojson").read_text(encoding="utf-8"))
    buurten = json.loads((geo_dir / "buurten_2022.geojson").read_text(encoding="utf-8"))
    geo: dict[str, Any] = {"wijk": {}, "buurt": {}, "names": {}, "centroids": {}}
    for feature in wijken["features"]:
        p = feature["properties"]
        geo["wijk"][p["statcode"]] = shape(feature["geometry"])
        geo["names"][p["statcode"]] = (
            p["statnaam"].split(" ", 2)[-1] if p["statnaam"].startswith("Wijk ") else (p["statnaam"])
        )
        geo["centroids"][p["statcode"]] = (p["centroid_lat"], p["centroid_lon"])
    for feature in buurten["features"]:
        p = feature["properties"]
        geo["buurt"][p["statcode"]] = shape(feature["geometry"])
        geo["names"][p["statcode"]] = p["statnaam"]
        geo["centroids"][p["statcode"]] = (p["centroid_lat"], p["centroid_lon"])
    return geo


def place_point(geo: dict[str, Any], buurt: str, slug: str, taken: set[tuple[float, float]]) -> tuple[float, float]:
    """A plausible point inside the buurt (and inside its wijk, since 2022 buurten and 2025 wijken do not nest
    exactly): the representative point of the intersection plus a small deterministic offset that stays inside."""
    region = geo["buurt"][buurt].intersection(geo["wijk"][areas.wijk_of(buurt)])
    inner = region.buffer(-0.0004)
    if inner.is_empty or inner.area < region.area * 0.05:
        inner = region.buffer(-0.0001)
    if inner.is_empty:
        inner = region
    base = inner.representative_point()
    h = stable_int(f"location:{slug}")
    angle = (h % 3600) / 3600 * 2 * math.pi
    radius = 0.0004 + (h // 3600 % 1000) / 1000 * 0.0016  # about 30-150 m
    for _ in range(12):
        # longitude degrees are shorter than latitude degrees at 51.6° N
        cand = Point(base.x + radius * math.cos(angle) / 0.62, base.y + radius * math.sin(angle))
        lat, lon = round(cand.y, 6), round(cand.x, 6)
        if inner.contains(Point(lon, lat)) and (lat, lon) not in taken:
            taken.add((lat, lon))
            return lat, lon
        radius /= 1.6
        angle += 0.9
    lat, lon = round(base.y, 6), round(base.x, 6)
    while (lat, lon) in taken:
        lat = round(lat + 0.00002, 6)
    taken.add((lat, lon))
    return lat, lon


# --- helpers -----------------------------------------------------------------------------------------------------


def read_taxonomy(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def verified_date(svc: Svc) -> str:
    if svc.verified:
        return svc.verified
    span = (VERIFIED_TO - VERIFIED_FROM).days
    return (VERIFIED_FROM + dt.timedelta(days=stable_int(f"verified:{svc.slug}") % span)).isoformat()


def email(local: str) -> str:
    return f"{local}@{DOMAIN}"


def area_name(geo: dict[str, Any], code: str) -> str:
    if code == areas.GEMEENTE[0]:
        return f"Gemeente {areas.GEMEENTE[1]}"
    if code in areas.KERNEN:
        return areas.KERNEN[code]
    return str(geo["names"][code])


def fmt_coord(x: float) -> str:
    return f"{x:.6f}"


# --- build -------------------------------------------------------------------------------------------------------


def build(root: Path) -> Package:
    geo = load_geo(root / "data" / "geo" / "GM0826")
    needs = read_taxonomy(root / "data" / "taxonomy" / "needs.csv")
    groups = read_taxonomy(root / "data" / "taxonomy" / "target_groups.csv")
    pkg = Package(geo=geo)
    phones = PhoneBook()

    org_ids = {o.slug: demo_id("organization", o.slug) for o in ORGS}
    loc_by_slug = {loc.slug: loc for loc in LOCS}
    loc_ids = {loc.slug: demo_id("location", loc.slug) for loc in LOCS}

    # organizations ------------------------------------------------------------------------------------------------
    for o in ORGS:
        pkg.add(
            "organization",
            {
                "id": org_ids[o.slug],
                "name": o.name,
                "alternate_name": o.alt,
                "description": o.desc,
                "email": email(o.email or o.slug),
                "website": f"{WEB}/{o.slug}" if o.website else None,
                "legal_status": o.legal_status,
                "parent_organization_id": org_ids[o.parent] if o.parent else None,
            },
        )
        pkg.add(
            "phone",
            {
                "id": demo_id("phone", f"organization:{o.slug}"),
                "organization_id": org_ids[o.slug],
                "number": phones.next(),
                "type": "voice",
                "description": PHONE_NOTE,
            },
        )
    pkg.add(
        "organization_identifier",
        {
            "id": demo_id("organization_identifier", "gemeente:cbs"),
            "organization_id": org_ids["gemeente"],
            "identifier_scheme": None,
            "identifier_type": "CBS-gemeentecode",
            "identifier": "GM0826",
        },
    )

    # programs -----------------------------------------------------------------------------------------------------
    program_ids = {}
    for slug, org, name, desc, _ in PROGRAMS:
        program_ids[slug] = demo_id("program", slug)
        pkg.add(
            "program",
            {"id": program_ids[slug], "organization_id": org_ids[org], "name": name, "description": desc},
        )

    # locations ----------------------------------------------------------------------------------------------------
    taken: set[tuple[float, float]] = set()
    for loc in LOCS:
        wijk = areas.wijk_of(loc.buurt)
        kern = areas.WIJK_KERN[wijk]
        lat, lon = place_point(geo, loc.buurt, loc.slug, taken)
        pkg.add(
            "location",
            {
                "id": loc_ids[loc.slug],
                "location_type": loc.kind,
                "url": None,
                "organization_id": org_ids[loc.org] if loc.org else None,
                "name": loc.name,
                "alternate_name": loc.alt,
                "description": loc.desc,
                "transportation": loc.transport,
                "latitude": fmt_coord(lat),
                "longitude": fmt_coord(lon),
                "buurt_code": loc.buurt,
                "wijk_code": wijk,
            },
        )
        pkg.add(
            "address",
            {
                "id": demo_id("address", loc.slug),
                "location_id": loc_ids[loc.slug],
                "address_1": f"{loc.street} {loc.number}",
                "city": areas.CITY[kern],
                "state_province": "Noord-Brabant",
                "postal_code": f"{areas.WIJK_PC4[wijk]} XX",
                "country": "NL",
                "address_type": "physical",
            },
        )
        for i, (desc, details) in enumerate(loc.access):
            pkg.add(
                "accessibility",
                {
                    "id": demo_id("accessibility", f"{loc.slug}:{i}"),
                    "location_id": loc_ids[loc.slug],
                    "description": desc,
                    "details": details,
                },
            )
        if loc.phone:
            pkg.add(
                "phone",
                {
                    "id": demo_id("phone", f"location:{loc.slug}"),
                    "location_id": loc_ids[loc.slug],
                    "number": phones.next(),
                    "type": "voice",
                    "description": PHONE_NOTE,
                },
            )

    # taxonomies ---------------------------------------------------------------------------------------------------
    pkg.add(
        "taxonomy",
        {
            "id": NEEDS_TAXONOMY_ID,
            "name": "Behoeften",
            "description": "Behoeften (needs) of the gemeente's sociale kaart, after the seven welzijnstaken.",
            "uri": "urn:socialekaart:taxonomie:behoeften",
            "version": "1",
        },
    )
    pkg.add(
        "taxonomy",
        {
            "id": GROUPS_TAXONOMY_ID,
            "name": "Doelgroepen",
            "description": "Doelgroepen (target groups) of the gemeente's sociale kaart.",
            "uri": "urn:socialekaart:taxonomie:doelgroepen",
            "version": "1",
        },
    )
    for row in needs:
        pkg.add(
            "taxonomy_term",
            {
                "id": term_id("behoeften", row["code"]),
                "code": row["code"],
                "name": row["name"],
                "description": row["description"],
                "parent_id": term_id("behoeften", row["parent_code"]) if row["parent_code"] else None,
                "taxonomy": "Behoeften",
                "language": "nl",
                "taxonomy_id": NEEDS_TAXONOMY_ID,
                "term_uri": f"urn:socialekaart:taxonomie:behoeften:{row['code']}",
            },
        )
    for row in groups:
        pkg.add(
            "taxonomy_term",
            {
                "id": term_id("doelgroepen", row["code"]),
                "code": row["code"],
                "name": row["name"],
                "description": row["description"],
                "taxonomy": "Doelgroepen",
                "language": "nl",
                "taxonomy_id": GROUPS_TAXONOMY_ID,
                "term_uri": f"urn:socialekaart:taxonomie:doelgroepen:{row['code']}",
            },
        )

    # services -----------------------------------------------------------------------------------------------------
    for svc in SERVICES:
        sid = demo_id("service", svc.slug)
        verified = verified_date(svc)
        free = svc.free if svc.free is not None else not svc.cost
        pkg.add(
            "service",
            {
                "id": sid,
                "organization_id": org_ids[svc.org],
                "program_id": program_ids[svc.program] if svc.program else None,
                "name": svc.name,
                "alternate_name": svc.alt,
                "description": svc.desc,
                "url": f"{WEB}/{svc.org}/{svc.slug}" if svc.url else None,
                "email": email(svc.slug) if svc.email else None,
                "status": svc.status,
                "interpretation_services": svc.interpretation,
                "application_process": svc.apply,
                "fees_description": svc.fees if svc.fees else (None if svc.cost else "Gratis"),
                "wait_time": svc.wait,
                "eligibility_description": svc.eligibility,
                "minimum_age": svc.min_age,
                "maximum_age": svc.max_age,
                "assured_date": verified,
                "assurer_email": ASSURER,
                "alert": svc.alert,
                "last_modified": f"{verified}T09:00:00Z",
                "access_type": svc.access,
                "access_granted_by": svc.granted_by,
                "free_of_charge": free,
                "provider_kind": svc.provider,
                "entry_kind": svc.entry,
            },
        )
        contact_id = None
        if svc.contact:
            contact_id = demo_id("contact", svc.slug)
            pkg.add(
                "contact",
                {
                    "id": contact_id,
                    "organization_id": org_ids[svc.org],
                    "service_id": sid,
                    "name": svc.contact,
                    "title": "Functioneel contact (geen persoon)",
                    "department": next(o.name for o in ORGS if o.slug == svc.org),
                    "email": email(slugify(svc.contact).replace("-", ".")),
                },
            )
        if svc.phone:
            pkg.add(
                "phone",
                {
                    "id": demo_id("phone", f"service:{svc.slug}"),
                    "service_id": sid,
                    "contact_id": contact_id,
                    "number": phones.next(),
                    "type": "voice",
                    "description": PHONE_NOTE,
                },
            )
        for at in svc.at:
            sal_slug = f"{svc.slug}@{at.loc}"
            sal_id = demo_id("service_at_location", sal_slug)
            pkg.add(
                "service_at_location",
                {"id": sal_id, "service_id": sid, "location_id": loc_ids[at.loc], "description": at.note},
            )
            for i, sched in enumerate(hours.parse(at.hours) if at.hours else []):
                pkg.add(
                    "schedule",
                    {
                        "id": demo_id("schedule", f"sal:{sal_slug}:{i}"),
                        "service_at_location_id": sal_id,
                        "valid_from": at.valid[0] if at.valid else None,
                        "valid_to": at.valid[1] if at.valid else None,
                        **sched,
                        "notes": at.hours_note,
                    },
                )
        if svc.hours:
            for i, sched in enumerate(hours.parse(svc.hours)):
                pkg.add(
                    "schedule",
                    {
                        "id": demo_id("schedule", f"service:{svc.slug}:{i}"),
                        "service_id": sid,
                        **sched,
                        "notes": svc.hours_note,
                    },
                )
        area_codes = svc.areas
        if area_codes is None:
            area_codes = [areas.WIJK_KERN[areas.wijk_of(loc_by_slug[svc.at[0].loc].buurt)]] if svc.at else ["GM0826"]
        for code in area_codes:
            name = area_name(geo, code)
            pkg.add(
                "service_area",
                {
                    "id": demo_id("service_area", f"{svc.slug}:{code}"),
                    "service_id": sid,
                    "name": name,
                    "description": f"Voor inwoners van {name}"
                    if code != "GM0826"
                    else "Voor alle inwoners van de gemeente Oosterhout",
                    "area_code": code,
                },
            )
        for code in svc.langs:
            pkg.add(
                "language",
                {
                    "id": demo_id("language", f"{svc.slug}:{code}"),
                    "service_id": sid,
                    "name": LANGUAGE_NAMES[code],
                    "code": code,
                },
            )
        for i, cost in enumerate(svc.cost):
            pkg.add(
                "cost_option",
                {
                    "id": demo_id("cost_option", f"{svc.slug}:{i}"),
                    "service_id": sid,
                    "option": cost.option,
                    "currency": "EUR",
                    "amount": None if cost.amount is None else f"{cost.amount:.2f}",
                    "amount_description": cost.per,
                },
            )
        for i, doc in enumerate(svc.docs):
            pkg.add(
                "required_document",
                {"id": demo_id("required_document", f"{svc.slug}:{i}"), "service_id": sid, "document": doc},
            )
        funding = svc.funding if svc.funding and svc.funding in FUNDING else svc.program
        if funding:
            pkg.add(
                "funding",
                {"id": demo_id("funding", svc.slug), "service_id": sid, "source": FUNDING[funding]},
            )
        for taxonomy, codes in (("behoeften", svc.needs), ("doelgroepen", svc.groups)):
            for code in codes:
                pkg.add(
                    "attribute",
                    {
                        "id": demo_id("attribute", f"{svc.slug}:{taxonomy}:{code}"),
                        "link_id": sid,
                        "taxonomy_term_id": term_id(taxonomy, code),
                        "link_entity": "service",
                    },
                )

    pkg.add(
        "meta_table_description",
        {
            "id": demo_id("meta_table_description", "catalog"),
            "name": "Demo-catalogus gemeente Oosterhout",
            "language": "nl",
            "character_set": "UTF-8",
        },
    )

    # profile tables -----------------------------------------------------------------------------------------------
    build_areas(pkg, geo)
    for ini in INITIATIVES:
        pkg.add(
            "initiative",
            {
                "id": demo_id("initiative", ini.service),
                "service_id": demo_id("service", ini.service),
                "wijkmakelaar_name": ini.wijkmakelaar,
                "wijkmakelaar_email": WIJKMAKELAAR_EMAIL[ini.wijkmakelaar],
                "wijkmakelaar_phone": phones.next(),
                "started": ini.started,
            },
        )
    for v in VOLUNTEERS:
        pkg.add(
            "volunteer",
            {
                "id": demo_id("volunteer", v.slug),
                "name": v.name,
                "email": email(f"vrijwilliger.{v.slug}"),
                "phone": phones.next(),
                "organization_id": org_ids[v.org],
                "werkgebieden": ";".join(v.werkgebieden),
                "area_code": v.area,
                "availability": v.availability,
                "languages": ";".join(v.languages),
                "own_transport": v.own_transport,
                "capacity": v.capacity,
                "consent_date": v.consent_date,
            },
        )
    return pkg


def build_areas(pkg: Package, geo: dict[str, Any]) -> None:
    def centroid(shapes: list[Any]) -> tuple[str, str]:
        c = unary_union(shapes).centroid
        return fmt_coord(c.y), fmt_coord(c.x)

    lat, lon = centroid(list(geo["wijk"].values()))
    pkg.add(
        "area",
        {
            "code": areas.GEMEENTE[0],
            "kind": "gemeente",
            "name": areas.GEMEENTE[1],
            "centroid_lat": lat,
            "centroid_lon": lon,
        },
    )
    for code, name in areas.KERNEN.items():
        lat, lon = centroid([g for w, g in geo["wijk"].items() if areas.WIJK_KERN[w] == code])
        pkg.add(
            "area",
            {
                "code": code,
                "kind": "kern",
                "name": name,
                "parent_code": areas.GEMEENTE[0],
                "centroid_lat": lat,
                "centroid_lon": lon,
            },
        )
    for code in sorted(geo["wijk"]):
        lat, lon = geo["centroids"][code]
        pkg.add(
            "area",
            {
                "code": code,
                "kind": "wijk",
                "name": geo["names"][code],
                "parent_code": areas.WIJK_KERN[code],
                "centroid_lat": fmt_coord(lat),
                "centroid_lon": fmt_coord(lon),
            },
        )
    for code in sorted(geo["buurt"]):
        lat, lon = geo["centroids"][code]
        pkg.add(
            "area",
            {
                "code": code,
                "kind": "buurt",
                "name": geo["names"][code],
                "parent_code": areas.wijk_of(code),
                "centroid_lat": fmt_coord(lat),
                "centroid_lon": fmt_coord(lon),
            },
        )


# --- writing -----------------------------------------------------------------------------------------------------


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(path: Path, fields: list[str], rows: list[dict[str, Any]]) -> None:
    unknown = {k for row in rows for k in row} - set(fields)
    if unknown:
        raise ValueError(f"{path.name}: columns not in the schema: {sorted(unknown)}")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell(row.get(f)) for f in fields])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def boundary_resources(root: Path, out_dir: Path) -> list[dict[str, Any]]:
    resources = []
    for name, file, level, year in (
        ("cbs-wijken-2025", "wijken_2025.geojson", "wijk", 2025),
        ("cbs-buurten-2022", "buurten_2022.geojson", "buurt", 2022),
    ):
        target = root / "data" / "geo" / "GM0826" / file
        rel = Path("..", "..", "geo", "GM0826", file).as_posix()
        resources.append(
            {
                "name": name,
                "path": rel,
                "title": f"CBS {level}grenzen {year}, gemeente Oosterhout (GM0826)",
                "description": f"Generalised CBS {level} boundaries ({year}), WGS84. Wijk- en buurtgrenzen: CBS / "
                "Kadaster (PDOK), CC BY 4.0.",
                "format": "geojson",
                "mediatype": "application/geo+json",
                "encoding": "utf-8",
                "hash": "sha256:" + hashlib.sha256(target.read_bytes()).hexdigest(),
                "socialekaart:kind": "area-boundaries",
                "socialekaart:level": level,
                "socialekaart:year": year,
                "sources": [{"title": "CBS Wijk- en buurtkaart via PDOK (CBS en Kadaster), gegeneraliseerd"}],
                "licenses": [
                    {
                        "name": "CC-BY-4.0",
                        "title": "Creative Commons Attribution 4.0",
                        "path": "https://creativecommons.org/licenses/by/4.0/",
                    }
                ],
            }
        )
    return resources


def write_package(pkg: Package, root: Path, out_dir: Path, hsds_dir: Path) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    descriptor = build_descriptor(load_hsds_package(hsds_dir), boundary_resources(root, out_dir))
    for res in descriptor["resources"]:
        if res.get("format") != "csv":
            continue
        fields = [f["name"] for f in res["schema"]["fields"]]
        write_csv(out_dir / res["path"], fields, pkg.tables.get(res["name"], []))
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    (out_dir / "datapackage.json").write_bytes(text.encode("utf-8"))
    return descriptor
