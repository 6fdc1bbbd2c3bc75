"""The filters a worker chooses, as plain data, and how they become the search engine's filters.

The app's filter bar and the `search` command both describe their filters as a FilterState; `resolve_filters`
turns it into the engine's SearchFilters, reading a postcode or "lat,lon" the one way the search service does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from socialekaart.search.engine import SearchFilters
    from socialekaart.search.service import CatalogSearch

#: The filters by the key of their chip, in chip order.
FILTER_KEYS = ("area", "near", "open_now", "open_on", "free", "target_group", "language", "access")


@dataclass(frozen=True)
class FilterState:
    """Every filter a search can have; the default is "no filter"."""

    area_code: str | None = None
    near_text: str = ""  # a postcode ("4849", "4849 AB") or "lat,lon"; resolved by the search service
    radius_km: float | None = None  # only with near_text: how far from that point (None: any distance, nearest first)
    open_now: bool = False
    open_on: date | None = None  # open at some time on that day
    free_only: bool = False
    target_group: str | None = None
    language: str | None = None
    access_types: tuple[str, ...] = ()  # any of these access types

    def is_empty(self) -> bool:
        return self == FilterState()

    def without(self, key: str) -> FilterState:
        """This state with one filter (a FILTER_KEYS name) removed, as when its chip is closed."""
        changes: dict[str, dict[str, Any]] = {
            "area": {"area_code": None},
            "near": {"near_text": "", "radius_km": None},
            "open_now": {"open_now": False},
            "open_on": {"open_on": None},
            "free": {"free_only": False},
            "target_group": {"target_group": None},
            "language": {"language": None},
            "access": {"access_types": ()},
        }
        return replace(self, **changes[key])

    def active_keys(self) -> list[str]:
        """The filters that are set, in chip order."""
        set_ = {
            "area": bool(self.area_code),
            "near": bool(self.near_text),
            "open_now": self.open_now,
            "open_on": self.open_on is not None,
            "free": self.free_only,
            "target_group": bool(self.target_group),
            "language": bool(self.language),
            "access": bool(self.access_types),
        }
        return [key for key in FILTER_KEYS if set_[key]]

    def to_search_filters(self, near: tuple[float, float] | None = None) -> SearchFilters:
        """The search engine's filters, with `near` the resolved point of near_text (the radius counts only with
        a point). The engine is imported here, not at the top: the app loads it off the UI thread."""
        from socialekaart.search.engine import SearchFilters

        return SearchFilters(
            area_code=self.area_code,
            near=near,
            radius_km=self.radius_km if near is not None else None,
            open_now=self.open_now,
            open_on=self.open_on,
            free_only=self.free_only,
            target_group=self.target_group,
            language=self.language,
            access_types=self.access_types,
        )


def resolve_filters(search: CatalogSearch, state: FilterState) -> SearchFilters:
    """The engine's filters for `state`, its near text read as a point of this catalog.

    Raises search.places.PlaceError (a Dutch reason) when the near text is neither coordinates nor a postcode
    known from the catalog's addresses.
    """
    near = search.resolve_near(state.near_text) if state.near_text else None
    return state.to_search_filters(near)


def find_area(search: CatalogSearch, value: str) -> str | None:
    """The code of the area (kern, wijk, buurt, gemeente) named by its code or by its name, in any case; None if
    the catalog has no such area."""
    tree = search.areas()
    if value in tree:
        return value
    wanted = value.strip().lower()
    for code, node in tree.nodes.items():
        if code.lower() == wanted or (node.name or "").lower() == wanted:
            return str(code)
    return None


def areas_within(search: CatalogSearch, code: str) -> list[str]:
    """The area `code` and every area under it (a kern's wijken and buurten), to show all of it on a map."""
    tree = search.areas()
    if code not in tree:
        return []
    return [code, *(str(c) for c in tree.nodes if code in tree.ancestors(str(c)))]
