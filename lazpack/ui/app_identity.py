"""The Qt side of start-up: the application's identity, Qt's messages in our log, and the
local socket through which a second start on the same data folder raises this window."""

from __future__ import annotations

import os
from collections.abc import Awaitable
from typing import Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.config import resource_path

log = lazlog.get_logger("app")
qt_log = lazlog.get_logger("qt")

SHOW = b"show\n"
SHOWN = b"shown\n"


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("lazpack.svg", "lazpack.png", "lazpack.ico"):
        path = resource_path("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def create_application() -> QApplication:
    """The one QApplication (``lazpack.app.main`` reuses it), with who we are."""
    app = QApplication.instance() or QApplication(["lazpack"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("lazpack")
    app.setApplicationName("lazpack")
    app.setApplicationDisplayName("lazpack")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("lazpack")  # matches packaging/lazpack.desktop (Wayland icon)
    app.setWindowIcon(app_icon())
    return app


_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


#: Categories whose warnings are expected on an ordinary PC (optional libraries probed).
_QUIET = ("qt.multimedia.symbolsresolver",)


def _qt_message(kind: QtMsgType, context: Any, message: str) -> None:
    category = getattr(context, "category", None) or "qt"
    level = 10 if category.startswith(_QUIET) else _LEVELS.get(kind, 30)
    qt_log.log(level, "[%s] %s", category, message)


def install_qt_message_handler() -> None:
    """Qt's warnings (an audio device that failed, a font) reach lazpack.log, not a stderr
    that a windowed app does not have."""
    qInstallMessageHandler(_qt_message)


def _main_window() -> QMainWindow | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            return w
    return None


def bring_to_front(window: QMainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class StationServer:
    """Listens on the data folder's socket name; a second start asks it to show the window."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.requests = 0

    def listen(self) -> bool:
        # We hold the folder's lock, so a socket file left here is a crashed station's.
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):
            log.warning("second starts cannot reach this station: %s", self.server.errorString())
            return False
        return True

    def _on_connection(self) -> None:
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._on_request(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_request(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()) != SHOW:
            sock.disconnectFromServer()
            return
        self.requests += 1
        window = _main_window()
        if window is not None:
            bring_to_front(window)
        log.info(
            "another start on this data folder: %s",
            "window brought to front" if window is not None else "no window to show yet",
        )
        sock.write(SHOWN)
        sock.flush()
        sock.disconnectFromServer()


def ask_running_station_to_show(name: str, timeout_ms: int = 3000) -> bool:
    """From the second start: ask the running station to raise its window; True if it did."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(SHOW)
    sock.flush()
    if not sock.waitForReadyRead(timeout_ms):
        return False
    answer = bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return answer == SHOWN


def tell_user(title: str, text: str) -> None:
    """A message box for a start without a terminal (not on a screenless platform)."""
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text)
    box.exec()


def run_loop(coro: Awaitable[int]) -> int:
    """Run the station's coroutine on the Qt event loop (qasync)."""
    import qasync

    code: int = qasync.run(coro)
    return code
