"""Server storage: the catalog models on SQLite (default) or PostgreSQL (psycopg 3), migrated to the newest schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from socialekaart.catalog.store import _alembic_config, make_engine, open_catalog
from socialekaart.paths import user_data_dir

LOCK_KEY = "server_write_lock"


def default_server_db() -> str:
    """The SQLite file a server uses when no --db is given."""
    return f"sqlite:///{user_data_dir() / 'server.sqlite'}"


def normalise_url(url: str) -> str:
    """A database URL for SQLAlchemy: plain paths become SQLite URLs, postgresql:// uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@dataclass
class ServerStore:
    """The server database: an engine plus read and write transactions suited to its backend."""

    url: str
    engine: Engine

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only unit of work."""
        with self.engine.connect() as conn:
            yield conn
            conn.rollback()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction. On SQLite the write lock is taken first: one writer, so sequences are gap-safe."""
        with self.engine.connect() as conn, conn.begin():
            if not self.is_postgres:
                conn.execute(text("UPDATE sync_state SET value = value WHERE key = :k"), {"k": LOCK_KEY})
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def open_server_store(url: str | None = None) -> ServerStore:
    """Open (create, migrate) the server database at url (a SQLite path/URL or a PostgreSQL URL)."""
    url = normalise_url(url or default_server_db())
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        database = sa_url.database
        if not database or database == ":memory:":
            raise ValueError("de server heeft een databasebestand nodig, geen geheugendatabase")
        path = Path(database)
        open_catalog(path).close()  # creates and migrates, WAL on
        engine = make_engine(path)
    else:
        engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    store = ServerStore(url=url, engine=engine)
    with engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM sync_state WHERE key = :k"), {"k": LOCK_KEY}).first()
        if exists is None:
            conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, '')"), {"k": LOCK_KEY})
    return store
