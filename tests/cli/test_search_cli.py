"""The search command's contract: JSON shape in rank order, batch mode, filters, and hostile input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.processes import run_cli


@pytest.fixture
def db(demo_catalog_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_catalog_file, target)
    return target


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def test_search_json(db: Path) -> None:
    result = run("--db", str(db), "search", "schuldhulp", "--limit", "5", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["query"] == "schuldhulp"
    assert 1 <= len(doc["results"]) <= 5
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True)
    first = doc["results"][0]
    assert {"id", "name", "score", "why", "reasons"} <= set(first)
    # "why" stays a list of Dutch lines; "reasons" gives the same reasons as data
    assert first["why"] and all(isinstance(line, str) for line in first["why"])
    assert len(first["reasons"]) == len(first["why"])
    assert first["reasons"][0]["kind"] in ("word", "need", "typo", "parts")
    assert first["why"][0].startswith(("naam: ", "behoefte: ", "typfout: ", "andere naam: "))


def test_search_in_dorst_by_name_and_code(db: Path) -> None:
    by_name = json.loads(run("--db", str(db), "search", "schu", "--area", "Dorst", "--json").stdout)
    by_code = json.loads(run("--db", str(db), "search", "schu", "--area", "KN0826_DORST", "--json").stdout)
    assert by_name["results"] and by_name == by_code


def test_queries_file(db: Path, tmp_path: Path) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text('eenzaam\nmantelzorg\n\n"*():\n', encoding="utf-8")
    result = run("--db", str(db), "search", "--queries-file", str(queries), "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["eenzaam", "mantelzorg", "", '"*():']
    assert lines[0]["results"] and lines[1]["results"]


@pytest.mark.parametrize("query", ['"*():', "'; DROP TABLE service; --", "\x07\x1b[2J\x7f", "a" * 10_000, "NEAR(x y)"])
def test_hostile_queries_never_fail(db: Path, query: str) -> None:
    result = run("--db", str(db), "search", query, "--json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


def test_near_postcode_and_bad_near(db: Path) -> None:
    result = run("--db", str(db), "search", "koffie", "--near", "4849", "--radius", "3", "--json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    assert results and all(r["distance_km"] is not None and r["distance_km"] <= 3 for r in results)
    bad = run("--db", str(db), "search", "koffie", "--near", "nergens")
    assert bad.returncode == 1 and bad.stderr.strip()
