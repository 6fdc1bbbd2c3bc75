"""The settings dialog: the UI language, the map's online background, and synchronisation with a server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui.views.widgets import plain_label


class SettingsDialog(QDialog):
    """Layout only; the caller reads `language`, `online_map`, `sync_server`, `sync_token` and `sync_minutes`
    after accept(). The token field starts empty: an empty field keeps the stored token.

    Whether a token is stored comes from the keyring, which the controller reads on a worker: meanwhile
    `show_token_loading()` greys the field out with "Token laden…" and the dialog cannot be accepted; then
    `show_token_state(stored)` or `show_token_error(message)`."""

    def __init__(
        self,
        language: str,
        settings_file: str,
        parent: QWidget | None = None,
        *,
        online_map: bool = False,
        sync_server: str = "",
        sync_minutes: int = 15,
        token_stored: bool = False,
        user_email: str = "",
        stale_months: int = 12,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settingsLanguage")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Taal van de app"))
        label = QLabel(self.tr("&Taal van de app:"))
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        layout.addLayout(form)
        note = plain_label(self.tr("De gegevens in de catalogus blijven in het Nederlands."))
        layout.addWidget(note)

        map_box = QGroupBox(self.tr("Kaart"))
        map_layout = QVBoxLayout(map_box)
        self.online_map_check = QCheckBox(self.tr("&Online achtergrondkaart (PDOK) gebruiken"))
        self.online_map_check.setObjectName("settingsOnlineMap")
        self.online_map_check.setChecked(online_map)
        self.online_map_check.setAccessibleName(self.tr("Online achtergrondkaart"))
        map_layout.addWidget(self.online_map_check)
        map_layout.addWidget(
            plain_label(
                self.tr("Zonder deze keuze werkt de kaart helemaal zonder internet. Geldt vanaf de volgende start.")
            )
        )
        layout.addWidget(map_box)

        sync_box = QGroupBox(self.tr("Synchronisatie"))
        sync_box.setObjectName("settingsSync")
        sync_form = QFormLayout(sync_box)
        self.server_edit = QLineEdit(sync_server)
        self.server_edit.setObjectName("settingsServer")
        self.server_edit.setPlaceholderText("https://sociale-kaart.example.nl")
        self.server_edit.setAccessibleName(self.tr("Adres van de server"))
        server_label = QLabel(self.tr("&Server:"))
        server_label.setBuddy(self.server_edit)
        sync_form.addRow(server_label, self.server_edit)
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("settingsToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("Persoonlijk token"))
        token_label = QLabel(self.tr("&Token:"))
        token_label.setBuddy(self.token_edit)
        sync_form.addRow(token_label, self.token_edit)
        # wide enough for the longest hint, so "(opgeslagen; leeg laten om te houden)" is never cut off
        metrics = self.token_edit.fontMetrics()
        hints = (
            self.tr("(opgeslagen; leeg laten om te houden)"),
            self.tr("uw persoonlijke token"),
            self.server_edit.placeholderText(),
        )
        width = max(metrics.horizontalAdvance(h) for h in hints) + 4 * metrics.averageCharWidth()
        self.server_edit.setMinimumWidth(width)
        self.token_edit.setMinimumWidth(width)
        # "Token laden…" while the keyring is read, or why it could not be read.
        self.token_status = plain_label(name="settingsTokenStatus")
        self.token_status.setVisible(False)
        sync_form.addRow(self.token_status)
        self._token_loading = False
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("settingsInterval")
        self.interval_spin.setRange(1, 24 * 60)
        self.interval_spin.setValue(sync_minutes)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Synchroniseren elke zoveel minuten"))
        interval_label = QLabel(self.tr("&Elke:"))
        interval_label.setBuddy(self.interval_spin)
        sync_form.addRow(interval_label, self.interval_spin)
        sync_form.addRow(
            plain_label(
                self.tr(
                    "Het token wordt één keer ingevoerd en bewaard in de sleutelbos van het besturingssysteem "
                    "(of in een bestand dat alleen u kunt lezen), nooit in het instellingenbestand."
                )
            )
        )
        layout.addWidget(sync_box)

        edit_box = QGroupBox(self.tr("Bewerken"))
        edit_form = QFormLayout(edit_box)
        self.email_edit = QLineEdit(user_email)
        self.email_edit.setObjectName("settingsEmail")
        self.email_edit.setPlaceholderText(self.tr("bijv. naam@gemeente.nl"))
        self.email_edit.setAccessibleName(self.tr("Uw e-mailadres, vastgelegd bij Klopt nog"))
        email_label = QLabel(self.tr("Uw &e-mailadres:"))
        email_label.setBuddy(self.email_edit)
        edit_form.addRow(email_label, self.email_edit)
        self.stale_spin = QSpinBox()
        self.stale_spin.setObjectName("settingsStaleMonths")
        self.stale_spin.setRange(1, 120)
        self.stale_spin.setValue(stale_months)
        self.stale_spin.setSuffix(self.tr(" maanden"))
        self.stale_spin.setAccessibleName(self.tr("Niet gecontroleerd na zoveel maanden"))
        stale_label = QLabel(self.tr("&Niet gecontroleerd na:"))
        stale_label.setBuddy(self.stale_spin)
        edit_form.addRow(stale_label, self.stale_spin)
        layout.addWidget(edit_box)

        where = plain_label(self.tr("Instellingen worden bewaard in: %1").replace("%1", settings_file))
        where.setEnabled(False)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.show_token_state(token_stored)

    # --- the stored token, read by the controller on a worker ----------------------------------------------------

    @property
    def token_loading(self) -> bool:
        """True while the keyring is being read; the dialog cannot be accepted then."""
        return self._token_loading

    def show_token_loading(self) -> None:
        self._token_loading = True
        self.token_edit.setEnabled(False)
        self.token_edit.setPlaceholderText(self.tr("Token laden…"))
        self.token_edit.setAccessibleDescription(self.tr("Het opgeslagen token wordt gelezen"))
        self._show_token_status(self.tr("Het opgeslagen token wordt gelezen…"))
        self.ok_button.setEnabled(False)

    def show_token_state(self, stored: bool) -> None:
        self._token_loading = False
        self.token_edit.setEnabled(True)
        self.token_edit.setPlaceholderText(
            self.tr("(opgeslagen; leeg laten om te houden)") if stored else self.tr("uw persoonlijke token")
        )
        self.token_edit.setAccessibleDescription("")
        self._show_token_status("")
        self.ok_button.setEnabled(True)

    def show_token_error(self, message: str) -> None:
        self.show_token_state(False)
        self._show_token_status(message)

    def _show_token_status(self, text: str) -> None:
        self.token_status.setText(text)
        self.token_status.setVisible(bool(text))

    def accept(self) -> None:
        if self._token_loading:
            return  # not with a half-loaded token state
        super().accept()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def online_map(self) -> bool:
        return self.online_map_check.isChecked()

    @property
    def sync_server(self) -> str:
        return self.server_edit.text().strip()

    @property
    def sync_token(self) -> str:
        return self.token_edit.text().strip()

    @property
    def sync_minutes(self) -> int:
        return int(self.interval_spin.value())

    @property
    def user_email(self) -> str:
        return self.email_edit.text().strip()

    @property
    def stale_months(self) -> int:
        return int(self.stale_spin.value())
