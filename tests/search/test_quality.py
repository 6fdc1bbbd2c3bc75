"""Search quality may not drop below the floor reached on the golden query set (benchmarks/search_quality.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from benchmarks.search_quality import LATER_SETS, load_golden, run

DEMO_SERVICES = Path(__file__).parents[2] / "data" / "demo" / "oosterhout" / "services.csv"
KINDS = {"lay", "multi", "name", "prefix", "professional", "typo"}

# Floors: the figures reached on the whole first golden set when they were last raised (docs/search.md, 2026-11-23,
# text relevance), minus 0.03 for harmless ranking changes. Raise them when quality improves; never lower them to
# make a change pass. Prefix recall fell 0.921 → 0.895 with the reach preference (2026-11-22); its floor stayed 0.89
# until names typed from their start (2026-11-23) brought it to 0.931.
# The hold-out and blind sets (benchmarks/data/golden_holdout.jsonl, golden_blind*.jsonl) have no floor on purpose:
# a test would make them a target to tune on. They are run by hand (docs/search.md, "Quality"); only their form is
# checked below.
FLOOR = {
    "all": (0.79, 0.89),
    "lay": (0.75, 0.85),
    "multi": (0.53, 0.83),
    "name": (0.96, 0.97),
    "prefix": (0.90, 0.95),
    "professional": (0.82, 0.89),
    "typo": (0.84, 0.87),
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, dict[str, float]]]:
    result: dict[str, dict[str, dict[str, float]]] = run()["figures"]
    return result


@pytest.mark.parametrize("kind", sorted(FLOOR))
def test_quality_floor(figures: dict[str, dict[str, dict[str, float]]], kind: str) -> None:
    ours = figures["sociale kaart"][kind]
    recall_floor, mrr_floor = FLOOR[kind]
    assert ours["recall@5"] >= recall_floor, f"{kind}: Recall@5 {ours['recall@5']:.3f} < {recall_floor}"
    assert ours["mrr@10"] >= mrr_floor, f"{kind}: MRR@10 {ours['mrr@10']:.3f} < {mrr_floor}"


def test_beats_both_baselines_overall(figures: dict[str, dict[str, dict[str, float]]]) -> None:
    ours = figures["sociale kaart"]["all"]
    for baseline in ("fts5 bm25", "wratio"):
        theirs = figures[baseline]["all"]
        assert ours["recall@5"] > theirs["recall@5"] + 0.1, baseline
        assert ours["mrr@10"] > theirs["mrr@10"] + 0.05, baseline


@pytest.mark.parametrize("kind", sorted(k for k in FLOOR if k != "all"))
def test_beats_both_baselines_on_every_kind(figures: dict[str, dict[str, dict[str, float]]], kind: str) -> None:
    ours = figures["sociale kaart"][kind]
    for baseline in ("fts5 bm25", "wratio"):
        theirs = figures[baseline][kind]
        for metric in ("recall@5", "mrr@10"):
            assert ours[metric] > theirs[metric], (
                f"{kind} {metric}: {ours[metric]:.3f} <= {baseline} {theirs[metric]:.3f}"
            )


@pytest.mark.parametrize("split", ["all", *LATER_SETS])
def test_golden_sets_name_services_of_the_demo_catalog(split: str) -> None:
    with DEMO_SERVICES.open(encoding="utf-8", newline="") as f:
        known = {row["id"] for row in csv.DictReader(f)}
    queries = load_golden(split=split)
    assert len({q.query for q in queries}) == len(queries)
    for q in queries:
        assert q.kind in KINDS and q.query.strip(), q
        assert q.expected and set(q.expected) <= known, q
