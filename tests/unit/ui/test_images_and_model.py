from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from lazpack.domain.orderbook import OrderBook, Tab
from lazpack.errors import BusinessError
from lazpack.ui.images import ImageCache
from lazpack.ui.orders_model import Column, OrdersModel, relative_time
from tests.helpers.orders import T0, make_items, make_order


def png(size: int = 64) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((size, size), 80).convert("RGB").save(buf, "PNG")  # incompressible-ish
    return buf.getvalue()


def disk_usage(folder: Path) -> tuple[int, int]:
    files = list(folder.glob("*.img"))
    return sum(p.stat().st_size for p in files), len(files)


class FakeImageHost:
    def __init__(self) -> None:
        self.images = {f"https://img.example/{i}.png": png() for i in range(6)}
        self.fetched: list[str] = []

    async def fetch(self, url: str) -> bytes:
        self.fetched.append(url)
        if url not in self.images:
            raise BusinessError("the document link answered HTTP 404", code="404")
        return self.images[url]


@pytest.mark.asyncio
async def test_images_are_fetched_once_then_served_from_disk(tmp_path: Path, qapp: object) -> None:
    host = FakeImageHost()
    url = "https://img.example/1.png"
    cache = ImageCache(tmp_path, max_bytes=10_000_000, fetch=host.fetch)
    pix = await cache.get(url)
    assert pix is not None and pix.width() == 64
    again = ImageCache(tmp_path, max_bytes=10_000_000, fetch=host.fetch)  # a restart
    assert (await again.get(url)) is not None
    assert host.fetched == [url]


@pytest.mark.asyncio
async def test_cache_stays_within_its_bound_and_missing_images_are_none(
    tmp_path: Path, qapp: object
) -> None:
    host = FakeImageHost()
    one = len(next(iter(host.images.values())))
    cache = ImageCache(tmp_path, max_bytes=one * 3, fetch=host.fetch)
    for url in host.images:
        assert await cache.get(url) is not None
    on_disk = disk_usage(tmp_path)
    assert on_disk[0] <= one * 3 and on_disk[1] >= 2
    assert await cache.get("https://img.example/missing.png") is None


def test_rows_show_cod_kind_package_and_relative_time(qapp: object) -> None:
    book = OrderBook()
    book.upsert("s", make_order(1, payment="COD"), make_items(1, ["A", "A"], dbs=True))
    book.upsert(
        "s",
        make_order(2, payment="MIXEDCARD"),
        make_items(2, ["B"], status="packed", package_id="FP9", tracking="TRK9"),
        region="my",
    )
    model = OrdersModel(book, shop_names={"s": "Corner"}, now=lambda: T0)
    model.set_tab(None)
    cells = {
        model.index(r, Column.ORDER).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert cells["1"][Column.PAYMENT] == "COD" and cells["1"][Column.SHIPPING] == "DBS"
    assert cells["1"][Column.ITEMS] == "2 · 2× A"
    assert cells["2"][Column.PACKAGE] == "FP9 / TRK9" and cells["2"][Column.SHOP] == "Corner · MY"
    assert cells["1"][Column.CREATED] == "30 min ago"
    created_tip = model.index(0, Column.CREATED).data(Qt.ItemDataRole.ToolTipRole)
    assert created_tip.startswith("2026-11-")
    assert model.counts()[Tab.TO_PACK] == 1


def test_relative_time_words() -> None:
    assert relative_time(T0, T0 + timedelta(seconds=5)) == "just now"
    assert relative_time(T0, T0 + timedelta(hours=3)) == "3 h ago"
    assert relative_time(T0, T0 + timedelta(days=1, hours=1)) == "yesterday"
    assert relative_time(T0, T0 + timedelta(days=4)) == "4 days ago"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("column", [Column.ORDER, Column.CREATED, Column.ITEMS, Column.STATUS])
def test_live_changes_land_where_a_full_sort_puts_them(
    qapp: object, column: int, order: Qt.SortOrder
) -> None:
    import random

    rnd = random.Random(column * 10 + int(order == Qt.SortOrder.DescendingOrder))
    book = OrderBook()
    for i in range(60):
        oid = 10 + i
        skus = [rnd.choice("ABC") for _ in range(rnd.randint(1, 3))]
        book.upsert("s", make_order(oid, age_min=rnd.randint(0, 50)), make_items(oid, skus))
    live = OrdersModel(book)
    live.set_tab(None)
    live.sort(column, order)
    for step in range(25):  # adds, status changes, removals, one at a time like a sync
        oid = rnd.randint(10, 100)
        status = rnd.choice(["pending", "packed", "ready_to_ship"])
        if step % 5 == 4 and ("s", oid) in book:
            book.remove(("s", oid))
        else:
            book.upsert(
                "s",
                make_order(oid, age_min=rnd.randint(0, 50)),
                make_items(oid, ["B"] * (step % 3 + 1), status=status),
            )
    fresh = OrdersModel(book)
    fresh.set_tab(None)
    fresh.sort(column, order)
    assert live.visible_keys() == fresh.visible_keys()
    assert live.counts() == fresh.counts()
