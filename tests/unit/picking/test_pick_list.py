"""Pick lists: SKU totals of the chosen orders, read back from the PDF as a picker sees it."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from lazpack.domain.catalogue import Product
from lazpack.domain.orderbook import Tab
from lazpack.errors import WorkflowError
from lazpack.printing.picklist import render_pick_list
from lazpack.services.picking import OrderFilter, fetch_images, select_orders
from lazpack.station import DEMO_SHOP_ID, StationCore
from tests.helpers.labels import pdf_text, require_poppler

pytestmark = pytest.mark.asyncio


def totals_from_text(text: str, skus: set[str]) -> Counter[str]:
    """SKU -> the quantity printed on its row: the row's SKU line, then the quantity in the
    last column of the next line (the product name's line)."""
    got: Counter[str] = Counter()
    current = ""
    for line in text.splitlines():
        fields = re.split(r"\s{2,}", line.strip())
        if not line.strip():
            continue
        named = [f for f in fields if f in skus]
        if named:
            current = named[0]
            continue
        if current and fields[-1].isdigit():
            got[current] += int(fields[-1])
        current = ""
    return got


async def test_fifty_orders_list_exactly_their_sku_totals(
    core: StationCore, tmp_path: Path
) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:50]
    assert len(rows) == 50
    expected = Counter(it.sku for r in rows for it in r.items)
    pick = core.picking.make_wave(rows, title="Fifty")
    images = await fetch_images(pick.lines, core.fetch_image)
    assert len(images) == len(pick.lines)  # every thumbnail came from the emulator
    pdf = render_pick_list(pick, images=images)
    text = pdf_text(pdf, layout=True)
    assert totals_from_text(text, set(expected)) == expected
    assert f"50 orders · {len(expected)} SKUs · {sum(expected.values())} units" in text
    assert pick.wave is not None and pick.wave.code in text


async def test_the_pick_list_is_a_journaled_wave(core: StationCore) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:3]
    pick = core.picking.make_wave(rows, title="Morning")
    assert pick.wave is not None
    again = core.catalogue_store.wave(pick.wave.wave_id)
    assert again is not None and again.packer == "Ann" and again.title == "Morning"
    assert [n for _, _, n in again.orders] == [r.order.order_number for r in rows]
    timeline = core.journal.timeline(rows[0].order.order_id)
    picks = [e for e in timeline if e.what == "pick_list"]
    assert len(picks) == 1 and picks[0].packer == "Ann"
    assert f"wave {pick.wave.wave_id}: Morning (3 orders" in picks[0].detail


async def test_locations_sort_the_list_and_print(core: StationCore, tmp_path: Path) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:20]
    skus = sorted({it.sku for r in rows for it in r.items})
    core.catalogue_store.save_products(
        [
            Product(DEMO_SHOP_ID, skus[0], location="C-03"),
            Product(DEMO_SHOP_ID, skus[1], location="A-01"),
        ]
    )
    pick = core.picking.build(rows, title="By bin")
    assert [p.sku for p in pick.lines[:2]] == [skus[1], skus[0]]
    assert all(p.location == "" for p in pick.lines[2:])
    text = pdf_text(render_pick_list(pick), layout=True)
    assert text.index("A-01") < text.index("C-03")


async def test_packing_slips_follow_one_page_per_order(core: StationCore, tmp_path: Path) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:4]
    text = pdf_text(render_pick_list(core.picking.build(rows, title="x"), slips=True), layout=True)
    assert text.count("PACKING SLIP") == 4
    for r in rows:
        assert f"Order {r.order.order_number}" in text


async def test_filters_choose_orders(core: StationCore) -> None:
    rows = core.book.rows()
    pending = select_orders(rows, OrderFilter(statuses=("pending",)))
    assert pending and all("pending" in r.statuses for r in pending)
    assert all(r.tab is Tab.TO_PACK for r in select_orders(rows, OrderFilter(tab="to_pack")))
    one = pending[0].order.order_number
    assert [r.order.order_number for r in select_orders(rows, OrderFilter(ids=(one,)))] == [one]
    with pytest.raises(WorkflowError, match="123"):
        select_orders(rows, OrderFilter(ids=(one, 123)))
    with pytest.raises(WorkflowError, match="nothing to pick"):
        core.picking.build([], title="none")


async def test_thai_and_chinese_names_are_drawn_in_bundled_fonts(
    core: StationCore, tmp_path: Path
) -> None:
    from dataclasses import replace

    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:1]
    pick = core.picking.build(rows, title="ทดสอบ 商品清单")
    line = replace(pick.lines[0], name="กระเป๋าเป้ 商品")
    pick = replace(pick, lines=(line,))
    text = pdf_text(render_pick_list(pick), layout=True)
    assert "กระเป๋าเป้ 商品" in text and "商品清单" in text
    assert re.search(r"\b1 SKUs\b", text)


def decode_all(pdf: bytes, tmp_path: Path) -> set[str]:
    """Every barcode zxing-cpp reads on the pages, rendered at 300 dpi."""
    import zxingcpp
    from PIL import Image

    require_poppler()
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(path), str(tmp_path / "pg")], check=True
    )
    pages = sorted(tmp_path.glob("pg-*.png"))
    return {r.text for png in pages for r in zxingcpp.read_barcodes(Image.open(png))}


@pytest.mark.asyncio
async def test_every_barcode_on_the_pick_list_scans(core: StationCore, tmp_path: Path) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:8]
    pick = core.picking.make_wave(rows, title="scan me")
    assert pick.wave is not None
    found = decode_all(render_pick_list(pick), tmp_path)
    assert found == {p.sku for p in pick.lines} | {pick.wave.code}
