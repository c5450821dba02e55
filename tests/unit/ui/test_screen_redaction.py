"""Issue 13, case 7: a gateway message echoing the URL shows no secret on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from lazpack.errors import ApiError, BusinessError
from lazpack.log import register_secret
from lazpack.ui.error_dialogs import show_error
from lazpack.ui.screen_redaction import guard_screen

TOKEN = "50000400SCREENTOKEN"
SIGN = "4190D32361CFB9581350222F345CB77F"
SECRET = "appsecretvalue123"
ECHO = (
    "Bad gateway for https://api.lazada.sg/rest/order/get?app_key=123456"
    f"&access_token={TOKEN}&sign={SIGN}&app_secret={SECRET}&timestamp=1"
)


def _clean(text: str) -> bool:
    return not any(s in text for s in (TOKEN, SIGN, SECRET))


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    register_secret(SECRET)
    w = QMainWindow()
    qtbot.addWidget(w)
    guard_screen(w, w.statusBar())
    return w


def test_an_api_error_echoing_the_url_is_redacted_in_its_text() -> None:
    err = BusinessError(ECHO, code="E500", api_path="/order/get")
    for text in (str(err), err.user_message, err.lazada_message):
        assert _clean(text), text
    assert "app_key=123456" in err.user_message  # the rest of the message is kept


def test_the_status_bar_never_shows_a_secret(window: QMainWindow) -> None:
    show_error(window, ApiError(ECHO, code="E500"))
    assert _clean(window.statusBar().currentMessage())
    window.statusBar().showMessage(f"proxy said: {ECHO}")  # a text from anywhere
    shown = window.statusBar().currentMessage()
    assert _clean(shown) and "proxy said" in shown


def test_the_internal_error_report_never_shows_a_secret(window: QMainWindow) -> None:
    show_error(window, RuntimeError(ECHO))
    box = window.findChild(QMessageBox, "internalErrorBox")
    assert box is not None
    assert _clean(box.text()) and _clean(box.detailedText())
    assert "RuntimeError" in box.detailedText()
    box.close()


def test_the_clipboard_never_holds_a_secret(window: QMainWindow) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText(f"report: {ECHO}")
    assert _clean(clipboard.text()) and clipboard.text().startswith("report: ")
