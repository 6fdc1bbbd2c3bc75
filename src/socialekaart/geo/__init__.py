"""Geography without database or Qt: CBS wijk/buurt boundaries, point-in-area lookup and distances."""

from socialekaart.geo.boundaries import (
    AreaFeature,
    AreaKind,
    BoundaryFileError,
    area_kind,
    label_point,
    parent_code,
    read_cbs_boundaries,
)
from socialekaart.geo.distance import haversine_km, haversine_km_many
from socialekaart.geo.locate import AreaLocator

__all__ = [
    "AreaFeature",
    "AreaKind",
    "AreaLocator",
    "BoundaryFileError",
    "area_kind",
    "haversine_km",
    "haversine_km_many",
    "label_point",
    "parent_code",
    "read_cbs_boundaries",
]
