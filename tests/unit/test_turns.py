"""lazpack.turns: CPU work on the loop's thread, one step per loop pass, by priority."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from lazpack import turns

pytestmark = pytest.mark.asyncio


class Passes:
    """Counts the loop's passes: a callback that re-schedules itself runs once per pass."""

    def __init__(self) -> None:
        self.n = 0
        self._stopped = False
        asyncio.get_running_loop().call_soon(self._tick)

    def _tick(self) -> None:
        if not self._stopped:
            self.n += 1
            asyncio.get_running_loop().call_soon(self._tick)

    def stop(self) -> None:
        self._stopped = True


def work(name: str, steps: int, priority: int, log: list[tuple[str, int]], passes: Passes):
    for i in range(steps):
        yield priority
        log.append((name, passes.n))
        assert i >= 0
    return name


async def test_at_most_one_step_per_loop_pass_whatever_else_is_ready() -> None:
    passes = Passes()
    log: list[tuple[str, int]] = []
    results = await asyncio.gather(
        *(turns.run(work(f"w{k}", 5, turns.ITEMS, log, passes)) for k in range(4))
    )
    passes.stop()
    assert results == ["w0", "w1", "w2", "w3"]
    assert len(log) == 20
    seen = [n for _, n in log]
    assert len(set(seen)) == len(seen), f"two steps shared a loop pass: {log}"


async def test_waiting_steps_go_by_priority_then_in_order_of_arrival() -> None:
    order: list[str] = []

    async def one(name: str, priority: int) -> None:
        await turns.turn(priority)
        order.append(name)

    tasks = [
        asyncio.ensure_future(one(name, prio))
        for name, prio in [
            ("book-1", turns.BOOK),
            ("items-1", turns.ITEMS),
            ("page-1", turns.PAGES),
            ("book-2", turns.BOOK),
            ("page-2", turns.PAGES),
        ]
    ]
    await asyncio.gather(*tasks)
    assert order == ["page-1", "page-2", "items-1", "book-1", "book-2"]


async def test_a_cancelled_waiter_gives_its_turn_away() -> None:
    order: list[str] = []

    async def one(name: str) -> None:
        await turns.turn(turns.ITEMS)
        order.append(name)

    first = asyncio.ensure_future(one("first"))
    second = asyncio.ensure_future(one("second"))
    await asyncio.sleep(0)  # both are waiting
    first.cancel()
    await asyncio.gather(first, second, return_exceptions=True)
    assert first.cancelled()
    assert order == ["second"]
    # and the queue still serves newcomers
    await asyncio.wait_for(one("third"), 1)
    assert order == ["second", "third"]


async def test_run_gives_what_run_now_gives_and_raises_what_the_steps_raise() -> None:
    def squares(n: int):
        out = []
        for i in range(n):
            yield turns.PAGES
            out.append(i * i)
        return out

    assert await turns.run(squares(5)) == turns.run_now(squares(5)) == [0, 1, 4, 9, 16]
    assert await turns.run(squares(0)) == []

    def broken():
        yield turns.ITEMS
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        await turns.run(broken())
    with pytest.raises(ValueError, match="bad row"):
        turns.run_now(broken())


async def test_a_long_job_lets_other_callbacks_run_between_its_steps() -> None:
    # The point of it all: a ready callback (a key event, under qasync) never waits for
    # more than one step.
    ticks = itertools.count()
    between: list[int] = []

    def job():
        for _ in range(10):
            yield turns.PAGES
            between.append(next(ticks))

    async def other() -> None:
        for _ in range(40):
            next(ticks)
            await asyncio.sleep(0)

    await asyncio.gather(turns.run(job()), other())
    gaps = [b - a for a, b in itertools.pairwise(between)]
    assert all(gap >= 2 for gap in gaps), between


async def test_a_lost_wake_up_is_replaced_and_a_late_one_ignored() -> None:
    # A loop stopped and restarted drops the callbacks it had queued; the waiters must not
    # wait for a wake-up that will never come.
    loop = asyncio.get_running_loop()
    queue = turns._by_loop.get(loop) or turns._Turns(loop)
    turns._by_loop[loop] = queue
    first = asyncio.ensure_future(queue.wait(turns.ITEMS))
    await asyncio.sleep(0)
    await first  # the queue works
    queue._scheduled, queue._scheduled_at = True, loop.time() - 5  # a wake-up that got lost
    late_generation = queue._generation
    second = asyncio.ensure_future(queue.wait(turns.ITEMS))
    third = asyncio.ensure_future(queue.wait(turns.ITEMS))
    await asyncio.wait_for(asyncio.gather(second, third), 1)
    passes = Passes()
    log: list[tuple[str, int]] = []
    queue._next(late_generation)  # the lost one turns up after all: it wakes nobody
    await asyncio.gather(*(turns.run(work(f"w{k}", 3, turns.ITEMS, log, passes)) for k in range(3)))
    passes.stop()
    seen = [n for _, n in log]
    assert len(set(seen)) == len(seen), log
