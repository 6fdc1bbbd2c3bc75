"""Immutable in-memory index segment: inverted index over normalised tokens plus vectorised facet arrays."""

from __future__ import annotations

import bisect
import functools
import math
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from socialekaart.search.compounds import CompoundSplitter
from socialekaart.search.documents import ACCESS_TYPES, AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.normalize import STOP_WORDS, fold, tokenize
from socialekaart.search.opening import minutes

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]

FIELD_NAME, FIELD_ALT, FIELD_NEED, FIELD_ORG, FIELD_TARGET, FIELD_LOCATION, FIELD_NEED_DESC, FIELD_DESC = range(8)
#: The fields by name, as reasons name them (worded by the app and the command line).
FIELD_KEYS = (
    "name",
    "alternate_name",
    "need",
    "organization",
    "target_group",
    "location",
    "need_description",
    "description",
)
#: name > alternate name > needs/taxonomy > organisation > target group/location > description
DEFAULT_FIELD_WEIGHTS = (1.0, 0.9, 0.75, 0.6, 0.5, 0.5, 0.45, 0.4)
#: A hit on a part of a compound counts for this fraction of a hit on the whole word.
PART_FACTOR = 0.85
#: Longest description text indexed (characters).
MAX_DESCRIPTION_CHARS = 4000
#: How often a word counts per occurrence in each field for text relevance (BM25F-like term frequency): only the
#: service's own text counts, not the names and descriptions of its needs, which all services of a need share.
TEXT_FIELD_WEIGHTS = (3.0, 2.0, 0.0, 1.0, 1.0, 0.5, 0.0, 1.0)
#: BM25 saturation and length normalisation of that term frequency.
TEXT_K1 = 1.2
TEXT_B = 0.75
_WHEELCHAIR_WORDS = ("rolstoel", "wheelchair", "drempelvrij", "mindervalide", "invalide", "lift", "gelijkvloers")

TokenMap = dict[str, tuple[float, int, str | None]]
"""token → (field weight, field, compound word it is a part of, or None)."""
TermCounts = dict[str, float]
"""token → its occurrences in the service's own text, each counted by :data:`TEXT_FIELD_WEIGHTS`."""


@functools.lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text))


def name_first_word(name: str) -> str | None:
    """The first word of a service's name, function words aside: where someone typing the name begins."""
    return next((t for t in _tokens(name) if t not in STOP_WORDS), None)


def doc_token_map(
    doc: SearchDocument,
    needs: NeedsVocabulary,
    areas: AreaTree,
    splitter: CompoundSplitter | None,
    field_weights: Sequence[float] = DEFAULT_FIELD_WEIGHTS,
) -> TokenMap:
    """Every token of a document with its best field, compound parts included."""
    return doc_terms(doc, needs, areas, splitter, field_weights)[0]


def _doc_texts(doc: SearchDocument, needs: NeedsVocabulary, areas: AreaTree) -> Iterator[tuple[str, int, bool]]:
    """Every text of a document with its field, and whether it is the service's own text (text relevance)."""
    yield doc.name, FIELD_NAME, True
    yield doc.alternate_name, FIELD_ALT, True
    for code in doc.need_codes:
        term = needs.terms.get(code)
        yield (term.name if term else code.replace("_", " ")), FIELD_NEED, True
    yield doc.organization_name, FIELD_ORG, True
    for tg in doc.target_groups:
        yield tg.replace("_", " "), FIELD_TARGET, True
    for loc in doc.location_names:
        yield loc, FIELD_LOCATION, True
    # postcodes and the names of the areas a service lies in are shared by every service there: found, but not
    # the service's own text (each name once, however many locations share it)
    for pc in dict.fromkeys(pc[:4] for pc in doc.postal_codes):
        yield pc, FIELD_LOCATION, False
    names: dict[str, None] = {}
    for code in doc.area_codes:
        for c in (code, *areas.ancestors(code)):
            node = areas.nodes.get(c)
            if node is not None and node.kind in ("kern", "wijk", "buurt") and node.name:
                names[node.name] = None
    for name in names:
        yield name, FIELD_LOCATION, False
    for code in doc.need_codes:
        term = needs.terms.get(code)
        if term is not None and term.description:
            yield term.description, FIELD_NEED_DESC, True
    yield doc.description[:MAX_DESCRIPTION_CHARS], FIELD_DESC, True


