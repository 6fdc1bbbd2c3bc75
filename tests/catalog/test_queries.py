"""Tests of the detail-pane read API (catalog.queries) on a real SQLite catalog file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from socialekaart.catalog.models import (
    Accessibility,
    Address,
    Area,
    Attribute,
    CatalogInfo,
    Contact,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from socialekaart.catalog.profile import NEEDS_TAXONOMY, TARGET_GROUPS_TAXONOMY, TAXONOMY_URIS, taxonomy_id, term_id
from socialekaart.catalog.queries import (
    CostLine,
    ServedArea,
    ServiceNotFound,
    TimeSlot,
    catalog_summary,
    language_codes,
    language_name,
    months_between,
    service_detail,
)
from socialekaart.catalog.store import Catalog, open_catalog


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    cat = open_catalog(tmp_path / "catalog.sqlite")
    with cat.write() as s:
        s.add_all(
            [
                CatalogInfo(key="name", value="Testkaart"),
                CatalogInfo(key="gemeente", value="Oosterhout"),
                Area(code="GM0826", kind="gemeente", name="Oosterhout"),
                Area(code="KN0826_DORST", kind="kern", name="Dorst", parent_code="GM0826"),
                Area(code="WK082613", kind="wijk", name="Dorst", parent_code="KN0826_DORST"),
                Area(code="BU08261301", kind="buurt", name="Dorst-Centrum", parent_code="WK082613"),
                Organization(id="org", name="Surplus Welzijn", description="Welzijn", email="info@x.nl"),
                Organization(id="org2", name="Andere", description=""),
                Service(
                    id="s1",
                    organization_id="org",
                    name="Schuldhulp Dorst",
                    description="Hulp bij geldzorgen.",
                    status="active",
                    access_type="vrij_toegankelijk",
                    free_of_charge=False,
                    url="https://example.org/schuld",
                    last_verified=date(2025, 1, 10),
                    minimum_age=18,
                    fees_description="Eigen bijdrage",
                ),
                Service(id="s2", organization_id="org", name="Koken voor Mannen", status="active"),
                Service(id="s3", organization_id="org2", name="Dorpshuis koffie", status="active"),
                Service(id="gone", organization_id="org", name="Weg", status="active"),
                Location(
                    id="klip",
                    location_type="physical",
                    name="De Klip",
                    buurt_code="BU08261301",
                    wijk_code="WK082613",
                    latitude=51.59,
                    longitude=4.85,
                ),
                Address(
                    id="a1",
                    location_id="klip",
                    address_1="Demostraat 1",
                    city="Dorst",
                    state_province="NB",
                    postal_code="4849 XX",
                    country="NL",
                    address_type="physical",
                ),
                Accessibility(id="acc1", location_id="klip", description="Rolstoeltoegankelijk", details="lift"),
                ServiceAtLocation(id="sal1", service_id="s1", location_id="klip", description="Inloopspreekuur"),
                ServiceAtLocation(id="sal3", service_id="s3", location_id="klip"),
                Schedule(
                    id="sch1",
                    service_at_location_id="sal1",
                    freq="WEEKLY",
                    byday="TU,TH",
                    opens_at=time(9, 0),
                    closes_at=time(11, 0),
                    notes="Inloop",
                ),
                Schedule(
                    id="sch2",
                    service_at_location_id="sal1",
                    freq="MONTHLY",
                    byday="3WE",
                    opens_at=time(14, 0),
                    closes_at=time(16, 0),
                    description="Elke derde woensdag van de maand, 14.00-16.00 uur",
                ),
                Schedule(
                    id="old",
                    service_at_location_id="sal1",
                    freq="WEEKLY",
                    byday="FR",
                    opens_at=time(9, 0),
                    closes_at=time(10, 0),
                    valid_to=date(2020, 1, 1),
                ),
                Phone(id="p1", service_id="s1", number="0162 123 456", type="voice"),
                Contact(id="c1", service_id="s1", name="Frontoffice", email="front@x.nl"),
                Phone(id="p2", contact_id="c1", number="0162 999 999"),
                Language(id="l1", service_id="s1", code="nl"),
                Language(id="l2", service_id="s1", code="ar"),
                Language(id="l3", service_id="s1", code="tr", name="Turks"),
                CostOption(id="co1", service_id="s1", option="Cursus", amount=2.5, amount_description="per keer"),
                ServiceArea(id="sa1", service_id="s1", area_code="KN0826_DORST"),
                ServiceArea(id="sa2", service_id="s1", area_code="GM0826"),
                Taxonomy(
                    id=taxonomy_id(NEEDS_TAXONOMY), name="Behoeften", description="", uri=TAXONOMY_URIS[NEEDS_TAXONOMY]
                ),
                Taxonomy(
                    id=taxonomy_id(TARGET_GROUPS_TAXONOMY),
                    name="Doelgroepen",
                    description="",
                    uri=TAXONOMY_URIS[TARGET_GROUPS_TAXONOMY],
                ),
                TaxonomyTerm(
                    id=term_id(NEEDS_TAXONOMY, "schulden"),
                    code="schulden",
                    name="Schulden",
                    description="",
                    taxonomy_id=taxonomy_id(NEEDS_TAXONOMY),
                ),
                TaxonomyTerm(
                    id=term_id(TARGET_GROUPS_TAXONOMY, "minima"),
                    code="minima",
                    name="Minima",
                    description="",
                    taxonomy_id=taxonomy_id(TARGET_GROUPS_TAXONOMY),
                ),
                Attribute(
                    id="at1", link_id="s1", link_entity="service", taxonomy_term_id=term_id(NEEDS_TAXONOMY, "schulden")
                ),
                Attribute(
                    id="at2",
                    link_id="s1",
                    link_entity="service",
                    taxonomy_term_id=term_id(TARGET_GROUPS_TAXONOMY, "minima"),
                ),
            ]
        )
    with cat.write() as s:
        gone = s.get(Service, "gone")
        assert gone is not None
        gone.deleted_at = date(2026, 1, 1)  # type: ignore[assignment]
    yield cat
    cat.close()


def test_detail_has_everything_the_pane_shows(catalog: Catalog) -> None:
    d = service_detail(catalog, "s1", today=date(2026, 11, 20))
    assert d.name == "Schuldhulp Dorst"
    assert d.organization_name == "Surplus Welzijn"
    assert d.description == "Hulp bij geldzorgen."
    assert d.access_type == "vrij_toegankelijk"
    assert d.needs == ("Schulden",)
    assert d.target_groups == ("Minima",)
    assert d.languages == ("Nederlands", "Arabisch", "Turks")
    assert d.areas == (ServedArea("Dorst", "kern"), ServedArea("Oosterhout", "gemeente"))
    assert d.cost_options == (CostLine("Cursus", 2.5, "EUR", "per keer"),)
    assert d.free_of_charge is False
    assert d.fees_description == "Eigen bijdrage"
    assert (d.minimum_age, d.maximum_age) == (18, None)
    assert d.contacts[0].name == "Frontoffice"
    assert d.contacts[0].phones == ("0162 999 999",)


def test_channels_include_phone_email_website_and_walk_in(catalog: Catalog) -> None:
    d = service_detail(catalog, "s1", today=date(2026, 11, 20))
    kinds = {c.kind: c for c in d.channels}
    assert kinds["phone"].value == "0162 123 456"
    assert kinds["email"].value == "info@x.nl" and kinds["email"].organization  # the service has none
    assert kinds["website"].value == "https://example.org/schuld" and not kinds["website"].organization
    walk_in = kinds["walk_in"]
    assert walk_in.place == "De Klip" and walk_in.hours is not None
    # The place's note says "Inloopspreekuur": its weekly slots and its monthly rule are walk-in.
    assert walk_in.hours.days[1] == (TimeSlot(time(9), time(11), "Inloop"),)
    assert walk_in.hours.other == ("Elke derde woensdag van de maand, 14.00-16.00 uur",)


def test_place_has_address_area_accessibility_and_week(catalog: Catalog) -> None:
    d = service_detail(catalog, "s1", today=date(2026, 11, 20))
    (place,) = d.places
    assert place.name == "De Klip"
    assert place.address_line() == "Demostraat 1, 4849 XX Dorst"
    assert place.area_line() == "Dorst-Centrum, Dorst"
    assert place.kern == "Dorst"
    assert place.accessibility == ("Rolstoeltoegankelijk: lift",)
    hours = place.hours
    assert hours.days[1] == hours.days[3] == (TimeSlot(time(9), time(11), "Inloop"),)  # Tuesday, Thursday
    assert hours.days[4] == ()  # the Friday rule expired in 2020
    assert hours.other == ("Elke derde woensdag van de maand, 14.00-16.00 uur",)


def test_related_services(catalog: Catalog) -> None:
    d = service_detail(catalog, "s1")
    assert [r.name for r in d.other_services] == ["Koken voor Mannen"]  # the deleted one is left out
    assert [(r.name, r.organization_name, r.location_name) for r in d.same_location] == [
        ("Dorpshuis koffie", "Andere", "De Klip")
    ]


def test_stale_and_missing(catalog: Catalog) -> None:
    d = service_detail(catalog, "s1")
    assert d.is_stale(date(2026, 1, 10))
    assert not d.is_stale(date(2025, 12, 31))
    assert service_detail(catalog, "s2").is_stale(date(2026, 1, 1))  # never verified
    with pytest.raises(ServiceNotFound):
        service_detail(catalog, "gone")
    with pytest.raises(ServiceNotFound):
        service_detail(catalog, "nope")


def test_hostile_text_is_returned_unchanged(catalog: Catalog) -> None:
    with catalog.write() as s:
        svc = s.get(Service, "s2")
        assert svc is not None
        svc.name = "<b>x</b><img src=y>"
    assert service_detail(catalog, "s2").name == "<b>x</b><img src=y>"


def test_summary(catalog: Catalog) -> None:
    summary = catalog_summary(catalog)
    assert (summary.name, summary.gemeente, summary.service_count, summary.demo) == (
        "Testkaart",
        "Oosterhout",
        3,
        False,
    )


def test_helpers() -> None:
    assert months_between(date(2025, 1, 31), date(2026, 1, 30)) == 11
    assert months_between(date(2025, 1, 31), date(2026, 1, 31)) == 12
    assert language_name("ar") == "Arabisch"
    assert language_name("xx") == "xx"


def test_postcodes(catalog: Catalog) -> None:
    from socialekaart.search.service import CatalogSearch

    points = CatalogSearch(catalog).postcodes()
    assert points["4849"] == pytest.approx((51.59, 4.85))


def test_language_codes(catalog: Catalog) -> None:
    assert language_codes(catalog) == [("nl", "Nederlands"), ("ar", "Arabisch"), ("tr", "Turks")]
