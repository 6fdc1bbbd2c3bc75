"""Background sync for the app: every N minutes (default 15), with backoff after failures; no Qt here."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DEFAULT_INTERVAL = 15 * 60.0


@dataclass
class SchedulerStatus:
    """What the scheduler last did."""

    running: bool
    last_success: float | None
    last_error: str | None
    failures: int
    next_run_in: float | None


class SyncScheduler:
    """Calls run_sync() every interval seconds in a worker thread; after a failure waits retry·2^n (at most
    max_backoff). on_done(result, error) is called from the worker thread after every attempt."""

    def __init__(
        self,
        run_sync: Callable[[], Any],
        *,
        interval: float = DEFAULT_INTERVAL,
        retry: float = 60.0,
        max_backoff: float = 3600.0,
        on_done: Callable[[Any, BaseException | None], None] | None = None,
    ) -> None:
        self.run_sync = run_sync
        self.interval = interval
        self.retry = retry
        self.max_backoff = max_backoff
        self.on_done = on_done
        self.failures = 0
        self.last_success: float | None = None
        self.last_error: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._next_at: float | None = None
        self._lock = threading.Lock()

    def delay(self) -> float:
        """Seconds until the next attempt."""
        if self.failures == 0:
            return self.interval
        return float(min(self.max_backoff, self.retry * 2 ** (self.failures - 1)))

    def start(self, *, run_now: bool = True) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        if run_now:
            self._wake.set()
        self._thread = threading.Thread(target=self._loop, name="sk-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_now(self) -> None:
        """Run as soon as possible (the "Nu synchroniseren" button)."""
        self._wake.set()

    def status(self) -> SchedulerStatus:
        next_in = None if self._next_at is None else max(0.0, self._next_at - time.monotonic())
        return SchedulerStatus(self._thread is not None, self.last_success, self.last_error, self.failures, next_in)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._next_at = time.monotonic() + self.delay()
            self._wake.wait(self.delay())
            self._wake.clear()
            if self._stop.is_set():
                break
            self.run_once()

    def run_once(self) -> None:
        """One attempt, with the bookkeeping (also usable without the thread)."""
        with self._lock:
            result: Any = None
            error: BaseException | None = None
            try:
                result = self.run_sync()
            except Exception as exc:
                error = exc
                self.failures += 1
                self.last_error = str(exc)
            else:
                self.failures = 0
                self.last_error = None
                self.last_success = time.time()
            if self.on_done is not None:
                self.on_done(result, error)
