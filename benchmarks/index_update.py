"""How long the index takes to follow a write of 10 services (issue 18: ≤ 50 ms, no full rebuild).

    .venv/bin/python benchmarks/index_update.py --size 100000 [--db big.sqlite]

Two figures: the engine itself (``upsert_many`` of 10 changed documents on a built index of ``--size`` synthetic
services, 5 times), and, with ``--db``, the whole path after a catalog write as the app meets it (10 services
renamed in one write; then ``CatalogSearch.ensure_fresh``: find what changed, re-index it, store the recent writes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
for p in (str(HERE.parent / "src"), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from search_speed import NOW, _inputs  # noqa: E402
from synthetic_catalog import generate  # noqa: E402

from socialekaart.search.engine import SearchEngine  # noqa: E402


def engine_update(size: int) -> list[float]:
    taxonomy, thesaurus, parts, tree = _inputs(size)
    docs = list(generate(size, tree=tree))
    engine = SearchEngine.build(docs, thesaurus, taxonomy, tree, compound_parts=parts)
    times = []
    for round_ in range(5):
        changed = [replace(d, name=f"{d.name} {round_}") for d in docs[round_ * 10 : round_ * 10 + 10]]
        t0 = time.perf_counter()
        engine.upsert_many(changed)
        times.append((time.perf_counter() - t0) * 1000)
        engine.search("schuld", now=NOW)
    return times


def catalog_update(db: Path) -> tuple[float, float, str]:
    from socialekaart.catalog.models import Service
    from socialekaart.catalog.store import open_catalog
    from socialekaart.search.service import CatalogSearch

    catalog = open_catalog(db)
    try:
        search = CatalogSearch(catalog)
        search.search("schuld")
        opened = search.opened_from
        with catalog.write() as session:
            for service in session.query(Service).limit(10):
                service.name = service.name + " *"
        t0 = time.perf_counter()
        search.ensure_fresh()
        follow = time.perf_counter() - t0
        t0 = time.perf_counter()
        search.search("schuld")
        return follow, time.perf_counter() - t0, opened
    finally:
        catalog.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    times = engine_update(args.size)
    print(
        f"engine, {args.size:,} services: upsert_many of 10 changed documents "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"
    )
    if args.db:
        follow, query, opened = catalog_update(args.db)
        print(f"catalog {args.db.name} (index {opened}): 10 services renamed in one write → index follows in "
              f"{follow:.2f} s, next search {query * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
