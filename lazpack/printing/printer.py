"""Label PDFs → ``QPrinter`` (design.md §7).

Every page is rasterised by QtPdf at the printer's own resolution, with anti-aliasing off so
barcode bars keep hard edges, composited onto white (PDF pages are transparent) and reduced
to 1-bit. The 1-bit step matters: Qt's PDF/CUPS path JPEG-compresses colour images, which
smears grey fringes into the bars; a black-and-white bitmap is written losslessly and is what
a thermal printer prints anyway.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

import lazpack.qt  # noqa: F401  (the PySide6 workarounds, before any Qt use)
from lazpack.config import PrinterSettings
from lazpack.errors import ConfigError, LabelFileError, PrinterError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

if TYPE_CHECKING:
    from lazpack.domain.ports import LabelSink

log = get_logger("printing")

#: Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1.
LABEL_DPI = 203
#: Above this the raster only costs time: no label printer resolves finer.
MAX_DPI = 600

PAPERS: dict[str, tuple[str, QPageSize]] = {
    "100x150mm": (
        "100 × 150 mm (label)",
        QPageSize(QSizeF(100, 150), QPageSize.Unit.Millimeter, "Label 100x150mm"),
    ),
    "A6": ("A6 (105 × 148 mm)", QPageSize(QPageSize.PageSizeId.A6)),
    "4x6in": ("4 × 6 in (label)", QPageSize(QSizeF(4, 6), QPageSize.Unit.Inch, "Label 4x6in")),
    "A4": ("A4 sheet", QPageSize(QPageSize.PageSizeId.A4)),
}
ORIENTATIONS = {
    "portrait": QPageLayout.Orientation.Portrait,
    "landscape": QPageLayout.Orientation.Landscape,
}
#: Answers to "the printer's page does not match the label", remembered per printer.
PAGE_LABEL = "label"  # put the label size on the printer (the fix)
PAGE_PAPER = "paper"  # print on the printer's own paper, the label scaled to fit
#: Page sizes within this many millimetres count as the same paper.
_SIZE_TOLERANCE_MM = 2.0

_ALIASED = (
    QPdfDocumentRenderOptions.RenderFlag.TextAliased
    | QPdfDocumentRenderOptions.RenderFlag.ImageAliased
    | QPdfDocumentRenderOptions.RenderFlag.PathAliased
)
_BW_TABLE = [QColor(Qt.GlobalColor.black).rgba(), QColor(Qt.GlobalColor.white).rgba()]


def page_size(paper: str) -> QPageSize:
    try:
        return PAPERS[paper][1]
    except KeyError:
        raise ConfigError(
            arg(translate("LabelPrinter", "Unknown label paper %1."), repr(paper)),
            hint=arg(translate("LabelPrinter", "Choose one of: %1."), ", ".join(PAPERS)),
        ) from None


def page_layout(settings: PrinterSettings) -> QPageLayout:
    orientation = ORIENTATIONS.get(settings.orientation)
    if orientation is None:
        raise ConfigError(
            arg(translate("LabelPrinter", "Unknown orientation %1."), repr(settings.orientation)),
            hint=translate("LabelPrinter", "Use portrait or landscape."),
        )
    layout = QPageLayout(page_size(settings.paper), orientation, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer_name() -> str:
    return str(QPrinterInfo.defaultPrinterName())


@dataclass(frozen=True, slots=True)
class LayoutCheck:
    """What the printer will really do with a label, read back from its page layout."""

    printer_name: str
    paper_mm: tuple[float, float]  # as oriented on the page
    label_mm: tuple[float, float]
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.warnings

    @property
    def size_matches(self) -> bool:
        """The paper is the label's size, as oriented (margins aside)."""
        (pw, ph), (lw, lh) = self.paper_mm, self.label_mm
        return abs(pw - lw) <= _SIZE_TOLERANCE_MM and abs(ph - lh) <= _SIZE_TOLERANCE_MM


def _load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise LabelFileError(
            arg(translate("LabelPrinter", "The label file cannot be read (%1)."), doc.error().name)
        )
    # The buffer must outlive the document: QPdfDocument reads from it lazily.
    return doc, buf


