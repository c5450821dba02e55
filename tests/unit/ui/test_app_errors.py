"""What the packer sees when something goes wrong outside the sync (sys.excepthook)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lazpack.app import install_excepthook
from lazpack.domain.orderbook import OrderBook
from lazpack.errors import PrinterError
from lazpack.ui.main_window import MainWindow


def test_known_error_goes_to_status_bar_and_a_bug_to_a_non_modal_report(qtbot: QtBot) -> None:
    w = MainWindow(OrderBook())
    qtbot.addWidget(w)
    w.show()
    old = sys.excepthook
    install_excepthook(lambda: w)
    try:
        try:
            raise PrinterError()
        except PrinterError as err:
            sys.excepthook(type(err), err, err.__traceback__)
        assert "label printer is not available" in w.statusBar().currentMessage()
        assert w.findChild(QMessageBox, "internalErrorBox") is None
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError as err:
            sys.excepthook(type(err), err, err.__traceback__)
        box = w.findChild(QMessageBox, "internalErrorBox")
        assert box is not None and box.isVisible() and "Your work so far is kept" in box.text()
        assert "ZeroDivisionError" in box.detailedText()  # the log tail, for support
        assert QApplication.activeModalWidget() is None  # the packer can keep scanning
        box.close()
    finally:
        sys.excepthook = old
