"""The one validation every write goes through (import, local edit, server push): types, required fields, rules."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any, Protocol
from urllib.parse import urlsplit

import phonenumbers
from sqlalchemy import Connection, select

from socialekaart.catalog.models.keeping import MELDING_PROBLEMS, MELDING_STATUSES
from socialekaart.catalog.profile import (
    ACCESS_TYPES,
    AREA_KINDS,
    ENTRY_KINDS,
    NEEDS_TAXONOMY,
    PROVIDER_KINDS,
    taxonomy_id,
)
from socialekaart.catalog.registry import Field, entity
from socialekaart.catalog.schedules import rule_field_problems
from socialekaart.text import has_control

SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
MAX_TEXT = 100_000

CODED: dict[tuple[str, str], tuple[str, ...]] = {
    ("service", "access_type"): ACCESS_TYPES,
    ("service", "provider_kind"): PROVIDER_KINDS,
    ("service", "entry_kind"): ENTRY_KINDS,
    ("service", "status"): SERVICE_STATUSES,
    ("area", "kind"): AREA_KINDS,
    ("melding", "status"): MELDING_STATUSES,
    ("melding", "problem"): MELDING_PROBLEMS,
}

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("location", "latitude"): (-90.0, 90.0),
    ("location", "longitude"): (-180.0, 180.0),
    ("area", "centroid_lat"): (-90.0, 90.0),
    ("area", "centroid_lon"): (-180.0, 180.0),
    ("service", "minimum_age"): (0.0, 150.0),
    ("service", "maximum_age"): (0.0, 150.0),
    ("volunteer", "capacity"): (0.0, 10_000.0),
    ("cost_option", "amount"): (0.0, 1e9),
}

# Values that break these rules are left empty with a warning by the importer instead of refusing the import: the
# official HSDS examples themselves hold a latitude of 100, and a bad coordinate should not keep a whole catalog out.
SOFT: frozenset[tuple[str, str]] = frozenset({("location", "latitude"), ("location", "longitude")})

PHONES = frozenset({("phone", "number"), ("volunteer", "phone"), ("initiative", "wijkmakelaar_phone")})
EMAILS = frozenset({"email", "assurer_email", "wijkmakelaar_email"})
URLS = frozenset({"url", "website", "logo", "schedule_link"})
AREA_CODES = frozenset(
    {("service_area", "area_code"), ("volunteer", "area_code"), ("location", "buurt_code"), ("location", "wijk_code")}
)
NEED_LISTS = frozenset({("volunteer", "werkgebieden"), ("thesaurus_term", "needs")})
CODE_FIELDS = AREA_CODES | NEED_LISTS  # checked only against a Lookup
SCHEDULE_FIELDS = ("freq", "byday", "bymonthday", "byweekno", "byyearday", "interval", "count", "wkst")

_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Z]{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_NINE_DIGITS = re.compile(r"(?<![\d])(\d[ .-]?){8}\d(?![\d])")
# Free text that anyone may type about an entry (a melding and what was done about it): never resident data.
FREE_TEXT = frozenset({("melding", "text"), ("melding", "done")})


@dataclass(frozen=True)
class Refusal:
    """Why one value may not be stored: a stable code per rule, the values its wording needs, and the Dutch reason."""

    code: str
    reason: str
    params: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)


def refusal(code: str, reason: str, **params: object) -> Refusal:
    """A Refusal whose params are the given values as text."""
    return Refusal(code, reason, {k: str(v) for k, v in params.items()})


@dataclass(frozen=True)
class Problem:
    """A value that may not be stored: which entity and entry, which field, and why: a stable `code` with the
    `params` its wording needs (the UI words it in its language) and the Dutch `reason` (CLI, server answers)."""

    entity: str
    entity_id: str
    field: str
    reason: str
    code: str
    params: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"

    @classmethod
    def of(cls, entity: str, entity_id: str, column: str, why: Refusal) -> Problem:
        """The Problem of one refused value."""
        return cls(entity, entity_id, column, why.reason, why.code, why.params)


class Lookup(Protocol):
    """Codes the catalog knows; None where it cannot tell (no area tree, no needs taxonomy yet)."""

    def area_codes(self) -> frozenset[str] | None: ...

    def need_codes(self) -> frozenset[str] | None: ...


class CatalogLookup:
    """The codes a catalog (or server) database holds, read once per connection when a check needs them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._areas: frozenset[str] | None = None
        self._needs: frozenset[str] | None = None

    def area_codes(self) -> frozenset[str] | None:
        if self._areas is None:
            t = entity("area").table
            self._areas = frozenset(self.conn.execute(select(t.c.code).where(t.c.deleted_at.is_(None))).scalars())
        return self._areas or None

    def need_codes(self) -> frozenset[str] | None:
        if self._needs is None:
            t = entity("taxonomy_term").table
            query = select(t.c.code).where(
                t.c.taxonomy_id == taxonomy_id(NEEDS_TAXONOMY), t.c.deleted_at.is_(None), t.c.code.is_not(None)
            )
            self._needs = frozenset(str(c) for c in self.conn.execute(query).scalars())
        return self._needs or None


