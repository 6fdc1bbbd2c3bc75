"""Compound splitting against the catalog's own vocabulary and the curated list of parts."""

from __future__ import annotations

from pathlib import Path

from socialekaart.search.compounds import CompoundSplitter, load_compound_parts

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
