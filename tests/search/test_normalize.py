"""Normalisation for Dutch: folding, apostrophes, hyphens, digits, stop words, query truncation."""

from __future__ import annotations

import pytest

from socialekaart.search.normalize import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TOKENS,
    STOP_WORDS,
    content_tokens,
    fold,
    normalize_query,
    tokenize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Café", "cafe"),
        ("cliënt", "client"),
        ("Cliëntondersteuning", "clientondersteuning"),
        ("geënt", "geent"),
        ("ÇA VA", "ca va"),
        ("ĳsbaan", "ijsbaan"),
        ("Straße", "strasse"),
        ("Ørsted", "orsted"),
    ],
)
def test_fold_case_and_diacritics(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_drops_control_characters() -> None:
    assert tokenize("hulp\x00bij\x1bschulden\u200b!") == ["hulp", "bij", "schulden"]


def test_apostrophes_inside_a_word_join_and_elsewhere_split() -> None:
    assert tokenize("m'n auto's en café’s") == ["mn", "autos", "en", "cafes"]
    assert tokenize("'s-Hertogenbosch") == ["s", "hertogenbosch"]
    assert tokenize("'t Anker") == ["t", "anker"]


def test_hyphens_and_punctuation_split() -> None:
    assert tokenize("Mantelzorg-ondersteuning") == ["mantelzorg", "ondersteuning"]
    assert tokenize("Koffie–inloop/ontmoeting (gratis)") == ["koffie", "inloop", "ontmoeting", "gratis"]


def test_digits_ordinals_and_numbers() -> None:
    assert tokenize("2e hands") == ["tweede", "hands"]
    assert tokenize("1ste hulp, 3de leeftijd") == ["eerste", "hulp", "derde", "leeftijd"]
    assert tokenize("24uur per dag, 65plus") == ["24", "uur", "per", "dag", "65", "plus"]
    assert tokenize("4849 AB") == ["4849", "ab"]


def test_stop_words_removed_but_content_words_kept() -> None:
    assert content_tokens("ik kan de huur niet betalen") == ["huur", "betalen"]
    assert content_tokens("mn moeder is dement en ik ben op") == ["moeder", "dement"]
    assert content_tokens("ik zit de hele dag alleen") == ["zit", "hele", "dag", "alleen"]
    for word in ("alleen", "thuis", "hulp", "zorg", "geld", "eenzaam"):
        assert word not in STOP_WORDS


def test_query_prefix_state() -> None:
    typing = normalize_query("schuldh")
    assert typing.terms == ("schuldh",) and typing.prefix
    done = normalize_query("schuldhulp ")
    assert not done.prefix
    stop_last = normalize_query("hulp bij")
    assert stop_last.terms == ("hulp",) and stop_last.optional_prefix == "bij" and not stop_last.prefix


def test_query_deduplicates_terms() -> None:
    assert normalize_query("hulp hulp HULP").terms == ("hulp",)


def test_long_query_is_truncated_at_a_word_boundary() -> None:
    q = normalize_query("schulden " * 2000)
    assert q.truncated
    assert len(q.raw) <= MAX_QUERY_CHARS
    assert q.terms == ("schulden",)
    many = normalize_query(" ".join(f"woord{chr(97 + i % 26)}{i}" for i in range(100)))
    assert len(many.terms) <= MAX_QUERY_TOKENS


def test_token_length_is_capped() -> None:
    assert all(len(t) <= 40 for t in tokenize("a" * 10_000))


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"]])
def test_non_string_query_is_empty(value: object) -> None:
    assert normalize_query(value).terms == ()
