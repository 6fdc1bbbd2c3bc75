"""Opens a catalog file safely (WAL, foreign keys, migrations) and hands out read and write transactions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from socialekaart.catalog.models import CatalogInfo
from socialekaart.errors import UserFacingError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CHANGE_COUNTER_KEY = "change_counter"


class CatalogError(UserFacingError):
    """A catalog file cannot be used; the message is Dutch and meant for the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class CatalogCorruptError(CatalogError):
    """The file is not an SQLite database or is damaged."""


class CatalogLockedError(CatalogError):
    """Another program holds a lock on the file."""


class CatalogReadOnlyError(CatalogError):
    """The file or its folder cannot be written."""


class CatalogTooNewError(CatalogError):
    """The file was written by a newer version of Sociale Kaart."""


class CatalogMissingError(CatalogError):
    """The file does not exist and may not be created."""


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(path: Path | None) -> Engine:
    """An engine for a catalog file (or an in-memory catalog when path is None) with the pragmas set."""
    if path is None:
        from sqlalchemy.pool import StaticPool

        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        # NullPool: every session gets its own connection, so worker threads never share one and the file is
        # never held open longer than needed.
        engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Catalog:
    """An open catalog: the engine plus the way to run read and write transactions on it."""

    path: Path | None
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: all of it is committed, or nothing (on any exception it is rolled back).

        Every write bumps the change counter, so the search index and the UI know the catalog changed.
        """
        with self._locked_errors(), self._sessions() as session, session.begin():
            _take_write_lock(session.connection())
            yield session
            _bump_change_counter(session.connection())

    @contextmanager
    def write_connection(self, *, check_foreign_keys: bool = True) -> Iterator[Connection]:
        """Like write(), on a plain connection; sync turns foreign keys off because the server already checked
        them and a page may bring a child before its parent."""
        with self._locked_errors(), self.engine.connect() as conn:
            if not check_foreign_keys:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            try:
                with conn.begin():
                    _take_write_lock(conn)
                    yield conn
                    _bump_change_counter(conn)
            finally:
                if not check_foreign_keys:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()

    @contextmanager
    def _locked_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise CatalogLockedError(
                    self.path or Path(":memory:"),
                    f"De catalogus {self.path} is bezet door een ander programma; er is niets gewijzigd. "
                    "Probeer het zo opnieuw.",
                ) from exc
            raise

    def change_counter(self) -> int:
        """A number that grows with every committed write; cheap to poll."""
        with self.read() as session:
            value = session.scalar(select(CatalogInfo.value).where(CatalogInfo.key == CHANGE_COUNTER_KEY))
        return int(value or 0)

    def info(self) -> dict[str, str]:
        """The catalog facts (name, gemeente, demo, ...)."""
        with self.read() as session:
            return {row.key: row.value or "" for row in session.scalars(select(CatalogInfo))}

    def set_info(self, session: Session, key: str, value: str) -> None:
        """Set one catalog fact inside a write transaction."""
        session.merge(CatalogInfo(key=key, value=value))

    def close(self) -> None:
        """Release the engine (and with NullPool, every connection)."""
        self.engine.dispose()


def _take_write_lock(conn: Connection) -> None:
    """BEGIN IMMEDIATE semantics: take the write lock first, so a second writer waits (busy_timeout) instead of
    failing half-way through."""
    conn.execute(text("UPDATE catalog_info SET value = value WHERE key = :k"), {"k": CHANGE_COUNTER_KEY})


def _bump_change_counter(conn: Connection) -> None:
    """Tell the search index and the UI that the catalog changed."""
    result = conn.execute(
        text("UPDATE catalog_info SET value = CAST(CAST(COALESCE(value, '0') AS INTEGER) + 1 AS TEXT) WHERE key = :k"),
        {"k": CHANGE_COUNTER_KEY},
    )
    if result.rowcount == 0:
        conn.execute(text("INSERT INTO catalog_info (key, value) VALUES (:k, '1')"), {"k": CHANGE_COUNTER_KEY})


def _classify(path: Path, exc: BaseException) -> CatalogError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return CatalogLockedError(path, f"De catalogus {path} is in gebruik door een ander programma.")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return CatalogReadOnlyError(path, f"De catalogus {path} kan niet worden geopend om te schrijven.")
    log.warning("cannot use %s as a catalog: %r", path, exc)
    return CatalogCorruptError(path, f"Het bestand {path} is geen geldige catalogus of is beschadigd.")


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises CommandError/ResolutionError for unknown revisions
        return False


def open_catalog(path: Path | None, *, create: bool = True, upgrade: bool = True) -> Catalog:
    """Open (and when needed create or migrate) the catalog at path; None gives an in-memory catalog.

    Raises a CatalogError subclass with a Dutch message when the file cannot be used.
    """
    if path is not None:
        path = Path(path)
        if not path.exists():
            if not create:
                raise CatalogMissingError(path, f"De catalogus {path} bestaat niet.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CatalogReadOnlyError(path, f"De map {path.parent} kan niet worden aangemaakt.") from exc
        elif path.is_dir():
            raise CatalogCorruptError(path, f"{path} is een map, geen catalogusbestand.")
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            if path is not None:
                _enable_wal(conn)
            conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
            current = MigrationContext.configure(conn).get_current_revision()
            tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if current is None and tables and "alembic_version" not in tables:
            raise CatalogCorruptError(
                path or Path(":memory:"),
                f"Het bestand {path} is een database van een ander programma, geen catalogus van Sociale Kaart; "
                "het is niet gewijzigd.",
            )
        script = ScriptDirectory.from_config(_alembic_config())
        if current is not None and not _known_revision(script, current):
            raise CatalogTooNewError(
                path or Path(":memory:"),
                f"De catalogus {path} is gemaakt met een nieuwere versie van Sociale Kaart "
                f"(schema {current}). Werk Sociale Kaart bij of open een andere catalogus.",
            )
        if upgrade and current != script.get_current_head():
            _upgrade(engine, script)
    except CatalogError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise _classify(path or Path(":memory:"), exc) from exc
    return Catalog(path=path, engine=engine)


def _enable_wal(conn: Any) -> None:
    """Switch the file to WAL; that needs a moment alone with the file, so wait while another process opens it."""
    import time

    for attempt in range(40):
        try:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
            return
        except OperationalError as exc:
            if attempt == 39 or "locked" not in str(exc).lower():
                raise
            time.sleep(0.125)


def _upgrade(engine: Engine, script: ScriptDirectory) -> None:
    """Migrate to the newest schema; when another process is creating or migrating the same file at this
    moment, wait for it and check again instead of reporting the file as damaged."""
    import time

    for attempt in range(20):
        try:
            with engine.begin() as conn:
                if MigrationContext.configure(conn).get_current_revision() == script.get_current_head():
                    return
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            return
        except OperationalError as exc:
            message = str(exc).lower()
            if attempt == 19 or not ("already exists" in message or "locked" in message or "busy" in message):
                raise
            time.sleep(0.25)


def schema_revision(catalog: Catalog) -> str | None:
    """The schema revision stored in the catalog file."""
    with catalog.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
