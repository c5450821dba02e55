"""The command sheet: the station's command barcodes (DONE, CANCEL, UNDO…, packer cards)
on one A4 page, to print and tape beside the scanner.

Code128 carries the full ASCII set, so ``#LP:PACKER:Ana`` scans back exactly as written.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lazpack.errors import PrinterError
from lazpack.i18n import arg, translate
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font

COLUMNS = 2
ROW_HEIGHT = 44 * mm
MARGIN = 14 * mm


def render_command_sheet(entries: Sequence[tuple[str, str]], *, title: str = "") -> bytes:
    """A PDF with one Code128 barcode and caption per ``(barcode text, caption)`` entry."""
    title = title or translate("CommandSheet", "lazpack — command barcodes")
    if not entries:
        raise PrinterError(translate("CommandSheet", "There are no commands to print."))
    for code, _caption in entries:
        if not code.isascii():
            raise PrinterError(
                arg(translate("CommandSheet", "“%1” cannot be a Code128 barcode."), code),
                hint=translate("CommandSheet", "Use ASCII letters only."),
            )
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True, initialFontName=initial_font())
    pen = Pen(c)  # the bundled Noto faces: a packer card may carry a Thai or Chinese name
    width, height = A4
    col_w = (width - 2 * MARGIN) / COLUMNS
    rows_per_page = int((height - 2 * MARGIN - 16 * mm) // ROW_HEIGHT)
    per_page = rows_per_page * COLUMNS
    for start in range(0, len(entries), per_page):
        if start:
            c.showPage()
        pen.font(BOLD, 16)
        pen.text(MARGIN, height - MARGIN - 6 * mm, title)
        pen.font(REGULAR, 9)
        pen.text(
            MARGIN,
            height - MARGIN - 11 * mm,
            translate(
                "CommandSheet",
                "Scan a barcode with the station's scanner. Keep this sheet next to the packing "
                "desk.",
            ),
        )
        for i, (code, caption) in enumerate(entries[start : start + per_page]):
            row, col = divmod(i, COLUMNS)
            x = MARGIN + col * col_w
            top = height - MARGIN - 16 * mm - row * ROW_HEIGHT
            pen.font(BOLD, 15)
            pen.text(x + 4 * mm, top - 7 * mm, caption)
            bc = Code128(code, barHeight=18 * mm, barWidth=0.38 * mm, quiet=True)
            scale = min(1.0, (col_w - 10 * mm) / bc.width)
            c.saveState()
            c.translate(x + 4 * mm, top - 29 * mm)
            c.scale(scale, 1.0)
            bc.drawOn(c, 0, 0)
            c.restoreState()
            pen.font(REGULAR, 9)
            pen.text(x + 4 * mm, top - 34 * mm, code)
    c.save()
    return buf.getvalue()
