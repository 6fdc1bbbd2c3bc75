"""The conflicts window's logic: read the open conflicts and store a decision, both off the UI thread.

`SyncPanel` (the view) only shows what it is told and emits `decision_requested`. This controller reads the
conflicts and the sync state on a worker (key ``"conflicts-load"``) and writes a decision on a worker (key
``"conflicts-write"``); the panel shows "Conflicten laden…" or "Beslissing opslaan…" meanwhile, with its buttons
off. Errors become a Dutch line in the panel. After `close()` (another catalog was opened) nothing is delivered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from socialekaart.catalog.store import Catalog
from socialekaart.progress import Work
from socialekaart.ui.errors import reason
from socialekaart.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from socialekaart.sync.conflicts import Conflict
    from socialekaart.sync.status import SyncStatus
    from socialekaart.ui.sync_panel import SyncPanel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConflictsRead:
    """What the panel shows: the sync state and the open conflicts."""

    status: SyncStatus
    conflicts: list[Conflict]


def read_conflicts(catalog: Catalog, _work: Work | None = None) -> ConflictsRead:
    """Runs on a worker: the sync state and the open conflicts, oldest first."""
    from socialekaart.sync.conflicts import list_conflicts
    from socialekaart.sync.status import sync_status

    return ConflictsRead(sync_status(catalog), list_conflicts(catalog))


class ConflictsController(QObject):
    """Drives one SyncPanel on one catalog."""

    # The conflicts are shown: (number of open conflicts). Tests and screenshots wait for it.
    loaded = Signal(int)
    # Something failed; the panel shows it: (Dutch message).
    failed = Signal(str)

    def __init__(
        self,
        panel: SyncPanel,
        runner: TaskRunner,
        catalog: Catalog,
        actor: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.runner = runner
        self.catalog = catalog
        self.actor = actor
        self._load: TaskHandle[Any] | None = None
        self._write: TaskHandle[Any] | None = None
        self._reload_after_write = False
        self._closed = False
        panel.decision_requested.connect(self.decide)

    @property
    def busy(self) -> bool:
        """A read or a write is under way."""
        return self._load is not None or self._write is not None

    def refresh(self) -> None:
        """Read the sync state and the conflicts again (after every sync, and when the window is shown)."""
        if self._closed:
            return
        if self._write is not None:
            self._reload_after_write = True  # the decision being stored changes the list: read it afterwards
            return
        self.panel.show_loading()
        catalog = self.catalog
        if self._load is not None:
            self._load.cancel()
        self._load = self.runner.run(
            lambda work: read_conflicts(catalog, work),
            on_result=self._loaded,
            on_error=self._load_failed,
            key="conflicts-load",
        )

    def decide(self, op_id: str, choice: str, values: object) -> None:
        """Store the user's decision for one conflict on a worker; the row leaves the list once it is stored."""
        if self._closed or self._write is not None:
            return
        if self._load is not None:  # the list is being read again: decide on what will be shown
            return
        from socialekaart.sync.conflicts import resolve_conflict

        catalog, actor = self.catalog, self.actor
        chosen = dict(values) if isinstance(values, dict) else None
        self.panel.show_saving()
        self._write = self.runner.run(
            lambda _work: resolve_conflict(catalog, op_id, choice, actor, chosen),
            on_result=lambda _none: self._written(op_id),
            on_error=self._write_failed,
            key="conflicts-write",
        )

    def close(self) -> None:
        """Forget everything in flight: nothing reaches the panel any more (a write still finishes)."""
        self._closed = True
        for handle in (self._load, self._write):
            if handle is not None:
                handle.cancel()
        self._load = self._write = None

    # --- results, on the UI thread --------------------------------------------------------------------------

    def _loaded(self, read: ConflictsRead) -> None:
        self._load = None
        if self._closed:
            return
        self.panel.show_conflicts(read.status, read.conflicts)
        self.loaded.emit(len(read.conflicts))

    def _load_failed(self, exc: BaseException) -> None:
        self._load = None
        if self._closed:
            return
        log.warning("reading the conflicts failed", exc_info=exc)
        self._fail(self.tr("De conflicten konden niet worden gelezen: %1").replace("%1", reason(exc)))

    def _written(self, op_id: str) -> None:
        self._write = None
        if self._closed:
            return
        self._reload_after_write = False
        self.panel.remove_conflict(op_id)  # emits resolved: the sync controller sends the decision
        self.refresh()  # the status line and anything a sync brought meanwhile

    def _write_failed(self, exc: BaseException) -> None:
        self._write = None
        if self._closed:
            return
        log.warning("storing a conflict decision failed", exc_info=exc)
        self._fail(self.tr("De beslissing kon niet worden opgeslagen: %1").replace("%1", reason(exc)))
        self._reload_after_write = False
        self.refresh()  # the list may be out of date (decided elsewhere); the message stays

    def _fail(self, message: str) -> None:
        self.panel.show_error(message)
        self.failed.emit(message)
