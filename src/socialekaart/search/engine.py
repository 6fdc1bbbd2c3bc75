"""Search by need: the core search engine (no Qt) used by the desktop app, the command line and the server.

Pipeline: normalise the query → plan it (:mod:`~socialekaart.search.plan`: every query word against the vocabulary
and the needs thesaurus) → score every document (:mod:`~socialekaart.search.scoring`) → filter
(:mod:`~socialekaart.search.filtering`) → rank by relevance with a small bounded preference for the lightest help,
nearby and recently verified → diversify so that every need of a multi-need sentence is in the top
(:mod:`~socialekaart.search.diversify`) → explain (:mod:`~socialekaart.search.explain`). The index lives in
segments (:mod:`~socialekaart.search.segments`). See docs/search.md.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import numpy.typing as npt

from socialekaart.search.diversify import Aspects, Candidate, aspects, diversify
from socialekaart.search.documents import AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.explain import Detail, Explainer, Reason
from socialekaart.search.filtering import SearchFilters, filter_mask, safe_moment
from socialekaart.search.index import BoolArray, FloatArray, Segment, build_segment
from socialekaart.search.normalize import NormalizedQuery, normalize_query
from socialekaart.search.opening import is_open_at, is_public_holiday, now_local
from socialekaart.search.plan import PlaceNames, QueryPlanner, Term
from socialekaart.search.scoring import Scorer, query_share
from socialekaart.search.segments import Snapshot
from socialekaart.search.suggestions import suggest
from socialekaart.search.thesaurus import Thesaurus
from socialekaart.search.unmatched import UnmatchedLog
from socialekaart.search.weights import RankingWeights

__all__ = [
    "Detail",
    "RankingWeights",
    "Reason",
    "SearchEngine",
    "SearchFilters",
    "SearchResponse",
    "SearchResult",
]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit: ``why`` holds the reasons (words, synonyms, fields, needs, area) that carried it."""

    id: str
    name: str
    score: float
    why: tuple[Reason, ...]
    distance_km: float | None = None
    open_now: bool | None = None


@dataclass(frozen=True)
class SearchResponse:
    results: list[SearchResult]
    suggestions: list[str]
    unmatched: bool
    terms: tuple[str, ...]
    total: int = 0
    filtered_out: int = 0
    unknown_terms: tuple[str, ...] = ()
    truncated: bool = False


@dataclass
class _Scored:
    """One non-empty segment during a search: its filter mask and distances, and the per-term arrays."""

    seg: Segment
    dead: BoolArray
    mask: BoolArray
    dist: npt.NDArray[np.float64] | None
    term_scores: list[FloatArray] = field(default_factory=list)
    name_hits: list[FloatArray] = field(default_factory=list)  # per term: how well the word is in the name
    text_hits: list[FloatArray] = field(default_factory=list)  # per term: how strongly it is in the text
    relevance: npt.NDArray[np.float64] | None = None


@dataclass
class _Query:
    """A planned query: its terms, the ones that can score, and what the search was asked."""

    nq: NormalizedQuery
    terms: list[Term]
    scored: list[Term]
    unknown: tuple[str, ...]
    has_query: bool
    filters: SearchFilters
    moment: datetime
    limit: int


