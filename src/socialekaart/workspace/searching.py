"""Running a search for a worker: filters resolved, the hits with what a result list shows of them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from socialekaart.progress import Work
from socialekaart.workspace.filters import FilterState, resolve_filters

if TYPE_CHECKING:  # the search package (numpy and all) loads only when the first search runs
    from socialekaart.search.explain import Reason
    from socialekaart.search.service import CatalogSearch

#: Most results asked from the engine: enough to scroll, few enough to paint at once.
RESULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One hit as a result list shows it: the engine's fields plus the catalog's card fields."""

    id: str
    name: str
    organization: str = ""
    access_type: str | None = None
    free_of_charge: bool | None = None
    distance_km: float | None = None
    open_now: bool | None = None
    why: tuple[Reason, ...] = ()  # why it was found, as data; worded by ui.labels and cli.wording
    score: float = 0.0
    last_verified: date | None = None  # when a person last checked the entry (None: never)


@dataclass(frozen=True)
class SearchOutcome:
    """What one search produced."""

    query: str
    state: FilterState
    rows: list[ResultRow]
    total: int = 0
    suggestions: list[str] = field(default_factory=list)
    unmatched: bool = False
    near_unknown: bool = False  # the near text named no known place: searched without it
    seconds: float = 0.0


def run_search(
    search: CatalogSearch,
    query: str,
    state: FilterState,
    work: Work | None = None,
    *,
    limit: int = RESULT_LIMIT,
    record_unmatched: bool = False,
    now: datetime | None = None,
) -> SearchOutcome:
    """Search and fill in the result cards from the index (no catalog read; may be slow: the app runs it on a
    worker). A near text that names no known place is left out of the search and reported in the outcome."""
    from socialekaart.search.places import PlaceError

    work = work or Work()
    started = time.perf_counter()
    near_unknown = False
    try:
        filters = resolve_filters(search, state)
    except PlaceError:
        filters = state.to_search_filters(None)
        near_unknown = True
    work.cancel.raise_if_cancelled()
    response = search.search(query, filters, limit=limit, now=now, record_unmatched=record_unmatched)
    work.cancel.raise_if_cancelled()
    rows = []
    for r in response.results:
        doc = search.document(r.id)  # the index already holds what a row shows: no catalog read
        rows.append(
            ResultRow(
                id=r.id,
                name=r.name,
                organization=doc.organization_name if doc else "",
                access_type=doc.access_type if doc else None,
                free_of_charge=doc.free_of_charge if doc else None,
                distance_km=r.distance_km,
                open_now=r.open_now,
                why=tuple(r.why),
                score=r.score,
                last_verified=doc.last_verified if doc else None,
            )
        )
    return SearchOutcome(
        query=query,
        state=state,
        rows=rows,
        total=max(response.total, len(rows)),
        suggestions=list(response.suggestions),
        unmatched=bool(response.unmatched),
        near_unknown=near_unknown,
        seconds=time.perf_counter() - started,
    )
