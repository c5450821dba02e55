"""AWB labels as real PDFs: 100 × 150 mm, one page per package, tracking number as Code128.

The barcode is sized for thermal printers: a 0.375 mm module is exactly 3 dots at 203 dpi,
with quiet zones of at least 10 modules, so a label rendered at printer resolution decodes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_W = 100 * mm
PAGE_H = 150 * mm
MODULE = 0.375 * mm
MARGIN = 4 * mm

_FONT_CANDIDATES = (
    # A font with wide coverage keeps Vietnamese names readable; Thai falls back to "?".
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
_font: tuple[str, set[int] | None] | None = None


def _label_font() -> tuple[str, set[int] | None]:
    """(font name, covered code points or None for Latin-1 only)."""
    global _font
    if _font is not None:
        return _font
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    for candidate in (*_FONT_CANDIDATES, str(bundled)):
        if Path(candidate).is_file():
            try:
                font = TTFont("LazpackLabel", candidate)
            except Exception:  # noqa: BLE001, S112 - a broken system font: try the next one
                continue
            pdfmetrics.registerFont(font)
            _font = ("LazpackLabel", set(font.face.charToGlyph))
            return _font
    _font = ("Helvetica", None)
    return _font


def _printable(text: str) -> str:
    _, covered = _label_font()
    if covered is None:
        return text.encode("latin-1", "replace").decode("latin-1")
    return "".join(ch if ord(ch) in covered or ch in " \n" else "?" for ch in text)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """Shrink ``size`` until ``text`` fits ``width``."""
    while size > 5 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _barcode(value: str, height: float) -> Code128:
    return Code128(
        value,
        barWidth=MODULE,
        barHeight=height,
        quiet=1,
        lquiet=10 * MODULE,
        rquiet=10 * MODULE,
        humanReadable=False,
    )


def _draw_centered_barcode(canvas: Canvas, value: str, y: float, height: float) -> float:
    bc = _barcode(value, height)
    module = MODULE
    width = bc.width
    usable = PAGE_W - 2 * MARGIN
    if width > usable:
        # Long codes: thinner modules, still whole-ish dots at 203 dpi (2 dots = 0.25 mm).
        module = 0.25 * mm
        bc = Code128(
            value, barWidth=module, barHeight=height, lquiet=10 * module, rquiet=10 * module
        )
        width = bc.width
    x = (PAGE_W - width) / 2
    bc.drawOn(canvas, x, y)
    return height


def _page(canvas: Canvas, pkg: dict[str, Any], print_item_list: bool) -> None:
    font, _ = _label_font()
    usable = PAGE_W - 2 * MARGIN
    top = PAGE_H - MARGIN
    canvas.setLineWidth(0.8)
    canvas.rect(MARGIN / 2, MARGIN / 2, PAGE_W - MARGIN, PAGE_H - MARGIN)

    provider = _printable(str(pkg.get("shipment_provider") or ""))
    canvas.setFont(font, _fit(canvas, provider, font, 16, usable * 0.65))
    canvas.drawString(MARGIN, top - 6 * mm, provider)
    canvas.setFont(font, 6.5)
    canvas.drawRightString(PAGE_W - MARGIN, top - 3.5 * mm, "lazpack emulator")
    canvas.drawRightString(PAGE_W - MARGIN, top - 6.5 * mm, "NOT A REAL SHIPPING LABEL")

    tracking = str(pkg["tracking_number"])
    bar_top = top - 10 * mm
    bar_h = 24 * mm
    _draw_centered_barcode(canvas, tracking, bar_top - bar_h, bar_h)
    canvas.setFont(font, 13)
    canvas.drawCentredString(PAGE_W / 2, bar_top - bar_h - 6 * mm, tracking)

    y = bar_top - bar_h - 11 * mm
    canvas.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= 5 * mm
    canvas.setFont(font, 8.5)
    canvas.drawString(MARGIN, y, _printable(f"Package: {pkg.get('package_id', '')}"))
    y -= 4.2 * mm
    canvas.drawString(MARGIN, y, _printable(f"Order: {pkg.get('order_number', '')}"))
    cod = pkg.get("cod_amount")
    if cod:
        canvas.setFont(font, 12)
        text = _printable(f"COD {cod}")
        canvas.drawRightString(PAGE_W - MARGIN, y + 1.5 * mm, text)
        canvas.setFont(font, 8.5)
    y -= 3 * mm
    canvas.line(MARGIN, y, PAGE_W - MARGIN, y)

    recipient = pkg.get("recipient") or {}
    y -= 5 * mm
    canvas.setFont(font, 7)
    canvas.drawString(MARGIN, y, "DELIVER TO")
    y -= 5 * mm
    name = _printable(str(recipient.get("name", "")))
    canvas.setFont(font, _fit(canvas, name, font, 12, usable))
    canvas.drawString(MARGIN, y, name)
    canvas.setFont(font, 9)
    for line in _wrap(
        [
            str(recipient.get("phone", "")),
            str(recipient.get("address", "")),
            str(recipient.get("country", "")),
        ],
        font,
        9,
        usable,
    ):
        y -= 4.3 * mm
        canvas.drawString(MARGIN, y, _printable(line))
    sender = pkg.get("sender")
    if sender:
        y -= 5.5 * mm
        canvas.setFont(font, 7)
        canvas.drawString(MARGIN, y, _printable(f"FROM: {sender}"))
    y -= 3 * mm
    canvas.line(MARGIN, y, PAGE_W - MARGIN, y)

    if print_item_list:
        items = list(pkg.get("items") or [])
        canvas.setFont(font, 7)
        y -= 4 * mm
        canvas.drawString(MARGIN, y, f"ITEMS ({len(items)})")
        for n, item in enumerate(items):
            if y < MARGIN + 8 * mm:
                canvas.drawString(MARGIN, y - 3.5 * mm, f"+ {len(items) - n} more")
                break
            y -= 3.5 * mm
            text = f"{n + 1}. {item.get('sku', '')}  {item.get('name', '')}"
            if item.get("variation"):
                text += f" ({item['variation']})"
            text = _printable(text)
            canvas.setFont(font, _fit(canvas, text, font, 7, usable))
            canvas.drawString(MARGIN, y, text)


def _wrap(lines: Iterable[str], font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for line in lines:
        words = line.split()
        current = ""
        for word in words:
            trial = f"{current} {word}".strip()
            if pdfmetrics.stringWidth(trial, font, size) <= width or not current:
                current = trial
            else:
                out.append(current)
                current = word
        if current:
            out.append(current)
    return out


def render_awb_pdf(packages: list[dict[str, Any]], *, print_item_list: bool) -> bytes:
    """One 100 × 150 mm page per package. Keys per package: ``tracking_number`` (required),
    ``shipment_provider``, ``package_id``, ``order_number``, ``recipient`` {name, phone,
    address, country}, ``sender``, ``cod_amount`` (text or None), ``items`` [{sku, name,
    variation}] (printed only with ``print_item_list``)."""
    if not packages:
        raise ValueError("render_awb_pdf needs at least one package")
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    canvas.setTitle("AWB " + ", ".join(str(p.get("package_id", "")) for p in packages))
    canvas.setCreator("lazpack emulator")
    for pkg in packages:
        if not pkg.get("tracking_number"):
            raise ValueError("every package needs a tracking_number")
        _page(canvas, pkg, print_item_list)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
