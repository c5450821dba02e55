"""One sync per shop for any number of stations: the station core wires the sync leader.

Two ``StationCore``s with their journal on one PostgreSQL (``postgres_journal``, as
``--database`` builds it) and the demo shop of one running emulator (``shared_demo_shop``, as
``--demo --emulator-url`` builds it): only the leader calls Lazada's order APIs, as many calls
as one station alone makes, and the other station shows the same orders, read from the
shared order book.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from lazpack.config import Settings
from lazpack.services.sync import Connection
from lazpack.station import StationCore
from lazpack.station_wiring import postgres_journal, shared_demo_shop
from tests.helpers.emulator_process import EmulatorProcess
from tests.helpers.station import station_paths

SHOP = "demo"


@pytest.fixture
def emu(tmp_path: Path) -> Iterator[EmulatorProcess]:
    with EmulatorProcess(seed=15, log_dir=tmp_path / "emulator") as e:
        yield e


def order_calls(emu: EmulatorProcess) -> Counter[str]:
    """Calls of Lazada's order APIs (listing, items) the emulator answered so far."""
    return Counter({api: n for api, n in emu.calls().items() if api.startswith("/order")})


GET_ORDERS = "/orders/get"


def warehouse_station(
    tmp_path: Path, n: int, dsn: str, base_url: str, *, interval_s: int = 60
) -> StationCore:
    core = StationCore(
        Settings(station_id=f"wh-{n}", packer=f"packer {n}", sync_interval_s=interval_s),
        station_paths(tmp_path / f"station-{n}"),
        journal=postgres_journal(dsn, station_name=f"Station {n}"),
    )
    core.add_shop(shared_demo_shop(base_url))
    return core


def leading(core: StationCore) -> asyncio.Event:
    """Set once this station leads the shop's sync."""
    event = asyncio.Event()
    shared = core.shared_syncs[SHOP]
    shared.leadership.listeners.append(lambda lead: event.set() if lead else None)
    if shared.is_leader:
        event.set()
    return event


async def first_set(*events: asyncio.Event) -> None:
    waits = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waits:
            w.cancel()


def shop_orders(core: StationCore) -> dict[int, object]:
    return {r.order.order_id: (r.order, r.items) for r in core.book.rows() if r.shop_id == SHOP}


@pytest.mark.asyncio
async def test_two_stations_on_one_database_call_lazada_like_one_station(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    emu.add_orders(60)
    # the baseline: one station alone (SQLite) syncing the shop once
    alone = StationCore(Settings(station_id="alone"), station_paths(tmp_path / "alone"))
    alone.add_shop(shared_demo_shop(emu.base_url))
    mark = order_calls(emu)
    assert await alone.syncs[SHOP].sync_once()
    one_station = order_calls(emu) - mark
    await alone.aclose()
    assert one_station, "the baseline station made no order call"

    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu.base_url) for n in (1, 2))
    try:
        lead_a, lead_b = a.shared_syncs[SHOP], b.shared_syncs[SHOP]
        mark = order_calls(emu)
        assert await lead_a.tick()  # station 1 leads: it syncs the shop
        assert not await lead_b.tick()  # station 2 follows: it reads the shared book
        assert order_calls(emu) - mark == one_station
        assert shop_orders(b) == shop_orders(a) != {}
        assert b.syncs[SHOP].state.full_sync_done
        assert b.syncs[SHOP].state.connection is Connection.ONLINE

        # new orders on Lazada: the leader's poll brings them, the follower reads them
        new = emu.add_orders(3)
        mark = order_calls(emu)
        assert await lead_a.tick()
        leader_poll = order_calls(emu) - mark
        assert not await lead_b.tick()
        assert order_calls(emu) - mark == leader_poll
        assert set(new) <= set(shop_orders(b))
        assert shop_orders(b) == shop_orders(a)

        # the leader leaves: station 2 takes the shop over at its next tick
        await a.aclose()
        assert await lead_b.tick()
        assert lead_b.is_leader
    finally:
        await a.aclose()
        await b.aclose()


@pytest.mark.asyncio
async def test_running_stations_elect_one_leader_and_the_follower_sees_the_orders(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    order_ids = emu.add_orders(20)
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu.base_url) for n in (1, 2))
    try:
        everything = asyncio.Event()

        def seen(_change: object) -> None:
            if all(b.book.get((SHOP, o)) is not None for o in order_ids):
                everything.set()

        b.book.add_listener(seen)
        leads = leading(a), leading(b)
        a.start()
        b.start()
        async with asyncio.timeout(120):  # a hang guard, not a timing assertion
            await everything.wait()
            await first_set(*leads)
        leaders = [c for c in (a, b) if c.shared_syncs[SHOP].is_leader]
        assert len(leaders) == 1
    finally:
        await a.aclose()
        await b.aclose()


async def expire_leader_lease(dsn: str, shop_id: str) -> None:
    """The leader stopped renewing (hung, unplugged, killed) and its lease has run out."""
    conn = await asyncpg.connect(dsn)
    try:
        status = await conn.execute(
            "UPDATE leaders SET expires_at = clock_timestamp() WHERE shop_id = $1", shop_id
        )
    finally:
        await conn.close()
    assert status == "UPDATE 1"


@pytest.mark.asyncio
async def test_a_leader_whose_lease_ran_out_is_replaced_and_follows_when_it_is_back(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    emu.add_orders(10)
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu.base_url) for n in (1, 2))
    try:
        lead_a, lead_b = a.shared_syncs[SHOP], b.shared_syncs[SHOP]
        assert await lead_a.tick()
        assert not await lead_b.tick()

        await expire_leader_lease(pg_dsn, SHOP)  # station 1 hangs without resigning
        new = emu.add_orders(2)
        mark = order_calls(emu)
        assert await lead_b.tick()  # station 2 takes the shop over and syncs it itself
        assert (order_calls(emu) - mark)[GET_ORDERS] > 0
        assert set(new) <= set(shop_orders(b))

        mark = order_calls(emu)
        assert not await lead_a.tick()  # station 1 is back: it follows, not a second leader
        assert not lead_a.is_leader
        assert order_calls(emu) - mark == Counter()  # no Lazada call from the old leader
        assert set(new) <= set(shop_orders(a))
        assert shop_orders(a) == shop_orders(b)
    finally:
        await a.aclose()
        await b.aclose()


@pytest.mark.asyncio
async def test_a_running_leader_that_closes_hands_the_shop_over_at_once(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    emu.add_orders(5)
    # An hour between polls (and a three-hour lease): the other station can only take over
    # this test's shop at once through the leader's resign notice.
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu.base_url, interval_s=3600) for n in (1, 2))
    try:
        leads = {a: leading(a), b: leading(b)}
        a.start()
        b.start()
        async with asyncio.timeout(120):  # a hang guard, not a timing assertion
            await first_set(*leads.values())
        leader, other = (a, b) if a.shared_syncs[SHOP].is_leader else (b, a)
        assert not other.shared_syncs[SHOP].is_leader
        await leader.aclose()
        async with asyncio.timeout(120):
            await leads[other].wait()

        # the new leader talks to Lazada: F5 brings in what arrived since
        new = emu.add_orders(3)
        arrived = asyncio.Event()

        def seen(_change: object) -> None:
            if all(other.book.get((SHOP, o)) is not None for o in new):
                arrived.set()

        other.book.add_listener(seen)
        other.refresh()
        async with asyncio.timeout(120):  # only its own poll can bring them: it alone runs
            await arrived.wait()
        assert not leader.shared_syncs[SHOP].is_leader
    finally:
        await a.aclose()
        await b.aclose()
