"""What an editing screen shows of an entry: its fields grouped as a person thinks, read from text, checked as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Literal

from dateutil import parser as date_parser

from socialekaart.catalog.registry import entity
from socialekaart.catalog.validation import CODED, EMPTY, Problem, Refusal, refusal, validate, wrong_type
from socialekaart.workspace.entry_kinds import GROUPS, EntryKind, Group

InputKind = Literal["text", "multiline", "number", "integer", "date", "time", "choice", "flag"]

#: Where a field goes; a field not named here is under "wat".
_GROUP_OF: dict[str, dict[str, Group]] = {
    "service": {
        "eligibility_description": "voor_wie",
        "minimum_age": "voor_wie",
        "maximum_age": "voor_wie",
        "interpretation_services": "voor_wie",
        "url": "contact",
        "email": "contact",
        "fees": "kosten",
        "fees_description": "kosten",
        "free_of_charge": "kosten",
        "access_type": "toegang",
        "access_granted_by": "toegang",
        "application_process": "toegang",
        "wait_time": "toegang",
        "accreditations": "toegang",
        "licenses": "toegang",
    },
    "organization": {"email": "contact", "website": "contact", "logo": "contact", "uri": "contact"},
    "location": {
        "latitude": "waar",
        "longitude": "waar",
        "buurt_code": "waar",
        "wijk_code": "waar",
        "transportation": "toegang",
        "url": "contact",
    },
    "address": {name: "waar" for name in entity("address").by_name},
    "initiative": {
        "wijkmakelaar_name": "contact",
        "wijkmakelaar_email": "contact",
        "wijkmakelaar_phone": "contact",
        "started": "wanneer",
    },
    "volunteer": {
        "email": "contact",
        "phone": "contact",
        "languages": "contact",
        "werkgebieden": "voor_wie",
        "area_code": "waar",
        "own_transport": "waar",
        "availability": "wanneer",
        "consent_date": "toegang",
    },
}

#: Fields an editing screen leaves alone: keys to the parent (set by the screen itself), and the verification
#: fields, which "klopt nog" records.
_HIDDEN = frozenset({"location_id", "assurer_email"})


@dataclass(frozen=True)
class FieldSpec:
    """One field of an editing screen: which table and column, its group, how it is typed in, required or not."""

    entity: str
    name: str
    group: Group
    input: InputKind
    required: bool = False
    choices: tuple[str, ...] = ()
    foreign_table: str | None = None


def _input_kind(entity_name: str, name: str) -> InputKind:
    f = entity(entity_name).by_name[name]
    if (entity_name, name) in CODED:
        return "choice"
    if f.pytype is bool:
        return "flag"
    if f.pytype is float:
        return "number"
    if f.pytype is int:
        return "integer"
    if f.pytype is date:
        return "date"
    if f.pytype is time:
        return "time"
    return "multiline" if f.multiline else "text"


def _specs(entity_name: str) -> list[FieldSpec]:
    ent = entity(entity_name)
    groups = _GROUP_OF.get(entity_name, {})
    out = []
    for f in ent.fields:
        if f.bookkeeping or f.name == ent.key or f.name in _HIDDEN:
            continue
        out.append(
            FieldSpec(
                entity=entity_name,
                name=f.name,
                group=groups.get(f.name, "wat"),
                input=_input_kind(entity_name, f.name),
                required=f.required,
                choices=CODED.get((entity_name, f.name), ()),
                foreign_table=f.foreign_table,
            )
        )
    return out


def field_specs(kind: EntryKind) -> tuple[FieldSpec, ...]:
    """Every field the catalog holds for this kind of entry (a location's address included), in screen order."""
    specs = _specs(kind)
    if kind == "location":
        specs += [s for s in _specs("address")]
    order = {g: i for i, g in enumerate(GROUPS)}
    # The name first; then the table's own order within a group (sorted() is stable).
    return tuple(sorted(specs, key=lambda s: (order[s.group], s.name not in ("name", "alternate_name"))))


def line_specs(entity_name: str, columns: tuple[str, ...]) -> tuple[FieldSpec, ...]:
    """The fields of a child row an editor shows as a table (a schedule's, a phone's), in the order given."""
    by_name = {s.name: s for s in _specs(entity_name)}
    return tuple(by_name[c] for c in columns)


def parse_text(spec: FieldSpec, text: str) -> tuple[Any, Problem | None]:
    """The value typed in a field (None when empty), or the Problem why it is not one."""
    raw = text.strip()
    if not raw:
        return None, None
    try:
        if spec.input == "number":
            return float(raw.replace(",", ".")), None
        if spec.input == "integer":
            return int(raw), None
        if spec.input == "date":
            return _date(raw), None
        if spec.input == "time":
            return _time(raw), None
    except (ValueError, OverflowError):
        return None, Problem.of(spec.entity, "", spec.name, _EXPECTED[spec.input])
    if spec.input == "multiline":
        return text.strip("\n"), None
    return raw, None


_EXPECTED: dict[str, Refusal] = {
    "number": wrong_type(float),
    "integer": wrong_type(int),
    "date": refusal("unreadable_date", "ongeldige datum: verwacht bijvoorbeeld 24-11-2026"),
    "time": refusal("unreadable_time", "ongeldige tijd: verwacht bijvoorbeeld 09:30"),
}


def _date(text: str) -> date:
    if len(text) == 10 and text[4] == "-":
        return date.fromisoformat(text)
    parsed: datetime = date_parser.parse(text, dayfirst=True)
    return parsed.date()


def _time(text: str) -> time:
    parsed: datetime = date_parser.parse(text.replace(".", ":"), default=datetime(2000, 1, 1))
    return parsed.time().replace(second=0, microsecond=0)


def check_field(spec: FieldSpec, text: str, context: dict[str, Any] | None = None) -> Problem | None:
    """Why the text typed in one field cannot be stored (None when it can), by the one validation.

    `context` holds other values of the same row that a rule needs (a postcode is Dutch when `country` is NL).
    """
    value, problem = parse_text(spec, text)
    if problem is not None:
        return problem
    if value is None:
        return Problem.of(spec.entity, "", spec.name, EMPTY) if spec.required else None
    changes = {**(context or {}), spec.name: value}
    found = [p for p in validate(spec.entity, changes) if p.field == spec.name]
    return found[0] if found else None


def value_text(spec: FieldSpec, value: Any) -> str:
    """A stored value as the screen shows it in a text field (dates as dd-mm-jjjj, times as uu:mm)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, float) and spec.input in ("number", "integer") and value.is_integer():
        return str(int(value))
    return str(value)
