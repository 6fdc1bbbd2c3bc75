"""The editing screens, keyboard only: open from the detail pane, change opening hours, refuse a bad postcode, save,
"klopt nog", the role rule and the staleness marker in the result list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from socialekaart.catalog.models import SyncOutbox
from socialekaart.catalog.registry import model_table, table
from socialekaart.catalog.validation import decode, validate
from socialekaart.ui.labels import problem_label
from socialekaart.workspace.editing import SCHEDULE_COLUMNS
from socialekaart.workspace.searching import ResultRow

AMW_DORST = "b5a023bc-56f1-506b-b546-39a10163324c"  # "Spreekuur maatschappelijk werk Dorst": di 09.00–11.00
TUESDAY = date(2026, 11, 24)


def show(qtbot: QtBot, ui: Any, service_id: str) -> None:
    ui.detail.today = TUESDAY
    ui.edit.today = TUESDAY
    ui.detail.request(service_id, immediate=True, focus=True)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == service_id)


def outbox(ui: Any) -> list[tuple[str, str, dict[str, Any]]]:
    o = model_table(SyncOutbox).c
    with ui.catalogs.session.catalog.read() as session:
        rows = session.connection().execute(select(o.entity, o.op, o.patch).order_by(o.seq)).all()
    return [(r.entity, r.op, dict(r.patch)) for r in rows]


def detail_texts(ui: Any) -> list[str]:
    return [label.text() for label in ui.window.detail_view.widget().findChildren(QLabel)]


def key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard is now (as a user would: no clicks)."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def open_editor(qtbot: QtBot, ui: Any) -> Any:
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.edit.window is not None and ui.edit.window.isVisible(), timeout=10000)
    return ui.edit.window


def type_email(qtbot: QtBot, ui: Any, text: str) -> tuple[Any, Any]:
    """Open the editor of AMW Dorst and type `text` over its e-mail address: (the window, the e-mail field)."""
    show(qtbot, ui, AMW_DORST)
    window = open_editor(qtbot, ui)
    window.show_tab("contact")
    email = window.fields["service.email"]
    email.input.setFocus()
    email.input.selectAll()
    qtbot.keyClicks(email.input, text)
    return window, email


def test_change_opening_hours_with_the_keyboard_only(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    window = open_editor(qtbot, ui)
    assert window.windowTitle().startswith("Bewerken: Spreekuur maatschappelijk werk Dorst")
    qtbot.waitUntil(lambda: window.fields["service.name"].input.hasFocus())
    for _ in range(3):  # Wat → Voor wie → Waar → Wanneer
        key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    table_widget = window.hours.table
    row = next(r for r, (_id, cells) in enumerate(window.hours.rows()) if cells[SCHEDULE_COLUMNS.index("closes_at")])
    table_widget.setFocus()
    table_widget.setCurrentCell(row, 0)
    for _ in range(SCHEDULE_COLUMNS.index("closes_at")):
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_F2)  # edit the cell
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "12:00")
    key(qtbot, Qt.Key.Key_Return)  # the item view commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.hours.rows()[row][1][SCHEDULE_COLUMNS.index("closes_at")] == "12:00")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.edit.window is None, timeout=10000)
    assert ("schedule", "update", {"closes_at": "12:00:00"}) in outbox(ui)
    qtbot.waitUntil(lambda: any("09.00–12.00" in t for t in detail_texts(ui)), timeout=10000)


def test_bad_postcode_shows_the_reason_and_save_is_refused(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.window.new_actions["location"].trigger()
    qtbot.waitUntil(lambda: ui.edit.window is not None and ui.edit.window.isVisible(), timeout=10000)
    window = ui.edit.window
    assert window.windowTitle().startswith("Nieuw: Locatie")
    qtbot.keyClicks(window.fields["location.name"].input, "Dorpshuis De Linde")
    window.show_tab("waar")
    postcode = window.fields["address.postal_code"]
    postcode.input.setFocus()
    qtbot.keyClicks(postcode.input, "49O1 AB")
    assert postcode.problem.isVisibleTo(window)
    assert "ongeldige postcode" in postcode.problem.text()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.edit.window is window and window.message.isVisibleTo(window)
    assert window.message.text().startswith("Niet opgeslagen")
    assert outbox(ui) == []
    postcode.input.selectAll()
    qtbot.keyClicks(postcode.input, "4849 XX")
    assert not postcode.problem.isVisibleTo(window)
    # Coordinates from the postcode (other locations of the catalog have it); street and town are required.
    window.postcode_button.click()
    qtbot.waitUntil(lambda: window.fields["location.latitude"].text() != "", timeout=5000)
    qtbot.keyClicks(window.fields["address.address_1"].input, "Dorpsstraat 1")
    qtbot.keyClicks(window.fields["address.city"].input, "Dorst")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.edit.window is None, timeout=10000)
    assert [(e, op) for e, op, _p in outbox(ui)] == [("location", "create"), ("address", "create")]


def test_phone_number_is_checked_as_typed(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    window, email = type_email(qtbot, ui, "amw@")
    assert "e-mailadres" in email.problem.text()
    window.phones.add_row([])
    qtbot.keyClicks(window.phones.table, "0162 12")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "telefoonnummer" in window.phones.problem.text())
    key(qtbot, Qt.Key.Key_Escape)  # Escape closes the screen without saving
    qtbot.waitUntil(lambda: ui.edit.window is None)
    assert outbox(ui) == []


DUTCH_WORDS = ("ongeldig", "verwacht", "moet", "cijfers", "zoals", "leeg")


def test_refused_values_are_worded_in_the_english_ui(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.window.language_en_action.trigger()
    qtbot.waitUntil(lambda: ui.window.search_label.text() == "&Search:")
    try:
        _window, email = type_email(qtbot, ui, "amw@")
        assert email.problem.text() == "invalid e-mail address 'amw@'"
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: ui.edit.window is None)

        ui.window.new_actions["location"].trigger()
        qtbot.waitUntil(lambda: ui.edit.window is not None and ui.edit.window.isVisible(), timeout=10000)
        window = ui.edit.window
        window.show_tab("waar")
        postcode = window.fields["address.postal_code"]
        postcode.input.setFocus()
        qtbot.keyClicks(postcode.input, "49O1 AB")
        text = postcode.problem.text()
        assert text.startswith("invalid postcode '49O1 AB': expected four digits and two letters"), text
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # refused on saving too, still in English
        shown = [postcode.problem.text(), window.fields["address.city"].problem.text()]
        assert shown[1] == "may not be empty" and shown[0] == text
        assert not any(word in t for t in shown for word in DUTCH_WORDS)
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: ui.edit.window is None)
    finally:
        ui.window.language_nl_action.trigger()  # leave Dutch installed for the tests that follow
        qtbot.waitUntil(lambda: ui.window.search_label.text() == "&Zoek:")


def test_the_dutch_wording_of_a_refusal_is_the_catalogs_reason(qtbot: QtBot) -> None:
    from tests.catalog.test_validation import RULES, _Codes

    problems = [p for name, field, _good, bad in RULES for p in validate(name, {field: bad})]
    problems += validate("service", {"name": "Soep", "minimum_age": 18.0, "maximum_age": 12.0}, create=True)
    problems += validate("schedule", {"freq": "WEEKLY", "byday": "3WE", "count": 0.0, "byyearday": "400"})
    problems += validate("melding", {"text": "bel 06 12345678", "done": "mail a@b.nl", "entity": "fiets"})
    problems += validate("service", {"shoe_size": 1, "name": None})
    problems += validate("melding", {"entity": "service", "field": "shoe_size"})
    problems += validate("area", {"geometry": "{"}) + decode("service", {"minimum_age": 10**400})[1]
    problems += validate("volunteer", {"werkgebieden": "vliegen", "area_code": "GM9999"}, lookup=_Codes())
    assert len({p.code for p in problems}) >= 28
    assert [(p.code, problem_label(p)) for p in problems] == [(p.code, p.reason) for p in problems]


def test_klopt_nog_is_one_key_and_shows_who_and_when(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.settings.user_email = "an@gemeente.nl"
    show(qtbot, ui, AMW_DORST)
    assert ui.window.detail_view.widget().findChild(QPushButton, "detailEdit") is not None
    key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(e == "service" for e, _op, _p in outbox(ui)), timeout=10000)
    assert outbox(ui) == [
        ("service", "update", {"last_verified": TUESDAY.isoformat(), "assurer_email": "an@gemeente.nl"})
    ]
    qtbot.waitUntil(lambda: any("door an@gemeente.nl" in t for t in detail_texts(ui)), timeout=10000)
    assert any(t.startswith("Gecontroleerd op 24 november 2026") for t in detail_texts(ui))


def test_a_synced_laptop_without_a_role_may_not_edit(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.settings.sync_server = "http://127.0.0.1:9"
    show(qtbot, ui, AMW_DORST)
    window = open_editor(qtbot, ui)
    assert not window.save_button.isEnabled()
    assert "niet bewerken" in window.message.text()


def test_stale_entries_are_marked_in_the_result_list(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    rows: list[ResultRow] = ui.search.model.rows()
    assert rows and any(r.last_verified is not None for r in rows)
    delegate = ui.window.result_list.itemDelegate()
    delegate.today = TUESDAY
    s = table("service")
    with ui.catalogs.session.catalog.read() as session:
        verified = {i: v for i, v in session.connection().execute(select(s.c.id, s.c.last_verified))}
    for row in rows:
        assert row.last_verified == verified[row.id]
        old = row.last_verified is None or (TUESDAY - row.last_verified).days > 366
        assert delegate.is_stale(row) == old or (TUESDAY - row.last_verified).days in range(360, 367)
    stale = next(i for i, r in enumerate(rows) if delegate.is_stale(r))
    model = ui.search.model
    assert "Niet gecontroleerd" in model.data(model.index(stale), Qt.ItemDataRole.AccessibleTextRole)
    delegate.stale_months = 0
    assert not any(delegate.is_stale(r) for r in rows)
    assert "Niet gecontroleerd" not in model.data(model.index(stale), Qt.ItemDataRole.AccessibleTextRole)


def test_edit_the_location_of_a_service_from_the_detail_pane(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    place = ui.window.detail_view.detail.places[0]
    button = ui.window.detail_view.widget().findChild(QPushButton, f"editLocation_{place.location_id}")
    button.click()
    qtbot.waitUntil(lambda: ui.edit.window is not None and ui.edit.window.isVisible(), timeout=10000)
    window = ui.edit.window
    assert window.fields["address.postal_code"].text() == "4849 XX"
    window.show_tab("wanneer")
    window.hours.add_row([])  # a new row: keyboard in its first cell
    qtbot.keyClicks(QApplication.focusWidget(), "W")  # opens the cell editor with "W"
    qtbot.keyClicks(QApplication.focusWidget(), "EEKLY")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.hours.rows()[-1][1][0] == "WEEKLY")
    for column, text in ((1, "TH"), (3, "13:30"), (4, "16:00")):
        window.hours.table.setCurrentCell(window.hours.table.rowCount() - 1, column)
        key(qtbot, Qt.Key.Key_F2)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=column, t=text: window.hours.rows()[-1][1][c] == t)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.edit.window is None, timeout=10000)
    created = [p for e, op, p in outbox(ui) if e == "schedule" and op == "create"]
    assert created == [
        {"freq": "WEEKLY", "byday": "TH", "opens_at": "13:30:00", "closes_at": "16:00:00",
         "location_id": place.location_id}
    ]  # fmt: skip


def test_settings_set_the_months_and_the_address_klopt_nog_records(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    dialog = ui.main.settings_dialog()
    assert dialog.stale_spin.value() == 12
    dialog.stale_spin.setValue(36)
    dialog.email_edit.setText("an@gemeente.nl")
    ui.main.apply_settings(dialog)
    assert (ui.settings.stale_months, ui.settings.user_email) == (36, "an@gemeente.nl")
    assert ui.window.result_list.itemDelegate().stale_months == 36
    assert ui.window.detail_view.stale_months == 36
