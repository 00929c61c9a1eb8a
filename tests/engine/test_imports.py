"""Start-up cost: the engine loads nltk without scipy.stats, which stays importable."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_reading_an_article_does_not_load_scipy_stats(seed_path):
    code = ("import sys; from desktop.engine.readers import read_path; "
            f"read_path({str(seed_path)!r}); "
            "assert 'scipy.stats' not in sys.modules, 'scipy.stats was loaded'; "
            "import scipy.stats; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
