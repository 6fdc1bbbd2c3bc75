"""The benchmark's synthetic package imports (so the import benchmark measures a working import)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.hsds_synthetic import write_package

from socialekaart.catalog.store import Catalog
from socialekaart.interchange.loader import import_catalog


def test_synthetic_package_imports_and_reimports(catalog: Catalog, tmp_path: Path) -> None:
    package = write_package(tmp_path / "pkg", 50)
    first = import_catalog(catalog, package)
    assert first.counts["service"].inserted == 50 and first.counts["attribute"].inserted == 100
    again = import_catalog(catalog, package)
    assert again.counts["service"].updated == 50 and again.counts["service"].inserted == 0
