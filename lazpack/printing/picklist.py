"""The pick list PDF (A4): SKUs to collect for a set of orders, with totals.

One row per seller SKU: image thumbnail, a Code128 of the SKU (the picker can scan it),
SKU, product name and variation, bin/location and the total quantity, sorted by location
when the catalogue has one. The header carries the wave's barcode (``#LP:WAVE:<id>``):
scanned at the station it lists the wave's orders again. Optionally one packing slip page
per order follows. Text is drawn in the bundled fonts (Thai, Chinese, Vietnamese names).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lazpack.domain.formatting import format_datetime
from lazpack.log import get_logger
from lazpack.printing.fonts import BOLD, REGULAR, Pen, initial_font, string_width
from lazpack.services.picking import PickLine, PickList

log = get_logger("printing")

MM: float = float(_mm)
PAGE_W, PAGE_H = A4
MARGIN = 12 * MM
ROW_H = 17 * MM
THUMB = 14 * MM
#: 2 dots per module at 300 dpi on A4 laser/inkjet: narrow enough for long SKUs.
BAR_MODULE = 0.254 * MM
#: x of each column's left edge
COL_IMG = MARGIN
COL_BAR = COL_IMG + THUMB + 3 * MM
COL_TEXT = COL_BAR + 48 * MM
COL_LOC = PAGE_W - MARGIN - 48 * MM
COL_QTY = PAGE_W - MARGIN

Images = Mapping[tuple[str, str], bytes]


def _fit(text: str, style: str, size: float, width: float) -> str:
    if string_width(text, style, size) <= width:
        return text
    while text and string_width(text + "…", style, size) > width:
        text = text[:-1]
    return text + "…"


def render_pick_list(
    pick: PickList,
    *,
    images: Images | None = None,
    slips: bool = False,
    printed_at: datetime | None = None,
    printed_by: str = "",
) -> bytes:
    """The pick list (and optional per-order packing slips) as PDF bytes."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1, initialFontName=initial_font())
    c.setTitle(f"Pick list: {pick.title}")
    c.setAuthor("lazpack")
    pen = Pen(c)
    when = format_datetime(printed_at) if printed_at is not None else ""
    page = 0

    def header() -> float:
        nonlocal page
        page += 1
        y = PAGE_H - MARGIN - 6 * MM
        pen.font(BOLD, 16)
        pen.text(MARGIN, y, "PICK LIST" + (f"  #{pick.wave.wave_id}" if pick.wave else ""))
        pen.font(REGULAR, 9)
        pen.right(PAGE_W - MARGIN, y, f"page {page}")
        y -= 5.5 * MM
        pen.font(REGULAR, 10)
        pen.text(MARGIN, y, _fit(pick.title, REGULAR, 10, 110 * MM))
        y -= 4.5 * MM
        pen.font(REGULAR, 9)
        pen.text(
            MARGIN,
            y,
            f"{len(pick.rows)} orders · {len(pick.lines)} SKUs · {pick.units} units",
        )
        if when or printed_by:
            y -= 4.5 * MM
            pen.text(MARGIN, y, " · ".join(p for p in (when, printed_by) if p))
        if pick.wave is not None:
            bc = code128.Code128(
                pick.wave.code, barHeight=12 * MM, barWidth=BAR_MODULE * 1.5, humanReadable=False
            )
            top = PAGE_H - MARGIN - 10 * MM
            bc.drawOn(c, PAGE_W - MARGIN - bc.width, top - bc.height)
            pen.font(REGULAR, 7)
            pen.right(PAGE_W - MARGIN, top - bc.height - 3 * MM, pick.wave.code)
        y = min(y, PAGE_H - MARGIN - 32 * MM) - 6 * MM
        pen.font(BOLD, 9)
        pen.text(COL_BAR, y, "SKU barcode")
        pen.text(COL_TEXT, y, "SKU · product · variation")
        pen.text(COL_LOC, y, "Bin / location")
        pen.right(COL_QTY, y, "Qty")
        y -= 2 * MM
        c.setLineWidth(0.8)
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
        return float(y)

    def row(line: PickLine, y_top: float) -> None:
        mid = y_top - ROW_H / 2
        data = (images or {}).get((line.shop_id, line.sku))
        if data:
            try:
                c.drawImage(
                    ImageReader(io.BytesIO(data)),
                    COL_IMG,
                    mid - THUMB / 2,
                    THUMB,
                    THUMB,
                    preserveAspectRatio=True,
                    mask="auto",
                )
            except (OSError, ValueError) as err:
                log.warning("image of %s not drawn: %s", line.sku, err)
        if line.sku.isascii() and line.sku:
            bc = code128.Code128(
                line.sku, barHeight=9 * MM, barWidth=BAR_MODULE, humanReadable=False
            )
            scale = min(1.0, (COL_TEXT - COL_BAR - 3 * MM) / float(bc.width))
            c.saveState()
            c.translate(COL_BAR, mid - 4.5 * MM)
            c.scale(scale, 1)
            bc.drawOn(c, 0, 0)
            c.restoreState()
        width = COL_LOC - COL_TEXT - 3 * MM
        pen.font(BOLD, 10)
        pen.text(COL_TEXT, mid + 3 * MM, _fit(line.sku, BOLD, 10, width))
        pen.font(REGULAR, 8.5)
        pen.text(COL_TEXT, mid - 1 * MM, _fit(line.name, REGULAR, 8.5, width))
        if line.variation:
            pen.text(COL_TEXT, mid - 5 * MM, _fit(line.variation, REGULAR, 8.5, width))
        pen.font(BOLD, 12)
        pen.text(COL_LOC, mid - 1.5 * MM, _fit(line.location or "—", BOLD, 12, 30 * MM))
        pen.font(BOLD, 16)
        pen.right(COL_QTY, mid - 2 * MM, str(line.quantity))
        c.setLineWidth(0.3)
        c.line(MARGIN, y_top - ROW_H, PAGE_W - MARGIN, y_top - ROW_H)

    y = header()
    for line in pick.lines:
        if y - ROW_H < MARGIN + 10 * MM:
            c.showPage()
            y = header()
        row(line, y)
        y -= ROW_H
    pen.font(BOLD, 11)
    pen.right(COL_QTY, y - 6 * MM, f"Total {pick.units} units")
    c.showPage()
    if slips:
        for r in pick.rows:
            _packing_slip(c, pen, r.order.order_number, r, pick.shop_names.get(r.shop_id, ""))
    c.save()
    return out.getvalue()


