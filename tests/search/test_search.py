"""Search behaviour: compounds, prefixes while typing, typos, field weights, explanations, no-result handling."""

from __future__ import annotations

from socialekaart.search.documents import NeedsVocabulary, NeedTerm, SearchDocument
from socialekaart.search.engine import SearchEngine, SearchFilters
from socialekaart.search.explain import Detail, Reason
from socialekaart.search.thesaurus import parse_thesaurus
from socialekaart.search.unmatched import UnmatchedCounter
from socialekaart.search.variants import typo_budget, word_variants

from .conftest import NOW, ids


def test_compound_in_catalog_found_by_its_parts(engine: SearchEngine) -> None:
    r = engine.search("schuld hulp verlening", now=NOW)
    assert ids(r)[0] == "s01"
    first = r.results[0].why[0]
    assert (first.kind, first.field, first.words) == ("word", "name", ("Schuldhulpverlening",))


def test_words_written_apart_find_the_compound(engine: SearchEngine) -> None:
    r = engine.search("mantelzorg ondersteuning", now=NOW)
    assert ids(r)[0] == "s05"
    assert r.results[0].why[0] == Reason("word", "name", ("Mantelzorgondersteuning",))


def test_a_name_written_as_one_word_is_found_with_its_function_words(taxonomy, thesaurus, areas) -> None:  # type: ignore[no-untyped-def]
    docs = [
        SearchDocument("one", "oosterhoutvoorelkaar.nl", description="Vraag en aanbod van hulp."),
        SearchDocument("apart", "Den Hout voor Elkaar", description="Burenhulp in Oosterhout."),
    ]
    e = SearchEngine.build(docs, thesaurus, taxonomy, areas)
    r = e.search("oosterhout voor elkaar", now=NOW)
    assert ids(r)[0] == "one"
    first = r.results[0].why[0]
    assert (first.kind, first.field, first.words) == ("word", "name", ("oosterhoutvoorelkaar",))


def test_compound_query_finds_the_parts_in_the_catalog(engine: SearchEngine) -> None:
    # "buurthuis" is not in the catalog; "dorpshuis" is, so a compound query splits to its known parts
    r = engine.search("dorpshuisklip", now=NOW)
    assert ids(r)[:1] == ["s08"]
    assert Detail("parts_of", ("dorpshuisklip",)) in r.results[0].why[0].details


def test_part_of_a_compound_matches(engine: SearchEngine) -> None:
    r = engine.search("hulpverlening ", now=NOW)
    assert ids(r)[0] == "s01"
    assert r.results[0].why[0] == Reason(
        "word", "name", ("Schuldhulpverlening",), (Detail("contains", ("hulp + verlening",)),)
    )


def test_diacritics_and_digits(engine: SearchEngine) -> None:
    assert ids(engine.search("taalcafe", now=NOW))[0] == "s03"
    assert ids(engine.search("TAALCAFÉ", now=NOW))[0] == "s03"
    assert ids(engine.search("2e hands", now=NOW))[0] == "s12"
    assert ids(engine.search("tweedehands", now=NOW))[0] == "s12"


def test_three_letters_give_useful_results_while_typing(engine: SearchEngine) -> None:
    r = engine.search("sch", now=NOW)
    assert set(ids(r)[:2]) == {"s01", "s02"}
    assert Detail("begins_with", ("sch",)) in r.results[0].why[0].details
    assert ids(engine.search("taa", now=NOW))[0] == "s03"
    assert ids(engine.search("voe", now=NOW))[0] == "s09"
    assert ids(engine.search("vo", now=NOW)) == []  # 2 letters: no completion


def test_short_prefix_only_for_the_word_being_typed(engine: SearchEngine) -> None:
    assert ids(engine.search("voe", now=NOW))[0] == "s09"
    assert ids(engine.search("voe ", now=NOW)) == []  # a finished 3-letter word is a word, not a prefix
    assert ids(engine.search("voedselb ", now=NOW))[0] == "s09"  # 5+ letters still complete (compounds)


def test_typos_within_the_length_aware_budget(engine: SearchEngine) -> None:
    r = engine.search("schuldhulpverlenign", now=NOW)  # transposition
    assert ids(r)[0] == "s01"
    assert r.results[0].why[0] == Reason("typo", "name", ("schuldhulpverlenign", "schuldhulpverlening"))
    assert ids(engine.search("voedselbnk", now=NOW))[0] == "s09"
    assert ids(engine.search("kofie", now=NOW))[0] == "s06"
    assert "s06" not in ids(engine.search("kofe ", now=NOW))  # 4 letters: no typo allowed
    assert typo_budget("huur") == 0 and typo_budget("koffie") == 1 and typo_budget("voedselbank") == 2


def test_typo_while_typing_a_prefix(engine: SearchEngine) -> None:
    r = engine.search("voedslb", now=NOW)  # missing letter while typing "voedselbank"
    assert ids(r)[0] == "s09"
    assert r.results[0].why[0] == Reason("typo", "name", ("voedslb", "voedselbank"))