def decode(name: str, patch: Mapping[str, Any], *, entity_id: str = "") -> tuple[dict[str, Any], list[Problem]]:
    """JSON values of an edit (as pushed or queued) as column values, with a Problem for each one of a wrong type."""
    by_name = entity(name).by_name
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for column, value in patch.items():
        f = by_name.get(column)
        if f is not None and value is not None and f.pytype in (date, datetime, time):
            if not isinstance(value, str):
                problems.append(Problem.of(name, entity_id, column, wrong_type(f.pytype)))
                continue
            try:
                value = f.pytype.fromisoformat(value)  # type: ignore[attr-defined]
            except ValueError:
                problems.append(Problem.of(name, entity_id, column, wrong_type(f.pytype)))
                continue
        elif f is not None and f.pytype is float and isinstance(value, int) and not isinstance(value, bool):
            try:
                value = float(value)
            except OverflowError:
                problems.append(Problem.of(name, entity_id, column, refusal("too_big", "getal is te groot")))
                continue
        values[column] = value
    return values, problems


def validate(
    name: str,
    changes: Mapping[str, Any],
    *,
    entity_id: str = "",
    create: bool = False,
    lookup: Lookup | None = None,
) -> list[Problem]:
    """Every reason why these column values may not be stored in entity `name` (empty when they may).

    `create` also asks for every required field. With a `lookup`, area codes and need codes must exist.
    """
    ent = entity(name)
    problems: list[Problem] = []

    def refuse(column: str, why: Refusal) -> None:
        problems.append(Problem.of(name, entity_id, column, why))

    for column, value in changes.items():
        f = ent.by_name.get(column)
        if f is None:
            refuse(column, refusal("unknown_field", f"onbekend veld voor {name}", entity=name))
            continue
        if value is None:
            if not f.nullable and column != ent.key:
                refuse(column, EMPTY)
            continue
        why = _type_problem(f, value)
        if why is None:
            for check in _checks(name, column):
                why = check(value, changes, lookup)
                if why:
                    break
        if why:
            refuse(column, why)
    if create:
        for f in ent.fields:
            if f.required and changes.get(f.name) is None and f.name not in changes:
                refuse(f.name, refusal("required", "verplicht veld ontbreekt"))
    low, high = changes.get("minimum_age"), changes.get("maximum_age")
    if (
        name == "service"
        and isinstance(low, (int, float))
        and isinstance(high, (int, float))
        and not problems
        and low > high
    ):
        reason = f"de maximumleeftijd ({high:g}) ligt onder de minimumleeftijd ({low:g})"
        refuse("maximum_age", refusal("min_over_max", reason, high=f"{high:g}", low=f"{low:g}"))
    if name == "schedule":
        found = rule_field_problems({k: changes.get(k) for k in SCHEDULE_FIELDS if k in changes})
        for column, code, reason, params in found:
            if not any(p.field == column for p in problems):
                refuse(column, Refusal(code, reason, params))
    return problems


