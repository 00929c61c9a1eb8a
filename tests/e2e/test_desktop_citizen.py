"""As a desktop does it: install the entry, double-click (`gio open`) an article, open a second
one from a terminal into the same window, and read the copied summary from another program."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest

from desktop import DESKTOP_FILE_NAME
from tests.conftest import HANG_S, ROOT
from tests.e2e.conftest import app_env, output, shown_titles, wait_for

pytestmark = pytest.mark.e2e

HARBOUR = ("Harbour reopens after storm\n\nThe harbour reopened on Tuesday after the storm. "
           "Fishing boats returned at dawn. \"It feels like home,\" said Tom Reed, a skipper. "
           "Officials said repairs cost two million pounds.\n")
LIBRARY = ("Library plans approved\n\nThe council met on Monday to approve the new library. "
           "Residents asked for longer opening hours. \"We want a place to read,\" said Mia "
           "Park, a teacher. Builders expect to finish in spring.\n")
# Each format's heading over the quoted speakers.
SPEAKERS = {"text/plain": "Quoted speakers:", "text/html": "<h2>Quoted speakers</h2>",
            "text/markdown": "## Quoted speakers"}


def _window(title: str, env: dict[str, str]) -> str:
    found = output(["xdotool", "search", "--onlyvisible", "--name", title], env)
    return found.split()[0] if found else ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(not shutil.which("gio"), reason="needs gio (libglib2.0-bin; make test)")
def test_double_click_then_a_second_launch_lands_in_the_same_window(x_display, tmp_path):
    env = app_env(x_display, tmp_path, XDG_DATA_HOME=str(tmp_path / "data"),
                  XDG_DATA_DIRS="/usr/share")
    harbour, library = tmp_path / "harbour.txt", tmp_path / "library.txt"
    harbour.write_text(HARBOUR, encoding="utf-8")
    library.write_text(LIBRARY, encoding="utf-8")
    launcher = [sys.executable, "-m", "desktop"]
    subprocess.run([*launcher, "--install-desktop"], env=env, check=True, timeout=HANG_S)
    # The person picks Précis for text files ("Open with" › Always); installing did not.
    subprocess.run(["gio", "mime", "text/plain", f"{DESKTOP_FILE_NAME}.desktop"], env=env,
                   check=True, capture_output=True, timeout=HANG_S)
    subprocess.run(["gio", "open", str(harbour)], env=env, check=True, timeout=HANG_S)
    window = wait_for(lambda: _window("Harbour reopens.*Précis", env))
    assert window, f"double-clicking the article showed no Précis window: {shown_titles(env)}"
    pid = int(output(["xdotool", "getwindowpid", window], env))
    try:
        second = subprocess.run([*launcher, str(library)], env=env, capture_output=True,
                                text=True, timeout=HANG_S)
        assert second.returncode == 0 and "Traceback" not in second.stderr, second.stderr
        assert wait_for(lambda: _window("Library plans.*Précis", env)) == window, (
            f"the second launch's article is not in the first window: {shown_titles(env)}")
        assert output(["xdotool", "search", "--onlyvisible", "--name", "Précis"], env) == window, (
            f"more than one Précis window: {shown_titles(env)}")
        formats = wait_for(lambda: _copied(window, env), interval=0.5)
        assert formats, "Ctrl+Shift+C never put the whole summary on the X clipboard: " \
            + output(["xclip", "-o", "-selection", "clipboard"], env)[:500]
        assert formats["text/markdown"].startswith("# Library plans approved")
        assert "Mia Park" in formats["text/html"].split(SPEAKERS["text/html"])[1]
        assert f"Source: {library}" in formats["text/plain"]
        _screenshot_open_recent(window, env)
        output(["xdotool", "key", "Escape", "Escape"], env)
        output(["xdotool", "windowfocus", "--sync", window], env)
        output(["xdotool", "key", "ctrl+q"], env)
        assert wait_for(lambda: not _alive(pid)), f"Ctrl+Q did not quit: {shown_titles(env)}"
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGTERM)
    _relaunch_then_a_new_window(launcher, env, harbour)


def _relaunch_then_a_new_window(launcher: list[str], env: dict[str, str], harbour) -> None:
    """Started without a file, Précis shows the last article; --new-window opens another.

    Their standard error is the test's: a failure report shows what they said."""
    apps = [subprocess.Popen(launcher, env=env, stdout=subprocess.DEVNULL)]
    try:
        window = wait_for(lambda: _window("Library plans.*Précis", env))
        assert window, ("started without a file, Précis did not reopen the last article: "
                        f"{shown_titles(env)}")
        apps.append(subprocess.Popen([*launcher, "--new-window", str(harbour)], env=env,
                                     stdout=subprocess.DEVNULL))
        assert wait_for(lambda: _window("Harbour reopens.*Précis", env)), (
            f"--new-window showed no window of its own: {shown_titles(env)}")
        assert _window("Library plans.*Précis", env) == window
        assert apps[1].poll() is None, "--new-window handed its file over instead"
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=HANG_S)


def _copied(window: str, env: dict[str, str]) -> dict[str, str] | None:
    """Press Ctrl+Shift+C in the window; the three formats once speakers are in them too (the
    speakers arrive after the key sentences, which may quote the same person)."""
    output(["xdotool", "windowfocus", "--sync", window], env)
    output(["xdotool", "key", "ctrl+shift+c"], env)
    formats = {kind: output(["xclip", "-o", "-selection", "clipboard", "-t", kind], env)
               for kind in SPEAKERS}
    return formats if all(SPEAKERS[kind] in text for kind, text in formats.items()) else None


def _screenshot_open_recent(window: str, env: dict[str, str]) -> None:
    """File › Open Recent, open, in screenshots/ (for a person to look at)."""
    if not shutil.which("import"):
        return
    output(["xdotool", "windowfocus", "--sync", window], env)
    output(["xdotool", "key", "alt+f"], env)
    output(["xdotool", "key", "r"], env)
    shot = ROOT / "screenshots" / "e2e-open-recent.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True,
                   timeout=HANG_S)
