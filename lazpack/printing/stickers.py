"""SKU stickers: one barcode sticker per unit, for products that carry no barcode of their own.

One sticker per PDF page at the sticker paper's size (a thermal printer feeds one sticker per
page): EAN-13 when the SKU's catalogue has a valid EAN-13 (or UPC-A, printed as EAN-13),
else a Code128 of the seller SKU, the SKU and the product name under it in the bundled fonts.
Bars are whole multiples of a 203 dpi printer's dot so they scan.
``print_stickers`` sends the PDF to the saved sticker printer (QtGui; no window needed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen import canvas

from lazpack.domain.catalogue import ean13_for
from lazpack.errors import WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font, string_width

log = get_logger("printing.stickers")

MM: float = float(_mm)
#: name -> (width, height) in mm: the sticker rolls sellers use.
STICKER_PAPERS: dict[str, tuple[float, float]] = {"40x30mm": (40, 30), "50x25mm": (50, 25)}
DEFAULT_PAPER = "40x30mm"
#: One module = 2 dots at 203 dpi.
DOT = 25.4 / 203 * MM
MAX_STICKERS = 2000


@dataclass(frozen=True, slots=True)
class Sticker:
    sku: str
    name: str = ""
    barcodes: tuple[str, ...] = ()
    quantity: int = 1

    @property
    def code(self) -> tuple[str, str]:
        """(symbology, text): EAN-13 when the SKU has a valid one, else Code128 of the SKU."""
        ean = ean13_for(self.barcodes)
        return ("EAN13", ean) if ean else ("Code128", self.sku)


def _fit(text: str, style: str, size: float, width: float) -> str:
    if string_width(text, style, size) <= width:
        return text
    while text and string_width(text + "…", style, size) > width:
        text = text[:-1]
    return text + "…"


def _paper_mm(paper: str) -> tuple[float, float]:
    try:
        return STICKER_PAPERS[paper]
    except KeyError:
        raise WorkflowError(
            arg(translate("Stickers", "Unknown sticker size %1."), repr(paper)),
            hint=arg(translate("Stickers", "Choose one of: %1."), ", ".join(STICKER_PAPERS)),
        ) from None


def render_stickers(stickers: Sequence[Sticker], paper: str = DEFAULT_PAPER) -> bytes:
    """``quantity`` stickers of each, one per page, as PDF bytes."""
    w_mm, h_mm = _paper_mm(paper)
    total = sum(s.quantity for s in stickers)
    if total <= 0:
        raise WorkflowError(
            translate("Stickers", "No stickers to print: give each SKU a quantity.")
        )
    if total > MAX_STICKERS:
        raise WorkflowError(
            arg(
                translate("Stickers", "%1 stickers at once is too many (at most %2)."),
                total,
                MAX_STICKERS,
            )
        )
    for s in stickers:
        kind, text = s.code
        if kind == "Code128" and (not text.isascii() or not text.isprintable()):
            raise WorkflowError(
                arg(
                    translate(
                        "Stickers",
                        "SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).",
                    ),
                    s.sku,
                ),
                hint=translate(
                    "Stickers", "Give it an EAN in the catalogue, or rename the seller SKU."
                ),
            )
    width, height = w_mm * MM, h_mm * MM
    margin = 1.5 * MM
    out = io.BytesIO()
    c = canvas.Canvas(
        out, pagesize=(width, height), pageCompression=1, initialFontName=initial_font()
    )
    c.setTitle("SKU stickers")
    c.setAuthor("lazpack")
    pen = Pen(c)
    inner = width - 2 * margin
    bar_h = height * 0.48
    for s in stickers:
        kind, text = s.code
        for _ in range(s.quantity):
            if kind == "EAN13":
                widget = Ean13BarcodeWidget(text)
                widget.barWidth = DOT * 1.5
                widget.barHeight = bar_h - 3 * MM
                widget.fontSize = 6
                x0, y0, x1, y1 = widget.getBounds()
                d = Drawing(x1 - x0, y1 - y0)
                d.add(widget)
                bw = x1 - x0
                renderPDF.draw(d, c, (width - bw) / 2 - x0, height - margin - (y1 - y0) - y0)
            else:
                # 2 dots per module when it fits; a long SKU on a small sticker gets the
                # widest module that fits (the sticker's own blank edge is the quiet zone)
                bc = code128.Code128(
                    text, barHeight=bar_h, barWidth=DOT * 2, quiet=False, humanReadable=False
                )
                if bc.width > inner:
                    module = DOT * 2 * inner / float(bc.width)
                    bc = code128.Code128(
                        text, barHeight=bar_h, barWidth=module, quiet=False, humanReadable=False
                    )
                bc.drawOn(c, (width - bc.width) / 2, height - margin - bar_h)
            pen.font(BOLD, 7.5)
            pen.centre(width / 2, margin + 4 * MM, _fit(s.sku, BOLD, 7.5, inner))
            if s.name:
                pen.font(REGULAR, 6)
                pen.centre(width / 2, margin + 0.8 * MM, _fit(s.name, REGULAR, 6, inner))
            c.showPage()
    c.save()
    return out.getvalue()


def print_stickers(pdf: bytes, *, printer_name: str, paper: str = DEFAULT_PAPER) -> int:
    """Print the sticker PDF on ``printer_name`` at the sticker size; returns pages.

    The printer comes from ``LabelPrinter.new_printer``: a missing, renamed or failing
    printer raises its ``PrinterError`` with the fix, before any sticker is painted."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    import lazpack.qt  # noqa: F401 - the Qt workarounds before any PySide6 use
    from lazpack.config import PrinterSettings
    from lazpack.printing.printer import LabelPrinter

    if not printer_name:
        raise WorkflowError(
            translate("Stickers", "No sticker printer is saved."),
            hint=translate("Stickers", "Choose one in the Stickers dialog first."),
        )
    w_mm, h_mm = _paper_mm(paper)
    lp = LabelPrinter(PrinterSettings(printer_name=printer_name))
    printer = lp.new_printer()
    size = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, f"Sticker {paper}")
    if not printer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    ):
        log.warning("printer %r refused the sticker page %s", printer_name, paper)
    printer.setFullPage(True)
    printer.setCopyCount(1)  # quantities are pages already
    return lp.to_printer(printer).print_pdfs([pdf], job_name="SKU stickers")
