"""One Précis per user and display: a second launch hands its files to the running one."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_MS = 300  # a live Précis answers at once; a stale socket refuses at once
REPLY_MS = 500


def server_name() -> str:
    """The per-user, per-display socket: in `$XDG_RUNTIME_DIR` (private to the user) when set."""
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "nodisplay"
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    name = f"precis-{user}-{re.sub(r'[^A-Za-z0-9]', '_', display)}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return str(Path(runtime) / name) if os.name == "posix" and os.path.isdir(runtime) else name


def hand_over(files: list[str], name: str | None = None) -> bool:
    """Ask a running Précis to show `files` (absolute paths; none: just come to the front).

    Returns:
        True when a running Précis took them (this process can exit), False when none answered.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"files": files}).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(REPLY_MS)
    answered = socket.waitForReadyRead(REPLY_MS) and bytes(socket.readAll()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


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
        """Start listening; call only after `hand_over` found no running Précis, because a
        socket file left by one that crashed is removed first."""
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
