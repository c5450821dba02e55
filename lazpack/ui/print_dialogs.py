"""Printing dialogs: system print dialog, printer settings, reprint confirmation.

Previews are ``lazpack.ui.command_sheet.PdfPreview``: ``QPrintPreviewDialog`` crashed the
process offscreen while painting labels (PySide6 6.12), so it is not used.

Every dialog a coroutine waits for is opened with ``open()`` and awaited through a future
(design.md §3): no nested event loop, so scans, syncs and timers keep running meanwhile.

How the station uses them::

    output = LabelOutput(window, label_printer)        # silent if a label printer is set
    await labels.print_labels(ids, output, confirm_reprint=reprint_confirmer(window))
    await labels.print_labels(ids, SaveAsPdf(window, label_printer), ...)
    PdfPreview(await labels.labels(ids), "Labels", window).open()  # ui.command_sheet
    dlg = PrinterSettingsDialog(settings.printer, window); if await run_dialog(dlg): dlg.settings()
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import PrinterSettings
from lazpack.errors import KnownError, PrinterError
from lazpack.i18n import arg
from lazpack.log import get_logger
from lazpack.printing.printer import (
    ORIENTATIONS,
    PAPERS,
    LabelPrinter,
    LayoutCheck,
    calibration_label_pdf,
    printer_names,
)

log = get_logger("ui.print")


async def run_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` window-modal via ``open()`` and wait for its result without ``exec()``."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    # QPrintDialog.open is overloaded (receiver, member) in PySide6: call the base slot.
    QDialog.open(dialog)
    try:
        return await future
    finally:
        dialog.finished.disconnect(finished)
        if not future.done():  # the awaiting task was cancelled: don't leave the dialog up
            dialog.reject()


# ------------------------------------------------------------------ confirm
async def confirm_reprint(parent: QWidget | None, counts: Mapping[str, int]) -> bool:
    """Ask before printing labels again (a second label on a parcel confuses couriers)."""
    lines = "\n".join(
        arg(QCoreApplication.translate("PrintDialogs", "• %1: printed %2×"), pid, n)
        for pid, n in counts.items()
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PrintDialogs", "Print the label again?"),
        arg(
            QCoreApplication.translate(
                "PrintDialogs",
                "These labels were printed already:\n%1\n\n"
                "Reprint only if the first label is lost or damaged.",
            ),
            lines,
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("reprintConfirm")
    reprint = box.addButton(
        QCoreApplication.translate("PrintDialogs", "Reprint"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    await run_dialog(box)
    return box.clickedButton() is reprint


def reprint_confirmer(
    parent: QWidget | None,
) -> Callable[[Mapping[str, int]], Awaitable[bool]]:
    """``confirm_reprint=`` argument for ``LabelService.print_labels``."""

    async def confirm(counts: Mapping[str, int]) -> bool:
        return await confirm_reprint(parent, counts)

    return confirm


async def _warn_layout(parent: QWidget | None, check: LayoutCheck) -> str:
    """Show a page-layout mismatch with its fix: ``"fix"``, ``"anyway"`` or ``"cancel"``."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PrintDialogs", "The printer's page does not match the label"),
        "\n\n".join(check.warnings),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("layoutMismatchBox")
    fix = box.addButton(
        QCoreApplication.translate("PrintDialogs", "Use the label size"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    anyway = box.addButton(
        QCoreApplication.translate("PrintDialogs", "Print anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(fix)
    await run_dialog(box)
    clicked = box.clickedButton()
    return "fix" if clicked is fix else "anyway" if clicked is anyway else "cancel"


async def _printer_failed(parent: QWidget | None, err: PrinterError) -> bool:
    """Explain a printer problem; True = choose another printer now."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PrintDialogs", "Label printer not available"),
        arg(
            QCoreApplication.translate(
                "PrintDialogs", "%1\n\n%2\n\nThe labels are kept; nothing was lost."
            ),
            err.user_message,
            err.hint,
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("printerErrorBox")
    other = box.addButton(
        QCoreApplication.translate("PrintDialogs", "Choose another printer…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    await run_dialog(box)
    return box.clickedButton() is other


# ------------------------------------------------------------------ sinks
class DialogPrint:
    """Async ``LabelSink``: the system print dialog, then the page-layout read-back."""

    def __init__(self, parent: QWidget | None, label_printer: LabelPrinter) -> None:
        self.parent = parent
        self.label_printer = label_printer
        self.last_check: LayoutCheck | None = None

    async def choose_printer(self) -> QPrinter | None:
        printer = self.label_printer.new_printer("")
        dialog = QPrintDialog(printer, self.parent)
        dialog.setObjectName("labelPrintDialog")
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print labels"))
        accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        return printer if accepted else None

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        printer = await self.choose_printer()
        if printer is None:
            return 0
        self.last_check = check = self.label_printer.layout_check(printer)
        if not check.ok:
            log.warning("label page mismatch: %s", "; ".join(check.warnings))
            answer = await _warn_layout(self.parent, check)
            if answer == "cancel":
                return 0
            if answer == "fix":
                # the dialog (or the driver default) replaced the label page: put it back
                self.label_printer.configure(printer)
                self.last_check = self.label_printer.layout_check(printer)
        sink = self.label_printer.to_printer(printer)
        return await sink.print_pdfs_async(pdfs, job_name=job_name)


class LabelOutput:
    """Async ``LabelSink`` the station prints through.

    Silent to the saved label printer when one is set, otherwise the system print dialog.
    A missing or failed printer shows the reason and offers another printer; if the packer
    declines, the ``PrinterError`` propagates so the job can be repeated later.
    """

    def __init__(self, parent: QWidget | None, label_printer: LabelPrinter) -> None:
        self.parent = parent
        self.label_printer = label_printer
        self.dialog = DialogPrint(parent, label_printer)

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        if not self.label_printer.silent:
            return await self.dialog.print_pdfs(pdfs, job_name=job_name)
        try:
            return await self.label_printer.print_pdfs_async(pdfs, job_name=job_name)
        except PrinterError as err:
            log.warning("label printer failed: %s", err)
            if not await _printer_failed(self.parent, err):
                raise
        return await self.dialog.print_pdfs(pdfs, job_name=job_name)


class SaveAsPdf:
    """Async ``LabelSink`` for a station without a printer: asks where, writes one PDF."""

    def __init__(
        self, parent: QWidget | None, label_printer: LabelPrinter, directory: Path | None = None
    ) -> None:
        self.parent = parent
        self.label_printer = label_printer
        self.directory = directory
        self.saved_to: Path | None = None

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        dialog = QFileDialog(
            self.parent, QCoreApplication.translate("PrintDialogs", "Save labels as PDF")
        )
        dialog.setObjectName("saveLabelsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("PrintDialogs", "PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        # the native dialog would run its own loop on some platforms
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        safe = "".join(ch if ch.isalnum() or ch in "-_ ×" else "_" for ch in job_name)
        if self.directory is not None:
            dialog.setDirectory(str(self.directory))
        dialog.selectFile(f"{safe}.pdf")
        if await run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return 0
        path = Path(dialog.selectedFiles()[0])
        sink = self.label_printer.to_pdf_file(path)
        pages = await sink.print_pdfs_async(pdfs, job_name=job_name)
        self.saved_to = path
        return pages


# ------------------------------------------------------------------ settings
ASK = ""


class PrinterSettingsDialog(QDialog):
    """Printer, paper, orientation, copies; test print; live page-layout warning."""

    def __init__(self, settings: PrinterSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerSettingsDialog")
        self.setWindowTitle(QCoreApplication.translate("PrinterSettingsDialog", "Label printer"))

        self.printer_box = QComboBox()
        self.printer_box.setObjectName("printerBox")
        self.printer_box.addItem(
            QCoreApplication.translate(
                "PrinterSettingsDialog", "Ask every time (system print dialog)"
            ),
            ASK,
        )
        names = printer_names()
        for name in names:
            self.printer_box.addItem(name, name)
        if settings.printer_name and settings.printer_name not in names:
            # keep the saved choice visible, so the packer sees which one went missing
            self.printer_box.addItem(
                arg(
                    QCoreApplication.translate("PrinterSettingsDialog", "%1 (not found)"),
                    settings.printer_name,
                ),
                settings.printer_name,
            )
        self.printer_box.setCurrentIndex(max(0, self.printer_box.findData(settings.printer_name)))

        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paperBox")
        for key, (label, _size) in PAPERS.items():
            self.paper_box.addItem(label, key)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(settings.paper)))

        self.orientation_box = QComboBox()
        self.orientation_box.setObjectName("orientationBox")
        for key in ORIENTATIONS:
            self.orientation_box.addItem(key.capitalize(), key)
        self.orientation_box.setCurrentIndex(
            max(0, self.orientation_box.findData(settings.orientation))
        )

        self.copies_box = QSpinBox()
        self.copies_box.setObjectName("copiesBox")
        self.copies_box.setRange(1, 10)
        self.copies_box.setValue(max(1, min(10, settings.copies)))

        self.warning = QLabel()
        self.warning.setObjectName("layoutWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35900;")

        self.test_button = QPushButton(
            QCoreApplication.translate("PrinterSettingsDialog", "Test print")
        )
        self.test_button.setObjectName("testPrint")
        self.test_button.clicked.connect(self.test_print)
        self.status = QLabel()
        self.status.setObjectName("testPrintStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("PrinterSettingsDialog", "Printer"), self.printer_box
        )
        form.addRow(QCoreApplication.translate("PrinterSettingsDialog", "Paper"), self.paper_box)
        form.addRow(
            QCoreApplication.translate("PrinterSettingsDialog", "Orientation"), self.orientation_box
        )
        form.addRow(QCoreApplication.translate("PrinterSettingsDialog", "Copies"), self.copies_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        for box in (self.printer_box, self.paper_box, self.orientation_box):
            box.currentIndexChanged.connect(self.update_warning)
        self._test_dialog: QPrintDialog | None = None
        self.update_warning()

    def settings(self) -> PrinterSettings:
        return PrinterSettings(
            printer_name=str(self.printer_box.currentData()),
            paper=str(self.paper_box.currentData()),
            orientation=str(self.orientation_box.currentData()),
            copies=self.copies_box.value(),
        )

    def label_printer(self) -> LabelPrinter:
        return LabelPrinter(self.settings())

    def update_warning(self) -> None:
        """Read the chosen printer's page layout back and say what to fix."""
        lp = self.label_printer()
        if not lp.silent:
            self.warning.setText("")
            return
        try:
            check = lp.layout_check(lp.new_printer())
        except PrinterError as err:
            self.warning.setText(f"{err.user_message} {err.hint}")
            return
        self.warning.setText("\n".join(check.warnings))

    def test_print(self) -> None:
        """A calibration label on the chosen printer (via the dialog for "ask every time")."""
        lp = self.label_printer()
        pdf = calibration_label_pdf(lp.settings)
        if lp.silent:
            try:
                lp.print_pdfs([pdf], job_name="lazpack test label")
            except KnownError as err:
                self.status.setText(f"{err.user_message} {err.hint}")
                return
            self.status.setText(
                QCoreApplication.translate(
                    "PrinterSettingsDialog",
                    "Test label sent. Its frame must be whole, 2 mm from each edge.",
                )
            )
            return
        printer = lp.new_printer("")
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("testPrintDialog")
        self._test_dialog = dialog

        def chosen() -> None:
            check = lp.layout_check(printer)
            try:
                lp.to_printer(printer).print_pdfs([pdf], job_name="lazpack test label")
            except KnownError as err:
                self.status.setText(f"{err.user_message} {err.hint}")
                return
            self.warning.setText("\n".join(check.warnings))
            self.status.setText(
                QCoreApplication.translate(
                    "PrinterSettingsDialog",
                    "Test label sent. Its frame must be whole, 2 mm from each edge.",
                )
            )

        dialog.accepted.connect(chosen)
        QDialog.open(dialog)
