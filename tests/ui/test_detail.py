"""The detail pane: everything about one service, copy buttons, the week with today marked, stale entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

AMW_DORST = "b5a023bc-56f1-506b-b546-39a10163324c"  # "Spreekuur maatschappelijk werk Dorst" in the demo
TUESDAY = date(2026, 11, 24)


def label_texts(ui: Any) -> list[str]:
    return [label.text() for label in ui.window.detail_view.widget().findChildren(QLabel)]


def label(ui: Any, name: str) -> QLabel:
    found = ui.window.detail_view.widget().findChild(QLabel, name)
    assert found is not None, name
    return found


def show(qtbot: QtBot, ui: Any, service_id: str, today: date = TUESDAY) -> None:
    ui.detail.today = today
    ui.detail.request(service_id, immediate=True)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == service_id)
    qtbot.waitUntil(lambda: label(ui, "detailTitle").isVisible())  # laid out, so clicks land


def test_detail_shows_all_parts(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    assert label(ui, "detailTitle").text() == "Spreekuur maatschappelijk werk Dorst"
    assert label(ui, "detailOrganization").text() == "Surplus Welzijn"
    assert label(ui, "detailAccessBadge").text() == "Vrij toegankelijk"
    assert label(ui, "detailDescription").text().startswith("Elke dinsdagochtend")
    assert label(ui, "detailAddress").text() == "Demostraat 2, 4849 XX Dorst"
    assert "Dorst" in label(ui, "detailPlaceArea").text()
    assert "Rolstoeltoegankelijk" in label(ui, "detailAccessibility").text()
    assert label(ui, "detailTargetGroups").text().startswith("Volwassenen")
    assert label(ui, "detailLanguages").text() == "Nederlands"
    assert label(ui, "detailCost").text() == "Gratis"
    assert label(ui, "detailAreas").text() == "Dorst"
    assert label(ui, "detailDemo").isVisibleTo(ui.window)
    texts = label_texts(ui)
    for channel in ("0162-084 053", "amw-dorst@voorbeeld.invalid", "https://voorbeeld.invalid/surplus/amw-dorst"):
        assert channel in texts
    assert any(t.startswith("di 09.00–11.00") for t in texts)  # walk-in hours as a channel
    for section in ("Contact", "Voor wie", "Kosten", "Talen", "Werkgebied", "Ook op deze locatie"):
        assert section in texts
    assert "Meer van Surplus Welzijn" in texts


def test_week_marks_today(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST, today=TUESDAY)
    assert label(ui, "today").text() == "vandaag"
    today_hours = label(ui, "todayHours")
    assert today_hours.text().startswith("09.00–11.00")
    assert today_hours.font().bold()
    assert today_hours.accessibleName().startswith("Vandaag, dinsdag")
    ui.window.detail_view.show_detail(ui.window.detail_view.detail, date(2026, 11, 25))  # Wednesday: closed
    assert label(ui, "todayHours").text() == "gesloten"


def test_stale_entry_is_marked(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST, today=TUESDAY)  # verified 10 June 2025: more than 12 months
    verified = label(ui, "detailVerified")
    assert verified.text().startswith("Gecontroleerd op 10 juni 2025 door redactie.socialekaart@voorbeeld.invalid")
    assert "mogelijk verouderd" in verified.text()
    assert verified.property("stale") is True
    ui.window.detail_view.show_detail(ui.window.detail_view.detail, date(2025, 12, 1))
    assert label(ui, "detailVerified").property("stale") is False


def test_copy_button_copies_to_clipboard(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    button = ui.window.detail_view.copy_buttons["phone"]
    assert button.accessibleName() == "Kopieer Telefoon: 0162-084 053"
    button.click()
    assert QApplication.clipboard().text() == "0162-084 053"
    assert "Gekopieerd" in ui.window.statusBar().currentMessage()
    email = ui.window.detail_view.copy_buttons["email"]
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == "amw-dorst@voorbeeld.invalid"


def test_related_service_opens(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    detail = ui.window.detail_view.detail
    target = detail.same_location[0]
    button = ui.window.detail_view.widget().findChild(QPushButton, f"related_{target.id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail.id == target.id)
    assert label(ui, "detailTitle").text() == target.name


def test_long_related_list_is_folded(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    detail = ui.window.detail_view.detail
    assert len(detail.other_services) > 8
    more = ui.window.detail_view.widget().findChild(QPushButton, "more_other")
    assert more is not None
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    shown = [
        b for b in ui.window.detail_view.widget().findChildren(QPushButton) if b.objectName().startswith("related_")
    ]
    assert len(shown) >= len(detail.other_services)
    wanted = f"related_{detail.other_services[8].id}"
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == wanted
    )


def test_missing_service_message(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.detail.request("does-not-exist", immediate=True)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is None and "niet (meer)" in label(ui, "detailMessage").text())


def test_opening_an_entry_counts_one_anonymous_look_up(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    """The review queue puts the most looked-up entries first: each opened entry adds one to its count (a number
    per entry, never who); reading it again after an edit does not count."""
    from sqlalchemy import select

    from socialekaart.catalog.models import LookupCount
    from socialekaart.catalog.registry import model_table

    ui = make_app(demo_db)
    show(qtbot, ui, AMW_DORST)
    catalog = ui.catalogs.session.catalog
    lc = model_table(LookupCount)

    def count() -> int:
        with catalog.read() as session:
            value = session.execute(select(lc.c.count).where(lc.c.entity_id == AMW_DORST)).scalar()
        return int(value or 0)

    qtbot.waitUntil(lambda: count() == 1)
    ui.detail.reload()
    qtbot.wait(300)
    assert count() == 1
    assert [c.name for c in lc.c] == ["entity", "entity_id", "count"]  # nothing about who or when
