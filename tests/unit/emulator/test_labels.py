"""AWB PDFs: 100 × 150 mm pages that decode to the tracking number at printer resolution."""

from __future__ import annotations

import io
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from lazpack.emulator import Emulator
from lazpack.emulator.labels import render_awb_pdf
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller, in_process

DPI = 203


def render_pages(pdf: bytes, dpi: int = DPI) -> list[tuple[float, float, Image.Image]]:
    """(width mm, height mm, page image on white) for every page."""
    data = QByteArray(pdf)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    assert doc.status() == QPdfDocument.Status.Ready
    pages: list[tuple[float, float, Image.Image]] = []
    for i in range(doc.pageCount()):
        pt = doc.pagePointSize(i)
        size = QSize(round(pt.width() / 72 * dpi), round(pt.height() / 72 * dpi))
        rendered = doc.render(i, size)
        page = QImage(size, QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, rendered)
        painter.end()
        out = QBuffer()
        out.open(QIODevice.OpenModeFlag.WriteOnly)
        page.save(out, "PNG")  # type: ignore[call-overload]  # the stub says bytes, Qt wants str
        image = Image.open(io.BytesIO(bytes(out.data().data())))
        pages.append((pt.width() / 72 * 25.4, pt.height() / 72 * 25.4, image))
    doc.close()
    return pages


def decoded(image: Image.Image) -> set[str]:
    return {
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128
    }


def label(tracking: str, **kw: Any) -> dict[str, Any]:
    return {
        "tracking_number": tracking,
        "package_id": "FP094612143977611",
        "order_number": 300000000012345,
        "shipment_provider": "LEX SG",
        "recipient": {
            "name": "Tan Wei Ling",
            "phone": "65******12",
            "address": "12 Orchard Road, Singapore 238823",
            "country": "Singapore",
        },
        "sender": "Demo Shop",
        "cod_amount": "SGD 12.00",
        "items": [
            {"sku": f"SKU-{n}", "name": "Ceramic Mug", "variation": "Color:White"} for n in range(3)
        ],
        **kw,
    }


def test_render_awb_pdf_pages_size_and_barcodes(qapp: Any) -> None:
    pdf = render_awb_pdf([label("SGLEX0069388123"), label("JTCB0000012345")], print_item_list=True)
    pages = render_pages(pdf)
    assert len(pages) == 2
    for w, h, _ in pages:
        assert round(w) == 100 and round(h) == 150
    assert decoded(pages[0][2]) == {"SGLEX0069388123"}
    assert decoded(pages[1][2]) == {"JTCB0000012345"}


def test_long_tracking_numbers_and_many_items_still_fit(qapp: Any) -> None:
    tracking = "LZDVN1234567890ABCDEFG"
    pdf = render_awb_pdf(
        [label(tracking, items=[{"sku": "S", "name": "N" * 80, "variation": ""}] * 60)],
        print_item_list=True,
    )
    [(_, _, image)] = render_pages(pdf)
    assert decoded(image) == {tracking}


def test_item_list_only_when_asked() -> None:
    with_items = render_awb_pdf([label("SGLEX1")], print_item_list=True)
    without = render_awb_pdf([label("SGLEX1")], print_item_list=False)
    assert len(with_items) > len(without)


def test_render_needs_packages_and_tracking() -> None:
    with pytest.raises(ValueError, match="at least one"):
        render_awb_pdf([], print_item_list=False)
    with pytest.raises(ValueError, match="tracking_number"):
        render_awb_pdf([{"package_id": "FP1"}], print_item_list=False)


@pytest.mark.asyncio
@pytest.mark.parametrize("region", ["sg", "th", "vn"])
async def test_printawb_label_from_the_emulator_decodes(qapp: Any, region: str) -> None:
    clock = FakeClock()
    emu = Emulator(orders=0, seed=2, region=region, clock=clock)
    orders = emu.add_orders(2, skus=["MUG-WHITE", "SOCKS-FREE"])
    async with in_process(emu) as client:
        api = Caller(client, now_ms=lambda: int(clock.now().timestamp() * 1000))
        req = {
            "pack_order_list": [
                {"order_id": o, "order_item_list": [r["order_item_id"] for r in emu.items(o)]}
                for o in orders
            ],
            "delivery_type": "dropship",
            "shipping_allocate_type": "TFS",
        }
        packed = await api.rows("/order/fulfill/pack", "packReq", req)
        pids = [o["order_item_list"][0]["package_id"] for o in packed["data"]["pack_order_list"]]
        awb = await api.rows(
            "/order/package/document/get",
            "getDocumentReq",
            {
                "doc_type": "PDF",
                "print_item_list": True,
                "packages": [{"package_id": p} for p in pids],
            },
        )
        pdf = (await client.get(awb["data"]["pdf_url"])).content
    pages = render_pages(pdf)
    assert len(pages) == 2  # several packages → one PDF, one page each
    for (_, _, image), pid in zip(pages, pids, strict=True):
        assert decoded(image) == {emu.packages[pid]["tracking_number"]}
