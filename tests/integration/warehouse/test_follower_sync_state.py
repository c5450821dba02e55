"""A follower shows what the shop's sync leader saw of Lazada, never a sync of its own.

Two station cores on one PostgreSQL share one demo world (the emulator in-process, reached by
each over its own signed client). The leader writes its sync state into ``shop_sync`` after
every sync; the follower shows "online, synced by Station 1 at …" — and, while the leader's
Lazada calls fail, the leader's error instead of "online, just synced".
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from lazpack.emulator import Emulator
from lazpack.services.sync import Connection
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.pg.shop_sync import PgShopSync
from tests.helpers.warehouse import warehouse_station

SHOP = "demo"


@pytest.mark.asyncio
async def test_a_follower_shows_the_leaders_lazada_state_and_who_leads(
    pg_dsn: str, tmp_path: Path
) -> None:
    emu = Emulator(orders=20, seed=3, region="sg")
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu) for n in (1, 2))
    try:
        lead_a, lead_b = a.shared_syncs[SHOP], b.shared_syncs[SHOP]
        before_ok = datetime.now(UTC)
        assert await lead_a.tick()
        leader = a.syncs[SHOP].state
        assert leader.connection is Connection.ONLINE
        assert (leader.leader, leader.leading) == ("Station 1", True)

        assert not await lead_b.tick()
        follower = b.syncs[SHOP].state
        assert follower.connection is Connection.ONLINE and follower.full_sync_done
        assert (follower.leader, follower.leading) == ("Station 1", False)
        assert follower.message == ""
        assert follower.last_sync_at is not None and follower.last_sync_at >= before_ok
        last_ok = follower.last_sync_at

        # Lazada refuses the leader's token: its sync fails, and the follower says so
        emu.faults.expire_access_tokens()
        assert await lead_a.tick()
        assert a.syncs[SHOP].state.connection is Connection.AUTH
        assert not await lead_b.tick()
        follower = b.syncs[SHOP].state
        assert follower.connection is Connection.AUTH
        assert follower.message.startswith("Station 1 cannot sync this shop: ")
        assert a.syncs[SHOP].state.message in follower.message
        assert follower.hint == a.syncs[SHOP].state.hint != ""
        # the last good sync stays what it was (give or take the clocks' rounding)
        assert follower.last_sync_at is not None
        assert abs((follower.last_sync_at - last_ok).total_seconds()) < 1.0
        # the follower never asked Lazada itself
        assert b.syncs[SHOP].state.syncing is False
    finally:
        await a.aclose()
        await b.aclose()


@pytest.mark.asyncio
async def test_the_shared_sync_state_row_round_trips_and_keeps_the_last_good_sync(
    pg_dsn: str, tmp_path: Path
) -> None:
    from lazpack.storage.pg import PgJournal

    with PgJournal(pg_dsn, station_id="st-1") as journal:  # migrates the schema
        runner: PgRunner = journal.runner
        status = PgShopSync(runner, station_id="st-1", station_name="Station 1")
        assert await status.read(SHOP) is None
        await status.report(SHOP, connection="online", message="", hint="", detail="")
        ok = await status.read(SHOP)
        assert ok is not None and ok.connection == "online" and ok.last_ok_age_s is not None
        await status.report(SHOP, connection="rate_limited", message="Lazada asks us to slow down",
                            hint="Syncing resumes by itself.", detail="ApiCallLimit")  # fmt: skip
        bad = await status.read(SHOP)
        assert bad is not None
        assert (bad.connection, bad.message, bad.hint, bad.detail) == (
            "rate_limited", "Lazada asks us to slow down", "Syncing resumes by itself.",
            "ApiCallLimit",
        )  # fmt: skip
        assert bad.last_ok_age_s is not None and bad.last_ok_age_s >= ok.last_ok_age_s
        assert bad.station_name == "Station 1"

        # a row another version wrote as plain text reads as that station's sync error
        async def plain(conn: object) -> None:
            await conn.execute("UPDATE shop_sync SET online = false, message = 'boom'")  # type: ignore[attr-defined]

        await runner.acall(plain)
        odd = await status.read(SHOP)
        assert odd is not None and (odd.connection, odd.message) == ("error", "boom")


@pytest.mark.asyncio
async def test_a_station_taking_over_a_fresh_shop_continues_without_a_full_sync(
    pg_dsn: str, tmp_path: Path
) -> None:
    emu = Emulator(orders=30, seed=4, region="sg")
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu) for n in (1, 2))
    try:
        assert await a.shared_syncs[SHOP].tick()  # station 1: the full sync
        full_sync = emu.calls
        assert not await b.shared_syncs[SHOP].tick()  # station 2 reads the shared book
        await a.aclose()  # station 1 leaves, a minute after its sync
        mark = emu.calls
        assert await b.shared_syncs[SHOP].tick()  # station 2 takes the shop over
        takeover = emu.calls - mark
        # one incremental poll, not the full sync again
        assert takeover["/orders/get"] == 1 < full_sync["/orders/get"]
        assert takeover["/orders/items/get"] == 0
        assert b.syncs[SHOP].state.full_sync_done and b.syncs[SHOP].state.leading
        # and it keeps the shop current: a new order arrives at the next poll
        (new,) = emu.add_orders(1)
        assert await b.shared_syncs[SHOP].tick()
        assert b.book.get((SHOP, new)) is not None
    finally:
        await a.aclose()
        await b.aclose()
