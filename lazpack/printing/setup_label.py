"""The set-up test label: the label's own size, a frame, millimetre rulers along every edge,
a Code128 barcode and plain words, so a packer holding the printed label sees at once
whether it came out whole, turned or shrunk (issue 20, the printer step)."""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

#: what the test label's barcode reads
TEST_LABEL_CODE = "LAZPACK-TEST"


def _ruler(c: Canvas, length_mm: float, *, vertical: bool) -> None:
    """Ticks every mm from the edge (5 mm longer, 10 mm numbered)."""
    for n in range(int(length_mm) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.2
        if vertical:
            c.line(0, n * mm, tick * mm, n * mm)
        else:
            c.line(n * mm, 0, n * mm, tick * mm)
        if n % 10 == 0 and 0 < n < length_mm - 3:
            if vertical:
                c.drawString(4.6 * mm, n * mm - 1.2, str(n))
            else:
                c.drawCentredString(n * mm, 4.6 * mm, str(n))


def setup_label_pdf(width_mm: float, height_mm: float, *, printer: str = "") -> bytes:
    """One page of ``width_mm`` × ``height_mm``: rulers on all four edges, a frame 1 mm
    inside them, the barcode in the middle and what to look for."""
    buf = io.BytesIO()
    w, h = width_mm * mm, height_mm * mm
    c = Canvas(buf, pagesize=(w, h), invariant=True)
    c.setTitle("lazpack test label")
    c.setLineWidth(0.35)
    c.setFont("Helvetica", 6)
    # bottom and left rulers, then the same turned onto the top and right edges
    _ruler(c, width_mm, vertical=False)
    _ruler(c, height_mm, vertical=True)
    c.saveState()
    c.translate(w, h)
    c.rotate(180)
    _ruler(c, width_mm, vertical=False)
    _ruler(c, height_mm, vertical=True)
    c.restoreState()
    c.setLineWidth(0.6)
    c.rect(1 * mm, 1 * mm, w - 2 * mm, h - 2 * mm)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 16 * mm, "lazpack test label")
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, h - 22 * mm, f"{width_mm:.0f} × {height_mm:.0f} mm")
    if printer:
        c.drawCentredString(w / 2, h - 27 * mm, f"on {printer}"[:48])
    bc = Code128(TEST_LABEL_CODE, barHeight=18 * mm, barWidth=0.375 * mm, quiet=True)
    bc.drawOn(c, (w - bc.width) / 2, h / 2 - 6 * mm)
    c.setFont("Courier", 8)
    c.drawCentredString(w / 2, h / 2 - 10 * mm, TEST_LABEL_CODE)
    c.setFont("Helvetica", 8)
    lines = (
        "Whole: the frame is closed and",
        "every ruler starts at 0 at its corner.",
        "The 100 mm ruler measures 100 mm.",
    )
    for i, line in enumerate(lines):
        c.drawCentredString(w / 2, 30 * mm - i * 4 * mm, line)
    c.showPage()
    c.save()
    return buf.getvalue()
