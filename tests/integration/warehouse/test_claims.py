"""Order claims and sync leaders on a real PostgreSQL: one order, one station."""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from lazpack.errors import DatabaseUnavailableError, OrderClaimedError, StorageError
from lazpack.services.claims import LocalClaims, OrderClaims, ago, held_message
from lazpack.services.sync_leader import SyncLeadership
from lazpack.storage.pg import PgJournal
from lazpack.storage.pg.claims import OrderNotifications, PgClaims, PgLeader
from tests.helpers.clocks import FakeClock
from tests.helpers.pgcluster import Outage

STATIONS = (
    ("st-1", "Station 1", "Ana"),
    ("st-2", "Station 2", "Ben"),
    ("st-3", "Station 3", "Cid"),
)


@pytest.fixture
def journals(pg_dsn: str, clock: FakeClock) -> Iterator[list[PgJournal]]:
    js = [PgJournal(pg_dsn, station_id=s, clock=clock) for s, _, _ in STATIONS]
    yield js
    for j in js:
        j.close()


def _named(packer: str) -> Callable[[], str]:
    return lambda: packer


def _claims(journals: list[PgJournal], lease: float = 30.0) -> list[OrderClaims]:
    out = []
    for j, (sid, name, packer) in zip(journals, STATIONS, strict=True):
        port = PgClaims(j.runner, station_id=sid, station_name=name)
        out.append(OrderClaims(port, packer=_named(packer), lease_seconds=lease,
                               orphaned_intents=j.open_intents_for_order))  # fmt: skip
    return out


@pytest.mark.asyncio
async def test_three_stations_racing_for_300_orders_each_get_each_order_once(
    journals: list[PgJournal],
) -> None:
    stations = _claims(journals)
    orders = list(range(1000, 1300))
    granted: Counter[int] = Counter()
    refusals: list[str] = []

    async def work(station: OrderClaims, seed: int) -> None:
        mine = orders[:]
        random.Random(seed).shuffle(mine)  # every station tries every order: all overlap
        for oid in mine:
            try:
                await station.open_order("shop", oid)
            except OrderClaimedError as err:
                refusals.append(str(err))
            else:
                granted[oid] += 1

    await asyncio.gather(*(work(s, n) for n, s in enumerate(stations)))
    assert set(granted) == set(orders)
    assert set(granted.values()) == {1}
    assert len(refusals) == 600
    assert all(r.startswith("Order ") and " is being packed at Station " in r for r in refusals)
    assert sum(len(s.held) for s in stations) == 300


@pytest.mark.asyncio
async def test_the_refusal_names_station_packer_and_age(journals: list[PgJournal]) -> None:
    one, two, _ = _claims(journals)
    await one.open_order("shop", 7)
    with pytest.raises(OrderClaimedError) as refused:
        await two.open_order("shop", 7)
    assert str(refused.value).startswith("Order 7 is being packed at Station 1 by Ana, ")
    assert str(refused.value).endswith(" s ago.")
    # the holder claiming again keeps its claim (a rescan of its own order)
    again = await one.open_order("shop", 7)
    assert again.granted and again.holder.station_id == "st-1"
    # released on cancel: the next station gets it at once
    await one.release("shop", 7)
    assert (await two.open_order("shop", 7)).holder.packer == "Ben"
    holders = await PgClaims(journals[2].runner, station_id="st-3", station_name="x").holders(
        "shop"
    )
    assert {o: h.station_name for o, h in holders.items()} == {7: "Station 2"}


@pytest.mark.asyncio
async def test_an_expired_lease_is_taken_with_the_dead_stations_open_intents(
    journals: list[PgJournal],
) -> None:
    dead, alive, _ = _claims(journals, lease=0)  # a lease of 0 s has run out already
    await dead.open_order("shop", 9)
    journals[0].begin(action="pack", shop_id="shop", order_ids=[9], item_ids=[90])
    alive.lease_seconds = 30
    result = await alive.open_order("shop", 9)
    assert result.expired_from is not None and result.expired_from.station_id == "st-1"
    (orphan,) = alive.orphaned_intents(9)
    assert (orphan.action, orphan.order_ids) == ("pack", (9,))
    # the dead station, back, learns the order is no longer its own
    dead.lease_seconds = 30
    assert await dead.heartbeat() == {("shop", 9)}
    assert dead.held == set()


