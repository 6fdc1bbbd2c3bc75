"""Search over a catalog that stays correct after every write: the one entry point for app, CLI and server."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import replace
from datetime import date, datetime

import numpy as np
from sqlalchemy import text

from socialekaart.catalog.store import Catalog
from socialekaart.progress import Work
from socialekaart.search.compounds import CompoundSplitter
from socialekaart.search.documents import AreaTree, SearchDocument
from socialekaart.search.engine import SearchEngine, SearchFilters, SearchResponse
from socialekaart.search.from_catalog import (
    CatalogInputs,
    calendar_window,
    compound_parts,
    read_documents,
    read_inputs,
    read_pc4,
    thesaurus_from_rows,
)
from socialekaart.search.index import Segment
from socialekaart.search.index_files import (
    CatalogState,
    Recent,
    catalog_fingerprint,
    index_paths,
    inputs_key,
    read_recent,
    remove_files,
    write_recent,
)
from socialekaart.search.opening import now_local
from socialekaart.search.places import parse_near
from socialekaart.search.stored import StoredIndexError, document_hash, read_segment, write_segment
from socialekaart.search.unmatched import anonymous_terms

__all__ = ["REBUILD_STEP", "CatalogSearch", "SearchFilters", "SearchResponse"]

log = logging.getLogger(__name__)

#: The step a background rebuild reports through ``Work.step`` (the app and the CLI word it).
REBUILD_STEP = "rebuild-index"


class CatalogSearch:
    """A search engine bound to one catalog, its index stored beside the catalog file.

    Thread-safe. Before every search it compares the catalog's change counter with the one its index was built
    from; when a write (import, edit, sync) moved it, the changed documents are re-indexed first, so results are
    never stale and no restart is needed. The index is opened from ``<catalog>.index`` when that was built from the
    same inputs and describes the same catalog, and stored again after every change (docs/search.md, "The stored
    index"). When the thesaurus, taxonomy or areas change, the new index is built in the background while searches
    use the old one.
    """

    def __init__(self, catalog: Catalog, work: Work | None = None) -> None:
        self.catalog = catalog
        self.work = work or Work()
        self._lock = threading.Lock()
        self._engine: SearchEngine | None = None
        self._counter = -1
        self._inputs: CatalogInputs | None = None
        self._key = ""
        self._pc4: dict[str, tuple[float, float]] | None = None
        self._parts = compound_parts()
        self._vocabulary: frozenset[str] | None = None
        self._splitter: CompoundSplitter | None = None
        self._hashes: dict[str, int] = {}
        self._paths = index_paths(catalog.path)
        self._stored_main: Segment | None = None
        self._main_id = ""
        self._rebuild: threading.Thread | None = None
        self._rebuilt: tuple[SearchEngine, str, CatalogInputs, dict[str, int], CatalogState] | None = None
        #: where the index of the last (re)open came from: "stored", "stored+changes" or "built"
        self.opened_from = ""

    # ---- index -------------------------------------------------------------------------------------------------

    def ensure_fresh(self) -> SearchEngine:
        """The engine, brought up to date with the catalog when it changed since the last call."""
        counter = self.catalog.change_counter()
        with self._lock:
            self._take_rebuilt()
            if self._engine is not None and counter == self._counter:
                return self._engine
            with self.catalog.read() as session:
                inputs = read_inputs(session)
                state = CatalogState(counter, catalog_fingerprint(session) if self._paths else "")
            key = self._inputs_key(inputs)
            if self._engine is None:
                self._engine = self._open(inputs, key, state)
            elif key != self._key:
                self._apply_changes(self._engine, self._read_documents(inputs))
                if self._rebuild is None:
                    self._start_rebuild(inputs, key, state)
                self._counter = counter
                return self._engine
            else:
                self._apply_changes(self._engine, self._read_documents(inputs))
                self._save(self._engine, key, state)
            self._inputs, self._key, self._counter = inputs, key, counter
            self._vocabulary = None
            self._pc4 = None
            return self._engine

    @property
    def rebuilding(self) -> bool:
        """A full rebuild (after a thesaurus, taxonomy or area change) runs in the background."""
        return self._rebuild is not None

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild; the next search uses its index."""
        thread = self._rebuild
        if thread is not None:
            thread.join(timeout)

    def _inputs_key(self, inputs: CatalogInputs) -> str:
        from socialekaart.search.weights import RankingWeights

        window = calendar_window(now_local().date())
        fields = RankingWeights().field_weights
        return inputs_key(inputs.taxonomy, inputs.areas, inputs.thesaurus_rows, self._parts, fields, window)

    def _read_documents(self, inputs: CatalogInputs) -> list[SearchDocument]:
        with self.catalog.read() as session:
            return read_documents(session, inputs.areas)

    def _empty_engine(self, inputs: CatalogInputs) -> SearchEngine:
        return SearchEngine(
            thesaurus_from_rows(inputs.thesaurus_rows, inputs.taxonomy.terms),
            inputs.taxonomy,
            inputs.areas,
            compound_parts=self._parts,
        )

    def _open(self, inputs: CatalogInputs, key: str, state: CatalogState) -> SearchEngine:
        """The engine from the stored index when it fits (brought up to date), else built from the catalog."""
        engine = self._empty_engine(inputs)
        stored = self._open_stored(engine, key)
        if stored is not None:
            self._stored_main = engine.snapshot.segments[0]
            if stored == state:
                self.opened_from = "stored"
                return engine
            self.opened_from = "stored+changes"
            self._apply_changes(engine, self._read_documents(inputs))
            self._save(engine, key, state)
            return engine
        self.opened_from = "built"
        docs = self._read_documents(inputs)
        engine.rebuild(docs)
        self._hashes = {d.id: document_hash(d) for d in docs}
        self._save(engine, key, state)
        return engine

    def _open_stored(self, engine: SearchEngine, key: str) -> CatalogState | None:
        """Open the stored main segment and its recent writes into ``engine``; the catalog state they describe,
        or None when there is no usable stored index (a damaged or foreign one is removed, to be rebuilt)."""
        if self._paths is None or not self._paths[0].exists():
            return None
        main_path, recent_path = self._paths
        try:
            seg, meta, hashes = read_segment(main_path, self._parts, engine.splitter_vocabularies)
            if meta.get("inputs") != key:
                return None  # built from another thesaurus, taxonomy or area tree: rebuilt and replaced
            state = CatalogState.of_meta(meta)
            main_id = str(meta["id"])
        except (StoredIndexError, KeyError, ValueError, TypeError) as exc:
            log.warning("stored search index %s not used, rebuilding: %s", main_path, exc)
            remove_files(self._paths)
            return None
        engine.open_main(seg)
        self._main_id = main_id
        self._hashes = dict(zip(seg.ids, np.asarray(hashes).tolist(), strict=True))
        try:
            recent = read_recent(recent_path) if recent_path.exists() else None
        except StoredIndexError as exc:
            log.warning("recent writes of the stored search index not used: %s", exc)
            recent = None
        if recent is not None and recent.main == main_id and recent.inputs == key:
            engine.remove_many(recent.removed)
            engine.upsert_many(recent.documents)
            for i in recent.removed:
                self._hashes.pop(i, None)
            self._hashes.update((d.id, document_hash(d)) for d in recent.documents)
            state = recent.state
        return state

    def _save(self, engine: SearchEngine, key: str, state: CatalogState) -> None:
        """Store the index: the main segment when it is new, else only the writes since (never fatal)."""
        if self._paths is None:
            return
        main_path, recent_path = self._paths
        snapshot = engine.snapshot
        main = snapshot.segments[0]
        try:
            if main is not self._stored_main:
                main_id = uuid.uuid4().hex
                hashes = np.asarray([self._hashes.get(d.id, 0) for d in main.docs], dtype=np.uint64)
                remove_files([recent_path])
                # on Windows a file still mapped cannot be replaced: then the old files stay, and the next start
                # finds their catalog state behind and brings them up to date
                write_segment(main_path, main, {"id": main_id, "inputs": key, **state.as_meta()}, hashes)
                self._main_id, self._stored_main = main_id, main
            removed, docs = snapshot.since_main()
            write_recent(recent_path, Recent(self._main_id, key, state, tuple(removed), tuple(docs)))
        except OSError as exc:
            log.warning("search index not stored beside %s: %s", self.catalog.path, exc)

    def _start_rebuild(self, inputs: CatalogInputs, key: str, state: CatalogState) -> None:
        """Build the index for new inputs on a thread; searches use the old one until it is taken over."""
        docs = self._read_documents(inputs)

        def run() -> None:
            try:
                self.work.progress(REBUILD_STEP, 0, len(docs))
                engine = self._empty_engine(inputs)
                engine.rebuild(docs)
                hashes = {d.id: document_hash(d) for d in docs}
                self.work.progress(REBUILD_STEP, len(docs), len(docs))
                with self._lock:
                    self._rebuilt = (engine, key, inputs, hashes, state)
            except Exception:  # the old index stays in use; the next change tries again
                log.exception("rebuilding the search index failed")
            finally:
                self._rebuild = None

        self._rebuild = threading.Thread(target=run, name="search-index-rebuild", daemon=True)
        self._rebuild.start()

    def _take_rebuilt(self) -> None:
        """Swap in a finished background rebuild (under the lock); the next check applies writes made since."""
        if self._rebuilt is None:
            return
        engine, key, inputs, hashes, state = self._rebuilt
        self._rebuilt = None
        self._engine, self._key, self._inputs, self._hashes = engine, key, inputs, hashes
        self._counter = state.counter
        self._vocabulary = None
        self._save(engine, key, state)

    def _apply_changes(self, engine: SearchEngine, documents: list[SearchDocument]) -> None:
        fresh = {d.id: d for d in documents}
        hashes = {i: document_hash(d) for i, d in fresh.items()}
        changed = [d for i, d in fresh.items() if self._hashes.get(i) != hashes[i]]
        removed = [i for i in self._hashes if i not in fresh]
        if changed:
            engine.upsert_many(changed)
        if removed:
            engine.remove_many(removed)
        self._hashes = hashes

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
        return parse_near(text_value, self.postcodes())

    def postcodes(self) -> dict[str, tuple[float, float]]:
        """Four-digit postcode → average point of the catalog's own addresses there (what `near` understands)."""
        if self._pc4 is None:
            with self.catalog.read() as session:
                self._pc4 = read_pc4(session)
        return dict(self._pc4)

    def areas(self) -> AreaTree:
        """The catalog's area tree (for the area filter)."""
        self.ensure_fresh()
        assert self._inputs is not None
        return self._inputs.areas

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
        snapshot = self.ensure_fresh().snapshot
        found: set[str] = set()
        for seg, dead in zip(snapshot.segments, snapshot.dead, strict=True):
            found.update(lang for lang, rows in seg.language_docs.items() if len(rows) and not dead[rows].all())
        return sorted(found)

    def needs(self) -> list[tuple[str, str]]:
        """(code, name) of every need in the taxonomy."""
        self.ensure_fresh()
        assert self._inputs is not None
        return sorted(((c, t.name) for c, t in self._inputs.taxonomy.terms.items()), key=lambda x: x[1])

    def document(self, service_id: str) -> SearchDocument | None:
        """The indexed document of one service."""
        return self.ensure_fresh().get(service_id)
