"""The query plan: every query word resolved against the catalog's words and the needs thesaurus, with weights.

A :class:`Term` per query word says which catalog words it stands for (exact, variant, typo, related, joined),
which prefixes it completes, which compound parts it splits into and which needs it reaches. The scoring,
diversification and explanations all read the plan; nothing else looks at the raw query words.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from socialekaart.search.compounds import CompoundSplitter, compound_heads
from socialekaart.search.documents import AreaTree, NeedsVocabulary
from socialekaart.search.index import Segment, parts_together
from socialekaart.search.normalize import NormalizedQuery, tokenize
from socialekaart.search.thesaurus import ARTICLES, Thesaurus
from socialekaart.search.variants import (
    MAX_FUZZY,
    MIN_INNER_PREFIX,
    MIN_PREFIX,
    TYPING_QUALITY,
    fuzzy_quality,
    prefix_quality,
    typo_budget,
    typos,
    word_variants,
)
from socialekaart.search.weights import RankingWeights

#: Most thesaurus words a typed prefix may complete to.
MAX_THESAURUS_PREFIX = 24
#: Most words related through a shared need that one query word is expanded with.
MAX_RELATED = 40


@dataclass(slots=True)
class Expansion:
    """How a catalog word was reached from a query word."""

    quality: float
    kind: str  # exact | variant | fuzzy | related | join
    source: str


@dataclass
class Term:
    """One query word (or a phrase of function words, ``virtual``) as the plan resolved it."""

    text: str
    weight: float = 1.0
    optional: bool = False
    virtual: bool = False
    words: dict[str, Expansion] = field(default_factory=dict)
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
            self.words[word] = Expansion(quality, kind, source)

    def add_need(self, code: str, score: float, via: str) -> None:
        old = self.needs.get(code)
        if old is None or old[0] < score:
            self.needs[code] = (score, via)


@dataclass(frozen=True, slots=True)
class _WordState:
    """What the plan knows about one query word before resolving it."""

    typing: bool  # the word is being typed: it completes to the words it begins
    exact: bool  # the catalog has the word itself
    completes: bool  # some word of the catalog or thesaurus begins with it while typing
    prefix_factor: float


#: A term's sure needs: need code → (score, thesaurus entry), keyed by ``id(term)``.
_SureNeeds = dict[int, dict[str, tuple[float, str]]]


class QueryPlanner:
    """Builds the plan of a normalised query against the index's segments and the thesaurus."""

    def __init__(
        self,
        thesaurus: Thesaurus,
        taxonomy: NeedsVocabulary,
        compound_parts: frozenset[str],
        weights: RankingWeights,
    ) -> None:
        self.thesaurus = thesaurus
        self.taxonomy = taxonomy
        self.compound_parts = compound_parts
        self.weights = weights
        self.th_words = thesaurus.words()
        self.th_set = frozenset(self.th_words)
        self.th_by_len: dict[int, list[str]] = {}
        for w in self.th_words:
            self.th_by_len.setdefault(len(w), []).append(w)
        #: the words of the needs' names: known parts of a compound, like thesaurus words
        self.tax_words = frozenset(tok for t in taxonomy.terms.values() for tok in tokenize(t.name) if len(tok) >= 3)
        self.th_heads = compound_heads(self.th_words)
        self._children: dict[str, list[str]] = {}
        for t in taxonomy.terms.values():
            if t.parent_code:
                self._children.setdefault(t.parent_code, []).append(t.code)

    def descendants(self, code: str) -> list[str]:
        """Every need below ``code`` in the taxonomy."""
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

    # ---- the plan, step by step -------------------------------------------------------------------------------

    def plan(self, nq: NormalizedQuery, segments: Sequence[Segment]) -> list[Term]:
        w = self.weights
        terms: list[Term] = [Term(t) for t in nq.terms]
        # a resident's sentence: its last word is most likely finished, so as-you-type completion is weaker
        sentence = len(nq.terms) >= w.sentence_terms or len(nq.tokens) >= w.sentence_tokens
        if nq.optional_prefix and not sentence:
            terms.append(Term(nq.optional_prefix, weight=w.optional_prefix_weight, optional=True))
        splitter = CompoundSplitter(self.compound_parts, (self.th_set, *(s.vocab_set for s in segments)))
        last_index = len(nq.terms) - 1
        for pos, term in enumerate(terms):
            state = self._word_state(term, bool(term.optional or (nq.prefix and pos == last_index)), sentence, segments)
            self._catalog_words(term, state, segments, splitter)
            if not term.optional:
                self._thesaurus_words(term, state)
        terms = self._split_unfound(terms, segments, sentence)
        real = [t for t in terms if not t.optional]
        self._joined_words(real, nq, segments)
        self._expand_thesaurus(terms, nq, segments)
        self._weigh_context(terms)
        self._share_phrases(terms)
        return terms

    def _word_state(self, term: Term, typing: bool, sentence: bool, segments: Sequence[Segment]) -> _WordState:
        word = term.text
        exact = in_any_vocab(segments, word)
        if typing and sentence and not term.optional and (exact or word in self.th_set):
            typing = False  # a known word at the end of a sentence is a word ("bed"), not "bedreigd"
        prefix_factor = self.weights.sentence_prefix_factor if typing and sentence else 1.0
        # a word being typed that some word starts with is not a typo ("huish" → huishoudelijke, not huis)
        completes = typing and len(word) >= MIN_PREFIX and self._any_prefix(segments, word)
        return _WordState(typing, exact, completes, prefix_factor)

    def _any_prefix(self, segments: Sequence[Segment], prefix: str) -> bool:
        for s in segments:
            lo, hi = s.prefix_range(prefix)
            if hi > lo:
                return True
        i = bisect.bisect_left(self.th_words, prefix)
        return i < len(self.th_words) and self.th_words[i].startswith(prefix)

    def _catalog_words(
        self, term: Term, st: _WordState, segments: Sequence[Segment], splitter: CompoundSplitter
    ) -> None:
        """The words of the catalog a query word stands for: itself, its variants, prefixes, typos, parts."""
        word = term.text
        if st.exact:
            term.add_word(word, 1.0, "exact", word)
        for var, q in word_variants(word).items():
            if in_any_vocab(segments, var):
                term.add_word(var, q, "variant", word)
        if term.optional:
            term.words.pop(word, None)
        if st.typing and len(word) >= MIN_PREFIX:
            term.prefixes.append((word, TYPING_QUALITY * st.prefix_factor, "typing"))
        elif not term.optional and len(word) >= MIN_INNER_PREFIX:
            term.prefixes.append((word, 0.8, "prefix"))
        if not term.optional and not st.exact and word not in self.th_set and not st.completes:
            for cand, dist in typos(word, [s.by_len for s in segments]).items():
                term.add_word(cand, fuzzy_quality(dist), "fuzzy", word)
            if st.typing and len(word) >= 5 and not term.words:
                for cand, dist in _typo_prefixes(word, segments):
                    term.prefixes.append((cand, 0.9 * fuzzy_quality(dist), "fuzzy_prefix"))
        if not term.optional and not st.exact and not term.words:
            parts = splitter.split(word)
            if parts and all(in_any_vocab(segments, p) for p in parts):
                term.parts = parts

    def _split_unfound(self, terms: list[Term], segments: Sequence[Segment], sentence: bool) -> list[Term]:
        """A word without any hit of its own that splits into known parts (catalog, thesaurus or need words) is
        searched by those parts, as if written apart: "taalmaatjesproject" → taal, maatjesproject. In a resident's
        sentence the other words carry the need, so there only when no word of it finds anything."""
        out: list[Term] = []
        splitter: CompoundSplitter | None = None
        found = {id(t) for t in terms if not t.optional and self._has_own_hit(t, segments)}
        if sentence and found:
            return terms
        for term in terms:
            if term.optional or term.virtual or id(term) in found:
                out.append(term)
                continue
            if splitter is None:
                vocabs = (self.th_set, self.tax_words, self.th_heads, *(s.vocab_set for s in segments))
                splitter = CompoundSplitter(self.compound_parts, vocabs)
            parts = [
                p
                for p in dict.fromkeys(splitter.split(term.text) or ())
                if p in self.th_set or p in self.tax_words or in_any_vocab(segments, p)
            ]
            if not parts:
                out.append(term)
                continue
            for part in parts:
                t = Term(part, weight=term.weight / len(parts))  # one word of the query, however many parts
                state = _WordState(False, in_any_vocab(segments, part), False, 1.0)
                self._catalog_words(t, state, segments, splitter)
                self._thesaurus_words(t, state)
                out.append(t)
        return out

    def _has_own_hit(self, term: Term, segments: Sequence[Segment]) -> bool:
        """The word finds something as written: itself, a form, a typo, a completion, a thesaurus word, or its
        compound parts together in one service."""
        if term.words or term.th_keys or term.needs:
            return True
        if any(self._any_prefix(segments, p) for p, _q, _k in term.prefixes):
            return True
        return term.parts is not None and parts_together(segments, term.parts)

    def _thesaurus_words(self, term: Term, st: _WordState) -> None:
        """The thesaurus words a query word reaches: itself, its variants, typos and, while typing, completions."""
        word = term.text
        keys = term.th_keys
        if word in self.th_set:
            keys[word] = 1.0
        for var, q in word_variants(word).items():
            if var in self.th_set:
                keys.setdefault(var, q)
        if not st.exact and word not in self.th_set and not st.completes:
            for cand, dist in typos(word, [self.th_by_len]).items():
                if cand not in keys:
                    keys[cand] = fuzzy_quality(dist)
                    term.th_typos[cand] = word
        if st.typing and len(word) >= MIN_PREFIX:
            i = bisect.bisect_left(self.th_words, word)
            n_added = 0
            while i < len(self.th_words) and self.th_words[i].startswith(word) and n_added < 200:
                cand = self.th_words[i]
                q = prefix_quality(0.8 * st.prefix_factor, len(word), len(cand))
                if keys.get(cand, 0.0) < q:
                    keys[cand] = q
                i += 1
                n_added += 1
            if n_added > MAX_THESAURUS_PREFIX:
                best = sorted(keys.items(), key=lambda kv: -kv[1])[:MAX_THESAURUS_PREFIX]
                term.th_keys = dict(best)

    def _joined_words(self, real: Sequence[Term], nq: NormalizedQuery, segments: Sequence[Segment]) -> None:
        """Words written apart that the catalog writes as one ("schuld hulp" → schuldhulp), names included."""
        for a, b in itertools.pairwise(real):
            joined = a.text + b.text
            if in_any_vocab(segments, joined):
                for t in (a, b):
                    t.add_word(joined, 1.0, "join", f"{a.text} {b.text}")
            if joined in self.th_set:
                for t in (a, b):
                    t.th_keys.setdefault(joined, 1.0)
        # a name written as one word, function words included: "oosterhout voor elkaar" → oosterhoutvoorelkaar
        toks = nq.tokens
        for n in (3, 4):
            for k in range(len(toks) - n + 1):
                span = toks[k : k + n]
                joined = "".join(span)
                if in_any_vocab(segments, joined):
                    for t in real:
                        if t.text in span:
                            t.add_word(joined, 1.0, "join", " ".join(span))

    def _weigh_context(self, terms: Sequence[Term]) -> None:
        """In a query with needs, the words without one are context: they weigh less."""
        if any(t.needs for t in terms if not t.optional):
            for t in terms:
                if not t.optional and not t.virtual and not t.needs:
                    t.weight *= self.weights.context_term_weight

    def _share_phrases(self, terms: Sequence[Term]) -> None:
        """Words whose strongest need comes from the same thesaurus phrase are one concept: they share a weight."""
        carriers: dict[str, list[Term]] = {}
        for t in terms:
            if t.needs and not t.optional and not t.virtual:
                _code, (_score, via) = max(t.needs.items(), key=lambda kv: (kv[1][0], kv[0]))
                carriers.setdefault(via, []).append(t)
        for group in carriers.values():
            if len(group) > 1:
                for t in group:
                    t.weight *= len(group) ** -self.weights.phrase_share

    # ---- the thesaurus ------------------------------------------------------------------------------------------

    def _expand_thesaurus(self, terms: list[Term], nq: NormalizedQuery, segments: Sequence[Segment]) -> None:
        sure: _SureNeeds = {}
        self._word_needs(terms, sure)
        self._phrase_needs(terms, nq, sure)
        self._function_word_phrases(terms, nq)
        self._related_words(terms, segments, sure)

    def _word_needs(self, terms: Sequence[Term], sure: _SureNeeds) -> None:
        """The needs of the thesaurus words each term reached."""
        w = self.weights
        for term in terms:
            for key, q in term.th_keys.items():
                for entry in self.thesaurus.single.get(key, ()):
                    for rank, need in enumerate(entry.needs):
                        score = w.need_weight * entry.weight * q * (1.0 if rank == 0 else w.secondary_need_factor)
                        term.add_need(need, score, entry.term)
                        if key in term.th_typos:
                            term.typo_via[entry.term] = key
                        if q >= w.sure_quality:
                            _add_sure(sure, term, need, score, entry.term)

    def _phrase_needs(self, terms: Sequence[Term], nq: NormalizedQuery, sure: _SureNeeds) -> None:
        """Phrases: all content words present (in any order); a phrase of one content word ("ik wil dood") also
        needs most of its other words, and counts by the share of its words the query has."""
        w = self.weights
        bare_tokens = tuple(t for t in nq.tokens if t not in ARTICLES)
        for entry in self.thesaurus.multi:
            if not entry.key:
                continue
            quality = 1.0
            carriers: list[Term] = []
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
                    share = anchored_share(entry.bare, entry.key[0], bare_tokens, anchors)
                    if share < w.anchored_phrase_share:
                        continue
                    quality *= 0.5 + 0.5 * share
                for t in carriers:
                    for rank, need in enumerate(entry.needs):
                        factor = 1.0 if rank == 0 else w.secondary_need_factor
                        score = w.need_weight * entry.weight * quality * factor
                        t.add_need(need, score, entry.term)
                        if quality >= w.sure_quality and w.phrase_related:
                            _add_sure(sure, t, need, score, entry.term)

    def _function_word_phrases(self, terms: list[Term], nq: NormalizedQuery) -> None:
        """Phrases of function words only ("ik ben op"): contiguous in the full token sequence; a single function
        word ("op") only when it is the whole query. Each adds a virtual term."""
        w = self.weights
        toks = nq.tokens
        for entry in self.thesaurus.multi:
            if entry.key or not entry.tokens:
                continue
            n = len(entry.tokens)
            if n == 1:
                fires = toks == entry.tokens and not nq.optional_prefix
            else:
                fires = any(toks[i : i + n] == entry.tokens for i in range(len(toks) - n + 1))
            if fires:
                virt = Term(" ".join(entry.tokens), virtual=True)
                for rank, need in enumerate(entry.needs):
                    factor = 1.0 if rank == 0 else w.secondary_need_factor
                    virt.add_need(need, w.need_weight * entry.weight * factor, entry.term)
                terms.append(virt)

    def _related_words(self, terms: Sequence[Term], segments: Sequence[Segment], sure: _SureNeeds) -> None:
        """Words related through a shared need (only from a sure thesaurus hit, not from a typo or prefix)."""
        w = self.weights
        for term in terms:
            if term.optional:
                continue
            related: dict[str, tuple[float, str]] = {}
            for need, (score, via) in sure.get(id(term), {}).items():
                for word, ww in self.thesaurus.need_words.get(need, ()):
                    if word in term.th_keys or word == term.text:
                        continue
                    q = w.related_factor * ww * score / max(w.need_weight, 1e-9)
                    if related.get(word, (0.0, ""))[0] < q and in_any_vocab(segments, word):
                        related[word] = (q, via)
            ranked = sorted(related.items(), key=lambda kv: (-kv[1][0], kv[0]))[:MAX_RELATED]
            for word, (q, via) in ranked:
                term.add_word(word, q, "related", via)


