"""The standalone one-folder app (`make dist`): built and started only with PRECIS_TEST_DIST=1."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conftest import ROOT

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(os.environ.get("PRECIS_TEST_DIST") != "1",
                       reason="set PRECIS_TEST_DIST=1 to build the PyInstaller app (a minute)"),
]


def test_the_bundled_app_opens_the_sample_without_the_venv(tmp_path):
    build = subprocess.run(["make", "dist"], cwd=ROOT, capture_output=True, text=True,
                           timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    app = ROOT / "dist" / "precis" / "precis"
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}  # no venv, no PYTHONPATH
    result = subprocess.run([str(app), "--quit-after-load"], cwd="/", env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(timings) == {"first_paint_ms", "article_ready_ms", "summary_ready_ms",
                            "speakers_ready_ms", "max_stall_ms"}
