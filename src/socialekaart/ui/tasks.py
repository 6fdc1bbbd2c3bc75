"""The one background-work API of the app: run a function off the UI thread, get its outcome back on the UI thread.

Modelled on Picard's ``run_task`` and Anki's ``QueryOp``::

    runner.run(lambda work: search.search(text, filters), on_result=self._show, key="search")

* ``fn`` runs on a worker thread and receives a :class:`socialekaart.progress.Work`; it must not touch
  any widget. Long work calls ``work.step(...)``: progress reaches ``on_progress`` on the UI thread, and a cancelled
  task stops there with :class:`~socialekaart.progress.Cancelled`.
* ``on_result(result)`` or ``on_error(exception)`` is called on the UI thread, at most once, and never for a
  task that was cancelled or superseded (a cancelled task's result is dropped even when it finished anyway).
* ``key``: a newer task with the same key supersedes the older one (cancelled; when it had not started yet it
  returns at once when its turn comes). Typing a query therefore never shows stale results.
* Pools: ``"search"`` has one thread, so searches never wait behind long work; ``"general"`` is for the rest.

The workers are Python threads (``concurrent.futures``), not ``QThreadPool``, so a worker is plain Python that
tests can reason about; results reach the UI thread through a queued Qt signal. (PySide6 6.12.0 on Python 3.11
drops a reference to ``None`` on every void call and aborts the process after some thousands of calls, which is
why pyproject.toml pins PySide6 below 6.12; ``tests/ui/test_tasks.py`` runs 6,000 tasks to catch such a leak.)
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from socialekaart.progress import Cancelled, CancelToken, Work

log = logging.getLogger(__name__)

T = TypeVar("T")
PoolName = Literal["search", "general"]
ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[str, int, int], None]


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """A submitted task: lets the caller cancel it, or ask whether it is still wanted."""

    id: int
    key: str | None
    token: CancelToken = field(default_factory=CancelToken)
    done: bool = False
    _forget: Callable[[int], None] | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask the task to stop; its result or error is dropped either way."""
        self.token.cancel()
        if self._forget is not None:
            self._forget(self.id)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


@dataclass(eq=False)
class _Pending:
    handle: TaskHandle[Any]
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None


def _job(runner: TaskRunner, handle: TaskHandle[Any], fn: Callable[[Work], Any]) -> Callable[[], None]:
    """The callable a pool thread runs: calls fn and reports through the runner's thread-safe signals."""
    task_id = handle.id

    def progress(stage: str, done: int, total: int) -> None:
        if not handle.cancelled:
            runner._progress.emit(task_id, stage, done, total)

    def job() -> None:
        if handle.cancelled:
            return  # superseded or cancelled while queued: nothing to do, nothing to deliver
        try:
            result = fn(Work(progress=progress, cancel=handle.token))
        except Exception as exc:  # delivered to the UI thread, never raised in the worker
            runner._finished.emit(task_id, False, exc)
        else:
            runner._finished.emit(task_id, True, result)

    return job


class TaskRunner(QObject):
    """Owns the thread pools and every task in flight; lives on (and delivers to) the UI thread."""

    # Emitted from worker threads; the receiver lives on the UI thread, so Qt queues the call there.
    _finished = Signal(int, bool, object)
    _progress = Signal(int, str, int, int)
    # A task failed and had no on_error: (exception). The app shows it to the user.
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}
        self._by_key: dict[str, int] = {}
        self._pools: dict[str, ThreadPoolExecutor] = {
            name: ThreadPoolExecutor(max_workers=threads, thread_name_prefix=f"socialekaart-{name}")
            for name, threads in (("search", 1), ("general", max(2, min(8, os.cpu_count() or 2))))
        }
        self._futures: set[Future[None]] = set()
        self._finished.connect(self._deliver)
        self._progress.connect(self._deliver_progress)
        self._closed = False

    def run(
        self,
        fn: Callable[[Work], T],
        on_result: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        key: str | None = None,
        pool: PoolName = "general",
    ) -> TaskHandle[T]:
        """Run ``fn(work)`` off the UI thread; see the module docstring for the rules."""
        handle: TaskHandle[T] = TaskHandle(id=next(self._ids), key=key, _forget=self._forget)
        if self._closed:
            handle.cancel()
            return handle
        if key is not None:
            self.cancel_key(key)
        with self._lock:
            self._pending[handle.id] = _Pending(handle, on_result, on_error, on_progress)
            if key is not None:
                self._by_key[key] = handle.id
        future = self._pools[pool].submit(_job(self, handle, fn))
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._discard_future)
        return handle

    def _discard_future(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def cancel_key(self, key: str) -> None:
        """Cancel the running or queued task with this key, if any."""
        with self._lock:
            task_id = self._by_key.pop(key, None)
            pending = self._pending.get(task_id) if task_id is not None else None
        if pending is not None:
            self._cancel(pending)

    def cancel_all(self) -> None:
        """Cancel every task (queued tasks are dropped, running ones are asked to stop)."""
        with self._lock:
            pendings = list(self._pending.values())
            self._by_key.clear()
        for pending in pendings:
            self._cancel(pending)

    def _cancel(self, pending: _Pending) -> None:
        pending.handle.cancel()

    def _forget(self, task_id: int) -> None:
        # A queued task returns at once when it starts; a running one stops at its next work.step(). Either way
        # nothing is delivered, so it is forgotten now.
        with self._lock:
            pending = self._pending.pop(task_id, None)
            key = pending.handle.key if pending is not None else None
            if key is not None and self._by_key.get(key) == task_id:
                del self._by_key[key]

    def active_count(self) -> int:
        """Tasks submitted and neither delivered nor cancelled."""
        with self._lock:
            return len(self._pending)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until every submitted task has run (tests and shutdown only); True when all finished in time."""
        with self._lock:
            futures = set(self._futures)
        _done, not_done = wait_futures(futures, timeout=msecs / 1000)
        return not not_done

    def shutdown(self, msecs: int = 3000) -> bool:
        """Cancel everything and wait for running tasks; after this no callback is called any more."""
        self._closed = True
        self.cancel_all()
        ok = self.wait_for_done(msecs)
        for pool in self._pools.values():
            pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._pending.clear()
        return ok

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        with self._lock:
            pending = self._pending.pop(task_id, None)
            key = pending.handle.key if pending is not None else None
            if key is not None and self._by_key.get(key) == task_id:
                del self._by_key[key]
        if pending is None:
            return
        handle = pending.handle
        handle.done = True
        if handle.cancelled or self._closed:
            return
        if ok:
            if pending.on_result is not None:
                pending.on_result(payload)
            return
        if isinstance(payload, Cancelled):
            return
        assert isinstance(payload, BaseException)
        if pending.on_error is not None:
            pending.on_error(payload)
        else:
            log.error("background task failed", exc_info=payload)
            self.unhandled_error.emit(payload)

    @Slot(int, str, int, int)
    def _deliver_progress(self, task_id: int, stage: str, done: int, total: int) -> None:
        with self._lock:
            pending = self._pending.get(task_id)
        if pending is None or pending.handle.cancelled or pending.on_progress is None:
            return
        pending.on_progress(stage, done, total)
