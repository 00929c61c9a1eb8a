"""The program's command line: `precis [FILE]`, `--quit-after-load`, and no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import HANG_S, ROOT


def run_app(*args: str, tmp_path, **env_changes) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=HANG_S)


def test_quit_after_load_on_the_seed_prints_timings_and_the_longest_stall(tmp_path):
    result = run_app("--quit-after-load", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(timings) == ["article_ready_ms", "first_paint_ms", "max_stall_ms",
                               "speakers_ready_ms", "summary_ready_ms"]
    assert all(v > 0 for v in timings.values())
    # The article's own text is painted before (or with) the summary, never after it.
    assert timings["first_paint_ms"] <= timings["article_ready_ms"] <= timings["summary_ready_ms"]


def test_quit_after_load_with_a_file_argument(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Rain in Spain\n\nIt rained. The plain was wet. Farmers were glad.\n")
    result = run_app("--quit-after-load", str(article), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


def test_an_unreadable_file_on_the_command_line_is_a_sentence(tmp_path):
    result = run_app("--quit-after-load", str(tmp_path / "missing.txt"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_no_display_is_explained(tmp_path):
    result = run_app(tmp_path=tmp_path, QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None)
    assert result.returncode == 2
    assert "no display found" in result.stderr


def test_settings_go_where_the_platform_says(tmp_path):
    """On Linux: $XDG_CONFIG_HOME/Precis/precis.conf, and nothing else is written."""
    result = run_app("--quit-after-load", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                     if p.is_file())
    assert written == ["config/Precis/precis.conf"]


def test_a_bad_saved_setting_does_not_stop_start_up(tmp_path):
    conf = tmp_path / "config" / "Precis" / "precis.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[summary]\nlength_mode=furlongs\nalgorithm=oracle\nlength_value=abc\n"
                    "[view]\nfont_size=900\nrepair=perhaps\n")
    result = run_app("--quit-after-load", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for key in ("summary/length_mode", "summary/algorithm", "view/font_size", "view/repair"):
        assert f"setting {key}=" in result.stderr
