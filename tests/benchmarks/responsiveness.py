"""Responsiveness: the window's longest event-loop pause on a 1 MB article, and speakers' speed.

usage: QT_QPA_PLATFORM=offscreen python tests/benchmarks/responsiveness.py
Prints numbers beside their anchors (a bare 10 ms timer's own gaps; the seed's speakers cold and
warm); asserts nothing: these machines are shared and noisy.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.engine.readers import build_article, read_path  # noqa: E402
from desktop.engine.speakers import find_speakers  # noqa: E402
from desktop.paths import seed_article  # noqa: E402
from desktop.ui import tasks  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import Settings  # noqa: E402
from tests.long_article import write_long_article  # noqa: E402


def gaps_while(start, done_signals, limit_s: float = 300.0) -> list[float]:
    """Gaps (s) between ticks of a 10 ms timer from `start()` until every signal has fired."""
    gaps, last, waiting = [], [time.perf_counter()], set(range(len(done_signals)))
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def fired(i: int) -> None:
        waiting.discard(i)
        if not waiting:
            loop.quit()

    for i, signal in enumerate(done_signals):
        signal.connect(lambda *_, i=i: fired(i))
    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(int(limit_s * 1000), loop.quit)
    start()
    loop.exec()
    timer.stop()
    return gaps


def window_pauses(path: Path) -> tuple[float, float]:
    """Longest and median pause (ms) while the window opens `path` until all is shown."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "b.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.show()
        shown = [window.summary_shown, window.speakers_shown, window.view.typeset_finished]
        gaps = gaps_while(lambda: window.open_path(path), shown)
        window.close()
    return max(gaps) * 1000, statistics.median(gaps) * 1000


class _Alarm(QObject):
    rang = Signal()


def idle_pauses(seconds: float = 1.0) -> tuple[float, float]:
    """The anchor: the same timer's gaps in an idle event loop."""
    alarm = _Alarm()
    gaps = gaps_while(lambda: QTimer.singleShot(int(seconds * 1000), alarm.rang.emit),
                      [alarm.rang])
    return max(gaps) * 1000, statistics.median(gaps) * 1000


def speakers_ms() -> tuple[float, float, float]:
    """Speakers of the seed cold and warm, and of the seed repeated to 1 MB (ms)."""
    seed = read_path(seed_article())
    t0 = time.perf_counter()
    find_speakers(seed)
    t1 = time.perf_counter()
    find_speakers(seed)
    t2 = time.perf_counter()
    paragraphs = seed.text.split("\n\n") * (1_000_000 // len(seed.text) + 1)
    big = build_article(paragraphs)
    t3 = time.perf_counter()
    find_speakers(big)
    t4 = time.perf_counter()
    return (t1 - t0) * 1000, (t2 - t1) * 1000, (t4 - t3) * 1000


if __name__ == "__main__":
    app = QApplication(sys.argv)
    tasks.set_up()
    with tempfile.TemporaryDirectory() as tmp:
        long_path = write_long_article(Path(tmp) / "long.txt")
        idle = idle_pauses()
        seed = window_pauses(seed_article())
        long = window_pauses(long_path)
    cold, warm, mega = speakers_ms()
    print(f"{'event loop, 10 ms timer':34s}{'longest ms':>12s}{'median ms':>12s}")
    print(f"{'idle window (anchor)':34s}{idle[0]:12.0f}{idle[1]:12.1f}")
    print(f"{'opening the seed':34s}{seed[0]:12.0f}{seed[1]:12.1f}")
    print(f"{'opening a 1 MB article':34s}{long[0]:12.0f}{long[1]:12.1f}")
    print(f"speakers: seed {cold:.1f} ms cold, {warm:.1f} ms warm; 1 MB {mega:.0f} ms")