class SearchEngine:
    """In-memory search index over :class:`SearchDocument` s.

    Reads are lock-free (a search works on an immutable snapshot); writes (:meth:`upsert`, :meth:`remove`, …)
    are serialised and swap in a new snapshot, so the index is correct right after every catalog write.
    """

    def __init__(
        self,
        thesaurus: Thesaurus | None = None,
        taxonomy: NeedsVocabulary | None = None,
        areas: AreaTree | None = None,
        *,
        compound_parts: Collection[str] = frozenset(),
        weights: RankingWeights | None = None,
        unmatched_log: UnmatchedLog | None = None,
    ) -> None:
        self.thesaurus = thesaurus or Thesaurus()
        self.taxonomy = taxonomy or NeedsVocabulary()
        self.areas = areas or AreaTree()
        self.compound_parts = frozenset(compound_parts)
        self._weights = weights or RankingWeights()
        self.unmatched_log = unmatched_log
        self._lock = threading.Lock()
        self._places = PlaceNames(self.areas)
        self._prepare_vocabularies()
        self._state = Snapshot((self._build([]),), (np.zeros(0, dtype=bool),), {})
        is_public_holiday(now_local().date())  # load the holiday tables now, not during the first search

    # ---- construction ----------------------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        documents: Iterable[SearchDocument],
        thesaurus: Thesaurus | None = None,
        taxonomy: NeedsVocabulary | None = None,
        areas: AreaTree | None = None,
        *,
        compound_parts: Collection[str] = frozenset(),
        weights: RankingWeights | None = None,
        unmatched_log: UnmatchedLog | None = None,
    ) -> SearchEngine:
        engine = cls(
            thesaurus,
            taxonomy,
            areas,
            compound_parts=compound_parts,
            weights=weights,
            unmatched_log=unmatched_log,
        )
        engine.rebuild(documents)
        return engine

    @property
    def weights(self) -> RankingWeights:
        return self._weights

    @weights.setter
    def weights(self, weights: RankingWeights) -> None:
        """New weights take effect from the next search (the index keeps the field weights it was built with)."""
        self._weights = weights
        self._prepare_vocabularies()

    def _prepare_vocabularies(self) -> None:
        self._planner = QueryPlanner(self.thesaurus, self.taxonomy, self.compound_parts, self.weights)
        descendants = self._planner.descendants
        self._scorer = Scorer(self.weights, self.taxonomy, self.areas, descendants)
        self._explainer = Explainer(self.weights, self.taxonomy, self.areas, self._places, descendants)

    def _build(
        self, docs: Iterable[SearchDocument], extra: Sequence[Collection[str]] = (), main: Segment | None = None
    ) -> Segment:
        """A segment; a small one of recent writes takes the vocabulary and text length of the ``main`` one."""
        vocabularies = (self._planner.th_set, *extra, *((main.vocab_set,) if main is not None else ()))
        return build_segment(
            docs,
            self.taxonomy,
            self.areas,
            self.compound_parts,
            vocabularies,
            self.weights.field_weights,
            main.text_avg_len if main is not None else None,
        )

    def rebuild(self, documents: Iterable[SearchDocument]) -> None:
        """Replace the whole index (after a big import or sync)."""
        seg = self._build(documents)
        empty = self._build([], main=seg)
        with self._lock:
            self._state = Snapshot.of(seg, empty)

    def open_main(self, main: Segment) -> None:
        """Use a main segment built earlier with the same inputs (opened from the stored index), not rebuilt."""
        empty = self._build([], main=main)
        with self._lock:
            self._state = Snapshot.of(main, empty)

    @property
    def snapshot(self) -> Snapshot:
        """The current immutable state of the index (what the next search reads)."""
        return self._state

    @property
    def splitter_vocabularies(self) -> tuple[Collection[str], ...]:
        """What a main segment's compound splitter knows besides the catalog's own words."""
        return (self._planner.th_set,)

    def set_thesaurus(self, thesaurus: Thesaurus) -> None:
        """Swap in an edited thesaurus and re-index (its words also guide compound splitting)."""
        docs = self.documents()
        with self._lock:
            self.thesaurus = thesaurus
            self._prepare_vocabularies()
        self.rebuild(docs)

    # ---- freshness ---------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._state)

    def documents(self) -> list[SearchDocument]:
        """All live documents."""
        return self._state.documents()

    def get(self, doc_id: str) -> SearchDocument | None:
        return self._state.get(doc_id)

    def upsert(self, doc: SearchDocument) -> None:
        """Add or replace one document (an edit in the app, one imported or synced row)."""
        self.upsert_many([doc])

    def upsert_many(self, docs: Iterable[SearchDocument]) -> None:
        batch = {d.id: d for d in docs}
        if not batch:
            return
        with self._lock:
            self._state = self._state.apply(batch, (), self._build)

    def remove(self, doc_id: str) -> None:
        """Remove a document (deleted or soft-deleted in the catalog); unknown ids are ignored."""
        self.remove_many([doc_id])

    def remove_many(self, doc_ids: Iterable[str]) -> None:
        ids = tuple(doc_ids)
        if not ids:
            return
        with self._lock:
            self._state = self._state.apply({}, ids, self._build)

    # ---- search --------------------------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 20,
        now: datetime | None = None,
    ) -> SearchResponse:
        """Find services for a need in the resident's own words. Never raises on any query text."""
        st = self._state
        q = self._plan(query, filters, limit, now, st.segments)
        if q.has_query and not any(not t.optional for t in q.scored):
            # every word unknown: nothing can match
            return self._no_result(q, st.segments, 0)
        scored = self._score_segments(q, st)
        weights = self._scorer.term_weights(q.scored, [(s.dead, s.term_scores) for s in scored])
        denom = sum(wt for t, wt in zip(q.scored, weights, strict=True) if not t.optional)
        if q.has_query and denom <= 0:
            return self._no_result(q, st.segments, 0)
        best, text_matches = self._relevance(q, scored, weights, denom)
        candidates, total_hits = self._rank(q, scored, best)
        top = candidates[: q.limit]
        if not top:
            if q.has_query:
                return self._no_result(q, st.segments, text_matches)
            return SearchResponse(
                results=[],
                suggestions=[],
                unmatched=True,
                terms=q.nq.terms,
                truncated=q.nq.truncated,
            )
        return SearchResponse(
            results=self._results(q, top),
            suggestions=[],
            unmatched=False,
            terms=q.nq.terms,
            total=total_hits,
            filtered_out=max(0, text_matches - total_hits) if q.has_query else 0,
            unknown_terms=q.unknown,
            truncated=q.nq.truncated,
        )

    def _plan(self, query: str, filters: object, limit: object, now: object, segments: Sequence[Segment]) -> _Query:
        """Step 1: the arguments made safe, and the query planned."""
        f = filters if isinstance(filters, SearchFilters) else SearchFilters()
        moment = safe_moment(now)
        try:
            safe_limit = max(0, min(int(limit), 1000))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            safe_limit = 20
        nq = normalize_query(query)
        terms = self._planner.plan(nq, segments) if nq.tokens else []  # function words alone may be a phrase
        scored = [t for t in terms if t.known]
        unknown = tuple(t.text for t in terms if not t.known and not t.optional and not t.virtual)
        has_query = any(not t.optional for t in terms)
        return _Query(nq, terms, scored, unknown, has_query, f, moment, safe_limit)

    def _score_segments(self, q: _Query, st: Snapshot) -> list[_Scored]:
        """Step 2: filters and term scores per segment first: the weight of a context word depends on how common
        it is."""
        use_names = q.has_query and self.weights.name_match_weight > 0
        use_text = q.has_query and self.weights.text_weight > 0
        out: list[_Scored] = []
        for seg, dead in zip(st.segments, st.dead, strict=True):
            if seg.size == 0:
                continue
            mask, dist = filter_mask(seg, dead, q.filters, q.moment, self.areas, self._planner.descendants)
            s = _Scored(seg, dead, mask, dist)
            s.name_hits = [np.zeros(seg.size, dtype=np.float32) for _t in q.scored] if use_names else []
            s.text_hits = [np.zeros(seg.size, dtype=np.float32) for _t in q.scored] if use_text else []
            if q.has_query:
                s.term_scores = [
                    self._scorer.term_scores(
                        seg, t, s.name_hits[k] if use_names else None, s.text_hits[k] if use_text else None
                    )
                    for k, t in enumerate(q.scored)
                ]
            out.append(s)
        return out

    def _relevance(
        self, q: _Query, scored: Sequence[_Scored], weights: Sequence[float], denom: float
    ) -> tuple[float, int]:
        """Step 3: relevance per service (terms, text and name), the services without any taken out of the mask;
        returns the best relevance and how many services matched the words before filtering."""
        best = 0.0
        if not q.has_query:
            return best, 0
        best_unfiltered = 0.0  # the best relevance a search without filters would see
        unfiltered: list[npt.NDArray[np.float64]] = []  # per segment: relevance of live services (0 for dead ones)
        for s in scored:
            total = np.zeros(s.seg.size, dtype=np.float64)
            for wt, ts in zip(weights, s.term_scores, strict=True):
                total += wt * ts.astype(np.float64)
            rel = np.minimum(total / denom, 1.5)
            if s.text_hits:
                text_share = query_share(q.scored, weights, s.text_hits, denom)
                rel = np.where(rel > 0, rel + self.weights.text_weight * text_share, rel)
            if s.name_hits:
                # the more of the query the name says, the surer it is the service meant: a full name wins
                cover = query_share(q.scored, weights, s.name_hits, denom)
                rel = np.where(rel > 0, rel + self.weights.name_match_weight * cover * cover, rel)
            hit = rel > 0
            live = np.where(~s.dead, rel, 0.0)
            unfiltered.append(live)
            if hit.any():
                best_unfiltered = max(best_unfiltered, float(live.max()))
            s.mask = s.mask & hit
            if s.mask.any():
                best = max(best, float(rel[s.mask].max()))
            s.relevance = rel
        # Counted as the same search without filters would count them (its own relevance floor), so that "zonder
        # filters N resultaten" is the number the worker then gets.
        floor_unfiltered = best_unfiltered * self.weights.min_relative_relevance
        text_matches = sum(int(((live > 0) & (live >= floor_unfiltered)).sum()) for live in unfiltered)
        return best, text_matches

    def _rank(self, q: _Query, scored: Sequence[_Scored], best: float) -> tuple[list[Candidate], int]:
        """Step 4: the services above the relevance floor, with their preferences, ranked and diversified; returns
        the top candidates and how many services passed."""
        floor = best * self.weights.min_relative_relevance
        mentioned = self._places.mentioned(q.nq, q.scored) if q.has_query else []
        needs: Aspects = aspects(q.scored, self._planner.descendants) if q.has_query else []
        depth = max(q.limit, self.weights.diversity_pool) if len(needs) >= 2 else q.limit
        candidates: list[Candidate] = []
        coverage: dict[tuple[int, int], list[float]] = {}
        total_hits = 0
        for s in scored:
            seg, rel, dist = s.seg, s.relevance, s.dist
            mask = s.mask & (rel >= floor) if rel is not None else s.mask
            idx = np.nonzero(mask)[0]
            total_hits += len(idx)
            if len(idx) == 0 or q.limit == 0:
                continue
            base = rel[idx] if rel is not None else np.ones(len(idx), dtype=np.float64)
            score = base * (1.0 + self._scorer.preference(seg, idx, q.filters, dist, q.moment.date(), mentioned))
            if len(idx) > depth:
                kth = np.partition(-score, depth - 1)[depth - 1]
                keep = -score <= kth
                idx, score = idx[keep], score[keep]
            order = np.lexsort((seg.name_rank[idx], -score))[:depth]
            for k in order:
                i = int(idx[k])
                d = float(dist[i]) if dist is not None and math.isfinite(dist[i]) else None
                doc = seg.docs[i]
                candidates.append((-float(score[k]), int(seg.name_rank[i]), doc.name, doc.id, seg, i, d))
                if len(needs) >= 2:
                    coverage[(id(seg), i)] = [max(float(s.term_scores[t][i]) for t in a) for a, _p in needs]
        candidates.sort(key=lambda c: (round(c[0], 9), c[2].casefold(), c[3]))
        if len(needs) >= 2 and len(candidates) > 1:
            candidates = diversify(candidates, needs, coverage, q.limit, self.weights)
        return candidates, total_hits

    def _results(self, q: _Query, top: Sequence[Candidate]) -> list[SearchResult]:
        """Step 5: the hits, each with its reasons."""
        return [
            SearchResult(
                id=doc_id,
                name=name,
                score=round(-neg, 4),
                why=self._explainer.explain(seg, seg.docs[i], q.terms, q.filters, d, q.has_query),
                distance_km=None if d is None else round(d, 2),
                open_now=is_open_at(seg.docs[i].opening, q.moment),
            )
            for neg, _r, name, doc_id, seg, i, d in top
        ]

    def _no_result(self, q: _Query, segments: Sequence[Segment], text_matches: int) -> SearchResponse:
        nq = q.nq
        if self.unmatched_log is not None and nq.terms:
            with contextlib.suppress(Exception):  # statistics must never break a search
                self.unmatched_log.record(tuple(nq.terms), q.filters.area_code)
        suggestions = self.suggest(nq, segments) if not text_matches else []
        return SearchResponse(
            results=[],
            suggestions=suggestions,
            unmatched=True,
            terms=nq.terms,
            total=0,
            filtered_out=text_matches,
            unknown_terms=q.unknown,
            truncated=nq.truncated,
        )

    def suggest(self, nq: NormalizedQuery, segments: Sequence[Segment] | None = None, limit: int = 3) -> list[str]:
        """ "Bedoelde u …": the query with each word replaced by its nearest known word (looser than typos)."""
        segs = segments if segments is not None else self._state.segments
        return suggest(nq, segs, self._planner.th_words, self.taxonomy, limit)
