"""Help → About lazpack (version, folders, licences) and Help → Copy diagnostics."""

from __future__ import annotations

from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazpack import __version__, diagnostics
from lazpack import log as lazlog
from lazpack.config import Paths, resource_path
from lazpack.i18n import QT_TRANSLATE_NOOP, arg

log = lazlog.get_logger("ui.about")

LICENCE_SUMMARY = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "lazpack is free software under the MIT licence.\n"
    "It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable "
    "libraries, and the Python packages listed below under their own licences.",
)


def licence_text() -> str:
    notices = resource_path("THIRD-PARTY-NOTICES.md")
    summary = QCoreApplication.translate("AboutDialog", LICENCE_SUMMARY) + "\n\n"
    try:
        return summary + notices.read_text(encoding="utf-8")
    except OSError as err:
        return summary + arg(
            QCoreApplication.translate(
                "AboutDialog", "(The third-party notices could not be read: %1)"
            ),
            err,
        )


def audio_output_name() -> str:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return "QtMultimedia not available"
    device = QMediaDevices.defaultAudioOutput()
    return device.description() if not device.isNull() else ""


def diagnostics_text(paths: Paths) -> str:
    from lazpack.printing.printer import default_printer_name, printer_names

    return diagnostics.report(
        paths,
        qt={"Qt": qVersion(), "PySide6": PySide6.__version__},
        printers=printer_names(),
        default_printer=default_printer_name(),
        audio_output=audio_output_name(),
        extra={"Qt platform": QApplication.platformName()},
    )


def copy_diagnostics(window: Any, paths: Paths) -> str:
    text = diagnostics_text(paths)
    QApplication.clipboard().setText(text)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "AboutDialog", "Diagnostics copied — paste them into your message to support."
        ),
        15_000,
    )
    log.info("diagnostics copied to the clipboard")
    return text


def _folder_link(path: Any) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{url}">{path}</a>'


class AboutDialog(QDialog):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About lazpack"))
        self.paths = paths
        head = QLabel(
            f"<h2>lazpack {__version__}</h2><p>"
            + QCoreApplication.translate(
                "AboutDialog",
                "Packing station for Lazada sellers: scan, verify, pack, print the AWB, "
                "ready to ship.",
            )
            + f"</p><p>Qt {qVersion()} · PySide6 {PySide6.__version__}</p><p>"
            + arg(
                QCoreApplication.translate(
                    "AboutDialog", "Data folder: %1<br>Settings: %2<br>Log folder: %3"
                ),
                _folder_link(paths.data_dir),
                _folder_link(paths.config_dir),
                _folder_link(paths.log_dir),
            )
            + "</p>",
            self,
        )
        head.setObjectName("aboutText")
        head.setOpenExternalLinks(False)
        head.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        head.setWordWrap(True)
        self.licences = QPlainTextEdit(licence_text(), self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(
            QCoreApplication.translate("AboutDialog", "Copy diagnostics"), self
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: copy_diagnostics(parent, paths))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(QCoreApplication.translate("AboutDialog", "Licences:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)


class HelpActions:
    """Help → About lazpack and Help → Copy diagnostics on the main window."""

    def __init__(self, window: Any, paths: Paths) -> None:
        self.window = window
        self.paths = paths
        self.dialog: AboutDialog | None = None
        self.about_action = window.add_action(
            "help", QCoreApplication.translate("AboutDialog", "About lazpack"), "", self.show_about
        )
        self.copy_action = window.add_action(
            "help", QCoreApplication.translate("AboutDialog", "Copy diagnostics"), "", self.copy
        )

    def show_about(self) -> AboutDialog:
        if self.dialog is None:
            self.dialog = AboutDialog(self.paths, self.window)
        self.dialog.open()
        return self.dialog

    def copy(self) -> str:
        return copy_diagnostics(self.window, self.paths)


def install_help_actions(window: Any, paths: Paths) -> HelpActions:
    return HelpActions(window, paths)
