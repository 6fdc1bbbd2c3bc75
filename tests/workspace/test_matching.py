"""Volunteer matching: who fits a werkgebied, place and moment, in what order and why; roles, consent, removal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from socialekaart.catalog.editing import EditError, create_entity
from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.search.service import CatalogSearch
from socialekaart.sync.client import ROLE_KEY
from socialekaart.sync.local import local_tx, set_state
from socialekaart.workspace.availability import read_availability
from socialekaart.workspace.connections import counts, iso_week, record_handout, record_koppeling, shortage
from socialekaart.workspace.matching import (
    MatchError,
    MatchRequest,
    match_volunteers,
    remove_volunteer,
    resolve_need,
    role_sees_personal,
)

THURSDAY_AFTERNOON = datetime(2026, 12, 10, 14, 0)


@pytest.fixture
def demo(demo_db: Path) -> Catalog:
    cat = open_catalog(demo_db)
    yield cat  # type: ignore[misc]
    cat.close()


def _match(cat: Catalog, request: MatchRequest, personal: bool | None = None):  # type: ignore[no-untyped-def]
    return match_volunteers(cat, request, personal=personal, pc4=CatalogSearch(cat).postcodes())


def test_driver_for_thursday_afternoon_in_oosteind(demo: Catalog) -> None:
    outcome = _match(demo, MatchRequest("vervoer", "Oosteind", THURSDAY_AFTERNOON))
    names = [m.name for m in outcome.matches]
    assert names[0] == "Demo-vrijwilliger Bram"  # works in the whole gemeente, free on weekdays
    assert all("vervoer" in m.werkgebieden for m in outcome.matches)
    first = outcome.matches[0]
    kinds = [r.kind for r in first.reasons]
    assert kinds[:3] == ["werkgebied", "available", "in_area"] and "own_transport" in kinds
    assert next(r for r in first.reasons if r.kind == "available").value == "middag"
    scores = [m.score for m in outcome.matches]
    assert scores == sorted(scores, reverse=True)
    distances = [r.number for m in outcome.matches[1:] for r in m.reasons if r.kind == "distance"]
    assert distances == sorted(distances)  # further away ranks lower
    assert first.contact.route == "direct" and first.contact.phone  # Bram consented to direct contact


def test_not_available_or_no_transport_is_left_out(demo: Catalog) -> None:
    saturday = datetime(2026, 12, 12, 10, 0)
    outcome = _match(demo, MatchRequest("vervoer", None, saturday))
    assert outcome.matches == ()  # no driver on Saturday
    klussen = _match(demo, MatchRequest("klussen", None, saturday))
    assert [m.name for m in klussen.matches][:1] == ["Demo-vrijwilliger Dirk"]  # Zaterdagochtend


def test_need_by_word_and_unknown_need(demo: Catalog) -> None:
    assert resolve_need(demo, "gezelschap")[0] == "ontmoeting"
    assert resolve_need(demo, "tuin")[0] == "klussen"
    assert resolve_need(demo, "administratie")[0] == "thuisadministratie"
    with pytest.raises(MatchError, match="onbekend werkgebied"):
        resolve_need(demo, "zwemles")
    with pytest.raises(MatchError, match="onbekende plek"):
        _match(demo, MatchRequest("vervoer", "Atlantis"))


def test_languages_rank_higher(demo: Catalog) -> None:
    outcome = _match(demo, MatchRequest("taal", None, None, ("ar",)))
    assert any(r.kind == "language" and r.value == "ar" for r in outcome.matches[0].reasons)


def test_role_without_personal_rights_sees_no_names_and_goes_through_coordinator(demo: Catalog) -> None:
    assert role_sees_personal(demo)  # never synced: the catalog's own
    with local_tx(demo) as conn:
        set_state(conn, ROLE_KEY, "raadpleger")
    assert not role_sees_personal(demo)
    outcome = _match(demo, MatchRequest("vervoer", "Oosteind", THURSDAY_AFTERNOON))
    assert outcome.matches and not outcome.personal
    for m in outcome.matches:
        assert m.name == "" and m.contact.route == "coordinator" and "vrijwilliger" not in m.contact.email


def test_consent_date_is_required(demo: Catalog) -> None:
    with pytest.raises(EditError, match="consent_date"):
        create_entity(demo, "volunteer", {"name": "Zonder toestemming", "werkgebieden": "vervoer"}, "test")


def test_removal_keeps_no_personal_data(demo: Catalog) -> None:
    outcome = _match(demo, MatchRequest("vervoer"))
    gone = outcome.matches[0].volunteer_id
    remove_volunteer(demo, gone, "test")
    assert gone not in [m.volunteer_id for m in _match(demo, MatchRequest("vervoer")).matches]
    with demo.engine.connect() as conn:
        row = conn.exec_driver_sql("select name, email, phone from volunteer where id = ?", (gone,)).first()
    assert row is not None and tuple(row) == ("", None, None)


def test_koppelingen_are_counts_and_give_the_shortage(demo: Catalog) -> None:
    day = THURSDAY_AFTERNOON.date()
    before = shortage(demo, "vervoer", "KN0826_OOSTEIND", day)
    for _ in range(3):
        record_koppeling(demo, "vervoer", "KN0826_OOSTEIND", "coordinator", day)
    record_koppeling(demo, "vervoer", "KN0826_OOSTEIND", "direct", date(2026, 1, 5))  # long ago: not counted
    record_handout(demo, "KN0826_OOSTEIND", day)
    after = shortage(demo, "vervoer", "KN0826_OOSTEIND", day)
    assert (before.asked, after.asked) == (0, 3) and after.available == before.available >= 1
    assert after.short == (after.asked > after.available)
    rows = counts(demo)
    assert ("koppeling", iso_week(day), "vervoer", "KN0826_OOSTEIND", "coordinator", 3) in rows
    assert ("handout", iso_week(day), "", "KN0826_OOSTEIND", "", 1) in rows
    assert all(len(r) == 6 for r in rows)  # counts only: no person, no volunteer, no resident


@pytest.mark.parametrize(
    ("text", "moment", "fits"),
    [
        ("Dinsdag- en donderdagmiddag", THURSDAY_AFTERNOON, True),
        ("Dinsdag- en donderdagmiddag", datetime(2026, 12, 10, 10, 0), False),
        ("Werkdagen overdag, niet op vrijdag", datetime(2026, 12, 11, 10, 0), False),
        ("Maandag t/m donderdag overdag", THURSDAY_AFTERNOON, True),
        ("Eén dagdeel per week, in overleg", THURSDAY_AFTERNOON, None),
        ("Avonden na 18.00 uur", datetime(2026, 12, 10, 19, 0), True),
        ("Vrijdagochtend en zaterdag", datetime(2026, 12, 12, 20, 0), True),
    ],
)
def test_availability_reading(text: str, moment: datetime, fits: bool | None) -> None:
    assert read_availability(text).fits(moment) is fits