def _packing_slip(c: canvas.Canvas, pen: Pen, number: int, r: object, shop: str) -> None:
    """One A4 packing slip: the order number as a barcode, recipient, items by SKU."""
    from lazpack.domain.orderbook import OrderRow

    assert isinstance(r, OrderRow)
    y = PAGE_H - MARGIN - 6 * MM
    pen.font(BOLD, 16)
    pen.text(MARGIN, y, "PACKING SLIP")
    pen.font(REGULAR, 9)
    if shop:
        pen.right(PAGE_W - MARGIN, y, shop)
    bc = code128.Code128(str(number), barHeight=14 * MM, barWidth=BAR_MODULE * 1.5)
    y -= 4 * MM + float(bc.height)
    bc.drawOn(c, MARGIN, y)
    y -= 8 * MM
    pen.font(BOLD, 12)
    pen.text(MARGIN, y, f"Order {number}")
    y -= 6 * MM
    pen.font(REGULAR, 10)
    for text in [r.order.customer_name, *r.order.address_shipping.lines()]:
        if text:
            pen.text(MARGIN, y, _fit(text, REGULAR, 10, PAGE_W - 2 * MARGIN))
            y -= 5 * MM
    y -= 4 * MM
    pen.font(BOLD, 9)
    pen.text(MARGIN, y, "SKU")
    pen.text(MARGIN + 50 * MM, y, "Product")
    pen.right(PAGE_W - MARGIN, y, "Qty")
    y -= 2 * MM
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= 5 * MM
    pen.font(REGULAR, 9.5)
    counts: dict[str, tuple[str, int]] = {}
    for it in r.items:
        name = it.name + (f" ({it.variation})" if it.variation else "")
        counts[it.sku] = (name, counts.get(it.sku, (name, 0))[1] + 1)
    for sku, (name, n) in counts.items():
        if y < MARGIN + 10 * MM:
            c.showPage()
            y = PAGE_H - MARGIN - 10 * MM
            pen.font(REGULAR, 9.5)
        pen.text(MARGIN, y, _fit(sku, REGULAR, 9.5, 48 * MM))
        pen.text(MARGIN + 50 * MM, y, _fit(name, REGULAR, 9.5, PAGE_W - 2 * MARGIN - 62 * MM))
        pen.right(PAGE_W - MARGIN, y, str(n))
        y -= 5.5 * MM
    if r.order.gift_message or r.order.buyer_note:
        y -= 4 * MM
        pen.font(BOLD, 9.5)
        pen.text(MARGIN, y, _fit(r.order.gift_message or r.order.buyer_note, BOLD, 9.5, 180 * MM))
    c.showPage()
