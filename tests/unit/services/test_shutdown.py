"""A station always closes: a sync loop halted ends by itself, and a background task whose
cancel was swallowed (Python 3.11's ``asyncio.wait_for`` can do that when its inner call
completes at the same moment) is cancelled again instead of keeping the station open.

CI once hung here: a warehouse station's sync-leader task lost its cancel inside a database
call, went on to wait its 60-second interval, ticked again, and ``aclose`` waited forever."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from lazpack.services.sync_leader import SyncLeadership
from lazpack.station import cancel_all

pytestmark = pytest.mark.asyncio


class AlwaysLeads:
    """A leader port whose station always holds the lease (no database needed)."""

    def __init__(self) -> None:
        self.resigned: list[str] = []
        self.notices: list[tuple[str, tuple[int, ...]]] = []

    async def acquire(self, *, shop_id: str, lease_seconds: float) -> bool:
        return True

    async def resign(self, *, shop_id: str) -> None:
        self.resigned.append(shop_id)

    async def leader(self, shop_id: str) -> str | None:
        return "this station"

    async def publish(self, *, shop_id: str, order_ids: Sequence[int]) -> None:
        self.notices.append((shop_id, tuple(order_ids)))


async def test_a_halted_sync_loop_ends_without_being_cancelled() -> None:
    ticks: list[int] = []
    ticked = asyncio.Event()

    async def sync() -> list[int]:
        ticks.append(len(ticks))
        ticked.set()
        return []

    port = AlwaysLeads()
    lead = SyncLeadership(port, shop_id="s", sync=sync, lease_seconds=3600, interval_s=1200)
    run = asyncio.ensure_future(lead.run())
    async with asyncio.timeout(30):  # a hang guard, not a timing assertion
        await ticked.wait()
        await asyncio.sleep(0)  # the loop goes on to wait for its next tick
        lead.halt()  # mid-interval: the loop is waiting 20 minutes for its next tick
        await run
    assert run.done() and not run.cancelled()
    assert ticks == [0]  # no further tick after the halt
    await lead.stop()
    assert port.resigned == ["s"] and port.notices == [("s", ())]  # handed over at once


def swallows_one_cancel() -> tuple[asyncio.Task[None], list[int]]:
    """A loop task that loses its first cancel, as a task does when 3.11's ``wait_for``
    swallows it (the call it waited on completed with the cancel)."""
    swallowed: list[int] = []

    async def stubborn() -> None:
        while True:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                if swallowed:
                    raise
                swallowed.append(1)
                task = asyncio.current_task()
                assert task is not None
                task.uncancel()

    return asyncio.ensure_future(stubborn()), swallowed


async def test_a_task_that_swallows_its_cancel_is_cancelled_again() -> None:
    task, swallowed = swallows_one_cancel()
    await asyncio.sleep(0)
    async with asyncio.timeout(30):  # a hang guard, not a timing assertion
        await cancel_all({task}, wait_s=0.05)
    assert task.cancelled()
    assert swallowed == [1]


async def test_one_cancel_is_not_enough_for_such_a_task() -> None:
    """The counter-proof: with a single attempt the task outlives the shutdown."""
    task, swallowed = swallows_one_cancel()
    await asyncio.sleep(0)
    await cancel_all({task}, attempts=1, wait_s=0.05)
    assert swallowed == [1] and not task.done()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
