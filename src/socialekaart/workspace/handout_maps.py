"""The small buurt map of each handout entry, composed as an offline map page (no tiles; the app renders it)."""

from __future__ import annotations

from socialekaart.catalog.store import Catalog
from socialekaart.mapview.mapdata import areas_feature_collection, markers_feature_collection, service_markers
from socialekaart.mapview.page import compose_map_html
from socialekaart.workspace.handout import Handout, HandoutEntry

#: Pixel size a map is rendered at (twice the size it is printed at, for sharp print).
MAP_WIDTH = 720
MAP_HEIGHT = 400


def entry_map_page(catalog: Catalog, entry: HandoutEntry) -> str | None:
    """The map page of the entry's wijk with its places, for the Qt renderer (skmap:// assets, bridge on); None
    when the entry has no place on the map or the catalog has no boundaries for its wijk."""
    if entry.map_area is None:
        return None
    markers = service_markers(catalog, service_ids=[entry.service_id])
    if not markers:
        return None
    areas = areas_feature_collection(catalog, within=entry.map_area)
    if not areas["features"]:
        return None
    return compose_map_html(areas, markers_feature_collection(markers), bridge=True, title=entry.name)


def handout_map_pages(catalog: Catalog, handout: Handout) -> dict[str, str]:
    """Service id → map page, for the entries that have one."""
    pages = {}
    for entry in handout.entries:
        page = entry_map_page(catalog, entry)
        if page is not None:
            pages[entry.service_id] = page
    return pages
