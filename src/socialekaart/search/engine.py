"""Search by need: the core search engine (no Qt) used by the desktop app, the command line and the server.

Pipeline: normalise the query → resolve every query word against the vocabulary (exact, plural/derivation
variants, compound parts, prefix while typing, typos via rapidfuzz on the *vocabulary*, not on documents) and the
needs thesaurus → score every document with field weights (vectorised with numpy over an inverted index) → filter
→ rank by relevance (common words weigh less) with a small bounded preference for the lightest help, nearby and
recently verified → diversify so that every need of a multi-need sentence is in the top → explain. See
docs/search.md.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import re
import threading
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from socialekaart.search.compounds import CompoundSplitter
from socialekaart.search.documents import ACCESS_TYPES, AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.index import (
    DEFAULT_FIELD_WEIGHTS,
    FIELD_ALT,
    FIELD_DESC,
    FIELD_LABELS,
    FIELD_LOCATION,
    FIELD_NAME,
    FIELD_NEED,
    FIELD_ORG,
    MAX_DESCRIPTION_CHARS,
    PART_FACTOR,
    BoolArray,
    FloatArray,
    Segment,
    build_segment,
    doc_token_map,
    name_first_word,
)
from socialekaart.search.normalize import STOP_WORDS, NormalizedQuery, normalize_query, tokenize
from socialekaart.search.opening import is_open_at, is_public_holiday, now_local, to_local
from socialekaart.search.places import valid_point
from socialekaart.search.thesaurus import ARTICLES, Thesaurus
from socialekaart.search.unmatched import UnmatchedLog

#: A word being typed matches the words it begins with this quality (× how much of the word it covers).
TYPING_QUALITY = 0.9
#: Shortest word that gets prefix completion while typing ("3 characters give useful results").
MIN_PREFIX = 3
#: Shortest word that gets prefix completion when it is not the word being typed.
MIN_INNER_PREFIX = 5
#: Most typo candidates taken from the vocabulary per word.
MAX_FUZZY = 12
#: Most thesaurus words a typed prefix may complete to.
MAX_THESAURUS_PREFIX = 24
#: Most words related through a shared need that one query word is expanded with.
MAX_RELATED = 40
#: Writes collected in the small "recent" segment before it is frozen.
OPEN_SEGMENT_MAX = 256
#: More frozen recent segments than this (or more than a quarter of the main size) triggers a full rebuild.
MAX_FROZEN_SEGMENTS = 8


def typo_budget(word: str) -> int:
    """Edits allowed for a word: 0 up to 4 letters, 1 for 5–8, 2 for 9 and longer (Meilisearch's budget)."""
    n = len(word)
    return 0 if n <= 4 else 1 if n <= 8 else 2


def _fuzzy_quality(distance: int) -> float:
    return 0.8 if distance <= 1 else 0.65


def _prefix_quality(base: float, prefix_len: int, word_len: int) -> float:
    return base * (0.6 + 0.4 * min(1.0, prefix_len / max(1, word_len)))


_INFLECTIONS = ("en", "s", "n", "e")
_DERIVATIONS = ("heid", "ing", "ers", "er", "ster", "tje", "je")


def word_variants(word: str) -> dict[str, float]:
    """Plural/singular and a few derivation forms of a Dutch word, with a quality factor.

    Only used when the variant exists in the vocabulary, so over-stemming cannot invent matches
    (no Snowball: it maps gezondheid → zon and begeleiding → beleid).
    """
    out: dict[str, float] = {}
    if len(word) < 3 or not word.isalpha():
        return out
    grow = len(word) >= 5  # adding endings to short words invents other words (kind → kinds, man → manen)
    for suf in _INFLECTIONS:
        if grow:
            out.setdefault(word + suf, 0.95)
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)]
            out.setdefault(stem, 0.95)
            if suf == "en" and len(stem) >= 4:
                if stem[-1] == stem[-2]:
                    out.setdefault(stem[:-1], 0.95)  # bussen → bus
                if stem[-1] == "z":
                    out.setdefault(stem[:-1] + "s", 0.95)  # huizen → huis
                if stem[-1] == "v":
                    out.setdefault(stem[:-1] + "f", 0.95)  # brieven → brief
    if len(word) >= 3 and word[-1] not in "aeiou" and word[-2:-1] in ("a", "e", "i", "o", "u"):
        out.setdefault(word + word[-1] + "en", 0.95)  # bus → bussen
    for suf in _DERIVATIONS:
        if grow:
            out.setdefault(word + suf, 0.85)
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            out.setdefault(word[: -len(suf)], 0.85)
    # verb forms: "drinkt" → drink, drinken; "spijbelt" → spijbelen; "praat" → praten; "vergeet" → vergeten;
    # past participles: "betaald" → betalen
    participle = word.endswith("d") and (word[-2] not in "aeiou" or word[-3] == word[-2])  # not "digid"
    stem = word[:-1] if (word.endswith("t") or participle) and len(word) >= 5 else word
    if stem != word:
        out.setdefault(stem, 0.85)
        out.setdefault(stem + "en", 0.85)
    elif len(word) >= 4 and word[-1] not in "aeiout" and word[-2] not in "aeiou":
        out.setdefault(word + "t", 0.85)  # "drink" → drinkt
    for v in sorted({word, stem}):
        if len(v) >= 4 and v[-1] not in "aeiou" and v[-3] == v[-2] and v[-2] in "aeou":
            last = {"s": "z", "f": "v"}.get(v[-1], v[-1])  # verwaarloos → verwaarlozen, leef → leven
            out.setdefault(v[:-2] + last + "en", 0.85)
    out.pop(word, None)
    return out


def _anchored_share(bare: Sequence[str], key: str, tokens: Sequence[str], anchors: Collection[str]) -> float:
    """The share of a one-content-word phrase's words found, in the phrase's order, around its content word.

    The window is one word longer than the phrase, so one word may come in between: "praat nog bijna niet"
    has all of "praat nog niet", "wil echt dood" two of the three words of "ik wil dood", and "sinds mijn vrouw
    dood is zie ik" only one (its "ik" comes after "dood"). ``anchors`` are the query words that stand for the
    content word (itself, or a word that reaches it by a typo or variant).
    """
    size = len(bare)
    best = 0
    for pos, tok in enumerate(tokens):
        if tok not in anchors:
            continue
        for start in range(max(0, pos - size), pos + 1):
            window = tuple(key if t in anchors else t for t in tokens[start : start + size + 1])
            best = max(best, _common_subsequence(bare, window))
    return best / size


