"""The data package descriptor: HSDS 3.0 resources (field definitions copied from the official HSDS tabular data
package) plus the Dutch profile nl-1 (extra columns and extra resources, docs/data-model.md §2)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

PROFILE = "nl-1"
NEEDS_TAXONOMY_ID = "d9c9e49a-3569-5b62-a612-519e547b8295"
GROUPS_TAXONOMY_ID = "bd4e1d15-368f-52cb-8ec8-e78bd65d5fbb"

ACCESS_TYPES = ["sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk"]


def _f(name: str, type_: str, title: str, description: str, **extra: Any) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": type_, "title": title, "description": description}
    field.update(extra)
    field["socialekaart:profile"] = PROFILE
    return field


DEMO_FIELD = _f(
    "demo",
    "boolean",
    "Demo",
    "Sociale Kaart profile: true if the row is fictitious demo data.",
    constraints={"required": True},
)

#: profile columns on HSDS resources (docs/data-model.md §2.1), by resource name
PROFILE_FIELDS: dict[str, list[dict[str, Any]]] = {
    "service": [
        _f(
            "access_type",
            "string",
            "Access type",
            "How the resident gets in; the lightest fitting help is preferred in search.",
            constraints={"required": True, "enum": ACCESS_TYPES},
        ),
        _f(
            "access_granted_by",
            "string",
            "Access granted by",
            "For niet_vrij_toegankelijk: who gives access (e.g. Sociaal Wijkteam, huisarts).",
        ),
        _f("free_of_charge", "boolean", "Free of charge", "Costs nothing for the resident; empty if unknown."),
        _f(
            "provider_kind",
            "string",
            "Provider kind",
            "Who does the work.",
            constraints={"enum": ["professional", "vrijwilliger", "ervaringsdeskundige"]},
        ),
        _f(
            "entry_kind",
            "string",
            "Entry kind",
            "What kind of entry it is (a dorpshuis is a voorziening).",
            constraints={"enum": ["dienst", "activiteit", "voorziening", "bewonersinitiatief", "platform"]},
        ),
    ],
    "location": [
        _f("buurt_code", "string", "CBS buurt code", "CBS code of the buurt the location lies in (BU0826xxyy)."),
        _f("wijk_code", "string", "CBS wijk code", "CBS code of the wijk the location lies in (WK0826xx)."),
    ],
    "service_area": [
        _f(
            "area_code",
            "string",
            "Area code",
            "Code of the served area in the area tree: gemeente (GM), kern (KN), wijk (WK) or buurt (BU).",
        ),
    ],
}

PROFILE_FOREIGN_KEYS: dict[str, list[dict[str, Any]]] = {
    "location": [
        {"fields": "buurt_code", "reference": {"resource": "area", "fields": "code"}},
        {"fields": "wijk_code", "reference": {"resource": "area", "fields": "code"}},
    ],
    "service_area": [{"fields": "area_code", "reference": {"resource": "area", "fields": "code"}}],
}

#: profile resources (docs/data-model.md §2.3)
PROFILE_RESOURCES: list[dict[str, Any]] = [
    {
        "name": "area",
        "path": "areas.csv",
        "description": "Sociale Kaart profile: the area tree gemeente -> kern -> wijk -> buurt. Geometry may be empty "
        "and come from the area-boundaries resources.",
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": "code",
            "fields": [
                _f(
                    "code",
                    "string",
                    "Code",
                    "CBS code (GM, WK, BU) or KN<gemeente digits>_<NAME> for a kern.",
                    constraints={"required": True, "unique": True},
                ),
                _f(
                    "kind",
                    "string",
                    "Kind",
                    "Level in the area tree.",
                    constraints={"required": True, "enum": ["gemeente", "kern", "wijk", "buurt"]},
                ),
                _f("name", "string", "Name", "Name of the area.", constraints={"required": True}),
                _f("parent_code", "string", "Parent code", "Code of the parent area; empty for the gemeente."),
                _f("geometry", "string", "Geometry", "GeoJSON geometry (WGS84) as text; may be empty."),
                _f("centroid_lat", "number", "Centroid latitude", "WGS84 latitude of the centroid."),
                _f("centroid_lon", "number", "Centroid longitude", "WGS84 longitude of the centroid."),
                DEMO_FIELD,
            ],
            "foreignKeys": [{"fields": "parent_code", "reference": {"resource": "", "fields": "code"}}],
        },
    },
    {
        "name": "initiative",
        "path": "initiatives.csv",
        "description": "Sociale Kaart profile: a resident initiative (a service with entry_kind bewonersinitiatief) "
        "and the wijkmakelaar who supports it.",
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": "id",
            "fields": [
                _f(
                    "id",
                    "string",
                    "Identifier",
                    "Identifier of the initiative.",
                    format="uuid",
                    constraints={"required": True, "unique": True},
                ),
                _f(
                    "service_id",
                    "string",
                    "Service identifier",
                    "The service that describes the initiative.",
                    format="uuid",
                    constraints={"required": True},
                ),
                _f("wijkmakelaar_name", "string", "Wijkmakelaar", "Name of the supporting wijkmakelaar."),
                _f(
                    "wijkmakelaar_email",
                    "string",
                    "Wijkmakelaar e-mail",
                    "Work e-mail of the wijkmakelaar.",
                    format="email",
                ),
                _f("wijkmakelaar_phone", "string", "Wijkmakelaar phone", "Work phone of the wijkmakelaar."),
                _f("started", "date", "Started", "Date the initiative started."),
                DEMO_FIELD,
            ],
            "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}],
        },
    },
    {
        "name": "volunteer",
        "path": "volunteers.csv",
        "description": "Sociale Kaart profile: a volunteer (a person). Fields marked socialekaart:personal_data are "
        "personal data; a volunteer without consent_date is refused on import.",
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": "id",
            "fields": [
                _f(
                    "id",
                    "string",
                    "Identifier",
                    "Identifier of the volunteer.",
                    format="uuid",
                    constraints={"required": True, "unique": True},
                ),
                _f(
                    "name",
                    "string",
                    "Name",
                    "Name of the volunteer.",
                    constraints={"required": True},
                    **{"socialekaart:personal_data": True},
                ),
                _f(
                    "email",
                    "string",
                    "E-mail",
                    "E-mail of the volunteer.",
                    format="email",
                    **{"socialekaart:personal_data": True},
                ),
                _f("phone", "string", "Phone", "Phone of the volunteer.", **{"socialekaart:personal_data": True}),
                _f(
                    "organization_id",
                    "string",
                    "Organization identifier",
                    "The organisation or platform behind the volunteer.",
                    format="uuid",
                ),
                _f("werkgebieden", "string", "Werkgebieden", "';'-separated need codes the volunteer helps with."),
                _f("area_code", "string", "Area code", "Area the volunteer works in (area tree code)."),
                _f("availability", "string", "Availability", "When the volunteer is available (free text)."),
                _f("languages", "string", "Languages", "';'-separated ISO 639-1 codes."),
                _f("own_transport", "boolean", "Own transport", "The volunteer has own transport."),
                _f("capacity", "integer", "Capacity", "How many residents the volunteer can help at the same time."),
                _f(
                    "consent_date",
                    "date",
                    "Consent date",
                    "Date the volunteer consented to being registered.",
                    constraints={"required": True},
                ),
                DEMO_FIELD,
            ],
            "foreignKeys": [
                {"fields": "organization_id", "reference": {"resource": "organization", "fields": "id"}},
                {"fields": "area_code", "reference": {"resource": "area", "fields": "code"}},
            ],
        },
    },
]


def load_hsds_package(hsds_dir: Path) -> dict[str, Any]:
    package: dict[str, Any] = json.loads((hsds_dir / "datapackage.json").read_text(encoding="utf-8"))
    return package


def build_descriptor(hsds: dict[str, Any], boundary_resources: list[dict[str, Any]]) -> dict[str, Any]:
    resources: list[dict[str, Any]] = []
    for res in hsds["resources"]:
        res = copy.deepcopy(res)
        fields = res["schema"]["fields"]
        fields.extend(copy.deepcopy(PROFILE_FIELDS.get(res["name"], [])))
        fields.append(copy.deepcopy(DEMO_FIELD))
        if res["name"] in PROFILE_FOREIGN_KEYS:
            res["schema"].setdefault("foreignKeys", []).extend(copy.deepcopy(PROFILE_FOREIGN_KEYS[res["name"]]))
        resources.append(res)
    resources.extend(copy.deepcopy(PROFILE_RESOURCES))
    resources.extend(boundary_resources)
    return {
        "name": "socialekaart-demo-oosterhout",
        "title": "Demo-catalogus gemeente Oosterhout",
        "description": "Fictitious demo catalog of Sociale Kaart for gemeente Oosterhout (GM0826): HSDS 3.0 tabular "
        "data package with the Dutch profile nl-1. All organisations' contact details, addresses, opening hours, "
        "people and phone numbers are invented. Generated by tools/build_demo_catalog.py; do not edit by hand.",
        "profile": "tabular-data-package",
        "version": "1.0.0",
        "socialekaart": {
            "profile": PROFILE,
            "demo": True,
            "gemeente": "GM0826",
            "name": "Demo-catalogus gemeente Oosterhout",
        },
        "hsds_version": hsds.get("version", "3.0.0"),
        "licenses": [
            {
                "name": "CC-BY-SA-4.0",
                "title": "HSDS 3.0 schema and field definitions © Open Referral, CC BY-SA 4.0",
                "path": "https://creativecommons.org/licenses/by-sa/4.0/",
            }
        ],
        "sources": [
            {"title": "Open Referral Human Services Data Specification 3.0", "path": "http://docs.openreferral.org"},
            {"title": "Wijk- en buurtgrenzen: CBS / Kadaster (PDOK), CC BY 4.0"},
        ],
        "resources": resources,
    }
