"""What went wrong, in the user's language: one reason for any failure, shown in every error the app gives."""

from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QCoreApplication

from socialekaart.errors import UserFacingError
from socialekaart.progress import Cancelled


def reason(exc: BaseException) -> str:
    """A short reason for ``exc`` to put in a sentence ("Zoeken lukte niet: %1").

    The core's own Dutch messages are shown as they are; common failures of the machine (a full disk, no rights, a
    busy file, no keyring) are named in words; anything else is an unexpected error, named by its kind so a
    beheerder can find it in the log.
    """
    if isinstance(exc, UserFacingError) and str(exc).strip(" ."):
        # one line (a thesaurus error lists its rows on lines of their own), without the full stop: the sentence
        # it is put in ends it
        return " ".join(str(exc).split()).rstrip(".")
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "afgebroken")
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "te weinig geheugen")
    if isinstance(exc, TimeoutError):
        return QCoreApplication.translate("Errors", "het duurde te lang")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Errors", "geen toestemming om het bestand te lezen of te schrijven")
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("Errors", "het bestand bestaat niet (meer)")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("Errors", "de schijf is vol")
    database = _database_reason(exc)
    if database:
        return database
    if _is_keyring_error(exc):
        return QCoreApplication.translate("Errors", "de wachtwoordkluis van het systeem is niet bereikbaar")
    if _is_network_error(exc):
        return QCoreApplication.translate("Errors", "geen verbinding met de server")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "fout bij het lezen of schrijven van een bestand (%1)").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    return QCoreApplication.translate("Errors", "onverwachte fout (%1)").replace("%1", type(exc).__name__)


def _database_reason(exc: BaseException) -> str:
    from sqlalchemy.exc import DBAPIError

    cause: BaseException | None = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(cause, sqlite3.Error):
        return ""
    text = str(cause).lower()
    if "locked" in text or "busy" in text:
        return QCoreApplication.translate(
            "Errors", "de catalogus is even bezet door een ander programma; probeer het zo opnieuw"
        )
    if "disk is full" in text:
        return QCoreApplication.translate("Errors", "de schijf is vol")
    if "readonly" in text or "read-only" in text:
        return QCoreApplication.translate("Errors", "de catalogus mag niet worden gewijzigd (alleen lezen)")
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return QCoreApplication.translate(
            "Errors", "de catalogus is beschadigd of kon niet van de schijf worden gelezen"
        )
    return QCoreApplication.translate("Errors", "fout in de catalogus (%1)").replace("%1", type(cause).__name__)


def _is_keyring_error(exc: BaseException) -> bool:
    from keyring.errors import KeyringError  # imported on a failure only: not at start-up

    return isinstance(exc, KeyringError)


def _is_network_error(exc: BaseException) -> bool:
    import httpx

    return isinstance(exc, httpx.TransportError)
