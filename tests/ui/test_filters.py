"""Filters: controls and chips stay in step, chips remove filters, the area is remembered, postcode distance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from socialekaart.ui.settings import AppSettings
from socialekaart.workspace.filters import FilterState
from tests.ui.helpers import wait_results


def test_checkbox_makes_chip_and_chip_removes_filter(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    bar = ui.window.filter_bar
    qtbot.mouseClick(bar.free_check, Qt.MouseButton.LeftButton)
    wait_results(qtbot, ui)
    assert ui.filters.state.free_only
    assert ui.window.chip_bar.keys() == ["free"]
    assert all(r.free_of_charge for r in ui.search.model.rows())
    chip = ui.window.chip_bar.chip("free")
    assert chip is not None and chip.accessibleName() == "Filter Gratis verwijderen"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    wait_results(qtbot, ui)
    assert not ui.filters.state.free_only
    assert not bar.free_check.isChecked()
    assert ui.window.chip_bar.keys() == []


def test_chip_removal_with_keyboard(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.window.filter_bar.open_now_check.setChecked(True)
    chip = ui.window.chip_bar.chip("open_now")
    assert chip is not None
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert not ui.filters.state.open_now


def test_area_tree_kern_wijk_buurt(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    combo = ui.window.filter_bar.area_combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[0] == ("Hele gemeente", None)
    codes = [code for _t, code in items[1:]]
    dorst = codes.index("KN0826_DORST")
    assert codes[dorst + 1].startswith("WK")  # the kern's wijk follows, indented
    assert items[dorst + 2][0].startswith("    ")
    wijk = codes[dorst + 1]
    combo.setCurrentIndex(combo.findData(wijk))
    wait_results(qtbot, ui)
    assert ui.filters.state.area_code == wijk
    assert ui.window.chip_bar.chip("area").text().startswith("Wijk ")
    assert not ui.window.filter_bar.kern_buttons["KN0826_DORST"].isChecked()


def test_area_is_remembered(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    qtbot.mouseClick(ui.window.filter_bar.kern_buttons["KN0826_OOSTEIND"], Qt.MouseButton.LeftButton)
    wait_results(qtbot, ui)
    assert AppSettings().area_code == "KN0826_OOSTEIND"
    again = make_app(demo_db)
    assert again.filters.state.area_code == "KN0826_OOSTEIND"
    assert again.window.filter_bar.kern_buttons["KN0826_OOSTEIND"].isChecked()
    assert again.window.chip_bar.keys() == ["area"]


def test_kern_button_toggles_off(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    button = ui.window.filter_bar.kern_buttons["KN0826_DORST"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ui.filters.state.area_code is None


def test_target_group_language_access(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    bar = ui.window.filter_bar
    bar.target_combo.setCurrentIndex(bar.target_combo.findData("ouderen"))
    bar.language_combo.setCurrentIndex(bar.language_combo.findData("ar"))
    bar.access_combo.setCurrentIndex(bar.access_combo.findData("vrij_toegankelijk"))
    wait_results(qtbot, ui)
    state = ui.filters.state
    assert (state.target_group, state.language, state.access_types) == ("ouderen", "ar", ("vrij_toegankelijk",))
    assert ui.window.chip_bar.keys() == ["target_group", "language", "access"]
    assert ui.window.chip_bar.chip("language").text().startswith("Taal: Arabisch")
    assert all(r.access_type == "vrij_toegankelijk" for r in ui.search.model.rows())
    ui.window.clear_filters_action.trigger()
    assert ui.filters.state == FilterState(area_code=None)
    assert bar.target_combo.currentIndex() == 0


def test_near_postcode_gives_distances(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    edit = ui.window.filter_bar.near_edit
    qtbot.keyClicks(edit, "4849")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_results(qtbot, ui)
    assert ui.filters.state.near_text == "4849"
    assert ui.window.chip_bar.chip("near").text().startswith("Bij 4849")
    assert any(r.distance_km is not None for r in ui.search.model.rows())


def test_radius_around_the_postcode(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    bar = ui.window.filter_bar
    assert not bar.radius_combo.isEnabled()
    qtbot.keyClicks(bar.near_edit, "4849")
    qtbot.keyClick(bar.near_edit, Qt.Key.Key_Return)
    wait_results(qtbot, ui)
    assert bar.radius_combo.isEnabled()
    everything = len(ui.search.model.rows())
    bar.radius_combo.setCurrentIndex(bar.radius_combo.findData(2.0))
    wait_results(qtbot, ui)
    qtbot.waitUntil(lambda: ui.filters.state.radius_km == 2.0)
    qtbot.waitUntil(lambda: all(r.distance_km is not None and r.distance_km <= 2.0 for r in ui.search.model.rows()))
    assert len(ui.search.model.rows()) < everything
    assert "binnen 2 km" in ui.window.chip_bar.chip("near").text()
    ui.window.chip_bar.chip("near")  # closing the chip clears postcode and radius
    ui.filters.remove("near")
    assert ui.filters.state.radius_km is None and not bar.radius_combo.isEnabled()


def test_unknown_postcode_is_explained(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    edit = ui.window.filter_bar.near_edit
    qtbot.keyClicks(edit, "9999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_results(qtbot, ui)
    assert "Postcode 9999 is niet bekend" in ui.window.result_info.text()
