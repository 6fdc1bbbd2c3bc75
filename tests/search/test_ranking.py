"""Ranking preferences among equally good matches: lightest help, nearby, reach, recently verified, name, evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from socialekaart.search.documents import AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.engine import SearchEngine, SearchFilters
from socialekaart.search.explain import Detail, Reason
from socialekaart.search.index import area_reach
from socialekaart.search.thesaurus import Thesaurus

from .conftest import NOW, ids

BASE = SearchDocument(
    id="x",
    name="Budgetspreekuur",
    description="Hulp bij geldzaken.",
    need_codes=("schulden",),
    points=((51.60, 4.86),),
    last_verified=date(2025, 2, 1),
)


def build(docs: list[SearchDocument], taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> SearchEngine:
    return SearchEngine.build(docs, thesaurus, taxonomy)


def test_lightest_help_first(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="niet", access_type="niet_vrij_toegankelijk"),
        replace(BASE, id="vrij", access_type="vrij_toegankelijk"),
        replace(BASE, id="onbekend", access_type=None),
        replace(BASE, id="basis", access_type="sociale_basis"),
    ]
    e = build(docs, taxonomy, thesaurus)
    for q in ("budgetspreekuur", "rekeningen", "geldzaken", ""):
        assert ids(e.search(q, now=NOW)) == ["basis", "vrij", "onbekend", "niet"], q


def test_nearby_first(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="ver", points=((51.70, 4.90),)),
        replace(BASE, id="dichtbij", points=((51.601, 4.861),)),
        replace(BASE, id="zonder", points=()),
    ]
    e = build(docs, taxonomy, thesaurus)
    r = e.search("budget", SearchFilters(near=(51.60, 4.86)), now=NOW)
    assert ids(r) == ["dichtbij", "ver", "zonder"]
    assert r.results[2].distance_km is None


def test_recently_verified_first(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="nooit", last_verified=None),
        replace(BASE, id="oud", last_verified=date(2021, 1, 1)),
        replace(BASE, id="vers", last_verified=date(2025, 2, 1)),
        replace(BASE, id="jaar", last_verified=date(2024, 3, 1)),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("budgetspreekuur", now=NOW)) == ["vers", "jaar", "oud", "nooit"]


def test_preferences_do_not_beat_a_clearly_better_match(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(
            BASE,
            id="naam",
            name="Schuldhulpverlening",
            access_type="niet_vrij_toegankelijk",
            last_verified=None,
            points=((51.9, 5.2),),
        ),
        replace(
            BASE,
            id="tekst",
            name="Buurthuis",
            description="Soms ook schuldhulpverlening.",
            access_type="sociale_basis",
            need_codes=(),
        ),
    ]
    e = build(docs, taxonomy, thesaurus)
    r = e.search("schuldhulpverlening", SearchFilters(near=(51.60, 4.86)), now=NOW)
    assert ids(r) == ["naam", "tekst"]


def test_more_query_words_matched_ranks_higher(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="een", name="Taalhulp", description="", need_codes=()),
        replace(
            BASE,
            id="twee",
            name="Taalhulp voor ouders",
            description="",
            need_codes=(),
            access_type="niet_vrij_toegankelijk",
        ),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("taalhulp ouders", now=NOW)) == ["twee", "een"]


def test_ties_are_deterministic(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [replace(BASE, id=f"d{i}", name=f"Budgetspreekuur {n}") for i, n in enumerate("CBA")]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("budget", now=NOW)) == ["d2", "d1", "d0"]


def test_whole_gemeente_before_one_village_when_no_place_is_given(
    taxonomy: NeedsVocabulary, thesaurus: Thesaurus, areas: AreaTree
) -> None:
    docs = [
        replace(BASE, id="buurt", served_area_codes=("BU08260101",)),
        replace(BASE, id="wijk", served_area_codes=("WK082601",)),
        replace(BASE, id="stad", served_area_codes=("KN0826_OOSTERHOUT",)),
        replace(BASE, id="gemeente", served_area_codes=("GM0826",)),
        replace(BASE, id="onbekend", served_area_codes=()),
    ]
    e = SearchEngine.build(docs, thesaurus, taxonomy, areas)
    r = e.search("rekeningen", now=NOW)
    assert ids(r)[:2] == ["gemeente", "onbekend"]  # no service area said: assumed to work for everyone
    assert ids(r)[2:] == ["stad", "wijk", "buurt"]  # the more buurten a service works for, the sooner
    why = {x.id: x.why for x in r.results}
    assert Reason("area_only", words=("Centrum",), area_kinds=("",)) in why["wijk"]
    # not to be read as the whole gemeente: the kern named like it says it is a kern
    assert Reason("area_only", words=("Oosterhout",), area_kinds=("kern",)) in why["stad"]
    assert not any(w.kind.startswith("area") for w in why["gemeente"] + why["onbekend"])


def test_area_reach_follows_the_number_of_buurten(areas: AreaTree) -> None:
    reach = area_reach(areas)
    assert reach["GM0826"] == 1.0
    assert reach["KN0826_OOSTERHOUT"] > reach["KN0826_DORST"] > 0
    assert reach["WK082601"] > reach["BU08260101"]
    assert area_reach(AreaTree()) == {}


@pytest.mark.parametrize(
    ("wide", "local", "query", "level"),
    [
        ("GM0826", "KN0826_DORST", "budgetspreekuur", False),
        ("GM0826", "KN0826_DORST", "budgetspreekuur dorst", True),  # no longer behind for being local
        ("GM0826", "KN0826_DORST", "budgetspreekuur in Dorst", True),
        ("GM0826", "KN0826_DORST", "budgetspreekuur den hout", False),  # another place: reach as usual
        ("KN0826_OOSTERHOUT", "BU08260101", "budgetspreekuur centrum", True),  # both work for Centrum
        ("KN0826_OOSTERHOUT", "BU08260101", "budgetspreekuur oosterhout", False),  # names the gemeente: no place
    ],
)
def test_a_place_named_in_the_query_lifts_the_services_for_it(
    taxonomy: NeedsVocabulary, thesaurus: Thesaurus, areas: AreaTree, wide: str, local: str, query: str, level: bool
) -> None:
    docs = [
        replace(BASE, id="wide", name="Budgetspreekuur", served_area_codes=(wide,)),
        replace(BASE, id="local", name="Budgetspreekuur", served_area_codes=(local,)),
    ]
    r = SearchEngine.build(docs, thesaurus, taxonomy, areas).search(query, now=NOW)
    if level:
        assert r.results[0].score == r.results[1].score
    else:
        assert ids(r) == ["wide", "local"]
        assert r.results[0].score > r.results[1].score


def test_a_name_that_holds_the_whole_query_comes_first(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    docs = [
        replace(BASE, id="deel", name="Budgetcoach", description="Geldzorgen? Ook op recept van de huisarts."),
        replace(BASE, id="naam", name="Budget op recept", description="", need_codes=()),
    ]
    e = build(docs, taxonomy, thesaurus)
    with_share = {r.id: r.score for r in e.search("budget op recept", now=NOW).results}
    e.weights = replace(e.weights, name_match_weight=0.0)
    without = {r.id: r.score for r in e.search("budget op recept", now=NOW).results}
    assert max(with_share, key=with_share.__getitem__) == "naam"
    # the name share lifts the service whose name says the whole query more than the one that says part of it
    assert with_share["naam"] - without["naam"] > 2 * (with_share["deel"] - without["deel"]) > 0


def test_a_service_that_speaks_of_the_need_comes_first_within_it(
    taxonomy: NeedsVocabulary, thesaurus: Thesaurus
) -> None:
    docs = [
        replace(BASE, id="stil", name="Inloop", description="Koffie en een luisterend oor."),
        replace(BASE, id="spreekt", name="Inloop", description="Hulp als je de rekeningen niet kunt betalen."),
    ]
    e = build(docs, taxonomy, thesaurus)
    r = e.search("rekeningen", now=NOW)
    assert ids(r) == ["spreekt", "stil"]
    assert r.results[0].score > r.results[1].score


def test_reach_counts_nested_service_areas_once(
    taxonomy: NeedsVocabulary, thesaurus: Thesaurus, areas: AreaTree
) -> None:
    docs = [
        replace(BASE, id="kern", served_area_codes=("KN0826_DORST",)),
        replace(BASE, id="alles", served_area_codes=("KN0826_DORST", "WK082603", "BU08260301")),
    ]
    e = SearchEngine.build(docs, thesaurus, taxonomy, areas)
    r = e.search("rekeningen", now=NOW)
    assert r.results[0].score == r.results[1].score
    assert {x.id: [w for w in x.why if w.kind.startswith("area")] for x in r.results} == {
        "kern": [Reason("area_only", words=("Dorst",), area_kinds=("",))],
        "alles": [Reason("area_only", words=("Dorst",), area_kinds=("",))],
    }
    # with a point the distance decides, and "alleen voor" is not said
    near = e.search("rekeningen", SearchFilters(near=(51.60, 4.86)), now=NOW)
    assert not any(w.kind.startswith("area") for x in near.results for w in x.why)


def test_text_relevance_prefers_the_service_that_says_more_of_the_query(
    taxonomy: NeedsVocabulary, thesaurus: Thesaurus
) -> None:
    # all three have the need; the one whose own text holds both query words comes before one that holds one of
    # them many times (saturation), and that one before a service that holds neither
    docs = [
        replace(BASE, id="geen", name="Inloop", description="Koffie en een luisterend oor."),
        replace(BASE, id="veel", name="Inloop", description="Huur. " * 10),
        replace(BASE, id="beide", name="Inloop", description="Als de huur te hoog is en de rekeningen blijven."),
    ]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("rekeningen huur", now=NOW)) == ["beide", "veel", "geen"]
    e.weights = replace(e.weights, text_weight=0.0, evidence_factor=0.0)
    scores = {r.id: r.score for r in e.search("rekeningen huur", now=NOW).results}
    assert scores["beide"] == scores["veel"]  # without text relevance only the literal hit, not its count, counts


def test_text_relevance_normalises_for_length(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    filler = " ".join(f"woord{k}" for k in range(200))
    docs = [
        replace(BASE, id="lang", name="Inloop", description=f"Rekeningen. {filler}"),
        replace(BASE, id="kort", name="Inloop", description="Rekeningen."),
    ]
    e = build(docs, taxonomy, thesaurus)
    r = e.search("rekeningen", now=NOW)
    assert ids(r) == ["kort", "lang"]
    assert r.results[0].score > r.results[1].score


def test_text_relevance_is_the_same_in_a_recent_segment(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    # a service written after the build scores as after a full rebuild: a small segment of recent writes takes the
    # main segment's mean text length instead of its own
    docs = [replace(BASE, id=f"d{k}", description="Hulp bij geldzaken. " * 12) for k in range(60)]
    extra = replace(BASE, id="nieuw", name="Inloop", description="Rekeningen.")
    e = build(docs, taxonomy, thesaurus)
    e.upsert(extra)
    recent = {r.id: r.score for r in e.search("rekeningen", now=NOW).results}
    e.rebuild([*docs, extra])
    rebuilt = {r.id: r.score for r in e.search("rekeningen", now=NOW).results}
    alone = {r.id: r.score for r in build([extra], taxonomy, thesaurus).search("rekeningen", now=NOW).results}
    assert recent["nieuw"] == pytest.approx(rebuilt["nieuw"], abs=2e-3)
    assert abs(alone["nieuw"] - rebuilt["nieuw"]) > 0.02  # measured against its own length it would differ


def test_a_number_in_a_need_description_is_not_a_match(thesaurus: Thesaurus) -> None:
    from socialekaart.search.documents import NeedTerm

    taxonomy = NeedsVocabulary.from_terms(
        [NeedTerm("jongeren", "Ondersteuning aan jongeren", None, "Jongeren en gezinnen (welzijnstaak 2)")]
    )
    jw = replace(BASE, id="jw", name="Jongerenwerk", description="Een plek voor jongeren.", need_codes=("jongeren",))
    docs = [jw]
    e = build(docs, taxonomy, thesaurus)
    assert ids(e.search("2", now=NOW)) == []
    assert ids(e.search("welzijnstaak", now=NOW)) == ["jw"]


def test_text_relevance_after_an_empty_build(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    # a catalog that starts empty and fills through writes: the small segments measure length by their own mean,
    # not by the empty build's
    docs = [replace(BASE, id=f"d{k}", description="Hulp bij geldzaken. " * 12) for k in range(20)]
    docs.append(replace(BASE, id="nieuw", name="Rekeningen", description="Hulp bij geldzaken. " * 12))
    e = build([], taxonomy, thesaurus)
    e.upsert_many(docs)
    written = {r.id: r.score for r in e.search("rekeningen", now=NOW).results}
    e.rebuild(docs)
    rebuilt = {r.id: r.score for r in e.search("rekeningen", now=NOW).results}
    assert written["nieuw"] == pytest.approx(rebuilt["nieuw"], abs=2e-3)


def test_place_names_are_not_the_services_own_text(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    from socialekaart.search.index import doc_terms

    doc = replace(BASE, postal_codes=("4849AB", "4849CD"), location_names=("De Pastorie",))
    _tokens, counts, _length = doc_terms(doc, taxonomy, AreaTree(), None)
    assert "4849" not in counts  # found through the token map, but shared by every service there
    assert counts["pastorie"] == 0.5


def test_a_name_typed_from_its_start_comes_first(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    # "vrijw" is more of "vrijwillige" than of "vrijwilligerspunt", but a name is typed from its start: the service
    # whose name begins with the word being typed comes before one where the word stands later in the name
    docs = [
        replace(BASE, id="later", name="Vervoer met vrijwillige chauffeurs", need_codes=()),
        replace(BASE, id="begin", name="Het Vrijwilligerspunt", need_codes=()),  # an article is not where one begins
    ]
    e = build(docs, taxonomy, thesaurus)
    r = e.search("vrijw", now=NOW)
    assert ids(r) == ["begin", "later"]
    assert r.results[0].why[0] == Reason("word", "name", ("Vrijwilligerspunt",), (Detail("begins_with", ("vrijw",)),))
    # the same in a small segment of recent writes
    e.upsert(replace(BASE, id="nieuw", name="Vrijwilligerscentrale", need_codes=()))
    assert ids(e.search("vrijw", now=NOW))[-1] == "later"
    e.weights = replace(e.weights, name_start_prefix=False)
    assert ids(e.search("vrijw", now=NOW))[0] == "later"
    # only for the word being typed: after a space the word is finished and completes as any other
    e.weights = replace(e.weights, name_start_prefix=True)
    assert ids(e.search("vrijw ", now=NOW))[0] == "later"


def test_the_reason_names_the_name_typed_from_its_start(taxonomy: NeedsVocabulary, thesaurus: Thesaurus) -> None:
    # the reason shown is the one that ranked the service: the name typed from its start, not the short alternate
    # name that the prefix covers more of
    doc = replace(BASE, id="x", name="Vrijwilligerscentralekantoor", alternate_name="Vrijw", need_codes=())
    r = build([doc], taxonomy, thesaurus).search("vrijw", now=NOW)
    assert r.results[0].why[0] == Reason(
        "word", "name", ("Vrijwilligerscentralekantoor",), (Detail("begins_with", ("vrijw",)),)
    )
