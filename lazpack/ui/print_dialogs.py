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
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import PrinterSettings, Settings
from lazpack.errors import KnownError, PrinterError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.printing.printer import (
    ORIENTATIONS,
    PAGE_LABEL,
    PAGE_PAPER,
    PAPERS,
    LabelPrinter,
    LayoutCheck,
    page_layout,
    printer_names,
)
from lazpack.printing.setup_label import printer_test_pdf
from lazpack.services.picking import A4_PRINTER_KEY

PdfFormat = QPrinter.OutputFormat.PdfFormat

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


# ------------------------------------------------------------------ sinks
#: Windows and macOS show their native dialog, which has no room for the label options:
#: there the defaults apply (always print here, use the label size; a printer chosen to
#: rescue a failed label is never saved); Station → Settings → Label printer changes them.
_NATIVE_DIALOGS = sys.platform in ("win32", "darwin")


class LabelPrintOptions(QWidget):
    """What the system print dialog adds for labels, so one dialog settles everything:

    - "Always print labels here without asking" (on by default): the chosen printer becomes
      the silent label printer and the next parcel prints without a dialog;
    - what to do if the printer's paper is not the label's ("Use the label size" or the
      printer's own paper), remembered for that printer;
    - why the dialog is shown at all when a saved printer went missing.
    """

    def __init__(self, label: str, *, reason: str = "", choice: str | None = None) -> None:
        super().__init__()
        self.setObjectName("labelPrintOptions")
        self.setWindowTitle(QCoreApplication.translate("LabelPrintOptions", "Labels"))
        self.reason = QLabel(reason)
        self.reason.setObjectName("labelPrintReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b35900; font-weight: bold;")
        self.reason.setVisible(bool(reason))
        self.always = QCheckBox(
            QCoreApplication.translate(
                "LabelPrintOptions", "Always print labels here without asking"
            )
        )
        self.always.setObjectName("alwaysPrintHere")
        self.always.setChecked(True)
        self.use_label = QRadioButton(
            arg(translate("LabelPrintOptions", "Use the label size (%1)"), label)
        )
        self.use_label.setObjectName("useLabelSize")
        self.use_paper = QRadioButton(
            QCoreApplication.translate(
                "LabelPrintOptions", "Print on the printer's own paper (label scaled to fit)"
            )
        )
        self.use_paper.setObjectName("usePrinterPaper")
        (self.use_paper if choice == PAGE_PAPER else self.use_label).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.always)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "LabelPrintOptions", "If the printer's paper is not the label's size:"
                )
            )
        )
        layout.addWidget(self.use_label)
        layout.addWidget(self.use_paper)
        layout.addStretch(1)

    def choice(self) -> str:
        return PAGE_PAPER if self.use_paper.isChecked() else PAGE_LABEL


def _label_size_text(label_printer: LabelPrinter) -> str:
    rect = page_layout(label_printer.settings).fullRect(QPageLayout.Unit.Millimeter)
    return arg(
        translate("PrintDialogs", "%1 × %2 mm"), f"{rect.width():.0f}", f"{rect.height():.0f}"
    )


def _show_options(dialog: QPrintDialog, options: QWidget) -> None:
    """Unfold the dialog's options on the label tab so its choices are seen without a click."""
    # the button has no object name: find it by Qt's own text in the station's language
    # (qtbase's catalogue translates it, e.g. "选项(&O) >>" in Chinese)
    unfold = {QCoreApplication.translate("QPrintDialog", "&Options >>"), "&Options >>"}
    for button in dialog.findChildren(QPushButton):
        if button.text() in unfold:
            button.click()
            break
    parent = options.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.setCurrentWidget(options)