def doc_words(doc: SearchDocument, needs: NeedsVocabulary, areas: AreaTree) -> set[str]:
    """The tokens of a document without compound parts: the keys of :func:`doc_token_map` without a splitter,
    collected without weights (the first, cheap pass of a build)."""
    words: set[str] = set()
    for text, fld, _own in _doc_texts(doc, needs, areas):
        toks = _tokens(text)
        if fld in (FIELD_NEED, FIELD_NEED_DESC):
            words.update(t for t in toks if not t.isdigit())
        else:
            words.update(toks)
    words.difference_update(STOP_WORDS)
    return words


def doc_terms(
    doc: SearchDocument,
    needs: NeedsVocabulary,
    areas: AreaTree,
    splitter: CompoundSplitter | None,
    field_weights: Sequence[float] = DEFAULT_FIELD_WEIGHTS,
) -> tuple[TokenMap, TermCounts, float]:
    """A document's tokens with their best field, how often each is in its own text, and that text's length
    (occurrences counted as in :data:`TEXT_FIELD_WEIGHTS`, compound parts not counted twice)."""
    out: TokenMap = {}
    counts: TermCounts = {}
    length = 0.0
    for text, fld, own in _doc_texts(doc, needs, areas):
        w = field_weights[fld]
        tw = TEXT_FIELD_WEIGHTS[fld] if own else 0.0
        # a number in the taxonomy's text ("welzijnstaak 2") is a reference, never what a resident means
        shared = fld in (FIELD_NEED, FIELD_NEED_DESC)
        for tok in _tokens(text):
            if tok in STOP_WORDS or (shared and tok.isdigit()):
                continue
            old = out.get(tok)
            if old is None or old[0] < w:
                out[tok] = (w, fld, None)
            if tw:
                counts[tok] = counts.get(tok, 0.0) + tw
                length += tw
    if splitter is not None:
        add_compound_parts(out, splitter, counts)
    return out, counts, length


def add_compound_parts(tokens: TokenMap, splitter: CompoundSplitter, counts: TermCounts | None = None) -> None:
    """Add the parts of every compound in ``tokens`` at :data:`PART_FACTOR` of the compound's weight (and, in
    ``counts``, of its occurrences: "schuldhulp" twice is "schuld" 1.7 times)."""
    whole = dict(counts) if counts is not None else {}
    for tok, (w, fld, _) in list(tokens.items()):
        if tok.isdigit():
            continue
        for part in splitter.expand(tok):
            pw = w * PART_FACTOR
            old = tokens.get(part)
            if old is None or old[0] < pw:
                tokens[part] = (pw, fld, tok)
            if counts is not None and tok in whole:
                counts[part] = counts.get(part, 0.0) + PART_FACTOR * whole[tok]


def area_reach(areas: AreaTree) -> dict[str, float]:
    """How much of its gemeente each area covers: √(its buurten / the gemeente's buurten); 1 for a gemeente.

    The buurt count stands in for the number of residents a service area can help; the square root keeps a kern of
    a few buurten from vanishing next to the town.
    """
    leaves: dict[str, int] = {}
    has_child = {n.parent_code for n in areas.nodes.values() if n.parent_code}
    for node in areas.nodes.values():
        if node.code not in has_child:
            for code in (node.code, *areas.ancestors(node.code)):
                leaves[code] = leaves.get(code, 0) + 1
    out: dict[str, float] = {}
    for code in areas.nodes:
        chain = areas.ancestors(code)
        root = chain[-1] if chain else code
        out[code] = math.sqrt(leaves.get(code, 1) / max(1, leaves.get(root, 1)))
    return out


def service_reach(areas: AreaTree, reaches: Mapping[str, float], codes: Sequence[str]) -> float:
    """The reach of a service working for ``codes``: areas inside another listed area are not counted twice."""
    listed = set(codes)
    outer = [c for c in listed if not listed.intersection(areas.ancestors(c))]
    return min(1.0, math.sqrt(sum(reaches.get(c, 1.0) ** 2 for c in outer)))


def _index_arrays(groups: Mapping[str, list[int]]) -> dict[str, IntArray]:
    return {k: np.asarray(sorted(set(v)), dtype=np.int32) for k, v in groups.items()}


