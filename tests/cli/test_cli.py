"""The command-line contract: help for every command, exit codes, one-line errors, JSON for scripts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from socialekaart import __version__
from tests.processes import run_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["import"],
        ["export"],
        ["areas"],
        ["areas", "import"],
        ["areas", "list"],
        ["demo"],
        ["info"],
        ["app"],
    ],
)
def test_help_for_every_command(command: list[str]) -> None:
    from socialekaart.cli.main import main

    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0


def test_new_file_starts_empty(tmp_path: Path) -> None:
    db = tmp_path / "nieuw.sqlite"
    result = run("--db", str(db), "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["counts"]["service"] == 0 and db.exists()


def test_import_export_round_trip(tmp_path: Path, hsds_examples: Path) -> None:
    db = tmp_path / "c.sqlite"
    result = run("--db", str(db), "import", str(hsds_examples / "csv"), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["ok"] and summary["counts"]["service"]["inserted"] == 1
    result = run("--db", str(db), "export", str(tmp_path / "out.zip"), "--format", "hsds-csv")
    assert result.returncode == 0, result.stderr
    result = run("--db", str(db), "export", str(tmp_path / "out.json"), "--format", "hsds-json", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["counts"]["service"] == 1


def test_failed_import_has_nonzero_exit_and_one_line_reason(tmp_path: Path) -> None:
    bad = tmp_path / "services.csv"
    bad.write_bytes("id,organization_id,name,status\ns1,o1,Caf\xe9,active\n".encode("latin-1"))
    result = run("--db", str(tmp_path / "c.sqlite"), "import", str(bad))
    assert result.returncode == 1
    first = result.stderr.strip().splitlines()[0]
    assert "services.csv" in first and "regel 2" in first and "Windows-1252" in first


def test_corrupt_catalog_exit_code(tmp_path: Path) -> None:
    db = tmp_path / "kapot.sqlite"
    db.write_bytes(b"x" * 5000)
    result = run("--db", str(db), "info")
    assert result.returncode == 2 and "kapot.sqlite" in result.stderr


def test_areas_import_and_list(tmp_path: Path, shared: Path) -> None:
    db = tmp_path / "c.sqlite"
    result = run(
        "--db",
        str(db),
        "areas",
        "import",
        str(shared / "geodata" / "oosterhout_GM0826_buurten_2022_rd.geojson"),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kinds"]["buurt"] == 44
    result = run("--db", str(db), "areas", "list", "--json")
    assert any(a["code"] == "BU08261300" for a in json.loads(result.stdout))


def test_areas_import_of_a_broken_file(tmp_path: Path) -> None:
    bad = tmp_path / "grenzen.geojson"
    bad.write_text("{niet json", encoding="utf-8")
    result = run("--db", str(tmp_path / "c.sqlite"), "areas", "import", str(bad))
    assert result.returncode == 1 and "grenzen.geojson" in result.stderr


def test_a_refused_edit_names_field_and_reason(tmp_path: Path, hsds_examples: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    assert run("--db", db, "import", str(hsds_examples / "csv")).returncode == 0
    sid = "ac148810-d857-441c-9679-408f346de14b"  # the service of the official examples
    for change, field, reason in (
        ("minimum_age=-5", "minimum_age", "waarde -5 ligt buiten 0 tot 150"),
        ("access_type=bogus", "access_type", "onbekende waarde 'bogus'"),
        ("email=info at voorbeeld", "email", "ongeldig e-mailadres"),
    ):
        result = run("--db", db, "edit", "service", sid, change)
        assert result.returncode == 1, result.stdout
        line = result.stderr.strip().splitlines()[0]
        assert f"{field}: {reason}" in line, line
    assert run("--db", db, "edit", "service", sid, "minimum_age=16").returncode == 0
