"""NLTK, imported without the scipy.stats it loads for collocation measures Précis never uses.

nltk's `metrics.association` imports `scipy.stats` (about 0.5 s here, half of a cold start)
and falls back to a stub when that import fails. Import this module before any other import
of nltk; the block is lifted again at once, so scipy.stats stays importable for anyone else.
"""

from __future__ import annotations

import importlib
import sys


def import_nltk_quickly() -> None:
    """Import nltk with `scipy.stats` blocked, unless either is imported already."""
    blocked = "nltk" not in sys.modules and "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("nltk")
    finally:
        if blocked and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


import_nltk_quickly()
