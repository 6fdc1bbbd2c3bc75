"""Running a search on the demo catalog: rows with their card fields, filters, an unknown postcode, cancelling."""

from __future__ import annotations

import pytest

from socialekaart.progress import Cancelled, CancelToken, Work
from socialekaart.workspace.filters import FilterState
from socialekaart.workspace.searching import RESULT_LIMIT, run_search
from socialekaart.workspace.session import CatalogSession


def test_rows_carry_the_card_fields(demo_session: CatalogSession) -> None:
    outcome = run_search(demo_session.search, "schuldhulp", FilterState())
    assert outcome.rows and outcome.total >= len(outcome.rows) and not outcome.unmatched
    assert outcome.query == "schuldhulp" and outcome.state == FilterState()
    scores = [row.score for row in outcome.rows]
    assert scores == sorted(scores, reverse=True)
    first = outcome.rows[0]
    document = demo_session.search.document(first.id)
    assert document is not None
    assert (first.organization, first.access_type, first.free_of_charge) == (
        document.organization_name,
        document.access_type,
        document.free_of_charge,
    )
    assert first.why  # the engine's reasons come along, as it gives them
    assert outcome.seconds > 0


def test_filters_and_limit(demo_session: CatalogSession) -> None:
    everything = run_search(demo_session.search, "", FilterState())
    assert len(everything.rows) == min(RESULT_LIMIT, everything.total)
    free = run_search(demo_session.search, "", FilterState(free_only=True), limit=20)
    assert 0 < len(free.rows) <= 20 and all(row.free_of_charge for row in free.rows)
    near = run_search(demo_session.search, "koffie", FilterState(near_text="4849", radius_km=3.0))
    assert near.rows and all(r.distance_km is not None and r.distance_km <= 3.0 for r in near.rows)
    assert not near.near_unknown


def test_unknown_postcode_is_left_out_and_reported(demo_session: CatalogSession) -> None:
    outcome = run_search(demo_session.search, "koffie", FilterState(near_text="9999", radius_km=1.0))
    assert outcome.near_unknown
    assert outcome.rows and all(row.distance_km is None for row in outcome.rows)


def test_nothing_found_gives_suggestions(demo_session: CatalogSession) -> None:
    outcome = run_search(demo_session.search, "schuldhulpp", FilterState(), record_unmatched=False)
    assert outcome.rows or outcome.suggestions
    none = run_search(demo_session.search, "xqzwv", FilterState())
    assert none.rows == [] and none.unmatched


def test_a_cancelled_search_stops(demo_session: CatalogSession) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_search(demo_session.search, "schuldhulp", FilterState(), Work(cancel=token))


@pytest.mark.parametrize(
    ("query", "state"),
    [
        ("ik zit de hele dag alleen", FilterState(area_code="BU08260001", free_only=True, open_now=True)),
        ("schulden", FilterState(target_group="jongeren", language="ar")),
        ("vervoer", FilterState(language="ar")),
    ],
)
def test_no_results_counts_what_the_words_find_without_filters(
    demo_session: CatalogSession, query: str, state: FilterState
) -> None:
    filtered = run_search(demo_session.search, query, state)
    unfiltered = run_search(demo_session.search, query, FilterState())
    assert not filtered.rows  # the cases are chosen to find nothing in the demo catalog
    assert filtered.without_filters == unfiltered.total > 0


def test_near_a_postcode_the_rows_are_nearest_first(demo_session: CatalogSession) -> None:
    outcome = run_search(demo_session.search, "", FilterState(near_text="4849AA"))
    assert outcome.nearest_first
    distances = [row.distance_km for row in outcome.rows if row.distance_km is not None]
    assert len(distances) > 10 and distances == sorted(distances)
    located = [row.distance_km is not None for row in outcome.rows]
    assert located == sorted(located, reverse=True)  # rows without a location come last
    with_words = run_search(demo_session.search, "ontmoeting", FilterState(near_text="4849AA"))
    shown = [row.distance_km for row in with_words.rows if row.distance_km is not None]
    assert shown == sorted(shown)


def test_a_place_named_in_the_question_is_offered_as_the_area(demo_session: CatalogSession) -> None:
    outcome = run_search(demo_session.search, "ik zit de hele dag alleen, ik woon in Dorst", FilterState())
    assert outcome.named_area == "KN0826_DORST"
    chosen = run_search(
        demo_session.search, "ik zit de hele dag alleen, ik woon in Dorst", FilterState(area_code="KN0826_DORST")
    )
    assert chosen.named_area is None  # already the filter: nothing to offer
    assert run_search(demo_session.search, "eenzaam", FilterState()).named_area is None
