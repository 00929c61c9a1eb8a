"""Guards against Qt binding bugs that would crash the app on long articles."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextBlockFormat


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None is immortal from Python 3.12: its reference count cannot drop")
def test_void_methods_keep_the_reference_to_none():
    """PySide6 6.12.0 lost a reference to None per void call; 1 MB articles then crashed."""
    block = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        block.setBottomMargin(3)
    assert sys.getrefcount(None) >= before - 50
