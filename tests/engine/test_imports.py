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


def test_reading_clean_text_does_not_load_ftfy(seed_path):
    """ftfy (~40 ms to import) is loaded only for a line that shows a sign of mojibake."""
    code = ("import sys; from desktop.engine.readers import read_bytes, read_path; "
            f"read_path({str(seed_path)!r}); clean = 'ftfy' not in sys.modules; "
            "read_bytes('â€œWe will,â€\\x9d Ruiz said.'.encode(), name='a.txt'); "
            "print(clean, 'ftfy' in sys.modules)")
    assert fresh_python(code) == "True True"


def test_summarising_the_seed_loads_neither_pycountry_nor_requests(seed_path):
    # sumy's name normalisation would load pycountry's ISO database (~0.1 s) and requests.
    code = ("import sys; from desktop.engine.readers import read_path; "
            "from desktop.engine.summary import summarize; "
            f"summarize(read_path({str(seed_path)!r})); "
            "print(sorted(m for m in ('pycountry', 'requests') if m in sys.modules))")
    assert fresh_python(code) == "[]"


def test_summarising_the_seed_loads_no_speaker_finder(seed_path):
    # The window shows the summary first: the speakers' modules load on their own thread.
    code = ("import sys; from desktop.engine.readers import read_path; "
            "from desktop.engine.summary import summarize; "
            f"summarize(read_path({str(seed_path)!r})); "
            "print(sorted(m for m in sys.modules if m.startswith('desktop.engine.speakers')))")
    assert fresh_python(code) == "[]"


def test_the_window_module_loads_no_nlp_before_the_article_is_painted():
    code = ("import sys; import desktop.ui.main_window, desktop.engine.preview; "
            "print(sorted(m for m in ('nltk', 'numpy', 'scipy', 'sumy', 'wordfreq') "
            "if m in sys.modules))")
    assert fresh_python(code, QT_QPA_PLATFORM="offscreen") == "[]"


def test_the_window_module_loads_no_speaker_finder_or_export_before_the_article_is_painted():
    code = ("import sys; import desktop.ui.main_window, desktop.engine.preview; "
            "print(sorted(m for m in ('desktop.engine.speakers', 'desktop.engine.export', "
            "'desktop.engine.pipeline') if m in sys.modules))")
    assert fresh_python(code, QT_QPA_PLATFORM="offscreen") == "[]"


def test_digesting_the_seed_runs_no_nltk_package_import_and_nltk_stays_whole(seed_path):
    # Punkt, the word tokenizer and Snowball load under placeholders that are gone afterwards.
    code = ("import sys, desktop.engine.pipeline as p\n"
            f"d = p.digest_path({str(seed_path)!r})\n"
            "print(sorted(m for m in ('nltk', 'nltk.corpus', 'nltk.parse') if m in sys.modules))\n"
            "import nltk, nltk.stem.snowball as s\n"
            "print(s.EnglishStemmer().stem('running'), nltk.corpus.__name__, len(d.speakers) > 0,"
            " nltk.tokenize.punkt.PunktSentenceTokenizer.__name__)")
    assert fresh_python(code).splitlines() == ["[]", "run nltk.corpus True PunktSentenceTokenizer"]


def test_the_quick_nltk_modules_are_nltks_own_code(seed_path):
    code = ("from desktop.engine.nltk_import import QUICK, nltk_module\n"
            "quick = [nltk_module(n) for n in QUICK]\n"
            "import importlib, nltk\n"
            "real = [importlib.import_module(n) for n in QUICK]\n"
            "print(all(q is not r and q.__file__ == r.__file__ for q, r in zip(quick, real)))")
    assert fresh_python(code) == "True"


def test_with_nltk_already_imported_its_own_modules_are_used():
    code = ("import sys, nltk\n"
            "from desktop.engine.nltk_import import QUICK, nltk_module\n"
            "print(all(nltk_module(n) is sys.modules[n] for n in QUICK))")
    assert fresh_python(code) == "True"


def test_the_default_summary_of_the_seed_imports_neither_numpy_nor_scipy(seed_path):
    # The Précis ranker sums its sparse products in plain Python (numpy: ~0.04-0.1 s to import,
    # scipy.sparse ~0.1 s more); the other algorithms still use them.
    code = ("import sys, desktop.engine.pipeline as p\n"
            f"p.digest_path({str(seed_path)!r})\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'scipy')))\n"
            f"p.digest_path({str(seed_path)!r}, algorithm='lexrank')\n"
            "print('numpy' in sys.modules, 'scipy.sparse' in sys.modules)")
    assert fresh_python(code).splitlines() == ["[]", "True True"]
