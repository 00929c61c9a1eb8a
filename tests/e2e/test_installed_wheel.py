"""The app as people install it: the wheel in a fresh virtual environment, run from elsewhere.

Builds the wheel, installs it (with its dependencies, from pip's cache when warm) into a new
venv without the system's site-packages, and runs both commands from outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.e2e


# Left by builds, virtual environments and tools: not part of the source a wheel is built from.
_NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
               ".pytest_cache", ".ruff_cache", "screenshots")
_RESOURCE_DATA = ("*.txt", "*.svg", "*.png", "*.desktop")  # pyproject's package-data


def _resource_files() -> set[str]:
    return {p.name for pattern in _RESOURCE_DATA for p in (ROOT / "resources").glob(pattern)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The bin/ folder of a fresh venv with the freshly built wheel installed."""
    where = tmp_path_factory.mktemp("wheel")
    # pip builds in the source tree, and setuptools' build/lib keeps files since deleted from
    # the checkout, so the wheel is built from a copy without it (the checkout stays unwritten).
    source = shutil.copytree(ROOT, where / "source", ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                            "--wheel-dir", str(where / "dist"), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    (wheel,) = (where / "dist").glob("precis_reader-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"desktop/seeds/{SEED.name}" in names and "desktop/engine/summary/__init__.py" in names
    shipped = {n.removeprefix("desktop/resources/") for n in names
               if n.startswith("desktop/resources/") and n != "desktop/resources/__init__.py"}
    assert shipped == _resource_files(), "the wheel's resources/ differ from the checkout's"
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                              str(wheel)], capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    return venv / "bin"


def _env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def test_precis_summarize_reads_the_installed_seed_from_root(installed, tmp_path):
    result = subprocess.run([str(installed / "precis-summarize"), "--format", "json", str(SEED)],
                            cwd="/", env=_env(tmp_path), capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["title"].startswith("Kazakh President") and out["speakers"]


def test_precis_opens_the_installed_sample_and_quits(installed, tmp_path):
    result = subprocess.run([str(installed / "precis"), "--quit-after-load"], cwd="/",
                            env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(timings) == {"first_paint_ms", "article_ready_ms", "summary_ready_ms",
                            "speakers_ready_ms", "max_stall_ms"}


def test_install_desktop_points_at_the_installed_launcher(installed, tmp_path):
    env = _env(tmp_path)
    result = subprocess.run([str(installed / "precis"), "--install-desktop"], cwd="/", env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "data" / "applications" / "io.github.precis.Precis.desktop"
    assert f"Exec={installed / 'precis'} %F" in entry.read_text("utf-8").splitlines()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    result = subprocess.run([str(installed / "precis"), "--uninstall-desktop"], cwd="/", env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and not entry.exists()
