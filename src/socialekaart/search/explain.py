"""Explanations: why a service was found, as structured reasons that the app and the command line put in words.

A :class:`Reason` names what carried a hit (a word in a field, a typo, a need, the area, the distance, opening
hours) and the words, names and values involved; the wording, in Dutch or English, lives in ``ui.labels`` and
``cli.wording``. Nothing here is prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from socialekaart.search.documents import AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.filtering import SearchFilters, ok_point
from socialekaart.search.index import (
    FIELD_ALT,
    FIELD_DESC,
    FIELD_KEYS,
    FIELD_LOCATION,
    FIELD_NAME,
    FIELD_NEED,
    FIELD_ORG,
    MAX_DESCRIPTION_CHARS,
    PART_FACTOR,
    Segment,
    TokenMap,
    doc_token_map,
    name_first_word,
)
from socialekaart.search.normalize import tokenize
from socialekaart.search.plan import PlaceNames, Term
from socialekaart.search.variants import TYPING_QUALITY, prefix_quality
from socialekaart.search.weights import RankingWeights

#: Most items a detail names ("verwant aan 'a', 'b', 'c'").
MAX_DETAIL_ITEMS = 3

#: The kinds of reason, and what their ``words`` hold.
REASON_KINDS = (
    "word",  # a query word in a field of the service: words = (the word as the catalog writes it,)
    "parts",  # a query word whose parts are in the service: words = the parts
    "typo",  # a query word read as another: words = (as typed, as read); field set when found in a field
    "need",  # the service has a need the query reaches (or a need's name holds a query word): words = (need name,)
    "no_query",  # no query words: the lightest help, last verified, comes first
    "area_in",  # the service lies in the chosen area: words = (area name,)
    "area_for",  # the service works for the chosen area: words = (area name,)
    "area_only",  # no area chosen, the service works for part of the gemeente only: words = area names
    "distance",  # km = the distance to the chosen point
    "open_now",  # open at the moment of the search
    "open_on",  # day = the chosen day it is open
)
#: The relations of a detail to the query, and what their ``items`` hold.
DETAIL_RELATIONS = (
    "contains",  # the word holds a query word (a part, a beginning "vrijw…" or parts "a + b")
    "form_of",  # the word is a form (plural, derivation) of the query word
    "related_to",  # the word shares a need with the thesaurus entry
    "begins_with",  # a query word being typed begins the word
    "parts_of",  # the parts come from splitting the query word
    "via",  # the need was reached through these thesaurus entries
    "narrower_via",  # the service's need falls under the query's ``need``, reached through the items
    "broader_via",  # the service's need is broader than the query's ``need``, reached through the items
)


@dataclass(frozen=True, slots=True)
class Detail:
    """How a reason relates to the query: a relation with the query words or thesaurus entries involved."""

    relation: str
    items: tuple[str, ...]
    need: str = ""  # narrower_via / broader_via: the name of the query's need


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a service was found (see :data:`REASON_KINDS`); ``field`` is one of
    :data:`~socialekaart.search.index.FIELD_KEYS` or empty."""

    kind: str
    field: str = ""
    words: tuple[str, ...] = ()
    details: tuple[Detail, ...] = ()
    #: area_only: per name in ``words``, the area's kind when it is named like the gemeente ("kern"), else ""
    area_kinds: tuple[str, ...] = ()
    km: float | None = None
    day: date | None = None


