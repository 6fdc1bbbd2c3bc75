"""Test harness: throwaway PostgreSQL databases, a live uvicorn server in a thread, and seeded users."""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import uvicorn

from socialekaart.catalog.models import Organization
from socialekaart.catalog.registry import model_table
from socialekaart.server.app import create_app
from socialekaart.server.auth import ROLES, add_user
from socialekaart.server.store import ServerStore

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
ORG_ID = "org-harness"


def require_postgres() -> None:
    """Skip when no PostgreSQL server is reachable on a developer machine; on CI (CI=true) fail instead."""
    import os

    import pytest

    try:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3):
            return
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL is not reachable at 127.0.0.1:5432 (trust auth, database test): {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — CI must run the PostgreSQL tests", pytrace=False)
        pytest.skip(message)


@contextlib.contextmanager
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped afterwards."""
    require_postgres()
    name = f"sk_test_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def seed(store: ServerStore) -> dict[str, str]:
    """One user per role (plus one revoked) and an organization to hang services on; returns role → token."""
    tokens = {role: add_user(store, f"test-{role}", role) for role in ROLES}
    tokens["revoked"] = add_user(store, "test-revoked", "beheerder")
    from socialekaart.server.auth import revoke_user

    revoke_user(store, "test-revoked")
    with store.write() as conn:
        org = model_table(Organization)
        if conn.execute(org.select().where(org.c.id == ORG_ID)).first() is None:
            conn.execute(org.insert().values(id=ORG_ID, name="Harness org", description="Voor tests"))
    return tokens


@dataclass
class LiveServer:
    """A real uvicorn server on a loopback port, in a thread; restartable on the same port."""

    store: ServerStore
    tokens: dict[str, str] = field(default_factory=dict)
    tick_interval: float = 0.2
    port: int = 0
    _server: Any = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        config = uvicorn.Config(
            create_app(self.store, tick_interval=self.tick_interval, token_ttl=5.0),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._server = None
        self._thread = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}
