"""The test label (set-up's printer step and Settings → Label printer → Test print).

The label's own size, a frame, millimetre rulers along every edge, a Code128 barcode and
plain words, so a packer holding the printed label sees at once whether it came out whole,
turned or shrunk (issue 20). Its words are in the station's language and drawn in the
bundled Noto faces (``printing.fonts``), so a Thai printer name or a Chinese sentence prints
as itself.
"""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lazpack.config import PrinterSettings
from lazpack.i18n import arg, translate
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font, string_width

#: what the test label's barcode reads
TEST_LABEL_CODE = "LAZPACK-TEST"
#: the space the words may take across the label (from the rulers inwards)
_TEXT_INSET_MM = 8


def _ruler(c: Canvas, pen: Pen, length_mm: float, *, vertical: bool) -> None:
    """Ticks every mm from the edge (5 mm longer, 10 mm numbered)."""
    for n in range(int(length_mm) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.2
        if vertical:
            c.line(0, n * mm, tick * mm, n * mm)
        else:
            c.line(n * mm, 0, n * mm, tick * mm)
        if n % 10 == 0 and 0 < n < length_mm - 3:
            if vertical:
                pen.text(4.6 * mm, n * mm - 1.2, str(n))
            else:
                pen.centre(n * mm, 4.6 * mm, str(n))


def last_ruler_mark(length_mm: float) -> int:
    """The last numbered mark of a ruler ``length_mm`` long (the one the label names)."""
    return max(10, int((length_mm - 3 - 1e-9) // 10) * 10)


def _fitted(pen: Pen, style: str, size: float, text: str, width: float) -> None:
    """``pen`` set to ``style`` at ``size`` or smaller, so ``text`` fits ``width``."""
    while size > 4 and string_width(text, style, size) > width:
        size -= 0.5
    pen.font(style, size)


def setup_label_pdf(width_mm: float, height_mm: float, *, printer: str = "") -> bytes:
    """One page of ``width_mm`` × ``height_mm``: rulers on all four edges, a frame 1 mm
    inside them, the barcode in the middle and what to look for."""
    buf = io.BytesIO()
    w, h = width_mm * mm, height_mm * mm
    c = Canvas(buf, pagesize=(w, h), invariant=True, initialFontName=initial_font())
    c.setTitle("lazpack test label")
    pen = Pen(c)
    c.setLineWidth(0.35)
    pen.font(REGULAR, 6)
    # bottom and left rulers, then the same turned onto the top and right edges
    _ruler(c, pen, width_mm, vertical=False)
    _ruler(c, pen, height_mm, vertical=True)
    c.saveState()
    c.translate(w, h)
    c.rotate(180)
    _ruler(c, pen, width_mm, vertical=False)
    _ruler(c, pen, height_mm, vertical=True)
    c.restoreState()
    c.setLineWidth(0.6)
    c.rect(1 * mm, 1 * mm, w - 2 * mm, h - 2 * mm)
    room = w - 2 * _TEXT_INSET_MM * mm
    title = translate("TestLabel", "lazpack test label")
    _fitted(pen, BOLD, 13, title, room)
    pen.centre(w / 2, h - 16 * mm, title)
    size = arg(translate("TestLabel", "%1 × %2 mm"), f"{width_mm:.0f}", f"{height_mm:.0f}")
    pen.font(REGULAR, 9)
    pen.centre(w / 2, h - 22 * mm, size)
    if printer:
        on = arg(translate("TestLabel", "on %1"), printer)
        _fitted(pen, REGULAR, 9, on, room)
        pen.centre(w / 2, h - 27 * mm, on)
    bc = Code128(TEST_LABEL_CODE, barHeight=18 * mm, barWidth=0.375 * mm, quiet=True)
    bc.drawOn(c, (w - bc.width) / 2, h / 2 - 6 * mm)
    pen.font(REGULAR, 8)
    pen.centre(w / 2, h / 2 - 10 * mm, TEST_LABEL_CODE)
    mark = last_ruler_mark(width_mm)
    lines = (
        translate("TestLabel", "Whole: the frame is closed and"),
        translate("TestLabel", "every ruler starts at 0 at its corner."),
        arg(translate("TestLabel", "From 0 to %1 the bottom ruler measures %1 mm."), mark),
    )
    for i, line in enumerate(lines):
        _fitted(pen, REGULAR, 8, line, room)
        pen.centre(w / 2, 30 * mm - i * 4 * mm, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def printer_test_pdf(settings: PrinterSettings, printer: str = "") -> bytes:
    """The test label at the label size of ``settings`` (paper and orientation)."""
    from PySide6.QtGui import QPageLayout

    import lazpack.qt  # noqa: F401 - the Qt workarounds before any PySide6 use
    from lazpack.printing.printer import page_layout

    rect = page_layout(settings).fullRect(QPageLayout.Unit.Millimeter)
    return setup_label_pdf(rect.width(), rect.height(), printer=printer)
