"""Filters as plain data, and their reading into the engine's filters (postcode, area by name) on a real catalog."""

from __future__ import annotations

from datetime import date

import pytest

from socialekaart.search.places import PlaceError
from socialekaart.workspace.filters import FILTER_KEYS, FilterState, find_area, resolve_filters
from socialekaart.workspace.session import CatalogSession


def test_filter_state_helpers() -> None:
    state = FilterState(area_code="X", near_text="4849", open_now=True, free_only=True, language="ar")
    assert state.active_keys() == ["area", "near", "open_now", "free", "language"]
    assert state.without("near").near_text == ""
    assert state.without("area").area_code is None
    filters = state.to_search_filters((51.6, 4.86))
    assert filters.near == (51.6, 4.86) and filters.free_only and filters.language == "ar"
    assert FilterState(access_types=("sociale_basis",)).to_search_filters().access_types == ("sociale_basis",)


def test_every_filter_has_a_key_and_can_be_removed() -> None:
    state = FilterState(
        area_code="X",
        near_text="4849",
        radius_km=2.0,
        open_now=True,
        open_on=date(2026, 1, 5),
        free_only=True,
        target_group="ouderen",
        language="ar",
        access_types=("vrij_toegankelijk", "sociale_basis"),
    )
    assert state.active_keys() == list(FILTER_KEYS)
    for key in FILTER_KEYS:
        assert key not in state.without(key).active_keys()
    emptied = state
    for key in FILTER_KEYS:
        emptied = emptied.without(key)
    assert emptied.is_empty()


def test_radius_counts_only_with_a_point() -> None:
    state = FilterState(near_text="4849", radius_km=3.0, open_on=date(2026, 1, 5))
    assert state.to_search_filters(None).radius_km is None
    filters = state.to_search_filters((51.6, 4.86))
    assert filters.radius_km == 3.0 and filters.open_on == date(2026, 1, 5)


def test_resolve_filters_reads_postcodes_and_coordinates(demo_session: CatalogSession) -> None:
    filters = resolve_filters(demo_session.search, FilterState(near_text="4849", radius_km=2.0))
    assert filters.near is not None and filters.radius_km == 2.0
    assert resolve_filters(demo_session.search, FilterState(near_text="51.64,4.86")).near == (51.64, 4.86)
    assert resolve_filters(demo_session.search, FilterState()).near is None
    with pytest.raises(PlaceError, match="9999"):
        resolve_filters(demo_session.search, FilterState(near_text="9999"))
    with pytest.raises(PlaceError):
        resolve_filters(demo_session.search, FilterState(near_text="nergens"))


def test_find_area_by_code_or_name(demo_session: CatalogSession) -> None:
    search = demo_session.search
    assert find_area(search, "KN0826_DORST") == "KN0826_DORST"
    assert find_area(search, "Dorst") == "KN0826_DORST"
    assert find_area(search, " dorst ") == "KN0826_DORST"
    assert find_area(search, "kn0826_dorst") == "KN0826_DORST"
    assert find_area(search, "Atlantis") is None


def test_areas_within_a_kern_are_its_wijken_and_buurten(demo_session: CatalogSession) -> None:
    from socialekaart.workspace.filters import areas_within

    tree = demo_session.search.areas()
    within = areas_within(demo_session.search, "KN0826_DORST")
    assert within[0] == "KN0826_DORST"
    assert any(tree.nodes[c].kind == "wijk" for c in within) and any(tree.nodes[c].kind == "buurt" for c in within)
    assert all("KN0826_DORST" in tree.ancestors(c) for c in within[1:])
    assert areas_within(demo_session.search, "BU99999999") == []
