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
import time
from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from datetime import timedelta
from typing import Protocol

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OPEN_STATUSES, BookChange, OrderBook
from lazpack.domain.ports import LeaderPort, LeaderSync, SyncStatusPort
from lazpack.errors import StorageError
from lazpack.log import get_logger
from lazpack.services.pacing import pause
from lazpack.services.sync import SyncService

log = get_logger("sync")

LEASE_SECONDS = 30.0
#: How often a leader removes long-closed orders from the shared order book.
PRUNE_EVERY_S = 3600.0
#: A closed order (shipped by Lazada, delivered, cancelled…) stays in the shared book this long
#: after its last change, then leaves it (a station alone forgets it at its next start).
KEEP_CLOSED = timedelta(days=3)
#: A station taking over a shop's sync continues from the shared order book (incremental)
#: when the last leader synced it this recently; otherwise it starts with a full sync.
FRESH_BOOK_S = 600.0


class SyncLeadership:
    """The leader election of one shop on this station (see the module docstring)."""

    def __init__(
        self,
        port: LeaderPort,
        *,
        shop_id: str,
        sync: Callable[[], Awaitable[Sequence[int]]],
        follow: Callable[[], Awaitable[None]] | None = None,
        lease_seconds: float = LEASE_SECONDS,
        interval_s: float | None = None,
    ) -> None:
        self._port = port
        self.shop_id = shop_id
        self._sync = sync
        #: what a follower does on its tick (read the shared order book)
        self._follow = follow
        self.lease_seconds = lease_seconds
        self.interval_s = interval_s if interval_s is not None else lease_seconds / 3
        if self.interval_s >= lease_seconds:
            raise ValueError("the sync tick must be shorter than the leader lease")
        self.is_leader = False
        #: called with True/False when this station starts/stops leading the shop's sync
        self.listeners: list[Callable[[bool], None]] = []
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()

    def _set_leader(self, leading: bool) -> None:
        if leading == self.is_leader:
            return
        log.info("shop %s: this station %s the sync", self.shop_id,
                 "now leads" if leading else "no longer leads")  # fmt: skip
        self.is_leader = leading
        for listener in list(self.listeners):
            listener(leading)

    async def tick(self) -> bool:
        """Lead (renew, sync, publish) or follow; returns whether this station leads."""
        try:
            leading = await self._port.acquire(
                shop_id=self.shop_id, lease_seconds=self.lease_seconds
            )
        except StorageError as err:  # away, or a statement refused: nobody can tell
            if self.is_leader:
                log.warning("shop %s: leadership unknown while the database is away: %s",
                            self.shop_id, err)  # fmt: skip
            self._set_leader(False)
            if self._follow is not None:
                await self._follow()  # what the shared book already has (it may be back)
            return False
        self._set_leader(leading)
        if leading:
            changed = await self._sync()
            if changed:
                try:
                    await self._port.publish(shop_id=self.shop_id, order_ids=changed)
                except StorageError as err:
                    # the followers re-read the shared book when they reconnect anyway
                    log.warning("shop %s: change notice not sent: %s", self.shop_id, err)
        elif self._follow is not None:
            await self._follow()
        return leading

    def refresh(self) -> None:
        """Tick now instead of at the interval (F5, or a change notice from the leader)."""
        self._wake.set()

    async def run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                await self.tick()
            except Exception:  # one failed tick never stops the next
                log.error("shop %s: sync tick failed", self.shop_id, exc_info=True)
            if self._stop.is_set():
                break
            await pause(self._stop, self._wake, self.interval_s)

    def halt(self) -> None:
        """No further tick: the loop ends after the one running now (if any)."""
        self._stop.set()
        self._wake.set()

    async def stop(self) -> None:
        """Stop ticking and hand the shop to another station at once."""
        self.halt()
        if self.is_leader:
            self._set_leader(False)
            try:
                await self._port.resign(shop_id=self.shop_id)
                # an empty change notice: the others tick at once and one of them leads
                await self._port.publish(shop_id=self.shop_id, order_ids=())
            except StorageError as err:
                log.warning("shop %s: leadership not resigned (lease will expire): %s",
                            self.shop_id, err)  # fmt: skip


