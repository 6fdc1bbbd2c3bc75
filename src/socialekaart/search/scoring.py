"""Scoring: how well each service fits each planned query word, how much each word weighs, and the preferences.

Vectorised with numpy over a segment's inverted index: a term scores every service of a segment at once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
import numpy.typing as npt

from socialekaart.search.documents import ACCESS_TYPES, AreaTree, NeedsVocabulary
from socialekaart.search.filtering import SearchFilters
from socialekaart.search.index import FIELD_ALT, FIELD_NAME, PART_FACTOR, BoolArray, FloatArray, Segment
from socialekaart.search.plan import Term
from socialekaart.search.variants import TYPING_QUALITY
from socialekaart.search.weights import RankingWeights


class Scorer:
    """Scores planned terms on segments with the ranking weights."""

    def __init__(
        self,
        weights: RankingWeights,
        taxonomy: NeedsVocabulary,
        areas: AreaTree,
        descendants: Callable[[str], list[str]],
    ) -> None:
        self.weights = weights
        self.taxonomy = taxonomy
        self.areas = areas
        self.descendants = descendants
        lightness = dict(weights.lightness)
        self._lightness_by_code = np.asarray(
            [lightness.get(a, 0.5) for a in ACCESS_TYPES] + [lightness.get(None, 0.5)], dtype=np.float64
        )
        # a posting weight at least this high is a hit in the name or alternate name (whole word or compound part)
        fw = weights.field_weights
        name_low = min(fw[FIELD_NAME], fw[FIELD_ALT]) * PART_FACTOR
        other_high = max(x for k, x in enumerate(fw) if k not in (FIELD_NAME, FIELD_ALT))
        self.name_min = (name_low + other_high) / 2 if name_low > other_high else math.inf

    # ---- one term on one segment ------------------------------------------------------------------------------

    def term_scores(
        self,
        seg: Segment,
        term: Term,
        name_hits: FloatArray | None = None,
        text_hits: FloatArray | None = None,
    ) -> FloatArray:
        """The term's score per document; ``name_hits``, when given, gets how well the term itself (not a related
        word or need) is in each service's name or alternate name, ``text_hits`` how strongly the term's words are
        in each service's own text (BM25-saturated, see :data:`~socialekaart.search.index.TEXT_FIELD_WEIGHTS`)."""
        s = np.zeros(seg.size, dtype=np.float32)
        self._word_scores(seg, term, s, name_hits, text_hits)
        self._prefix_scores(seg, term, s, name_hits, text_hits)
        if term.parts:
            self._part_scores(seg, term.parts, s, text_hits)
        if term.needs:
            s = self._need_scores(seg, term, s)
        return s

    def _word_scores(
        self, seg: Segment, term: Term, s: FloatArray, name_hits: FloatArray | None, text_hits: FloatArray | None
    ) -> None:
        text_related = self.weights.text_related
        for word, exp in term.words.items():
            wid = seg.word_id(word)
            if wid is None:
                continue
            idx, wts = seg.postings(wid)
            s[idx] = np.maximum(s[idx], wts * np.float32(exp.quality))
            if name_hits is not None and exp.kind != "related":
                in_name = idx[wts >= self.name_min]
                name_hits[in_name] = np.maximum(name_hits[in_name], np.float32(exp.quality))
            if text_hits is not None and (text_related > 0 or exp.kind != "related"):
                q_text = exp.quality * (text_related if exp.kind == "related" else 1.0)
                tfs = seg.text_postings(wid).astype(np.float32) * np.float32(q_text)
                text_hits[idx] = np.maximum(text_hits[idx], tfs)

    def _prefix_scores(
        self, seg: Segment, term: Term, s: FloatArray, name_hits: FloatArray | None, text_hits: FloatArray | None
    ) -> None:
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
                named = seg.post_w[a:b] >= self.name_min
                np.maximum.at(name_hits, seg.post_doc[a:b][named], qw[named])
            if text_hits is not None:
                np.maximum.at(text_hits, seg.post_doc[a:b], seg.post_tf[a:b].astype(np.float32) * qw)

    def _part_scores(self, seg: Segment, parts: Sequence[str], s: FloatArray, text_hits: FloatArray | None) -> None:
        """A compound the catalog writes as separate words: the weakest of its parts counts."""
        n = seg.size
        part_min: FloatArray | None = None
        part_tf: FloatArray | None = None
        for p in parts:
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

    def _need_scores(self, seg: Segment, term: Term, s: FloatArray) -> FloatArray:
        """The term's needs on top of its literal hits: services with the need, and more for those that say it."""
        w = self.weights
        n = seg.size
        if w.off_need_factor < 1.0:
            # the thesaurus says what the word means: a literal hit in a service without that need counts less
            own = np.zeros(n, dtype=bool)
            for code in term.needs:
                for c in (code, *self.descendants(code)):
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
            below = self.descendants(code)
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
        extra = np.float32(w.extra_need_factor)
        need_s = best + extra * second
        both = np.float32(w.evidence_factor) * np.minimum(s, need_s)
        return (np.maximum(s, need_s) + both).astype(np.float32)

    # ---- the query's words together ---------------------------------------------------------------------------

    def term_weights(
        self, terms: Sequence[Term], per_segment: Sequence[tuple[BoolArray, list[FloatArray]]]
    ) -> list[float]:
        """``w_i`` of every scored term: a context word that many services contain weighs less (idf).

        ``per_segment`` holds, per non-empty segment, its removed documents and the term scores."""
        w = self.weights
        live = sum(int((~dead).sum()) for dead, _ts in per_segment)
        out: list[float] = []
        for k, t in enumerate(terms):
            wt = t.weight
            if live >= w.idf_min_docs and not t.optional and not t.virtual and len(terms) > 1:
                df = sum(int(((ts[k] > 0) & ~dead).sum()) for dead, ts in per_segment)
                frac = df / live
                if frac > w.idf_from:
                    span = math.log(w.idf_to / w.idf_from)
                    drop = min(1.0, math.log(frac / w.idf_from) / span)
                    floor = w.idf_floor_need if t.needs else w.idf_floor
                    wt *= 1.0 - (1.0 - floor) * drop
            out.append(wt)
        return out

    # ---- preferences ------------------------------------------------------------------------------------------

    def preference(
        self,
        seg: Segment,
        idx: npt.NDArray[np.int64],
        f: SearchFilters,
        dist: npt.NDArray[np.float64] | None,
        today: date,
        mentioned: Sequence[str] = (),
    ) -> npt.NDArray[np.float64]:
        """The bounded preference for the lightest help, nearby and recently verified (multiplies relevance)."""
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
            pref = pref + w.reach_weight * self._reach(seg, idx, mentioned)
        ver = seg.verified_ord[idx].astype(np.float64)
        age = today.toordinal() - ver
        span = max(1, w.stale_days - w.fresh_days)
        # 1 when verified within fresh_days, falling to 0.1 at stale_days; 0 when never verified
        fresh = 0.1 + 0.9 * np.clip(1.0 - (age - w.fresh_days) / span, 0.0, 1.0)
        fresh = np.where(ver < 0, 0.0, fresh)
        return np.asarray(pref + w.freshness_weight * fresh, dtype=np.float64)

    def _reach(self, seg: Segment, idx: npt.NDArray[np.int64], mentioned: Sequence[str]) -> npt.NDArray[np.float64]:
        """No place given: a service for the whole gemeente fits any resident, one for a single village may not;
        a place named in the query ("… in Dorst") counts as given for the services of that place."""
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
        return reach


def query_share(
    terms: Sequence[Term], weights: Sequence[float], per_term: Sequence[FloatArray], denom: float
) -> npt.NDArray[np.float64]:
    """Σ w_i · x_i(d) / Σ w_i per document over the query's own words (a word completed only as-you-type does not
    count): how much of the query a service's name, or its text, says."""
    out = np.zeros(len(per_term[0]), dtype=np.float64)
    for t, wt, x in zip(terms, weights, per_term, strict=True):
        if not t.optional:
            out += wt * x.astype(np.float64)
    return out / denom
