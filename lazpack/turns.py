"""CPU work on the event loop's thread in short turns, one turn per loop pass.

The station's loop is the GUI thread (qasync). A scan's key events are handled between loop
passes, and in one pass Qt runs *every* callback that is ready: when a big sync has five
answers in, five decodes of 3-4 ms each ran back to back and a scan waited for all of them
(measured: scan → painted p99 23 ms during a 10,000-order sync, 9 ms idle). Work split
into steps (``Steps``: a generator that yields a priority before each step) and driven by
``run`` takes turns here: at most one step in a loop pass, the most urgent first, so a key
event never waits for more than one step (~0.5 ms).

Priorities (lower goes first) put the sync's critical path ahead: a page of orders gates
the items calls for it, while items and book writes gate nothing.

Pure asyncio: the API client and the services both use it, under qasync or a plain loop.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import weakref
from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

#: A page of orders: its order ids are what the next calls need.
PAGES = 0
#: Items of orders already listed.
ITEMS = 1
#: Writing what was read into the order book.
BOOK = 2

#: Work in steps: yields the priority of its next step before each one, returns the result.
Steps = Generator[int, None, T]


class _Turns:
    """One loop's queue of steps waiting for their turn."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._scheduled = False
        self._scheduled_at = 0.0
        self._generation = 0

    async def wait(self, priority: int) -> None:
        fut: asyncio.Future[None] = self._loop.create_future()
        heapq.heappush(self._waiting, (priority, next(self._order), fut))
        # A wake-up a second old was lost (a loop stopped and restarted drops its callbacks):
        # schedule another rather than leave every waiter waiting (a late one is ignored).
        if not self._scheduled or self._loop.time() - self._scheduled_at > 1.0:
            self._schedule()
        await fut

    def _schedule(self) -> None:
        self._scheduled = True
        self._scheduled_at = self._loop.time()
        self._generation += 1
        self._loop.call_soon(self._next, self._generation)

    def _next(self, generation: int) -> None:
        # Wakes one waiter, whose step then runs in the *next* pass, and comes back after
        # it (call_soon keeps that order): one step per pass, whatever else is ready.
        if generation != self._generation:
            return  # superseded (see ``wait``)
        self._scheduled = False
        while self._waiting:
            _, _, fut = heapq.heappop(self._waiting)
            if not fut.done():  # a cancelled waiter gives its turn away
                fut.set_result(None)
                break
        if self._waiting:
            self._schedule()


_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Turns] = weakref.WeakKeyDictionary()


async def turn(priority: int) -> None:
    """Return in a later loop pass, when no more urgent step is waiting."""
    loop = asyncio.get_running_loop()
    turns = _by_loop.get(loop)
    if turns is None:
        turns = _by_loop[loop] = _Turns(loop)
    await turns.wait(priority)


async def run(steps: Steps[T]) -> T:
    """Drive ``steps`` to its result, each step in its own turn."""
    try:
        priority = next(steps)
        while True:
            await turn(priority)
            priority = steps.send(None)
    except StopIteration as done:
        result: T = done.value
        return result


def run_now(steps: Steps[T]) -> T:
    """The same result at once, all steps in a row (no loop needed: tests, tools)."""
    try:
        while True:
            next(steps)
    except StopIteration as done:
        result: T = done.value
        return result
