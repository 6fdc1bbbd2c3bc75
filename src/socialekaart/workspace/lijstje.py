"""The lijstje of one conversation: entries the resident takes home, kept in memory only and never written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

#: A note is a short hint for the resident ("vraag naar Ans"), not a case note.
MAX_NOTE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class LijstjeEntry:
    """One catalog entry on the lijstje, with the worker's short note for the resident."""

    service_id: str
    name: str
    note: str = ""


class Lijstje:
    """An ordered list of catalog entries without repeats. It lives in memory for one conversation: nothing here is
    saved, logged or synced, and `clear()` forgets it."""

    def __init__(self) -> None:
        self._entries: list[LijstjeEntry] = []

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LijstjeEntry]:
        return iter(tuple(self._entries))

    def __contains__(self, service_id: object) -> bool:
        return any(e.service_id == service_id for e in self._entries)

    @property
    def entries(self) -> tuple[LijstjeEntry, ...]:
        return tuple(self._entries)

    def add(self, service_id: str, name: str) -> bool:
        """Add an entry at the end; False when it is on the lijstje already (it keeps its place and note)."""
        if service_id in self:
            return False
        self._entries.append(LijstjeEntry(service_id, name))
        return True

    def remove(self, index: int) -> None:
        del self._entries[index]

    def move(self, index: int, offset: int) -> int:
        """Move the entry at `index` by `offset` places (clamped to the list); returns its new index."""
        target = max(0, min(len(self._entries) - 1, index + offset))
        entry = self._entries.pop(index)
        self._entries.insert(target, entry)
        return target

    def set_note(self, index: int, note: str) -> None:
        """The note on one entry: one line, at most MAX_NOTE_LENGTH characters."""
        clean = " ".join(note.split())[:MAX_NOTE_LENGTH]
        self._entries[index] = replace(self._entries[index], note=clean)

    def notes(self) -> dict[str, str]:
        """Service id → note, for the entries that have one."""
        return {e.service_id: e.note for e in self._entries if e.note}

    def clear(self) -> None:
        self._entries.clear()
