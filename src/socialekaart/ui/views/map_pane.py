"""The map pane beside the detail pane: a coverage chooser above a place for the map.

The map itself (QtWebEngine) is not created here: the map controller puts it in with `set_map()` the first time
the map is shown, so the window never waits for QtWebEngine at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from socialekaart.ui.views.widgets import plain_label


class MapPane(QWidget):
    """Layout only: `coverage_combo` (need → coverage per buurt), `status` line, and the map once set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.coverage_label = QLabel()
        self.coverage_combo = QComboBox()
        self.coverage_combo.setObjectName("coverageCombo")
        self.coverage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.coverage_label.setBuddy(self.coverage_combo)
        row.addWidget(self.coverage_label)
        row.addWidget(self.coverage_combo)
        row.addStretch(1)
        layout.addLayout(row)
        # A click on the map selects an area; filtering on it is this deliberate step (and remembering it another).
        area_row = QHBoxLayout()
        self.area_label = plain_label(name="mapAreaLabel", selectable=False)
        self.area_filter_button = QToolButton()
        self.area_filter_button.setObjectName("mapAreaFilterButton")
        self.area_pin_button = QToolButton()
        self.area_pin_button.setObjectName("mapAreaPinButton")
        for button in (self.area_filter_button, self.area_pin_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setVisible(False)
        area_row.addWidget(self.area_label, 1)
        area_row.addWidget(self.area_filter_button)
        area_row.addWidget(self.area_pin_button)
        layout.addLayout(area_row)
        self._area_name = ""
        self._area_offer = False
        self._area_pin = False
        self.status = plain_label(name="mapStatus", selectable=False)
        layout.addWidget(self.status)
        self._layout = layout
        self.map: QWidget | None = None
        self.retranslate()
        self.set_needs([])

    def set_needs(self, needs: list[tuple[str, str]]) -> None:
        """The coverage choices: (code, name) per need; the first choice is "no coverage"."""
        current = self.coverage_combo.currentData()
        self.coverage_combo.blockSignals(True)
        self.coverage_combo.clear()
        self.coverage_combo.addItem(self.tr("(geen)"), None)
        for code, name in needs:
            self.coverage_combo.addItem(name, code)
        index = self.coverage_combo.findData(current) if current else 0
        self.coverage_combo.setCurrentIndex(max(0, index))
        self.coverage_combo.blockSignals(False)

    def show_area(self, name: str, *, offer_filter: bool, offer_pin: bool) -> None:
        """The area selected on the map ("" for none), with the step to filter on it and to remember that filter."""
        self._area_name, self._area_offer, self._area_pin = name, offer_filter, offer_pin
        self.area_label.setVisible(bool(name))
        self.area_filter_button.setVisible(bool(name) and offer_filter)
        self.area_pin_button.setVisible(bool(name) and offer_pin)
        self._area_words()

    def _area_words(self) -> None:
        name = self._area_name
        self.area_label.setText(self.tr("Gekozen op de kaart: %1").replace("%1", name) if name else "")
        self.area_filter_button.setText(self.tr("Filter op dit gebied"))
        self.area_filter_button.setAccessibleName(self.tr("Filter op %1").replace("%1", name))
        self.area_pin_button.setText(self.tr("Onthouden"))
        self.area_pin_button.setAccessibleName(self.tr("Filter op %1 ook bij de volgende start").replace("%1", name))
        self.area_pin_button.setToolTip(self.tr("Een filter van de kaart geldt alleen nu, tenzij u het onthoudt"))

    def focusables(self) -> list[QWidget]:
        """The pane's controls in Tab order (the map itself last)."""
        buttons: list[QWidget] = [b for b in (self.area_filter_button, self.area_pin_button) if not b.isHidden()]
        return [self.coverage_combo, *buttons, *([self.map] if self.map is not None else [])]

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_map(self, widget: QWidget) -> None:
        """Put the map in (once); it takes all the room below the chooser."""
        if self.map is not None:
            self._layout.removeWidget(self.map)
            self.map.deleteLater()
        self.map = widget
        self._layout.addWidget(widget, 1)
        self.show_status("")

    def retranslate(self) -> None:
        self.coverage_label.setText(self.tr("&Dekking voor:"))
        self.coverage_combo.setAccessibleName(self.tr("Dekking per buurt voor een behoefte"))
        self.coverage_combo.setToolTip(
            self.tr("Kleurt de buurten naar hoeveel diensten er zijn voor deze behoefte (voor wijkmakelaars)")
        )
        if self.coverage_combo.count():
            self.coverage_combo.setItemText(0, self.tr("(geen)"))
        self.setAccessibleName(self.tr("Kaart"))
        self._area_words()
        if self.map is not None:
            name = self.tr("Kaart met resultaten, wijken en buurten")
            namer = getattr(self.map, "name_for_screen_readers", None)  # the MapWidget (QtWebEngine, made later)
            if namer is not None:
                namer(name)
            else:
                self.map.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