class DialogPrint:
    """Async ``LabelSink``: the system print dialog with the label options, then the
    page-layout read-back. At most one dialog per job; its answers are remembered."""

    def __init__(
        self,
        parent: QWidget | None,
        label_printer: LabelPrinter,
        on_saved: Callable[[], None] | None = None,
        *,
        name: str = "labelPrintDialog",
    ) -> None:
        self.parent = parent
        self.label_printer = label_printer
        self.name = name
        #: saves the station's settings; without it (an A4 command sheet) nothing is
        #: offered to be remembered
        self.on_saved = on_saved
        self.offer_always = on_saved is not None
        self.last_check: LayoutCheck | None = None
        self.dialog: QPrintDialog | None = None

    async def choose_printer(self, reason: str = "") -> QPrinter | None:
        lp = self.label_printer
        printer = lp.new_printer("")
        dialog = QPrintDialog(printer, self.parent)
        dialog.setObjectName(self.name)
        dialog.setWindowTitle(
            translate("DialogPrint", "Print labels")
            + (translate("DialogPrint", " — choose a printer") if reason else "")
        )
        options = LabelPrintOptions(
            _label_size_text(lp), reason=reason, choice=lp.page_choice(printer.printerName())
        )
        # A printer picked to rescue one label (the saved one failed: ``reason``) must not
        # quietly replace the label printer: the Qt dialog offers "always" unticked, and a
        # native dialog, which cannot show the box at all, never saves it.
        rescue = bool(reason)
        offer = self.offer_always and not (rescue and _NATIVE_DIALOGS)
        options.always.setVisible(offer)
        options.always.setChecked(offer and not rescue)
        dialog.setOptionTabs([options])
        self.dialog = dialog
        if not _NATIVE_DIALOGS:
            _show_options(dialog, options)
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            self.dialog = None
            if self.parent is not None:
                # the next scan must reach the station, not the closed dialog
                self.parent.window().activateWindow()
        if not accepted:
            return None
        self._settle(printer, options)
        return printer

    def _settle(self, printer: QPrinter, options: LabelPrintOptions) -> None:
        """Apply and remember what the packer chose in the dialog."""
        lp = self.label_printer
        name = printer.printerName() if printer.outputFormat() != PdfFormat else ""
        check = lp.layout_check(printer)
        changed = False
        if not check.size_matches:
            choice = options.choice()
            if name and lp.page_choice(name) != choice:
                lp.remember_page_choice(name, choice)
                changed = True
            log.info(
                "label page mismatch on %s: %s (%s)", check.printer_name, check.warnings, choice
            )
            if choice == PAGE_LABEL:
                lp.configure(printer, force_label=True)
                check = lp.layout_check(printer)
        self.last_check = check
        if name and self.offer_always and options.always.isChecked():
            lp.settings.printer_name = name
            log.info("label printer saved: %s", name)
            changed = True
        if changed and self.on_saved is not None:
            self.on_saved()

    async def print_pdfs(
        self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels", reason: str = ""
    ) -> int:
        printer = await self.choose_printer(reason)
        if printer is None:
            return 0
        sink = self.label_printer.to_printer(printer)
        return await sink.print_pdfs_async(pdfs, job_name=job_name)


class LabelOutput:
    """Async ``LabelSink`` the station prints through.

    Silent to the saved label printer when one is set, otherwise the system print dialog
    (which offers to save the printer, so it is asked once). A missing or failed label
    printer opens the dialog once with the reason; if the packer cancels it, the
    ``PrinterError`` propagates so the job can be repeated later.
    """

    def __init__(
        self,
        parent: QWidget | None,
        label_printer: LabelPrinter,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        self.parent = parent
        self.label_printer = label_printer
        self.dialog = DialogPrint(parent, label_printer, on_saved)

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        if not self.label_printer.silent:
            return await self.dialog.print_pdfs(pdfs, job_name=job_name)
        try:
            return await self.label_printer.print_pdfs_async(pdfs, job_name=job_name)
        except PrinterError as err:
            log.warning("label printer failed: %s", err)
            reason = arg(
                translate("LabelOutput", "%1 Choose the printer for this label:"), err.user_message
            )
            printer = await self.dialog.choose_printer(reason)
            if printer is None:
                raise
        sink = self.label_printer.to_printer(printer)
        return await sink.print_pdfs_async(pdfs, job_name=job_name)


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


# ------------------------------------------------------------------ A4 sheets
#: A4 jobs still running (a task the loop only holds weakly would be collected mid-job)
_A4_JOBS: set[asyncio.Task[int]] = set()


def print_a4(
    window: QWidget | None, settings: Settings, pdfs: Sequence[bytes], job: str
) -> asyncio.Task[int]:
    """Print A4 sheets (pick list, command sheet, packer cards): silently on the saved A4
    printer (``settings.ui``), else through the system print dialog.

    Runs as a task on the loop (pages yield to it, scans stay live); the task resolves to
    the pages printed. A failure is told to the packer in the window's status bar (and
    logged), never lost in a task nobody awaits."""
    name = str(settings.ui.get(A4_PRINTER_KEY, ""))
    lp = LabelPrinter(PrinterSettings(printer_name=name, paper="A4"))

    async def run() -> int:
        if name:
            return await lp.print_pdfs_async(pdfs, job_name=job)
        return await DialogPrint(window, lp).print_pdfs(pdfs, job_name=job)

    def done(task: asyncio.Task[int]) -> None:
        _A4_JOBS.discard(task)
        if task.cancelled():
            return
        err = task.exception()
        if err is None:
            return
        if isinstance(err, KnownError):
            log.warning("A4 print failed: %s", err)
            text = f"{err.user_message} {err.hint}".strip()
        else:
            log.error("A4 print failed", exc_info=err)
            text = arg(
                translate("PrintDialogs", "Printing “%1” failed (%2). The details are in the log."),
                job,
                type(err).__name__,
            )
        _tell(window, text)

    task = asyncio.ensure_future(run())
    _A4_JOBS.add(task)
    task.add_done_callback(done)
    return task


def _tell(window: QWidget | None, text: str) -> None:
    """A message in the status bar of ``window``'s main window."""
    main = window.window() if window is not None else None
    if isinstance(main, QMainWindow):
        main.statusBar().showMessage(text, 15_000)
    elif isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)


