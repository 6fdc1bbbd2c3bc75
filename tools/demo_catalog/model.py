"""Authoring model of the demo catalog: small dataclasses that read like a card index.

Everything in the demo catalog is fictitious. The authoring files (organizations.py, locations.py, services_*.py,
people.py) only hold content; generator.py turns it into HSDS rows with deterministic ids.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field

#: Namespace of all reproducible ids of Sociale Kaart (docs/data-model.md §2.2).
SK_NAMESPACE = uuid.UUID("8f4b2c1e-6a3d-4f5e-9b7c-2d1e0f3a4b5c")

ACCESS_TYPES = ("sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk")
PROVIDER_KINDS = ("professional", "vrijwilliger", "ervaringsdeskundige")
ENTRY_KINDS = ("dienst", "activiteit", "voorziening", "bewonersinitiatief", "platform")


def demo_id(kind: str, slug: str) -> str:
    """Id of a demo row: uuid5(SK_NAMESPACE, "demo:<kind>:<slug>")."""
    return str(uuid.uuid5(SK_NAMESPACE, f"demo:{kind}:{slug}"))


def term_id(taxonomy: str, code: str) -> str:
    """Id of a taxonomy term: uuid5(SK_NAMESPACE, "<taxonomy>:<code>") (docs/data-model.md §2.2)."""
    return str(uuid.uuid5(SK_NAMESPACE, f"{taxonomy}:{code}"))


def stable_int(text: str) -> int:
    """A stable (process-independent) integer derived from a text."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


@dataclass(frozen=True)
class Org:
    slug: str
    name: str
    desc: str
    alt: str | None = None
    parent: str | None = None
    website: bool = True
    email: str | None = None  # local part; defaults to the slug
    legal_status: str | None = None


@dataclass(frozen=True)
class Loc:
    """A place. `buurt` is the CBS buurt code the point must fall in; the kern follows from the wijk."""

    slug: str
    name: str
    buurt: str
    street: str = "Demostraat"
    number: str = "1"
    org: str | None = None
    desc: str | None = None
    alt: str | None = None
    transport: str | None = None
    #: accessibility: list of (description, details)
    access: tuple[tuple[str, str | None], ...] = ()
    phone: bool = False
    kind: str = "physical"


@dataclass(frozen=True)
class At:
    """A service at a location, with its hours (see hours.py for the notation)."""

    loc: str
    hours: str | None = None
    note: str | None = None  # service_at_location.description
    hours_note: str | None = None  # schedule.notes
    valid: tuple[str, str] | None = None  # (valid_from, valid_to) for seasonal hours


@dataclass(frozen=True)
class Cost:
    option: str
    amount: float | None
    per: str  # amount_description


@dataclass
class Svc:
    slug: str
    name: str
    org: str
    desc: str
    needs: list[str]
    groups: list[str]
    access: str = "vrij_toegankelijk"
    granted_by: str | None = None
    provider: str = "professional"
    entry: str = "dienst"
    at: list[At] = field(default_factory=list)
    areas: list[str] | None = None  # default: kern of the first location, else the gemeente
    langs: list[str] = field(default_factory=lambda: ["nl"])
    cost: list[Cost] = field(default_factory=list)
    fees: str | None = None
    free: bool | None = None  # default: True without cost options, False with
    verified: str | None = None  # default: a deterministic date from the slug
    alt: str | None = None
    hours: str | None = None  # hours of a service without a location (phone line, help at home)
    hours_note: str | None = None
    contact: str | None = None  # a role contact, e.g. "Frontoffice"
    phone: bool = True
    email: bool = True
    url: bool = True
    apply: str | None = None  # application_process
    eligibility: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    program: str | None = None
    docs: list[str] = field(default_factory=list)
    status: str = "active"
    alert: str | None = None
    interpretation: str | None = None
    wait: str | None = None
    funding: str | None = None


@dataclass(frozen=True)
class Initiative:
    service: str  # service slug (entry_kind bewonersinitiatief)
    wijkmakelaar: str  # fictitious, "Wijkmakelaar (demo) ..."
    started: str


@dataclass(frozen=True)
class Volunteer:
    slug: str
    name: str
    org: str
    werkgebieden: tuple[str, ...]
    area: str
    availability: str
    languages: tuple[str, ...] = ("nl",)
    own_transport: bool = False
    capacity: int = 1
    consent_date: str = "2026-01-15"


def slugify(text: str) -> str:
    text = text.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("á", "a")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
