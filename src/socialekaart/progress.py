"""One small contract for long work (imports, syncs, index builds): report progress and stop when cancelled."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

ProgressCallback = Callable[[str, int, int], None]
"""Called with (what is happening, in Dutch; done; total) — total 0 means unknown."""


class Cancelled(Exception):
    """The user cancelled the work; whatever it was writing has been rolled back."""

    def __init__(self) -> None:
        super().__init__("Geannuleerd door de gebruiker; er is niets gewijzigd.")


@dataclass
class CancelToken:
    """Shared between the one who may cancel (UI, Ctrl+C) and the work that checks it at safe points."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(_stage: str, _done: int, _total: int) -> None:
    """A progress callback that ignores everything."""


@dataclass
class Work:
    """What long-running core functions accept: a progress callback and a cancel token."""

    progress: ProgressCallback = no_progress
    cancel: CancelToken = field(default_factory=CancelToken)

    def step(self, stage: str, done: int, total: int) -> None:
        """Report progress and stop here if the user cancelled."""
        self.cancel.raise_if_cancelled()
        self.progress(stage, done, total)
