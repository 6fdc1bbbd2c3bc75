"""The whole flow works with the keyboard alone: focus, arrows, Enter, Esc, Ctrl+K / Ctrl+F, tab order, names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import choose_first, wait_results


def current_row(ui: Any) -> int:
    return ui.window.result_list.currentIndex().row()


def test_arrows_walk_results_and_enter_opens(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    edit = ui.window.search_edit
    qtbot.keyClicks(edit, "mantelzorg")
    wait_results(qtbot, ui, "mantelzorg")
    assert ui.search.model.rowCount() >= 3
    assert current_row(ui) == -1  # a new question chooses nothing by itself
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert current_row(ui) == 2
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert current_row(ui) == 1
    assert edit.hasFocus()  # typing can go on while walking the list
    wanted = ui.search.model.rows()[1].id
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == wanted)
    qtbot.waitUntil(lambda: ui.window.detail_view.isAncestorOf(QApplication.focusWidget()))
    focused = QApplication.focusWidget()
    # Esc in the detail pane goes back to the list, Esc in the list back to the search field.
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert ui.window.result_list.hasFocus()
    qtbot.keyClick(ui.window.result_list, Qt.Key.Key_Down)
    assert current_row(ui) == 2
    qtbot.keyClick(ui.window.result_list, Qt.Key.Key_Escape)
    assert edit.hasFocus()


def test_same_keys_give_the_same_entry_whatever_was_open_before(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    """Ctrl+K, the caller's sentence, ↓↓↓ open the same entry after a fresh start and after another call whose
    entry (far down its list) was still open; the new list starts at the top and the pane shows the chosen entry."""
    ui = make_app(demo_db)
    w = ui.window
    edit = w.search_edit
    sentence = "mijn moeder is dement en ik ben op"

    def call() -> str:
        qtbot.keyClick(w.result_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, sentence)
        wait_results(qtbot, ui, sentence)
        assert current_row(ui) == -1
        assert w.result_list.verticalScrollBar().value() == 0
        assert w.detail_view.detail is None
        for _ in range(3):
            qtbot.keyClick(edit, Qt.Key.Key_Down)
        chosen = ui.search.current_id()
        qtbot.waitUntil(lambda: w.detail_view.detail is not None and w.detail_view.detail.id == chosen)
        return str(chosen)

    first = call()
    assert first == ui.search.model.rows()[2].id
    # Another caller: "ouderen", walked to the last row, whose entry is also in the sentence's results.
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "ouderen")
    wait_results(qtbot, ui, "ouderen")
    ids = [r.id for r in ui.search.model.rows()]
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    for _ in range(len(ids)):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert current_row(ui) == len(ids) - 1
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.detail_view.detail is not None and w.detail_view.detail.id == ids[-1])
    assert call() == first


def test_arrow_keys_pressed_before_the_results_arrive_count_on_the_new_list(
    qtbot: QtBot, make_app: Any, demo_db: Path
) -> None:
    """A fast typist presses ↓↓ before the list of the new question is shown: the keys are not lost when it arrives
    (nor applied to the old list), and more typing forgets them (a new question chooses nothing)."""
    ui = make_app(demo_db)
    w = ui.window
    edit = w.search_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "ouderen")
    wait_results(qtbot, ui, "ouderen")
    edit.selectAll()
    qtbot.keyClicks(edit, "schulden")  # no event loop between these keys: the old list is still shown
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert current_row(ui) == -1
    wait_results(qtbot, ui, "schulden")
    qtbot.waitUntil(lambda: current_row(ui) == 1)
    chosen = ui.search.model.rows()[1].id
    qtbot.waitUntil(lambda: w.detail_view.detail is not None and w.detail_view.detail.id == chosen)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClicks(edit, " thuis")  # typing on after a key: that key was for another question
    wait_results(qtbot, ui, "schulden thuis")
    assert current_row(ui) == -1


def test_escape_clears_and_shortcuts_return_to_search(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    edit = ui.window.search_edit
    qtbot.keyClicks(edit, "taal")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    for shortcut in ("Ctrl+K", "Ctrl+F"):
        ui.window.result_list.setFocus()
        qtbot.waitUntil(lambda: ui.window.result_list.hasFocus())
        seq = ui.window.focus_search_action.shortcuts()
        assert any(s.toString() == shortcut for s in seq)
        ui.window.focus_search_action.trigger()
        assert edit.hasFocus()


def test_ctrl_k_key_press_reaches_search(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.window.result_list.setFocus()
    qtbot.waitUntil(lambda: ui.window.result_list.hasFocus())
    qtbot.keyClick(ui.window.result_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.window.search_edit.hasFocus())


def test_tab_order_reaches_every_control(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    choose_first(qtbot, ui)
    qtbot.waitUntil(lambda: ui.window.detail_view.first_focus_widget().isVisible())  # shown on the next turn
    w = ui.window
    seen: list[QWidget] = []
    widget: QWidget = w.search_edit
    for _ in range(200):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is w.search_edit:
            break
    order = [x for x in seen if x.focusPolicy() & Qt.FocusPolicy.TabFocus and x.isVisibleTo(w)]
    idx = {id(x): i for i, x in enumerate(order)}
    wanted = [w.search_edit, w.filter_bar.area_combo, w.filter_bar.near_edit, w.filter_bar.open_now_check,
              w.result_list, w.detail_view.first_focus_widget()]  # fmt: skip
    positions = [idx.get(id(x)) for x in wanted]
    assert None not in positions, positions
    assert positions == sorted(positions)


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    choose_first(qtbot, ui)
    qtbot.waitUntil(lambda: ui.window.detail_view.first_focus_widget().isVisible())
    ui.filters.apply(ui.filters.state.__class__(open_now=True))  # so a chip exists too
    missing = []
    for widget in ui.window.findChildren(QWidget):
        if not widget.isVisibleTo(ui.window):
            continue
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)) or widget is ui.window.result_list:
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip() and not isinstance(widget.parent(), QComboBox):
                missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert missing == []


def test_results_have_accessible_text(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    index = ui.search.model.index(0, 0)
    text = index.data(Qt.ItemDataRole.AccessibleTextRole)
    row = ui.search.model.rows()[0]
    assert row.name in text and row.organization in text
