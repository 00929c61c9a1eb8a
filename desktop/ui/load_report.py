"""`precis --quit-after-load`: start-up timings and the longest stall of the event loop."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 10
MARKS = ("first_paint_ms", "article_ready_ms", "summary_ready_ms", "speakers_ready_ms")


class StallMeter(QObject):
    """A 10 ms timer; the longest gap between its ticks is how long the window did not respond."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """Stop and return the longest gap in ms (the gap up to now included)."""
        self._tick()
        self.timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now


def report_when_loaded(app, window, started: float) -> None:
    """Print the timings as JSON once article, summary and speakers are all on screen, then
    close the window as a person would (settings are saved) and quit.

    `max_stall_ms` is measured from the first paint (when there is a window to respond) to the
    moment everything is ready.
    """
    marks: dict[str, float] = {}
    meter = StallMeter(window)

    def mark(name: str) -> None:
        marks.setdefault(name, (time.perf_counter() - started) * 1000)
        if name == "first_paint_ms" and not meter.timer.isActive():
            meter.start()
        if all(k in marks for k in MARKS):
            result = {k: round(marks[k], 1) for k in MARKS}
            result["max_stall_ms"] = round(meter.stop(), 1)
            print(json.dumps(result), flush=True)
            window.close()
            app.exit(0)

    def failed(message: str) -> None:
        print(f"precis: {message}", file=sys.stderr, flush=True)
        app.exit(1)

    window.view.first_painted.connect(lambda: mark("first_paint_ms"))
    window.view.article_painted.connect(lambda: mark("article_ready_ms"))
    window.summary_shown.connect(lambda: mark("summary_ready_ms"))
    window.speakers_shown.connect(lambda: mark("speakers_ready_ms"))
    window.error_shown.connect(failed)
