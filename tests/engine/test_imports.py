"""What the engine loads: never Qt, and nltk without scipy.stats (which stays importable)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import desktop.engine
from tests.conftest import ROOT

ENGINE_MODULES = sorted(m.name for m in pkgutil.walk_packages(desktop.engine.__path__,
                                                              "desktop.engine."))


def test_every_engine_module_and_the_cli_summarising_the_seed_load_no_qt(seed_path):
    code = ("import importlib, sys, desktop.cli, desktop.engine.pipeline as p\n"
            f"for name in {ENGINE_MODULES!r}: importlib.import_module(name)\n"
            f"p.digest_path({str(seed_path)!r})\n"
            "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(len(qt), qt[:3])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 []"
    assert "desktop.engine.speakers.resolve" in ENGINE_MODULES


def test_reading_an_article_does_not_load_scipy_stats(seed_path):
    code = ("import sys; from desktop.engine.readers import read_path; "
            f"read_path({str(seed_path)!r}); "
            "assert 'scipy.stats' not in sys.modules, 'scipy.stats was loaded'; "
            "import scipy.stats; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
