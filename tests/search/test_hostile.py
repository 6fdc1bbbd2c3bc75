"""Hostile input never crashes and never reaches SQLite (the engine has no SQL at all)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialekaart.search.engine import SearchEngine, SearchFilters, SearchResponse

from .conftest import NOW

HOSTILE = [
    "",
    " ",
    "\t\n\r",
    "a" * 10_000,
    "schulden " * 2_000,
    " ".join(f"w{i}" for i in range(5_000)),
    '"*():',
    'hulp" OR "1"="1',
    "'; DROP TABLE service; --",
    "schuld* NEAR(hulp verlening, 3)",
    "taal AND cafe NOT -koffie ^2 {name}: [x]",
    "\x00\x01\x02\x1b[31m\x7f",
    "\u200b\u200d\ufeff\u202e",
    "🙂🙂 hulp 🙂",
    "\ud800 losse surrogaat",
    "مساعدة الديون",
    "Ω≈ç√∫˜µ≤≥÷",
    "%s %d {0} ${x} <script>alert(1)</script>",
    "../../etc/passwd",
    "-",
    "''''",
    "ij IJ ĳ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries(engine: SearchEngine, query: str) -> None:
    r = engine.search(query, now=NOW)
    assert isinstance(r, SearchResponse)
    assert len(r.terms) <= 12
    r2 = engine.search(query, SearchFilters(area_code="KN0826_DORST", open_now=True, free_only=True), now=NOW)
    assert isinstance(r2, SearchResponse)


def test_long_query_is_truncated_and_still_finds(engine: SearchEngine) -> None:
    r = engine.search("schulden " * 2_000)
    assert r.truncated and r.results


@pytest.mark.parametrize("value", [None, 12, 3.5, b"schulden", ["schulden"], object()])
def test_non_string_queries(engine: SearchEngine, value: object) -> None:
    assert isinstance(engine.search(value, now=NOW), SearchResponse)  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [-5, 0, 10**9, "20", None])
def test_odd_limits(engine: SearchEngine, limit: object) -> None:
    response = engine.search("hulp", limit=limit, now=NOW)  # type: ignore[arg-type]
    assert isinstance(response.results, list) and len(response.results) <= 1000


def test_odd_now_and_filters(engine: SearchEngine) -> None:
    plain = engine.search("hulp", None, now=None)
    assert plain.results, "an ordinary word must still find something"
    odd = engine.search("hulp", "not filters", now="gisteren")  # type: ignore[arg-type]
    assert [r.id for r in odd.results] == [r.id for r in plain.results]
    responses = [
        engine.search("hulp", SearchFilters(open_now=True), now=datetime(1, 1, 1, 0, 0)),
        engine.search("hulp", SearchFilters(open_on=date(9999, 12, 31)), now=datetime(9999, 12, 31, 12)),
        engine.search("", SearchFilters(near=("a", "b"), radius_km=1.0), now=NOW),  # type: ignore[arg-type]
    ]
    assert all(isinstance(r.results, list) for r in responses)


def test_empty_engine(taxonomy, thesaurus) -> None:  # type: ignore[no-untyped-def]
    e = SearchEngine.build([], thesaurus, taxonomy)
    for q in ("", "schulden", "sch", "eenzaamheit", '"*():'):
        r = e.search(q, SearchFilters(area_code="X"), now=NOW)
        assert r.results == []
    assert SearchEngine().search("pianoles", now=NOW).unmatched
    empty = SearchEngine().search("", now=NOW)
    assert empty.unmatched and empty.results == [] and empty.terms == ()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text(engine: SearchEngine, query: str) -> None:
    r = engine.search(query, now=NOW)
    assert all(res.why for res in r.results)
