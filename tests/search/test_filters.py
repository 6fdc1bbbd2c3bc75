"""Every filter, including the area rule on the area tree."""

from __future__ import annotations

import pytest

from socialekaart.search.engine import SearchEngine, SearchFilters
from socialekaart.search.explain import Reason

from .conftest import CENTRUM, DORST, NOW, ids


def listed(engine: SearchEngine, **kw: object) -> set[str]:
    return set(ids(engine.search("", SearchFilters(**kw), limit=100, now=NOW)))  # type: ignore[arg-type]


def test_area_kern_includes_its_wijken_buurten_and_services_for_the_whole_gemeente(engine: SearchEngine) -> None:
    # located in Dorst: s02, s08; serving the whole gemeente: s01 (located in Centrum), s07 (no location)
    assert listed(engine, area_code="KN0826_DORST") == {"s02", "s08", "s01", "s07"}


def test_area_kern_includes_services_serving_one_of_its_wijken(engine: SearchEngine) -> None:
    got = listed(engine, area_code="KN0826_OOSTERHOUT")
    assert "s10" in got  # serves wijk Dommelbergen (in kern Oosterhout), has no location
    assert {"s01", "s03", "s04", "s05", "s06", "s09", "s12", "s07"} <= got
    assert not got & {"s02", "s08", "s11"}


def test_area_buurt_includes_services_serving_its_wijk_and_kern(engine: SearchEngine) -> None:
    got = listed(engine, area_code="BU08260201")  # buurt Dommelbergen
    assert got == {"s03", "s10", "s05", "s01", "s07"}  # located; serves wijk; serves kern; serves gemeente ×2


def test_area_wijk_and_gemeente(engine: SearchEngine) -> None:
    assert listed(engine, area_code="WK082604") == {"s11", "s01", "s07"}
    assert len(listed(engine, area_code="GM0826")) == 12


def test_area_unknown_code_gives_nothing(engine: SearchEngine) -> None:
    assert listed(engine, area_code="BU99999999") == set()
    r = engine.search("", SearchFilters(area_code="BU99999999"), now=NOW)
    assert r.unmatched and r.results == [] and r.filtered_out == 0


def test_area_explanation_and_preference_for_located_over_serving(engine: SearchEngine) -> None:
    r = engine.search("schulden", SearchFilters(area_code="KN0826_DORST"), now=NOW)
    assert ids(r)[0] == "s02"
    assert Reason("area_in", words=("Dorst",)) in r.results[0].why
    s01 = next(x for x in r.results if x.id == "s01")
    assert Reason("area_for", words=("Oosterhout",)) in s01.why


def test_near_with_radius_and_distance(engine: SearchEngine) -> None:
    r = engine.search("", SearchFilters(near=DORST, radius_km=1.0), limit=50, now=NOW)
    assert set(ids(r)) == {"s02", "s08"}
    assert all(x.distance_km is not None and x.distance_km <= 1.0 for x in r.results)
    assert any(w.kind == "distance" and w.km == r.results[0].distance_km for w in r.results[0].why)
    # without radius: nothing excluded, nearest first among equally good matches
    r = engine.search("schulden", SearchFilters(near=DORST), now=NOW)
    assert ids(r)[:2] == ["s02", "s01"]
    assert r.results[0].distance_km is not None and r.results[0].distance_km < r.results[1].distance_km  # type: ignore[operator]


def test_near_sorts_equal_matches_by_distance(engine: SearchEngine) -> None:
    near_centrum = ids(engine.search("schuld", SearchFilters(near=CENTRUM), now=NOW))
    near_dorst = ids(engine.search("schuld", SearchFilters(near=DORST), now=NOW))
    assert near_centrum.index("s01") < near_centrum.index("s02") or near_dorst.index("s02") < near_dorst.index("s01")
    assert near_dorst[0] == "s02"


def test_target_group_includes_services_for_everyone(engine: SearchEngine) -> None:
    assert listed(engine, target_group="mantelzorgers") == {"s04", "s05", "s06"}
    assert listed(engine, target_group="jongeren") == {"s11", "s06"}


def test_free_only(engine: SearchEngine) -> None:
    got = listed(engine, free_only=True)
    assert "s06" not in got and "s07" not in got  # not free / unknown
    assert {"s01", "s02", "s03", "s04", "s05", "s09", "s10"} == got


def test_language_dutch_is_assumed_when_unknown(engine: SearchEngine) -> None:
    assert listed(engine, language="ar") == {"s01"}
    assert listed(engine, language="EN") == {"s11"}
    assert "s02" in listed(engine, language="nl")


def test_accessibility_and_wheelchair(engine: SearchEngine) -> None:
    assert listed(engine, accessibility=True) == {"s01", "s03"}
    assert listed(engine, wheelchair=True) == {"s01", "s03"}


def test_access_types(engine: SearchEngine) -> None:
    assert listed(engine, access_types=("niet_vrij_toegankelijk",)) == {"s07"}
    assert listed(engine, access_types=("sociale_basis", "brede_voorziening")) == {
        "s02",
        "s03",
        "s06",
        "s08",
        "s10",
        "s12",
    }
    assert listed(engine, access_types=("onzin",)) == set()


def test_need_codes_include_narrower_needs(engine: SearchEngine) -> None:
    assert listed(engine, need_codes=("dementie",)) == {"s04"}
    assert "s09" in listed(engine, need_codes=("praktisch",))


def test_entry_and_provider_kinds(engine: SearchEngine) -> None:
    assert listed(engine, entry_kinds=("activiteit",)) == {"s03"}
    assert listed(engine, provider_kinds=("vrijwilliger",)) == {"s02", "s03"}


def test_filters_combine(engine: SearchEngine) -> None:
    got = listed(engine, area_code="KN0826_OOSTERHOUT", free_only=True, language="nl", accessibility=True)
    assert got == {"s01", "s03"}


@pytest.mark.parametrize(
    "filters",
    [
        SearchFilters(near=(float("nan"), 4.0), radius_km=2.0),
        SearchFilters(near=(200.0, 4.0)),
        SearchFilters(near=DORST, radius_km=-3.0),
        SearchFilters(near=DORST, radius_km=float("inf")),
        SearchFilters(area_code="  "),
        SearchFilters(target_group=""),
        SearchFilters(language="'; DROP TABLE service; --"),
    ],
)
def test_odd_filter_values_never_raise(engine: SearchEngine, filters: SearchFilters) -> None:
    response = engine.search("hulp", filters, now=NOW)
    assert isinstance(response.results, list) and len(response.results) <= 20
