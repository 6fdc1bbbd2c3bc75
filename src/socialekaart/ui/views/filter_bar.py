"""The filter controls: kern buttons, area, near a postcode, open now, free, target group, language, access."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from socialekaart.ui.labels import ACCESS_CODES, access_label, mnemonic_safe
from socialekaart.ui.views.flow_layout import FlowLayout

AreaOption = tuple[str, str, str, int]
"""(code, kind, name, depth): depth 0 = kern, 1 = wijk, 2 = buurt."""


RADIUS_CHOICES: tuple[float | None, ...] = (None, 1.0, 2.0, 5.0, 10.0)


class FilterBar(QWidget):
    """Layout only: the controller fills the choices and reads and writes the controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.flow = FlowLayout(self, spacing=8)
        self.flow.setContentsMargins(0, 0, 0, 0)

        self.kern_label = QLabel()
        self.kern_box = QWidget()
        self.kern_layout = QHBoxLayout(self.kern_box)
        self.kern_layout.setContentsMargins(0, 0, 0, 0)
        self.kern_layout.setSpacing(4)
        self.kern_buttons: dict[str, QToolButton] = {}

        self.area_label = QLabel()
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("areaCombo")
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_combo.setMaxVisibleItems(20)

        self.near_label = QLabel()
        self.near_edit = QLineEdit()
        self.near_edit.setObjectName("nearEdit")
        self.near_edit.setMaxLength(20)
        self.near_edit.setClearButtonEnabled(True)
        self.near_edit.setMinimumWidth(self.near_edit.fontMetrics().horizontalAdvance("4849 AB") * 2)
        self.near_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.radius_combo = QComboBox()
        self.radius_combo.setObjectName("radiusCombo")
        self.radius_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for km in RADIUS_CHOICES:
            self.radius_combo.addItem("", km)
        self.radius_combo.setEnabled(False)  # a radius needs a postcode

        self.open_now_check = QCheckBox()
        self.open_now_check.setObjectName("openNowCheck")
        self.free_check = QCheckBox()
        self.free_check.setObjectName("freeCheck")

        self.target_label = QLabel()
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.access_label = QLabel()
        self.access_combo = QComboBox()
        self.access_combo.setObjectName("accessCombo")
        self.access_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        for label, control in (
            (self.area_label, self.area_combo),
            (self.near_label, self.near_edit),
            (self.target_label, self.target_combo),
            (self.language_label, self.language_combo),
            (self.access_label, self.access_combo),
        ):
            label.setBuddy(control)
        self.flow.addWidget(_group(self.kern_label, self.kern_box))
        self.flow.addWidget(_group(self.area_label, self.area_combo))
        self.flow.addWidget(_group(self.near_label, self.near_edit, self.radius_combo))
        self.flow.addWidget(self.open_now_check)
        self.flow.addWidget(self.free_check)
        self.flow.addWidget(_group(self.target_label, self.target_combo))
        self.flow.addWidget(_group(self.language_label, self.language_combo))
        self.flow.addWidget(_group(self.access_label, self.access_combo))
        self._areas: list[AreaOption] = []
        self._target_groups: list[tuple[str, str]] = []
        self._languages: list[tuple[str, str]] = []
        self.retranslate()
        self.set_access_types()

    # --- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.kern_label.setText(self.tr("Kern:"))
        self.kern_box.setAccessibleName(self.tr("Kernen"))
        self.area_label.setText(self.tr("&Gebied:"))
        self.area_combo.setAccessibleName(self.tr("Gebied: kern, wijk of buurt"))
        self.near_label.setText(self.tr("Bij &postcode:"))
        self.near_edit.setPlaceholderText(self.tr("bijv. 4849"))
        self.near_edit.setAccessibleName(self.tr("In de buurt van postcode"))
        self.radius_combo.setAccessibleName(self.tr("Afstand tot de postcode"))
        for i in range(self.radius_combo.count()):
            km = self.radius_combo.itemData(i)
            self.radius_combo.setItemText(
                i, self.tr("elke afstand") if km is None else self.tr("binnen %1 km").replace("%1", f"{km:g}")
            )
        self.open_now_check.setText(self.tr("&Nu open"))
        self.open_now_check.setAccessibleName(self.tr("Alleen wat nu open is"))
        self.free_check.setText(self.tr("G&ratis"))
        self.free_check.setAccessibleName(self.tr("Alleen gratis"))
        self.target_label.setText(self.tr("&Doelgroep:"))
        self.target_combo.setAccessibleName(self.tr("Doelgroep"))
        self.language_label.setText(self.tr("&Taal:"))
        self.language_combo.setAccessibleName(self.tr("Taal"))
        self.access_label.setText(self.tr("T&oegang:"))
        self.access_combo.setAccessibleName(self.tr("Toegang"))
        for code, button in self.kern_buttons.items():
            button.setAccessibleName(self.tr("Kern %1").replace("%1", self._area_name(code)))
        self._fill_first_items()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_first_items(self) -> None:
        for combo, text in (
            (self.area_combo, self.tr("Hele gemeente")),
            (self.target_combo, self.tr("Alle doelgroepen")),
            (self.language_combo, self.tr("Alle talen")),
            (self.access_combo, self.tr("Elke toegang")),
        ):
            if combo.count():
                combo.setItemText(0, text)
        for i in range(1, self.access_combo.count()):
            self.access_combo.setItemText(i, access_label(self.access_combo.itemData(i)))

    # --- choices ---------------------------------------------------------------------------------------------

    def set_areas(self, options: Sequence[AreaOption]) -> None:
        """Fill the area list (kern → wijk → buurt, indented) and the kern buttons."""
        self._areas = list(options)
        current = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("Hele gemeente"), None)
        for code, _kind, name, depth in self._areas:
            self.area_combo.addItem("    " * depth + name, code)
        self._select_data(self.area_combo, current)
        self.area_combo.blockSignals(False)

        for button in self.kern_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.kern_buttons.clear()
        for code, kind, name, _depth in self._areas:
            if kind != "kern":
                continue
            button = QToolButton(self.kern_box)
            button.setObjectName(f"kern_{code}")
            button.setText(mnemonic_safe(name))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Kern %1").replace("%1", name))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.kern_layout.addWidget(button)
            self.kern_buttons[code] = button
        has_kernen = bool(self.kern_buttons)
        self.kern_label.setVisible(has_kernen)
        self.kern_box.setVisible(has_kernen)
        self.flow.invalidate()

    def _area_name(self, code: str) -> str:
        for c, _k, name, _d in self._areas:
            if c == code:
                return name
        return code

    def set_target_groups(self, groups: Sequence[tuple[str, str]]) -> None:
        self._target_groups = list(groups)
        self._fill(self.target_combo, self.tr("Alle doelgroepen"), self._target_groups)

    def set_languages(self, languages: Sequence[tuple[str, str]]) -> None:
        self._languages = list(languages)
        self._fill(self.language_combo, self.tr("Alle talen"), self._languages)

    def set_access_types(self) -> None:
        self._fill(self.access_combo, self.tr("Elke toegang"), [(c, access_label(c)) for c in ACCESS_CODES])

    def _fill(self, combo: QComboBox, first: str, items: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for code, name in items:
            combo.addItem(name, code)
        self._select_data(combo, current)
        combo.blockSignals(False)

    @staticmethod
    def _select_data(combo: QComboBox, data: object) -> None:
        index = combo.findData(data) if data is not None else 0
        combo.setCurrentIndex(max(0, index))

    def select(self, combo: QComboBox, data: object) -> None:
        """Show `data` as the current choice without emitting change signals."""
        combo.blockSignals(True)
        self._select_data(combo, data)
        combo.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        """The controls in tab order."""
        return [
            *self.kern_buttons.values(),
            self.area_combo,
            self.near_edit,
            self.radius_combo,
            self.open_now_check,
            self.free_check,
            self.target_combo,
            self.language_combo,
            self.access_combo,
        ]


def _group(label: QWidget, *controls: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(label)
    for control in controls:
        layout.addWidget(control)
    return box
