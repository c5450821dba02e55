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

from reportlab.graphics.barcode import code128
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen import canvas

from lazpack.domain.formatting import format_money
from lazpack.domain.models import Order, OrderItem
from lazpack.domain.ports import LabelSink
from lazpack.errors import WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font, string_width

log = get_logger("printing")

MM: float = float(_mm)
PAGE_W, PAGE_H = 100 * MM, 150 * MM
MARGIN = 4 * MM
#: 3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.
BAR_MODULE = 0.375 * MM


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
        if string_width(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    # one unbreakable word wider than the column is cut rather than printed off the edge
    out = []
    for ln in lines:
        while string_width(ln, font, size) > width and len(ln) > 1:
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
            arg(
                translate("DeliverySlip", "Package %1 has no items to put on a delivery slip."),
                package_id or "?",
            ),
            hint=translate("DeliverySlip", "Refresh the order and try again."),
        )
    regular, bold = REGULAR, BOLD
    currency = currency or next((it.currency for it in items if it.currency), "")
    addr = order.address_shipping
    out = io.BytesIO()
    c = canvas.Canvas(
        out, pagesize=(PAGE_W, PAGE_H), pageCompression=1, initialFontName=initial_font()
    )
    c.setTitle(arg(translate("DeliverySlip", "Delivery slip %1"), order.order_number))
    c.setAuthor("lazpack")
    pen = Pen(c)
    inner = PAGE_W - 2 * MARGIN

    def header(page: int) -> float:
        y = PAGE_H - MARGIN - 5 * MM
        pen.font(bold, 12)
        pen.text(MARGIN, y, translate("DeliverySlip", "DELIVERY SLIP"))
        pen.font(regular, 8)
        right = (
            arg(translate("DeliverySlip", "Delivered by seller · page %1"), page)
            if page > 1
            else translate("DeliverySlip", "Delivered by seller")
        )
        pen.right(PAGE_W - MARGIN, y, right)
        if shop_name:
            y -= 4 * MM
            pen.text(MARGIN, y, shop_name)
        number = str(order.order_number)
        bc = code128.Code128(number, barHeight=16 * MM, barWidth=BAR_MODULE, humanReadable=False)
        y -= 3 * MM + float(bc.height)
        bc.drawOn(c, (PAGE_W - bc.width) / 2, y)
        y -= 5 * MM
        pen.font(bold, 11)
        pen.centre(PAGE_W / 2, y, arg(translate("DeliverySlip", "Order %1"), number))
        y -= 4.5 * MM
        pen.font(regular, 8)
        pen.centre(PAGE_W / 2, y, arg(translate("DeliverySlip", "Package %1"), package_id))
        y -= 2.5 * MM
        c.setLineWidth(0.6)
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
        return y - 5 * MM

    page = 1
    y = header(page)
    # recipient
    pen.font(regular, 7)
    pen.text(MARGIN, y, translate("DeliverySlip", "DELIVER TO"))
    y -= 5 * MM
    pen.font(bold, 12)
    name = addr.name or order.customer_name or translate("DeliverySlip", "(no name)")
    for ln in _wrap(name, bold, 12, inner):
        pen.text(MARGIN, y, ln)
        y -= 5 * MM
    pen.font(regular, 9)
    for part in addr.lines():
        for ln in _wrap(part, regular, 9, inner):
            pen.text(MARGIN, y, ln)
            y -= 4 * MM
    phones = " / ".join(p for p in (addr.phone, addr.phone2) if p)
    if phones:
        pen.font(bold, 10)
        pen.text(MARGIN, y, arg(translate("DeliverySlip", "Tel %1"), phones))
        y -= 5 * MM
    if order.is_cod:
        y -= 1 * MM
        box_h = 9 * MM
        c.setLineWidth(1.2)
        c.rect(MARGIN, y - box_h + 4 * MM, inner, box_h)
        pen.font(bold, 13)
        amount = format_money(cod_amount(order), currency)
        pen.text(
            MARGIN + 2 * MM, y - 2 * MM, arg(translate("DeliverySlip", "COLLECT (COD): %1"), amount)
        )
        y -= box_h + 1 * MM
    note = order.buyer_note or order.remarks
    if note:
        pen.font(regular, 8)
        for ln in _wrap(arg(translate("DeliverySlip", "Note: %1"), note), regular, 8, inner)[:3]:
            pen.text(MARGIN, y, ln)
            y -= 3.5 * MM
    c.setLineWidth(0.6)
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= 5 * MM

    # items: quantity, SKU, name (wrapped); continue on a new page when the page is full
    lines = slip_lines(items)
    qty_w, sku_w = 10 * MM, 28 * MM
    name_w = inner - qty_w - sku_w

    def item_head(y: float) -> float:
        pen.font(bold, 8)
        pen.text(MARGIN, y, translate("DeliverySlip", "QTY"))
        pen.text(MARGIN + qty_w, y, translate("DeliverySlip", "SKU"))
        pen.text(MARGIN + qty_w + sku_w, y, translate("DeliverySlip", "ITEM"))
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
        pen.font(bold, 10)
        pen.text(MARGIN, y, f"{line.quantity}×")
        pen.font(regular, 8)
        for i, ln in enumerate(sku_lines):
            pen.text(MARGIN + qty_w, y - i * 3.6 * MM, ln)
        for i, ln in enumerate(name_lines):
            pen.text(MARGIN + qty_w + sku_w, y - i * 3.6 * MM, ln)
        y -= need
    pen.font(regular, 7)
    units = sum(line.quantity for line in lines)
    pen.text(
        MARGIN,
        MARGIN + 2 * MM,
        arg(
            translate("DeliverySlip", "%1, %2"),
            translate("DeliverySlip", "%n unit(s)", None, units),
            translate("DeliverySlip", "%n SKU(s)", None, len(lines)),
        ),
    )
    pen.right(
        PAGE_W - MARGIN,
        MARGIN + 2 * MM,
        translate("DeliverySlip", "Received by: ____________________"),
    )
    c.showPage()
    c.save()
    return out.getvalue()


def print_dbs_slips(sink: LabelSink, slips: Sequence[bytes]) -> int:
    """Print rendered slips in one job through the label printer; returns pages printed."""
    if not slips:
        return 0
    return sink.print_pdfs(list(slips), job_name="DBS delivery slips")