class PlaceNames:
    """The areas a query names ("… in Dorst"): kernen, wijken and buurten, not the gemeente or a kern named like it."""

    def __init__(self, areas: AreaTree) -> None:
        self.areas = areas
        #: folded area names (kern, wijk, buurt) → codes
        self._names: dict[tuple[str, ...], list[str]] = {}
        roots = {tuple(tokenize(n.name)) for n in areas.nodes.values() if not n.parent_code}
        self.root_names = roots
        for node in areas.nodes.values():
            words = tuple(tokenize(node.name))
            # not the gemeente, nor a kern named like it ("Oosterhout"): naming those says nothing about where
            if words and node.parent_code and words not in roots:
                self._names.setdefault(words, []).append(node.code)

    def mentioned(self, nq: NormalizedQuery, terms: Sequence[Term]) -> list[str]:
        """Areas the query names: a whole area name among its words, or a one-word name reached by a typo."""
        tokens = tuple(nq.tokens)
        found: list[str] = []
        typed = {w for t in terms if not t.optional for w, e in t.words.items() if e.kind in ("exact", "fuzzy")}
        for words, codes in self._names.items():
            n = len(words)
            hit = any(tokens[k : k + n] == words for k in range(len(tokens) - n + 1))
            if hit or (n == 1 and words[0] in typed):
                found.extend(codes)
        return found

    def named_like_gemeente(self, code: str) -> bool:
        """True for an area named like the gemeente itself (the kern Oosterhout of the gemeente Oosterhout)."""
        return tuple(tokenize(self.areas.name(code))) in self.root_names


def in_any_vocab(segments: Sequence[Segment], word: str) -> bool:
    return any(word in s.vocab_set for s in segments)


def _add_sure(sure: _SureNeeds, term: Term, need: str, score: float, via: str) -> None:
    bucket = sure.setdefault(id(term), {})
    if bucket.get(need, (0.0, ""))[0] < score:
        bucket[need] = (score, via)


def _typo_prefixes(word: str, segments: Sequence[Segment]) -> list[tuple[str, int]]:
    """Beginnings of catalog words within the typo budget of a word being typed, nearest first."""
    budget = typo_budget(word)
    found: dict[str, int] = {}
    for s in segments:
        for n in range(len(word) - budget, len(word) + budget + 1):
            hits = process.extract(word, s.prefixes(n), scorer=OSA.distance, score_cutoff=budget, limit=MAX_FUZZY)
            for cand, dist, _ in hits:
                found[cand] = min(int(dist), found.get(cand, 99))
    return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))[:MAX_FUZZY]


def anchored_share(bare: Sequence[str], key: str, tokens: Sequence[str], anchors: Collection[str]) -> float:
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
