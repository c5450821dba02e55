"""Printing without a window (``lazpack <command> --print``): a QGuiApplication, no widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

import lazpack.qt  # noqa: F401 - the Qt workarounds before any PySide6 use

_app: QCoreApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (kept for the process life)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        app = _app = QGuiApplication(["lazpack"])
    return app
