"""The one path to background work: a function on QThreadPool, its result on the GUI thread."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_pending: set[_Task] = set()
# Workers share the GIL with the GUI thread; a short switch interval (default 5 ms) lets the GUI
# thread back in sooner while a worker runs pure-Python NLP.
GIL_SWITCH_INTERVAL = 0.0005


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # every failure must reach on_error, as a sentence
            log.debug("background task failed:\n%s", traceback.format_exc())
            self._emit(self.relay.failed, error)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the relay was deleted (the app is quitting): nobody to tell
            log.debug("background task finished after its receiver was deleted")


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run `fn()` on the global thread pool; call `on_done(result)` or `on_error(exception)` on
    the GUI thread. Workers never touch widgets: only the callbacks do."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    task = _Task(fn)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(task)
        callback(value)

    task.relay.done.connect(lambda result: finish(on_done, result))
    task.relay.failed.connect(lambda error: finish(on_error, error))
    _pending.add(task)
    QThreadPool.globalInstance().start(task)


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until every queued task has finished (used on quit so no worker outlives the app)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
