"""The `map` command: export the map (wijken, buurten, services, coverage) as offline HTML or as a PNG image."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from socialekaart.catalog.store import Catalog
from socialekaart.cli.common import open_from_args
from socialekaart.cli.output import CliError
from socialekaart.mapview.mapdata import (
    MapMarker,
    areas_feature_collection,
    coverage_counts,
    is_area_code,
    markers_feature_collection,
    need_label,
    service_markers,
)
from socialekaart.mapview.page import TILE_SOURCES, Coverage, Near, TileChoice, compose_map_html

SEARCH_LIMIT = 500


def register(sub: Any) -> None:
    p = sub.add_parser(
        "map",
        help="maak een kaart (HTML of PNG) van wijken, buurten en aanbod",
        description=(
            "Schrijf de kaart als losse HTML (werkt zonder internet, alles zit in het bestand) of als PNG-afbeelding."
        ),
    )
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand: .html of .png")
    p.add_argument("--area", metavar="CODE", help="alleen dit gebied (GM…, WK… of BU…)")
    p.add_argument("--query", metavar="TEKST", help="toon de zoekresultaten voor deze vraag als punten")
    p.add_argument("--coverage", metavar="BEHOEFTE", help="kleur de buurten naar het aanbod voor deze behoefte")
    p.add_argument("--near", metavar="POSTCODE|LAT,LON", help="toon dit punt, bijv. de postcode van de inwoner")
    p.add_argument("--radius", type=float, default=0.0, metavar="KM", help="straal rond --near in km")
    p.add_argument(
        "--tiles",
        choices=["none", *TILE_SOURCES],
        default="none",
        help="achtergrondkaart van internet (standaard: geen; de kaart werkt dan volledig offline)",
    )
    p.add_argument("--width", type=int, default=1280, help="breedte van de PNG in pixels")
    p.add_argument("--height", type=int, default=900, help="hoogte van de PNG in pixels")
    p.set_defaults(func=cmd_map)


def _markers_for_query(catalog: Catalog, query: str, area: str | None) -> list[MapMarker]:
    """The search results for the query in the area, as markers in rank order."""
    from socialekaart.search.service import CatalogSearch
    from socialekaart.workspace.filters import FilterState
    from socialekaart.workspace.searching import run_search

    outcome = run_search(CatalogSearch(catalog), query, FilterState(area_code=area), limit=SEARCH_LIMIT)
    open_now = {r.id: r.open_now for r in outcome.rows}
    order = {r.id: i for i, r in enumerate(outcome.rows)}
    markers = service_markers(catalog, service_ids=list(open_now))
    markers.sort(key=lambda m: order.get(m.service_id, len(order)))
    return [MapMarker(m.service_id, m.name, m.lat, m.lon, m.access_type, open_now.get(m.service_id)) for m in markers]


def _parse_near(catalog: Catalog, text: str, radius: float) -> Near:
    """LAT,LON, or a postcode known from the catalog's addresses."""
    try:
        lat_text, lon_text = text.split(",", 1)
        near = Near(float(lat_text), float(lon_text), max(0.0, radius))
    except ValueError:
        from socialekaart.search.places import PlaceError
        from socialekaart.search.service import CatalogSearch

        try:
            lat, lon = CatalogSearch(catalog).resolve_near(text)
        except PlaceError as place_exc:
            raise CliError(str(place_exc), code=2) from place_exc
        near = Near(lat, lon, max(0.0, radius), label=f"Postcode {text.strip().upper()}")
    if not (-90 <= near.lat <= 90 and -180 <= near.lon <= 180):
        raise CliError("--near ligt buiten de wereld.", code=2)
    return near


def cmd_map(args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".png"):
        raise CliError("--out moet eindigen op .html of .png.", code=2)
    area: str | None = args.area.strip().upper() if args.area else None
    if area is not None and not is_area_code(area):
        raise CliError(f"Onbekende gebiedscode {args.area!r}: gebruik een code als GM0826, WK082603 of BU08260301.")
    catalog = open_from_args(args)
    try:
        near = _parse_near(catalog, args.near, args.radius) if args.near else None
        areas = areas_feature_collection(catalog, within=area)
        if not areas["features"]:
            hint = f" in {area}" if area else ""
            raise CliError(f"Geen wijken of buurten{hint} in de catalogus. Laad eerst gebieden (areas import).")
        if args.query is not None:
            markers = _markers_for_query(catalog, args.query, area)
        else:
            markers = service_markers(catalog, area_code=area)
        coverage = None
        if args.coverage:
            label = need_label(catalog, args.coverage)
            if label is None:
                raise CliError(f"Onbekende behoefte {args.coverage!r}.")
            coverage = Coverage(args.coverage, label, coverage_counts(catalog, args.coverage))
    finally:
        catalog.close()
    tiles: TileChoice = args.tiles
    title = "Sociale kaart" + (f" — {area}" if area else "")
    if suffix == ".png":
        html = compose_map_html(
            areas,
            markers_feature_collection(markers),
            coverage=coverage,
            near=near,
            tiles=tiles,
            bridge=True,
            title=title,
        )
        from socialekaart.ui.map.render import RenderError, render_png

        try:
            render_png(html, out, width=args.width, height=args.height, allowed_tiles=tiles)
        except RenderError as exc:
            raise CliError(str(exc)) from exc
    else:
        html = compose_map_html(
            areas,
            markers_feature_collection(markers),
            coverage=coverage,
            near=near,
            tiles=tiles,
            assets="inline",
            title=title,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    print(f"Kaart geschreven naar {out} ({len(areas['features'])} gebieden, {len(markers)} punten).")
    return 0
