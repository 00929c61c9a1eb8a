"""Background jobs: results arrive on the GUI thread, and nothing of a job outlives it."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication

from desktop.ui import jobs, tasks
from desktop.ui.main_window import MainWindow
from tests.conftest import HANG_MS, HANG_S
from tests.ui.conftest import open_and_wait


class Payload:
    """Something a job returns, that a weak reference can watch."""


def test_a_finished_jobs_result_and_function_are_collected(qtbot):
    made: list[weakref.ref] = []
    received: list[str] = []

    def job() -> Payload:
        result = Payload()
        made.append(weakref.ref(result))
        return result

    tasks.run(job, lambda result: received.append(type(result).__name__), received.append)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=HANG_MS)
    gc.collect()
    assert received == ["Payload"]
    assert made[0]() is None


def test_a_failure_reaches_on_error_as_the_exception(qtbot):
    errors: list[BaseException] = []

    def job() -> None:
        raise ValueError("no such article")

    tasks.run(job, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=HANG_MS)
    assert [str(e) for e in errors] == ["no such article"]


def test_an_article_no_longer_shown_is_freed(qtbot, window, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("First story\n\nThe first story has a sentence. It has another one too.\n")
    second.write_text("Second story\n\nThe second story is shorter. It ends here.\n")
    open_and_wait(qtbot, window, first)
    shown = weakref.ref(window._article)
    open_and_wait(qtbot, window, second)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=HANG_MS)
    gc.collect()
    assert shown() is None, gc.get_referrers(shown())


def test_running_jobs_leaves_the_switch_interval_alone(qtbot):
    """The interval is process-wide: set once at start-up (`tasks.set_up`), never per job."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.004)
    try:
        release = threading.Event()
        tasks.run(release.wait, lambda _r: None, lambda _e: None)
        release.set()
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=HANG_MS)
        assert sys.getswitchinterval() == 0.004
    finally:
        sys.setswitchinterval(before)


def test_a_window_deleted_while_its_jobs_run_gets_none_of_their_results(qtbot, settings,
                                                                        seed_path, monkeypatch):
    """Seen under load: a test's window deleted before its speakers arrived, and the result
    reached the deleted widgets in the next test ('Internal C++ object already deleted')."""
    release = threading.Event()
    real = jobs.quoted_speakers
    monkeypatch.setattr(jobs, "quoted_speakers",
                        lambda article: real(article) if release.wait(HANG_S) else None)
    window = MainWindow(settings)
    with qtbot.waitSignal(window.summary_shown, timeout=HANG_MS):
        window.open_path(seed_path)
    shiboken6.delete(window)  # as pytest-qt does with a test's widgets when it ends
    release.set()
    assert tasks.wait_for_all(HANG_MS)  # the speakers are found and sent (to nobody)
    QCoreApplication.processEvents()  # where they would be delivered
    assert tasks.pending() == 0
