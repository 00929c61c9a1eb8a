"""The real program under Xvfb: open the seed, press Ctrl+Shift+C, read the X clipboard."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import HANG_S, ROOT, SEED
from tests.e2e.conftest import app_env, output, shown_titles, wait_for

pytestmark = pytest.mark.e2e


def test_copy_summary_reaches_the_real_x_clipboard(x_display, tmp_path):
    env = app_env(x_display, tmp_path)
    app = subprocess.Popen([sys.executable, "-m", "desktop", str(SEED)], env=env, cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        title = "000_6061ad9377617fa6.*Précis"  # no headline: the window is named by the file
        window = wait_for(lambda: output(["xdotool", "search", "--name", title], env))
        assert window, f"no Précis window with the seed article: {shown_titles(env)}"
        window = window.split()[0]

        def copied() -> str:
            output(["xdotool", "windowfocus", "--sync", window], env)
            output(["xdotool", "key", "ctrl+shift+c"], env)
            text = output(["xclip", "-o", "-selection", "clipboard"], env)
            # the speakers arrive separately from the summary: wait for both, as a reader would
            return text if "Key sentences:" in text and "Quoted speakers:" in text else ""

        text = wait_for(copied, interval=0.5)
        assert text, "Ctrl+Shift+C never put the summary on the X clipboard: " \
            + output(["xclip", "-o", "-selection", "clipboard"], env)[:500]
        assert text.startswith("000_6061ad9377617fa6.txt (2022-01-09)")  # no headline: its name
        for name in ("Xi Jinping", "Tokayev", "Feng Shaolei"):
            assert name in text
        targets = output(["xclip", "-o", "-selection", "clipboard", "-t", "TARGETS"], env)
        assert "text/html" in targets.split()
        html = output(["xclip", "-o", "-selection", "clipboard", "-t", "text/html"], env)
        assert "<li>" in html
        if shutil.which("import"):
            shot = ROOT / "screenshots" / "e2e-seed.png"
            shot.parent.mkdir(exist_ok=True)
            subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True,
                           timeout=HANG_S)
            assert shot.stat().st_size > 10_000
        assert app.poll() is None, "the app exited while being used"
        output(["xdotool", "windowfocus", "--sync", window], env)
        output(["xdotool", "key", "ctrl+q"], env)
        assert wait_for(lambda: app.poll() is not None), f"Ctrl+Q did not quit: {shown_titles(env)}"
        assert app.returncode == 0
    finally:
        if app.poll() is None:
            app.terminate()
        out, err = app.communicate(timeout=HANG_S)
    assert "Traceback" not in err, err


def test_quit_after_load_prints_timings_on_a_real_screen(x_display, tmp_path):
    env = app_env(x_display, tmp_path)
    result = subprocess.run([sys.executable, "-m", "desktop", "--quit-after-load"], env=env,
                            capture_output=True, text=True, timeout=HANG_S, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(timings) == {"first_paint_ms", "article_ready_ms", "summary_ready_ms",
                            "speakers_ready_ms", "max_stall_ms"}
    # No order between them here: on a real screen a paint waits for the X server, so the
    # summary may be ready first (the offscreen test checks the order).
    assert all(value > 0 for value in timings.values()), timings
