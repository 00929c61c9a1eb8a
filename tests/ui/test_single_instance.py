"""One window: a later launch hands its files to the running Précis over a local socket."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtNetwork import QLocalServer

from desktop.ui.single_instance import InstanceServer, hand_over, launch_lock, server_name
from tests.conftest import HANG_MS, HANG_S, ROOT

CLIENT = ("import sys; from desktop.ui.single_instance import hand_over; "
          "sys.exit(0 if hand_over(sys.argv[2:], sys.argv[1]) else 3)")
# How long a test keeps the running Précis from answering: four times the half second after
# which a later launch used to give up and open a second window (taking the socket over).
BUSY_S = 2


def _launch(qtbot, name: str, *files: str) -> int:
    """A later launch in its own process (the server answers on this thread's event loop)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-c", CLIENT, name, *files], env=env)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=HANG_MS)
    return process.returncode


def _still_running(process: subprocess.Popen, seconds: float) -> bool:
    """True when `process` has not ended after `seconds`."""
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


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


def test_a_busy_precis_still_takes_the_files_of_a_later_launch(tmp_path):
    """The running one answers from its event loop, which a long article or a loaded machine
    can hold for seconds: the later launch waits for the answer, however long."""
    running = QLocalServer()
    assert running.listen(str(tmp_path / "sock"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    launch = subprocess.Popen([sys.executable, "-c", CLIENT, running.serverName(), "/a.txt"],
                              env=env)
    try:
        assert running.waitForNewConnection(HANG_MS), "the later launch never connected"
        request = running.nextPendingConnection()
        while not request.canReadLine():
            assert request.waitForReadyRead(HANG_MS), "the later launch sent no request"
        assert b"/a.txt" in bytes(request.readLine())
        assert _still_running(launch, BUSY_S), "the later launch gave up on a busy Précis"
        request.write(b"ok\n")
        assert request.waitForBytesWritten(HANG_MS)
        assert launch.wait(timeout=HANG_S) == 0
    finally:
        launch.kill()
        launch.wait()
    running.close()


def test_a_launch_while_the_first_one_starts_hands_its_file_to_it(qtbot, tmp_path,
                                                                  monkeypatch):
    """Between a first launch finding no Précis and its server listening, a second launch
    waits for it (the launch lock) instead of opening a window and taking the socket over."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("DISPLAY", ":7")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    name = server_name()  # the one `python -m desktop` uses with this environment
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    starting = launch_lock(name)  # this test is the first Précis, not yet listening
    assert starting.isLocked()
    second = subprocess.Popen([sys.executable, "-m", "desktop", "/b/second.txt"], env=env,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert _still_running(second, BUSY_S) and not os.path.exists(name), (
            "the second launch did not wait for the first one to start")
        server = InstanceServer(name)
        assert server.listen()
        received = []
        server.files_received.connect(received.append)
        starting.unlock()
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=HANG_MS)
        assert second.returncode == 0, second.stderr.read()
        assert received == [["/b/second.txt"]]
    finally:
        second.kill()
        second.communicate()
    server.close()


def test_a_lock_left_by_a_launch_that_crashed_holds_no_later_one(tmp_path):
    name = str(tmp_path / "sock")
    crash = ("import os, sys; from desktop.ui.single_instance import launch_lock; "
             "lock = launch_lock(sys.argv[1]); os._exit(0 if lock.isLocked() else 3)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", crash, name], env=env, check=True, timeout=HANG_S)
    assert (tmp_path / "sock.lock").exists()  # left behind, its process gone
    lock = launch_lock(name)
    assert lock.isLocked()
    lock.unlock()


def test_a_running_precis_keeps_its_name_when_a_launch_gave_up_on_it(qtbot, tmp_path):
    """A launch whose hand-over got no answer in time runs on its own: it must not take the
    socket of the running Précis, which stays the one later launches reach."""
    running = InstanceServer(str(tmp_path / "sock"))
    assert running.listen()
    received = []
    running.files_received.connect(received.append)
    alone = InstanceServer(running.name)
    assert not alone.listen()
    assert _launch(qtbot, running.name, "/d.txt") == 0 and received == [["/d.txt"]]
    alone.close()
    running.close()
