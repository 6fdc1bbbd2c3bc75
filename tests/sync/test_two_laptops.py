"""Done-means of sync, end to end in processes: a server and two laptops edit offline, sync, and converge,
with the one real conflict shown to a person."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialekaart.cli.main import main
from tests.processes import free_port, run_cli, wait_until_serving


def sk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, home=home)


@pytest.fixture
def server(tmp_path: Path, demo_catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "server.sqlite"
    shutil.copy(demo_catalog_file, db)
    assert main(["serve", "users", "add", "anna", "--role", "wijkmakelaar", "--db", str(db)]) == 0
    token = capsys.readouterr().out.strip()
    token_file = tmp_path / "token.txt"
    token_file.write_text(token + "\n", encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "socialekaart", "serve", "--db", str(db), "--port", str(port)],
        env={**os.environ, "SOCIALEKAART_HOME": str(tmp_path / "srv")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url)
        yield url, token_file
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_two_laptops_edit_offline_and_converge(server: tuple[str, Path], tmp_path: Path) -> None:
    url, token_file = server
    home = tmp_path / "home"
    laptops = [tmp_path / "laptop-a.sqlite", tmp_path / "laptop-b.sqlite"]
    for laptop in laptops:
        result = sk("--db", str(laptop), "sync", "--server", url, "--token-file", str(token_file), "--json", home=home)
        assert result.returncode == 0, result.stderr
    found = sk("--db", str(laptops[0]), "search", "schuldhulpmaatje", "--json", "--limit", "1", home=home)
    sid = json.loads(found.stdout)["results"][0]["id"]

    # Offline: both change the name (a real conflict); A changes the e-mail, B the website (these merge).
    a, b = (str(p) for p in laptops)
    assert (
        sk(
            "--db",
            a,
            "edit",
            "service",
            sid,
            "name=SchuldHulpMaatje (A)",
            "email=a@voorbeeld.invalid",
            "--actor",
            "anna",
            home=home,
        ).returncode
        == 0
    )
    assert (
        sk(
            "--db",
            b,
            "edit",
            "service",
            sid,
            "name=SchuldHulpMaatje (B)",
            "url=https://voorbeeld.invalid/b",
            "--actor",
            "bram",
            home=home,
        ).returncode
        == 0
    )

    for laptop in (a, b, a):
        result = sk("--db", laptop, "sync", "--server", url, "--token-file", str(token_file), "--json", home=home)
        assert result.returncode == 0, result.stderr

    conflicts_b = json.loads(sk("--db", b, "conflicts", "--json", home=home).stdout)
    assert len(conflicts_b) == 1
    assert [f["field"] for f in conflicts_b[0]["fields"]] == ["name"]
    assert conflicts_b[0]["fields"][0]["mine"] == "SchuldHulpMaatje (B)"
    assert conflicts_b[0]["fields"][0]["theirs"] == "SchuldHulpMaatje (A)"
    assert json.loads(sk("--db", a, "conflicts", "--json", home=home).stdout) == []

    # Nothing is lost: both laptops hold A's name and both merged fields.
    for laptop in (a, b):
        export = tmp_path / f"{Path(laptop).stem}.json"
        assert sk("--db", laptop, "export", str(export), "--format", "hsds-json", home=home).returncode == 0
        service = next(s for s in json.loads(export.read_text())["contents"] if s["id"] == sid)
        assert service["name"] == "SchuldHulpMaatje (A)"
        assert service["email"] == "a@voorbeeld.invalid"
        assert service["url"] == "https://voorbeeld.invalid/b"

    # The person at laptop B keeps their own name; after syncing, A has it too and nothing is open any more.
    op_id = conflicts_b[0]["op_id"]
    assert sk("--db", b, "conflicts", "resolve", op_id, "--keep", "mine", home=home).returncode == 0
    for laptop in (b, a):
        assert sk("--db", laptop, "sync", "--server", url, "--token-file", str(token_file), home=home).returncode == 0
    names = []
    for laptop in (a, b):
        result = sk("--db", laptop, "search", "SchuldHulpMaatje", "--json", "--limit", "3", home=home)
        names.append({r["name"] for r in json.loads(result.stdout)["results"] if r["id"] == sid})
    assert names == [{"SchuldHulpMaatje (B)"}, {"SchuldHulpMaatje (B)"}]
    assert json.loads(sk("--db", b, "conflicts", "--json", home=home).stdout) == []
