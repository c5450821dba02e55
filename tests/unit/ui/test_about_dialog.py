"""Help → About lazpack, Help → Copy diagnostics; the application's identity; Qt's messages
in the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lazpack import __version__
from lazpack.config import Paths
from lazpack.ui.about_dialog import HelpActions
from lazpack.ui.app_identity import create_application, install_qt_message_handler
from lazpack.ui.main_window import MainWindow
from tests.helpers.orders import build_book


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow(build_book(), demo=True)
    qtbot.addWidget(w)
    return w


def test_about_shows_version_folders_and_licences(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = Paths.for_data_dir(tmp_path / "station")
    actions = HelpActions(window, paths)
    assert actions.about_action in window._menus["help"].actions()
    dialog = actions.show_about()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert f"lazpack {__version__}" in text
    assert str(paths.data_dir) in text
    assert str(paths.log_dir) in text
    licences = dialog.licences.toPlainText()
    assert "MIT" in licences
    assert "LGPL-3.0" in licences
    dialog.reject()


def test_copy_diagnostics_fills_the_clipboard(window: MainWindow, tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "station")
    actions = HelpActions(window, paths)
    QApplication.clipboard().clear()
    actions.copy_action.trigger()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"lazpack {__version__}")
    assert "Printers: " in copied
    assert "Audio output: " in copied
    assert "Qt platform: offscreen" in copied
    assert "Diagnostics copied" in window.statusBar().currentMessage()


def test_application_identity(qapp: QApplication) -> None:
    app = create_application()
    assert app is qapp
    assert app.applicationVersion() == __version__
    assert app.organizationName() == "lazpack"
    assert app.desktopFileName() == "lazpack"
    assert not app.windowIcon().isNull()


def test_qt_messages_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    install_qt_message_handler()
    with caplog.at_level(logging.INFO, logger="lazpack.qt"):
        qWarning("the audio device went away")
    assert [r.levelno for r in caplog.records if "audio device went away" in r.getMessage()] == [
        logging.WARNING
    ]
