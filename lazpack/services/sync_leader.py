"""One sync per shop, for any number of stations: a leader lease decides who talks to Lazada.

``SyncLeadership`` ticks every ``interval_s`` (a third of the lease or less): it acquires or
renews the shop's leader lease (one atomic statement, ``LeaderPort.acquire``). The leader runs
the shop's sync and then tells every station what changed (``publish``: LISTEN/NOTIFY); the
others make no Lazada call for the shop at all. A leader that dies stops renewing and another
station takes over at its first tick after the lease ran out — within one lease plus one tick.
While the database is away no station can know whether it leads, so none syncs (the banner
says why) until the database is back.

Followers learn of changes through ``lazpack.storage.pg.claims.OrderNotifications`` and
re-read after every reconnect (notifications are lost while disconnected).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from lazpack.domain.ports import LeaderPort
from lazpack.errors import DatabaseUnavailableError
from lazpack.log import get_logger

log = get_logger("sync")

LEASE_SECONDS = 30.0


class SyncLeadership:
    """The leader election of one shop on this station (see the module docstring)."""

    def __init__(
        self,
        port: LeaderPort,
        *,
        shop_id: str,
        sync: Callable[[], Awaitable[Sequence[int]]],
        lease_seconds: float = LEASE_SECONDS,
        interval_s: float | None = None,
    ) -> None:
        self._port = port
        self.shop_id = shop_id
        self._sync = sync
        self.lease_seconds = lease_seconds
        self.interval_s = interval_s if interval_s is not None else lease_seconds / 3
        if self.interval_s >= lease_seconds:
            raise ValueError("the sync tick must be shorter than the leader lease")
        self.is_leader = False
        self._stop = asyncio.Event()

    async def tick(self) -> bool:
        """Lead (renew, sync, publish) or follow; returns whether this station leads."""
        try:
            leading = await self._port.acquire(
                shop_id=self.shop_id, lease_seconds=self.lease_seconds
            )
        except DatabaseUnavailableError as err:
            if self.is_leader:
                log.warning("shop %s: leadership unknown while the database is away: %s",
                            self.shop_id, err)  # fmt: skip
            self.is_leader = False
            return False
        if leading != self.is_leader:
            log.info("shop %s: this station %s the sync", self.shop_id,
                     "now leads" if leading else "no longer leads")  # fmt: skip
        self.is_leader = leading
        if leading:
            changed = await self._sync()
            if changed:
                await self._port.publish(shop_id=self.shop_id, order_ids=changed)
        return leading

    async def run(self) -> None:
        while not self._stop.is_set():
            await self.tick()
            try:
                await asyncio.wait_for(self._stop.wait(), self.interval_s)
            except TimeoutError:
                continue

    async def stop(self) -> None:
        """Stop ticking and hand the shop to another station at once."""
        self._stop.set()
        if self.is_leader:
            self.is_leader = False
            try:
                await self._port.resign(shop_id=self.shop_id)
            except DatabaseUnavailableError as err:
                log.warning("shop %s: leadership not resigned (lease will expire): %s",
                            self.shop_id, err)  # fmt: skip
