"""Previews of PDFs (labels, the command sheet) and Help → Print command sheet.

The preview renders the pages itself (``QPdfDocument``) into a scrollable dialog with a
Print button, rather than ``QPrintPreviewDialog``: that one crashed the process offscreen
as soon as label pages were painted into it (PySide6 6.12), and a crashed station loses
the packer's work in progress.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.scan import command_sheet
from lazpack.errors import PrinterError
from lazpack.i18n import arg

#: preview width of one page in pixels (readable at 1366×768)
PAGE_WIDTH = 560


def command_sheet_pdf(packers: Sequence[str] = ()) -> bytes:
    # reportlab costs ~0.2 s to import: paid when the sheet is printed, not at start-up
    from lazpack.printing.command_sheet import render_command_sheet

    return render_command_sheet(command_sheet([p for p in packers if p]))


def render_pages(pdf: bytes, width: int = PAGE_WIDTH) -> list[QImage]:
    """Every page of ``pdf`` on white, ``width`` pixels wide."""
    data = QByteArray(pdf)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready:
        raise PrinterError(
            arg(
                QCoreApplication.translate("PdfPreview", "The document cannot be shown (%1)."),
                doc.error().name,
            )
        )
    pages: list[QImage] = []
    for n in range(doc.pageCount()):
        pts = doc.pagePointSize(n)
        size = QSize(width, max(1, round(width * pts.height() / max(pts.width(), 1.0))))
        img = doc.render(n, size)
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, img)
        painter.end()
        pages.append(paper)
    doc.close()
    return pages


class PdfPreview(QDialog):
    """Pages of one or more PDFs, one under the other; Print hands them to ``on_print``."""

    def __init__(
        self,
        pdfs: Sequence[bytes],
        title: str,
        parent: QWidget | None = None,
        *,
        on_print: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_print: Callable[[], object] = lambda: None
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        body = QWidget()
        lay = QVBoxLayout(body)
        self.pages = [img for pdf in pdfs for img in render_pages(pdf)]
        for img in self.pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(img))
            page.setFrameShape(QLabel.Shape.Box)
            lay.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if on_print is not None:
            printb = QPushButton(QCoreApplication.translate("PdfPreview", "&Print…"))
            printb.setObjectName("previewPrint")
            self._on_print = on_print
            printb.clicked.connect(self._print)
            buttons.addButton(printb, QDialogButtonBox.ButtonRole.ActionRole)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(PAGE_WIDTH + 80, 680)
        if parent is not None:
            # back to the station window: the next scan must find it active
            self.finished.connect(lambda _r: parent.activateWindow())
        # non-modal: the station keeps scanning behind it
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()

    def _print(self) -> None:
        self.accept()
        self._on_print()
