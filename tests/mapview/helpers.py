"""Builds small map test catalogs: Oosterhout's CBS wijken and buurten plus a few services with needs."""

from __future__ import annotations

from pathlib import Path

from socialekaart.catalog.models import (
    Attribute,
    Location,
    Organization,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from socialekaart.catalog.profile import TAXONOMY_URIS, taxonomy_id, term_id
from socialekaart.catalog.store import Catalog
from socialekaart.geo.boundaries import read_cbs_boundaries
from socialekaart.interchange.areas import assign_location_areas, import_boundaries

GEODATA = Path(__file__).resolve().parents[2].parent / "shared" / "geodata"
BUURTEN = GEODATA / "oosterhout_GM0826_buurten_2022.geojson"
WIJKEN = GEODATA / "oosterhout_GM0826_wijken_2025.geojson"
HOSTILE_NAME = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'

# (id, name, lat, lon, access type, need code)
SERVICES = [
    ("svc-schuld", "Schuldhulp Centrum", 51.6440, 4.8605, "vrij_toegankelijk", "schulden"),
    ("svc-inloop", "Inloop De Pastorie", 51.6395, 4.8570, "vrij_toegankelijk", "eenzaamheid"),
    ("svc-klip", "Dorpshuis De Klip", 51.6312, 4.8910, "brede_voorziening", "eenzaamheid"),
    ("svc-wmo", "Wmo-loket", 51.6460, 4.8640, "niet_vrij_toegankelijk", "schulden"),
    ("svc-buren", "Burenhulp Zuid", 51.6280, 4.8620, "sociale_basis", "schulden"),
    ("svc-evil", HOSTILE_NAME, 51.6505, 4.8700, "sociale_basis", "schulden"),
]


def have_geodata() -> bool:
    return BUURTEN.is_file() and WIJKEN.is_file()


def seed_map_catalog(catalog: Catalog) -> None:
    """Areas from the shared CBS files, and the services above (one location each, one need each)."""
    features = read_cbs_boundaries(WIJKEN) + read_cbs_boundaries(BUURTEN)
    with catalog.write() as session:
        import_boundaries(session, features)
        session.add(Organization(id="org-1", name="Welzijn Test", description="Test"))
        session.add(
            Taxonomy(id=taxonomy_id("behoeften"), name="Behoeften", description="", uri=TAXONOMY_URIS["behoeften"])
        )
        for code, name in (("schulden", "Geldzorgen en schulden"), ("eenzaamheid", "Eenzaamheid")):
            session.add(
                TaxonomyTerm(
                    id=term_id("behoeften", code),
                    code=code,
                    name=name,
                    description="",
                    taxonomy_id=taxonomy_id("behoeften"),
                )
            )
        session.flush()
        for sid, name, lat, lon, access, need in SERVICES:
            session.add(Service(id=sid, organization_id="org-1", name=name, status="active", access_type=access))
            session.add(Location(id=f"loc-{sid}", location_type="physical", name=name, latitude=lat, longitude=lon))
            session.flush()
            session.add(ServiceAtLocation(id=f"sal-{sid}", service_id=sid, location_id=f"loc-{sid}"))
            session.add(
                Attribute(
                    id=f"attr-{sid}",
                    link_id=sid,
                    link_entity="service",
                    taxonomy_term_id=term_id("behoeften", need),
                )
            )
        session.add(ServiceArea(id="sa-1", service_id="svc-wmo", area_code="WK082603"))
        session.flush()
        assign_location_areas(session)
