"""Words for the sync state: the status bar's line and the conflicts window's, one wording for both."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from socialekaart.sync.status import SyncStatus


def sync_time_label(iso_utc: str) -> str:
    """A stored UTC moment ('2026-11-22T21:50:00') as local 'dd-mm-jjjj uu:mm'."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def sync_state_parts(status: SyncStatus, syncing: bool = False) -> list[str]:
    """The sync state in short parts: last sync, waiting edits, open conflicts, the last failure (not while a new
    attempt runs). Server messages stay Dutch."""
    parts: list[str] = []
    if status.last_sync:
        parts.append(
            QCoreApplication.translate("Labels", "Laatst gesynchroniseerd: %1").replace(
                "%1", sync_time_label(status.last_sync)
            )
        )
    elif not syncing:
        parts.append(QCoreApplication.translate("Labels", "Nog niet gesynchroniseerd"))
    if status.pending == 1:
        parts.append(QCoreApplication.translate("Labels", "1 wijziging wacht"))
    elif status.pending:
        parts.append(QCoreApplication.translate("Labels", "%1 wijzigingen wachten").replace("%1", str(status.pending)))
    if status.conflicts == 1:
        parts.append(QCoreApplication.translate("Labels", "1 conflict"))
    elif status.conflicts:
        parts.append(QCoreApplication.translate("Labels", "%1 conflicten").replace("%1", str(status.conflicts)))
    if status.last_error and not syncing:
        parts.append(QCoreApplication.translate("Labels", "Mislukt: %1").replace("%1", status.last_error))
    return parts


def sync_state_line(status: SyncStatus) -> str:
    """The sync state in one line (the conflicts window's)."""
    return " · ".join(sync_state_parts(status))


def sync_line(
    status: SyncStatus | None,
    *,
    server: bool,
    running: bool,
    syncing: bool = False,
    saving_token: bool = False,
    token_error: str | None = None,
) -> str:
    """The status bar's sync line. `server`: a sync server is set; `running`: its scheduler runs (a token is in
    hand); `token_error`: why the stored token could not be read."""
    if saving_token:
        return QCoreApplication.translate("Labels", "Synchronisatie: token opslaan…")
    if not server or (not running and status is None):
        return QCoreApplication.translate("Labels", "Synchronisatie: nog niet ingesteld")
    parts = [QCoreApplication.translate("Labels", "Synchroniseren…")] if syncing else []
    if status is not None:
        parts.extend(sync_state_parts(status, syncing))
    if not running:
        if token_error:
            parts.append(
                QCoreApplication.translate(
                    "Labels", "token niet te lezen (%1); vul het opnieuw in bij Instellingen"
                ).replace("%1", token_error)
            )
        else:
            parts.append(QCoreApplication.translate("Labels", "geen token"))
    return " · ".join(parts)
