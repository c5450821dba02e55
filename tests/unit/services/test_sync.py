"""SyncService against an in-memory fake of the read side of LazadaPort."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timedelta

import pytest

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OrderBook, Tab
from lazpack.errors import IllegalAccessTokenError, NetworkError, RateLimitError
from lazpack.services.sync import Connection, SyncService, SyncState
from tests.helpers.clocks import FakeClock
from tests.helpers.orders import T0, make_items, make_order


class FakeShop:
    """Orders and items kept like Lazada keeps them; reads only (what sync uses)."""

    def __init__(self) -> None:
        self.orders: dict[int, Order] = {}
        self.items: dict[int, list[OrderItem]] = {}
        self.fail: list[Exception] = []
        self.calls: list[str] = []

    def add(self, order: Order, items: list[OrderItem]) -> None:
        self.orders[order.order_id] = order
        self.items[order.order_id] = items

    def set_status(self, order_id: int, status: str, at: datetime) -> None:
        self.items[order_id] = [dataclasses.replace(i, status=status) for i in self.items[order_id]]
        self.orders[order_id] = dataclasses.replace(
            self.orders[order_id], statuses=(status,), updated_at=at
        )

    def _maybe_fail(self) -> None:
        if self.fail:
            raise self.fail.pop(0)

    async def iter_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        update_after: datetime | None = None,
    ) -> AsyncIterator[Order]:
        self.calls.append(f"orders:{status or 'update'}")
        self._maybe_fail()
        for o in sorted(self.orders.values(), key=lambda o: o.order_id):
            if status and status not in {i.status for i in self.items[o.order_id]}:
                continue
            if created_after and o.created_at <= created_after:
                continue
            if update_after and o.updated_at <= update_after:
                continue
            yield o

    async def get_multiple_order_items(
        self, order_ids: Iterable[int]
    ) -> dict[int, list[OrderItem]]:
        ids = list(order_ids)
        assert len(ids) <= 50
        self.calls.append("items")
        self._maybe_fail()
        return {i: list(self.items[i]) for i in ids}


def make_sync(shop: FakeShop, book: OrderBook, clock: FakeClock) -> SyncService:
    return SyncService(shop, book, shop_id="s1", region="sg", clock=clock)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_full_sync_loads_open_orders_with_progress() -> None:
    shop, book, clock = FakeShop(), OrderBook(), FakeClock(T0)
    for n in range(120):
        o = make_order(5000 + n)
        shop.add(o, make_items(o.order_id, status="pending" if n % 2 else "packed"))
    old = make_order(9999)
    shop.add(old, make_items(9999, status="delivered"))
    states: list[SyncState] = []
    sync = make_sync(shop, book, clock)
    sync.add_listener(states.append)
    assert await sync.sync_once()
    assert len(book) == 120 and (("s1", 9999) not in book)
    assert book.counts()[Tab.TO_PACK] == 60 and book.counts()[Tab.PACKED] == 60
    assert (120, 120) in [s.progress for s in states]
    assert sync.state.connection is Connection.ONLINE and sync.state.last_sync_at == T0
    assert shop.calls.count("items") == 3  # batches of 50


@pytest.mark.asyncio
async def test_incremental_picks_up_new_orders_and_status_changes() -> None:
    shop, book, clock = FakeShop(), OrderBook(), FakeClock(T0)
    first = make_order(1, updated=T0 - timedelta(minutes=5))
    shop.add(first, make_items(1))
    sync = make_sync(shop, book, clock)
    assert await sync.sync_once()
    later = T0 + timedelta(minutes=1)
    shop.add(make_order(2, updated=later), make_items(2))
    shop.set_status(1, "packed", later)
    clock.t = later + timedelta(seconds=30)
    assert await sync.sync_once()
    assert shop.calls[-2] == "orders:update"
    assert book.get(("s1", 2)).tab is Tab.TO_PACK
    assert book.get(("s1", 1)).tab is Tab.PACKED
    assert sync.state.last_sync_at == clock.t


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("error", "connection", "words"),
    [
        (
            RateLimitError("ApiCallLimit", code="ApiCallLimit", ban_seconds=3),
            "rate_limited",
            "rate-limiting",
        ),
        (IllegalAccessTokenError("IllegalAccessToken", code="IllegalAccessToken"), "auth", "token"),
        (NetworkError("connect failed", code="transport"), "offline", "connection"),
        (ValueError("bug"), "error", "Internal error"),
    ],
)
async def test_errors_become_state_and_the_next_poll_recovers(
    error: Exception, connection: str, words: str
) -> None:
    shop, book, clock = FakeShop(), OrderBook(), FakeClock(T0)
    shop.add(make_order(1), make_items(1))
    shop.fail.append(error)
    sync = make_sync(shop, book, clock)
    assert not await sync.sync_once()
    assert sync.state.connection == connection
    assert words.lower() in sync.state.message.lower()
    assert len(book) == 0
    assert await sync.sync_once()
    assert sync.state.connection is Connection.ONLINE and sync.state.message == ""
    assert len(book) == 1


@pytest.mark.asyncio
async def test_run_polls_again_on_refresh_and_stops_on_cancel() -> None:
    shop, book, clock = FakeShop(), OrderBook(), FakeClock(T0)
    shop.add(make_order(1), make_items(1))
    sync = SyncService(shop, book, shop_id="s1", interval_s=3600, clock=clock)  # type: ignore[arg-type]
    polled = asyncio.Event()
    # A poll is over when a state says it synced and is no longer syncing.
    sync.add_listener(lambda s: polled.set() if s.last_sync_at and not s.syncing else None)
    task = asyncio.create_task(sync.run())
    async with asyncio.timeout(5):
        await polled.wait()
    polled.clear()
    shop.add(make_order(2, updated=T0 + timedelta(minutes=1)), make_items(2))
    sync.refresh()
    async with asyncio.timeout(5):
        await polled.wait()
    assert ("s1", 2) in book
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


class MovingShop(FakeShop):
    """Another station packs order ``moving`` while this station's full sync reads: after
    the sync has read ``packed`` and before it reads ``pending``, so neither status shows it."""

    def __init__(self, moving: int, at: datetime) -> None:
        super().__init__()
        self.moving, self.at = moving, at
        self.packed_read = asyncio.Event()

    async def iter_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        update_after: datetime | None = None,
    ) -> AsyncIterator[Order]:
        if status == "pending" and not self.packed_read.is_set():
            await self.packed_read.wait()
            self.set_status(self.moving, "packed", self.at)
        async for o in super().iter_orders(
            status=status, created_after=created_after, update_after=update_after
        ):
            yield o
        if status == "packed":
            self.packed_read.set()


def moving_shop() -> MovingShop:
    shop = MovingShop(moving=1, at=T0 + timedelta(seconds=1))
    shop.add(make_order(1, updated=T0 - timedelta(hours=1)), make_items(1))
    # seen by the full sync, updated later than the move: it must not carry the
    # watermark past the moved order
    shop.add(make_order(2, updated=T0 + timedelta(minutes=10)), make_items(2))
    return shop


@pytest.mark.asyncio
async def test_an_order_that_changed_status_during_the_full_sync_comes_with_the_next_poll() -> None:
    shop, book, clock = moving_shop(), OrderBook(), FakeClock(T0)
    sync = make_sync(shop, book, clock)
    assert await sync.sync_once()
    assert ("s1", 1) not in book and ("s1", 2) in book  # missed by every status it read
    clock.t = T0 + timedelta(minutes=11)
    assert await sync.sync_once()
    assert book.get(("s1", 1)).tab is Tab.PACKED
