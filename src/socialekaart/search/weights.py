"""The tunable weights of the ranking formula, in one place (docs/search.md, "Ranking")."""

from __future__ import annotations

from dataclasses import dataclass

from socialekaart.search.index import DEFAULT_FIELD_WEIGHTS


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
