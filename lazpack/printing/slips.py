"""Delivery slips for delivered-by-seller (DBS) packages.

Lazada prints no AWB for DBS packages (PrintAWB answers ``700040``), yet the driver still needs
a paper that says what goes where. The slip is a 100×150 mm PDF — the same stock as the AWB
labels, so it goes through the same ``LabelSink`` (``LabelPrinter``) — with the order number as
a Code128 barcode (scanning it at the station finds the order), the recipient, the COD amount
to collect, the items grouped by SKU and the package id.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.graphics.barcode import code128
from reportlab.lib.units import mm as _mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.ports import LabelSink
from lazpack.errors import WorkflowError
from lazpack.log import get_logger

log = get_logger("printing")

MM: float = float(_mm)
PAGE_W, PAGE_H = 100 * MM, 150 * MM
MARGIN = 4 * MM
#: 3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.
BAR_MODULE = 0.375 * MM

# Fonts with Latin + Vietnamese (and Thai where the OS has it); the PDF core fonts have
# neither, so a Unicode TTF from the system is embedded when one is found.
_FONT_CANDIDATES = (
    ("C:/Windows/Fonts/tahoma.ttf", "C:/Windows/Fonts/tahomabd.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", ""),
    ("/Library/Fonts/Arial Unicode.ttf", ""),
)


@cache
def _fonts() -> tuple[str, str]:
    """(regular, bold) font names registered with reportlab; core Helvetica as the fallback."""
    for regular, bold in _FONT_CANDIDATES:
        if not Path(regular).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont("SlipSans", regular))
            bold_name = "SlipSans"
            if bold and Path(bold).is_file():
                pdfmetrics.registerFont(TTFont("SlipSans-Bold", bold))
                bold_name = "SlipSans-Bold"
            return "SlipSans", bold_name
        except Exception as err:  # noqa: BLE001 - a broken font file must not stop printing
            log.warning("font %s unusable for slips: %s", regular, err)
    return "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True, slots=True)
class SlipLine:
    sku: str
    name: str
    variation: str
    quantity: int


def slip_lines(items: Iterable[OrderItem]) -> list[SlipLine]:
    """Items grouped by seller SKU in first-seen order (Lazada lists every unit separately)."""
    grouped: dict[str, list[OrderItem]] = {}
    for it in items:
        grouped.setdefault(it.sku, []).append(it)
    return [SlipLine(sku, its[0].name, its[0].variation, len(its)) for sku, its in grouped.items()]


def cod_amount(order: Order) -> Decimal:
    """What the driver collects on a COD order: items − voucher + shipping (lazada-api.md §3.1)."""
    return order.price - order.voucher + order.shipping_fee


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    line = ""
    for w in words:
        cand = f"{line} {w}".strip()
        if pdfmetrics.stringWidth(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    # one unbreakable word wider than the column is cut rather than printed off the edge
    out = []
    for ln in lines:
        while pdfmetrics.stringWidth(ln, font, size) > width and len(ln) > 1:
            ln = ln[:-1]
        out.append(ln)
    return out


def render_dbs_slip(
    order: Order,
    items: Sequence[OrderItem],
    package_id: str,
    *,
    shop_name: str = "",
    currency: str = "",
) -> bytes:
    """One DBS delivery slip (one or more 100×150 mm pages) as PDF bytes."""
    if not items:
        raise WorkflowError(
            f"Package {package_id or '?'} has no items to put on a delivery slip.",
            hint="Refresh the order and try again.",
        )
    regular, bold = _fonts()
    currency = currency or next((it.currency for it in items if it.currency), "")
    addr = order.address_shipping
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(f"Delivery slip {order.order_number}")
    c.setAuthor("lazpack")
    inner = PAGE_W - 2 * MARGIN

    def header(page: int) -> float:
        y = PAGE_H - MARGIN - 5 * MM
        c.setFont(bold, 12)
        c.drawString(MARGIN, y, "DELIVERY SLIP")
        c.setFont(regular, 8)
        right = "Delivered by seller" + (f" · page {page}" if page > 1 else "")
        c.drawRightString(PAGE_W - MARGIN, y, right)
        if shop_name:
            y -= 4 * MM
            c.drawString(MARGIN, y, shop_name)
        number = str(order.order_number)
        bc = code128.Code128(number, barHeight=16 * MM, barWidth=BAR_MODULE, humanReadable=False)
        y -= 3 * MM + float(bc.height)
        bc.drawOn(c, (PAGE_W - bc.width) / 2, y)
        y -= 5 * MM
        c.setFont(bold, 11)
        c.drawCentredString(PAGE_W / 2, y, f"Order {number}")
        y -= 4.5 * MM
        c.setFont(regular, 8)
        c.drawCentredString(PAGE_W / 2, y, f"Package {package_id}")
        y -= 2.5 * MM
        c.setLineWidth(0.6)
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
        return y - 5 * MM

    page = 1
    y = header(page)
    # recipient
    c.setFont(regular, 7)
    c.drawString(MARGIN, y, "DELIVER TO")
    y -= 5 * MM
    c.setFont(bold, 12)
    name = addr.name or order.customer_name or "(no name)"
    for ln in _wrap(name, bold, 12, inner):
        c.drawString(MARGIN, y, ln)
        y -= 5 * MM
    c.setFont(regular, 9)
    for part in addr.lines():
        for ln in _wrap(part, regular, 9, inner):
            c.drawString(MARGIN, y, ln)
            y -= 4 * MM
    phones = " / ".join(p for p in (addr.phone, addr.phone2) if p)
    if phones:
        c.setFont(bold, 10)
        c.drawString(MARGIN, y, f"Tel {phones}")
        y -= 5 * MM
    if order.is_cod:
        y -= 1 * MM
        box_h = 9 * MM
        c.setLineWidth(1.2)
        c.rect(MARGIN, y - box_h + 4 * MM, inner, box_h)
        c.setFont(bold, 13)
        amount = f"{cod_amount(order):,.2f}"
        c.drawString(MARGIN + 2 * MM, y - 2 * MM, f"COLLECT (COD): {currency} {amount}".strip())
        y -= box_h + 1 * MM
    note = order.buyer_note or order.remarks
    if note:
        c.setFont(regular, 8)
        for ln in _wrap(f"Note: {note}", regular, 8, inner)[:3]:
            c.drawString(MARGIN, y, ln)
            y -= 3.5 * MM
    c.setLineWidth(0.6)
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= 5 * MM

    # items: quantity, SKU, name (wrapped); continue on a new page when the page is full
    lines = slip_lines(items)
    qty_w, sku_w = 10 * MM, 28 * MM
    name_w = inner - qty_w - sku_w

    def item_head(y: float) -> float:
        c.setFont(bold, 8)
        c.drawString(MARGIN, y, "QTY")
        c.drawString(MARGIN + qty_w, y, "SKU")
        c.drawString(MARGIN + qty_w + sku_w, y, "ITEM")
        return y - 4.5 * MM

    y = item_head(y)
    bottom = MARGIN + 8 * MM
    for line in lines:
        label = f"{line.name} ({line.variation})" if line.variation else line.name
        name_lines = _wrap(label, regular, 8, name_w)[:3] or [""]
        sku_lines = _wrap(line.sku, regular, 8, sku_w - 1 * MM)[:2] or [""]
        need = max(len(name_lines), len(sku_lines)) * 3.6 * MM + 1.2 * MM
        if y - need < bottom:
            c.showPage()
            page += 1
            y = item_head(header(page))
        c.setFont(bold, 10)
        c.drawString(MARGIN, y, f"{line.quantity}×")
        c.setFont(regular, 8)
        for i, ln in enumerate(sku_lines):
            c.drawString(MARGIN + qty_w, y - i * 3.6 * MM, ln)
        for i, ln in enumerate(name_lines):
            c.drawString(MARGIN + qty_w + sku_w, y - i * 3.6 * MM, ln)
        y -= need
    c.setFont(regular, 7)
    units = sum(line.quantity for line in lines)
    c.drawString(MARGIN, MARGIN + 2 * MM, f"{units} unit(s), {len(lines)} SKU(s)")
    c.drawRightString(PAGE_W - MARGIN, MARGIN + 2 * MM, "Received by: ____________________")
    c.showPage()
    c.save()
    return out.getvalue()


def print_dbs_slips(sink: LabelSink, slips: Sequence[bytes]) -> int:
    """Print rendered slips in one job through the label printer; returns pages printed."""
    if not slips:
        return 0
    return sink.print_pdfs(list(slips), job_name="DBS delivery slips")
