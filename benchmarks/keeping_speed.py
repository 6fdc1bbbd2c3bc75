"""Keeping speed: the review queue, the duplicate check of one new name, and the full duplicates scan.

    .venv/bin/python benchmarks/keeping_speed.py --size 100000

Builds a SQLite catalog from benchmarks/synthetic_catalog.py (per service one location in a buurt, its
service_at_location and a phone; one organisation per 25 services; realistic Dutch names, many alike), then
times the use cases of workspace/review.py and workspace/duplicates.py on it. Targets (issue 14) at 100,000
services: review queue ≤ 200 ms, duplicate check of one new name ≤ 50 ms, full duplicates scan ≤ 60 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT / "src"), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from synthetic_catalog import area_tree, generate  # noqa: E402

from socialekaart.catalog.models import (  # noqa: E402
    Area,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
)
from socialekaart.catalog.registry import model_table  # noqa: E402
from socialekaart.catalog.store import Catalog, open_catalog  # noqa: E402
from socialekaart.workspace.duplicates import DuplicateIndex, scan_duplicates  # noqa: E402
from socialekaart.workspace.review import record_lookup, review_count, review_queue  # noqa: E402

NEW_NAMES = ["Taalcafe Dommelbergen", "Schuldhulpmaatje De Slotjes", "Repair Café Dorst", "Koken voor mannen", "Xyz"]


def build(path: Path, size: int) -> Catalog:
    """A catalog file with `size` synthetic services."""
    catalog = open_catalog(path)
    tree = area_tree(size)
    docs = list(generate(size, tree=tree))
    orgs = sorted({d.organization_name for d in docs})
    org_id = {name: f"org-{i}" for i, name in enumerate(orgs)}
    with catalog.write() as session:
        conn = session.connection()
        conn.execute(
            model_table(Area).insert(),
            [
                {"code": n.code, "kind": n.kind, "name": n.name, "parent_code": n.parent_code}
                for n in tree.nodes.values()
            ],
        )
        conn.execute(
            model_table(Organization).insert(), [{"id": i, "name": n, "description": ""} for n, i in org_id.items()]
        )
        for start in range(0, size, 5000):
            chunk = docs[start : start + 5000]
            conn.execute(
                model_table(Service).insert(),
                [
                    {
                        "id": d.id,
                        "organization_id": org_id[d.organization_name],
                        "name": d.name,
                        "status": "active",
                        "last_verified": d.last_verified,
                    }
                    for d in chunk
                ],
            )
            conn.execute(
                model_table(Location).insert(),
                [
                    {
                        "id": f"loc-{d.id}",
                        "location_type": "physical",
                        "name": d.location_names[0],
                        "buurt_code": d.area_codes[0],
                        "wijk_code": tree.nodes[d.area_codes[0]].parent_code,
                    }
                    for d in chunk
                ],
            )
            conn.execute(
                model_table(ServiceAtLocation).insert(),
                [{"id": f"sal-{d.id}", "service_id": d.id, "location_id": f"loc-{d.id}"} for d in chunk],
            )
            conn.execute(
                model_table(Phone).insert(),
                [
                    {"id": f"ph-{d.id}", "service_id": d.id, "number": f"0162 {400000 + n % 99999:06d}"}
                    for n, d in enumerate(chunk, start=start)
                ],
            )
    return catalog


def timed(fn: Any, repeat: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--limit", type=int, default=200, help="rows of the review queue a screen shows")
    args = ap.parse_args()
    out: dict[str, Any] = {"size": args.size, "at": datetime.now().isoformat(timespec="minutes")}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        catalog = build(Path(tmp) / "keeping.sqlite", args.size)
        out["build_s"] = round(time.perf_counter() - started, 1)
        for n in range(0, args.size, 97):
            if n % 5 == 0:
                record_lookup(catalog, "service", f"svc-42-{n:06d}")
        wijk = next(iter(sorted(c for c in area_tree(args.size).nodes if c.startswith("WK"))))
        for label, areas, limit in (
            ("review_all_limit", None, args.limit),
            ("review_all_full", None, None),
            ("review_one_wijk", [wijk], None),
        ):
            times, items = timed(lambda a=areas, n=limit: review_queue(catalog, 12, a, limit=n), 5)
            out[label] = {"median_ms": round(statistics.median(times), 1), "items": len(items)}
        times, total = timed(lambda: review_count(catalog, 12, [wijk]), 5)
        out["review_count_one_wijk"] = {"median_ms": round(statistics.median(times), 1), "count": total}
        started = time.perf_counter()
        index = DuplicateIndex(catalog)
        out["duplicate_index_build_s"] = round(time.perf_counter() - started, 2)
        checks: list[float] = []
        for name in NEW_NAMES * 4:
            t, _found = timed(lambda n=name: index.check({"name": n, "phone": "0162 400123"}), 1)
            checks += t
        out["duplicate_check"] = {"median_ms": round(statistics.median(checks), 1), "max_ms": round(max(checks), 1)}
        started = time.perf_counter()
        pairs = scan_duplicates(catalog)
        out["duplicates_scan"] = {"s": round(time.perf_counter() - started, 1), "pairs": len(pairs)}
        catalog.close()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
