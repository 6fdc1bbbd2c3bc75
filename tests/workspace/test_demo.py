"""The shipped demo catalog: large enough, covers every need and kern, visibly fictitious, and restorable."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from sqlalchemy import func, select

from socialekaart.catalog.models import (
    Address,
    Area,
    Attribute,
    Base,
    Location,
    Phone,
    Service,
    TaxonomyTerm,
    Volunteer,
)
from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.paths import data_dir
from socialekaart.progress import Work
from socialekaart.workspace.demo import is_empty
from socialekaart.workspace.session import CatalogSession, restore_demo


def test_demo_catalog(demo_catalog_file: Path) -> None:
    catalog = open_catalog(demo_catalog_file)
    with catalog.read() as session:
        services = session.scalar(select(func.count()).select_from(Service))
        assert services is not None and services >= 150
        for table in Base.metadata.sorted_tables:
            if "demo" in table.c:
                assert session.scalar(select(func.count()).select_from(table).where(table.c.demo.is_(False))) == 0
        rows = list(csv.DictReader((data_dir() / "taxonomy" / "needs.csv").open(encoding="utf-8")))
        needs = {row["code"] for row in rows}
        used = set(
            session.scalars(select(TaxonomyTerm.code).join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id))
        )
        leaves = needs - {row["parent_code"] for row in rows}
        assert leaves <= used, f"needs without a service: {sorted(leaves - used)}"
        kernen = {a.code for a in session.scalars(select(Area).where(Area.kind == "kern"))}
        assert kernen == {"KN0826_OOSTERHOUT", "KN0826_DORST", "KN0826_DEN_HOUT", "KN0826_OOSTEIND"}
        assert session.scalar(select(func.count()).select_from(Area).where(Area.kind == "buurt")) == 44
        unplaced = session.scalars(
            select(Location.id).where(Location.latitude.is_not(None), Location.buurt_code.is_(None))
        ).all()
        assert unplaced == []
        for number in session.scalars(select(Phone.number)):
            assert re.match(r"^0\d{2,3}-0", number), f"phone number not clearly fictitious: {number}"
        for street in session.scalars(select(Address.address_1)):
            assert "Demo" in street or "fictief" in street.lower(), street
        assert session.scalar(select(func.count()).select_from(Volunteer).where(Volunteer.consent_date.is_(None))) == 0
    assert catalog.info().get("demo") == "true"
    catalog.close()


def test_demo_ships_nothing_from_tests_only() -> None:
    for path in data_dir().rglob("*"):
        if path.is_file():
            assert "pc4_centroids" not in path.name
            assert "drikusroor" not in path.read_text(encoding="utf-8", errors="ignore")


def test_is_empty(catalog: Catalog, demo_session: CatalogSession) -> None:
    assert is_empty(catalog)
    assert not is_empty(demo_session.catalog)


def test_restore_demo_gives_demo_entries_their_content_back(demo_session: CatalogSession) -> None:
    from sqlalchemy import update

    service_id = demo_session.search.search("schuldhulp").results[0].id
    with demo_session.catalog.read() as session:
        name = session.get(Service, service_id).name
    with demo_session.catalog.write() as session:
        session.execute(update(Service).where(Service.id == service_id).values(name="Veranderd"))
    restored = restore_demo(demo_session, Work())
    with restored.catalog.read() as session:
        assert session.get(Service, service_id).name == name
    assert restored.catalog is demo_session.catalog
    assert restored.search.document(service_id).name == name
