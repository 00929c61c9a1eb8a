"""A 1 MB article must not stall the window: the event loop keeps ticking while it is processed."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QTimer

WORDS = ("council minister river market school budget report police court storm energy "
         "farmers teachers museum hospital railway election harbour festival bridge").split()


def long_article(path, size: int = 1_050_000) -> None:
    """A synthetic news text of about `size` bytes, with quotes and speakers."""
    rng = random.Random(7)
    paragraphs, total, n = [], 0, 0
    while total < size:
        a, b, c = rng.sample(WORDS, 3)
        name = f"{rng.choice(['Anna', 'Marek', 'Lena', 'Tomas'])} {rng.choice(['Berg', 'Novak'])}"
        paragraph = (f"The {a} said on Monday that the {b} would open the {c} next year. "
                     f"\"We will finish the {b} on time,\" {name} said. "
                     f"Officials expect {n % 97 + 3} new {c} projects in the region.")
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
        n += 1
    path.write_text("Regional news digest\n\n" + "\n\n".join(paragraphs), encoding="utf-8")


def test_a_one_megabyte_article_keeps_the_window_responsive(qtbot, window, tmp_path):
    path = tmp_path / "long.txt"
    long_article(path)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    try:
        with qtbot.waitSignals([window.summary_shown, window.speakers_shown], timeout=120000):
            window.open_path(path)
        qtbot.waitUntil(window.view.is_typeset, timeout=30000)
    finally:
        timer.stop()
    assert window.view.toPlainText().startswith("Regional news digest")
    assert len(window.panel.key_sentences()) >= 3
    assert any("Berg" in label or "Novak" in label for label in window.panel.speaker_labels())
    worst = max(gaps)
    print(f"longest pause of the event loop: {worst * 1000:.0f} ms")
    # Measured here: about 0.3 s at worst (a worker inside one long C call holds the GIL).
    assert worst < 0.5, f"the event loop stalled for {worst * 1000:.0f} ms"