def _fit(src: QSizeF, target: QRect) -> tuple[QRect, bool]:
    """Where a page of ``src`` points goes on ``target`` (device pixels), and whether to rotate.

    A label whose orientation differs from the paper's is turned, not shrunk.
    """
    sw, sh = src.width(), src.height()
    rotate = (sw > sh) != (target.width() > target.height()) and sw != sh
    if rotate:
        sw, sh = sh, sw
    scale = min(target.width() / sw, target.height() / sh)
    w, h = max(1, round(sw * scale)), max(1, round(sh * scale))
    x = target.x() + (target.width() - w) // 2
    y = target.y() + (target.height() - h) // 2
    return QRect(x, y, w, h), rotate


def render_page(doc: QPdfDocument, page: int, size: QSize, *, rotate: bool = False) -> QImage:
    """One page as a 1-bit black-and-white image of exactly ``size`` pixels."""
    render_size = size.transposed() if rotate else size
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(_ALIASED)
    page_img = doc.render(page, render_size, options)
    canvas = QImage(render_size, QImage.Format.Format_RGB32)
    canvas.fill(Qt.GlobalColor.white)
    p = QPainter(canvas)
    p.drawImage(0, 0, page_img)
    p.end()
    if rotate:
        canvas = canvas.transformed(QTransform().rotate(90))
    return canvas.convertToFormat(
        QImage.Format.Format_Mono, _BW_TABLE, Qt.ImageConversionFlag.ThresholdDither
    )


