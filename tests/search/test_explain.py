"""Reasons are data: every kind, field and relation comes from the declared vocabularies, never from prose."""

from __future__ import annotations

from datetime import date

from socialekaart.search.engine import SearchEngine, SearchFilters
from socialekaart.search.explain import DETAIL_RELATIONS, REASON_KINDS
from socialekaart.search.index import FIELD_KEYS

from .conftest import DORST, NOW

QUERIES = (
    "",
    "sch",
    "schuld hulp verlening",
    "hulpverlening ",
    "rekeningen",
    "kan de huur niet betalen",
    "eenzaamheit",
    "voedslb",
    "mantelzorger ",
    "mn moeder is dement en ik ben op",
    "dorpshuisklip",
    "taal",
)
FILTERS = (
    None,
    SearchFilters(area_code="KN0826_DORST"),
    SearchFilters(near=DORST, open_now=True, open_on=date(2025, 3, 4)),
)


def test_every_reason_is_declared_data(engine: SearchEngine) -> None:
    kinds: set[str] = set()
    for f in FILTERS:
        for q in QUERIES:
            for result in engine.search(q, f, now=NOW).results:
                assert result.why, q
                for reason in result.why:
                    kinds.add(reason.kind)
                    assert reason.kind in REASON_KINDS
                    assert reason.field in (*FIELD_KEYS, "")
                    assert all(d.relation in DETAIL_RELATIONS and d.items for d in reason.details)
                    assert all(len(d.items) <= 3 for d in reason.details)
    assert {"no_query", "word", "typo", "need", "area_in", "distance", "open_now", "open_on"} <= kinds


def test_merged_reasons_name_a_need_once(engine: SearchEngine) -> None:
    r = engine.search("mn moeder is dement en ik ben op", now=NOW)
    for result in r.results:
        keys = [(w.kind, w.field, w.words) for w in result.why]
        assert len(keys) == len(set(keys))
