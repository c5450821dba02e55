"""What the station shows when something goes wrong outside a flow that handles it: a known
error's one line in the status bar, a bug's non-modal "internal error" box with a (redacted)
report to copy, the settings that could not be used at start, and a start-up that failed.

Non-modal ``show()``, never ``exec()`` inside the running loop: scanning goes on meanwhile.
Texts keep the ``App`` translation context they were written under.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from lazpack import log as lazlog
from lazpack.errors import KnownError
from lazpack.i18n import arg, translate
from lazpack.startup import StartupFailure


def show_error(window: QMainWindow, err: BaseException) -> None:
    """Known errors go to the status bar; bugs get a non-modal 'internal error' box whose
    details are the (redacted) log tail, so the packer can copy a report."""
    if isinstance(err, KnownError):
        text = (
            arg(translate("App", "%1 — %2"), err.user_message, err.hint)
            if err.hint
            else err.user_message
        )
        window.statusBar().showMessage(lazlog.redact(text), 15_000)
        return
    box = QMessageBox(window)
    box.setObjectName("internalErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("App", "lazpack — internal error"))
    box.setText(
        translate(
            "App",
            "Something went wrong inside lazpack. Your work so far is kept.\n"
            "If it happens again, copy the details below and send them to support.",
        )
    )
    trace = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    details = lazlog.redact(trace) + "\n--- recent log ---\n" + lazlog.ring_buffer.text()[-20_000:]
    box.setDetailedText(details)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def show_settings_problems(window: QWidget, problems: list[str]) -> QMessageBox:
    """Settings that could not be used (and where the file was kept): a non-modal box."""
    box = QMessageBox(window)
    box.setObjectName("settingsProblemsBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("App", "lazpack — settings"))
    box.setText(
        translate("App", "Some settings could not be used; lazpack uses the defaults for them.")
    )
    box.setInformativeText(lazlog.redact("\n".join(problems)))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def show_startup_failure(failure: StartupFailure) -> None:
    """The station could not start: a modal box (the event loop is not running yet)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    box = QMessageBox(QMessageBox.Icon.Critical, f"lazpack — {failure.title}", failure.message)
    box.setObjectName("startupFailureBox")
    box.setInformativeText(failure.remedy)
    box.exec()
