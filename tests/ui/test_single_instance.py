"""One window: a later launch hands its files to the running Précis over a local socket."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.ui.single_instance import InstanceServer, hand_over, server_name
from tests.conftest import ROOT

CLIENT = ("import sys; from desktop.ui.single_instance import hand_over; "
          "sys.exit(0 if hand_over(sys.argv[2:], sys.argv[1]) else 3)")


def _launch(qtbot, name: str, *files: str) -> int:
    """A later launch in its own process (the server answers on this thread's event loop)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-c", CLIENT, name, *files], env=env)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    return process.returncode


def test_a_later_launch_hands_its_files_over(qtbot, tmp_path):
    server = InstanceServer(str(tmp_path / "sock"))
    assert server.listen()
    received = []
    server.files_received.connect(received.append)
    assert _launch(qtbot, server.name, "/a/one.txt", "/b/two é.md") == 0
    assert received == [["/a/one.txt", "/b/two é.md"]]
    assert _launch(qtbot, server.name) == 0  # no file: the window just comes to the front
    assert received[-1] == []
    server.close()


def test_with_no_running_precis_nobody_answers(tmp_path):
    assert hand_over(["/a.txt"], str(tmp_path / "nobody")) is False


def test_a_socket_left_by_a_crashed_precis_is_replaced(qtbot, tmp_path):
    stale = tmp_path / "sock"
    stale.write_text("")  # a crash leaves the socket file behind
    assert hand_over([], str(stale)) is False
    server = InstanceServer(str(stale))
    assert server.listen()
    received = []
    server.files_received.connect(received.append)
    assert _launch(qtbot, server.name, "/c.txt") == 0 and received == [["/c.txt"]]
    server.close()


def test_the_name_is_per_user_and_display_in_the_runtime_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("DISPLAY", ":94")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    first = server_name()
    assert first.startswith(str(tmp_path)) and str(os.getuid()) in first
    monkeypatch.setenv("DISPLAY", ":95")
    assert server_name() != first
