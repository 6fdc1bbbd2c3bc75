"""Meldingen on one laptop: made about an entry, refused when they hold resident data, listed by wijk, closed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.models import Location, ServiceAtLocation, SyncOutbox
from socialekaart.catalog.store import Catalog
from socialekaart.workspace.reports import CLOSED, close_report, report, reports


def _service_in_a_wijk(catalog: Catalog) -> tuple[str, str]:
    with catalog.read() as session:
        row = session.execute(
            select(ServiceAtLocation.service_id, Location.wijk_code)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .where(Location.wijk_code.is_not(None))
            .limit(1)
        ).one()
    return str(row.service_id), str(row.wijk_code)


def test_a_melding_lands_in_the_wijk_and_is_closed(demo: Catalog) -> None:
    sid, wijk = _service_in_a_wijk(demo)
    mid = report(demo, "service", sid, "Fatima", field="email", text="Het e-mailadres komt terug als onbestelbaar.")
    found = reports(demo, areas=[wijk])
    assert [m.id for m in found] == [mid]
    assert found[0].area_code and found[0].field == "email" and found[0].name
    assert reports(demo, areas=["WK_ANDERS"]) == []
    with demo.read() as session:
        assert session.scalar(select(SyncOutbox.op).where(SyncOutbox.entity_id == mid)) == "create"
    close_report(demo, mid, "Wendy", done="Nieuw adres gevraagd en ingevuld.")
    assert reports(demo) == []
    (closed,) = reports(demo, status=CLOSED)
    assert closed.closed_by == "Wendy" and closed.done == "Nieuw adres gevraagd en ingevuld." and closed.closed_at
    with pytest.raises(EditError, match="al gesloten"):
        close_report(demo, mid, "Wendy")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Mevrouw met BSN 111222333 kwam langs", "BSN"),
        ("Bel haar op 06-12345678", "telefoonnummer"),
        ("Stuur het naar jan.jansen@gmail.com", "e-mailadres"),
    ],
)
def test_resident_data_is_refused_with_field_and_reason(demo: Catalog, text: str, reason: str) -> None:
    sid, _wijk = _service_in_a_wijk(demo)
    with pytest.raises(EditError, match=reason) as caught:
        report(demo, "service", sid, "Fatima", text=text)
    assert [p.field for p in caught.value.problems] == ["text"]
    assert reports(demo) == []


def test_unknown_entries_and_fields_are_refused(demo: Catalog) -> None:
    sid, _wijk = _service_in_a_wijk(demo)
    with pytest.raises(EditError, match="bestaat niet"):
        report(demo, "service", "geen-dienst", "Fatima")
    with pytest.raises(EditError, match="onbekend veld"):
        report(demo, "service", sid, "Fatima", field="kleur")
    with pytest.raises(EditError, match="onbekende waarde"):
        report(demo, "service", sid, "Fatima", problem="raar")