def _common_subsequence(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (both are a few words long)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


# --------------------------------------------------------------------------------------------------------------
# Public data classes


@dataclass(frozen=True)
class SearchFilters:
    """Facet filters; every field is optional. See docs/search.md for the exact rules."""

    area_code: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    open_now: bool = False
    open_on: date | None = None
    target_group: str | None = None
    free_only: bool = False
    language: str | None = None
    accessibility: bool = False
    wheelchair: bool = False
    access_types: tuple[str, ...] = ()
    need_codes: tuple[str, ...] = ()
    entry_kinds: tuple[str, ...] = ()
    provider_kinds: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == SearchFilters()


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit: ``why`` lists, in Dutch, the words, synonyms and fields that carried it."""

    id: str
    name: str
    score: float
    why: list[str]
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
    message: str = ""
    truncated: bool = False


@dataclass(frozen=True)
class RankingWeights:
    """Tunable weights of the ranking formula (docs/search.md, "Ranking")."""

    field_weights: tuple[float, ...] = DEFAULT_FIELD_WEIGHTS
    need_weight: float = 0.8
    secondary_need_factor: float = 0.8
    child_need_factor: float = 0.8
    parent_need_factor: float = 0.4
    related_factor: float = 0.5
    #: a thesaurus hit at least this good (exact, inflection) also adds the words related through its needs
    sure_quality: float = 0.85
    phrase_related: bool = True
    context_term_weight: float = 0.6
    optional_prefix_weight: float = 0.3
    #: a query with this many content words (or words) is a sentence: its last word completes only weakly
    sentence_terms: int = 3
    sentence_tokens: int = 5
    sentence_prefix_factor: float = 0.6
    #: a thesaurus phrase of one content word matches when the query has this share of its words (articles aside)
    anchored_phrase_share: float = 0.65
    #: words of one thesaurus phrase share its weight (count ** -share), so a three-word phrase does not
    #: outweigh a one-word need in the same sentence
    phrase_share: float = 1.0
    #: words found in more than ``idf_from`` of the services weigh less, down to ``idf_floor`` (context words:
    #: "hulp", "helpt", "tijd") or ``idf_floor_need`` (words with a need) for a word found in ``idf_to`` or more
    idf_from: float = 0.03
    idf_to: float = 0.4
    idf_floor: float = 0.25
    idf_floor_need: float = 0.6
    idf_min_docs: int = 30
    #: a document that has more than one of a term's needs gets this share of the next need on top
    extra_need_factor: float = 0.25
    #: a literal hit of a word with a need, in a service that has none of its needs, counts × this
    off_need_factor: float = 0.8
    #: a service that has the word's need *and* the word (or a form of it) in its text gets this share of the
    #: weaker of the two on top: among the services of a need, the one that speaks of it comes first
    evidence_factor: float = 0.3
    #: a service whose name holds the query's words gets this × (share of the query in its name)² on top
    name_match_weight: float = 0.2
    #: a word being typed that begins the first word of a service's name counts as if typed in full
    name_start_prefix: bool = True
    #: text relevance: the query's words in the service's own text, BM25-saturated and length-normalised, weighted
    #: like the terms, add this share: among services that fit equally, the one whose text says more of the
    #: resident's words comes first; words related through a need count × ``text_related``
    text_weight: float = 0.3
    text_related: float = 0.5
    #: a need in position k (0 = first) of a service's needs counts × (1 − decay · min(k, 3))
    need_position_decay: float = 0.05
    #: diversification across the needs of a multi-need query (xQuAD): share of the coverage gain, places
    #: re-ranked, candidates per segment, and the least relative score a candidate needs
    diversity: float = 0.6
    diversity_depth: int = 10
    diversity_pool: int = 40
    diversity_min_relative: float = 0.3
    min_relative_relevance: float = 0.2
    lightness_weight: float = 0.10
    proximity_weight: float = 0.06
    freshness_weight: float = 0.04
    proximity_scale_km: float = 3.0
    #: without an area or point, services that work for the whole gemeente come before those of one kern/wijk
    reach_weight: float = 0.1
    fresh_days: int = 183
    stale_days: int = 1095
    lightness: tuple[tuple[str | None, float], ...] = (
        ("sociale_basis", 1.0),
        ("brede_voorziening", 1.0),
        ("vrij_toegankelijk", 0.75),
        ("niet_vrij_toegankelijk", 0.0),
        (None, 0.5),
    )


# --------------------------------------------------------------------------------------------------------------
# Query plan


@dataclass(slots=True)
class _Expansion:
    quality: float
    kind: str  # exact | variant | fuzzy | related | join
    source: str


@dataclass
class _Term:
    text: str
    weight: float = 1.0
    optional: bool = False
    virtual: bool = False
    words: dict[str, _Expansion] = field(default_factory=dict)
    prefixes: list[tuple[str, float, str]] = field(default_factory=list)  # (prefix, base quality, kind)
    needs: dict[str, tuple[float, str]] = field(default_factory=dict)
    parts: tuple[str, ...] | None = None
    th_keys: dict[str, float] = field(default_factory=dict)
    th_typos: dict[str, str] = field(default_factory=dict)  # thesaurus word reached through a typo
    typo_via: dict[str, str] = field(default_factory=dict)  # thesaurus term → corrected word

    @property
    def known(self) -> bool:
        return bool(self.words or self.prefixes or self.needs or self.parts)

    def add_word(self, word: str, quality: float, kind: str, source: str) -> None:
        old = self.words.get(word)
        if old is None or old.quality < quality:
            self.words[word] = _Expansion(quality, kind, source)

    def add_need(self, code: str, score: float, via: str) -> None:
        old = self.needs.get(code)
        if old is None or old[0] < score:
            self.needs[code] = (score, via)


@dataclass(frozen=True)
class _State:
    segments: tuple[Segment, ...]
    dead: tuple[BoolArray, ...]
    open_docs: Mapping[str, SearchDocument]


# --------------------------------------------------------------------------------------------------------------


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
        self.weights = weights or RankingWeights()
        #: folded area names (kern, wijk, buurt) → codes, to notice a place named in the query ("… in Dorst")
        self._area_names: dict[tuple[str, ...], list[str]] = {}
        roots = {tuple(tokenize(n.name)) for n in self.areas.nodes.values() if not n.parent_code}
        self._root_names = roots
        for node in self.areas.nodes.values():
            words = tuple(tokenize(node.name))
            # not the gemeente, nor a kern named like it ("Oosterhout"): naming those says nothing about where
            if words and node.parent_code and words not in roots:
                self._area_names.setdefault(words, []).append(node.code)
        self.unmatched_log = unmatched_log
        self._lock = threading.Lock()
        self._lightness = dict(self.weights.lightness)
        self._lightness_by_code = np.asarray(
            [self._lightness.get(a, 0.5) for a in ACCESS_TYPES] + [self._lightness.get(None, 0.5)],
            dtype=np.float64,
        )
        # a posting weight at least this high is a hit in the name or alternate name (whole word or compound part)
        fw = self.weights.field_weights
        name_low = min(fw[FIELD_NAME], fw[FIELD_ALT]) * PART_FACTOR
        other_high = max(x for k, x in enumerate(fw) if k not in (FIELD_NAME, FIELD_ALT))
        self._name_min = (name_low + other_high) / 2 if name_low > other_high else math.inf
        self._th_words: list[str] = []
        self._th_set: frozenset[str] = frozenset()
        self._th_by_len: dict[int, list[str]] = {}
        self._children: dict[str, list[str]] = {}
        self._prepare_vocabularies()
        self._state = _State((self._build([]),), (np.zeros(0, dtype=bool),), {})
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

    def _prepare_vocabularies(self) -> None:
        self._th_words = self.thesaurus.words()
        self._th_set = frozenset(self._th_words)
        self._th_by_len = {}
        for w in self._th_words:
            self._th_by_len.setdefault(len(w), []).append(w)
        self._children = {}
        for t in self.taxonomy.terms.values():
            if t.parent_code:
                self._children.setdefault(t.parent_code, []).append(t.code)

    def _build(
        self, docs: Iterable[SearchDocument], extra: Sequence[Collection[str]] = (), main: Segment | None = None
    ) -> Segment:
        """A segment; a small one of recent writes takes the vocabulary and text length of the ``main`` one."""
        vocabularies = (self._th_set, *extra, *((main.vocab_set,) if main is not None else ()))
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
            self._state = _State((seg, empty), (np.zeros(seg.size, dtype=bool), np.zeros(0, dtype=bool)), {})

    def set_thesaurus(self, thesaurus: Thesaurus) -> None:
        """Swap in an edited thesaurus and re-index (its words also guide compound splitting)."""
        docs = self.documents()
        with self._lock:
            self.thesaurus = thesaurus
            self._prepare_vocabularies()
        self.rebuild(docs)

    # ---- freshness ---------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        st = self._state
        return sum(int((~d).sum()) for d in st.dead[:-1]) + len(st.open_docs)

    def documents(self) -> list[SearchDocument]:
        """All live documents."""
        st = self._state
        out: list[SearchDocument] = []
        for seg, dead in zip(st.segments[:-1], st.dead[:-1], strict=True):
            out.extend(d for d, gone in zip(seg.docs, dead, strict=True) if not gone)
        out.extend(st.open_docs.values())
        return out

    def get(self, doc_id: str) -> SearchDocument | None:
        st = self._state
        if doc_id in st.open_docs:
            return st.open_docs[doc_id]
        for seg, dead in zip(st.segments[:-1], st.dead[:-1], strict=True):
            i = seg.ids.get(doc_id)
            if i is not None and not dead[i]:
                return seg.docs[i]
        return None

    def upsert(self, doc: SearchDocument) -> None:
        """Add or replace one document (an edit in the app, one imported or synced row)."""
        self.upsert_many([doc])

    def upsert_many(self, docs: Iterable[SearchDocument]) -> None:
        batch = {d.id: d for d in docs}
        if not batch:
            return
        with self._lock:
            self._apply(batch, ())

    def remove(self, doc_id: str) -> None:
        """Remove a document (deleted or soft-deleted in the catalog); unknown ids are ignored."""
        self.remove_many([doc_id])

    def remove_many(self, doc_ids: Iterable[str]) -> None:
        ids = tuple(doc_ids)
        if not ids:
            return
        with self._lock:
            self._apply({}, ids)

    def _apply(self, batch: Mapping[str, SearchDocument], removed: Sequence[str]) -> None:
        st = self._state
        closed = list(st.segments[:-1])
        dead = list(st.dead[:-1])
        touched = set(batch) | set(removed)
        for k, seg in enumerate(closed):
            hits = [seg.ids[i] for i in touched if i in seg.ids]
            if hits:
                d = dead[k].copy()
                d[np.asarray(hits, dtype=np.int64)] = True
                dead[k] = d
        open_docs = {i: d for i, d in st.open_docs.items() if i not in touched}
        open_docs.update(batch)
        main_size = closed[0].size if closed else 0
        if len(open_docs) > OPEN_SEGMENT_MAX:
            closed.append(self._build(open_docs.values(), main=closed[0] if closed else None))
            dead.append(np.zeros(closed[-1].size, dtype=bool))
            open_docs = {}
            recent = sum(s.size for s in closed[1:])
            if len(closed) - 1 > MAX_FROZEN_SEGMENTS or recent > max(OPEN_SEGMENT_MAX, main_size // 4):
                live: list[SearchDocument] = []
                for seg, dd in zip(closed, dead, strict=True):
                    live.extend(doc for doc, gone in zip(seg.docs, dd, strict=True) if not gone)
                seg0 = self._build(live)
                closed, dead = [seg0], [np.zeros(seg0.size, dtype=bool)]
        open_seg = self._build(open_docs.values(), main=closed[0] if closed else None)
        self._state = _State((*closed, open_seg), (*dead, np.zeros(open_seg.size, dtype=bool)), open_docs)

    # ---- query planning ----------------------------------------------------------------------------------------

    def _descendants(self, code: str) -> list[str]:
        out: list[str] = []
        stack = list(self._children.get(code, ()))
        seen = {code}
        while stack:
            c = stack.pop()
            if c not in seen:
                seen.add(c)
                out.append(c)
                stack.extend(self._children.get(c, ()))
        return out

    def _in_any_vocab(self, segments: Sequence[Segment], word: str) -> bool:
        return any(word in s.vocab_set for s in segments)

    def _any_prefix(self, segments: Sequence[Segment], prefix: str) -> bool:
        for s in segments:
            lo, hi = s.prefix_range(prefix)
            if hi > lo:
                return True
        i = bisect.bisect_left(self._th_words, prefix)
        return i < len(self._th_words) and self._th_words[i].startswith(prefix)

    def _fuzzy(self, word: str, by_len_lists: Iterable[Mapping[int, list[str]]]) -> dict[str, int]:
        budget = typo_budget(word)
        found: dict[str, int] = {}
        if budget == 0:
            return found
        for by_len in by_len_lists:
            for n in range(len(word) - budget, len(word) + budget + 1):
                choices = by_len.get(n)
                if not choices:
                    continue
                for cand, dist, _ in process.extract(
                    word, choices, scorer=OSA.distance, score_cutoff=budget, limit=MAX_FUZZY
                ):
                    if cand != word and (cand not in found or found[cand] > dist):
                        found[cand] = int(dist)
        if len(found) > MAX_FUZZY:
            found = dict(sorted(found.items(), key=lambda kv: (kv[1], kv[0]))[:MAX_FUZZY])
        return found

    def _plan(self, nq: NormalizedQuery, segments: Sequence[Segment]) -> list[_Term]:
        w = self.weights
        terms: list[_Term] = [_Term(t) for t in nq.terms]
        # a resident's sentence: its last word is most likely finished, so as-you-type completion is weaker
        sentence = len(nq.terms) >= w.sentence_terms or len(nq.tokens) >= w.sentence_tokens
        if nq.optional_prefix and not sentence:
            terms.append(_Term(nq.optional_prefix, weight=w.optional_prefix_weight, optional=True))
        seg_by_len = [s.by_len for s in segments]
        query_splitter = CompoundSplitter(self.compound_parts, (self._th_set, *(s.vocab_set for s in segments)))
        last_index = len(nq.terms) - 1
        for pos, term in enumerate(terms):
            word = term.text
            typing = term.optional or (nq.prefix and pos == last_index)
            exact = self._in_any_vocab(segments, word)
            if typing and sentence and not term.optional and (exact or word in self._th_set):
                typing = False  # a known word at the end of a sentence is a word ("bed"), not "bedreigd"
            prefix_factor = w.sentence_prefix_factor if typing and sentence else 1.0
            # words of the catalog vocabulary
            if exact:
                term.add_word(word, 1.0, "exact", word)
            for var, q in word_variants(word).items():
                if self._in_any_vocab(segments, var):
                    term.add_word(var, q, "variant", word)
            if term.optional:
                term.words.pop(word, None)
            if typing and len(word) >= MIN_PREFIX:
                term.prefixes.append((word, TYPING_QUALITY * prefix_factor, "typing"))
            elif not term.optional and len(word) >= MIN_INNER_PREFIX:
                term.prefixes.append((word, 0.8, "prefix"))
            # a word being typed that some word starts with is not a typo ("huish" → huishoudelijke, not huis)
            completes = typing and len(word) >= MIN_PREFIX and self._any_prefix(segments, word)
            if not term.optional and not exact and word not in self._th_set and not completes:
                for cand, dist in self._fuzzy(word, seg_by_len).items():
                    term.add_word(cand, _fuzzy_quality(dist), "fuzzy", word)
                if typing and len(word) >= 5 and not term.words:
                    budget = typo_budget(word)
                    found: dict[str, int] = {}
                    for s in segments:
                        for n in range(len(word) - budget, len(word) + budget + 1):
                            hits = process.extract(
                                word, s.prefixes(n), scorer=OSA.distance, score_cutoff=budget, limit=MAX_FUZZY
                            )
                            for cand, dist, _ in hits:
                                found[cand] = min(int(dist), found.get(cand, 99))
                    best_found = sorted(found.items(), key=lambda kv: (kv[1], kv[0]))[:MAX_FUZZY]
                    for cand, dist in best_found:
                        term.prefixes.append((cand, 0.9 * _fuzzy_quality(dist), "fuzzy_prefix"))
            if not term.optional and not exact and not term.words:
                parts = query_splitter.split(word)
                if parts and all(self._in_any_vocab(segments, p) for p in parts):
                    term.parts = parts
            # words of the thesaurus
            if term.optional:
                continue
            keys = term.th_keys
            if word in self._th_set:
                keys[word] = 1.0
            for var, q in word_variants(word).items():
                if var in self._th_set:
                    keys.setdefault(var, q)
            if not exact and word not in self._th_set and not completes:
                for cand, dist in self._fuzzy(word, [self._th_by_len]).items():
                    if cand not in keys:
                        keys[cand] = _fuzzy_quality(dist)
                        term.th_typos[cand] = word
            if typing and len(word) >= MIN_PREFIX:
                i = bisect.bisect_left(self._th_words, word)
                n_added = 0
                while i < len(self._th_words) and self._th_words[i].startswith(word) and n_added < 200:
                    cand = self._th_words[i]
                    q = _prefix_quality(0.8 * prefix_factor, len(word), len(cand))
                    if keys.get(cand, 0.0) < q:
                        keys[cand] = q
                    i += 1
                    n_added += 1
                if n_added > MAX_THESAURUS_PREFIX:
                    best = sorted(keys.items(), key=lambda kv: -kv[1])[:MAX_THESAURUS_PREFIX]
                    term.th_keys = keys = dict(best)
        # adjacent words written apart: "schuld hulp" → schuldhulp
        real = [t for t in terms if not t.optional]
        for a, b in itertools.pairwise(real):
            joined = a.text + b.text
            if self._in_any_vocab(segments, joined):
                for t in (a, b):
                    t.add_word(joined, 1.0, "join", f"{a.text} {b.text}")
            if joined in self._th_set:
                for t in (a, b):
                    t.th_keys.setdefault(joined, 1.0)
        # a name written as one word, function words included: "oosterhout voor elkaar" → oosterhoutvoorelkaar
        toks = nq.tokens
        for n in (3, 4):
            for k in range(len(toks) - n + 1):
                span = toks[k : k + n]
                joined = "".join(span)
                if self._in_any_vocab(segments, joined):
                    for t in real:
                        if t.text in span:
                            t.add_word(joined, 1.0, "join", " ".join(span))
        self._expand_thesaurus(terms, nq, segments)
        if any(t.needs for t in terms if not t.optional):
            for t in terms:
                if not t.optional and not t.virtual and not t.needs:
                    t.weight = w.context_term_weight
        # words whose strongest need comes from the same thesaurus phrase are one concept
        carriers: dict[str, list[_Term]] = {}
        for t in terms:
            if t.needs and not t.optional and not t.virtual:
                _code, (_score, via) = max(t.needs.items(), key=lambda kv: (kv[1][0], kv[0]))
                carriers.setdefault(via, []).append(t)
        for group in carriers.values():
            if len(group) > 1:
                for t in group:
                    t.weight *= len(group) ** -w.phrase_share
        return terms

    def _expand_thesaurus(self, terms: list[_Term], nq: NormalizedQuery, segments: Sequence[Segment]) -> None:
        w = self.weights
        th = self.thesaurus
        sure: dict[int, dict[str, tuple[float, str]]] = {}
        for term in terms:
            for key, q in term.th_keys.items():
                for entry in th.single.get(key, ()):
                    for rank, need in enumerate(entry.needs):
                        score = w.need_weight * entry.weight * q * (1.0 if rank == 0 else w.secondary_need_factor)
                        term.add_need(need, score, entry.term)
                        if key in term.th_typos:
                            term.typo_via[entry.term] = key
                        if q >= w.sure_quality:
                            bucket = sure.setdefault(id(term), {})
                            if bucket.get(need, (0.0, ""))[0] < score:
                                bucket[need] = (score, entry.term)
        # phrases: all content words present (in any order); a phrase of one content word ("ik wil dood") also
        # needs most of its other words, and counts by the share of its words the query has
        bare_tokens = tuple(t for t in nq.tokens if t not in ARTICLES)
        for entry in th.multi:
            if not entry.key:
                continue
            quality = 1.0
            carriers: list[_Term] = []
            for k in entry.key:
                best = 0.0
                for t in terms:
                    q = t.th_keys.get(k, 0.0)
                    if q > 0:
                        carriers.append(t)
                        best = max(best, q)
                if best == 0.0:
                    break
                quality = min(quality, best)
            else:
                if entry.anchored:
                    anchors = {entry.key[0], *(t.text for t in carriers)}
                    share = _anchored_share(entry.bare, entry.key[0], bare_tokens, anchors)
                    if share < w.anchored_phrase_share:
                        continue
                    quality *= 0.5 + 0.5 * share
                for t in carriers:
                    for rank, need in enumerate(entry.needs):
                        factor = 1.0 if rank == 0 else w.secondary_need_factor
                        score = w.need_weight * entry.weight * quality * factor
                        t.add_need(need, score, entry.term)
                        if quality >= w.sure_quality and w.phrase_related:
                            bucket = sure.setdefault(id(t), {})
                            if bucket.get(need, (0.0, ""))[0] < score:
                                bucket[need] = (score, entry.term)
        # phrases of function words only ("ik ben op"): contiguous in the full token sequence; a single
        # function word ("op") only when it is the whole query
        toks = nq.tokens
        for entry in th.multi:
            if entry.key or not entry.tokens:
                continue
            n = len(entry.tokens)
            if n == 1:
                fires = toks == entry.tokens and not nq.optional_prefix
            else:
                fires = any(toks[i : i + n] == entry.tokens for i in range(len(toks) - n + 1))
            if fires:
                virt = _Term(" ".join(entry.tokens), virtual=True)
                for rank, need in enumerate(entry.needs):
                    factor = 1.0 if rank == 0 else w.secondary_need_factor
                    virt.add_need(need, w.need_weight * entry.weight * factor, entry.term)
                terms.append(virt)
        # words related through a shared need (only from a sure thesaurus hit, not from a typo or prefix)
        for term in terms:
            if term.optional:
                continue
            related: dict[str, tuple[float, str]] = {}
            for need, (score, via) in sure.get(id(term), {}).items():
                for word, ww in th.need_words.get(need, ()):
                    if word in term.th_keys or word == term.text:
                        continue
                    q = w.related_factor * ww * score / max(w.need_weight, 1e-9)
                    if related.get(word, (0.0, ""))[0] < q and self._in_any_vocab(segments, word):
                        related[word] = (q, via)
            ranked = sorted(related.items(), key=lambda kv: (-kv[1][0], kv[0]))[:MAX_RELATED]
            for word, (q, via) in ranked:
                term.add_word(word, q, "related", via)

    # ---- scoring -------------------------------------------------------------------------------------------------

    def _term_scores(
        self,
        seg: Segment,
        term: _Term,
        name_hits: FloatArray | None = None,
        text_hits: FloatArray | None = None,
    ) -> FloatArray:
        """The term's score per document; ``name_hits``, when given, gets how well the term itself (not a related
        word or need) is in each service's name or alternate name, ``text_hits`` how strongly the term's words are
        in each service's own text (BM25-saturated, see :data:`~socialekaart.search.index.TEXT_FIELD_WEIGHTS`)."""
        n = seg.size
        s = np.zeros(n, dtype=np.float32)
        text_related = self.weights.text_related
        for word, exp in term.words.items():
            wid = seg.word_id(word)
            if wid is None:
                continue
            idx, wts = seg.postings(wid)
            s[idx] = np.maximum(s[idx], wts * np.float32(exp.quality))
            if name_hits is not None and exp.kind != "related":
                in_name = idx[wts >= self._name_min]
                name_hits[in_name] = np.maximum(name_hits[in_name], np.float32(exp.quality))
            if text_hits is not None and (text_related > 0 or exp.kind != "related"):
                q_text = exp.quality * (text_related if exp.kind == "related" else 1.0)
                tfs = seg.text_postings(wid).astype(np.float32) * np.float32(q_text)
                text_hits[idx] = np.maximum(text_hits[idx], tfs)
        for prefix, base, kind in term.prefixes:
            lo, hi = seg.prefix_range(prefix)
            if hi <= lo:
                continue
            a, b = int(seg.offsets[lo]), int(seg.offsets[hi])
            counts = np.diff(seg.offsets[lo : hi + 1])
            lens = seg.word_len[lo:hi].astype(np.float32)
            qw = np.repeat(np.float32(base) * (0.6 + 0.4 * np.minimum(1.0, len(prefix) / lens)), counts)
            qw = qw.astype(np.float32)
            if kind == "typing" and self.weights.name_start_prefix:
                # a name is typed from its start: the first word of a service's name that the prefix begins counts
                # as if typed in full (that word only, not the service's other words with the prefix)
                wids = np.repeat(np.arange(lo, hi, dtype=np.int32), counts)
                first = seg.name_first[seg.post_doc[a:b]]
                qw = np.where(wids == first, np.float32(base / TYPING_QUALITY), qw).astype(np.float32)
            np.maximum.at(s, seg.post_doc[a:b], seg.post_w[a:b] * qw)
            if name_hits is not None:
                named = seg.post_w[a:b] >= self._name_min
                np.maximum.at(name_hits, seg.post_doc[a:b][named], qw[named])
            if text_hits is not None:
                np.maximum.at(text_hits, seg.post_doc[a:b], seg.post_tf[a:b].astype(np.float32) * qw)
        if term.parts:
            part_min: FloatArray | None = None
            part_tf: FloatArray | None = None
            for p in term.parts:
                ps = np.zeros(n, dtype=np.float32)
                pt = np.zeros(n, dtype=np.float32)
                wid = seg.word_id(p)
                if wid is not None:
                    idx, wts = seg.postings(wid)
                    ps[idx] = wts
                    pt[idx] = seg.text_postings(wid)
                part_min = ps if part_min is None else np.minimum(part_min, ps)
                part_tf = pt if part_tf is None else np.minimum(part_tf, pt)
            if part_min is not None:
                np.maximum(s, part_min * np.float32(PART_FACTOR), out=s)
            if text_hits is not None and part_tf is not None:
                np.maximum(text_hits, part_tf * np.float32(PART_FACTOR), out=text_hits)
        if term.needs:
            w = self.weights
            if w.off_need_factor < 1.0:
                # the thesaurus says what the word means: a literal hit in a service without that need counts less
                own = np.zeros(n, dtype=bool)
                for code in term.needs:
                    for c in (code, *self._descendants(code)):
                        need_idx = seg.need_docs.get(c)
                        if need_idx is not None:
                            own[need_idx] = True
                s = np.where(own, s, s * np.float32(w.off_need_factor)).astype(np.float32)
            # the best need counts in full; a document that also has another of the term's needs (a phrase
            # that maps to two needs) gets a share of that one on top
            best = np.zeros(n, dtype=np.float32)
            second = np.zeros(n, dtype=np.float32)
            for code, (score, _via) in term.needs.items():
                cover = np.zeros(n, dtype=np.float32)
                below = self._descendants(code)
                for target, factor in ((code, 1.0), *((c, w.child_need_factor) for c in below)):
                    need_idx = seg.need_docs.get(target)
                    if need_idx is not None:
                        # a service's first need is its main one: a later need counts slightly less
                        pos = np.minimum(seg.need_pos[target], 3).astype(np.float32)
                        val = np.float32(score * factor) * (1.0 - np.float32(w.need_position_decay) * pos)
                        cover[need_idx] = np.maximum(cover[need_idx], val)
                if not any(c in term.needs for c in below):  # a broader need of the term is no second need
                    np.maximum(second, np.minimum(best, cover), out=second)
                np.maximum(best, cover, out=best)
                parent = self.taxonomy.terms[code].parent_code if code in self.taxonomy.terms else None
                need_idx = seg.need_docs.get(parent) if parent else None
                if need_idx is not None:  # the broader need counts as a match, never as a second need
                    best[need_idx] = np.maximum(best[need_idx], np.float32(score * w.parent_need_factor))
            extra = np.float32(self.weights.extra_need_factor)
            need_s = best + extra * second
            both = np.float32(w.evidence_factor) * np.minimum(s, need_s)
            s = (np.maximum(s, need_s) + both).astype(np.float32)
        return s

    def _area_label(self, code: str) -> str:
        """An area's name, with its kind when the gemeente has the same name ("kern Oosterhout")."""
        name = self.areas.name(code)
        node = self.areas.nodes.get(code)
        if node is not None and tuple(tokenize(name)) in self._root_names:
            return f"{node.kind} {name}"
        return name

    def _mentioned_areas(self, nq: NormalizedQuery, terms: Sequence[_Term]) -> list[str]:
        """Areas the query names: a whole area name among its words, or a one-word name reached by a typo."""
        tokens = tuple(nq.tokens)
        found: list[str] = []
        typed = {w for t in terms if not t.optional for w, e in t.words.items() if e.kind in ("exact", "fuzzy")}
        for words, codes in self._area_names.items():
            n = len(words)
            hit = any(tokens[k : k + n] == words for k in range(len(tokens) - n + 1))
            if hit or (n == 1 and words[0] in typed):
                found.extend(codes)
        return found

    def _need_targets(self, term: _Term) -> list[tuple[str, float, str, str]]:
        """(doc need code, score, via, relation) for the needs of a term: itself, narrower, broader."""
        w = self.weights
        out: list[tuple[str, float, str, str]] = []
        for code, (score, via) in term.needs.items():
            out.append((code, score, via, "self"))
            for child in self._descendants(code):
                out.append((child, score * w.child_need_factor, via, code))
            parent = self.taxonomy.terms[code].parent_code if code in self.taxonomy.terms else None
            if parent:
                out.append((parent, score * w.parent_need_factor, via, code))
        return out

    def _term_weights(
        self,
        terms: Sequence[_Term],
        filtered: Sequence[tuple[Segment, BoolArray, BoolArray, npt.NDArray[np.float64] | None, list[FloatArray]]],
    ) -> list[float]:
        """``w_i`` of every scored term: a context word that many services contain weighs less (idf)."""
        w = self.weights
        live = sum(int((~dead).sum()) for _seg, dead, _m, _d, _ts in filtered)
        out: list[float] = []
        for k, t in enumerate(terms):
            wt = t.weight
            if live >= w.idf_min_docs and not t.optional and not t.virtual and len(terms) > 1:
                df = sum(int(((ts[k] > 0) & ~dead).sum()) for _seg, dead, _m, _d, ts in filtered)
                frac = df / live
                if frac > w.idf_from:
                    span = math.log(w.idf_to / w.idf_from)
                    drop = min(1.0, math.log(frac / w.idf_from) / span)
                    floor = w.idf_floor_need if t.needs else w.idf_floor
                    wt *= 1.0 - (1.0 - floor) * drop
            out.append(wt)
        return out

    def _aspects(self, terms: Sequence[_Term]) -> list[tuple[list[int], float]]:
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
            wide = clear | {d for c in clear for d in self._descendants(c)}
            for g, (needs, main, idx, weight) in enumerate(groups):
                if main in wide or code in needs:
                    groups[g] = (needs | wide, main, [*idx, k], max(weight, score))
                    break
            else:
                groups.append((wide, code, [k], score))
        return [(idx, weight) for _n, _m, idx, weight in groups]

    def _diversify(
        self,
        candidates: list[tuple[float, int, str, str, Segment, int, float | None]],
        aspects: Sequence[tuple[list[int], float]],
        coverage: Mapping[tuple[int, int], list[float]],
        limit: int,
    ) -> list[tuple[float, int, str, str, Segment, int, float | None]]:
        """Re-rank the top so that every need of a multi-need query is covered (xQuAD, greedy)."""
        w = self.weights
        top_score = -candidates[0][0]
        if top_score <= 0:
            return candidates[:limit]
        pool = [c for c in candidates if -c[0] >= w.diversity_min_relative * top_score]
        rest = [c for c in candidates if -c[0] < w.diversity_min_relative * top_score]
        total_p = sum(p for _a, p in aspects) or 1.0
        cov = {id(c): coverage.get((id(c[4]), c[5]), [0.0] * len(aspects)) for c in pool}
        peak = [max((cov[id(c)][a] for c in pool), default=0.0) or 1.0 for a in range(len(aspects))]
        missing = [1.0] * len(aspects)
        chosen: list[tuple[float, int, str, str, Segment, int, float | None]] = []
        depth = min(len(pool), w.diversity_depth, max(limit, 1))
        while pool and len(chosen) < depth:

            def gain(c: tuple[float, int, str, str, Segment, int, float | None]) -> float:
                cv = cov[id(c)]
                g = sum(p / total_p * min(1.0, cv[a] / peak[a]) * missing[a] for a, (_i, p) in enumerate(aspects))
                return (1.0 - w.diversity) * (-c[0] / top_score) + w.diversity * g

            pick = max(pool, key=lambda c: (round(gain(c), 9), c[0] * -1))
            pool.remove(pick)
            chosen.append(pick)
            cv = cov[id(pick)]
            for a in range(len(aspects)):
                missing[a] *= 1.0 - min(1.0, cv[a] / peak[a])
        return [*chosen, *pool, *rest][: max(limit, 0)]

    def _filter_mask(
        self, seg: Segment, dead: BoolArray, f: SearchFilters, moment: datetime
    ) -> tuple[BoolArray, npt.NDArray[np.float64] | None]:
        n = seg.size
        mask = ~dead
        dist: npt.NDArray[np.float64] | None = None

        def union(groups: Mapping[str, npt.NDArray[np.int32]], keys: Iterable[str]) -> BoolArray:
            m = np.zeros(n, dtype=bool)
            for k in keys:
                idx = groups.get(k)
                if idx is not None:
                    m[idx] = True
            return m

        if f.area_code:
            code = f.area_code.strip()
            m = union(seg.area_docs, [code])
            m |= union(seg.served_exact_docs, self.areas.ancestors(code))
            mask &= m
        if f.near is not None and _ok_point(f.near):
            dist = _min_distances(seg, f.near)
            if f.radius_km is not None and math.isfinite(f.radius_km):
                mask &= dist <= max(0.0, f.radius_km)
        if f.open_now:
            mask &= _open_at_mask(seg, moment)
        if f.open_on is not None and isinstance(f.open_on, date):
            mask &= _open_on_mask(seg, f.open_on)
        if f.target_group:
            tg = f.target_group.strip().lower()
            mask &= union(seg.target_docs, [tg, "iedereen"])
        if f.free_only:
            mask &= seg.free == 1
        if f.language:
            lang = f.language.strip().lower()
            m = union(seg.language_docs, [lang])
            if lang == "nl":
                m |= ~seg.has_languages
            mask &= m
        if f.accessibility:
            mask &= seg.accessibility_any
        if f.wheelchair:
            mask &= seg.wheelchair
        if f.access_types:
            codes = [ACCESS_TYPES.index(a) for a in f.access_types if a in ACCESS_TYPES]  # type: ignore[arg-type]
            mask &= np.isin(seg.access, np.asarray(codes, dtype=np.int8))
        if f.need_codes:
            keys = set(f.need_codes)
            for c in f.need_codes:
                keys.update(self._descendants(c))
            mask &= union(seg.need_docs, keys)
        if f.entry_kinds:
            mask &= union(seg.entry_kind_docs, f.entry_kinds)
        if f.provider_kinds:
            mask &= union(seg.provider_kind_docs, f.provider_kinds)
        return mask, dist

    def _preference(
        self,
        seg: Segment,
        idx: npt.NDArray[np.int64],
        f: SearchFilters,
        dist: npt.NDArray[np.float64] | None,
        today: date,
        mentioned: Sequence[str] = (),
    ) -> npt.NDArray[np.float64]:
        w = self.weights
        access = seg.access[idx].astype(np.int64)
        light = self._lightness_by_code[np.where(access < 0, len(ACCESS_TYPES), access)]
        pref = w.lightness_weight * light
        if dist is not None:
            d = dist[idx]
            prox = np.where(np.isfinite(d), 1.0 / (1.0 + d / w.proximity_scale_km), 0.0)
            pref = pref + w.proximity_weight * prox
        elif f.area_code:
            located = seg.located_docs.get(f.area_code.strip())
            inside = np.zeros(seg.size, dtype=bool)
            if located is not None:
                inside[located] = True
            pref = pref + w.proximity_weight * np.where(inside[idx], 1.0, 0.5)
        else:
            # no place given: a service for the whole gemeente fits any resident, one for a single village may not;
            # a place named in the query ("… in Dorst") counts as given for the services of that place
            reach = seg.reach[idx].astype(np.float64)
            if mentioned:
                here = np.zeros(seg.size, dtype=bool)
                for code in mentioned:
                    # located in or working for the place or a part of it, or working for an area that contains it
                    groups = [seg.area_docs.get(code)]
                    groups += [seg.served_exact_docs.get(a) for a in self.areas.ancestors(code)]
                    for docs_here in groups:
                        if docs_here is not None:
                            here[docs_here] = True
                reach = np.where(here[idx], 1.0, reach)
            pref = pref + w.reach_weight * reach
        ver = seg.verified_ord[idx].astype(np.float64)
        age = today.toordinal() - ver
        span = max(1, w.stale_days - w.fresh_days)
        # 1 when verified within fresh_days, falling to 0.1 at stale_days; 0 when never verified
        fresh = 0.1 + 0.9 * np.clip(1.0 - (age - w.fresh_days) / span, 0.0, 1.0)
        fresh = np.where(ver < 0, 0.0, fresh)
        return np.asarray(pref + w.freshness_weight * fresh, dtype=np.float64)

    # ---- search --------------------------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 20,
        now: datetime | None = None,
    ) -> SearchResponse:
        """Find services for a need in the resident's own words. Never raises on any query text."""
        f = filters if isinstance(filters, SearchFilters) else SearchFilters()
        moment = _safe_moment(now)
        try:
            limit = max(0, min(int(limit), 1000))
        except (TypeError, ValueError):
            limit = 20
        nq = normalize_query(query)
        st = self._state
        segments = st.segments
        terms = self._plan(nq, segments) if nq.tokens else []  # function words alone may be a phrase
        scored_terms = [t for t in terms if t.known]
        unknown = tuple(t.text for t in terms if not t.known and not t.optional and not t.virtual)
        has_query = any(not t.optional for t in terms)
        if has_query and not any(not t.optional for t in scored_terms):
            # every word unknown: nothing can match
            return self._no_result(nq, f, segments, unknown, 0)

        # term scores per segment first: the weight of a context word depends on how common it is
        filtered: list[tuple[Segment, BoolArray, BoolArray, npt.NDArray[np.float64] | None, list[FloatArray]]] = []
        names: list[list[FloatArray]] = []  # per segment, per term: how well the word is in a service's name
        texts: list[list[FloatArray]] = []  # per segment, per term: how strongly its words are in a service's text
        use_names = has_query and self.weights.name_match_weight > 0
        use_text = has_query and self.weights.text_weight > 0
        for seg, dead in zip(segments, st.dead, strict=True):
            if seg.size == 0:
                continue
            mask, dist = self._filter_mask(seg, dead, f, moment)
            hits = [np.zeros(seg.size, dtype=np.float32) for _t in scored_terms] if use_names else []
            said = [np.zeros(seg.size, dtype=np.float32) for _t in scored_terms] if use_text else []
            tscores = (
                [
                    self._term_scores(seg, t, hits[k] if use_names else None, said[k] if use_text else None)
                    for k, t in enumerate(scored_terms)
                ]
                if has_query
                else []
            )
            names.append(hits)
            texts.append(said)
            filtered.append((seg, dead, mask, dist, tscores))
        weights = self._term_weights(scored_terms, filtered)
        denom = sum(wt for t, wt in zip(scored_terms, weights, strict=True) if not t.optional)
        if has_query and denom <= 0:
            return self._no_result(nq, f, segments, unknown, 0)

        per_seg: list[
            tuple[Segment, npt.NDArray[np.float64] | None, BoolArray, npt.NDArray[np.float64] | None, list[FloatArray]]
        ] = []
        best = 0.0
        best_unfiltered = 0.0  # the best relevance a search without filters would see
        unfiltered: list[npt.NDArray[np.float64]] = []  # per segment: relevance of live services (0 for dead ones)
        for (seg, dead, mask, dist, tscores), name_hits, text_hits in zip(filtered, names, texts, strict=True):
            rel: npt.NDArray[np.float64] | None = None
            if has_query:
                total = np.zeros(seg.size, dtype=np.float64)
                for wt, ts in zip(weights, tscores, strict=True):
                    total += wt * ts.astype(np.float64)
                rel = np.minimum(total / denom, 1.5)
                if text_hits:
                    text_share = _query_share(scored_terms, weights, text_hits, denom)
                    rel = np.where(rel > 0, rel + self.weights.text_weight * text_share, rel)
                if name_hits:
                    # the more of the query the name says, the surer it is the service meant: a full name wins
                    cover = _query_share(scored_terms, weights, name_hits, denom)
                    rel = np.where(rel > 0, rel + self.weights.name_match_weight * cover * cover, rel)
                hit = rel > 0
                live = np.where(~dead, rel, 0.0)
                unfiltered.append(live)
                if hit.any():
                    best_unfiltered = max(best_unfiltered, float(live.max()))
                mask = mask & hit
                if mask.any():
                    best = max(best, float(rel[mask].max()))
            per_seg.append((seg, rel, mask, dist, tscores))

        floor = best * self.weights.min_relative_relevance
        # Counted as the same search without filters would count them (its own relevance floor), so that "zonder
        # filters N resultaten" is the number the worker then gets.
        floor_unfiltered = best_unfiltered * self.weights.min_relative_relevance
        text_matches = sum(int(((live > 0) & (live >= floor_unfiltered)).sum()) for live in unfiltered)
        mentioned = self._mentioned_areas(nq, scored_terms) if has_query else []
        aspects = self._aspects(scored_terms) if has_query else []
        depth = max(limit, self.weights.diversity_pool) if len(aspects) >= 2 else limit
        candidates: list[tuple[float, int, str, str, Segment, int, float | None]] = []
        coverage: dict[tuple[int, int], list[float]] = {}
        total_hits = 0
        for seg, rel, mask, dist, tscores in per_seg:
            if rel is not None:
                mask = mask & (rel >= floor)
            idx = np.nonzero(mask)[0]
            total_hits += len(idx)
            if len(idx) == 0 or limit == 0:
                continue
            base = rel[idx] if rel is not None else np.ones(len(idx), dtype=np.float64)
            score = base * (1.0 + self._preference(seg, idx, f, dist, moment.date(), mentioned))
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
                if len(aspects) >= 2:
                    coverage[(id(seg), i)] = [max(float(tscores[t][i]) for t in a) for a, _p in aspects]
        candidates.sort(key=lambda c: (round(c[0], 9), c[2].casefold(), c[3]))
        if len(aspects) >= 2 and len(candidates) > 1:
            candidates = self._diversify(candidates, aspects, coverage, limit)
        top = candidates[:limit]
        if not top:
            if has_query:
                return self._no_result(nq, f, segments, unknown, text_matches)
            return SearchResponse(
                results=[],
                suggestions=[],
                unmatched=True,
                terms=nq.terms,
                message="Geen diensten gevonden met deze filters." if not f.is_empty() else "Geen diensten gevonden.",
                truncated=nq.truncated,
            )
        results = [
            SearchResult(
                id=doc_id,
                name=name,
                score=round(-neg, 4),
                why=self._explain(seg, seg.docs[i], terms, f, d, has_query),
                distance_km=None if d is None else round(d, 2),
                open_now=is_open_at(seg.docs[i].opening, moment),
            )
            for neg, _r, name, doc_id, seg, i, d in top
        ]
        return SearchResponse(
            results=results,
            suggestions=[],
            unmatched=False,
            terms=nq.terms,
            total=total_hits,
            filtered_out=max(0, text_matches - total_hits) if has_query else 0,
            unknown_terms=unknown,
            message=f"{total_hits} resultaten" if total_hits != 1 else "1 resultaat",
            truncated=nq.truncated,
        )

    def _no_result(
        self,
        nq: NormalizedQuery,
        f: SearchFilters,
        segments: Sequence[Segment],
        unknown: tuple[str, ...],
        text_matches: int,
    ) -> SearchResponse:
        if self.unmatched_log is not None and nq.terms:
            with contextlib.suppress(Exception):  # statistics must never break a search
                self.unmatched_log.record(tuple(nq.terms), f.area_code)
        shown = " ".join(nq.terms) or nq.raw.strip()[:60]
        if text_matches:
            msg = (
                f"Geen resultaten voor '{shown}' met deze filters; zonder filters "
                f"{text_matches} {'resultaat' if text_matches == 1 else 'resultaten'}."
            )
        else:
            msg = f"Geen resultaten voor '{shown}'."
        suggestions = self.suggest(nq, segments) if not text_matches else []
        if suggestions:
            msg += " Bedoelde u: " + " / ".join(suggestions) + "?"
        return SearchResponse(
            results=[],
            suggestions=suggestions,
            unmatched=True,
            terms=nq.terms,
            total=0,
            filtered_out=text_matches,
            unknown_terms=unknown,
            message=msg,
            truncated=nq.truncated,
        )

    def suggest(self, nq: NormalizedQuery, segments: Sequence[Segment] | None = None, limit: int = 3) -> list[str]:
        """ "Bedoelde u …": the query with each word replaced by its nearest known word (looser than typos)."""
        segs = segments if segments is not None else self._state.segments
        if not nq.terms:
            return []
        options: list[list[tuple[str, float]]] = []
        for term in nq.terms:
            if len(term) < 3:
                options.append([(term, 100.0)])
                continue
            pool: dict[str, float] = {}
            sources: list[Sequence[str]] = [s.vocab for s in segs if s.size]
            sources.append(self._th_words)
            sources.append(
                [w for name in (t.name for t in self.taxonomy.terms.values()) for w in normalize_query(name).terms]
            )
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

    # ---- explanations --------------------------------------------------------------------------------------------

    def _explain(
        self,
        seg: Segment,
        doc: SearchDocument,
        terms: Sequence[_Term],
        f: SearchFilters,
        dist: float | None,
        has_query: bool,
    ) -> list[str]:
        why: list[str] = []
        if has_query:
            tokens = doc_token_map(doc, self.taxonomy, self.areas, seg.splitter, self.weights.field_weights)
            # base text → detail kind → items; merged so one field/need is named once
            merged: dict[str, dict[str, list[str]]] = {}
            for term in terms:
                found = self._explain_term(doc, term, tokens)
                if found is None:
                    continue
                base, kind, item = found
                if kind == "via" and item in term.typo_via:
                    merged.setdefault(f"typfout: {term.text} → {term.typo_via[item]}", {})
                kinds = merged.setdefault(base, {})
                items = kinds.setdefault(kind, [])
                if item and item not in items:
                    items.append(item)
            for base, kinds in merged.items():
                details = [
                    f"{kind} {', '.join(repr_nl(i) for i in items[:3])}".strip()
                    for kind, items in kinds.items()
                    if kind
                ]
                why.append(f"{base} ({'; '.join(details)})" if details else base)
        else:
            why.append("geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst")
        if f.area_code:
            code = f.area_code.strip()
            located = {c for a in doc.area_codes for c in (a, *self.areas.ancestors(a))}
            if code in located:
                why.append(f"gebied: ligt in {self.areas.name(code)}")
            else:
                ancestors = self.areas.ancestors(code)
                served = [a for a in doc.served_area_codes if a == code or a in ancestors]
                served += [a for a in doc.served_area_codes if code in self.areas.ancestors(a)]
                if served:
                    why.append(f"gebied: werkt voor {self.areas.name(served[0])}")
        elif not (f.near is not None and _ok_point(f.near)) and doc.served_area_codes:
            # no place given: say when a service is only for part of the gemeente (why it stands lower, and that
            # the resident has to live there)
            listed = set(doc.served_area_codes)
            local = [c for c in doc.served_area_codes if c in self.areas and self.areas.ancestors(c)]
            if local and len(local) == len(doc.served_area_codes) and seg.reach[seg.ids[doc.id]] < 1.0:
                outer = [c for c in local if not listed.intersection(self.areas.ancestors(c))]
                names = list(dict.fromkeys(self._area_label(c) for c in outer))
                why.append(f"gebied: alleen voor {', '.join(names[:3])}")
        if dist is not None:
            why.append(f"afstand: {dist:.1f} km".replace(".", ","))
        if f.open_now:
            why.append("nu open")
        if f.open_on is not None:
            why.append(f"open op {f.open_on:%d-%m-%Y}")
        return why

    def _display(self, doc: SearchDocument, tok: str, fld: int) -> str:
        """The word as the catalog writes it (Taalcafé, not taalcafe); need names for need hits."""
        if fld == FIELD_NEED:
            for code in doc.need_codes:
                name = self.taxonomy.name(code)
                if tok in tokenize(name):
                    return name
            return tok
        texts = {
            FIELD_NAME: (doc.name,),
            FIELD_ALT: (doc.alternate_name,),
            FIELD_ORG: (doc.organization_name,),
            FIELD_LOCATION: doc.location_names,
            FIELD_DESC: (doc.description[:MAX_DESCRIPTION_CHARS],),
        }.get(fld, ())
        for text in texts:
            for m in _WORD_RE.finditer(text):
                if tokenize(m.group(0)) == [tok]:
                    return m.group(0)
        return tok

    def _explain_term(
        self, doc: SearchDocument, term: _Term, tokens: Mapping[str, tuple[float, int, str | None]]
    ) -> tuple[str, str, str] | None:
        """Best reason for one query word: (base text, detail kind, detail item)."""
        best_score = 0.0
        best: tuple[str, str, str] | None = None
        best_word: tuple[str, int] | None = None  # (token, field) whose display form fills "{word}"

        def offer(score: float, base: str, kind: str = "", item: str = "", word: tuple[str, int] | None = None) -> None:
            nonlocal best_score, best, best_word
            if score > best_score + 1e-9:
                best_score, best, best_word = score, (base, kind, item), word

        first_name_word = name_first_word(doc.name)
        for tok, (wt, fld, part_of) in tokens.items():
            where = FIELD_LABELS[fld]
            word = "{word}"
            shown = (part_of or tok, fld)
            exp = term.words.get(tok)
            if exp is not None:
                score = wt * exp.quality
                if exp.kind == "fuzzy":
                    offer(score, f"typfout: {exp.source} → {tok} ({where})")
                elif part_of:
                    offer(score, f"{where}: {word}", "bevat", tok, word=shown)
                elif exp.kind == "variant":
                    offer(score, f"{where}: {word}", "vorm van", exp.source, word=shown)
                elif exp.kind == "related":
                    offer(score, f"{where}: {word}", "verwant aan", exp.source, word=shown)
                else:
                    offer(score, f"{where}: {word}", word=shown)
            for prefix, base_q, kind in term.prefixes:
                if not tok.startswith(prefix):
                    continue
                if kind == "typing" and tok == first_name_word and self.weights.name_start_prefix:
                    score = wt * base_q / TYPING_QUALITY  # as scored: a name typed from its start
                else:
                    score = wt * _prefix_quality(base_q, len(prefix), len(tok))
                if kind == "fuzzy_prefix":
                    offer(score, f"typfout: {term.text} → {tok} ({where})")
                elif tok == prefix and not part_of:
                    offer(score, f"{where}: {word}", word=shown)
                elif part_of and not part_of.startswith(prefix):
                    offer(score, f"{where}: {word}", "bevat", prefix + "…", word=shown)
                else:
                    offer(score, f"{where}: {word}", "begint met", prefix, word=shown)
        if term.parts and all(p in tokens for p in term.parts):
            score = min(tokens[p][0] for p in term.parts) * PART_FACTOR
            fld = min(tokens[p][1] for p in term.parts)
            where = FIELD_LABELS[fld]
            holders = {tokens[p][2] for p in term.parts}
            holder = holders.pop() if len(holders) == 1 else None
            if holder:
                offer(score, f"{where}: {{word}}", "bevat", " + ".join(term.parts), word=(holder, fld))
            else:
                offer(score, f"{where}: {' + '.join(term.parts)}", "delen van", term.text)
        if term.needs:
            own = set(doc.need_codes)
            for code, score, via, rel in self._need_targets(term):
                if code not in own:
                    continue
                name = self.taxonomy.name(code)
                if rel == "self":
                    offer(score, f"behoefte: {name}", "via", via)
                elif code in self._descendants(rel):
                    offer(score, f"behoefte: {name}", f"valt onder {repr_nl(self.taxonomy.name(rel))}, via", via)
                else:
                    offer(score, f"behoefte: {name}", f"breder dan {repr_nl(self.taxonomy.name(rel))}, via", via)
        if best is not None and best_word is not None:
            base, kind, item = best
            best = (base.replace("{word}", self._display(doc, *best_word)), kind, item)
        return best


