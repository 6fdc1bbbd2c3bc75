"""Keeps the filter bar, the chips and the FilterState in step, and remembers the area choice."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from socialekaart.ui.labels import access_label, area_kind_label
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.views.filter_bar import FilterBar
from socialekaart.ui.views.widgets import ChipBar
from socialekaart.workspace.filters import FilterState
from socialekaart.workspace.session import CatalogSession

# Only recognises what the user typed, to decide when to search; the search service resolves it
# (search.places.normalize_postcode / parse_near). Importing that package here would load the search engine and
# numpy on the UI thread at start-up, so the two small patterns are repeated on purpose.
_POSTCODE = re.compile(r"^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$")
_LATLON = re.compile(r"^\s*-?\d{1,3}(\.\d+)?\s*[,; ]\s*-?\d{1,3}(\.\d+)?\s*$")


class FilterController(QObject):
    """The single owner of the FilterState; emits `changed` after every change."""

    changed = Signal()

    def __init__(self, bar: FilterBar, chips: ChipBar, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.chips = chips
        self.settings = settings
        self._remember_area = True
        # Whether the current area filter is remembered for the next start (one from the map is not, until pinned).
        self.area_pinned = True
        self.state = FilterState()
        self._session: CatalogSession | None = None
        self._target_names: dict[str, str] = {}
        self._language_names: dict[str, str] = {}
        self._near_timer = QTimer(self)
        self._near_timer.setSingleShot(True)
        self._near_timer.setInterval(400)
        self._near_timer.timeout.connect(self._near_from_edit)

        bar.area_combo.currentIndexChanged.connect(lambda _i: self.set_area(bar.area_combo.currentData()))
        bar.near_edit.textEdited.connect(lambda _t: self._near_timer.start())
        bar.near_edit.returnPressed.connect(self._near_from_edit)
        bar.near_edit.editingFinished.connect(self._near_from_edit)
        bar.radius_combo.currentIndexChanged.connect(
            lambda _i: self.apply(replace(self.state, radius_km=bar.radius_combo.currentData()))
        )
        bar.open_now_check.toggled.connect(lambda on: self.apply(replace(self.state, open_now=on)))
        bar.free_check.toggled.connect(lambda on: self.apply(replace(self.state, free_only=on)))
        bar.target_combo.currentIndexChanged.connect(
            lambda _i: self.apply(replace(self.state, target_group=bar.target_combo.currentData()))
        )
        bar.language_combo.currentIndexChanged.connect(
            lambda _i: self.apply(replace(self.state, language=bar.language_combo.currentData()))
        )
        bar.access_combo.currentIndexChanged.connect(lambda _i: self._set_access(bar.access_combo.currentData()))
        chips.removed.connect(self.remove)

    # --- choices from the catalog ---------------------------------------------------------------------------------

    def set_session(self, session: CatalogSession) -> None:
        """Fill the choices from a newly opened catalog and restore the remembered area (if it exists there)."""
        self._session = session
        self.bar.set_areas(session.areas)
        self.bar.set_target_groups(session.target_groups)
        self.bar.set_languages(session.languages)
        self._target_names = dict(session.target_groups)
        self._language_names = dict(session.languages)
        for code, button in self.bar.kern_buttons.items():
            button.toggled.connect(lambda on, c=code: self._kern_toggled(c, on))
        remembered = self.settings.area_code
        state = self.state
        if state.area_code not in session.area_names:
            state = replace(state, area_code=None)
        if remembered and remembered in session.area_names and state.area_code is None:
            state = replace(state, area_code=remembered)
        if state.target_group and state.target_group not in self._target_names:
            state = replace(state, target_group=None)
        if state.language and state.language not in self._language_names:
            state = replace(state, language=None)
        self.apply(state, force=True)

    # --- changes ------------------------------------------------------------------------------------------------

    def set_area(self, code: str | None, remember: bool = True) -> None:
        """Filter on an area; `remember=False` (chosen on the map) keeps it for this session only, until pinned."""
        self._remember_area = remember
        self.apply(replace(self.state, area_code=code or None))
        self._remember_area = True

    def pin_area(self) -> None:
        """Remember the current area filter for the next start (one chosen on the map is not, until pinned)."""
        self.settings.area_code = self.state.area_code
        self.area_pinned = True

    def _set_access(self, code: str | None) -> None:
        """The bar offers one access type at a time (the state may hold several, as the CLI's does)."""
        self.apply(replace(self.state, access_types=(code,) if code else ()))

    def _kern_toggled(self, code: str, on: bool) -> None:
        if on:
            self.set_area(code)
        elif self.state.area_code == code:
            self.set_area(None)

    def _near_from_edit(self) -> None:
        self._near_timer.stop()
        text = self.bar.near_edit.text().strip()
        if not text:
            self.apply(replace(self.state, near_text="", radius_km=None))
        elif _POSTCODE.match(text) or _LATLON.match(text):
            self.apply(replace(self.state, near_text=" ".join(text.upper().split())))

    def remove(self, key: str) -> None:
        """Remove one filter (a chip was closed)."""
        self.apply(self.state.without(key))

    def clear(self) -> None:
        self.apply(FilterState())

    def apply(self, state: FilterState, force: bool = False) -> None:
        """Make `state` the current filters: update controls, chips, the remembered area; emit `changed`."""
        if state == self.state and not force:
            return
        area_changed = state.area_code != self.state.area_code
        self.state = state
        self._sync_controls()
        self.chips.set_chips(self.chip_list())
        if area_changed or force:
            self.area_pinned = self._remember_area
            self.settings.area_code = state.area_code if self._remember_area else None
        self.changed.emit()

    def _sync_controls(self) -> None:
        s, bar = self.state, self.bar
        bar.select(bar.area_combo, s.area_code)
        for code, button in bar.kern_buttons.items():
            button.blockSignals(True)
            button.setChecked(code == s.area_code)
            button.blockSignals(False)
        if " ".join(bar.near_edit.text().upper().split()) != s.near_text:
            bar.near_edit.setText(s.near_text)
        bar.radius_combo.setEnabled(bool(s.near_text))
        bar.select(bar.radius_combo, s.radius_km)
        for check, value in ((bar.open_now_check, s.open_now), (bar.free_check, s.free_only)):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)
        bar.select(bar.target_combo, s.target_group)
        bar.select(bar.language_combo, s.language)
        bar.select(bar.access_combo, s.access_types[0] if s.access_types else None)

    def area_label(self, code: str) -> str:
        """An area as a worker names it: "Kern Dorst", "Buurt Steenoven"."""
        name = self._session.area_names.get(code, code) if self._session else code
        kind = next((k for c, k, _n, _d in (self._session.areas if self._session else []) if c == code), "")
        return f"{area_kind_label(kind).capitalize()} {name}" if kind else name

    def chip_list(self) -> list[tuple[str, str]]:
        """(key, label) for every active filter."""
        s = self.state
        labels: dict[str, Any] = {}
        if s.area_code:
            labels["area"] = self.area_label(s.area_code)
        if s.near_text:
            labels["near"] = (
                self.tr("Bij %1").replace("%1", s.near_text)
                if s.radius_km is None
                else self.tr("Bij %1, binnen %2 km").replace("%1", s.near_text).replace("%2", f"{s.radius_km:g}")
            )
        if s.open_now:
            labels["open_now"] = self.tr("Nu open")
        if s.free_only:
            labels["free"] = self.tr("Gratis")
        if s.target_group:
            labels["target_group"] = self._target_names.get(s.target_group, s.target_group)
        if s.language:
            labels["language"] = self.tr("Taal: %1").replace("%1", self._language_names.get(s.language, s.language))
        if s.access_types:
            labels["access"] = ", ".join(access_label(code) for code in s.access_types)
        return [(k, labels[k]) for k in s.active_keys() if k in labels]

    def retranslate(self) -> None:
        self.chips.set_chips(self.chip_list())
