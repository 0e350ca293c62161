"""One window per library: a second ``reader FILE`` hands FILE to the window already
running on that library (through a QLocalServer) and exits, unless ``--new-window``.

The server's name comes from the user and the library, so two libraries can each
have their window. A server left by a crashed window is removed when the next one
starts (nobody answers on it).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader.ui.main_window import MainWindow

CONNECT_MS = 500
WRITE_MS = 2_000


def server_name(database_url: str) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}\0{database_url}".encode()).hexdigest()
    return f"reader-{digest[:24]}"


def hand_over(name: str, path: Path | None) -> bool:
    """Give ``path`` (None: nothing to open, just show yourself) to the window serving
    ``name``; False if there is none."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = str(path.resolve()) if path is not None else ""
    socket.write((message + "\n").encode("utf-8"))
    sent = socket.waitForBytesWritten(WRITE_MS)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for files handed over by later ``reader`` commands; opens them."""

    def __init__(self, window: MainWindow, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left by a window that crashed
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            window = self.window
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()
            if line:
                window.open_path(Path(line))
