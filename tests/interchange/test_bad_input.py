"""Bad input is refused with file, row and column named, and the catalog stays exactly as it was."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from socialekaart.catalog.models import Service
from socialekaart.catalog.store import Catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.interchange.problems import ImportFailed
from socialekaart.progress import Cancelled, CancelToken, Work
from tests.interchange.helpers import snapshot


@pytest.fixture
def package(tmp_path: Path, hsds_examples: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(hsds_examples / "csv", target)
    return target


@pytest.fixture
def loaded(catalog: Catalog, hsds_examples: Path) -> Catalog:
    import_catalog(catalog, hsds_examples / "csv")
    return catalog


def edit_csv(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_service_row(package: Path, line: str) -> None:
    with (package / "services.csv").open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def refused(catalog: Catalog, source: Path) -> ImportFailed:
    before = snapshot(catalog)
    with pytest.raises(ImportFailed) as info:
        import_catalog(catalog, source)
    assert snapshot(catalog) == before, "a refused import changed the catalog"
    return info.value


def service_header(package: Path) -> list[str]:
    return (package / "services.csv").read_text(encoding="utf-8").splitlines()[0].split(",")


def service_line(package: Path, **values: str) -> str:
    header = service_header(package)
    return ",".join(values.get(h, "") for h in header)


def test_unknown_foreign_key(loaded: Catalog, package: Path) -> None:
    add_service_row(package, service_line(package, id="new-1", organization_id="nope", name="X", status="active"))
    problem = refused(loaded, package).problems[0]
    assert (problem.file, problem.row, problem.column) == ("services.csv", 3, "organization_id")
    assert "onbekende verwijzing" in problem.message and "nope" in problem.message


def test_duplicate_id(loaded: Catalog, package: Path) -> None:
    first = (package / "services.csv").read_text(encoding="utf-8").splitlines()[1]
    add_service_row(package, first)
    problem = refused(loaded, package).problems[0]
    assert (problem.file, problem.row, problem.column) == ("services.csv", 3, "id")
    assert "dubbele" in problem.message and "regel 2" in problem.message


def test_bad_date(loaded: Catalog, package: Path) -> None:
    add_service_row(
        package,
        service_line(
            package,
            id="new-2",
            organization_id="d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
            name="X",
            status="active",
            assured_date="31-12-2024",
        ),
    )
    problem = refused(loaded, package).problems[0]
    assert (problem.file, problem.row, problem.column) == ("services.csv", 3, "assured_date")
    assert "JJJJ-MM-DD" in problem.message


def test_windows_1252_from_excel(loaded: Catalog, package: Path) -> None:
    line = service_line(
        package,
        id="new-3",
        organization_id="d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        name="Café",
        status="active",
    )
    with (package / "services.csv").open("ab") as fh:
        fh.write(line.encode("cp1252") + b"\n")
    problem = refused(loaded, package).problems[0]
    assert problem.file == "services.csv" and problem.row == 3
    assert "UTF-8" in problem.message and "Windows-1252" in problem.message and "Excel" in problem.message


def test_missing_required_value(loaded: Catalog, package: Path) -> None:
    add_service_row(
        package,
        service_line(package, id="new-4", organization_id="d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", name="X"),
    )
    problem = refused(loaded, package).problems[0]
    assert (problem.row, problem.column) == (3, "status")


def test_missing_required_column(loaded: Catalog, package: Path) -> None:
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace(",status,", ",statuz,", 1), encoding="utf-8")
    problem = refused(loaded, package).problems[0]
    assert (problem.file, problem.row, problem.column) == ("services.csv", 1, "status")


def test_ragged_csv_row(loaded: Catalog, package: Path) -> None:
    add_service_row(package, "only,three,fields")
    problem = refused(loaded, package).problems[0]
    assert problem.row == 3 and "velden" in problem.message


def test_unknown_profile_value(loaded: Catalog, package: Path) -> None:
    header = service_header(package)
    header.append("access_type")
    rows = (package / "services.csv").read_text(encoding="utf-8").splitlines()
    rows[0] = ",".join(header)
    rows[1] = rows[1] + ",gratis_voor_iedereen"
    (package / "services.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    problem = refused(loaded, package).problems[0]
    assert problem.column == "access_type" and "vrij_toegankelijk" in problem.message


def test_broken_json(loaded: Catalog, tmp_path: Path) -> None:
    bad = tmp_path / "service.json"
    bad.write_text('{"id": "x", "name": "y",', encoding="utf-8")
    problem = refused(loaded, bad).problems[0]
    assert problem.file == "service.json" and "JSON" in problem.message


def test_not_a_package(loaded: Catalog, tmp_path: Path) -> None:
    odd = tmp_path / "plaatje.png"
    odd.write_bytes(b"\x89PNG\r\n")
    problem = refused(loaded, odd).problems[0]
    assert problem.file == "plaatje.png" and "bestandstype" in problem.message


def test_hostile_text_is_stored_as_text(catalog: Catalog, package: Path) -> None:
    hostile = "<b>x</b><img src=x onerror=alert(1)>'); DROP TABLE service;--"
    add_service_row(
        package,
        service_line(
            package,
            id="new-5",
            organization_id="d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
            name='"' + hostile.replace('"', '""') + '\x07"',
            status="active",
        ),
    )
    import_catalog(catalog, package)
    with catalog.read() as session:
        service = session.get(Service, "new-5")
        assert service is not None and service.name == hostile


def test_cancel_leaves_catalog_unchanged(loaded: Catalog, package: Path) -> None:
    token = CancelToken()
    calls = []

    def progress(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if stage.startswith("Schrijven") and len(calls) > 4:
            token.cancel()

    before = snapshot(loaded)
    with pytest.raises(Cancelled):
        import_catalog(loaded, package, work=Work(progress=progress, cancel=token))
    assert snapshot(loaded) == before


def test_second_writer_waits_instead_of_corrupting(loaded: Catalog, package: Path) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            import_catalog(loaded, package)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