def _query_share(
    terms: Sequence[_Term], weights: Sequence[float], per_term: Sequence[FloatArray], denom: float
) -> npt.NDArray[np.float64]:
    """Σ w_i · x_i(d) / Σ w_i per document over the query's own words (a word completed only as-you-type does not
    count): how much of the query a service's name, or its text, says."""
    out = np.zeros(len(per_term[0]), dtype=np.float64)
    for t, wt, x in zip(terms, weights, per_term, strict=True):
        if not t.optional:
            out += wt * x.astype(np.float64)
    return out / denom


def repr_nl(text: str) -> str:
    """Quote a word for an explanation."""
    return f"'{text}'"


_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# --------------------------------------------------------------------------------------------------------------
# vectorised helpers


def _safe_moment(now: object) -> datetime:
    """``now`` in Amsterdam time; the current time for anything unusable or at the ends of the calendar."""
    if isinstance(now, datetime):
        try:
            local = to_local(now)
            if date(2, 1, 1) <= local.date() <= date(9998, 12, 31):
                return local
        except (OverflowError, ValueError):
            pass
    return now_local()


def _ok_point(p: Any) -> bool:
    try:
        return len(p) == 2 and valid_point(float(p[0]), float(p[1]))
    except (TypeError, ValueError):
        return False


