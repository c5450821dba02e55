"""Help → Print command sheet: the command barcodes as a PDF, previewed and printed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from lazpack.config import PrinterSettings
from lazpack.domain.scan import command_sheet
from lazpack.printing.command_sheet import render_command_sheet
from lazpack.printing.printer import LabelPrinter
from lazpack.ui.print_dialogs import open_print_preview


def command_sheet_pdf(packers: Sequence[str] = ()) -> bytes:
    return render_command_sheet(command_sheet([p for p in packers if p]))


def open_command_sheet(parent: QWidget | None, packers: Sequence[str] = ()) -> QPrintPreviewDialog:
    """Preview the sheet on A4; the preview's own Print button sends it to any printer."""
    printer = LabelPrinter(PrinterSettings(paper="A4"))
    dlg = open_print_preview(parent, printer, [command_sheet_pdf(packers)])
    dlg.setWindowTitle("Command sheet")
    return dlg