def test_plural_and_singular_variants(engine: SearchEngine) -> None:
    why = engine.search("mantelzorger ", now=NOW).results[0].why
    assert any(d.relation == "form_of" for w in why for d in w.details)
    assert "schulden" in word_variants("schuld") and "schuld" in word_variants("schulden")
    assert "bus" in word_variants("bussen") and "bussen" in word_variants("bus")
    assert "huis" in word_variants("huizen")
    assert "betalen" in word_variants("betaald")  # a past participle finds its verb
    assert "digi" not in word_variants("digid")  # an ending in -id is no participle


def test_field_weights_name_over_need_over_description(taxonomy, thesaurus, areas) -> None:  # type: ignore[no-untyped-def]
    from socialekaart.search.documents import SearchDocument

    docs = [
        SearchDocument("desc", "Inloop De Linde", description="Ook hulp bij formulieren."),
        SearchDocument("name", "Formulieren Spreekuur"),
        SearchDocument("org", "Spreekuur", organization_name="Formulieren Brigade"),
    ]
    e = SearchEngine.build(docs, thesaurus, taxonomy, areas)
    r = e.search("formulieren", now=NOW)
    assert ids(r) == ["name", "org", "desc"]
    assert r.results[0].why == (Reason("word", "name", ("Formulieren",)),)
    assert r.results[2].why == (Reason("word", "description", ("formulieren",)),)


def test_every_result_says_why(engine: SearchEngine) -> None:
    for q in ("rekeningen", "taal", "sch", "eenzaam", "kan de huur niet betalen", "dorst", "4901"):
        r = engine.search(q, now=NOW)
        assert r.results, q
        assert all(res.why for res in r.results), q


def test_location_words_match(engine: SearchEngine) -> None:
    r = engine.search("dorst ", now=NOW)
    assert set(ids(r)) >= {"s02", "s08"}
    assert ids(engine.search("4901", now=NOW)) == ["s01"]


def test_no_result_says_so_and_suggests(engine: SearchEngine, counter: UnmatchedCounter) -> None:
    r = engine.search("voedselbak kofiee", now=NOW)
    assert r.results or r.unmatched  # typo tolerant: may already match
    r = engine.search("voedelbankk", now=NOW)
    assert r.results  # 2 typos allowed for 9+ letters
    r = engine.search("jongerenwrk klubhuis", SearchFilters(area_code="KN0826_DORST"), now=NOW)
    assert r.unmatched and r.results == []
    assert r.filtered_out > 0  # found without the filters: the CLI and the app say how many
    r = engine.search("manteltzorgkafe", now=NOW)
    assert r.unmatched and r.results == []
    assert r.filtered_out == 0 and r.terms
    assert r.suggestions and any("mantelzorg" in s for s in r.suggestions)


def test_unmatched_needs_are_counted_anonymously(engine: SearchEngine, counter: UnmatchedCounter) -> None:
    engine.search("ik zoek een pianoleraar 0612345678", now=NOW)
    engine.search("pianoleraar zoek", now=NOW)
    engine.search("pianoleraar", SearchFilters(area_code="WK082601"), now=NOW)
    counts = counter.snapshot()
    assert counts[("zoek pianoleraar", "")] == 1  # phone number dropped, order kept
    assert counts[("pianoleraar", "WK082601")] == 1
    assert all(not any(ch.isdigit() for ch in words) for words, _ in counts)
    engine.search("taalcafe", now=NOW)
    assert sum(counter.snapshot().values()) == 3  # found needs are not counted


def test_empty_query_with_filters_lists_by_lightness_and_verification(engine: SearchEngine) -> None:
    r = engine.search("", SearchFilters(area_code="KN0826_DORST"), now=NOW)
    assert not r.unmatched
    assert r.results[0].why[0].kind == "no_query"
    order = ids(r)
    # s02 (sociale basis, verified 2024-11) before s08 (brede voorziening, verified 2023) before s07 (niet vrij)
    assert order.index("s02") < order.index("s08") < order.index("s07")


def test_limit(engine: SearchEngine) -> None:
    assert len(engine.search("", limit=3, now=NOW).results) == 3
    assert engine.search("", limit=0, now=NOW).results == []
    assert engine.search("hulp", limit=1, now=NOW).total > 1


def test_response_carries_normalised_terms(engine: SearchEngine) -> None:
    r = engine.search("Mijn MOEDER is dement!", now=NOW)
    assert r.terms == ("moeder", "dement")


def test_a_sentence_of_function_words_only_finds_its_thesaurus_phrase() -> None:
    taxonomy = NeedsVocabulary.from_terms([NeedTerm("vrijwilligerswerk", "Vrijwilligerswerk")])
    th = parse_thesaurus(
        "term,needs,weight,register,note\niets doen voor een ander,vrijwilligerswerk,0.9,lay,\n",
        source="t.csv",
        known_needs=set(taxonomy),
    )
    docs = [
        SearchDocument(id="punt", name="Vrijwilligerspunt", need_codes=("vrijwilligerswerk",)),
        SearchDocument(id="buurthuis", name="Buurthuis"),
    ]
    e = SearchEngine.build(docs, th, taxonomy)
    for q in ("ik wil iets doen voor een ander", "ik wil iets doen voor een ander "):  # typing or finished
        assert ids(e.search(q, now=NOW)) == ["punt"], q
