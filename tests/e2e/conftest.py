"""A real X server (Xvfb) for end-to-end tests of the real program."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

from tests.conftest import HANG_S

TOOLS = ("Xvfb", "xdotool", "xclip")


@pytest.fixture
def x_display(tmp_path):
    """Start Xvfb on a free display; yields the DISPLAY string once a client can connect.

    The test fails (with what Xvfb said) if the server did not start or ended during it.
    """
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (make test installs them)")
    log = tmp_path / "xvfb.log"
    server, display = _start_xvfb(log)
    yield display
    ended = server.poll()
    server.terminate()
    server.wait(timeout=HANG_S)
    if ended is not None:  # a failure above may be only this
        pytest.fail(f"Xvfb {display} ended during the test (status {ended}): "
                    f"{log.read_text(errors='replace')[-2000:]}")


def _start_xvfb(log) -> tuple[subprocess.Popen, str]:
    """Xvfb on the first free display (it picks one and writes its number to a pipe)."""
    read_fd, write_fd = os.pipe()
    # -noreset: by default the server resets whenever its last client leaves (each xdotool
    # call, a Précis that quits), and a program connecting meanwhile may be refused ("could not
    # connect to display"): 9 in 300 connections on a quiet machine, none with -noreset.
    with open(log, "wb") as err:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-noreset",
             "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=err)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # written once the server accepts clients
    display = f":{number}"
    env = dict(os.environ, DISPLAY=display)
    if not number or server.poll() is not None or not output(["xdotool", "getmouselocation"],
                                                             env):
        server.kill()
        server.wait()
        pytest.fail(f"Xvfb did not start ({display or 'no display'}, status "
                    f"{server.returncode}): {log.read_text(errors='replace')[-2000:]}")
    return server, display


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
    """What a command prints, stripped; empty when it fails (or hangs, past HANG_S)."""
    try:
        result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=HANG_S)
    except subprocess.TimeoutExpired:
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def shown_titles(env: dict[str, str]) -> list[str]:
    """The titles of the windows on the screen, for a failure message to say what was seen."""
    found = output(["xdotool", "search", "--onlyvisible", "--name", ".", "getwindowname", "%@"],
                   env)
    return found.splitlines()


def wait_for(condition, timeout: float = HANG_S, interval: float = 0.2):
    """Poll `condition()` until it returns something truthy; returns it, or None on timeout.

    The timeout only keeps a hang from stopping the run: wait for the real event, never a time.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return None
