"""The window's own behaviour: keyboard focus, presentation mode, language, status bar, window geometry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QDialog, QMessageBox

from socialekaart import APP_DISPLAY_NAME, __version__
from socialekaart.ui.controllers.catalog_controller import CatalogController
from socialekaart.ui.controllers.detail_controller import DetailController
from socialekaart.ui.controllers.filter_controller import FilterController
from socialekaart.ui.controllers.map_controller import MapController
from socialekaart.ui.controllers.search_controller import SearchController
from socialekaart.ui.controllers.sync_controller import SyncController
from socialekaart.ui.errors import reason
from socialekaart.ui.help_words import glossary_entries, shortcut_entries
from socialekaart.ui.i18n import install_language
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.help_dialog import HelpDialog
from socialekaart.ui.views.main_window import MainWindow
from socialekaart.ui.views.result_delegate import reason_line
from socialekaart.ui.views.settings_dialog import SettingsDialog
from socialekaart.workspace.session import CatalogSession

# Presentation mode enlarges the result list and the detail pane by this factor.
PRESENTATION_SCALE = 1.6


class MainController(QObject):
    """Wires the window's actions to the other controllers; owns no catalog logic itself."""

    def __init__(
        self,
        window: MainWindow,
        settings: AppSettings,
        runner: TaskRunner,
        catalogs: CatalogController,
        filters: FilterController,
        search: SearchController,
        detail: DetailController,
        maps: MapController,
        sync: SyncController,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.runner = runner
        self.catalogs = catalogs
        self.filters = filters
        self.search = search
        self.detail = detail
        self.maps = maps
        self.sync = sync
        self.presenting = False
        self._normal_fonts: dict[str, QFont] = {}
        self._normal_sizes: list[int] = []

        w = window
        w.focus_search_action.triggered.connect(self.focus_search)
        w.presentation_action.toggled.connect(self.set_presentation)
        w.clear_filters_action.triggered.connect(filters.clear)
        w.open_action.triggered.connect(self._open_other)
        w.restore_demo_action.triggered.connect(self._restore_demo)
        w.quit_action.triggered.connect(w.close)
        w.settings_action.triggered.connect(self.show_settings)
        w.about_action.triggered.connect(self._about)
        w.glossary_action.triggered.connect(self.show_glossary)
        w.shortcuts_action.triggered.connect(self.show_shortcuts)
        w.area_offer_action.triggered.connect(search.take_offered_area)
        search.need_counted.connect(self._need_counted)
        group = QActionGroup(self)
        group.addAction(w.language_nl_action)
        group.addAction(w.language_en_action)
        w.language_nl_action.triggered.connect(lambda: self.set_language("nl"))
        w.language_en_action.triggered.connect(lambda: self.set_language("en"))
        self._check_language_action()
        w.result_list.escape.connect(self.focus_search)
        w.detail_view.close_requested.connect(self._back_to_list)
        w.detail_view.open_service.connect(self._open_related)
        w.detail_view.copied.connect(self._copied)
        w.chip_bar.removed.connect(lambda _k: w.refresh_tab_order())
        w.closing.connect(self.save_window)

        catalogs.opened.connect(self._catalog_opened)
        catalogs.busy.connect(self._busy)
        catalogs.progress.connect(self._progress)
        catalogs.quit_requested.connect(w.close)
        search.current_changed.connect(self._current_changed)
        search.open_requested.connect(lambda sid: detail.request(sid, immediate=True, focus=True))
        search.results_shown.connect(lambda _n: w.refresh_tab_order())
        detail.shown.connect(lambda _sid: w.refresh_tab_order())
        runner.unhandled_error.connect(self._unhandled)
        sync.settings_needed.connect(self.show_settings)
        sync.token_saved.connect(self._token_saved)
        sync.token_save_failed.connect(self._token_save_failed)
        if catalogs.loading:  # opening started before this controller existed (staged start-up)
            self._busy(True)

    # --- window ----------------------------------------------------------------------------------------------

    def save_window(self) -> None:
        if self.presenting:
            self.set_presentation(False)
        self.settings.geometry = self.window.saveGeometry()
        self.settings.splitter_state = self.window.splitter.saveState()
        self.settings.sync()

    def focus_search(self) -> None:
        edit = self.window.search_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def _back_to_list(self) -> None:
        if self.search.model.rowCount():
            self.window.result_list.setFocus()
        else:
            self.focus_search()

    def _current_changed(self, service_id: str) -> None:
        """The pane shows the list's chosen entry, with why the search found it."""
        row = self.search.model.row_at(self.search.model.index_of(service_id)) if service_id else None
        self.detail.view.set_reason(service_id, reason_line(row) if row is not None else "")
        self.detail.request(service_id, listed=self.search.model.rowCount() > 0)

    def _open_related(self, service_id: str) -> None:
        row = self.search.model.index_of(service_id)
        if row >= 0:
            self.search.select_row(row)
        self.detail.request(service_id, immediate=True, focus=True)

    def _copied(self, what: str, value: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Gekopieerd (%1): %2").replace("%1", what).replace("%2", value), 4000
        )

    # --- presentation mode -------------------------------------------------------------------------------------

    def set_presentation(self, on: bool) -> None:
        """Enlarge results and detail so the screen can be turned to the resident; hide the filter controls."""
        if on == self.presenting:
            return
        w = self.window
        self.presenting = on
        w.presentation_action.blockSignals(True)
        w.presentation_action.setChecked(on)
        w.presentation_action.blockSignals(False)
        widgets = {"list": w.result_list, "detail": w.detail_view, "info": w.result_info}
        if on:
            self._normal_fonts = {k: QFont(v.font()) for k, v in widgets.items()}
            self._normal_sizes = w.splitter.sizes()
            for widget in widgets.values():
                font = QFont(widget.font())
                font.setPointSizeF(font.pointSizeF() * PRESENTATION_SCALE)
                widget.setFont(font)
            total = sum(self._normal_sizes) or w.splitter.width()
            w.splitter.setSizes([int(total * 0.36), int(total * 0.64)])
        else:
            for key, widget in widgets.items():
                if key in self._normal_fonts:
                    widget.setFont(self._normal_fonts[key])
            if self._normal_sizes:
                w.splitter.setSizes(self._normal_sizes)
        w.setProperty("presentation", on)
        w.filter_bar.setVisible(not on and w.show_filters_action.isChecked())
        w.result_list.doItemsLayout()
        w.detail_view.rerender()
        w.refresh_tab_order()

    # --- language -----------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the UI language now (no restart) and remember it."""
        self.settings.language = language
        self.settings.sync()
        install_language(language)
        self._check_language_action()
        self.filters.retranslate()
        if self.search.last_outcome is not None:
            self.search._show_summary(self.search.last_outcome)
        self.window.result_list.viewport().update()
        self._status_catalog()
        self.sync.retranslate()
        self.maps.retranslate()

    def _check_language_action(self) -> None:
        lang = self.settings.language
        self.window.language_nl_action.setChecked(lang == "nl")
        self.window.language_en_action.setChecked(lang == "en")

    def show_settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog)

    def settings_dialog(self) -> SettingsDialog:
        """The settings dialog, at once; whether a token is stored is read from the keyring on a worker (a keyring
        can take seconds, or ask the user). Until then the token field says "Token laden…" and OK is off."""
        server = self.settings.sync_server
        dialog = SettingsDialog(
            self.settings.language,
            str(self.settings.path),
            self.window,
            online_map=self.settings.online_map,
            sync_server=server,
            sync_minutes=self.settings.sync_minutes,
            user_email=self.settings.user_email,
            stale_months=self.settings.stale_months,
        )
        if server:
            self._read_token_state(dialog, server)
        return dialog

    def _read_token_state(self, dialog: SettingsDialog, server: str) -> None:
        from socialekaart.sync.tokens import load_token

        dialog.show_token_loading()
        handle = self.runner.run(
            lambda _work: load_token(server) is not None,
            on_result=dialog.show_token_state,
            on_error=lambda exc: dialog.show_token_error(
                self.tr("Het opgeslagen token kon niet worden gelezen: %1. U kunt het opnieuw invullen.").replace(
                    "%1", reason(exc)
                )
            ),
            key="settings-token",
        )
        # A dialog that is closed (or gone) before the keyring answered gets nothing.
        dialog.finished.connect(lambda _result: handle.cancel())
        dialog.destroyed.connect(lambda _obj=None: handle.cancel())

    def apply_settings(self, dialog: SettingsDialog) -> None:
        """Take over an accepted settings dialog: language now, map tiles from the next map, sync restarts (a new
        token is stored on a worker; the status bar tells where when it is done)."""
        if dialog.token_loading:
            return  # never take over a half-loaded dialog (its OK button is off meanwhile)
        if dialog.language != self.settings.language:
            self.set_language(dialog.language)
        self.settings.online_map = dialog.online_map
        self.settings.user_email = dialog.user_email
        if dialog.stale_months != self.settings.stale_months:
            self.settings.stale_months = dialog.stale_months
            self.window.set_stale_months(dialog.stale_months)
            self.detail.reload()
        changed = (dialog.sync_server, dialog.sync_minutes) != (self.settings.sync_server, self.settings.sync_minutes)
        if changed or dialog.sync_token:
            self.sync.apply_settings(dialog.sync_server, dialog.sync_token, dialog.sync_minutes)

    def _token_saved(self, where: str) -> None:
        self.window.statusBar().showMessage(self.tr("Token opgeslagen in %1").replace("%1", where), 8000)

    def _token_save_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)
        box = QMessageBox(self.window)
        box.setObjectName("tokenSaveFailed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Synchronisatie"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- catalog ------------------------------------------------------------------------------------------------

    def _catalog_opened(self, session: CatalogSession) -> None:
        self.filters.set_session(session)
        self.detail.set_session(session)
        self.search.set_session(session)
        self.maps.set_session(session)
        self.sync.set_session(session)
        self.window.refresh_tab_order()
        self._status_catalog()

    def _status_catalog(self) -> None:
        w = self.window
        session = self.catalogs.session
        if session is None:
            w.catalog_status.setText(self.tr("Catalogus wordt geladen…"))
            w.count_status.setText("")
            w.demo_status.setVisible(False)
            return
        summary = session.summary
        name = summary.name or (session.path.name if session.path else self.tr("(in het geheugen)"))
        w.set_catalog_title(name)
        w.catalog_status.setText(self.tr("Catalogus: %1").replace("%1", name))
        if session.path is not None:
            w.catalog_status.setAccessibleDescription(str(session.path))
        count = summary.service_count
        w.count_status.setText(self.tr("1 dienst") if count == 1 else self.tr("%1 diensten").replace("%1", str(count)))
        w.demo_status.setText(self.tr("Demo: alle gegevens zijn verzonnen"))
        w.demo_status.setVisible(summary.demo)

    def _busy(self, on: bool) -> None:
        bar = self.window.progress
        bar.setVisible(on)
        if on:
            bar.setRange(0, 0)
            if self.catalogs.session is None:
                self._status_catalog()
        else:
            self.window.statusBar().clearMessage()

    def _progress(self, stage: str, done: int, total: int) -> None:
        bar = self.window.progress
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(done)
        else:
            bar.setRange(0, 0)
        self.window.statusBar().showMessage(stage)

    def _open_other(self) -> None:
        path = self.catalogs.ask_open_path()
        if path is not None:
            self.catalogs.open(path)

    def _restore_demo(self) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Demo-catalogus herstellen"),
            self.tr(
                "De demo-gegevens worden opnieuw in de open catalogus gezet; wijzigingen in demo-diensten gaan "
                "verloren. Uw eigen diensten blijven staan. Doorgaan?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.catalogs.restore_demo()

    def _about(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Over %1").replace("%1", APP_DISPLAY_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_DISPLAY_NAME} {__version__}")
        box.setInformativeText(
            self.tr(
                "Vind hulp, plekken en mensen in de gemeente, ook zonder internet. Catalogus in het formaat "
                "Open Referral HSDS 3.0."
            )
        )
        box.open()

    def show_glossary(self) -> HelpDialog:
        return self._help(self.tr("Woordenlijst"), glossary_entries())

    def show_shortcuts(self) -> HelpDialog:
        return self._help(self.tr("Sneltoetsen"), shortcut_entries())

    def _help(self, title: str, rows: list[tuple[str, str]]) -> HelpDialog:
        dialog = HelpDialog(title, rows, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _need_counted(self, query: str) -> None:
        """Enter on a question without results counted it: say so, briefly (only the words are kept)."""
        self.window.statusBar().showMessage(
            self.tr("Genoteerd als niet gevonden: ‘%1’ (anoniem, alleen de woorden)").replace("%1", query), 6000
        )

    def _unhandled(self, exc: object) -> None:
        if not isinstance(exc, BaseException):  # the signal carries an object; only exceptions are sent on it
            exc = RuntimeError(str(exc))
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_DISPLAY_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Er ging iets mis op de achtergrond: %1").replace("%1", reason(exc)))
        box.open()
