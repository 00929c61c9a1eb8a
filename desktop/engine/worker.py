"""One call in a forked child process, so that it runs on another core beside the caller's work.

Threads share the GIL: speakers and the summary, both pure Python, take turns on one core. A
forked child starts with the parent's memory (the article, the loaded word lists) at no copying
cost and sends back its result, pickled, through a pipe. A program forks only inside
`forking()`: the command line does, the window (whose Qt threads must not be forked) does not.
Outside it, where `os.fork` is missing or fails, where other Python threads run, or when the
child fails for any reason, the call runs in the caller instead, so its result or exception is
the same either way. The child is always waited for, or killed and waited for when the caller
leaves early: none outlives it.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")
# From this many characters of text, work is worth a child (on a short article the fork and the
# pickling cost more than the other core saves).
PARALLEL_FROM = 100_000
_allowed = False  # set by `forking()`


def worth_forking(characters: int) -> bool:
    """Whether work on a text of this length should go to a `Worker` (where one may fork)."""
    return _allowed and characters >= PARALLEL_FROM


@contextmanager
def forking() -> Iterator[None]:
    """Let `Worker`s fork child processes within the block (for a single-threaded program)."""
    global _allowed
    before, _allowed = _allowed, True
    try:
        yield
    finally:
        _allowed = before


class Worker(Generic[T]):
    """`fn(*args)` started in a child process; `result()` waits for it.

    Use as a context manager: leaving the block before `result()` (an exception in the caller's
    own work) kills the child and waits for it.
    """

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn, self._args = fn, args
        self._pid, self._pipe = _fork(fn, args)

    @property
    def forked(self) -> bool:
        """Whether a child process computes the result (False: `result()` computes it here)."""
        return self._pid is not None

    def result(self) -> T:
        """The child's result; computed here when there is no child or the child failed (an
        exception of `fn` is then raised here, as a plain call would raise it)."""
        data = b""
        if self._pid is not None:
            fd, self._pipe = self._pipe, -1  # the file object below closes it
            with os.fdopen(fd, "rb") as pipe:
                data = pipe.read()
            self._reap()
        if data:
            ok, value = pickle.loads(data)
            if ok:
                return value
        return self._fn(*self._args)

    def cancel(self) -> None:
        """Kill the child if it is still running, and wait for it."""
        if self._pid is not None:
            if self._pipe >= 0:
                os.close(self._pipe)
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had finished; it is reaped below
            self._reap()

    def _reap(self) -> None:
        pid, self._pid = self._pid, None
        os.waitpid(pid, 0)

    def __enter__(self) -> Worker[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.cancel()


def _fork(fn: Callable[..., Any], args: tuple) -> tuple[int | None, int]:
    """(child pid, read end of its pipe), or (None, -1) where no child can be started."""
    if not _allowed or not hasattr(os, "fork") or threading.active_count() > 1:
        return None, -1
    read_end, write_end = os.pipe()
    try:
        with warnings.catch_warnings():
            # Python 3.12 warns of forking beside threads other than Python's: numpy's BLAS
            # pool, idle and reset at fork by BLAS itself; the child runs pure Python.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None, -1
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(fn, args, write_end)
    os.close(write_end)
    return pid, read_end


def _child(fn: Callable[..., Any], args: tuple, out: int) -> None:
    """Compute, send (True, result) or nothing, and leave without running the parent's exit
    handlers or flushing its copied output buffers."""
    gc.disable()  # a short life: collecting cycles is wasted time
    try:
        data = pickle.dumps((True, fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(out, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: B036 - any failure: the parent computes it itself
        os._exit(1)
    os._exit(0)
