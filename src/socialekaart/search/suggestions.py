"""Suggestions ("Bedoelde u …"): the query with each word replaced by its nearest known word."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from socialekaart.search.documents import NeedsVocabulary
from socialekaart.search.index import Segment
from socialekaart.search.normalize import STOP_WORDS, NormalizedQuery, normalize_query


def suggest(
    nq: NormalizedQuery,
    segments: Sequence[Segment],
    thesaurus_words: Sequence[str],
    taxonomy: NeedsVocabulary,
    limit: int = 3,
) -> list[str]:
    """Up to ``limit`` other queries, looser than typo tolerance: from the catalog's words, the thesaurus and the
    names of the needs."""
    if not nq.terms:
        return []
    options: list[list[tuple[str, float]]] = []
    for term in nq.terms:
        if len(term) < 3:
            options.append([(term, 100.0)])
            continue
        pool: dict[str, float] = {}
        sources: list[Sequence[str]] = [s.vocab for s in segments if s.size]
        sources.append(thesaurus_words)
        sources.append([w for name in (t.name for t in taxonomy.terms.values()) for w in normalize_query(name).terms])
        for src in sources:
            for cand, sc, _ in process.extract(term, src, scorer=fuzz.ratio, score_cutoff=70, limit=5):
                if cand != term and len(cand) >= 3 and cand not in STOP_WORDS and not cand.isdigit():
                    pool[cand] = max(pool.get(cand, 0.0), float(sc))
        ranked = sorted(pool.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        options.append(ranked or [(term, 0.0)])
    out: list[str] = []
    for k in range(limit):
        words = [opts[min(k, len(opts) - 1)][0] for opts in options]
        if all(w == t for w, t in zip(words, nq.terms, strict=True)):
            continue
        text = " ".join(words)
        if text not in out:
            out.append(text)
    return out
