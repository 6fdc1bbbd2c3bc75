"""The one place of display wording (ui/labels/): dates, ages, cost, opening hours, channels and sync state,
in Dutch and in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from typing import Any

import pytest

from socialekaart.catalog.queries import ContactChannel, CostLine, ServedArea, ServiceDetail, TimeSlot, WeekHours
from socialekaart.sync.status import SyncStatus
from socialekaart.ui import labels


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from socialekaart.ui.i18n import install_language

    assert install_language("en")
    yield
    install_language("nl")


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    from socialekaart.ui.i18n import install_language

    install_language("nl")
    yield


def detail(**kw: Any) -> ServiceDetail:
    return ServiceDetail(id="s", name="Dienst", organization_id="o", organization_name="Org", **kw)


WEEK = WeekHours(
    days=(
        (),
        (TimeSlot(time(9), time(11), "Inloop"), TimeSlot(time(19), time(21))),
        (),
        (TimeSlot(time(13, 30), time(15, 30)),),
        (),
        (),
        (),
    ),
    other=("Elke derde woensdag",),
)


def test_dates_and_ages_in_dutch(dutch: None) -> None:
    assert labels.date_label(date(2025, 6, 10)) == "10 juni 2025"
    assert labels.verified_label(date(2025, 6, 10), stale=False) == "Laatst gecontroleerd: 10 juni 2025"
    assert labels.verified_label(date(2025, 6, 10), stale=True).endswith("mogelijk verouderd")
    assert labels.verified_label(None, stale=True) == "Laatst gecontroleerd: onbekend — mogelijk verouderd"
    assert labels.age_label(14, 23) == "14–23 jaar"
    assert labels.age_label(18, None) == "vanaf 18 jaar"
    assert labels.age_label(None, 12) == "tot 12 jaar"
    assert labels.age_label(None, None) == ""
    assert labels.served_area_label(ServedArea("Oosterhout", "gemeente")) == "gemeente Oosterhout"
    assert labels.served_area_label(ServedArea("Dorst", "kern")) == "Dorst"


def test_hours_and_channels_in_dutch(dutch: None) -> None:
    assert labels.slots_label(WEEK.days[1]) == "09.00–11.00, 19.00–21.00"
    assert labels.slots_label(()) == "gesloten"
    assert labels.walk_in_label(WEEK, "De Klip") == "di 09.00–11.00, 19.00–21.00; do 13.30–15.30; " + (
        "Elke derde woensdag — De Klip"
    )
    assert labels.channel_text(ContactChannel("walk_in", hours=WEEK)).startswith("di 09.00")
    assert labels.channel_text(ContactChannel("phone", "0162 123 456", extension=12)) == "0162 123 456 toestel 12"
    assert labels.channel_text(ContactChannel("email", "a@b.nl")) == "a@b.nl"
    assert labels.channel_kind_label("walk_in") == "Inloop"


def test_cost_in_dutch(dutch: None) -> None:
    nbsp = "\u00a0"
    assert labels.money_label(1234.5) == f"€{nbsp}1.234,50"
    assert labels.money_label(3) == f"€{nbsp}3"
    assert labels.cost_option_label(CostLine("Cursus", 2.5, "EUR", "per keer")) == f"Cursus €{nbsp}2,50 per keer"
    assert labels.cost_lines(detail(free_of_charge=True, fees_description="Gratis.")) == ["Gratis"]
    assert labels.cost_lines(detail(free_of_charge=False)) == ["Niet gratis"]
    assert labels.cost_lines(detail()) == ["Onbekend"]
    lines = labels.cost_lines(
        detail(free_of_charge=False, fees_description="Eigen bijdrage", cost_options=(CostLine("Cursus", 10.0),))
    )
    assert lines == [f"Cursus €{nbsp}10", "Eigen bijdrage"]


def test_sync_state_in_dutch(dutch: None) -> None:
    never = SyncStatus(last_sync=None, pending=0, conflicts=0, last_error=None, server="https://x")
    busy = SyncStatus(last_sync=None, pending=2, conflicts=1, last_error="De server is niet bereikbaar", server=None)
    assert labels.sync_state_line(never) == "Nog niet gesynchroniseerd"
    assert labels.sync_state_line(busy) == (
        "Nog niet gesynchroniseerd · 2 wijzigingen wachten · 1 conflict · Mislukt: De server is niet bereikbaar"
    )
    assert labels.sync_line(None, server=False, running=False) == "Synchronisatie: nog niet ingesteld"
    assert labels.sync_line(None, server=True, running=False, saving_token=True) == "Synchronisatie: token opslaan…"
    assert labels.sync_line(busy, server=True, running=True, syncing=True) == (
        "Synchroniseren… · 2 wijzigingen wachten · 1 conflict"
    )
    assert labels.sync_line(never, server=True, running=False).endswith("geen token")
    assert "(kapot)" in labels.sync_line(never, server=True, running=False, token_error="kapot")
    assert labels.sync_time_label("2026-11-22T21:50:00").count("-") == 2
    assert labels.sync_time_label("gisteren") == "gisteren"


def test_english_has_no_dutch_wording(english: None) -> None:
    assert labels.date_label(date(2025, 6, 10)) == "10 June 2025"
    assert labels.verified_label(None, stale=True) == "Last checked: unknown — may be out of date"
    assert labels.age_label(18, None) == "from 18 years"
    assert labels.age_label(14, 23) == "14–23 years"
    assert labels.served_area_label(ServedArea("Oosterhout", "gemeente")) == "municipality of Oosterhout"
    assert labels.slots_label(WEEK.days[1]) == "09:00–11:00, 19:00–21:00"
    assert labels.slots_label(()) == "closed"
    assert labels.walk_in_label(WEEK).startswith("Tue 09:00–11:00")
    assert labels.channel_text(ContactChannel("phone", "0162 123 456", extension=12)) == "0162 123 456 ext. 12"
    assert labels.channel_kind_label("walk_in") == "Walk-in"
    assert labels.money_label(2.5) == "€2.50"
    assert labels.cost_lines(detail(free_of_charge=False)) == ["Not free"]
    assert labels.cost_lines(detail()) == ["Unknown"]
    busy = SyncStatus(last_sync=None, pending=1, conflicts=2, last_error=None, server=None)
    assert labels.sync_state_line(busy) == "Not synced yet · 1 change waiting · 2 conflicts"
    assert labels.sync_line(None, server=False, running=False) == "Sync: not set up yet"
