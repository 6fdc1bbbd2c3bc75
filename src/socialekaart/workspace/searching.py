"""Running a search for a worker: filters resolved, the hits with what a result list shows of them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
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
    without_filters: int = 0  # no results: how many the same words find without the filters
    nearest_first: bool = False  # the rows are ordered by distance from the near point
    named_area: str | None = None  # an area (kern, wijk, buurt) the question names, not yet the area filter


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    from socialekaart.search.normalize import normalize_query

    return tuple(normalize_query(name).tokens)


#: Which area a question names when a name is both (kern Dorst and wijk Dorst): the broadest, the gemeente never.
_AREA_KIND_ORDER = ("kern", "wijk", "buurt")


def named_area(search: CatalogSearch, query: str) -> str | None:
    """The code of the kern, wijk or buurt whose whole name is among the question's words ("ik woon in Dorst"),
    the longest name first; None when it names none."""
    from socialekaart.search.normalize import normalize_query

    tokens = normalize_query(query).tokens
    if not tokens:
        return None
    found: list[tuple[int, int, str]] = []
    for code, node in search.areas().nodes.items():
        if node.kind not in _AREA_KIND_ORDER or not node.name:
            continue
        words = _name_tokens(node.name)
        n = len(words)
        if n and any(tokens[k : k + n] == words for k in range(len(tokens) - n + 1)):
            found.append((-n, _AREA_KIND_ORDER.index(node.kind), str(code)))
    return min(found)[2] if found else None


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
    nearest_first = filters.near is not None
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
    if nearest_first:
        # Near a postcode the worker looks for what is closest: the relevant results, nearest first (rows without
        # a location last, in their order of relevance).
        rows.sort(key=lambda row: (row.distance_km is None, row.distance_km or 0.0))
    area = named_area(search, query) if query.strip() else None
    return SearchOutcome(
        query=query,
        state=state,
        rows=rows,
        total=max(response.total, len(rows)),
        suggestions=list(response.suggestions),
        unmatched=bool(response.unmatched),
        near_unknown=near_unknown,
        seconds=time.perf_counter() - started,
        without_filters=response.filtered_out if not rows else 0,
        nearest_first=nearest_first,
        named_area=area if area != state.area_code else None,
    )
