"""The index's segments over time: an immutable snapshot of segments, and how writes make the next snapshot.

The main segment holds the build; writes collect in a small open segment, which is frozen when it grows, and
too many frozen segments are merged into a new main one. Removed or replaced documents are masked as dead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from socialekaart.search.documents import SearchDocument
from socialekaart.search.index import BoolArray, Segment

#: Writes collected in the small "recent" segment before it is frozen.
OPEN_SEGMENT_MAX = 256
#: More frozen recent segments than this (or more than a quarter of the main size) triggers a full rebuild.
MAX_FROZEN_SEGMENTS = 8

#: Builds a segment of documents; with ``main``, a small one that takes over the main segment's vocabulary.
SegmentBuilder = Callable[..., Segment]


@dataclass(frozen=True)
class Snapshot:
    """What one search reads: the segments (the last one open for writes), their dead masks, the open documents."""

    segments: tuple[Segment, ...]
    dead: tuple[BoolArray, ...]
    open_docs: Mapping[str, SearchDocument]

    @classmethod
    def of(cls, main: Segment, open_segment: Segment) -> Snapshot:
        return cls((main, open_segment), (np.zeros(main.size, dtype=bool), np.zeros(open_segment.size, dtype=bool)), {})

    def __len__(self) -> int:
        return sum(int((~d).sum()) for d in self.dead[:-1]) + len(self.open_docs)

    def documents(self) -> list[SearchDocument]:
        """All live documents."""
        out: list[SearchDocument] = []
        for seg, dead in zip(self.segments[:-1], self.dead[:-1], strict=True):
            out.extend(d for d, gone in zip(seg.docs, dead, strict=True) if not gone)
        out.extend(self.open_docs.values())
        return out

    def get(self, doc_id: str) -> SearchDocument | None:
        if doc_id in self.open_docs:
            return self.open_docs[doc_id]
        for seg, dead in zip(self.segments[:-1], self.dead[:-1], strict=True):
            i = seg.ids.get(doc_id)
            if i is not None and not dead[i]:
                return seg.docs[i]
        return None

    def since_main(self) -> tuple[list[str], list[SearchDocument]]:
        """What changed since the main segment was built: ids of its documents now removed or replaced, and every
        live document written since (what the stored index keeps beside its main segment)."""
        if len(self.segments) < 2:
            return [], list(self.open_docs.values())
        main, dead = self.segments[0], self.dead[0]
        removed = [main.docs[int(i)].id for i in np.flatnonzero(dead)]
        return removed, _live(self.segments[1:-1], self.dead[1:-1]) + list(self.open_docs.values())

    def apply(self, batch: Mapping[str, SearchDocument], removed: Sequence[str], build: SegmentBuilder) -> Snapshot:
        """The next snapshot after writing ``batch`` and removing ``removed``."""
        closed = list(self.segments[:-1])
        dead = list(self.dead[:-1])
        touched = set(batch) | set(removed)
        for k, seg in enumerate(closed):
            hits = [seg.ids[i] for i in touched if i in seg.ids]
            if hits:
                d = dead[k].copy()
                d[np.asarray(hits, dtype=np.int64)] = True
                dead[k] = d
        open_docs = {i: d for i, d in self.open_docs.items() if i not in touched}
        open_docs.update(batch)
        main_size = closed[0].size if closed else 0
        if len(open_docs) > OPEN_SEGMENT_MAX:
            closed.append(build(open_docs.values(), main=closed[0] if closed else None))
            dead.append(np.zeros(closed[-1].size, dtype=bool))
            open_docs = {}
            recent = sum(s.size for s in closed[1:])
            if len(closed) - 1 > MAX_FROZEN_SEGMENTS or recent > max(OPEN_SEGMENT_MAX, main_size // 4):
                seg0 = build(_live(closed, dead))
                closed, dead = [seg0], [np.zeros(seg0.size, dtype=bool)]
        open_seg = build(open_docs.values(), main=closed[0] if closed else None)
        return Snapshot((*closed, open_seg), (*dead, np.zeros(open_seg.size, dtype=bool)), open_docs)


def _live(segments: Iterable[Segment], dead: Iterable[BoolArray]) -> list[SearchDocument]:
    live: list[SearchDocument] = []
    for seg, dd in zip(segments, dead, strict=True):
        live.extend(doc for doc, gone in zip(seg.docs, dd, strict=True) if not gone)
    return live
