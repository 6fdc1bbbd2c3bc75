"""The filters the worker has chosen, as plain data: what the chips show and what the search engine gets."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from socialekaart.search.engine import SearchFilters

FILTER_KEYS = ("area", "near", "open_now", "free", "target_group", "language", "access")


@dataclass(frozen=True)
class FilterState:
    """Every filter of the filter bar; the default is "no filter"."""

    area_code: str | None = None
    near_text: str = ""  # a postcode ("4849", "4849 AB") or "lat,lon"; resolved by the search service
    radius_km: float | None = None  # only with near_text: how far from that point (None: any distance, nearest first)
    open_now: bool = False
    free_only: bool = False
    target_group: str | None = None
    language: str | None = None
    access_type: str | None = None

    def is_empty(self) -> bool:
        return self == FilterState()

    def without(self, key: str) -> FilterState:
        """This state with one filter (a FILTER_KEYS name) removed, as when its chip is closed."""
        changes: dict[str, Any] = {
            "area": {"area_code": None},
            "near": {"near_text": "", "radius_km": None},
            "open_now": {"open_now": False},
            "free": {"free_only": False},
            "target_group": {"target_group": None},
            "language": {"language": None},
            "access": {"access_type": None},
        }[key]
        return replace(self, **changes)

    def active_keys(self) -> list[str]:
        """The filters that are set, in chip order."""
        keys: list[str] = []
        if self.area_code:
            keys.append("area")
        if self.near_text:
            keys.append("near")
        if self.open_now:
            keys.append("open_now")
        if self.free_only:
            keys.append("free")
        if self.target_group:
            keys.append("target_group")
        if self.language:
            keys.append("language")
        if self.access_type:
            keys.append("access")
        return keys

    def to_search_filters(self, near: tuple[float, float] | None = None) -> SearchFilters:
        """The search engine's filters, with `near` the resolved point of near_text (imported lazily: the engine
        is loaded off the UI thread)."""
        from socialekaart.search.engine import SearchFilters

        return SearchFilters(
            area_code=self.area_code,
            near=near,
            radius_km=self.radius_km if near is not None else None,
            open_now=self.open_now,
            free_only=self.free_only,
            target_group=self.target_group,
            language=self.language,
            access_types=(self.access_type,) if self.access_type else (),
        )
