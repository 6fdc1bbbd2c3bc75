"""Measures how long importing an HSDS package of 1,000 / 10,000 services takes (target: 10,000 in < 30 s).

Run: .venv/bin/python -m benchmarks.import_speed [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.hsds_synthetic import write_package
from socialekaart.catalog.store import open_catalog
from socialekaart.interchange.loader import import_catalog


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    print(f"{'services':>9} {'rows':>8} {'import s':>9} {'rows/s':>8} {'reimport s':>11} {'peak RSS MB':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            package = write_package(Path(tmp) / "pkg", size)
            catalog = open_catalog(Path(tmp) / "bench.sqlite")
            started = time.perf_counter()
            summary = import_catalog(catalog, package)
            first = time.perf_counter() - started
            started = time.perf_counter()
            import_catalog(catalog, package)  # every row exists: the upsert path
            second = time.perf_counter() - started
            catalog.close()
            rows = sum(c.inserted for c in summary.counts.values())
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{size:>9} {rows:>8} {first:>9.2f} {rows / first:>8.0f} {second:>11.2f} {peak:>12.0f}")


if __name__ == "__main__":
    main()
