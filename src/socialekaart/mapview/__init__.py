"""Qt-free composition of the map page (folium + vendored Leaflet), for the Qt widget and for exports."""

from socialekaart.mapview.page import (
    CBS_ATTRIBUTION,
    SCHEME,
    TILE_SOURCES,
    Coverage,
    Near,
    asset_path,
    compose_map_html,
    content_security_policy,
)

__all__ = [
    "CBS_ATTRIBUTION",
    "SCHEME",
    "TILE_SOURCES",
    "Coverage",
    "Near",
    "asset_path",
    "compose_map_html",
    "content_security_policy",
]
