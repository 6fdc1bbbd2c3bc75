"""Anonymous counts of needs that found nothing: the words only, never who asked, for gap reports per wijk."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Protocol

#: At most this many words of one query are kept.
MAX_TERMS = 8


class UnmatchedLog(Protocol):
    """Where the engine reports a need that found nothing (normalised words and the area filter, if any)."""

    def record(self, terms: tuple[str, ...], area_code: str | None) -> None: ...


def anonymous_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Keep only plain words: no digits (postcodes, house or phone numbers, BSN), no single letters."""
    kept = [t for t in terms if len(t) >= 2 and t.isalpha()]
    return tuple(kept[:MAX_TERMS])


class UnmatchedCounter:
    """Thread-safe in-memory counter; the catalog/statistics layer may persist :meth:`snapshot`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()

    def record(self, terms: tuple[str, ...], area_code: str | None) -> None:
        words = anonymous_terms(terms)
        if not words:
            return
        with self._lock:
            self._counts[(" ".join(words), area_code or "")] += 1

    def snapshot(self) -> dict[tuple[str, str], int]:
        """``{(words, area_code or ""): count}``."""
        with self._lock:
            return dict(self._counts)

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
