"""Search by need: find services in the resident's own words (core, no Qt)."""

from socialekaart.search.documents import (
    ACCESS_TYPES,
    AreaNode,
    AreaTree,
    NeedsVocabulary,
    NeedTerm,
    OpeningInterval,
    SearchDocument,
)
from socialekaart.search.engine import (
    Detail,
    RankingWeights,
    Reason,
    SearchEngine,
    SearchFilters,
    SearchResponse,
    SearchResult,
)
from socialekaart.search.thesaurus import Thesaurus, ThesaurusError, load_thesaurus
from socialekaart.search.unmatched import UnmatchedCounter, UnmatchedLog

__all__ = [
    "ACCESS_TYPES",
    "AreaNode",
    "AreaTree",
    "Detail",
    "NeedTerm",
    "NeedsVocabulary",
    "OpeningInterval",
    "RankingWeights",
    "Reason",
    "SearchDocument",
    "SearchEngine",
    "SearchFilters",
    "SearchResponse",
    "SearchResult",
    "Thesaurus",
    "ThesaurusError",
    "UnmatchedCounter",
    "UnmatchedLog",
    "load_thesaurus",
]
