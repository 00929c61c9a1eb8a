"""One Précis per user and display: a second launch hands its files to the running one."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
# Guards against a hung Précis, not speed limits. The system accepts a connection to a live
# Précis at once and a stale socket refuses at once; the answer comes from the running one's
# event loop, which a long article or a loaded machine can keep busy for seconds.
CONNECT_MS = 10_000
REPLY_MS = 30_000
# How long a launch waits for another that is starting (from its look for a running Précis
# until its own server listens) before it goes on regardless.
LOCK_MS = 60_000


def server_name() -> str:
    """The per-user, per-display socket: in `$XDG_RUNTIME_DIR` (private to the user) when set."""
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "nodisplay"
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    name = f"precis-{user}-{re.sub(r'[^A-Za-z0-9]', '_', display)}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return str(Path(runtime) / name) if os.name == "posix" and os.path.isdir(runtime) else name


def launch_lock(name: str | None = None) -> QLockFile:
    """Taken before a launch looks for a running Précis, released once its own server listens
    (or it handed its files over): two launches at once cannot both find none and both serve.

    Returns:
        The lock, held unless another launch kept it for LOCK_MS (then this one goes on).
    """
    path = name or server_name()
    if not os.path.isabs(path):  # a bare name (no runtime dir): Qt puts the socket in /tmp
        path = os.path.join(QDir.tempPath(), path)
    lock = QLockFile(path + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone: a start may be slow
    if not lock.tryLock(LOCK_MS):
        log.warning("another launch held %s for %d s; going on", lock.fileName(), LOCK_MS // 1000)
    return lock


def hand_over(files: list[str], name: str | None = None) -> bool:
    """Ask a running Précis to show `files` (absolute paths; none: just come to the front).

    Returns:
        True when a running Précis took them (this process can exit), False when none is
        there, or the one there closed the connection (it is quitting) or gave no answer in
        REPLY_MS (it hangs).
    """
    socket = _connected(name or server_name())
    if socket is None:
        return False
    socket.write(json.dumps({"files": files}).encode("utf-8") + b"\n")
    socket.flush()
    answer = _answer(socket)
    if answer != b"ok":
        log.warning("the running Précis did not take the files: %s",
                    answer.decode("utf-8", "replace") or socket.errorString())
    socket.disconnectFromServer()
    return answer == b"ok"


def _connected(name: str) -> QLocalSocket | None:
    """A connection to the Précis listening on `name`, or None when none does."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    return socket if socket.waitForConnected(CONNECT_MS) else None


def _answer(socket: QLocalSocket) -> bytes:
    """The running Précis's one-line answer; empty when none came in time."""
    deadline = QDeadlineTimer(REPLY_MS)
    while not socket.canReadLine():
        if deadline.hasExpired() or not socket.waitForReadyRead(deadline.remainingTime()):
            return b""
    return bytes(socket.readLine()).strip()


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        files_received(list): a later launch asked to show these paths (maybe none).
    """

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening, in place of a socket file left by a Précis that crashed; never in
        place of a running one (too busy to answer a hand-over in time: this one runs alone).
        Asked first, as listening would replace its socket file (UserAccessOption renames a new
        one into place)."""
        if (running := _connected(self.name)) is not None:
            running.abort()
            log.warning("another Précis serves %s; this one runs on its own", self.name)
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("single-instance server not started: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))

    def _on_ready(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is still on its way
        try:
            files = json.loads(bytes(socket.readLine()).decode("utf-8"))["files"]
            if not all(isinstance(f, str) for f in files):
                raise TypeError("file names must be strings")
        except (ValueError, KeyError, TypeError) as error:
            log.warning("ignored a malformed request from another launch: %s", error)
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(list(files))
