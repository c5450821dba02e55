"""The sync's pipelining, asserted structurally against the emulator (never by timing).

A ``Gate`` wraps the emulator's ASGI app: it logs every API call in arrival order and can
hold one call's answer until another call has arrived. A sync that is not pipelined the
way these tests demand would never send the releasing call while the held one is
outstanding; the gate then gives up after a generous guard, lets the call through so the
test ends, and records that it had to — which the test reports as the failure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

import pytest

from lazpack.api import LazadaClient
from lazpack.domain.orderbook import OPEN_STATUSES, OrderBook
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.services.sync import SyncService

Call = tuple[str, dict[str, str]]
Predicate = Callable[[Call], bool]
#: Only a deadlock guard: a correct sync releases the held call in milliseconds.
GUARD_S = 20.0


@dataclass
class _Rule:
    hold: Predicate
    release: Predicate
    event: asyncio.Event = field(default_factory=asyncio.Event)
    held: int = 0


class Gate:
    """ASGI middleware in front of the emulator: call log + hold-until rules."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.log: list[Call] = []
        self.rules: list[_Rule] = []
        self.gave_up: list[Call] = []

    def hold(self, hold: Predicate, *, until: Predicate) -> None:
        self.rules.append(_Rule(hold, until))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            call: Call = (
                scope["path"].removeprefix("/rest"),
                dict(parse_qsl(scope["query_string"].decode())),
            )
            self.log.append(call)
            for rule in self.rules:
                if rule.release(call):
                    rule.event.set()
            for rule in self.rules:
                if rule.hold(call) and not rule.event.is_set():
                    rule.held += 1
                    try:
                        async with asyncio.timeout(GUARD_S):
                            await rule.event.wait()
                    except TimeoutError:
                        self.gave_up.append(call)
        await self.app(scope, receive, send)


def is_page(status: str | None = None, offset: int | None = None) -> Predicate:
    def match(call: Call) -> bool:
        path, params = call
        return (
            path == "/orders/get"
            and (status is None or params.get("status") == status)
            and (offset is None or params.get("offset") == str(offset))
        )

    return match


def is_items(call: Call) -> bool:
    return call[0] == "/orders/items/get"


def shop_with_pending(n: int) -> Emulator:
    emu = Emulator(orders=0, seed=7, qps_limit=None)
    now = datetime.now(UTC).replace(microsecond=0)
    for i in range(n):
        emu.add_orders(1, status="pending", created_at=now - timedelta(seconds=5 * (n - i)))
    return emu


def client_on(gate: Gate, **kw: Any) -> LazadaClient:
    return LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=gate,
        access_token=DEMO_ACCESS_TOKEN,
        **kw,
    )


@pytest.mark.asyncio
async def test_items_of_early_pages_are_requested_before_the_last_page_is_answered() -> None:
    emu = shop_with_pending(330)  # pages at offsets 0, 100, 200, 300
    gate = Gate(emu.app)
    gate.hold(is_page("pending", offset=300), until=is_items)
    book = OrderBook()
    async with client_on(gate) as client:
        sync = SyncService(client, book, shop_id="s1", statuses=("pending",))
        assert await sync.sync_once(), sync.state.detail
    assert gate.gave_up == [], "no items were requested while the last page was outstanding"
    assert gate.rules[0].held == 1
    assert len(book) == 330
    assert all(len(row.items) > 0 for row in book.rows())
    # 330 orders: 4 pages and 7 item batches of at most 50, nothing asked twice.
    assert sum(1 for c in gate.log if is_items(c)) == 7
    assert sum(1 for c in gate.log if is_page()(c)) == 4
    emu.close()


@pytest.mark.asyncio
async def test_full_sync_lists_the_open_statuses_concurrently() -> None:
    emu = Emulator(orders=120, seed=3, qps_limit=None)
    gate = Gate(emu.app)
    others = set(OPEN_STATUSES) - {"pending"}
    # Hold pending's first page until some other status's first page has been asked for.
    gate.hold(
        is_page("pending", offset=0),
        until=lambda call: is_page(offset=0)(call) and call[1].get("status") in others,
    )
    book = OrderBook()
    async with client_on(gate) as client:
        sync = SyncService(client, book, shop_id="s1")
        assert await sync.sync_once(), sync.state.detail
    assert gate.gave_up == [], "the statuses were listed one after another"
    first_pages = [c[1]["status"] for c in gate.log if is_page(offset=0)(c)]
    assert sorted(first_pages) == sorted(OPEN_STATUSES)
    open_ids: set[int] = set()
    for status in OPEN_STATUSES:
        open_ids.update(emu.order_ids(status=status))
    assert {row.order.order_id for row in book.rows()} == open_ids
    emu.close()


@pytest.mark.asyncio
async def test_next_offset_window_starts_before_the_first_window_is_all_in() -> None:
    emu = shop_with_pending(500)
    gate = Gate(emu.app)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    first_window = start.isoformat(timespec="seconds")

    def in_first_window(call: Call) -> bool:
        return call[1].get("created_after") == first_window

    # offset_cap 300 → a window is the pages at 0, 100 and 200; 500 orders need two.
    gate.hold(
        lambda c: is_page(offset=100)(c) and in_first_window(c),
        until=lambda c: is_page()(c) and not in_first_window(c),
    )
    async with client_on(gate, offset_cap=300) as client:
        seen = [o.order_id async for o in client.iter_orders(status="pending", created_after=start)]
    assert gate.gave_up == [], "the window slid only after all of its pages were in"
    assert sorted(seen) == sorted(emu.order_ids(status="pending")) and len(seen) == 500
    windows = {c[1]["created_after"] for c in gate.log if is_page()(c)}
    assert len(windows) >= 2
    emu.close()


@pytest.mark.asyncio
async def test_a_call_waiting_for_rate_budget_holds_no_concurrency_slot() -> None:
    emu = shop_with_pending(2)
    gate = Gate(emu.app)
    first, second = emu.order_ids()
    # One slot; a budget of one call per two seconds. The second GetOrder must wait for
    # budget; the document download (not an API call, no budget) must not wait behind it.
    async with client_on(gate, max_concurrency=1, rate_limit_per_s=0.5) as client:
        await client.get_order(first)
        waiting = asyncio.ensure_future(client.get_order(second))
        await asyncio.sleep(0)  # let it start waiting for budget
        catalogue = Emulator.IN_PROCESS_BASE_URL.removesuffix("/rest") + "/_emulator/catalogue"
        assert await client.fetch_document(catalogue)
        assert (await waiting).order_id == second
    # Arrival order at the server: the download went while the second call waited.
    assert [(path, params.get("order_id")) for path, params in gate.log] == [
        ("/order/get", str(first)),
        ("/_emulator/catalogue", None),
        ("/order/get", str(second)),
    ]
    emu.close()
