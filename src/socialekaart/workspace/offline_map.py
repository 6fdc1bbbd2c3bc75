"""Preparing streets for offline use: the gemeente's background tiles fetched once, when online, into a tile store.

Nothing here runs unless the worker asks for it (the app's "Straten offline ophalen", switched on through the online
map setting); the map itself then reads only the local store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from socialekaart.errors import UserFacingError
from socialekaart.mapview.tiles import AVERAGE_TILE_BYTES, Extent, TileStore, tile_count, tiles_for
from socialekaart.progress import Work

if TYPE_CHECKING:
    import httpx

    from socialekaart.catalog.store import Catalog

#: The default source: PDOK's BRT-Achtergrondkaart (Kadaster), open data under CC BY 4.0.
PDOK_BRT_URL = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
PDOK_BRT_ATTRIBUTION = "Achtergrondkaart: BRT-Achtergrondkaart, Kadaster (PDOK), CC BY 4.0"
#: Zoom levels fetched by default: the whole gemeente (10) down to streets with names (16).
DEFAULT_ZOOMS = tuple(range(10, 17))

#: Progress steps of fetching (the app and the CLI word them).
STEP_FETCH = "tiles-fetch"


class TileSourceError(UserFacingError):
    """The tile source is unusable (a bad URL template, a server that refuses)."""


@dataclass(frozen=True)
class TileSourceConfig:
    """Where background tiles come from: an XYZ URL template ({z}, {x}, {y}) over http(s), and its attribution."""

    url: str = PDOK_BRT_URL
    attribution: str = PDOK_BRT_ATTRIBUTION

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def check(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise TileSourceError(f"De bron van de achtergrondkaart is geen http(s)-adres: {self.url}")
        if not all(key in self.url for key in ("{z}", "{x}", "{y}")):
            raise TileSourceError(f"De bron van de achtergrondkaart mist {{z}}, {{x}} of {{y}}: {self.url}")

    def tile_url(self, z: int, x: int, y: int) -> str:
        return self.url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))


@dataclass(frozen=True)
class OfflineMapPlan:
    """What fetching would take: the extent, the zoom levels, how many tiles (and how many are already stored)."""

    extent: Extent
    zooms: tuple[int, ...]
    tiles: int
    stored: int

    @property
    def estimated_bytes(self) -> int:
        return max(0, self.tiles - self.stored) * AVERAGE_TILE_BYTES


@dataclass(frozen=True)
class OfflineMapResult:
    fetched: int
    skipped: int
    failed: int
    stored: int


def _fetch_one(http: httpx.Client, source: TileSourceConfig, store: TileStore, z: int, x: int, y: int) -> bool:
    import httpx

    try:
        response = http.get(source.tile_url(z, x, y))
    except httpx.HTTPError as exc:
        raise TileSourceError(f"De achtergrondkaart is niet bereikbaar ({source.host}): {exc}") from exc
    if response.status_code != 200 or not response.content:
        return False
    store.put(z, x, y, response.content)
    return True


def tile_store_path(catalog_path: Path) -> Path:
    """The tile store that belongs to a catalog file: beside it, with the same name."""
    return catalog_path.with_name(catalog_path.stem + ".tiles.mbtiles")


def gemeente_extent(catalog: Catalog) -> Extent | None:
    """The box around the catalog's wijken and buurten (None when it has no boundaries)."""
    from socialekaart.mapview.mapdata import areas_feature_collection

    points: list[tuple[float, float]] = []

    def walk(coords: object) -> None:
        if isinstance(coords, (list, tuple)) and len(coords) == 2 and all(isinstance(c, float) for c in coords):
            points.append((float(coords[1]), float(coords[0])))  # GeoJSON is (lon, lat)
        elif isinstance(coords, (list, tuple)):
            for item in coords:
                walk(item)

    for feature in areas_feature_collection(catalog)["features"]:
        walk(feature["geometry"]["coordinates"])
    return Extent.around(points)


def plan_offline_map(
    catalog: Catalog, store_path: Path, zooms: tuple[int, ...] = DEFAULT_ZOOMS
) -> OfflineMapPlan | None:
    """How many tiles the gemeente needs at `zooms`, and how many of them the store already holds."""
    extent = gemeente_extent(catalog)
    if extent is None:
        return None
    stored = 0
    if store_path.exists():
        with TileStore(store_path) as store:
            stored = sum(1 for z, x, y in tiles_for(extent, zooms) if store.has(z, x, y))
    return OfflineMapPlan(extent, zooms, tile_count(extent, zooms), stored)


def fetch_offline_map(
    plan: OfflineMapPlan,
    store_path: Path,
    source: TileSourceConfig,
    work: Work | None = None,
    *,
    client: httpx.Client | None = None,
) -> OfflineMapResult:
    """Fetch the plan's missing tiles from `source` into the store (made when absent); stops at `work.cancel` with
    what it has kept. Tiles already stored are not fetched again, so a cancelled run goes on where it stopped."""
    import httpx

    source.check()
    work = work or Work()
    own = client is None
    http = client or httpx.Client(timeout=20.0, headers={"User-Agent": "SocialeKaart (offline map)"})
    fetched = skipped = failed = 0
    try:
        with TileStore(store_path, create=True) as store:
            store.set_metadata(
                {
                    "name": "Sociale Kaart achtergrondkaart",
                    "format": "png",
                    "attribution": source.attribution,
                    "source": source.url,
                    "minzoom": str(min(plan.zooms)),
                    "maxzoom": str(max(plan.zooms)),
                    "bounds": f"{plan.extent.west},{plan.extent.south},{plan.extent.east},{plan.extent.north}",
                }
            )
            try:
                for done, (z, x, y) in enumerate(tiles_for(plan.extent, plan.zooms), start=1):
                    work.cancel.raise_if_cancelled()
                    if store.has(z, x, y):
                        skipped += 1
                    elif _fetch_one(http, source, store, z, x, y):
                        fetched += 1
                    else:
                        failed += 1
                    if done % 50 == 0:
                        store.commit()
                    work.step(STEP_FETCH, done, plan.tiles)
            finally:
                store.commit()  # what is fetched stays, also when cancelled or failed
            stored = store.count()
    finally:
        if own:
            http.close()
    return OfflineMapResult(fetched, skipped, failed, stored)
