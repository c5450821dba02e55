"""What the window shows of the warehouse, Qt-free: the claims watch and a follower's sync state."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from lazpack.domain.clock import SystemClock
from lazpack.domain.orderbook import OrderBook
from lazpack.domain.ports import ClaimHolder, LeaderSync
from lazpack.errors import DatabaseUnavailableError
from lazpack.services.claims import ClaimsWatch, LocalClaims, OrderClaims
from lazpack.services.sync import Connection, SyncService
from tests.helpers.clocks import FakeClock
from tests.helpers.lazada import FakeLazada
from tests.helpers.orders import T0


class FlakyClaims(LocalClaims):
    """Claims whose database can go away (``down``)."""

    def __init__(self) -> None:
        super().__init__(SystemClock(), station_id="st-1", station_name="Station 1")
        self.down = False
        self.reads = 0

    async def holders(self, shop_id: str) -> dict[int, ClaimHolder]:
        self.reads += 1
        if self.down:
            raise DatabaseUnavailableError("The warehouse database cannot be reached right now.")
        return await super().holders(shop_id)


@pytest.mark.asyncio
async def test_the_claims_watch_keeps_the_last_answer_while_the_database_is_away() -> None:
    port = FlakyClaims()
    claims = OrderClaims(port, packer=lambda: "Ana")
    watch = ClaimsWatch(port, lambda: ["s"], interval_s=3600)
    seen: list[set[tuple[str, int]]] = []
    watch.listeners.append(lambda holders: seen.append(set(holders)))
    claims.listeners.append(watch.wake)

    await claims.open_order("s", 7)
    assert await watch.poll() is not None
    assert seen == [{("s", 7)}]
    port.down = True
    assert await watch.poll() is None  # no error out of the watch, no listener told
    assert seen == [{("s", 7)}] and set(watch.holders) == {("s", 7)}
    port.down = False
    await claims.release("s", 7)
    assert await watch.poll() == {}
    assert seen[-1] == set()


@pytest.mark.asyncio
async def test_the_watch_reads_at_once_when_this_station_claims() -> None:
    port = FlakyClaims()
    claims = OrderClaims(port, packer=lambda: "Ana")
    watch = ClaimsWatch(port, lambda: ["s"], interval_s=3600)  # the interval never comes
    claims.listeners.append(watch.wake)
    first, got = asyncio.Event(), asyncio.Event()
    watch.listeners.append(lambda _holders: first.set())
    watch.listeners.append(lambda holders: got.set() if ("s", 9) in holders else None)
    task = asyncio.ensure_future(watch.run())
    try:
        await asyncio.wait_for(first.wait(), 30)  # its first read, then it waits an hour
        await claims.open_order("s", 9)
        await asyncio.wait_for(got.wait(), 30)  # a safety bound, not a timing assertion
        assert port.reads == 2
    finally:
        watch.halt()
        await asyncio.wait_for(task, 30)


def follower() -> tuple[SyncService, FakeLazada, FakeClock]:
    shop, clock = FakeLazada(), FakeClock(T0)
    return SyncService(shop, OrderBook(), shop_id="s1", clock=clock), shop, clock


def test_a_follower_shows_the_leaders_good_sync_and_when() -> None:
    sync, shop, _clock = follower()
    sync.followed(LeaderSync("st-2", "Station 2", "online", last_ok_age_s=90.0))
    s = sync.state
    assert (s.connection, s.leader, s.leading, s.message) == (Connection.ONLINE, "Station 2",
                                                              False, "")  # fmt: skip
    assert s.last_sync_at == T0 - timedelta(seconds=90) and s.full_sync_done
    assert not shop.calls  # a follower never asks Lazada


def test_a_follower_shows_the_leaders_error_not_online() -> None:
    sync, _, _ = follower()
    sync.followed(LeaderSync("st-2", "Station 2", "online", last_ok_age_s=0.0))
    sync.followed(
        LeaderSync("st-2", "Station 2", "rate_limited", message="Lazada asks to slow down.",
                   hint="Syncing resumes by itself.", last_ok_age_s=120.0),
        book_read=True,
    )  # fmt: skip
    s = sync.state
    assert s.connection is Connection.RATE_LIMITED
    assert s.message == "Station 2 cannot sync this shop: Lazada asks to slow down."
    assert s.hint == "Syncing resumes by itself."
    assert s.last_sync_at == T0 - timedelta(seconds=120)
    # a kind this version does not know is an error, still shown
    sync.followed(LeaderSync("st-2", "Station 2", "martian", message="?"))
    assert sync.state.connection is Connection.ERROR


def test_the_leader_says_so_in_its_own_state() -> None:
    sync, _, _ = follower()
    sync.lead("Station 1")
    assert (sync.state.leader, sync.state.leading) == ("Station 1", True)
