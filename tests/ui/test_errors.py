"""Every error the app shows names its reason in words: the core's Dutch message, or a named failure of the machine."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.errors import KeyringLocked
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.store import CatalogLockedError
from socialekaart.errors import UserFacingError
from socialekaart.interchange.problems import ImportFailed, Problem
from socialekaart.progress import Cancelled
from socialekaart.sync.client import SyncError
from socialekaart.ui.errors import reason
from socialekaart.ui.i18n import install_language


def test_the_cores_dutch_message_is_shown_as_it_is(tmp_path: Path) -> None:
    # without its final full stop: the sentence it is put in ("Zoeken lukte niet: %1.") ends it
    assert reason(EditError("De naam mag niet leeg zijn.")) == "De naam mag niet leeg zijn"
    locked = CatalogLockedError(tmp_path / "k.sqlite", "De catalogus is in gebruik door een ander programma.")
    assert reason(locked) == "De catalogus is in gebruik door een ander programma"
    assert reason(SyncError("De server antwoordt niet")) == "De server antwoordt niet"
    failed = ImportFailed([Problem("services.csv", 3, "name", "leeg")])
    assert "services.csv, regel 3, kolom 'name'" in reason(failed)
    assert reason(Cancelled()) == "afgebroken"  # in the language of the app


def test_every_user_facing_error_of_the_core_derives_from_the_marker() -> None:
    from socialekaart.geo.boundaries import BoundaryFileError
    from socialekaart.interchange.export import ExportRefused
    from socialekaart.interchange.values import ValueProblem
    from socialekaart.search.places import PlaceError
    from socialekaart.search.thesaurus import ThesaurusError
    from socialekaart.sync.wire import PayloadError

    for kind in (BoundaryFileError, ExportRefused, ValueProblem, PlaceError, ThesaurusError, PayloadError):
        assert issubclass(kind, UserFacingError), kind


def test_failures_of_the_machine_are_named() -> None:
    assert reason(PermissionError(errno.EACCES, "Permission denied")) == (
        "geen toestemming om het bestand te lezen of te schrijven"
    )
    assert reason(FileNotFoundError(errno.ENOENT, "No such file")) == "het bestand bestaat niet (meer)"
    assert reason(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert reason(OSError(errno.EIO, "Input/output error")) == (
        "fout bij het lezen of schrijven van een bestand (Input/output error)"
    )
    assert reason(MemoryError()) == "te weinig geheugen"
    assert reason(TimeoutError()) == "het duurde te lang"
    assert reason(KeyringLocked("locked")) == "de wachtwoordkluis van het systeem is niet bereikbaar"
    assert reason(httpx.ConnectError("refused")) == "geen verbinding met de server"
    assert reason(ValueError("x")) == "onverwachte fout (ValueError)"
    assert reason(UserFacingError(" . ")) == "onverwachte fout (UserFacingError)"  # an empty message says nothing


@pytest.fixture
def locked_catalog(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "bezet.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_busy_sqlite_file_is_named_as_busy(locked_catalog: Path) -> None:
    engine = create_engine(f"sqlite:///{locked_catalog}", connect_args={"timeout": 0})
    with pytest.raises(OperationalError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()
    assert reason(caught.value) == "de catalogus is even bezet door een ander programma; probeer het zo opnieuw"


def test_a_damaged_sqlite_file_is_named_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert reason(caught.value) == "de catalogus is beschadigd of kon niet van de schijf worden gelezen"


def test_reasons_follow_the_language(qapp: QApplication) -> None:
    try:
        assert install_language("en")
        assert reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
        assert reason(ValueError("x")) == "unexpected error (ValueError)"
    finally:
        install_language("nl")
    assert reason(ValueError("x")) == "onverwachte fout (ValueError)"
