"""What the engine loads: never Qt, and nltk without scipy.stats (which stays importable)."""

from __future__ import annotations

import pkgutil

import desktop.engine
from tests.fresh_python import fresh_python

ENGINE_MODULES = sorted(m.name for m in pkgutil.walk_packages(desktop.engine.__path__,
                                                              "desktop.engine."))


def test_every_engine_module_and_the_cli_summarising_the_seed_load_no_qt(seed_path):
    code = ("import importlib, sys, desktop.cli, desktop.engine.pipeline as p\n"
            f"for name in {ENGINE_MODULES!r}: importlib.import_module(name)\n"
            f"p.digest_path({str(seed_path)!r})\n"
            "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(len(qt), qt[:3])")
    assert fresh_python(code) == "0 []"
    assert "desktop.engine.speakers.resolve" in ENGINE_MODULES


def test_reading_an_article_does_not_load_scipy_stats(seed_path):
    code = ("import sys; from desktop.engine.readers import read_path; "
            f"read_path({str(seed_path)!r}); "
            "assert 'scipy.stats' not in sys.modules, 'scipy.stats was loaded'; "
            "import scipy.stats; print('ok')")
    assert fresh_python(code) == "ok"


def test_summarising_the_seed_loads_neither_pycountry_nor_requests(seed_path):
    # sumy's name normalisation would load pycountry's ISO database (~0.1 s) and requests.
    code = ("import sys; from desktop.engine.readers import read_path; "
            "from desktop.engine.summary import summarize; "
            f"summarize(read_path({str(seed_path)!r})); "
            "print(sorted(m for m in ('pycountry', 'requests') if m in sys.modules))")
    assert fresh_python(code) == "[]"


def test_the_window_module_loads_no_nlp_before_the_article_is_painted():
    code = ("import sys; import desktop.ui.main_window, desktop.engine.preview; "
            "print(sorted(m for m in ('nltk', 'numpy', 'scipy', 'sumy', 'wordfreq') "
            "if m in sys.modules))")
    assert fresh_python(code, QT_QPA_PLATFORM="offscreen") == "[]"
