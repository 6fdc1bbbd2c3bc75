"""CatalogSearch keeps its index correct after every catalog write, and records unmatched needs anonymously."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from socialekaart.catalog.models import Organization, Service
from socialekaart.catalog.store import Catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.search.engine import SearchFilters
from socialekaart.search.service import CatalogSearch


def add_service(catalog: Catalog, sid: str, name: str, description: str = "") -> None:
    with catalog.write() as session:
        if session.get(Organization, "org") is None:
            session.add(Organization(id="org", name="Surplus Welzijn", description="welzijn"))
        session.add(
            Service(
                id=sid,
                organization_id="org",
                name=name,
                description=description,
                status="active",
                access_type="vrij_toegankelijk",
            )
        )


def ids(search: CatalogSearch, query: str) -> list[str]:
    return [r.id for r in search.search(query).results]


def test_index_follows_inserts_edits_and_deletes(catalog: Catalog) -> None:
    search = CatalogSearch(catalog)
    assert ids(search, "qwertyclub") == []
    add_service(catalog, "s1", "Qwertyclub De Pastorie", "Samen qwerty oefenen")
    assert ids(search, "qwertyclub") == ["s1"]
    with catalog.write() as session:
        service = session.get(Service, "s1")
        assert service is not None
        service.name = "Zxcvbgroep De Pastorie"
        service.description = "Zxcvb en een praatje"
    assert ids(search, "qwertyclub") == []
    assert ids(search, "zxcvbgroep") == ["s1"]
    from socialekaart.catalog.models import utcnow

    with catalog.write() as session:
        service = session.get(Service, "s1")
        assert service is not None
        service.deleted_at = utcnow()
    assert ids(search, "zxcvbgroep") == []


def test_index_follows_an_import(catalog: Catalog, hsds_examples: Path) -> None:
    search = CatalogSearch(catalog)
    assert ids(search, "counselling") == []
    import_catalog(catalog, hsds_examples / "csv")
    assert ids(search, "counselling") == ["ac148810-d857-441c-9679-408f346de14b"]


def test_unmatched_needs_are_counted_without_persons(catalog: Catalog) -> None:
    add_service(catalog, "s1", "Schuldhulp")
    search = CatalogSearch(catalog)
    assert search.search("eenzaam", record_unmatched=True).unmatched
    search.search("eenzaam", record_unmatched=True)
    search.search("eenzaam", record_unmatched=False)
    search.search("mevrouw Fatima Yilmaz", record_unmatched=True)
    search.search("eenzaam", SearchFilters(language="ar"), record_unmatched=True)  # emptied by a filter
    with catalog.engine.connect() as conn:
        rows = {r.words: r.count for r in conn.execute(text("SELECT words, area_code, count FROM unmatched_need"))}
    assert rows == {"eenzaam": 2, "(onbekende woorden)": 1}
    assert not any("yilmaz" in w or "fatima" in w for w in rows)


def test_area_filter_uses_the_tree(catalog: Catalog, shared: Path) -> None:
    from socialekaart.catalog.models import Area, Location, ServiceAtLocation
    from socialekaart.geo.boundaries import read_cbs_boundaries
    from socialekaart.interchange.areas import assign_location_areas, import_boundaries

    with catalog.write() as session:
        import_boundaries(session, read_cbs_boundaries(shared / "geodata" / "oosterhout_GM0826_buurten_2022.geojson"))
        import_boundaries(session, read_cbs_boundaries(shared / "geodata" / "oosterhout_GM0826_wijken_2025.geojson"))
        session.add(Area(code="KN0826_DORST", kind="kern", name="Dorst", parent_code="GM0826"))
        wijk = session.get(Area, "WK082613")
        assert wijk is not None
        wijk.parent_code = "KN0826_DORST"
    add_service(catalog, "dorst", "Schuldhulp Dorst")
    add_service(catalog, "stad", "Schuldhulp Oosterhout")
    with catalog.write() as session:
        dorst = session.get(Area, "BU08261300")
        assert dorst is not None and dorst.centroid_lat is not None and dorst.centroid_lon is not None
        session.add(
            Location(id="l1", location_type="physical", latitude=dorst.centroid_lat, longitude=dorst.centroid_lon)
        )
        session.add(Location(id="l2", location_type="physical", latitude=51.6300, longitude=4.8600))
        session.add(ServiceAtLocation(id="sal1", service_id="dorst", location_id="l1"))
        session.add(ServiceAtLocation(id="sal2", service_id="stad", location_id="l2"))
        session.flush()
        assign_location_areas(session)
    search = CatalogSearch(catalog)
    got = [r.id for r in search.search("schuldhulp", SearchFilters(area_code="KN0826_DORST")).results]
    assert got == ["dorst"]
    assert search.resolve_near("51.63,4.86") == (51.63, 4.86)
