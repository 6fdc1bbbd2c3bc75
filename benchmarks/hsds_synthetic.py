"""Writes a synthetic but realistic HSDS tabular data package of any size, for import and sync benchmarks."""

from __future__ import annotations

import csv
import random
import uuid
from pathlib import Path

from socialekaart.catalog.profile import ACCESS_TYPES, NEEDS_TAXONOMY, taxonomy_id, term_id
from socialekaart.interchange.tables import table_specs

NS = uuid.UUID("0c4a1c43-5f0e-4a55-9c73-0a6f8b1b9e01")
WORDS = [
    "schuldhulp",
    "maatje",
    "taalcafé",
    "inloop",
    "mantelzorg",
    "ontmoeting",
    "klussendienst",
    "vervoer",
    "jongerenwerk",
    "opvoedsteun",
    "thuisadministratie",
    "buurtbemiddeling",
    "koffieochtend",
    "wandelgroep",
    "voedselbank",
    "repair café",
    "spreekuur",
    "cursus",
    "lotgenoten",
    "dagbesteding",
]
PLACES = ["Oosterhout", "Dorst", "Den Hout", "Oosteind"]
NEEDS = ["schulden", "ontmoeting", "mantelzorg", "taal", "vervoer", "klussen", "jongerenwerk", "opvoeden"]


def _id(kind: str, n: int) -> str:
    return str(uuid.uuid5(NS, f"{kind}:{n}"))


def write_package(target: Path, services: int, seed: int = 1) -> Path:
    """Write an HSDS package with `services` services (and their organisations, locations, ...) to target."""
    rnd = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in table_specs()}
    rows["taxonomy"].append(
        {
            "id": taxonomy_id(NEEDS_TAXONOMY),
            "name": "Behoeften",
            "description": "Behoeften",
            "uri": "urn:socialekaart:taxonomie:behoeften",
        }
    )
    for code in NEEDS:
        rows["taxonomy_term"].append(
            {
                "id": term_id(NEEDS_TAXONOMY, code),
                "code": code,
                "name": code,
                "description": code,
                "taxonomy_id": taxonomy_id(NEEDS_TAXONOMY),
            }
        )
    for o in range(max(1, services // 10)):
        rows["organization"].append({"id": _id("org", o), "name": f"Organisatie {o}", "description": "Welzijn"})
    for s in range(services):
        sid, lid, org = _id("service", s), _id("location", s), _id("org", s // 10)
        place = rnd.choice(PLACES)
        name = f"{rnd.choice(WORDS).capitalize()} {place} {s}"
        rows["service"].append(
            {
                "id": sid,
                "organization_id": org,
                "name": name,
                "status": "active",
                "description": f"{name}: {' '.join(rnd.sample(WORDS, 6))}.",
                "access_type": rnd.choice(ACCESS_TYPES),
                "free_of_charge": "true",
                "assured_date": "2026-01-15",
            }
        )
        rows["location"].append(
            {
                "id": lid,
                "location_type": "physical",
                "name": f"Locatie {s}",
                "organization_id": org,
                "latitude": 51.62 + rnd.random() * 0.08,
                "longitude": 4.80 + rnd.random() * 0.12,
            }
        )
        rows["address"].append(
            {
                "id": _id("address", s),
                "location_id": lid,
                "address_1": f"Demostraat {s}",
                "city": place,
                "state_province": "Noord-Brabant",
                "postal_code": "4901 XX",
                "country": "NL",
                "address_type": "physical",
            }
        )
        sal = _id("sal", s)
        rows["service_at_location"].append({"id": sal, "service_id": sid, "location_id": lid})
        rows["phone"].append({"id": _id("phone", s), "service_id": sid, "number": f"0162-0{s:05d}"})
        rows["schedule"].append(
            {
                "id": _id("schedule", s),
                "service_at_location_id": sal,
                "freq": "WEEKLY",
                "byday": "MO,WE",
                "opens_at": "09:00",
                "closes_at": "12:00",
            }
        )
        for k, code in enumerate(rnd.sample(NEEDS, 2)):
            rows["attribute"].append(
                {
                    "id": _id(f"attr{k}", s),
                    "link_id": sid,
                    "link_entity": "service",
                    "link_type": "need",
                    "taxonomy_term_id": term_id(NEEDS_TAXONOMY, code),
                }
            )
    for name, spec in table_specs().items():
        if not rows[name]:
            continue
        with (target / spec.file_name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=[f.name for f in spec.fields], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows[name])
    return target