EMPTY = Refusal("empty", "mag niet leeg zijn")

#: What a field of each type holds: (the `expected` param of a "wrong_type" refusal, its Dutch words).
EXPECTED: dict[type, tuple[str, str]] = {
    str: ("text", "tekst"),
    int: ("integer", "een geheel getal"),
    float: ("number", "een getal"),
    bool: ("flag", "ja of nee (true/false)"),
    date: ("date", "een datum (JJJJ-MM-DD)"),
    time: ("time", "een tijd (UU:MM)"),
    datetime: ("datetime", "een tijdstip (JJJJ-MM-DDTUU:MM:SS)"),
}


def wrong_type(pytype: type) -> Refusal:
    """The refusal of a value that is not of the field's type."""
    expected, words = EXPECTED[pytype]
    return refusal("wrong_type", f"ongeldige waarde: verwacht {words}", expected=expected)


def _type_problem(f: Field, value: Any) -> Refusal | None:
    pytype = f.pytype
    if pytype is str:
        if not isinstance(value, str):
            return wrong_type(f.pytype)
        if len(value) > MAX_TEXT:
            return refusal("too_long", f"te lang (meer dan {MAX_TEXT} tekens)", max=MAX_TEXT)
        if has_control(value, multiline=f.multiline):
            if f.multiline:
                return refusal("control_chars", "bevat stuurtekens of tekens die de schrijfrichting omdraaien")
            return refusal("line_break", "bevat een regeleinde, stuurtekens of tekens die de schrijfrichting omdraaien")
        return None
    if pytype is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return wrong_type(f.pytype)
        if math.isfinite(value):
            return None
        return refusal("not_finite", "geen eindig getal (NaN en oneindig zijn niet toegestaan)")
    if pytype is int and isinstance(value, bool):
        return wrong_type(f.pytype)
    # int, bool, date (a datetime is one too), time, datetime
    return None if isinstance(value, pytype) else wrong_type(f.pytype)


Check = Callable[[Any, Mapping[str, Any], "Lookup | None"], "Refusal | None"]


@cache
def _checks(name: str, column: str) -> tuple[Check, ...]:
    """The value rules of one field, looked up once (most fields have none)."""
    where = (name, column)
    checks: list[Check] = []
    allowed = CODED.get(where)
    if allowed is not None:
        checks.append(lambda v, _c, _l: None if v in allowed else _unknown_code(v, allowed))
    bounds = RANGES.get(where)
    if bounds is not None:
        low, high = bounds
        checks.append(lambda v, _c, _l: None if low <= v <= high else _out_of_range(v, low, high))
    if where == ("area", "geometry"):
        checks.append(lambda v, _c, _l: _geometry_problem(str(v)))
    if where == ("address", "postal_code"):
        checks.append(_postcode_problem)
    if where in PHONES:
        checks.append(lambda v, _c, _l: _phone_problem(v))
    if column in EMAILS:
        checks.append(lambda v, _c, _l: None if _EMAIL.fullmatch(v.strip()) else _email(v))
    if column in URLS:
        checks.append(lambda v, _c, _l: _url_problem(v))
    if where in AREA_CODES:
        checks.append(_area_problem)
    if where in NEED_LISTS:
        checks.append(_needs_problem)
    if where in FREE_TEXT:
        checks.append(lambda v, _c, _l: resident_data_problem(v))
    if where == ("melding", "entity"):
        checks.append(lambda v, _c, _l: None if v in _entity_names() else _unknown_entity(v))
    if where == ("melding", "field"):
        checks.append(_melding_field_problem)
    return tuple(checks)


def _unknown_code(value: Any, allowed: tuple[str, ...]) -> Refusal:
    choices = ", ".join(allowed)
    return refusal("unknown_code", f"onbekende waarde '{value}': kies uit {choices}", value=value, allowed=choices)


def _out_of_range(value: float, low: float, high: float) -> Refusal:
    v, lo, hi = f"{value:g}", f"{low:g}", f"{high:g}"
    return refusal("out_of_range", f"waarde {v} ligt buiten {lo} tot {hi}", value=v, low=lo, high=hi)


