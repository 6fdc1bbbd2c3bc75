"""Measures search quality on the golden query set: Recall@5 and MRR@10 per kind of query, against two baselines.

Baselines on the same data in the same run: SQLite FTS5 bm25 over name and description, and rapidfuzz WRatio over
name and description. Run: .venv/bin/python -m benchmarks.search_quality [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

GOLDEN = Path(__file__).with_name("data") / "golden_queries.jsonl"
#: written later, blind to the engine, the thesaurus and the first set, and never used for tuning
HOLDOUT = Path(__file__).with_name("data") / "golden_holdout.jsonl"
#: written 2026-11-22 by a reviewer blind to the engine, the thesaurus and both earlier sets, read once to judge
#: the session's changes; the hold-out set above, read several times by then, had become a development set
BLIND = Path(__file__).with_name("data") / "golden_blind.jsonl"
#: written 2026-11-23 by a fourth reviewer, blind to the engine, the thesaurus and all earlier sets, read once to
#: judge text relevance; the first blind set above, read once per kind on 2026-11-22, is no longer unread
BLIND2 = Path(__file__).with_name("data") / "golden_blind2.jsonl"
#: written 2026-11-23 by a fifth reviewer under the same rules, read once to decide on a second change that session
BLIND3 = Path(__file__).with_name("data") / "golden_blind3.jsonl"
#: written 2026-11-23 by a sixth reviewer under the same rules, read once to decide on a third change that session
BLIND4 = Path(__file__).with_name("data") / "golden_blind4.jsonl"
#: written 2026-11-23 by a seventh and an eighth reviewer under the same rules (a frontoffice desk; home visits and
#: youth work), to judge the changes of the session after blind 2–4 had each been read
BLIND5 = Path(__file__).with_name("data") / "golden_blind5.jsonl"
BLIND6 = Path(__file__).with_name("data") / "golden_blind6.jsonl"
#: the sets written after the first one, by the name of their split
LATER_SETS = {
    "holdout": HOLDOUT,
    "blind": BLIND,
    "blind2": BLIND2,
    "blind3": BLIND3,
    "blind4": BLIND4,
    "blind5": BLIND5,
    "blind6": BLIND6,
}
# A fixed moment, so opening-hour based ranking never makes the figures depend on the clock.
Searcher = Callable[[str], list[str]]


@dataclass(frozen=True)
class GoldenQuery:
    query: str
    kind: str
    expected: tuple[str, ...]


def split_of(query: str) -> str:
    """A stable half of the golden set: tune on "dev", report "test" as held out (zlib.crc32 of the query)."""
    import zlib

    return "dev" if zlib.crc32(query.encode("utf-8")) % 2 == 0 else "test"


def load_golden(path: Path = GOLDEN, split: str = "all") -> list[GoldenQuery]:
    """The golden queries of one split: "dev"/"test" halves or "all" of the first set, the "holdout" set or one of
    the "blind" and "blind2" to "blind6" sets."""
    if split in LATER_SETS:
        path, split = LATER_SETS[split], "all"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if split in ("all", split_of(row["query"])):
                out.append(GoldenQuery(row["query"], row["kind"], tuple(row["expected"])))
    return out


def recall_at(found: list[str], expected: tuple[str, ...], k: int) -> float:
    if not expected:
        return 0.0
    hits = len(set(found[:k]) & set(expected))
    return hits / min(k, len(expected))


def reciprocal_rank(found: list[str], expected: tuple[str, ...], k: int) -> float:
    for rank, doc in enumerate(found[:k], 1):
        if doc in expected:
            return 1.0 / rank
    return 0.0


def evaluate(queries: Iterable[GoldenQuery], searcher: Searcher) -> dict[str, dict[str, float]]:
    """Mean Recall@5 and MRR@10 per kind and over all queries."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for q in queries:
        found = searcher(q.query)
        for key in (q.kind, "all"):
            acc = sums[key]
            acc[0] += recall_at(found, q.expected, 5)
            acc[1] += reciprocal_rank(found, q.expected, 10)
            acc[2] += 1
    return {k: {"recall@5": v[0] / v[2], "mrr@10": v[1] / v[2], "n": v[2]} for k, v in sums.items()}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def fts5_searcher(docs: list[tuple[str, str, str]]) -> Searcher:
    """Baseline: SQLite FTS5 with bm25 over name (weight 3) and description, query words OR-ed as prefixes."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE d USING fts5(id UNINDEXED, name, description, tokenize='unicode61 remove_diacritics 2')"
    )
    db.executemany("INSERT INTO d VALUES (?, ?, ?)", docs)

    def search(query: str) -> list[str]:
        words = re.findall(r"\w+", _fold(query))
        if not words:
            return []
        match = " OR ".join(f'"{w}"*' for w in words)
        rows = db.execute("SELECT id FROM d WHERE d MATCH ? ORDER BY bm25(d, 0, 3.0, 1.0) LIMIT 10", (match,))
        return [r[0] for r in rows]

    return search


def wratio_searcher(docs: list[tuple[str, str, str]]) -> Searcher:
    """Baseline: rapidfuzz WRatio of the query against name + description, brute force."""
    ids = [d[0] for d in docs]
    choices = [utils.default_process(f"{d[1]} {d[2]}") for d in docs]

    def search(query: str) -> list[str]:
        q = utils.default_process(query)
        if not q:
            return []
        hits = process.extract(q, choices, scorer=fuzz.WRatio, limit=10)
        return [ids[i] for _, _, i in hits]

    return search


def run(golden: list[GoldenQuery] | None = None) -> dict[str, Any]:
    """Evaluate the engine and both baselines on the demo catalog; returns the figures."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from socialekaart.catalog.store import open_catalog
    from socialekaart.search.service import CatalogSearch
    from socialekaart.workspace.demo import seed_demo

    golden = golden or load_golden()
    now = datetime(2026, 11, 18, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    with tempfile.TemporaryDirectory() as tmp:
        catalog = open_catalog(Path(tmp) / "demo.sqlite")
        seed_demo(catalog)
        search = CatalogSearch(catalog)
        from socialekaart.search.from_catalog import read_snapshot

        with catalog.read() as session:
            docs = [(d.id, d.name, d.description) for d in read_snapshot(session).documents]

        def ours(query: str) -> list[str]:
            return [r.id for r in search.search(query, limit=10, now=now).results]

        figures = {
            "sociale kaart": evaluate(golden, ours),
            "fts5 bm25": evaluate(golden, fts5_searcher(docs)),
            "wratio": evaluate(golden, wratio_searcher(docs)),
        }
        catalog.close()
    return {"queries": len(golden), "services": len(docs), "figures": figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--split",
        choices=["all", "dev", "test", *LATER_SETS],
        default="all",
        help="which queries: the first golden set (all) or one half of it, the hold-out set or a blind set",
    )
    args = parser.parse_args()
    result = run(load_golden(split=args.split))
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{result['queries']} golden queries ({args.split}) on the demo catalog ({result['services']} services)\n")
    kinds = sorted(result["figures"]["sociale kaart"], key=lambda k: (k == "all", k))
    header = f"{'kind':<14}{'n':>4}" + "".join(f"{name:>26}" for name in result["figures"])
    print(header)
    print(f"{'':<18}" + "".join(f"{'R@5':>13}{'MRR@10':>13}" for _ in result["figures"]))
    for kind in kinds:
        n = int(result["figures"]["sociale kaart"][kind]["n"])
        cells = "".join(f"{f[kind]['recall@5']:>13.3f}{f[kind]['mrr@10']:>13.3f}" for f in result["figures"].values())
        print(f"{kind:<14}{n:>4}{cells}")


if __name__ == "__main__":
    main()
