"""Search speed benchmark: index build time, p50/p95 latency per query kind, peak memory, brute-force baseline.

    .venv/bin/python benchmarks/search_speed.py --sizes 1000,10000,100000

Every size runs in a fresh subprocess (so peak RSS is per size) on a synthetic catalog from
benchmarks/synthetic_catalog.py, with the repository's thesaurus and taxonomy when present. The baseline is what
a naive implementation does: rapidfuzz ``WRatio`` of the folded query against the folded name + organisation +
description of every service (``process.extract``, one thread, top 20).

Issue 18 adds the stored index beside today's in-memory one, in the same run: the built main segment is written
to a file (``store s``, ``file MB``) and opened in another fresh process, as the app and the command line open it
(``open s``: reading the file memory-mapped, no rebuild; then the same queries, ``stored ms``, and that process's
peak RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT / "src"), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from rapidfuzz import fuzz, process  # noqa: E402
from synthetic_catalog import CENTER, area_tree, default_taxonomy, generate  # noqa: E402

from socialekaart.search.engine import SearchEngine, SearchFilters  # noqa: E402
from socialekaart.search.normalize import fold  # noqa: E402
from socialekaart.search.thesaurus import Thesaurus, load_thesaurus  # noqa: E402

QUERIES: dict[str, list[str]] = {
    "prefix3": ["sch", "taa", "man", "een", "boo", "kle", "dig", "wan"],
    "typo": [
        "eenzaamheit",
        "schuldhulpverlenig",
        "mantelzrog",
        "taalcfe",
        "vrijwiliger",
        "budgetcoch",
        "dementei",
        "voedslbank",
    ],
    "word": [
        "taalcafe",
        "schuldhulp",
        "voedselbank",
        "mantelzorg",
        "dementie",
        "buurtbemiddeling",
        "jongerenwerk",
        "klussendienst",
    ],
    "sentence": [
        "kan de huur niet betalen",
        "mn moeder is dement en ik ben op",
        "ik zit de hele dag alleen",
        "ruzie met de buren",
        "geen geld voor eten",
        "hulp met formulieren van de belasting",
        "mijn zoon spijbelt",
        "ik wil vrijwilligerswerk doen",
    ],
    "compound": ["schuld hulp verlening", "mantelzorg ondersteuning", "taal cafe", "voedsel bank"],
}
FILTERED: list[tuple[str, dict[str, Any]]] = [
    ("hulp", {"area_code": "WK999901"}),
    ("koffie", {"open_now": True}),
    ("taal", {"near": CENTER, "radius_km": 2.0}),
    ("", {"area_code": "KN9999_DORST", "free_only": True}),
    ("eenzaam", {"target_group": "ouderen", "language": "nl"}),
    ("schulden", {"access_types": ("vrij_toegankelijk", "sociale_basis")}),
]
NOW = datetime(2025, 3, 4, 10, 30)


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # pragma: no cover - not Linux
        return float("nan")


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would carry over the parent's peak from before exec)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def _inputs(size: int) -> tuple[Any, Thesaurus, frozenset[str], Any]:
    taxonomy = default_taxonomy()
    th_path = ROOT / "data" / "thesaurus" / "needs_thesaurus.csv"
    thesaurus = load_thesaurus(th_path, taxonomy, strict=False) if th_path.exists() else Thesaurus()
    parts_path = ROOT / "data" / "thesaurus" / "compound_parts.txt"
    parts: frozenset[str] = frozenset()
    if parts_path.exists():
        from socialekaart.search.compounds import load_compound_parts

        parts = load_compound_parts(parts_path)
    return taxonomy, thesaurus, parts, area_tree(size)


def _query_plan() -> list[tuple[str, str, SearchFilters]]:
    plan: list[tuple[str, str, SearchFilters]] = []
    for kind, qs in QUERIES.items():
        plan += [(kind, q, SearchFilters()) for q in qs]
    return plan + [("filtered", q, SearchFilters(**f)) for q, f in FILTERED]


def open_worker(size: int, path: Path, rounds: int) -> dict[str, Any]:
    """A fresh process that opens the stored index (no documents generated, no build) and runs the queries."""
    import numpy as np  # noqa: F401  (imported before the clock starts, as the app has it)

    from socialekaart.search.stored import read_segment

    taxonomy, thesaurus, parts, tree = _inputs(size)
    t0 = time.perf_counter()
    engine = SearchEngine(thesaurus, taxonomy, tree, compound_parts=parts)
    seg, _meta, _hashes = read_segment(path, parts, engine.splitter_vocabularies)
    engine.open_main(seg)
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine.search("schuld", now=NOW)
    first_ms = (time.perf_counter() - t0) * 1000
    times: list[float] = []
    for _ in range(rounds):
        for _kind, q, f in _query_plan():
            t0 = time.perf_counter()
            engine.search(q, f, limit=20, now=NOW)
            times.append((time.perf_counter() - t0) * 1000)
    return {
        "open_s": open_s,
        "first_ms": first_ms,
        "all": (_pct(times, 0.5), _pct(times, 0.95)),
        "peak_rss_mb": _peak_rss_mb(),
    }


def worker(size: int, rounds: int, baseline_queries: int) -> dict[str, Any]:
    taxonomy, thesaurus, parts, tree = _inputs(size)
    t0 = time.perf_counter()
    docs = list(generate(size, tree=tree))
    gen_s = time.perf_counter() - t0
    rss_docs = _rss_mb()
    t0 = time.perf_counter()
    engine = SearchEngine.build(docs, thesaurus, taxonomy, tree, compound_parts=parts)
    build_s = time.perf_counter() - t0
    rss_index = _rss_mb()

    kinds: dict[str, list[float]] = {}
    all_times: list[float] = []
    plan = _query_plan()
    engine.search("warm up", now=NOW)
    for _ in range(rounds):
        for kind, q, f in plan:
            t0 = time.perf_counter()
            engine.search(q, f, limit=20, now=NOW)
            dt = (time.perf_counter() - t0) * 1000
            kinds.setdefault(kind, []).append(dt)
            all_times.append(dt)

    choices = [fold(f"{d.name} {d.organization_name} {d.description}") for d in docs]
    base_q = [q for _, q, _ in plan if q][:baseline_queries]
    base_times: list[float] = []
    for q in base_q:
        t0 = time.perf_counter()
        process.extract(fold(q), choices, scorer=fuzz.WRatio, limit=20)
        base_times.append((time.perf_counter() - t0) * 1000)
    engine_same = [t for (_, q, _), t in zip(plan * rounds, all_times, strict=True) if q in base_q]
    stored = _stored(engine, size, rounds)
    return {
        "stored": stored,
        "size": size,
        "generate_s": gen_s,
        "build_s": build_s,
        "vocab": sum(len(s.vocab) for s in engine._state.segments),
        "rss_docs_mb": rss_docs,
        "rss_index_mb": rss_index - rss_docs,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "kinds": {k: (_pct(v, 0.5), _pct(v, 0.95)) for k, v in kinds.items()},
        "all": (_pct(all_times, 0.5), _pct(all_times, 0.95)),
        "n_queries": len(all_times),
        "baseline": (_pct(base_times, 0.5), _pct(base_times, 0.95)),
        "baseline_n": len(base_times),
        "engine_same": (statistics.median(engine_same) if engine_same else float("nan"), _pct(engine_same, 0.95)),
    }


def _stored(engine: SearchEngine, size: int, rounds: int) -> dict[str, Any]:
    """Write the built main segment to a file and measure opening it in a fresh process."""
    import tempfile

    import numpy as np

    from socialekaart.search.stored import write_segment

    main_seg = engine.snapshot.segments[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.index"
        t0 = time.perf_counter()
        write_segment(path, main_seg, {}, np.zeros(main_seg.size, dtype=np.uint64))
        store_s = time.perf_counter() - t0
        cmd = [sys.executable, __file__, "--open-worker", str(size), str(path), "--rounds", str(rounds)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        result["store_s"] = store_s
        result["file_mb"] = path.stat().st_size / 1e6
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--rounds", type=int, default=3, help="times the query set is run per size")
    ap.add_argument(
        "--baseline-queries",
        type=int,
        default=0,
        help="queries for the brute-force baseline (default: all up to 10,000 services, 12 above)",
    )
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--open-worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print raw JSON rows too")
    args = ap.parse_args()
    if args.open_worker:
        print(json.dumps(open_worker(int(args.open_worker[0]), Path(args.open_worker[1]), args.rounds)))
        return
    if args.worker:
        n_base = args.baseline_queries or (1000 if args.worker <= 10_000 else 12)
        print(json.dumps(worker(args.worker, args.rounds, n_base)))
        return
    rows = []
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        cmd = [sys.executable, __file__, "--worker", str(size), "--rounds", str(args.rounds)]
        if args.baseline_queries:
            cmd += ["--baseline-queries", str(args.baseline_queries)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"... {size} done", file=sys.stderr)
    kinds = [*list(QUERIES), "filtered"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu, {datetime.now():%Y-%m-%d %H:%M}; ms = p50/p95")
    head = [
        "size",
        "build s",
        "vocab",
        "all ms",
        *[f"{k} ms" for k in kinds],
        "peak RSS MB",
        "index MB",
        "WRatio ms",
        "speed-up p50/p95",
    ]
    print(" | ".join(head))
    print(" | ".join("---" for _ in head))
    for r in rows:
        cells = [
            f"{r['size']:,}",
            f"{r['build_s']:.2f}",
            f"{r['vocab']:,}",
            f"{r['all'][0]:.1f}/{r['all'][1]:.1f}",
            *[f"{r['kinds'][k][0]:.1f}/{r['kinds'][k][1]:.1f}" for k in kinds],
            f"{r['peak_rss_mb']:.0f}",
            f"{r['rss_index_mb']:.0f}",
            f"{r['baseline'][0]:.1f}/{r['baseline'][1]:.1f} (n={r['baseline_n']})",
            f"{r['baseline'][0] / r['engine_same'][0]:.0f}×/{r['baseline'][1] / r['engine_same'][1]:.0f}×",
        ]
        print(" | ".join(cells))
    print()
    print("stored index (opened in a fresh process) | size | store s | file MB | open s | first query ms | all ms "
          "| peak RSS MB")  # fmt: skip
    for r in rows:
        st = r["stored"]
        print(
            f"| {r['size']:,} | {st['store_s']:.2f} | {st['file_mb']:.0f} | {st['open_s']:.3f} | {st['first_ms']:.1f} "
            f"| {st['all'][0]:.1f}/{st['all'][1]:.1f} | {st['peak_rss_mb']:.0f}"
        )
    if args.json:
        for r in rows:
            print(json.dumps(r))


if __name__ == "__main__":
    main()
