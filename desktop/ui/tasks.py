"""The one path to background work: a function on QThreadPool, its result on the GUI thread."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pending: set[_Relay] = set()
# Workers share the GIL with the GUI thread; a short switch interval (default 5 ms) lets the GUI
# thread back in sooner while a worker runs pure-Python NLP. Set once, at start-up.
GIL_SWITCH_INTERVAL = 0.0005


def set_up() -> None:
    """Process-wide settings for background work; the application calls this once at start."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)


class _Relay(QObject):
    """Lives on the GUI thread; carries one worker's outcome there (queued) and then lets go.

    It holds the callbacks, not the task, so nothing refers back to the work once it is
    delivered: the function, its arguments and its result can all be collected.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._callbacks: tuple[Callable[[Any], None], Callable[[BaseException], None]] | None = (
            on_done, on_error)
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._deliver(0, result)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._deliver(1, error)

    def _deliver(self, which: int, value: Any) -> None:
        callbacks, self._callbacks = self._callbacks, None
        _pending.discard(self)
        self.deleteLater()
        if callbacks is not None:
            callbacks[which](value)


class _Task(QRunnable):
    """Runs `fn` once on a pool thread and drops it as soon as it has run."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self.relay = relay

    def run(self) -> None:
        fn, self.fn = self.fn, None
        relay = self.relay
        try:
            result = fn()
        except Exception as error:  # every failure must reach on_error, as a sentence
            log.debug("background task failed:\n%s", traceback.format_exc())
            _emit(relay.failed, error)
        else:
            _emit(relay.done, result)
        finally:
            del fn


def _emit(signal, value: Any) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the relay was deleted (the app is quitting): nobody to tell
        log.debug("background task finished after its receiver was deleted")


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    """Run `fn()` on the global thread pool; call `on_done(result)` or `on_error(exception)` on
    the GUI thread. Workers never touch widgets: only the callbacks do.

    With `owner` (the widget the callbacks update), the outcome is dropped if the owner has
    been deleted by then: a slow job must not reach a window that is gone.
    """
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    if owner is not None:
        relay.setParent(owner)  # deleted with it; Qt drops a queued outcome for it
        relay.destroyed.connect(partial(_pending.discard, relay))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def pending() -> int:
    """Jobs started whose outcome has not been delivered yet."""
    return len(_pending)


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until every queued task has finished (used on quit so no worker outlives the app)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