@dataclass(eq=False)
class Segment:
    """One immutable part of the index (the main build, or a small segment of recent writes)."""

    #: a list after a build; decoded one by one when the segment was opened from the stored index
    docs: Sequence[SearchDocument]
    ids: dict[str, int]
    vocab: list[str]
    vocab_set: frozenset[str]
    word_len: npt.NDArray[np.int16]
    offsets: npt.NDArray[np.int64]
    post_doc: IntArray
    post_w: FloatArray
    #: per posting: how strongly the word is in the service's own text, BM25-saturated and length-normalised, 0–1
    post_tf: npt.NDArray[np.float16]
    #: the mean text length the saturation was normalised by (taken over by later segments of the same index)
    text_avg_len: float
    by_len: dict[int, list[str]]
    splitter: CompoundSplitter
    need_docs: dict[str, IntArray]
    need_pos: dict[str, npt.NDArray[np.int8]]  # per need_docs entry: the need's position among the doc's needs
    target_docs: dict[str, IntArray]
    language_docs: dict[str, IntArray]
    entry_kind_docs: dict[str, IntArray]
    provider_kind_docs: dict[str, IntArray]
    area_docs: dict[str, IntArray]
    located_docs: dict[str, IntArray]
    served_exact_docs: dict[str, IntArray]
    free: npt.NDArray[np.int8]
    access: npt.NDArray[np.int8]
    has_languages: BoolArray
    accessibility_any: BoolArray
    wheelchair: BoolArray
    verified_ord: IntArray
    name_rank: IntArray
    #: per service: the word id of the first word of its name (-1 if none), for names typed from their start
    name_first: IntArray
    pt_doc: IntArray
    pt_lat: npt.NDArray[np.float64]
    pt_lon: npt.NDArray[np.float64]
    op_doc: IntArray
    op_wd: npt.NDArray[np.int8]
    op_start: npt.NDArray[np.int16]
    op_end: npt.NDArray[np.int16]
    op_from: IntArray
    op_to: IntArray
    has_opening: BoolArray
    #: how much of the gemeente a service works for (1 = all of it or unknown, less for a kern, wijk or buurt)
    reach: npt.NDArray[np.float32]

    @property
    def size(self) -> int:
        return len(self.docs)

    def word_id(self, word: str) -> int | None:
        i = bisect.bisect_left(self.vocab, word)
        return i if i < len(self.vocab) and self.vocab[i] == word else None

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        lo = bisect.bisect_left(self.vocab, prefix)
        hi = bisect.bisect_left(self.vocab, prefix + "\uffff", lo)
        return lo, hi

    def postings(self, word_id: int) -> tuple[IntArray, FloatArray]:
        a, b = int(self.offsets[word_id]), int(self.offsets[word_id + 1])
        return self.post_doc[a:b], self.post_w[a:b]

    def text_postings(self, word_id: int) -> npt.NDArray[np.float16]:
        """The text strength of a word per posting, aligned with :meth:`postings`."""
        return self.post_tf[int(self.offsets[word_id]) : int(self.offsets[word_id + 1])]

    _prefix_cache: dict[int, list[str]] | None = None

    def prefixes(self, length: int) -> list[str]:
        """Distinct ``length``-letter beginnings of vocabulary words (for typo tolerance while typing)."""
        if self._prefix_cache is None:
            self._prefix_cache = {}
        cached = self._prefix_cache.get(length)
        if cached is None:
            cached = sorted({w[:length] for w in self.vocab if len(w) >= length})
            self._prefix_cache[length] = cached
        return cached


