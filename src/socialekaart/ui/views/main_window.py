"""The main window's layout: search field, filters and chips, result list beside the detail pane, status bar.

Built in two steps so that a typable window appears at once: the constructor makes only the search row (the
cheapest widgets); `complete()` adds everything else on the event loop's first turn.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QVBoxLayout, QWidget

from socialekaart import APP_DISPLAY_NAME
from socialekaart.ui.theme import highlight_style
from socialekaart.ui.views.search_field import SearchField

#: Below this available screen height (logical pixels: 150 % on a 1366×768 laptop leaves 512) the filter controls
#: start folded away behind the Filters button, so the result list and the detail pane keep their room.
COMPACT_HEIGHT = 560

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QProgressBar, QSplitter, QStackedWidget

    from socialekaart.ui.views.detail_view import DetailView
    from socialekaart.ui.views.filter_bar import FilterBar
    from socialekaart.ui.views.flow_layout import FlowLayout
    from socialekaart.ui.views.map_pane import MapPane
    from socialekaart.ui.views.result_list import ResultList
    from socialekaart.ui.views.widgets import ChipBar


class MainWindow(QMainWindow):
    """Layout and actions only; the controllers give it life."""

    closing = Signal()
    # The map replaced the result list (True) or the list is back (False).
    map_shown = Signal(bool)

    filter_bar: FilterBar
    chip_bar: ChipBar
    splitter: QSplitter
    result_info: QLabel
    suggestion_box: QWidget
    suggestion_flow: FlowLayout
    result_list: ResultList
    result_stack: QStackedWidget
    list_button: QToolButton
    map_button: QToolButton
    map_pane: MapPane
    detail_view: DetailView
    catalog_status: QLabel
    count_status: QLabel
    demo_status: QLabel
    sync_status: QLabel
    progress: QProgressBar
    focus_search_action: QAction
    open_action: QAction
    restore_demo_action: QAction
    quit_action: QAction
    presentation_action: QAction
    clear_filters_action: QAction
    show_filters_action: QAction
    filters_button: QToolButton
    settings_action: QAction
    language_nl_action: QAction
    language_en_action: QAction
    about_action: QAction
    glossary_action: QAction
    offline_map_action: QAction
    stop_offline_map_action: QAction
    shortcuts_action: QAction
    area_offer_button: QToolButton
    area_offer_action: QAction
    show_map_action: QAction
    sync_now_action: QAction
    conflicts_action: QAction
    edit_action: QAction
    verify_action: QAction
    new_actions: dict[str, QAction]
    edit_menu: QMenu
    new_menu: QMenu
    sync_menu: QMenu
    file_menu: QMenu
    view_menu: QMenu
    settings_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(QSize(1200, 780))
        self.completed = False
        central = QWidget()
        central.setObjectName("central")
        self._outer = QVBoxLayout(central)
        self._outer.setContentsMargins(10, 8, 10, 4)
        self._outer.setSpacing(6)

        search_row = QHBoxLayout()
        self._search_row = search_row
        self.search_label = QLabel()
        self.search_edit = SearchField()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        font = self.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_edit.setFont(font)
        self.search_label.setBuddy(self.search_edit)
        self.presentation_button = QToolButton()
        self.presentation_button.setObjectName("presentationButton")
        self.presentation_button.setCheckable(True)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.presentation_button)
        self._outer.addLayout(search_row)
        self._outer.addStretch(1)
        self.setCentralWidget(central)
        self.retranslate()

    def complete(self) -> None:
        """Build filters, chips, result list, detail pane, status bar and menus (once)."""
        if self.completed:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QProgressBar, QSplitter, QStackedWidget

        from socialekaart.ui.views.detail_view import DetailView
        from socialekaart.ui.views.filter_bar import FilterBar
        from socialekaart.ui.views.flow_layout import FlowLayout
        from socialekaart.ui.views.map_pane import MapPane
        from socialekaart.ui.views.result_delegate import ResultDelegate
        from socialekaart.ui.views.result_list import ResultList
        from socialekaart.ui.views.widgets import ChipBar, plain_label

        self.presentation_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = self._outer
        stretch = outer.takeAt(outer.count() - 1)  # the placeholder stretch
        del stretch
        self.filter_bar = FilterBar()
        outer.addWidget(self.filter_bar)
        self.filters_button = QToolButton()
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._search_row.insertWidget(self._search_row.indexOf(self.presentation_button), self.filters_button)
        self.chip_bar = ChipBar()
        self.chip_bar.setObjectName("chipBar")
        self.chip_bar.setVisible(False)
        outer.addWidget(self.chip_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        self.result_info = plain_label(name="resultInfo", selectable=False)
        info_row = QHBoxLayout()
        info_row.addWidget(self.result_info, 1)
        # "Lijst | Kaart": the map takes the result list's place; the detail pane stays beside it.
        # "Gebied Dorst kiezen": offered when the question names a place (Ctrl+G takes it).
        self.area_offer_button = QToolButton()
        self.area_offer_button.setObjectName("areaOfferButton")
        self.area_offer_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area_offer_button.setVisible(False)
        info_row.addWidget(self.area_offer_button)
        self.list_button = QToolButton()
        self.list_button.setObjectName("listButton")
        self.map_button = QToolButton()
        self.map_button.setObjectName("mapButton")
        view_group = QButtonGroup(self)
        for button in (self.list_button, self.map_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            view_group.addButton(button)
            info_row.addWidget(button)
        self.list_button.setChecked(True)
        self.list_button.clicked.connect(lambda: self.show_map(False))
        self.map_button.clicked.connect(lambda: self.show_map(True))
        left_layout.addLayout(info_row)
        self.suggestion_box = QWidget()
        self.suggestion_flow = FlowLayout(self.suggestion_box, spacing=6)
        self.suggestion_flow.setContentsMargins(0, 0, 0, 0)
        self.suggestion_box.setVisible(False)
        left_layout.addWidget(self.suggestion_box)
        self.result_list = ResultList()
        self.result_list.setObjectName("resultList")
        self.result_list.setItemDelegate(ResultDelegate(self.result_list))
        self.result_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.result_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.result_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_list.setSpacing(1)
        self.map_pane = MapPane()
        self.result_stack = QStackedWidget()
        self.result_stack.setObjectName("resultStack")
        self.result_stack.addWidget(self.result_list)
        self.result_stack.addWidget(self.map_pane)
        left_layout.addWidget(self.result_stack, 1)
        self.detail_view = DetailView()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 700])
        outer.addWidget(self.splitter, 1)

        status = self.statusBar()
        status.setObjectName("statusBar")
        self.catalog_status = plain_label(wrap=False, selectable=False, name="catalogStatus")
        self.count_status = plain_label(wrap=False, selectable=False, name="countStatus")
        self.demo_status = plain_label(wrap=False, selectable=False, name="demoStatus")
        self.demo_status.setStyleSheet(highlight_style("1px 6px"))
        self.demo_status.setVisible(False)
        self.sync_status = plain_label(wrap=False, selectable=False, name="syncStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        status.addWidget(self.catalog_status)
        status.addWidget(self.count_status)
        status.addWidget(self.demo_status)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.sync_status)

        self._make_actions()
        self.completed = True
        self.refresh_tab_order()
        self.retranslate()

    def _make_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        self.focus_search_action = QAction(self)
        self.focus_search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
        self.focus_search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.focus_search_action)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.restore_demo_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.presentation_action = QAction(self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+P")])
        self.presentation_button.setDefaultAction(self.presentation_action)
        self.clear_filters_action = QAction(self)
        self.clear_filters_action.setShortcut(QKeySequence("Ctrl+Shift+Backspace"))
        self.show_filters_action = QAction(self)
        self.show_filters_action.setCheckable(True)
        self.show_filters_action.setChecked(True)
        self.show_filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.show_filters_action.toggled.connect(self.show_filters)
        self.filters_button.setDefaultAction(self.show_filters_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.language_nl_action = QAction("Nederlands", self)
        self.language_nl_action.setCheckable(True)
        self.language_en_action = QAction("English", self)
        self.language_en_action.setCheckable(True)
        self.about_action = QAction(self)
        self.glossary_action = QAction(self)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.area_offer_action = QAction(self)
        self.area_offer_action.setShortcut(QKeySequence("Ctrl+G"))
        self.area_offer_action.setEnabled(False)
        self.addAction(self.area_offer_action)
        self.area_offer_button.setDefaultAction(self.area_offer_action)
        self.show_map_action = QAction(self)
        self.show_map_action.setCheckable(True)
        self.show_map_action.setShortcut(QKeySequence("Ctrl+M"))
        self.show_map_action.toggled.connect(self.show_map)
        self.offline_map_action = QAction(self)
        self.stop_offline_map_action = QAction(self)
        self.stop_offline_map_action.setEnabled(False)
        self.sync_now_action = QAction(self)
        self.sync_now_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.conflicts_action = QAction(self)

        self.edit_action = QAction(self)
        self.edit_action.setObjectName("editAction")
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.verify_action = QAction(self)
        self.verify_action.setObjectName("verifyAction")
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        from socialekaart.workspace.entry_kinds import ENTRY_KINDS

        self.new_actions = {kind: QAction(self) for kind in ENTRY_KINDS}
        self.new_actions["service"].setShortcut(QKeySequence(QKeySequence.StandardKey.New))

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.restore_demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.focus_search_action)
        self.view_menu.addAction(self.clear_filters_action)
        self.view_menu.addAction(self.show_filters_action)
        self.view_menu.addAction(self.presentation_action)
        self.view_menu.addAction(self.show_map_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.offline_map_action)
        self.view_menu.addAction(self.stop_offline_map_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.edit_action)
        self.edit_menu.addAction(self.verify_action)
        self.new_menu = self.edit_menu.addMenu("")
        for action in self.new_actions.values():
            self.new_menu.addAction(action)
        self.sync_menu = bar.addMenu("")
        self.sync_menu.addAction(self.sync_now_action)
        self.sync_menu.addAction(self.conflicts_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.settings_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addAction(self.language_nl_action)
        self.language_menu.addAction(self.language_en_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.glossary_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def refresh_tab_order(self) -> None:
        """Search → presentation → filters → chips → results → detail; call after rebuilding any of them."""
        if not self.completed:
            return
        chain: list[QWidget] = [
            self.search_edit,
            self.filters_button,
            self.presentation_button,
            *self.filter_bar.focus_chain(),
            *self.chip_bar.buttons(),
            self.area_offer_button,
            self.list_button,
            self.map_button,
            *self.result_focusables(),
            *self.detail_view.focusables(),
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    @property
    def map_visible(self) -> bool:
        return self.completed and self.result_stack.currentWidget() is self.map_pane

    def result_focusables(self) -> list[QWidget]:
        """The result list, or the map's chooser and map when the map is shown."""
        if not self.map_visible:
            return [self.result_list]
        return self.map_pane.focusables()

    def offer_area(self, label: str) -> None:
        """Offer the area the question names as the area filter ("" hides the offer)."""
        if not self.completed:
            return
        self.area_offer_action.setEnabled(bool(label))
        self.area_offer_button.setVisible(bool(label))
        if label:
            self.area_offer_action.setText(self.tr("Alleen %1 (Ctrl+G)").replace("%1", label))
            self.area_offer_button.setAccessibleName(self.tr("Gebied kiezen: %1").replace("%1", label))
        self.refresh_tab_order()

    def show_filters(self, on: bool) -> None:
        """Show the filter controls (True) or fold them away (False); the chips of active filters stay."""
        if not self.completed:
            return
        self.show_filters_action.blockSignals(True)
        self.show_filters_action.setChecked(on)
        self.show_filters_action.blockSignals(False)
        self.filter_bar.setVisible(on and not self.property("presentation"))
        self.refresh_tab_order()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Keep the window inside the screen's available area (a saved size can be larger than this screen, or
        from another screen), and on a small screen fold the filter controls away."""
        if available is None:
            screen = self.screen()
            if screen is None:
                return
            available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra = frame.size() - self.geometry().size()  # the window manager's frame, if any
        width = min(self.width(), available.width() - extra.width())
        height = min(self.height(), available.height() - extra.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
        y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)
        if self.completed and available.height() < COMPACT_HEIGHT:
            self.show_filters(False)

    def show_map(self, on: bool) -> None:
        """Show the map in the result list's place (True) or the list again (False)."""
        if not self.completed or on == self.map_visible:
            return
        self.result_stack.setCurrentWidget(self.map_pane if on else self.result_list)
        (self.map_button if on else self.list_button).setChecked(True)
        self.show_map_action.blockSignals(True)
        self.show_map_action.setChecked(on)
        self.show_map_action.blockSignals(False)
        self.refresh_tab_order()
        self.map_shown.emit(on)

    def set_stale_months(self, months: int) -> None:
        """Entries not checked for this many months are marked, on the result cards and in the detail pane."""
        from socialekaart.ui.views.result_delegate import ResultDelegate

        self.detail_view.stale_months = months
        delegate = self.result_list.itemDelegate()
        if isinstance(delegate, ResultDelegate):
            delegate.stale_months = months
        self.result_list.viewport().update()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Zoek:"))
        self.search_edit.setPlaceholderText(
            self.tr("Wat is de vraag? Bijv. schulden, eenzaam, mantelzorg, taal…  (Ctrl+K)")
        )
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setAccessibleDescription(
            self.tr("Typ een hulpvraag; de resultaten verschijnen terwijl u typt. Pijltjes kiezen, Enter opent.")
        )
        self.presentation_button.setAccessibleName(self.tr("Presentatiemodus"))
        if not self.completed:
            self.presentation_button.setText(self.tr("Presentatie"))
            return
        self.result_list.setAccessibleName(self.tr("Resultaten"))
        self.detail_view.setAccessibleName(self.tr("Details"))
        self.chip_bar.setAccessibleName(self.tr("Actieve filters"))
        self.focus_search_action.setText(self.tr("Naar &zoekveld"))
        self.open_action.setText(self.tr("Catalogus &openen…"))
        self.restore_demo_action.setText(self.tr("&Demo-catalogus herstellen…"))
        self.quit_action.setText(self.tr("&Afsluiten"))
        self.presentation_action.setText(self.tr("&Presentatie"))
        self.presentation_action.setToolTip(self.tr("Groot tonen om het scherm naar de inwoner te draaien (F11)"))
        self.clear_filters_action.setText(self.tr("Alle &filters wissen"))
        self.show_filters_action.setText(self.tr("Filters &tonen"))
        self.show_filters_action.setIconText(self.tr("Filters"))
        self.show_filters_action.setToolTip(self.tr("Filters tonen of verbergen (Ctrl+Shift+F)"))
        self.filters_button.setAccessibleName(self.tr("Filters tonen of verbergen"))
        self.settings_action.setText(self.tr("&Instellingen…"))
        self.about_action.setText(self.tr("&Over Sociale Kaart"))
        self.glossary_action.setText(self.tr("&Woordenlijst"))
        self.shortcuts_action.setText(self.tr("&Sneltoetsen"))
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.view_menu.setTitle(self.tr("Bee&ld"))
        self.settings_menu.setTitle(self.tr("&Instellingen"))
        self.language_menu.setTitle(self.tr("&Taal"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.list_button.setText(self.tr("Lijst"))
        self.list_button.setAccessibleName(self.tr("Resultaten als lijst"))
        self.map_button.setText(self.tr("Kaart"))
        self.map_button.setAccessibleName(self.tr("Resultaten op de kaart"))
        self.map_button.setToolTip(self.tr("Resultaten, wijken en buurten op de kaart (Ctrl+M)"))
        self.show_map_action.setText(self.tr("&Kaart tonen"))
        self.offline_map_action.setText(self.tr("&Straten offline ophalen…"))
        self.offline_map_action.setToolTip(
            self.tr(
                "De achtergrondkaart van de gemeente eenmalig ophalen, zodat de kaart ook zonder internet straten toont"
            )
        )
        self.stop_offline_map_action.setText(self.tr("Ophalen &stoppen"))
        self.sync_menu.setTitle(self.tr("&Synchronisatie"))
        self.sync_now_action.setText(self.tr("&Nu synchroniseren"))
        self.conflicts_action.setText(self.tr("&Conflicten…"))
        self.edit_menu.setTitle(self.tr("Be&werken"))
        self.edit_action.setText(self.tr("&Bewerken…"))
        self.verify_action.setText(self.tr("&Klopt nog"))
        self.verify_action.setToolTip(self.tr("Vastleggen dat u deze gegevens vandaag hebt gecontroleerd"))
        from socialekaart.ui.labels import entry_kind_name

        self.new_menu.setTitle(self.tr("&Nieuw"))
        for kind, action in self.new_actions.items():
            action.setText(entry_kind_name(kind) + "…")
        self.sync_status.setAccessibleName(self.tr("Synchronisatie"))
        self.progress.setAccessibleName(self.tr("Voortgang"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_catalog_title(self, name: str) -> None:
        self.setWindowTitle(f"{name} — {APP_DISPLAY_NAME}" if name else APP_DISPLAY_NAME)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
