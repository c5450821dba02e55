"""The shared order book keeps what is open: closed orders leave it.

A new leader's full sync is the truth of what is open: every row it did not find leaves the
shared book, so a station that starts later does not load months of shipped orders. A leader
that runs for weeks drops, every hour, the orders closed for longer than ``KEEP_CLOSED``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from lazpack.emulator import Emulator
from lazpack.services.sync_leader import KEEP_CLOSED
from lazpack.storage.pg.runner import PgRunner
from tests.helpers.orders import make_items, make_order
from tests.helpers.warehouse import warehouse_station

SHOP = "demo"


async def shared_ids(runner: PgRunner) -> set[int]:
    async def work(conn: asyncpg.Connection) -> set[int]:
        rows = await conn.fetch("SELECT order_id FROM order_book WHERE shop_id = $1", SHOP)
        return {int(r["order_id"]) for r in rows}

    found: set[int] = await runner.acall(work)
    return found


@pytest.mark.asyncio
async def test_a_new_leaders_full_sync_leaves_only_open_orders_in_the_shared_book(
    pg_dsn: str, tmp_path: Path
) -> None:
    emu = Emulator(orders=25, seed=5, region="sg")
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu) for n in (1, 2))
    try:
        lead_a = a.shared_syncs[SHOP]
        assert await lead_a.tick()
        open_now = a.syncs[SHOP].full_sync_ids
        assert open_now
        runner = a.journal.runner
        assert await shared_ids(runner) == set(open_now)

        # an order that closed since (here: a row no full sync will find again)
        async def stale(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO order_book (shop_id, order_id, region, entry, synced_at)"
                " SELECT shop_id, 1, region, entry, synced_at FROM order_book"
                " WHERE shop_id = $1 LIMIT 1",
                SHOP,
            )

        await runner.acall(stale)
        assert 1 in await shared_ids(runner)

        # station 1 leaves; station 2 leads: its full sync prunes the book to what is open
        await a.aclose()
        lead_b = b.shared_syncs[SHOP]
        assert await lead_b.tick()
        assert await shared_ids(b.journal.runner) == set(open_now)
    finally:
        await a.aclose()
        await b.aclose()


@pytest.mark.asyncio
async def test_a_long_running_leader_drops_orders_closed_long_ago(
    pg_dsn: str, tmp_path: Path
) -> None:
    emu = Emulator(orders=10, seed=6, region="sg")
    a = warehouse_station(tmp_path, 1, pg_dsn, emu)
    try:
        lead = a.shared_syncs[SHOP]
        lead.prune_every_s = 0  # every tick, instead of hourly
        assert await lead.tick()  # the full sync
        now = datetime.now(UTC)
        long_ago = make_order(
            91, statuses=("delivered",), updated=now - KEEP_CLOSED - timedelta(hours=1)
        )
        lately = make_order(92, statuses=("delivered",), updated=now - timedelta(hours=1))
        for order in (long_ago, lately):
            a.book.upsert(SHOP, order, make_items(order.order_id, ["A"], status="delivered"))
        assert await lead.tick()  # publishes both, then drops the one closed long ago
        ids = await shared_ids(a.journal.runner)
        assert 92 in ids and 91 not in ids
        assert set(a.syncs[SHOP].full_sync_ids or ()) <= ids  # the open orders stay
    finally:
        await a.aclose()
