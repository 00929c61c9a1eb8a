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
# Tests wait for an event (a signal, a window title, a process's exit); the timeout only keeps a
# hang from stopping the run. It is no speed limit: CI beside other jobs on two cores can take
# many times as long as a quiet machine, and a test that fails by chance there costs a session.
HANG_S = 300
HANG_MS = HANG_S * 1000


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the evaluation corpus (../shared/corpus) is not present")
    return CORPUS
