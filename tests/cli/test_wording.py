"""The command line's Dutch wording of search reasons: the texts the engine gave before reasons were structured."""

from __future__ import annotations

from datetime import date

import pytest

from socialekaart.cli.wording import no_results_text, reason_json, reason_text, reason_texts
from socialekaart.search.explain import Detail, Reason

CASES = [
    (Reason("word", "name", ("Mantelzorgondersteuning",)), "naam: Mantelzorgondersteuning"),
    (
        Reason("word", "name", ("Schuldhulpverlening",), (Detail("contains", ("hulp + verlening",)),)),
        "naam: Schuldhulpverlening (bevat 'hulp + verlening')",
    ),
    (
        Reason("word", "name", ("Vrijwilligerspunt",), (Detail("begins_with", ("vrijw",)),)),
        "naam: Vrijwilligerspunt (begint met 'vrijw')",
    ),
    (
        Reason("parts", "name", ("dorpshuis", "klip"), (Detail("parts_of", ("dorpshuisklip",)),)),
        "naam: dorpshuis + klip (delen van 'dorpshuisklip')",
    ),
    (Reason("word", "description", ("formulieren",)), "omschrijving: formulieren"),
    (
        Reason("typo", "name", ("schuldhulpverlenign", "schuldhulpverlening")),
        "typfout: schuldhulpverlenign → schuldhulpverlening (naam)",
    ),
    (Reason("typo", "", ("eenzaamheit", "eenzaamheid")), "typfout: eenzaamheit → eenzaamheid"),
    (
        Reason(
            "need",
            "need",
            ("Geldzorgen en schulden",),
            (Detail("via", ("rekeningen", "huur")), Detail("narrower_via", ("schulden",), need="Financiën")),
        ),
        "behoefte: Geldzorgen en schulden (via 'rekeningen', 'huur'; valt onder 'Financiën', via 'schulden')",
    ),
    (
        Reason("need", "need", ("Financiën",), (Detail("broader_via", ("schulden",), need="Schuldhulp"),)),
        "behoefte: Financiën (breder dan 'Schuldhulp', via 'schulden')",
    ),
    (Reason("no_query"), "geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst"),
    (Reason("area_in", words=("Dorst",)), "gebied: ligt in Dorst"),
    (Reason("area_for", words=("Oosterhout",)), "gebied: werkt voor Oosterhout"),
    (
        Reason("area_only", words=("Oosterhout", "Dorst"), area_kinds=("kern", "")),
        "gebied: alleen voor kern Oosterhout, Dorst",
    ),
    (Reason("distance", km=1.234), "afstand: 1,2 km"),
    (Reason("open_now"), "nu open"),
    (Reason("open_on", day=date(2026, 11, 20)), "open op 20-11-2026"),
]


@pytest.mark.parametrize(("reason", "text"), CASES)
def test_dutch_wording_of_every_kind(reason: Reason, text: str) -> None:
    assert reason_text(reason) == text


def test_reasons_of_a_hit_one_line_each() -> None:
    assert reason_texts([CASES[0][0], CASES[-2][0]]) == ["naam: Mantelzorgondersteuning", "nu open"]


def test_json_form_is_plain_data() -> None:
    reason = CASES[7][0]
    assert reason_json(reason) == {
        "kind": "need",
        "field": "need",
        "words": ["Geldzorgen en schulden"],
        "details": [
            {"relation": "via", "items": ["rekeningen", "huur"]},
            {"relation": "narrower_via", "items": ["schulden"], "need": "Financiën"},
        ],
    }
    assert reason_json(Reason("distance", km=1.23456)) == {"kind": "distance", "km": 1.23}
    assert reason_json(Reason("open_on", day=date(2026, 11, 20))) == {"kind": "open_on", "day": "2026-11-20"}


@pytest.mark.parametrize(
    ("query", "terms", "filtered_out", "suggestions", "filters_used", "text"),
    [
        ("", (), 0, [], False, "Geen diensten gevonden."),
        ("", (), 0, [], True, "Geen diensten gevonden met deze filters."),
        ("pianoles", ("pianoles",), 0, [], False, "Geen resultaten voor 'pianoles'."),
        (
            "klubhuis",
            ("klubhuis",),
            1,
            [],
            True,
            "Geen resultaten voor 'klubhuis' met deze filters; zonder filters 1 resultaat.",
        ),
        ("kafe", ("kafe",), 0, ["cafe", "koffie"], False, "Geen resultaten voor 'kafe'. Bedoelde u: cafe / koffie?"),
    ],
)
def test_no_results_wording(
    query: str, terms: tuple[str, ...], filtered_out: int, suggestions: list[str], filters_used: bool, text: str
) -> None:
    from socialekaart.search.engine import SearchResponse

    response = SearchResponse(
        results=[], suggestions=suggestions, unmatched=True, terms=terms, filtered_out=filtered_out
    )
    assert no_results_text(query, response, filters_used) == text
