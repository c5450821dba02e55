"""DBS delivery slips: rendered back with QtPdf, barcode read by zxing-cpp, printed like labels."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument

from lazpack.errors import WorkflowError
from lazpack.printing.printer import LabelPrinter
from lazpack.printing.slips import cod_amount, print_dbs_slips, render_dbs_slip, slip_lines
from tests.helpers.labels import decode, page_sizes_mm, render_back
from tests.helpers.slips import order, unit

ITEMS = [
    unit(1, "MUG-RED", "Ceramic mug", "Red"),
    unit(2, "TEA-50", "Jasmine tea 50 bags"),
    unit(3, "MUG-RED", "Ceramic mug", "Red"),
]


def pdf_text(pdf: bytes) -> str:
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    assert doc.status() == QPdfDocument.Status.Ready
    return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))


def test_slip_lines_group_units_by_sku() -> None:
    assert [(s.sku, s.quantity) for s in slip_lines(ITEMS)] == [("MUG-RED", 2), ("TEA-50", 1)]
    assert cod_amount(order()) == Decimal("44.30")


def test_slip_carries_barcode_recipient_cod_and_items(qapp: object, tmp_path: Path) -> None:
    pdf = render_dbs_slip(order(), ITEMS, "FP0946121439776", shop_name="Demo Shop")
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)

    assert page_sizes_mm(path) == [pytest.approx((100, 150), abs=0.2)]
    (page,) = render_back(pdf)
    assert "561234567890123" in decode(page)
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "Tan Ah Kow",
        "1 Orchard Road #05-12",
        "238823 Singapore",
        "Tel 6591234567",
        "COLLECT (COD): S$44.30",
        "Package FP0946121439776",
        "MUG-RED",
        "Ceramic mug (Red)",
        "Jasmine tea 50 bags",
        "Leave with the guard",
        "3 units, 2 SKUs",
    ):
        assert expected in text, expected
    assert "2×" in text and "1×" in text


def test_prepaid_order_has_no_cod_line(qapp: object) -> None:
    text = pdf_text(render_dbs_slip(order(cod=False), ITEMS, "FP1"))
    assert "COD" not in text and "Tan Ah Kow" in text


def test_many_skus_continue_on_more_pages_each_with_the_barcode(qapp: object) -> None:
    many = [
        unit(i, f"SKU-{i:03}", f"Product number {i} with a long descriptive name")
        for i in range(40)
    ]
    pdf = render_dbs_slip(order(), many, "FP2")
    pages = render_back(pdf)
    assert len(pages) > 1
    assert all("561234567890123" in decode(p) for p in pages)
    text = pdf_text(pdf)
    assert all(f"SKU-{i:03}" in text for i in range(40))


def test_empty_package_is_refused(qapp: object) -> None:
    with pytest.raises(WorkflowError, match="FP3"):
        render_dbs_slip(order(), [], "FP3")


def test_slips_print_through_the_label_printer(label_printer: LabelPrinter, tmp_path: Path) -> None:
    slips = [
        render_dbs_slip(order(number=561234567890123), ITEMS, "FP1"),
        render_dbs_slip(order(number=561234567890999), ITEMS, "FP2"),
    ]
    out = tmp_path / "printed.pdf"
    pages = print_dbs_slips(label_printer.to_pdf_file(out), slips)
    assert pages == 2
    printed = render_back(out)
    assert [decode(p) for p in printed] == [["561234567890123"], ["561234567890999"]]
    assert print_dbs_slips(label_printer.to_pdf_file(tmp_path / "none.pdf"), []) == 0
