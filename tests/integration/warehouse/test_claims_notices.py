"""The "Packing at" column follows other stations' claims at once: every claim, release and
take-over is announced (``lazpack_claims``), and each station's claims watch reads again on
the notice instead of waiting for its next poll."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from lazpack.emulator import Emulator
from tests.helpers.warehouse import warehouse_station

SHOP = "demo"


async def until(cond: Callable[[], bool], what: str, bound_s: float = 30) -> None:
    """Let the loop run until ``cond`` holds (a safety bound, not a timing assertion)."""
    try:
        async with asyncio.timeout(bound_s):
            while not cond():  # noqa: ASYNC110 - the watch's state is plain attributes
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@pytest.mark.asyncio
async def test_another_stations_claim_and_release_reach_the_list_without_a_poll(
    pg_dsn: str, tmp_path: Path
) -> None:
    emu = Emulator(orders=10, seed=5, region="sg")
    a, b = (warehouse_station(tmp_path, n, pg_dsn, emu) for n in (1, 2))
    try:
        for core in (a, b):
            assert core.claims_watch is not None
            core.claims_watch.interval_s = 3600.0  # no poll during this test: only notices
            core.start()
        watch = b.claims_watch
        assert watch is not None and a.claims is not None
        await until(lambda: bool(b.syncs[SHOP].state.full_sync_done), "B's first sync")
        seen: list[int] = []
        watch.listeners.append(lambda holders: seen.append(len(holders)))
        order_id = next(iter(emu.order_ids(status="pending")))

        await a.claims.open_order(SHOP, order_id)  # Station 1 opens an order
        await until(lambda: (SHOP, order_id) in watch.holders, "B sees A's claim")
        holder = watch.holders[(SHOP, order_id)]
        assert (holder.station_name, holder.packer) == ("Station 1", "packer 1")

        await a.claims.release(SHOP, order_id)  # ... and lets it go
        await until(lambda: (SHOP, order_id) not in watch.holders, "B sees the release")
        assert seen  # read on the notices, with its hour-long poll never due
    finally:
        await a.aclose()
        await b.aclose()