# ==================================================================== a station's shop sync
SharedEntry = tuple[Order, tuple[OrderItem, ...]]


class SharedChanges(Protocol):
    """What a follower reads from the shared order book (``SharedBookPort.changes``)."""

    @property
    def entries(self) -> list[tuple[str, SharedEntry]]: ...  # (region, (order, items))

    @property
    def rev(self) -> int: ...

    @property
    def unreadable(self) -> int: ...


class SharedBookPort(Protocol):
    """The shop's order book in the warehouse database (``lazpack.storage.pg.orderbook``)."""

    async def publish(
        self, shop_id: str, region: str, entries: Sequence[tuple[Order, Sequence[OrderItem]]]
    ) -> int: ...

    async def changes(self, shop_id: str, *, since: int) -> SharedChanges: ...

    async def keep_only(self, shop_id: str, order_ids: Collection[int]) -> int:
        """Remove the shop's rows of every other order; returns how many were removed."""
        ...

    async def drop(self, shop_id: str, order_ids: Collection[int]) -> int:
        """Remove these orders' rows; returns how many were removed."""
        ...


class SharedShopSync:
    """One shop's sync at one station of a warehouse: lead (talk to Lazada) or follow.

    The leader runs the shop's ``SyncService`` and writes every order its book gained or
    changed into the shared book (the first time it leads: the whole shop, so a station that
    joins later finds everything), then notifies the others. A follower makes no Lazada call
    for the shop: it reads the rows written since the last one it read, on every tick, at
    once when the leader's notice arrives (``refresh``), and after every reconnect.
    """

    def __init__(
        self,
        sync: SyncService,
        book: OrderBook,
        shared: SharedBookPort,
        leader: LeaderPort,
        *,
        lease_seconds: float = LEASE_SECONDS,
        interval_s: float | None = None,
        status: SyncStatusPort | None = None,
        station_name: str = "",
    ) -> None:
        self.sync = sync
        self.book = book
        self.shared = shared
        #: where the leader writes what it saw of Lazada, and the followers read it
        self.status = status
        self.station_name = station_name
        self.shop_id = sync.shop_id
        interval = interval_s if interval_s is not None else sync.interval_s
        self.leadership = SyncLeadership(
            leader,
            shop_id=self.shop_id,
            sync=self._lead,
            follow=self._follow,
            lease_seconds=max(lease_seconds, interval * 3),
            interval_s=interval,
        )
        #: the newest shared-book revision this station has read
        self.rev = 0
        self._pending: set[int] = set()
        self._published_all = False
        self._applying = False
        self._pruned_at: float | None = None  # monotonic time of the last retention prune
        #: how often the retention prune runs (``PRUNE_EVERY_S``)
        self.prune_every_s = PRUNE_EVERY_S
        #: the last leader's state as this station last read it, and when (monotonic)
        self._leader_seen: tuple[LeaderSync, float] | None = None
        book.add_listener(self._changed)
        self.leadership.listeners.append(self._leading)

    def _leading(self, leading: bool) -> None:
        if leading:
            self.sync.lead(self.station_name)
            if self._book_is_fresh():
                self.sync.adopt()  # no full sync of the shop: the book has it already

    def _book_is_fresh(self) -> bool:
        """This station read the whole shared book, and its leader synced with Lazada
        within ``FRESH_BOOK_S`` (as far as this station knows)."""
        if self.rev <= 0 or self._leader_seen is None:
            return False
        leader, seen_at = self._leader_seen
        if leader.last_ok_age_s is None:
            return False
        return leader.last_ok_age_s + (time.monotonic() - seen_at) < FRESH_BOOK_S

    @property
    def is_leader(self) -> bool:
        return self.leadership.is_leader

    def _changed(self, change: BookChange) -> None:
        if self._applying:
            return  # what the shared book itself brought in is not published back
        for shop_id, order_id in (*change.added, *change.updated):
            if shop_id == self.shop_id:
                self._pending.add(order_id)

    async def tick(self) -> bool:
        return await self.leadership.tick()

    def refresh(self) -> None:
        self.leadership.refresh()

    async def run(self) -> None:
        await self.leadership.run()

    def halt(self) -> None:
        self.leadership.halt()

    async def stop(self) -> None:
        await self.leadership.stop()
        self.book.remove_listener(self._changed)

    async def _lead(self) -> list[int]:
        before = self.sync.full_sync_ids
        await self.sync.sync_once()  # a failure is in the sync state the window shows
        await self._report()
        if not self.sync.state.full_sync_done:
            return []
        changed = await self._publish()
        full = self.sync.full_sync_ids
        if full is not None and full is not before:
            await self._prune(keep=full)  # this tick's full sync: the shop's open orders
        elif self._pruned_at is None or time.monotonic() - self._pruned_at >= self.prune_every_s:
            await self._prune()
        return changed

    async def _prune(self, keep: frozenset[int] | None = None) -> None:
        """The shared book keeps what is open: after a full sync, only the orders it found;
        otherwise (hourly) it drops orders closed for longer than ``KEEP_CLOSED``. Followers
        keep what they read until they restart, as a station alone keeps its book."""
        self._pruned_at = time.monotonic()
        try:
            if keep is not None:
                gone = await self.shared.keep_only(self.shop_id, keep)
            else:
                old = self.sync.clock.now() - KEEP_CLOSED
                closed = [
                    r.order.order_id
                    for r in self.book.rows()
                    if r.shop_id == self.shop_id
                    and not set(r.order.statuses) & set(OPEN_STATUSES)
                    and r.order.updated_at < old
                ]
                gone = await self.shared.drop(self.shop_id, closed) if closed else 0
        except StorageError as err:
            log.info("shop %s: the shared order book was not pruned: %s", self.shop_id, err)
            return
        if gone:
            log.info("shop %s: %d closed orders left the shared order book", self.shop_id, gone)

    async def _publish(self) -> list[int]:
        if not self._published_all:
            ids = {o for s, o in (r.key for r in self.book.rows()) if s == self.shop_id}
        else:
            ids = set(self._pending)
        rows = [r for r in (self.book.get((self.shop_id, o)) for o in sorted(ids)) if r]
        try:
            written = await self.shared.publish(
                self.shop_id, self.sync.region, [(r.order, r.items) for r in rows]
            )
        except StorageError as err:
            log.warning("shop %s: the shared order book was not updated: %s", self.shop_id, err)
            return []  # kept pending: written at the next tick
        self._pending -= ids
        self._published_all = True
        return sorted(ids) if written else []  # no notice when the shared book is unchanged

    async def _report(self) -> None:
        """Tell the followers what this leader saw of Lazada (ok, or its error)."""
        if self.status is None:
            return
        try:
            state = self.sync.state
            await self.status.report(self.shop_id, connection=state.connection.value,
                                     message=state.message, hint=state.hint,
                                     detail=state.detail)  # fmt: skip
        except StorageError as err:
            log.info("shop %s: the sync state was not shared: %s", self.shop_id, err)

    async def _leader_state(self) -> LeaderSync | None:
        if self.status is None:
            return None
        try:
            return await self.status.read(self.shop_id)
        except StorageError as err:
            log.info("shop %s: the leader's sync state cannot be read: %s", self.shop_id, err)
            return None

    async def _follow(self) -> None:
        self._pending.clear()
        self._published_all = False  # leading again later publishes the whole shop
        try:
            got = await self.shared.changes(self.shop_id, since=self.rev)
        except StorageError as err:
            log.info("shop %s: the shared order book cannot be read now: %s", self.shop_id, err)
            return
        if got.unreadable:
            log.error("shop %s: %d rows of the shared order book are unreadable",
                      self.shop_id, got.unreadable)  # fmt: skip
        by_region: dict[str, list[tuple[Order, Iterable[OrderItem] | None]]] = {}
        for region, (order, items) in got.entries:
            by_region.setdefault(region, []).append((order, items))
        self._applying = True
        try:
            for region, entries in by_region.items():
                self.book.upsert_many(self.shop_id, entries, region=region)
        finally:
            self._applying = False
        self.rev = got.rev
        leader = await self._leader_state()
        if leader is not None:
            self._leader_seen = (leader, time.monotonic())
        if self.rev > 0 or leader is not None:
            self.sync.followed(leader, book_read=self.rev > 0)