# ------------------------------------------------------------------ settings
ASK = ""


def printer_combo(
    none_label: str | None,
    saved: str,
    *,
    names: Sequence[str] | None = None,
    box: QComboBox | None = None,
) -> QComboBox:
    """A printer pick-list: ``none_label`` (data ``""``; ``None`` for no such entry), then
    the installed printers, with ``saved`` selected.

    A saved printer that is not installed right now (a network printer briefly offline, a
    USB printer unplugged) stays in the list as "… (not found)" and selected, so the packer
    sees which one went missing and OK keeps it instead of forgetting it. ``box`` is
    refilled when given (a step shown again)."""
    if box is None:
        box = QComboBox()
    box.clear()
    if none_label is not None:
        box.addItem(none_label, ASK)
    installed = list(printer_names() if names is None else names)
    for name in installed:
        box.addItem(name, name)
    if saved and saved not in installed:
        box.addItem(arg(QCoreApplication.translate("PrintDialogs", "%1 (not found)"), saved), saved)
    box.setCurrentIndex(max(0, box.findData(saved)))
    return box


class PrinterSettingsDialog(QDialog):
    """Printer, paper, orientation, copies; test print; live page-layout warning."""

    def __init__(self, settings: PrinterSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerSettingsDialog")
        self.setWindowTitle(QCoreApplication.translate("PrinterSettingsDialog", "Label printer"))

        self.printer_box = printer_combo(
            QCoreApplication.translate(
                "PrinterSettingsDialog", "Ask every time (system print dialog)"
            ),
            settings.printer_name,
        )
        self.printer_box.setObjectName("printerBox")

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
        self.test_job: asyncio.Future[None] | None = None
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
        """The test label on the chosen printer (via the dialog for "ask every time")."""
        lp = self.label_printer()
        pdf = printer_test_pdf(lp.settings, lp.settings.printer_name)
        if lp.silent:
            try:
                lp.print_pdfs([pdf], job_name="lazpack test label")
            except KnownError as err:
                self.status.setText(f"{err.user_message} {err.hint}")
                return
            self.status.setText(
                QCoreApplication.translate(
                    "PrinterSettingsDialog",
                    "Test label sent. Its frame must be closed and every ruler start at 0.",
                )
            )
            return
        self.test_job = asyncio.ensure_future(self._test_through_dialog(lp, pdf))

    async def _test_through_dialog(self, lp: LabelPrinter, pdf: bytes) -> None:
        """With "ask every time": the same dialog and page handling as a label print (a page
        that is not the label's is put to the label size unless the packer chose the
        printer's own paper), then what the printer really does."""
        dialog = DialogPrint(self, lp, name="testPrintDialog")
        try:
            pages = await dialog.print_pdfs([pdf], job_name="lazpack test label")
        except KnownError as err:
            self.status.setText(f"{err.user_message} {err.hint}")
            return
        if not pages:
            return
        check = dialog.last_check
        self.warning.setText("\n".join(check.warnings) if check is not None else "")
        self.status.setText(
            QCoreApplication.translate(
                "PrinterSettingsDialog",
                "Test label sent. Its frame must be closed and every ruler start at 0.",
            )
        )