class LabelPrinter:
    """Renders label PDFs onto a ``QPrinter``; silent to the configured label printer."""

    def __init__(self, settings: PrinterSettings | None = None) -> None:
        self.settings = settings or PrinterSettings()
        page_layout(self.settings)  # reject a bad paper/orientation now, not at print time

    # ------------------------------------------------------------ printers
    @property
    def silent(self) -> bool:
        """True when a label printer is set: print without asking."""
        return bool(self.settings.printer_name)

    def page_choice(self, printer_name: str) -> str | None:
        """The remembered answer to a page mismatch on ``printer_name``: ``PAGE_LABEL``,
        ``PAGE_PAPER`` or None (never asked)."""
        choices = self.settings.page_choice
        choice = choices.get(printer_name) if isinstance(choices, dict) and printer_name else None
        return choice if choice in (PAGE_LABEL, PAGE_PAPER) else None

    def remember_page_choice(self, printer_name: str, choice: str) -> None:
        if choice not in (PAGE_LABEL, PAGE_PAPER):
            raise ValueError(f"unknown page choice {choice!r}")
        if not isinstance(self.settings.page_choice, dict):
            self.settings.page_choice = {}
        if printer_name:
            self.settings.page_choice[printer_name] = choice

    def configure(self, printer: QPrinter, *, force_label: bool = False) -> QPrinter:
        """Label page (default 100×150 mm), full page, zero margins, copies.

        A printer whose packer chose "the printer's own paper" keeps its page (the label is
        scaled onto it) unless ``force_label``.
        """
        keep_paper = self.page_choice(printer.printerName()) == PAGE_PAPER and not force_label
        if keep_paper:
            margins = QMarginsF(0, 0, 0, 0)
            printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        elif not printer.setPageLayout(page_layout(self.settings)):
            # The driver refused the size; layout_check() tells the packer what it uses.
            log.warning("printer %r refused the label page layout", printer.printerName())
        printer.setFullPage(True)
        printer.setCopyCount(max(1, self.settings.copies))
        if printer.resolution() > MAX_DPI:
            printer.setResolution(MAX_DPI)
        return printer

    def new_printer(self, printer_name: str | None = None) -> QPrinter:
        """A configured printer for ``printer_name`` (default: the label printer setting).

        Raises ``PrinterError`` if it is missing, renamed or reports an error.
        """
        name = self.settings.printer_name if printer_name is None else printer_name
        if not name:
            return self.configure(QPrinter(QPrinter.PrinterMode.HighResolution))
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            known = printer_names()
            raise PrinterError(
                arg(translate("LabelPrinter", "The label printer “%1” was not found."), name),
                hint=(
                    arg(
                        translate(
                            "LabelPrinter",
                            "It may be unplugged, renamed or removed. Choose another printer in "
                            "Settings → Printer, or print with the system dialog. Available: %1.",
                        ),
                        ", ".join(known),
                    )
                    if known
                    else translate(
                        "LabelPrinter",
                        "It may be unplugged, renamed or removed. No printers are installed; "
                        "print with the system dialog or save the labels as PDF.",
                    )
                ),
            )
        if info.state() == QPrinter.PrinterState.Error:
            raise PrinterError(
                arg(
                    translate(
                        "LabelPrinter",
                        "The label printer “%1” reports an error (offline or out of labels).",
                    ),
                    name,
                ),
                hint=translate(
                    "LabelPrinter",
                    "Check that it is switched on, connected and loaded, or choose another "
                    "printer.",
                ),
            )
        return self.configure(QPrinter(info, QPrinter.PrinterMode.HighResolution))

    def pdf_printer(self, path: Path, *, dpi: int = LABEL_DPI) -> QPrinter:
        """``Save as PDF`` (and tests): the label page at ``dpi``."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(dpi)
        self.configure(printer)
        printer.setCopyCount(1)  # copies belong to paper, not to a saved file
        return printer

    def layout_check(self, printer: QPrinter) -> LayoutCheck:
        """Compare the page the printer will really use with the label; warn with the fix."""
        layout = printer.pageLayout()
        paper = layout.fullRect(QPageLayout.Unit.Millimeter)
        label = page_layout(self.settings).fullRect(QPageLayout.Unit.Millimeter)
        m = layout.margins(QPageLayout.Unit.Millimeter)
        margins = (m.left(), m.top(), m.right(), m.bottom())
        name = printer.printerName() or (
            translate("LabelPrinter", "PDF file")
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            else translate("LabelPrinter", "printer")
        )
        pw, ph = paper.width(), paper.height()
        lw, lh = label.width(), label.height()
        warnings: list[str] = []
        if abs(pw - lw) > _SIZE_TOLERANCE_MM or abs(ph - lh) > _SIZE_TOLERANCE_MM:
            turned = abs(pw - lh) <= _SIZE_TOLERANCE_MM and abs(ph - lw) <= _SIZE_TOLERANCE_MM
            if turned:
                fix = (
                    translate(
                        "LabelPrinter",
                        "“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the "
                        "orientation to portrait in Settings → Printer or in the printer's own "
                        "settings.",
                    )
                    if pw < ph
                    else translate(
                        "LabelPrinter",
                        "“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the "
                        "orientation to landscape in Settings → Printer or in the printer's own "
                        "settings.",
                    )
                )
                warnings.append(arg(fix, name, f"{pw:.0f}", f"{ph:.0f}"))
            else:
                scale = min(pw / lw, ph / lh)
                warnings.append(
                    arg(
                        translate(
                            "LabelPrinter",
                            "“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it "
                            "prints at %6 size. Fix: set the paper size to %4 × %5 mm in the "
                            "printer's settings (Printers → Preferences), or pick the paper it "
                            "really has in Settings → Printer.",
                        ),
                        name,
                        f"{pw:.0f}",
                        f"{ph:.0f}",
                        f"{lw:.0f}",
                        f"{lh:.0f}",
                        f"{scale:.0%}",
                    )
                )
        if any(v > 0.5 for v in margins):
            warnings.append(
                arg(
                    translate(
                        "LabelPrinter",
                        "“%1” adds margins (%2 mm), which shrink the label. Fix: set the "
                        "margins to 0 / borderless in the printer's settings.",
                    ),
                    name,
                    ", ".join(f"{v:.0f}" for v in margins),
                )
            )
        return LayoutCheck(name, (pw, ph), (lw, lh), margins, tuple(warnings))

    # -------------------------------------------------------------- printing
    def paint(self, pdfs: Sequence[bytes], printer: QPrinter) -> int:
        """Paint every page of every PDF onto ``printer`` as one job; returns pages painted.

        Also the ``paintRequested`` handler of a print preview.
        """
        pages = 0
        for pages in self.paint_steps(pdfs, printer):  # noqa: B007 - the last count is the total
            pass
        return pages

    async def paint_async(self, pdfs: Sequence[bytes], printer: QPrinter) -> int:
        """``paint`` that lets the event loop run between pages (scans stay live in a batch)."""
        pages = 0
        for pages in self.paint_steps(pdfs, printer):  # noqa: B007
            await asyncio.sleep(0)
        return pages

    def paint_steps(self, pdfs: Sequence[bytes], printer: QPrinter) -> Iterator[int]:
        """The job, one page per step (yields pages painted so far).

        Abandoning or failing half-way aborts the job, so no half batch reaches the paper.
        """
        docs = [_load_pdf(data) for data in pdfs]  # fail before any paper moves
        if not docs:
            return
        painter = QPainter()
        if not painter.begin(printer):
            where = printer.printerName() or translate("LabelPrinter", "the printer")
            raise PrinterError(
                arg(
                    translate("LabelPrinter", "The print job could not be started on “%1”."), where
                ),
                hint=translate(
                    "LabelPrinter",
                    "Check the printer, or choose another; the labels are kept and can be "
                    "printed again.",
                ),
            )
        pages = 0
        finished = False
        try:
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for doc, _buf in docs:
                for page in range(doc.pageCount()):
                    if pages and not printer.newPage():
                        raise PrinterError(
                            translate("LabelPrinter", "The printer stopped accepting pages."),
                            hint=translate(
                                "LabelPrinter", "Check the printer; then print the labels again."
                            ),
                        )
                    rect, rotate = _fit(
                        doc.pagePointSize(page), QRect(0, 0, *target.size().toTuple())
                    )
                    painter.drawImage(rect, render_page(doc, page, rect.size(), rotate=rotate))
                    pages += 1
                    yield pages
            finished = True
        finally:
            if not finished:
                printer.abort()
            painter.end()
            if not finished and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                # a file engine keeps what was painted; a half batch must not look printed
                Path(printer.outputFileName()).unlink(missing_ok=True)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterError(
                arg(
                    translate("LabelPrinter", "“%1” failed while printing."),
                    printer.printerName() or translate("LabelPrinter", "The printer"),
                ),
                hint=translate(
                    "LabelPrinter",
                    "Check the printer (paper, cover, cable); then print the labels again.",
                ),
            )

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        """``LabelSink``: print silently to the label printer of the settings."""
        if not self.silent:
            raise PrinterError(
                translate("LabelPrinter", "No label printer is set."),
                hint=translate(
                    "LabelPrinter",
                    "Choose one in Settings → Printer, or print with the system dialog.",
                ),
            )
        return self.to_printer(self.new_printer()).print_pdfs(pdfs, job_name=job_name)

    async def print_pdfs_async(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        """``print_pdfs`` yielding to the event loop between pages."""
        if not self.silent:
            return self.print_pdfs(pdfs, job_name=job_name)  # raises the explanation
        return await self.to_printer(self.new_printer()).print_pdfs_async(pdfs, job_name=job_name)

    def to_printer(self, printer: QPrinter) -> PrinterSink:
        """A ``LabelSink`` for a printer chosen in the print dialog (already configured)."""
        return PrinterSink(self, printer)

    def to_pdf_file(self, path: Path, *, dpi: int = LABEL_DPI) -> PrinterSink:
        """A ``LabelSink`` that writes one PDF file (``Save as PDF``)."""
        return PrinterSink(self, self.pdf_printer(path, dpi=dpi))


class PrinterSink:
    """A ``LabelSink`` bound to one ``QPrinter``."""

    def __init__(self, label_printer: LabelPrinter, printer: QPrinter) -> None:
        self.label_printer = label_printer
        self.printer = printer

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        self.printer.setDocName(job_name)
        pages = self.label_printer.paint(pdfs, self.printer)
        log.info("printed %d label page(s) on %s", pages, self.printer.printerName() or "PDF")
        return pages

    async def print_pdfs_async(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        self.printer.setDocName(job_name)
        pages = await self.label_printer.paint_async(pdfs, self.printer)
        log.info("printed %d label page(s) on %s", pages, self.printer.printerName() or "PDF")
        return pages


if TYPE_CHECKING:  # structural conformance, checked by mypy

    def _sinks(lp: LabelPrinter, ps: PrinterSink) -> tuple[LabelSink, LabelSink]:
        return lp, ps
