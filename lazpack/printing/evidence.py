"""The one-page evidence summary that goes with a packing clip to a Lazada dispute: the
order, what the parcel should hold, every scan with its time and packer, and the clip
(name, length, SHA-256 so the file can be shown unchanged). A4, the bundled fonts (Thai,
Vietnamese and Chinese names print), as PDF bytes."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen import canvas

from lazpack.domain.video import Evidence, format_duration
from lazpack.i18n import arg, translate
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font

MM: float = float(_mm)
PAGE_W, PAGE_H = A4
MARGIN = 15 * MM
LINE = 4.6 * MM


def render_evidence_pdf(ev: Evidence, *, made: datetime) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1, initialFontName=initial_font())
    c.setTitle(arg(translate("EvidencePdf", "Packing evidence, order %1"), ev.order_number))
    c.setAuthor("lazpack")
    pen = Pen(c)
    x, right = MARGIN, PAGE_W - MARGIN
    y = PAGE_H - MARGIN - 6 * MM
    pen.font(BOLD, 16)
    pen.text(x, y, arg(translate("EvidencePdf", "Packing evidence — order %1"), ev.order_number))
    y -= 9 * MM
    facts = [
        (translate("EvidencePdf", "Tracking number"), ev.tracking or "—"),
        (translate("EvidencePdf", "Shop"), ev.shop_id),
        (translate("EvidencePdf", "Packer"), ev.packer or "—"),
        (translate("EvidencePdf", "Station"), ev.station or "—"),
        (
            translate("EvidencePdf", "Video"),
            f"{ev.clip_name} ({format_duration(ev.clip_seconds)}, "
            f"{ev.clip_started.strftime('%Y-%m-%d %H:%M:%S')})",
        ),
        ("SHA-256", ev.clip_sha256),
    ]
    for label, value in facts:
        pen.font(BOLD, 9.5)
        pen.text(x, y, label)
        pen.font(REGULAR, 9.5 if label != "SHA-256" else 7.5)
        pen.text(x + 38 * MM, y, value)
        y -= LINE
    y -= 3 * MM
    pen.font(BOLD, 11)
    pen.text(x, y, translate("EvidencePdf", "In the parcel"))
    y -= LINE
    for sku, name, qty in ev.items:
        pen.font(BOLD, 9.5)
        pen.right(x + 12 * MM, y, f"{qty} ×")
        pen.text(x + 15 * MM, y, sku)
        pen.font(REGULAR, 9)
        pen.text(x + 70 * MM, y, name[:70])
        y -= LINE
    y -= 3 * MM
    pen.font(BOLD, 11)
    pen.text(x, y, translate("EvidencePdf", "Scans at the station"))
    y -= LINE
    room = int((y - MARGIN - 2 * LINE) // LINE)
    shown = ev.scans[:room] if len(ev.scans) > room else ev.scans
    pen.font(REGULAR, 8.5)
    for s in shown:
        pen.text(x, y, s.at.strftime("%Y-%m-%d %H:%M:%S"))
        pen.text(x + 36 * MM, y, s.code[:40])
        pen.text(x + 95 * MM, y, s.result)
        pen.text(x + 125 * MM, y, s.packer[:24])
        y -= LINE
    if len(ev.scans) > len(shown):
        pen.text(
            x,
            y,
            arg(
                translate("EvidencePdf", "… %1 more scans in the station's journal"),
                len(ev.scans) - len(shown),
            ),
        )
    pen.font(REGULAR, 7.5)
    pen.right(
        right,
        MARGIN - 5 * MM,
        arg(translate("EvidencePdf", "Made by lazpack on %1"), made.strftime("%Y-%m-%d %H:%M")),
    )
    c.showPage()
    c.save()
    return out.getvalue()
