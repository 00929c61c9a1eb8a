"""Guards against Qt binding bugs that would crash the app on long articles."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextBlockFormat


def test_void_methods_keep_the_reference_to_none():
    """PySide6 6.12.0 lost a reference to None per void call; 1 MB articles then crashed."""
    block = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        block.setBottomMargin(3)
    assert sys.getrefcount(None) >= before - 50
