"""Shared fixtures: headless Qt, the seed article, the evaluation corpus when it is present."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The engine keeps data it can rebuild (the word-frequency index) in the user's cache: the tests,
# and the programs they start, use a folder of their own and never the real home's.
_CACHE = tempfile.TemporaryDirectory(prefix="precis-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE.name

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_6061ad9377617fa6.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the evaluation corpus (../shared/corpus) is not present")
    return CORPUS
