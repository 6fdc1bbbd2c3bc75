"""Search over a catalog that stays correct after every write: the one entry point for app, CLI and server."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import text

from socialekaart.catalog.store import Catalog
from socialekaart.search.compounds import CompoundSplitter
from socialekaart.search.documents import AreaTree, SearchDocument
from socialekaart.search.engine import SearchEngine, SearchFilters, SearchResponse
from socialekaart.search.from_catalog import CatalogSnapshot, compound_parts, read_snapshot, thesaurus_from_rows
from socialekaart.search.places import parse_near
from socialekaart.search.unmatched import anonymous_terms

__all__ = ["CatalogSearch", "SearchFilters", "SearchResponse"]


class CatalogSearch:
    """A search engine bound to one catalog.

    Thread-safe. Before every search it compares the catalog's change counter with the one its index was built
    from; when a write (import, edit, sync) moved it, the changed documents are re-indexed first, so results are
    never stale and no restart is needed.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._lock = threading.Lock()
        self._engine: SearchEngine | None = None
        self._counter = -1
        self._snapshot: CatalogSnapshot | None = None
        self._parts = compound_parts()
        self._vocabulary: frozenset[str] | None = None
        self._splitter: CompoundSplitter | None = None

    # ---- index -------------------------------------------------------------------------------------------------

    def ensure_fresh(self) -> SearchEngine:
        """The engine, (re)built from the catalog when it changed since the last call."""
        counter = self.catalog.change_counter()
        with self._lock:
            if self._engine is not None and counter == self._counter:
                return self._engine
            with self.catalog.read() as session:
                snapshot = read_snapshot(session)
            if self._engine is None or self._needs_full_rebuild(snapshot):
                self._vocabulary = None
                self._engine = SearchEngine.build(
                    snapshot.documents,
                    thesaurus_from_rows(snapshot.thesaurus_rows, snapshot.taxonomy.terms),
                    snapshot.taxonomy,
                    snapshot.areas,
                    compound_parts=self._parts,
                )
            else:
                self._apply_changes(self._engine, snapshot.documents)
            self._snapshot = snapshot
            self._counter = counter
            return self._engine

    def _needs_full_rebuild(self, snapshot: CatalogSnapshot) -> bool:
        old = self._snapshot
        return old is None or (
            old.taxonomy != snapshot.taxonomy
            or old.areas != snapshot.areas
            or old.thesaurus_rows != snapshot.thesaurus_rows
        )

    @staticmethod
    def _apply_changes(engine: SearchEngine, documents: list[SearchDocument]) -> None:
        current = {d.id: d for d in engine.documents()}
        fresh = {d.id: d for d in documents}
        changed = [d for i, d in fresh.items() if current.get(i) != d]
        removed = [i for i in current if i not in fresh]
        if changed:
            engine.upsert_many(changed)
        if removed:
            engine.remove_many(removed)

    # ---- queries -----------------------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 50,
        now: datetime | None = None,
        *,
        record_unmatched: bool = False,
    ) -> SearchResponse:
        """Search; with record_unmatched a search that found nothing adds one to the anonymous count of its words.

        The app sets record_unmatched only for a finished query (Enter or a pause), never for every keystroke.
        """
        engine = self.ensure_fresh()
        response = engine.search(query, filters, limit=limit, now=now)
        only_place = filters is None or replace(filters, area_code=None, near=None, radius_km=None).is_empty()
        if record_unmatched and response.unmatched and only_place:
            # A search emptied by other filters (target group, language, ...) is not an unmet need.
            self.record_unmatched(response.terms, filters.area_code if filters else None)
        return response

    def _known_word(self, word: str) -> bool:
        """A word from the needs vocabulary (thesaurus, word parts, or split into known parts)."""
        if self._vocabulary is None:
            engine = self.ensure_fresh()
            self._vocabulary = frozenset(engine.thesaurus.words()) | self._parts
            self._splitter = CompoundSplitter(self._parts, (self._vocabulary,))
        return word in self._vocabulary or (self._splitter is not None and self._splitter.split(word) is not None)

    def record_unmatched(self, terms: tuple[str, ...], area_code: str | None, day: date | None = None) -> None:
        """Count an unmatched need: the normalised words only, never who asked (no change-counter bump).

        Only words of the needs vocabulary are kept: a resident's name typed into the search box ("mevrouw
        Yilmaz") is personal data and is never stored. A search whose words are all unknown is counted under
        "(onbekende woorden)", so the number of such searches still shows.
        """
        known = [t for t in anonymous_terms(terms) if self._known_word(t)]
        words = " ".join(known)[:200] if known else ("(onbekende woorden)" if terms else "")
        if not words:
            return
        with self.catalog.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO unmatched_need (words, day, area_code, count) VALUES (:w, :d, :a, 1) "
                    "ON CONFLICT (words, day, area_code) DO UPDATE SET count = count + 1"
                ),
                {"w": words, "d": (day or date.today()).isoformat(), "a": area_code or ""},
            )

    def resolve_near(self, text_value: str) -> tuple[float, float]:
        """A `--near` value ("LAT,LON" or a postcode known from the catalog's addresses) as a point."""
        self.ensure_fresh()
        assert self._snapshot is not None
        return parse_near(text_value, self._snapshot.pc4)

    def postcodes(self) -> dict[str, tuple[float, float]]:
        """Four-digit postcode → average point of the catalog's own addresses there (what `near` understands)."""
        self.ensure_fresh()
        assert self._snapshot is not None
        return dict(self._snapshot.pc4)

    def areas(self) -> AreaTree:
        """The catalog's area tree (for the area filter)."""
        self.ensure_fresh()
        assert self._snapshot is not None
        return self._snapshot.areas

    def target_groups(self) -> list[tuple[str, str]]:
        """(code, name) of every target group used in the catalog."""
        from sqlalchemy import select

        from socialekaart.catalog.models import Taxonomy, TaxonomyTerm
        from socialekaart.catalog.profile import TARGET_GROUPS_TAXONOMY, TAXONOMY_URIS

        with self.catalog.read() as session:
            rows = session.execute(
                select(TaxonomyTerm.code, TaxonomyTerm.name)
                .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
                .where(Taxonomy.uri == TAXONOMY_URIS[TARGET_GROUPS_TAXONOMY], TaxonomyTerm.code.is_not(None))
                .order_by(TaxonomyTerm.name)
            ).all()
        return [(code, name) for code, name in rows if code]

    def languages(self) -> list[str]:
        """Every language code offered by some service."""
        engine = self.ensure_fresh()
        return sorted({lang for d in engine.documents() for lang in d.languages})

    def needs(self) -> list[tuple[str, str]]:
        """(code, name) of every need in the taxonomy."""
        self.ensure_fresh()
        assert self._snapshot is not None
        return sorted(((c, t.name) for c, t in self._snapshot.taxonomy.terms.items()), key=lambda x: x[1])

    def document(self, service_id: str) -> SearchDocument | None:
        """The indexed document of one service."""
        return self.ensure_fresh().get(service_id)
