"""Compound splitting against the catalog's own vocabulary and the curated list of parts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from socialekaart.catalog.store import open_catalog
from socialekaart.search.compounds import CompoundSplitter, load_compound_parts
from socialekaart.search.normalize import normalize_query
from socialekaart.search.service import CatalogSearch

PARTS = frozenset({"schuld", "hulp", "verlening", "mantel", "zorg", "ondersteuning", "taal", "cafe", "centrale"})


def test_split_prefers_fewest_parts_and_expand_gives_all_levels() -> None:
    s = CompoundSplitter(PARTS, [{"hulpverlening", "mantelzorg"}])
    assert s.split("schuldhulpverlening") == ("schuld", "hulpverlening")
    assert set(s.expand("schuldhulpverlening")) == {"schuld", "hulpverlening", "hulp", "verlening"}
    assert s.split("mantelzorgondersteuning") == ("mantelzorg", "ondersteuning")
    assert s.split("taalcafe") == ("taal", "cafe")


def test_linking_s_and_en() -> None:
    s = CompoundSplitter(PARTS, [{"vrijwilliger", "boek", "club"}])
    assert s.split("vrijwilligerscentrale") == ("vrijwilliger", "centrale")
    assert s.split("boekenclub") == ("boek", "club")


def test_words_that_stemmers_break_are_not_split() -> None:
    s = CompoundSplitter(PARTS, [{"gezond", "beleid", "gemeen", "zon"}])
    assert s.split("gezondheid") is None
    assert s.split("begeleiding") is None
    assert s.split("gemeente") is None


def test_short_vocabulary_parts_are_not_used() -> None:
    # "bel" and "eid" are too short to come from the (uncurated) vocabulary
    s = CompoundSplitter(frozenset(), [{"bel", "eid", "leid"}])
    assert s.split("beleid") is None


def test_numbers_and_short_words_are_never_split() -> None:
    s = CompoundSplitter(PARTS, [{"1234"}])
    assert s.split("12341234") is None
    assert s.split("hulp") is None


def test_load_compound_parts_tolerates_bom_comments_and_cp1252(tmp_path: Path) -> None:
    f = tmp_path / "parts.txt"
    f.write_bytes("\ufeff# comment\nschuld\n\nCafé\nhulp  # trailing\n".encode())
    assert load_compound_parts(f) == {"schuld", "cafe", "hulp"}
    g = tmp_path / "parts1252.txt"
    g.write_bytes("café\nzorg\n".encode("cp1252"))
    assert load_compound_parts(g) == {"cafe", "zorg"}


# ---- a compound without a hit of its own is searched by its parts (on the demo catalog) -------------------------


@pytest.fixture(scope="module")
def demo_search(demo_catalog_file: Path) -> Iterator[CatalogSearch]:
    catalog = open_catalog(demo_catalog_file)
    yield CatalogSearch(catalog)
    catalog.close()


@pytest.mark.parametrize(
    ("query", "parts", "need"),
    [
        ("taalmaatjesproject", {"taal", "maatjesproject"}, "buddyzorg"),
        ("boodschappenhulpdienst", {"boodschappenhulp", "dienst"}, "burenhulp"),
        ("eenzaamheidsaanpak", {"eenzaamheid"}, "ontmoeting"),
    ],
)
def test_a_compound_of_known_parts_is_searched_by_its_parts(
    demo_search: CatalogSearch, query: str, parts: set[str], need: str
) -> None:
    for typed in (query, query + " "):  # while typing and finished
        response = demo_search.search(typed, limit=5)
        assert response.results, typed
        assert not response.unmatched
    engine = demo_search.ensure_fresh()
    terms = engine._planner.plan(normalize_query(query + " "), engine.snapshot.segments)
    assert {t.text for t in terms} == parts
    top = demo_search.search(query + " ", limit=5).results
    docs = [engine.get(r.id) for r in top]
    assert any(d is not None and any(need in c for c in d.need_codes) for d in docs)


def test_parts_found_together_keep_the_compound_as_one_word(demo_search: CatalogSearch) -> None:
    engine = demo_search.ensure_fresh()
    (term,) = engine._planner.plan(normalize_query("dorpshuisklip "), engine.snapshot.segments)
    assert term.text == "dorpshuisklip" and term.parts == ("dorpshuis", "klip")


def test_a_word_that_finds_itself_is_not_split(demo_search: CatalogSearch) -> None:
    engine = demo_search.ensure_fresh()
    for word in ("schuldhulpverlening", "mantelzorg", "taalcafe"):
        (term,) = engine._planner.plan(normalize_query(word + " "), engine.snapshot.segments)
        assert term.text == word


def test_in_a_sentence_the_other_words_carry_the_need(demo_search: CatalogSearch) -> None:
    engine = demo_search.ensure_fresh()
    query = normalize_query("mijn moeder is eenzaam en zoekt een taalmaatjesproject ")
    texts = [t.text for t in engine._planner.plan(query, engine.snapshot.segments) if not t.virtual]
    assert "taalmaatjesproject" in texts and "maatjesproject" not in texts
    alone = normalize_query("qqq wwwq en taalmaatjesproject ")  # nothing else found: the parts are searched
    texts = [t.text for t in engine._planner.plan(alone, engine.snapshot.segments)]
    assert "maatjesproject" in texts


def test_heads_of_thesaurus_compounds_are_known_parts() -> None:
    from socialekaart.search.compounds import compound_heads

    # "heid" is too short to be a word of its own; "aanpak" follows the thesaurus word "wijk"
    assert compound_heads(["wijk", "wijkaanpak", "eenzaam", "eenzaamheid", "kan de huur"]) == {"aanpak"}
