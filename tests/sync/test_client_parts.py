"""The outbox written with the edit, the token store and its 0600 fallback, the scheduler, and the CLI end to end."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest

from socialekaart.catalog.editing import EditError, create_service, update_service
from socialekaart.catalog.store import Catalog
from socialekaart.cli.main import main
from socialekaart.sync import tokens
from socialekaart.sync.scheduler import SyncScheduler
from tests.processes import free_port, wait_until_serving
from tests.sync.helpers import outbox_count


def _org(catalog: Catalog) -> None:
    from socialekaart.catalog.models import Organization

    with catalog.write() as session:
        session.add(Organization(id="org-local", name="Lokaal", description="x"))


def test_edit_and_outbox_entry_are_one_transaction(catalog: Catalog) -> None:
    _org(catalog)
    sid = create_service(catalog, {"organization_id": "org-local", "name": "A", "status": "active"}, "anna")
    update_service(catalog, sid, {"name": "B"}, "anna")
    update_service(catalog, sid, {"email": "b@example.nl"}, "anna")
    assert outbox_count(catalog) == 1  # unsent edits of one entry merge into one
    with pytest.raises(EditError):
        update_service(catalog, sid, {"minimum_age": "oud"}, "anna")
    with pytest.raises(EditError):
        create_service(catalog, {"organization_id": "no-such-org", "name": "C", "status": "active"}, "anna")
    assert outbox_count(catalog) == 1  # the failed create left neither a row nor an outbox entry
    with pytest.raises(EditError):
        update_service(catalog, "missing", {"name": "x"}, "anna")


def test_token_store_falls_back_to_a_private_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_keyring_usable", lambda: False)
    where = tokens.save_token("https://kaart.example.nl/", "sk_secret")
    assert "bestand" in where
    path = tokens._fallback_path("https://kaart.example.nl")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tokens.load_token("https://kaart.example.nl") == "sk_secret"
    assert tokens.load_token("https://other.example.nl") is None


def test_a_damaged_or_unwritable_token_file_is_a_dutch_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tokens, "_keyring_usable", lambda: False)
    server = "https://kaart.example.nl"
    path = tokens._fallback_path(server)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(tokens.TokenFileError, match="is beschadigd") as caught:
        tokens.load_token(server)
    assert str(path) in str(caught.value)
    # the command line says it in one line and stops, without a traceback
    laptop = str(tmp_path / "laptop.sqlite")
    assert main(["--db", laptop, "sync", "--server", server]) == 1
    assert capsys.readouterr().err.strip() == f"Het tokenbestand {path} is beschadigd."
    path.unlink()
    path.mkdir()  # a folder where the file should be: it cannot be written
    with pytest.raises(tokens.TokenFileError, match="kan niet worden geschreven"):
        tokens.save_token(server, "sk_x")


def test_token_store_uses_the_keyring_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: ClassVar[dict[tuple[str, str], str]] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert "sleutelbos" in tokens.save_token("https://kaart.example.nl", "sk_k")
        assert tokens.load_token("https://kaart.example.nl") == "sk_k"
        assert not tokens._fallback_path("https://kaart.example.nl").exists()
    finally:
        keyring.set_keyring(previous)


def test_scheduler_runs_periodically_and_backs_off() -> None:
    calls: list[float] = []
    fail = {"on": True}
    done = threading.Event()

    def run() -> str:
        calls.append(time.monotonic())
        if len(calls) >= 4:
            done.set()
        if fail["on"] and len(calls) <= 2:
            raise RuntimeError("server weg")
        return "ok"

    results: list[tuple[Any, BaseException | None]] = []
    scheduler = SyncScheduler(
        run, interval=0.05, retry=0.02, max_backoff=0.1, on_done=lambda r, e: results.append((r, e))
    )
    assert scheduler.delay() == 0.05
    scheduler.failures = 3
    assert scheduler.delay() == 0.08
    scheduler.failures = 10
    assert scheduler.delay() == 0.1
    scheduler.failures = 0
    scheduler.start()
    assert done.wait(5)
    scheduler.stop()
    assert isinstance(results[0][1], RuntimeError) and results[2] == ("ok", None)
    assert scheduler.failures == 0 and scheduler.last_error is None and scheduler.status().running is False


def test_cli_users_serve_and_sync(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:

    db = str(tmp_path / "server.sqlite")
    assert main(["serve", "users", "add", "anna", "--role", "wijkmakelaar", "--db", db]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert token.startswith("sk_") and token not in err
    assert main(["serve", "users", "add", "bram", "--role", "raadpleger", "--db", db]) == 0
    capsys.readouterr()
    assert main(["serve", "users", "revoke", "bram", "--db", db]) == 0
    port = free_port()
    env = {**os.environ, "SOCIALEKAART_HOME": str(tmp_path / "home")}
    server = subprocess.Popen(
        [sys.executable, "-m", "socialekaart", "serve", "--db", db, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(url)
        token_file = tmp_path / "token.txt"
        token_file.write_text(token + "\n", encoding="utf-8")
        laptop = str(tmp_path / "laptop.sqlite")
        assert main(["--db", laptop, "sync", "--server", url, "--token-file", str(token_file), "--json"]) == 0
        assert '"full": true' in capsys.readouterr().out
        token_file.write_text("sk_wrong\n", encoding="utf-8")
        assert main(["--db", laptop, "sync", "--server", url, "--token-file", str(token_file)]) == 1
        assert "token" in capsys.readouterr().err
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=10)
    assert token not in err  # never logged
