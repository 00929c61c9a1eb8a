"""A real X server (Xvfb) for end-to-end tests of the real program."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

TOOLS = ("Xvfb", "xdotool", "xclip")


@pytest.fixture
def x_display(tmp_path):
    """Start Xvfb on a free display; yields the DISPLAY string."""
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (make test installs them)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def app_env(display: str, home, **extra: str) -> dict[str, str]:
    """The environment of a Précis started on `display` with its home (and runtime dir) in
    `home`, importing this checkout."""
    from tests.conftest import ROOT

    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_RUNTIME_DIR=str(home / "run"),
               PYTHONPATH=str(ROOT), **extra)
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def output(args: list[str], env: dict[str, str]) -> str:
    """What a command prints, stripped; empty when it fails."""
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=30)
    return result.stdout.strip() if result.returncode == 0 else ""


def wait_for(condition, timeout: float, interval: float = 0.2):
    """Poll `condition()` until it returns something truthy; returns it, or None on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return None
