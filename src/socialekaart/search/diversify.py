"""Diversification: the distinct needs of a multi-need query, and a top that covers each of them (xQuAD)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from socialekaart.search.index import Segment
from socialekaart.search.plan import Term
from socialekaart.search.weights import RankingWeights

#: A ranked hit: (−score, name rank, name, id, segment, position in the segment, distance in km or None).
Candidate = tuple[float, int, str, str, Segment, int, float | None]
#: The distinct needs of a query: (indices of the terms that carry it, weight), one per need.
Aspects = list[tuple[list[int], float]]


def aspects(terms: Sequence[Term], descendants: Callable[[str], list[str]]) -> Aspects:
    """The distinct needs of a query: (indices of the terms that carry it, weight), one per need.

    Terms share a need when the strongest need of one is among the clear needs of the other, or one is
    narrower than the other ("buurman" → burenhulp, buurtbemiddeling and "herrie" → buurtbemiddeling).
    """
    groups: list[tuple[set[str], str, list[int], float]] = []  # (clear needs, main need, terms, weight)
    for k, t in enumerate(terms):
        if t.optional or not t.needs:
            continue
        code, (score, _via) = max(t.needs.items(), key=lambda kv: (kv[1][0], kv[0]))
        clear = {c for c, (sc, _v) in t.needs.items() if sc >= 0.6 * score}
        wide = clear | {d for c in clear for d in descendants(c)}
        for g, (needs, main, idx, weight) in enumerate(groups):
            if main in wide or code in needs:
                groups[g] = (needs | wide, main, [*idx, k], max(weight, score))
                break
        else:
            groups.append((wide, code, [k], score))
    return [(idx, weight) for _n, _m, idx, weight in groups]


def diversify(
    candidates: list[Candidate],
    needs: Aspects,
    coverage: Mapping[tuple[int, int], list[float]],
    limit: int,
    w: RankingWeights,
) -> list[Candidate]:
    """Re-rank the top so that every need of a multi-need query is covered (xQuAD, greedy)."""
    top_score = -candidates[0][0]
    if top_score <= 0:
        return candidates[:limit]
    pool = [c for c in candidates if -c[0] >= w.diversity_min_relative * top_score]
    rest = [c for c in candidates if -c[0] < w.diversity_min_relative * top_score]
    total_p = sum(p for _a, p in needs) or 1.0
    cov = {id(c): coverage.get((id(c[4]), c[5]), [0.0] * len(needs)) for c in pool}
    peak = [max((cov[id(c)][a] for c in pool), default=0.0) or 1.0 for a in range(len(needs))]
    missing = [1.0] * len(needs)
    chosen: list[Candidate] = []
    depth = min(len(pool), w.diversity_depth, max(limit, 1))
    while pool and len(chosen) < depth:

        def gain(c: Candidate) -> float:
            cv = cov[id(c)]
            g = sum(p / total_p * min(1.0, cv[a] / peak[a]) * missing[a] for a, (_i, p) in enumerate(needs))
            return (1.0 - w.diversity) * (-c[0] / top_score) + w.diversity * g

        pick = max(pool, key=lambda c: (round(gain(c), 9), c[0] * -1))
        pool.remove(pick)
        chosen.append(pick)
        cv = cov[id(pick)]
        for a in range(len(needs)):
            missing[a] *= 1.0 - min(1.0, cv[a] / peak[a])
    return [*chosen, *pool, *rest][: max(limit, 0)]
