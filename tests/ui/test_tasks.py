"""Tests of the background-work API (ui.tasks): results and errors arrive on the UI thread, stale work is dropped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from socialekaart.progress import Work
from socialekaart.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_is_delivered_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []
    worker_threads: list[bool] = []

    def fn(_work: Work) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return 42

    def on_result(value: int) -> None:
        seen.append((value, threading.current_thread() is threading.main_thread()))

    runner.run(fn, on_result)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads == [False]
    assert runner.active_count() == 0


def test_error_goes_to_on_error(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def boom(_work: Work) -> None:
        raise ValueError("kapot")

    runner.run(boom, on_result=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_error_without_handler_is_signalled(qtbot: QtBot, runner: TaskRunner) -> None:
    def boom(_work: Work) -> None:
        raise RuntimeError("x")

    with qtbot.waitSignal(runner.unhandled_error, timeout=3000) as blocker:
        runner.run(boom)
    assert isinstance(blocker.args[0], RuntimeError)


def test_newer_task_with_same_key_supersedes_older(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    results: list[str] = []
    started: list[str] = []

    def slow(work: Work) -> str:
        started.append("slow")
        release.wait(2)
        work.cancel.raise_if_cancelled()
        return "stale"

    def queued(_work: Work) -> str:
        started.append("queued")
        return "also stale"

    first = runner.run(slow, results.append, key="search", pool="search")
    qtbot.waitUntil(lambda: started == ["slow"])
    second = runner.run(queued, results.append, key="search", pool="search")
    third = runner.run(lambda _w: "fresh", results.append, key="search", pool="search")
    assert first.cancelled and second.cancelled and not third.cancelled
    release.set()
    qtbot.waitUntil(lambda: results == ["fresh"])
    runner.wait_for_done()
    qtbot.wait(50)
    assert results == ["fresh"]
    assert "queued" not in started  # the superseded queued task never ran its function


def test_result_of_a_cancelled_task_is_dropped_even_if_it_finishes(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    results: list[str] = []
    handle = runner.run(lambda _w: (release.wait(2), "late")[1], results.append)
    handle.cancel()
    release.set()
    runner.wait_for_done()
    qtbot.wait(50)
    assert results == []
    assert runner.active_count() == 0


def test_different_keys_do_not_interfere(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[str] = []
    runner.run(lambda _w: "a", results.append, key="a")
    runner.run(lambda _w: "b", results.append, key="b")
    qtbot.waitUntil(lambda: sorted(results) == ["a", "b"])


def test_progress_arrives_on_ui_thread_and_cancel_stops_work(qtbot: QtBot, runner: TaskRunner) -> None:
    progress: list[tuple[str, int, int]] = []
    reached: list[int] = []

    def long(work: Work) -> str:
        for i in range(1000):
            work.step("bezig", i, 1000)
            reached.append(i)
            time.sleep(0.002)
        return "klaar"

    handle = runner.run(long, on_progress=lambda *a: progress.append(a))
    qtbot.waitUntil(lambda: len(progress) >= 3)
    handle.cancel()
    runner.wait_for_done()
    assert len(reached) < 1000
    assert progress[0] == ("bezig", 0, 1000)


def test_shutdown_cancels_and_blocks_new_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[int] = []
    runner.run(lambda w: (time.sleep(0.05), w.cancel.raise_if_cancelled(), 1)[2], results.append)
    assert runner.shutdown()
    later = runner.run(lambda _w: 2, results.append)
    assert later.cancelled
    qtbot.wait(50)
    assert results == []


def test_thousands_of_tasks_do_not_crash(qtbot: QtBot, runner: TaskRunner) -> None:
    """With PySide6 6.12.0 on Python 3.11 every delivery used to cost None a reference; this ran out after ~4,000."""
    results: list[int] = []
    for i in range(6000):
        runner.run(lambda _w, i=i: i, results.append)
    assert runner.wait_for_done(20000)
    qtbot.waitUntil(lambda: len(results) == 6000, timeout=20000)