def _email(value: str) -> Refusal:
    return refusal("email", f"ongeldig e-mailadres '{value}'", value=value)


def _unknown_entity(value: str) -> Refusal:
    return refusal("unknown_entity", f"onbekend soort gegeven '{value}'", value=value)


def _melding_field_problem(value: str, changes: Mapping[str, Any], _lookup: Lookup | None) -> Refusal | None:
    about = changes.get("entity")
    if isinstance(about, str) and about in _entity_names() and value not in entity(about).by_name:
        return refusal("unknown_field_of", f"onbekend veld '{value}' van {about}", value=value, entity=about)
    return None


def _entity_names() -> frozenset[str]:
    from socialekaart.catalog.registry import entities

    return frozenset(entities())


def elfproef(digits: str) -> bool:
    """Whether nine digits pass the BSN eleven test (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def resident_data_problem(text: str) -> Refusal | None:
    """Why free text may not be stored when it looks like a resident's data (a BSN, phone number or e-mail
    address; the `found` param says which); None when it looks clean."""
    for match in _NINE_DIGITS.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group())):
            return refusal("resident_data", "lijkt een BSN te bevatten: typ geen gegevens van inwoners", found="bsn")
    if _EMAIL_IN_TEXT.search(text):
        return refusal("resident_data", "bevat een e-mailadres: typ geen gegevens van personen", found="email")
    if phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID).has_next():
        return refusal("resident_data", "bevat een telefoonnummer: typ geen gegevens van personen", found="phone")
    return None


def _postcode_problem(value: str, changes: Mapping[str, Any], _lookup: Lookup | None) -> Refusal | None:
    country = str(changes.get("country") or "NL").strip().upper()
    if country in ("NL", "NLD", "NEDERLAND") and not _POSTCODE.fullmatch(value.strip().upper()):
        reason = f"ongeldige postcode '{value}': verwacht vier cijfers en twee letters, zoals 4901 AB"
        return refusal("postcode", reason, value=value)
    return None


def _area_problem(value: str, _changes: Mapping[str, Any], lookup: Lookup | None) -> Refusal | None:
    known = lookup.area_codes() if lookup is not None else None
    if known is not None and value not in known:
        return refusal("unknown_area", f"onbekende gebiedscode '{value}'", value=value)
    return None


def _needs_problem(value: str, _changes: Mapping[str, Any], lookup: Lookup | None) -> Refusal | None:
    known = lookup.need_codes() if lookup is not None else None
    if known is None:
        return None
    unknown = [c for c in (p.strip() for p in value.split(";")) if c and c not in known]
    return refusal("unknown_need", f"onbekende behoefte '{unknown[0]}'", value=unknown[0]) if unknown else None


def _phone_problem(value: str) -> Refusal | None:
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return refusal("phone_unreadable", f"ongeldig telefoonnummer '{value}'", value=value)
    if not phonenumbers.is_valid_number(number):
        reason = f"ongeldig telefoonnummer '{value}': verwacht bijvoorbeeld 0162 123456 of +31 162 123456"
        return refusal("phone", reason, value=value)
    return None


def _url_problem(value: str) -> Refusal | None:
    text = value.strip()
    try:
        parts = urlsplit(text if "://" in text else f"https://{text}")
        host = parts.hostname or ""
    except ValueError:
        return refusal("url_unreadable", f"ongeldig webadres '{value}'", value=value)
    if parts.scheme not in ("http", "https") or "." not in host or " " in text:
        reason = f"ongeldig webadres '{value}': verwacht bijvoorbeeld https://www.voorbeeld.nl"
        return refusal("url", reason, value=value)
    return None


def _geometry_problem(text: str) -> Refusal | None:
    import shapely

    try:
        geometry = shapely.from_geojson(text)
    except Exception:  # shapely raises GEOSException or ValueError for bad GeoJSON
        return refusal("geojson", "geen geldige GeoJSON-geometrie")
    if geometry is None or geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return refusal("polygon", "verwacht een (Multi)Polygon in GeoJSON")
    return None
