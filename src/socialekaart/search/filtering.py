"""Filtering: the facet filters of a search and the mask of services that pass them, per segment.

Also the distance of every service to a point (for the radius filter and the proximity preference) and the
vectorised opening-hour rules of :mod:`socialekaart.search.opening`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from socialekaart.geo.distance import haversine_km_many
from socialekaart.search.documents import ACCESS_TYPES, AreaTree
from socialekaart.search.index import BoolArray, Segment
from socialekaart.search.opening import is_public_holiday, now_local, to_local
from socialekaart.search.places import valid_point


@dataclass(frozen=True)
class SearchFilters:
    """Facet filters; every field is optional. See docs/search.md for the exact rules."""

    area_code: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    open_now: bool = False
    open_on: date | None = None
    target_group: str | None = None
    free_only: bool = False
    language: str | None = None
    accessibility: bool = False
    wheelchair: bool = False
    access_types: tuple[str, ...] = ()
    need_codes: tuple[str, ...] = ()
    entry_kinds: tuple[str, ...] = ()
    provider_kinds: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == SearchFilters()


def filter_mask(
    seg: Segment,
    dead: BoolArray,
    f: SearchFilters,
    moment: datetime,
    areas: AreaTree,
    descendants: Callable[[str], list[str]],
) -> tuple[BoolArray, npt.NDArray[np.float64] | None]:
    """The live services of a segment that pass the filters, and their distance to ``f.near`` when given."""
    n = seg.size
    mask = ~dead
    dist: npt.NDArray[np.float64] | None = None

    def union(groups: Mapping[str, npt.NDArray[np.int32]], keys: Iterable[str]) -> BoolArray:
        m = np.zeros(n, dtype=bool)
        for k in keys:
            idx = groups.get(k)
            if idx is not None:
                m[idx] = True
        return m

    if f.area_code:
        code = f.area_code.strip()
        m = union(seg.area_docs, [code])
        m |= union(seg.served_exact_docs, areas.ancestors(code))
        mask &= m
    if f.near is not None and ok_point(f.near):
        dist = min_distances(seg, f.near)
        if f.radius_km is not None and math.isfinite(f.radius_km):
            mask &= dist <= max(0.0, f.radius_km)
    if f.open_now:
        mask &= open_at_mask(seg, moment)
    if f.open_on is not None and isinstance(f.open_on, date):
        mask &= open_on_mask(seg, f.open_on)
    if f.target_group:
        tg = f.target_group.strip().lower()
        mask &= union(seg.target_docs, [tg, "iedereen"])
    if f.free_only:
        mask &= seg.free == 1
    if f.language:
        lang = f.language.strip().lower()
        m = union(seg.language_docs, [lang])
        if lang == "nl":
            m |= ~seg.has_languages
        mask &= m
    if f.accessibility:
        mask &= seg.accessibility_any
    if f.wheelchair:
        mask &= seg.wheelchair
    if f.access_types:
        codes = [ACCESS_TYPES.index(a) for a in f.access_types if a in ACCESS_TYPES]  # type: ignore[arg-type]
        mask &= np.isin(seg.access, np.asarray(codes, dtype=np.int8))
    if f.need_codes:
        keys = set(f.need_codes)
        for c in f.need_codes:
            keys.update(descendants(c))
        mask &= union(seg.need_docs, keys)
    if f.entry_kinds:
        mask &= union(seg.entry_kind_docs, f.entry_kinds)
    if f.provider_kinds:
        mask &= union(seg.provider_kind_docs, f.provider_kinds)
    return mask, dist


def safe_moment(now: object) -> datetime:
    """``now`` in Amsterdam time; the current time for anything unusable or at the ends of the calendar."""
    if isinstance(now, datetime):
        try:
            local = to_local(now)
            if date(2, 1, 1) <= local.date() <= date(9998, 12, 31):
                return local
        except (OverflowError, ValueError):
            pass
    return now_local()


def ok_point(p: Any) -> bool:
    """True for a (lat, lon) pair that is a usable point."""
    try:
        return len(p) == 2 and valid_point(float(p[0]), float(p[1]))
    except (TypeError, ValueError):
        return False


def min_distances(seg: Segment, point: tuple[float, float]) -> npt.NDArray[np.float64]:
    """Distance in km from ``point`` to the nearest location of every document (inf without locations)."""
    out = np.full(seg.size, np.inf, dtype=np.float64)
    if len(seg.pt_doc) == 0:
        return out
    d = haversine_km_many(float(point[0]), float(point[1]), seg.pt_lat, seg.pt_lon)
    np.minimum.at(out, seg.pt_doc, d)
    return out


def open_at_mask(seg: Segment, moment: datetime) -> BoolArray:
    """Vectorised :func:`socialekaart.search.opening.is_open_at` (same rules)."""
    out = np.zeros(seg.size, dtype=bool)
    if len(seg.op_doc) == 0:
        return out
    local = to_local(moment)
    today = local.date()
    yesterday = today - timedelta(days=1)
    minute = local.hour * 60 + local.minute
    t_ord, y_ord = today.toordinal(), yesterday.toordinal()
    sel = np.zeros(len(seg.op_doc), dtype=bool)
    if not is_public_holiday(today):
        sel |= (
            (seg.op_wd == today.weekday())
            & (seg.op_start <= minute)
            & (minute < seg.op_end)
            & (seg.op_from <= t_ord)
            & (t_ord <= seg.op_to)
        )
    if not is_public_holiday(yesterday):
        sel |= (
            (seg.op_end > 24 * 60)
            & (seg.op_wd == yesterday.weekday())
            & (minute + 24 * 60 < seg.op_end)
            & (seg.op_from <= y_ord)
            & (y_ord <= seg.op_to)
        )
    out[seg.op_doc[sel]] = True
    return out


def open_on_mask(seg: Segment, day: date) -> BoolArray:
    """Vectorised :func:`socialekaart.search.opening.is_open_on` (same rules)."""
    out = np.zeros(seg.size, dtype=bool)
    if len(seg.op_doc) == 0 or is_public_holiday(day):
        return out
    o = day.toordinal()
    sel = (seg.op_wd == day.weekday()) & (seg.op_from <= o) & (o <= seg.op_to)
    out[seg.op_doc[sel]] = True
    return out