def build_segment(
    documents: Iterable[SearchDocument],
    needs: NeedsVocabulary,
    areas: AreaTree,
    compound_parts: Collection[str] = frozenset(),
    extra_vocabularies: Sequence[Collection[str]] = (),
    field_weights: Sequence[float] = DEFAULT_FIELD_WEIGHTS,
    text_avg_len: float | None = None,
) -> Segment:
    """Index ``documents`` (later duplicates of an id replace earlier ones); ``text_avg_len`` carries the main
    segment's mean text length over to small segments, so a service scores the same in either."""
    by_id: dict[str, SearchDocument] = {}
    for d in documents:
        by_id[d.id] = d
    docs = list(by_id.values())
    n = len(docs)

    # pass 1: the catalog's own vocabulary (for compound splitting); pass 2: postings. Two passes keep the
    # per-document token maps short-lived, which halves peak memory on big catalogs.
    raw_vocab: set[str] = set()
    for d in docs:
        raw_vocab.update(doc_words(d, needs, areas))
    splitter = CompoundSplitter(compound_parts, (raw_vocab, *extra_vocabularies))

    word_ids: dict[str, int] = {}
    p_word = array("i")
    p_doc = array("i")
    p_w = array("f")
    p_tf = array("f")
    lengths = np.zeros(n, dtype=np.float32)
    for i, d in enumerate(docs):
        m, occurrences, lengths[i] = doc_terms(d, needs, areas, splitter, field_weights)
        for tok, (weight, _fld, _) in m.items():
            wid = word_ids.get(tok)
            if wid is None:
                wid = word_ids[tok] = len(word_ids)
            p_word.append(wid)
            p_doc.append(i)
            p_w.append(weight)
            p_tf.append(occurrences.get(tok, 0.0))
    own_avg = float(lengths.mean()) if n else 0.0
    avg_len = text_avg_len if text_avg_len and text_avg_len > 0 else own_avg or 1.0

    vocab = sorted(word_ids)
    rank = np.empty(len(vocab), dtype=np.int32)
    for r, w in enumerate(vocab):
        rank[word_ids[w]] = r
    words = rank[np.frombuffer(p_word, dtype=np.int32)] if len(p_word) else np.zeros(0, dtype=np.int32)
    order = np.argsort(words, kind="stable")
    post_doc = np.frombuffer(p_doc, dtype=np.int32)[order].copy() if len(p_doc) else np.zeros(0, np.int32)
    post_w = np.frombuffer(p_w, dtype=np.float32)[order].copy() if len(p_w) else np.zeros(0, np.float32)
    tf = np.frombuffer(p_tf, dtype=np.float32)[order] if len(p_tf) else np.zeros(0, np.float32)
    # BM25's saturated, length-normalised term frequency, scaled to 0–1: tf / (tf + k1·(1 − b + b·len/avg))
    norm = TEXT_K1 * (1.0 - TEXT_B + TEXT_B * lengths[post_doc] / np.float32(avg_len))
    post_tf = (tf / (tf + norm)).astype(np.float16)
    counts = np.bincount(words, minlength=len(vocab)) if len(vocab) else np.zeros(0, dtype=np.int64)
    offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    by_len: dict[int, list[str]] = {}
    for w in vocab:
        by_len.setdefault(len(w), []).append(w)

    need_g: dict[str, list[int]] = {}
    need_p: dict[str, dict[int, int]] = {}
    target_g: dict[str, list[int]] = {}
    lang_g: dict[str, list[int]] = {}
    entry_g: dict[str, list[int]] = {}
    prov_g: dict[str, list[int]] = {}
    area_g: dict[str, list[int]] = {}
    located_g: dict[str, list[int]] = {}
    served_g: dict[str, list[int]] = {}
    free = np.full(n, -1, dtype=np.int8)
    access = np.full(n, -1, dtype=np.int8)
    has_languages = np.zeros(n, dtype=bool)
    accessibility_any = np.zeros(n, dtype=bool)
    wheelchair = np.zeros(n, dtype=bool)
    verified = np.full(n, -1, dtype=np.int32)
    pt_doc: list[int] = []
    pt_lat: list[float] = []
    pt_lon: list[float] = []
    op_doc: list[int] = []
    op_wd: list[int] = []
    op_start: list[int] = []
    op_end: list[int] = []
    op_from: list[int] = []
    op_to: list[int] = []
    has_opening = np.zeros(n, dtype=bool)
    reach = np.ones(n, dtype=np.float32)
    reaches = area_reach(areas)
    max_ord = date.max.toordinal()
    access_index = {a: k for k, a in enumerate(ACCESS_TYPES)}
    for i, d in enumerate(docs):
        for pos, c in enumerate(d.need_codes):
            need_g.setdefault(c, []).append(i)
            need_p.setdefault(c, {}).setdefault(i, min(pos, 127))
        for c in d.target_groups:
            target_g.setdefault(c.strip().lower(), []).append(i)
        for c in d.languages:
            lang_g.setdefault(c.strip().lower(), []).append(i)
        has_languages[i] = bool(d.languages)
        if d.entry_kind:
            entry_g.setdefault(d.entry_kind, []).append(i)
        if d.provider_kind:
            prov_g.setdefault(d.provider_kind, []).append(i)
        located = set()
        for c in d.area_codes:
            located.add(c)
            located.update(areas.ancestors(c))
        if d.served_area_codes:
            reach[i] = service_reach(areas, reaches, d.served_area_codes)
        served = set()
        for c in d.served_area_codes:
            served.add(c)
            served.update(areas.ancestors(c))
            served_g.setdefault(c, []).append(i)
        for c in located:
            located_g.setdefault(c, []).append(i)
        for c in located | served:
            area_g.setdefault(c, []).append(i)
        if d.free_of_charge is not None:
            free[i] = 1 if d.free_of_charge else 0
        if d.access_type is not None and d.access_type in access_index:
            access[i] = access_index[d.access_type]
        texts = [t for t in d.accessibility if t and t.strip()]
        accessibility_any[i] = bool(texts)
        folded = fold(" ".join(texts))
        wheelchair[i] = any(w in folded for w in _WHEELCHAIR_WORDS)
        if d.last_verified is not None:
            verified[i] = d.last_verified.toordinal()
        for lat, lon in d.points:
            if np.isfinite(lat) and np.isfinite(lon):
                pt_doc.append(i)
                pt_lat.append(float(lat))
                pt_lon.append(float(lon))
        for slot in d.opening:
            if not 0 <= slot.weekday <= 6:
                continue
            start, end = minutes(slot.opens), minutes(slot.closes)
            if end <= start:
                end += 24 * 60
            op_doc.append(i)
            op_wd.append(slot.weekday)
            op_start.append(start)
            op_end.append(end)
            op_from.append(slot.valid_from.toordinal() if slot.valid_from else 0)
            op_to.append(slot.valid_to.toordinal() if slot.valid_to else max_ord)
            has_opening[i] = True
    name_first = np.full(n, -1, dtype=np.int32)
    for i, d in enumerate(docs):
        first = name_first_word(d.name)
        if first is not None and first in word_ids:
            name_first[i] = rank[word_ids[first]]
    name_order = sorted(range(n), key=lambda k: (fold(docs[k].name), docs[k].id))
    name_rank = np.empty(n, dtype=np.int32)
    name_rank[np.asarray(name_order, dtype=np.int64)] = np.arange(n, dtype=np.int32)

    return Segment(
        docs=docs,
        ids={d.id: i for i, d in enumerate(docs)},
        vocab=vocab,
        vocab_set=frozenset(vocab),
        word_len=np.asarray([len(w) for w in vocab], dtype=np.int16),
        offsets=offsets,
        post_doc=post_doc,
        post_w=post_w,
        post_tf=post_tf,
        text_avg_len=avg_len if n else 0.0,  # an empty segment has no mean for later segments to take over
        by_len=by_len,
        splitter=splitter,
        need_docs=_index_arrays(need_g),
        need_pos={c: np.asarray([p[k] for k in sorted(p)], dtype=np.int8) for c, p in need_p.items()},
        target_docs=_index_arrays(target_g),
        language_docs=_index_arrays(lang_g),
        entry_kind_docs=_index_arrays(entry_g),
        provider_kind_docs=_index_arrays(prov_g),
        area_docs=_index_arrays(area_g),
        located_docs=_index_arrays(located_g),
        served_exact_docs=_index_arrays(served_g),
        free=free,
        access=access,
        has_languages=has_languages,
        accessibility_any=accessibility_any,
        wheelchair=wheelchair,
        verified_ord=verified,
        name_rank=name_rank,
        name_first=name_first,
        pt_doc=np.asarray(pt_doc, dtype=np.int32),
        pt_lat=np.asarray(pt_lat, dtype=np.float64),
        pt_lon=np.asarray(pt_lon, dtype=np.float64),
        op_doc=np.asarray(op_doc, dtype=np.int32),
        op_wd=np.asarray(op_wd, dtype=np.int8),
        op_start=np.asarray(op_start, dtype=np.int16),
        op_end=np.asarray(op_end, dtype=np.int16),
        op_from=np.asarray(op_from, dtype=np.int32),
        op_to=np.asarray(op_to, dtype=np.int32),
        has_opening=has_opening,
        reach=reach,
    )


def parts_together(segments: Iterable[Segment], parts: Sequence[str]) -> bool:
    """Some service of the index holds every one of ``parts``."""
    for seg in segments:
        docs: IntArray | None = None
        for part in parts:
            wid = seg.word_id(part)
            if wid is None:
                docs = None
                break
            found = seg.postings(wid)[0]
            docs = found if docs is None else np.intersect1d(docs, found, assume_unique=True)
            if not len(docs):
                break
        if docs is not None and len(docs):
            return True
    return False
