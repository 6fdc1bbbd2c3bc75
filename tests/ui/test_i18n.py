"""Dutch by default, English switchable at run time (Qt Linguist .qm plus Qt's own qtbase translations)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from socialekaart.ui.i18n import translations_dir
from socialekaart.ui.settings import AppSettings
from tests.ui.helpers import wait_results

AMW_DORST = "b5a023bc-56f1-506b-b546-39a10163324c"


def test_qm_file_is_committed_next_to_ts() -> None:
    assert (translations_dir() / "socialekaart_en.qm").stat().st_size > 1000
    assert (translations_dir() / "socialekaart_en.ts").exists()


def test_switch_to_english_and_back(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    assert w.search_label.text() == "&Zoek:"
    assert w.file_menu.title() == "&Bestand"
    w.filter_bar.free_check.setChecked(True)
    wait_results(qtbot, ui)
    ui.detail.today = date(2026, 11, 24)
    ui.detail.request(AMW_DORST, immediate=True)
    qtbot.waitUntil(lambda: w.detail_view.detail is not None and w.detail_view.detail.id == AMW_DORST)

    w.language_en_action.trigger()
    assert AppSettings().language == "en"
    qtbot.waitUntil(lambda: w.search_label.text() == "&Search:")  # LanguageChange events are posted
    assert w.file_menu.title() == "&File"
    # Every menu of the menu bar follows the switch, those the lijstje and matching add too.
    titles = [a.text() for a in w.menuBar().actions()]
    assert "&List" in titles and "&Lijstje" not in titles, titles
    assert ui.lijstje_actions.add.text() == "Add to the list"
    assert ui.lijstje_panel.windowTitle() == "List for the resident"
    assert w.filter_bar.free_check.text() == "F&ree"
    assert w.filter_bar.area_combo.itemText(0) == "Whole municipality"
    assert w.filter_bar.access_combo.itemText(3) == "Open access"
    assert w.chip_bar.chip("free").text().startswith("Free")
    assert w.count_status.text().endswith("services")
    assert w.result_info.text().endswith("results") or w.result_info.text().endswith("result")
    texts = [label.text() for label in w.detail_view.widget().findChildren(QLabel)]
    assert "Opening hours" not in texts  # this service has hours only at its location
    assert "Contact" in texts and "Cost" in texts and "For whom" in texts
    assert any(t.startswith("Checked on ") for t in texts)
    assert "today" in texts
    # The catalog's own data stays Dutch.
    assert "Spreekuur maatschappelijk werk Dorst" in texts

    w.language_nl_action.trigger()
    assert AppSettings().language == "nl"
    qtbot.waitUntil(lambda: w.search_label.text() == "&Zoek:")
    assert "&Lijstje" in [a.text() for a in w.menuBar().actions()]
    texts = [label.text() for label in w.detail_view.widget().findChildren(QLabel)]
    assert "Kosten" in texts and "vandaag" in texts


def test_language_is_remembered(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    settings = AppSettings()
    settings.language = "en"
    settings.sync()
    ui = make_app(demo_db)
    assert ui.window.search_label.text() == "&Search:"
    assert ui.window.language_en_action.isChecked()
    ui.window.language_nl_action.trigger()  # leave Dutch installed for the tests that follow
    qtbot.waitUntil(lambda: ui.window.search_label.text() == "&Zoek:")


def test_settings_file_is_ini_in_home(user_home: Path) -> None:
    settings = AppSettings()
    settings.area_code = "KN0826_DORST"
    settings.sync()
    assert settings.path == user_home / "settings.ini"
    assert "KN0826_DORST" in settings.path.read_text()
    assert AppSettings().area_code == "KN0826_DORST"
