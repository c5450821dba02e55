"""Redaction at the last step: what reaches the screen or the clipboard is redacted.

The error tree already redacts its texts when an error is made (``lazpack.errors``), and
the logs (so the crash report's log tail) go through ``lazpack.log.RedactingFilter``.
These guards sit at the exits themselves, for any text that got there another way:

* the status bar: a message carrying a secret is replaced before it is ever painted
  (``messageChanged`` is emitted inside ``showMessage``, the repaint comes later);
* the clipboard: a copied text carrying a secret is replaced by its redacted form;
* message boxes and tooltips built by lazpack take :func:`screen_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from lazpack.log import redact

#: how long a status message replaced by its redacted form stays (ms)
_REPLACED_MS = 15_000


def screen_text(text: str) -> str:
    """``text`` as it may be shown: every registered secret and ``token=…`` masked."""
    return redact(text)


class _Guard(QObject):
    """One window's guards. Connected through its own slots, so Qt disconnects them when
    the window (its parent) is destroyed: nothing outlives the window."""

    def __init__(self, parent: QObject, bar: QStatusBar | None) -> None:
        super().__init__(parent)
        self.setObjectName("screenRedaction")
        self._bar = bar
        self._busy = False

    @Slot(str)
    def on_status(self, text: str) -> None:
        clean = redact(text)
        if clean != text and not self._busy and self._bar is not None:
            self._busy = True
            try:
                self._bar.showMessage(clean, _REPLACED_MS)
            finally:
                self._busy = False

    @Slot()
    def on_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        clean = redact(text)
        if clean != text and not self._busy:
            self._busy = True
            try:
                clipboard.setText(clean)
            finally:
                self._busy = False


def guard_screen(window: QWidget, status_bar: QStatusBar | None = None) -> None:
    """Install the status-bar and clipboard guards for ``window`` (once per window)."""
    if window.findChild(_Guard, "screenRedaction") is not None:
        return
    bar = status_bar if status_bar is not None else window.findChild(QStatusBar)
    guard = _Guard(window, bar)
    if bar is not None:
        bar.messageChanged.connect(guard.on_status)
    if isinstance(QApplication.instance(), QApplication):
        QGuiApplication.clipboard().dataChanged.connect(guard.on_clipboard)