#: A reason before its details are merged: (kind, field, words).
_Key = tuple[str, str, tuple[str, ...]]
#: The best reason for one query word: (key, (relation, need), item).
_Found = tuple[_Key, tuple[str, str], str]

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class Explainer:
    """Explains hits of a planned query, merging what several query words say about the same field or need."""

    def __init__(
        self,
        weights: RankingWeights,
        taxonomy: NeedsVocabulary,
        areas: AreaTree,
        places: PlaceNames,
        descendants: Callable[[str], list[str]],
    ) -> None:
        self.weights = weights
        self.taxonomy = taxonomy
        self.areas = areas
        self.places = places
        self.descendants = descendants

    def explain(
        self,
        seg: Segment,
        doc: SearchDocument,
        terms: Sequence[Term],
        f: SearchFilters,
        dist: float | None,
        has_query: bool,
    ) -> tuple[Reason, ...]:
        why = self._word_reasons(seg, doc, terms) if has_query else [Reason("no_query")]
        why += self._area_reasons(seg, doc, f)
        if dist is not None:
            why.append(Reason("distance", km=dist))
        if f.open_now:
            why.append(Reason("open_now"))
        if f.open_on is not None:
            why.append(Reason("open_on", day=f.open_on))
        return tuple(why)

    def _word_reasons(self, seg: Segment, doc: SearchDocument, terms: Sequence[Term]) -> list[Reason]:
        tokens = doc_token_map(doc, self.taxonomy, self.areas, seg.splitter, self.weights.field_weights)
        # reason → detail (relation, need) → items; merged so one field/need is named once
        merged: dict[_Key, dict[tuple[str, str], list[str]]] = {}
        for term in terms:
            found = self._explain_term(doc, term, tokens)
            if found is None:
                continue
            key, detail, item = found
            if detail == ("via", "") and item in term.typo_via:
                merged.setdefault(("typo", "", (term.text, term.typo_via[item])), {})
            items = merged.setdefault(key, {}).setdefault(detail, [])
            if item and item not in items:
                items.append(item)
        return [
            Reason(
                kind,
                fld,
                words,
                tuple(
                    Detail(relation, tuple(items[:MAX_DETAIL_ITEMS]), need)
                    for (relation, need), items in details.items()
                    if relation
                ),
            )
            for (kind, fld, words), details in merged.items()
        ]

    def _area_reasons(self, seg: Segment, doc: SearchDocument, f: SearchFilters) -> list[Reason]:
        if f.area_code:
            code = f.area_code.strip()
            located = {c for a in doc.area_codes for c in (a, *self.areas.ancestors(a))}
            if code in located:
                return [Reason("area_in", words=(self.areas.name(code),))]
            ancestors = self.areas.ancestors(code)
            served = [a for a in doc.served_area_codes if a == code or a in ancestors]
            served += [a for a in doc.served_area_codes if code in self.areas.ancestors(a)]
            if served:
                return [Reason("area_for", words=(self.areas.name(served[0]),))]
        elif not (f.near is not None and ok_point(f.near)) and doc.served_area_codes:
            # no place given: say when a service is only for part of the gemeente (why it stands lower, and that
            # the resident has to live there)
            listed = set(doc.served_area_codes)
            local = [c for c in doc.served_area_codes if c in self.areas and self.areas.ancestors(c)]
            if local and len(local) == len(doc.served_area_codes) and seg.reach[seg.ids[doc.id]] < 1.0:
                outer = [c for c in local if not listed.intersection(self.areas.ancestors(c))]
                labels = list(dict.fromkeys(self._area_label(c) for c in outer))[:3]
                return [
                    Reason("area_only", words=tuple(n for _k, n in labels), area_kinds=tuple(k for k, _n in labels))
                ]
        return []

    def _area_label(self, code: str) -> tuple[str, str]:
        """(kind, name) of an area; the kind only when the gemeente has the same name ("kern Oosterhout")."""
        name = self.areas.name(code)
        node = self.areas.nodes.get(code)
        if node is not None and self.places.named_like_gemeente(code):
            return node.kind, name
        return "", name

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

    def _explain_term(self, doc: SearchDocument, term: Term, tokens: TokenMap) -> _Found | None:
        """Best reason for one query word: (reason key, detail relation and need, detail item)."""
        best = _Best()
        first_name_word = name_first_word(doc.name)
        for tok, (wt, fld, part_of) in tokens.items():
            shown = (part_of or tok, fld)
            exp = term.words.get(tok)
            if exp is not None:
                score = wt * exp.quality
                if exp.kind == "fuzzy":
                    best.offer(score, ("typo", FIELD_KEYS[fld], (exp.source, tok)))
                elif part_of:
                    best.offer(score, _field_key(fld), ("contains", ""), tok, word=shown)
                elif exp.kind == "variant":
                    best.offer(score, _field_key(fld), ("form_of", ""), exp.source, word=shown)
                elif exp.kind == "related":
                    best.offer(score, _field_key(fld), ("related_to", ""), exp.source, word=shown)
                else:
                    best.offer(score, _field_key(fld), word=shown)
            for prefix, base_q, kind in term.prefixes:
                if not tok.startswith(prefix):
                    continue
                if kind == "typing" and tok == first_name_word and self.weights.name_start_prefix:
                    score = wt * base_q / TYPING_QUALITY  # as scored: a name typed from its start
                else:
                    score = wt * prefix_quality(base_q, len(prefix), len(tok))
                if kind == "fuzzy_prefix":
                    best.offer(score, ("typo", FIELD_KEYS[fld], (term.text, tok)))
                elif tok == prefix and not part_of:
                    best.offer(score, _field_key(fld), word=shown)
                elif part_of and not part_of.startswith(prefix):
                    best.offer(score, _field_key(fld), ("contains", ""), prefix + "…", word=shown)
                else:
                    best.offer(score, _field_key(fld), ("begins_with", ""), prefix, word=shown)
        if term.parts and all(p in tokens for p in term.parts):
            self._offer_parts(best, term, tokens)
        if term.needs:
            self._offer_needs(best, doc, term)
        if best.found is None:
            return None
        key, detail, item = best.found
        if best.word is not None:
            key = (key[0], key[1], (self._display(doc, *best.word),))
        return key, detail, item

    def _offer_parts(self, best: _Best, term: Term, tokens: TokenMap) -> None:
        parts = term.parts or ()
        score = min(tokens[p][0] for p in parts) * PART_FACTOR
        fld = min(tokens[p][1] for p in parts)
        holders = {tokens[p][2] for p in parts}
        holder = holders.pop() if len(holders) == 1 else None
        if holder:
            best.offer(score, _field_key(fld), ("contains", ""), " + ".join(parts), word=(holder, fld))
        else:
            best.offer(score, ("parts", FIELD_KEYS[fld], tuple(parts)), ("parts_of", ""), term.text)

    def _offer_needs(self, best: _Best, doc: SearchDocument, term: Term) -> None:
        own = set(doc.need_codes)
        for code, score, via, rel in self._need_targets(term):
            if code not in own:
                continue
            key: _Key = ("need", FIELD_KEYS[FIELD_NEED], (self.taxonomy.name(code),))
            if rel == "self":
                best.offer(score, key, ("via", ""), via)
            elif code in self.descendants(rel):
                best.offer(score, key, ("narrower_via", self.taxonomy.name(rel)), via)
            else:
                best.offer(score, key, ("broader_via", self.taxonomy.name(rel)), via)

    def _need_targets(self, term: Term) -> list[tuple[str, float, str, str]]:
        """(doc need code, score, via, relation) for the needs of a term: itself, narrower, broader."""
        w = self.weights
        out: list[tuple[str, float, str, str]] = []
        for code, (score, via) in term.needs.items():
            out.append((code, score, via, "self"))
            for child in self.descendants(code):
                out.append((child, score * w.child_need_factor, via, code))
            parent = self.taxonomy.terms[code].parent_code if code in self.taxonomy.terms else None
            if parent:
                out.append((parent, score * w.parent_need_factor, via, code))
        return out


class _Best:
    """The best-scoring reason offered for one query word."""

    def __init__(self) -> None:
        self.score = 0.0
        self.found: _Found | None = None
        self.word: tuple[str, int] | None = None  # (token, field) whose catalog form becomes the reason's word

    def offer(
        self,
        score: float,
        key: _Key,
        detail: tuple[str, str] = ("", ""),
        item: str = "",
        word: tuple[str, int] | None = None,
    ) -> None:
        if score > self.score + 1e-9:
            self.score, self.found, self.word = score, (key, detail, item), word


def _field_key(fld: int) -> _Key:
    """The key of a word found in a field, its word filled in later; a word in a need's name names the need."""
    return ("need" if fld == FIELD_NEED else "word", FIELD_KEYS[fld], ())