@pytest.mark.asyncio
async def test_take_over_is_journaled_and_the_old_holder_learns_it(
    journals: list[PgJournal],
) -> None:
    lost: list[tuple[str, int]] = []
    one, two, _ = _claims(journals)
    one._on_lost = lambda s, o: lost.append((s, o))
    await one.open_order("shop", 5)
    with pytest.raises(StorageError, match="needs a reason"):
        await two.take_over("shop", 5, reason=" ")
    before = await two.take_over("shop", 5, reason="Station 1 froze")
    assert before is not None and before.station_name == "Station 1"
    await one.heartbeat()
    assert lost == [("shop", 5)]
    with pytest.raises(OrderClaimedError, match="Station 2 by Ben"):
        await one.open_order("shop", 5)
    (event,) = [e for e in journals[0].timeline(5) if e.what == "claim_taken_over"]
    assert event.station_id == "st-2"
    assert "Station 1 (Ana)" in event.detail and "Station 1 froze" in event.detail


@pytest.mark.asyncio
async def test_no_claim_is_taken_while_the_database_is_away(
    journals: list[PgJournal], outage: Outage
) -> None:
    (one, *_rest) = _claims(journals)
    outage.cut()
    with pytest.raises(DatabaseUnavailableError):
        await one.open_order("shop", 1)
    with pytest.raises(DatabaseUnavailableError):  # and now without waiting at all
        await one.open_order("shop", 1)
    assert one.held == set()


@pytest.mark.asyncio
async def test_one_sync_leader_per_shop(journals: list[PgJournal]) -> None:
    leaders = [PgLeader(j.runner, station_id=s, station_name=n)
               for j, (s, n, _) in zip(journals, STATIONS, strict=True)]  # fmt: skip
    won = await asyncio.gather(*(ldr.acquire(shop_id="shop", lease_seconds=30) for ldr in leaders))
    assert sorted(won) == [False, False, True]
    winner = leaders[won.index(True)]
    assert await winner.acquire(shop_id="shop", lease_seconds=30)  # renewal
    assert await leaders[0].leader("shop") == winner.station_name
    assert await leaders[0].acquire(shop_id="other-shop", lease_seconds=30)
    await winner.resign(shop_id="shop")
    follower = next(ldr for ldr in leaders if ldr is not winner)
    assert await follower.acquire(shop_id="shop", lease_seconds=30)


@pytest.mark.asyncio
async def test_local_claims_grant_every_order(clock: FakeClock) -> None:
    claims = OrderClaims(LocalClaims(clock, station_id="st", station_name="PC"), packer=lambda: "A")
    result = await claims.open_order("shop", 1)
    assert result.granted and claims.held == {("shop", 1)}
    await claims.release("shop", 1)
    assert claims.held == set()


def test_age_is_said_the_way_a_packer_reads_it() -> None:
    assert [ago(s) for s in (0, 40.9, 89, 150, 3600, 7300)] == [
        "0 s ago", "40 s ago", "89 s ago", "2 min ago", "60 min ago", "2 h ago"
    ]  # fmt: skip
    assert held_message.__doc__ is not None


@pytest.mark.asyncio
async def test_only_the_leader_syncs_and_followers_are_told(
    journals: list[PgJournal],
) -> None:
    synced: list[str] = []
    heard: list[tuple[str, list[int], str]] = []
    resyncs: list[int] = []
    connected = threading.Event()
    got = threading.Event()

    def on_change(shop: str, orders: list[int], by: str) -> None:
        heard.append((shop, orders, by))
        got.set()

    def on_resync() -> None:
        resyncs.append(1)
        connected.set()

    listener = OrderNotifications(journals[2].runner, on_change=on_change, on_resync=on_resync)
    listener.start()
    assert await asyncio.to_thread(connected.wait, 30)

    def station(n: int) -> SyncLeadership:
        sid, name, _ = STATIONS[n]

        async def sync() -> list[int]:
            synced.append(sid)
            return [11, 12]

        port = PgLeader(journals[n].runner, station_id=sid, station_name=name)
        return SyncLeadership(port, shop_id="shop", sync=sync, lease_seconds=30)

    a, b = station(0), station(1)
    assert await a.tick() and not await b.tick()
    assert await a.tick() and not await b.tick()
    assert synced == ["st-1", "st-1"]
    assert await asyncio.to_thread(got.wait, 30)
    assert heard[0] == ("shop", [11, 12], "st-1")
    await a.stop()  # a leader that leaves hands over at once
    assert await b.tick()
    assert synced[-1] == "st-2"
    listener.stop()
    assert resyncs == [1]