def _min_distances(seg: Segment, point: tuple[float, float]) -> npt.NDArray[np.float64]:
    """Distance in km from ``point`` to the nearest location of every document (inf without locations)."""
    out = np.full(seg.size, np.inf, dtype=np.float64)
    if len(seg.pt_doc) == 0:
        return out
    lat0, lon0 = math.radians(float(point[0])), math.radians(float(point[1]))
    lat = np.radians(seg.pt_lat)
    lon = np.radians(seg.pt_lon)
    h = np.sin((lat - lat0) / 2) ** 2 + math.cos(lat0) * np.cos(lat) * np.sin((lon - lon0) / 2) ** 2
    d = 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    np.minimum.at(out, seg.pt_doc, d)
    return out


def _open_at_mask(seg: Segment, moment: datetime) -> BoolArray:
    """Vectorised :func:`socialekaart.search.opening.is_open_at` (same rules)."""
    out = np.zeros(seg.size, dtype=bool)
    if len(seg.op_doc) == 0:
        return out
    local = to_local(moment)
    today = local.date()
    yesterday = today - timedelta(days=1)
    minute = local.hour * 60 + local.minute
    t_ord, y_ord = today.toordinal(), yesterday.toordinal()
    sel = np.zeros(len(seg.op_doc), dtype=bool)
    if not is_public_holiday(today):
        sel |= (
            (seg.op_wd == today.weekday())
            & (seg.op_start <= minute)
            & (minute < seg.op_end)
            & (seg.op_from <= t_ord)
            & (t_ord <= seg.op_to)
        )
    if not is_public_holiday(yesterday):
        sel |= (
            (seg.op_end > 24 * 60)
            & (seg.op_wd == yesterday.weekday())
            & (minute + 24 * 60 < seg.op_end)
            & (seg.op_from <= y_ord)
            & (y_ord <= seg.op_to)
        )
    out[seg.op_doc[sel]] = True
    return out


def _open_on_mask(seg: Segment, day: date) -> BoolArray:
    """Vectorised :func:`socialekaart.search.opening.is_open_on` (same rules)."""
    out = np.zeros(seg.size, dtype=bool)
    if len(seg.op_doc) == 0 or is_public_holiday(day):
        return out
    o = day.toordinal()
    sel = (seg.op_wd == day.weekday()) & (seg.op_from <= o) & (o <= seg.op_to)
    out[seg.op_doc[sel]] = True
    return out
