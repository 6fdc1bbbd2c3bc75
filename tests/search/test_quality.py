"""Search quality may not drop below the floor reached on the golden query set (benchmarks/search_quality.py)."""

from __future__ import annotations

import pytest
from benchmarks.search_quality import run

# Floors: the figures reached on the whole golden set when they were last raised (docs/search.md, 2026-11-22),
# minus 0.03 for harmless ranking changes. Raise them when quality improves; never lower them to make a change pass.
FLOOR = {
    "all": (0.77, 0.84),
    "lay": (0.65, 0.73),
    "multi": (0.49, 0.68),
    "name": (0.95, 0.97),
    "prefix": (0.89, 0.92),
    "professional": (0.79, 0.86),
    "typo": (0.84, 0.85),
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
