"""The one validation: every rule refuses a bad value (naming entity, id and field) and lets a good one through."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from socialekaart.catalog.registry import entities, entity
from socialekaart.catalog.validation import Problem, decode, validate

SQUARE = '{"type": "Polygon", "coordinates": [[[4.8, 51.6], [4.9, 51.6], [4.9, 51.7], [4.8, 51.6]]]}'

# (entity, field, good value, bad value): one row per rule.
RULES: list[tuple[str, str, Any, Any]] = [
    ("location", "latitude", 51.64, 1000.0),
    ("location", "longitude", 4.86, -181.0),
    ("area", "centroid_lat", 51.6, 91.0),
    ("location", "latitude", 51.64, math.nan),
    ("location", "longitude", 4.86, math.inf),
    ("cost_option", "amount", 2.5, -math.inf),
    ("service", "access_type", "vrij_toegankelijk", "bogus"),
    ("service", "provider_kind", "vrijwilliger", "robot"),
    ("service", "entry_kind", "activiteit", "feest"),
    ("service", "status", "active", "open"),
    ("area", "kind", "buurt", "straat"),
    ("service", "minimum_age", 0.0, -5.0),
    ("service", "maximum_age", 150.0, 151.0),
    ("volunteer", "capacity", 3, -1),
    ("address", "postal_code", "4901 AB", "49011"),
    ("phone", "number", "0162 123456", "12345"),
    ("volunteer", "phone", "+31 6 12345678", "bel maar"),
    ("service", "email", "info@voorbeeld.nl", "info at voorbeeld"),
    ("initiative", "wijkmakelaar_email", "wm@gemeente.nl", "wm@"),
    ("organization", "website", "https://www.voorbeeld.nl", "javascript:alert(1)"),
    ("service", "url", "www.voorbeeld.nl", "http://geen host"),
    ("schedule", "freq", "WEEKLY", "HOURLY"),
    ("schedule", "byday", "MO,1TU,-1FR", "XX"),
    ("schedule", "bymonthday", "1,15,-1", "0"),
    ("schedule", "byweekno", "41,42", "54"),
    ("schedule", "wkst", "MO", "ZO"),
    ("schedule", "interval", 2.0, 0.0),
    ("service", "name", "Taalcafé Dorst", "Taalcafé\nDorst"),
    ("service", "name", "Koken voor Mannen", "Koken \u202evoor Mannen"),
    ("organization", "name", "Surplus Welzijn", "Surplus\x07Welzijn"),
    ("location", "name", "De Klip", "De \u2067Klip"),
    ("service", "description", "Eerste regel.\nTweede regel.", "Tekst met \u202e omkering"),
    ("area", "geometry", SQUARE, '{"type": "Point", "coordinates": [4.8, 51.6]}'),
    ("service", "minimum_age", 12, "twaalf"),
    ("service", "free_of_charge", True, "ja"),
    ("volunteer", "consent_date", date(2026, 1, 1), "gisteren"),
]


@pytest.mark.parametrize(("name", "field", "good", "bad"), RULES, ids=[f"{r[0]}.{r[1]}={r[3]!r}" for r in RULES])
def test_each_rule_refuses_a_bad_value_and_accepts_a_good_one(name: str, field: str, good: Any, bad: Any) -> None:
    assert validate(name, {field: good}, entity_id="e1") == []
    problems = validate(name, {field: bad}, entity_id="e1")
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.entity, problem.entity_id, problem.field) == (name, "e1", field)
    assert problem.reason and "\n" not in problem.reason
    assert str(problem).startswith(f"{field}: ")


# The stable code of each RULES row's refusal (the UI words it in its language from code and params).
CODES = [
    "out_of_range",
    "out_of_range",
    "out_of_range",
    "not_finite",
    "not_finite",
    "not_finite",
    "unknown_code",
    "unknown_code",
    "unknown_code",
    "unknown_code",
    "unknown_code",
    "out_of_range",
    "out_of_range",
    "out_of_range",
    "postcode",
    "phone",
    "phone_unreadable",
    "email",
    "email",
    "url",
    "url",
    "schedule_freq",
    "schedule_day",
    "schedule_numbers",
    "schedule_numbers",
    "schedule_wkst",
    "schedule_whole",
    "line_break",
    "line_break",
    "line_break",
    "line_break",
    "control_chars",
    "polygon",
    "wrong_type",
    "wrong_type",
    "wrong_type",
]


@pytest.mark.parametrize(
    ("rule", "code"), list(zip(RULES, CODES, strict=True)), ids=[f"{r[0]}.{r[1]}={r[3]!r}" for r in RULES]
)
def test_each_rule_names_its_refusal_by_a_stable_code(rule: tuple[str, str, Any, Any], code: str) -> None:
    name, field, _good, bad = rule
    [problem] = validate(name, {field: bad}, entity_id="e1")
    assert problem.code == code
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in problem.params.items())


def test_the_params_hold_what_the_wording_needs() -> None:
    [postcode] = validate("address", {"postal_code": "49011"})
    assert (postcode.code, postcode.params) == ("postcode", {"value": "49011"})
    [age] = validate("service", {"minimum_age": -5.0})
    assert age.params == {"value": "-5", "low": "0", "high": "150"}
    [access] = validate("service", {"access_type": "bogus"})
    assert access.params["value"] == "bogus" and "vrij_toegankelijk" in access.params["allowed"]
    [order] = validate("service", {"minimum_age": 18.0, "maximum_age": 12.0})
    assert (order.code, order.params) == ("min_over_max", {"high": "12", "low": "18"})
    [weekly] = validate("schedule", {"freq": "WEEKLY", "byday": "3WE"})
    assert (weekly.code, weekly.params) == ("schedule_ordinal", {"value": "3WE", "freq": "WEEKLY"})
    [note] = validate("melding", {"text": "bel 06 12345678"})
    assert (note.code, note.params) == ("resident_data", {"found": "phone"})
    created = validate("service", {"name": "Buurtsoep"}, create=True)
    assert {p.code for p in created} == {"required"} and validate("service", {"name": None})[0].code == "empty"
    assert validate("service", {"shoe_size": 44})[0].code == "unknown_field"


def test_a_weekly_rule_has_no_ordinal_days() -> None:
    assert validate("schedule", {"freq": "MONTHLY", "byday": "3WE"}) == []
    assert [p.field for p in validate("schedule", {"freq": "WEEKLY", "byday": "3WE"})] == ["byday"]
    assert [p.field for p in validate("schedule", {"byday": "6MO"})] == ["byday"]


def test_ages_in_order() -> None:
    assert validate("service", {"minimum_age": 12.0, "maximum_age": 18.0}) == []
    assert [p.field for p in validate("service", {"minimum_age": 18.0, "maximum_age": 12.0})] == ["maximum_age"]


def test_a_foreign_postcode_is_not_held_to_the_dutch_form() -> None:
    assert validate("address", {"postal_code": "ABC 1234", "country": "US"}) == []
    assert [p.field for p in validate("address", {"postal_code": "ABC 1234", "country": "NL"})] == ["postal_code"]


def test_required_fields_on_create_and_empty_values() -> None:
    problems = validate("service", {"name": "Buurtsoep"}, entity_id="s1", create=True)
    assert {p.field for p in problems} == {"organization_id", "status"}
    assert all(p.reason == "verplicht veld ontbreekt" for p in problems)
    assert [p.field for p in validate("service", {"name": None})] == ["name"]
    assert validate("service", {"description": None}) == []


def test_unknown_fields_and_wrong_types_are_named() -> None:
    assert [(p.field, p.reason) for p in validate("service", {"shoe_size": 44})] == [
        ("shoe_size", "onbekend veld voor service")
    ]
    assert [p.field for p in validate("service", {"minimum_age": True})] == ["minimum_age"]


class _Codes:
    def area_codes(self) -> frozenset[str] | None:
        return frozenset({"GM0826", "BU08260101"})

    def need_codes(self) -> frozenset[str] | None:
        return frozenset({"eenzaamheid", "schulden"})


class _Unknown:
    def area_codes(self) -> frozenset[str] | None:
        return None

    def need_codes(self) -> frozenset[str] | None:
        return None


def test_area_codes_and_needs_must_exist_where_a_lookup_knows_them() -> None:
    assert validate("service_area", {"area_code": "GM0826"}, lookup=_Codes()) == []
    assert [p.field for p in validate("service_area", {"area_code": "GM9999"}, lookup=_Codes())] == ["area_code"]
    assert [p.field for p in validate("location", {"buurt_code": "BU0000"}, lookup=_Codes())] == ["buurt_code"]
    assert validate("volunteer", {"werkgebieden": "eenzaamheid;schulden"}, lookup=_Codes()) == []
    bad = validate("thesaurus_term", {"needs": "schulden;vliegen"}, lookup=_Codes())
    assert [(p.field, p.reason) for p in bad] == [("needs", "onbekende behoefte 'vliegen'")]
    # Without a lookup, or one that cannot tell (no area tree yet), the codes are not checked.
    assert validate("service_area", {"area_code": "GM9999"}) == []
    assert validate("service_area", {"area_code": "GM9999"}, lookup=_Unknown()) == []


def test_decode_reads_json_values_and_names_the_wrong_ones() -> None:
    values, problems = decode("schedule", {"opens_at": "09:30", "valid_from": "2026-13-01", "interval": 2})
    assert values["opens_at"].hour == 9 and values["interval"] == 2.0 and isinstance(values["interval"], float)
    reason = "ongeldige waarde: verwacht een datum (JJJJ-MM-DD)"
    assert problems == [Problem("schedule", "", "valid_from", reason, "wrong_type", {"expected": "date"})]
    assert [p.field for p in decode("service", {"minimum_age": 10**400})[1]] == ["minimum_age"]


def test_every_entity_of_the_registry_can_be_checked() -> None:
    for name in entities():
        key = entity(name).key
        assert validate(name, {key: "x"}) == []
