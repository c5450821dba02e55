"""Order sync for one shop: a full sync of the open statuses, then incremental polling.

Pure service: it talks to Lazada only through ``LazadaPort`` and writes into an
``OrderBook``. Problems (rate limit, token, network, bugs) become a ``SyncState`` value the
window shows; nothing is raised into the UI loop, and one failed poll never stops the next.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from lazpack import gc_policy, turns
from lazpack.domain.clock import SystemClock
from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OPEN_STATUSES, OrderBook
from lazpack.domain.ports import Clock, LazadaPort, LeaderSync
from lazpack.errors import (
    AuthError,
    KnownError,
    LazpackError,
    NetworkError,
    RateLimitError,
    TransientError,
)
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

log = get_logger("sync")

#: GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3).
ITEMS_BATCH = 50
#: Orders written to the book per turn (~0.5 ms with the orders list listening).
BOOK_SLICE = 25
#: Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact.
OVERLAP = timedelta(seconds=2)


class Connection(enum.StrEnum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"  # network or Lazada unavailable
    RATE_LIMITED = "rate_limited"
    AUTH = "auth"  # token rejected: the shop must be reconnected
    ERROR = "error"  # a bug or an answer we cannot use


@dataclass(frozen=True, slots=True)
class SyncState:
    shop_id: str
    connection: Connection = Connection.CONNECTING
    syncing: bool = False
    progress: tuple[int, int] | None = None  # (done, total) during the full sync
    last_sync_at: datetime | None = None
    message: str = ""  # packer-facing text for the status bar; empty when all is well
    hint: str = ""
    detail: str = ""  # the technical text (Lazada's code, request id) for a tooltip
    full_sync_done: bool = False
    #: on a warehouse database: the station that syncs this shop with Lazada ("" alone)
    leader: str = ""
    #: this station is that leader (it talks to Lazada for the shop)
    leading: bool = False


StateListener = Callable[[SyncState], None]


class _ItemPipeline:
    """Orders in, GetMultipleOrderItems out: one call per ``ITEMS_BATCH`` orders, started
    the moment the batch is full (the client bounds how many are in flight), each batch
    written to the book as soon as its items are in.

    The statuses share one batch: a status's short tail waits for the others' orders
    instead of costing a call of its own. That adds no round trip, because the longest
    status's last page is the last one in anyway."""

    def __init__(self, service: SyncService, *, progress: bool) -> None:
        self.service = service
        self.progress = progress
        self.orders: dict[int, Order] = {}
        self.done = 0
        self._batch: list[Order] = []
        self._tasks: list[asyncio.Future[None]] = []

    def add(self, order: Order) -> None:
        if order.order_id in self.orders:  # an order with items in two open statuses
            return
        self.orders[order.order_id] = order
        self._batch.append(order)
        if len(self._batch) >= ITEMS_BATCH:
            self.flush()

    def flush(self) -> None:
        if self._batch:
            self._tasks.append(asyncio.ensure_future(self._fetch(self._batch)))
            self._batch = []

    async def _fetch(self, chunk: list[Order]) -> None:
        svc = self.service
        items = await svc.port.get_multiple_order_items([o.order_id for o in chunk])
        entries: list[tuple[Order, list[OrderItem]]] = [
            (o, items.get(o.order_id, [])) for o in chunk
        ]
        # In turns (``lazpack.turns``): the book's listeners (the orders list) run inside,
        # and a scan must not wait for a whole batch of them.
        for start in range(0, len(entries), BOOK_SLICE):
            await turns.turn(turns.BOOK)
            svc.book.upsert_many(
                svc.shop_id, entries[start : start + BOOK_SLICE], region=svc.region
            )
        self.done += len(chunk)
        if self.progress:
            svc._set(progress=(self.done, len(self.orders)))

    async def run(self, walkers: Sequence[Coroutine[Any, Any, None]]) -> None:
        """Run the listing coroutines concurrently, then wait for every items batch.

        The first failure cancels the rest and is raised as it is (not as a group), so
        the state shows what went wrong."""
        walks = [asyncio.ensure_future(w) for w in walkers]
        try:
            await asyncio.gather(*walks)
            self.flush()
            await asyncio.gather(*self._tasks)
        finally:
            pending = [t for t in (*walks, *self._tasks) if not t.done()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*walks, *self._tasks, return_exceptions=True)


class SyncService:
    """Keeps ``book`` current for one shop. Start ``run()`` as a task; ``refresh()`` polls now."""

    def __init__(
        self,
        port: LazadaPort,
        book: OrderBook,
        *,
        shop_id: str,
        region: str = "",
        interval_s: float = 60.0,
        lookback_days: int = 60,
        statuses: Sequence[str] = OPEN_STATUSES,
        clock: Clock | None = None,
    ) -> None:
        self.port = port
        self.book = book
        self.shop_id = shop_id
        self.region = region
        self.interval_s = max(1.0, float(interval_s))
        self.lookback = timedelta(days=lookback_days)
        self.statuses = tuple(statuses)
        self.clock: Clock = clock or SystemClock()
        self.state = SyncState(shop_id=shop_id)
        self._listeners: list[StateListener] = []
        self._watermark: datetime | None = None
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._last_error: BaseException | None = None
        #: the orders the last full sync found open (None: no full sync yet)
        self.full_sync_ids: frozenset[int] | None = None

    # ------------------------------------------------------------ listeners
    def add_listener(self, listener: StateListener) -> None:
        self._listeners.append(listener)

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        for listener in list(self._listeners):
            listener(self.state)

    # ------------------------------------------------------------------ api
    def refresh(self) -> None:
        """Ask the running loop to poll now instead of waiting for the interval (F5)."""
        self._wake.set()

    def adopt(self) -> bool:
        """Start incremental from the orders already in the book (a warehouse station taking
        over the sync of a shop whose shared book is fresh) instead of a full sync; False when
        there is nothing to start from (a full sync it is)."""
        if self._watermark is not None:
            return False
        newest = [r.order.updated_at for r in self.book.rows() if r.shop_id == self.shop_id]
        if not newest:
            return False
        self._watermark = max(newest)
        log.info("sync of %s continues from the shared order book", self.shop_id)
        return True

    def lead(self, station_name: str) -> None:
        """This station now syncs the shop for the whole warehouse (its own sync state)."""
        self._set(leader=station_name, leading=True)

    def followed(self, leader: LeaderSync | None = None, *, book_read: bool = True) -> None:
        """Another station (a warehouse's sync leader) syncs this shop and this station has
        read what it brought in: show what the leader saw of Lazada — online and when it last
        synced, or its error — never "online, just synced" while the leader's calls fail.
        ``book_read``: the shared order book had the shop's orders (the first sync is done).
        """
        if leader is None:
            # the leader wrote no sync state yet (it is still on its first sync)
            self._set(connection=Connection.ONLINE, syncing=False, progress=None,
                      last_sync_at=self.clock.now(), message="", hint="", detail="",
                      full_sync_done=book_read, leading=False)  # fmt: skip
            return
        last = self.state.last_sync_at
        if leader.last_ok_age_s is not None:
            last = self.clock.now() - timedelta(seconds=max(0.0, leader.last_ok_age_s))
        try:
            connection = Connection(leader.connection)
        except ValueError:
            connection = Connection.ERROR
        if connection == Connection.ONLINE:
            message = hint = detail = ""
        else:
            message = arg(
                translate("SyncService", "%1 cannot sync this shop: %2"),
                leader.station_name,
                leader.message or translate("SyncService", "no answer from Lazada"),
            )
            hint, detail = leader.hint, leader.detail
        self._set(connection=connection, syncing=False, progress=None,
                  last_sync_at=last, message=message, hint=hint, detail=detail,
                  full_sync_done=book_read or self.state.full_sync_done,
                  leader=leader.station_name, leading=False)  # fmt: skip

    async def run(self) -> None:
        """Full sync (retried until it succeeds), then incremental polls forever."""
        while True:
            ok = await self.sync_once()
            delay = self.interval_s
            if not ok and isinstance(self._last_error, RateLimitError):
                delay = max(delay, self._last_error.ban_seconds)
            self._wake.clear()
            try:
                async with asyncio.timeout(delay):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def sync_once(self) -> bool:
        """One full sync if none has succeeded yet, else one incremental poll.

        Returns True on success; on failure the state says why and the book is unchanged
        for the orders not yet fetched.
        """
        async with self._lock:
            self._last_error = None
            try:
                if self._watermark is None:
                    await self._full_sync()
                else:
                    await self._incremental()
            except asyncio.CancelledError:
                raise
            except Exception as err:  # noqa: BLE001 - every failure becomes a visible state
                self._last_error = err
                self._report(err)
                return False
            self._set(
                connection=Connection.ONLINE,
                syncing=False,
                progress=None,
                last_sync_at=self.clock.now(),
                message="",
                hint="",
                detail="",
                full_sync_done=True,
            )
            return True

    # ------------------------------------------------------------- internal
    async def _full_sync(self) -> None:
        """Every open status at once; each page's items are asked for as soon as it is in."""
        started = self.clock.now()
        self._set(syncing=True, progress=(0, 0))
        since = started - self.lookback
        items = _ItemPipeline(self, progress=True)

        async def walk(status: str) -> None:
            async for order in self.port.iter_orders(status=status, created_after=since):
                items.add(order)

        with gc_policy.bulk_load():  # the whole shop's open orders, kept as long as we run
            await items.run([walk(status) for status in self.statuses])
        log.info("full sync of %s: %d open orders", self.shop_id, len(items.orders))
        self.full_sync_ids = frozenset(items.orders)
        # From the sync's start, not from the newest order seen: an order that changed while
        # the statuses were read (and so may be missing) changed after ``started``, and a
        # newer one seen must not carry the watermark past it.
        self._watermark = started

    async def _incremental(self) -> None:
        assert self._watermark is not None
        started = self.clock.now()
        self._set(syncing=True)
        since = self._watermark - OVERLAP
        seen: list[Order] = []
        items = _ItemPipeline(self, progress=False)

        async def walk() -> None:
            async for order in self.port.iter_orders(update_after=since):
                seen.append(order)
                row = self.book.get((self.shop_id, order.order_id))
                if row is None or row.order.updated_at != order.updated_at or row.order != order:
                    items.add(order)

        await items.run([walk()])
        if items.orders:
            log.info("incremental sync of %s: %d changed orders", self.shop_id, len(items.orders))
        if seen:
            # Not past this poll's start: an order that changed during the poll may have
            # moved behind a page already read, and the next poll must still ask for it.
            newest = max(o.updated_at for o in seen)
            self._watermark = max(self._watermark, min(newest, started))

    def _report(self, err: BaseException) -> None:
        if isinstance(err, RateLimitError):
            conn = Connection.RATE_LIMITED
        elif isinstance(err, AuthError):
            conn = Connection.AUTH
        elif isinstance(err, NetworkError | TransientError):
            conn = Connection.OFFLINE
        else:
            conn = Connection.ERROR
        if isinstance(err, KnownError):
            # The class text is in the packer's words; the instance text is technical
            # (Lazada's code and request id) and goes to the detail.
            message, hint = type(err).user_message, err.hint
            log.warning("sync of %s failed: %s", self.shop_id, err)
        else:
            message = translate("SyncService", "Internal error while syncing orders.")
            hint = translate("SyncService", "The details are in the log; syncing keeps trying.")
            level = log.warning if isinstance(err, LazpackError) else log.error
            level("sync of %s failed", self.shop_id, exc_info=err)
        self._set(
            connection=conn,
            syncing=False,
            progress=None,
            message=message,
            hint=hint,
            detail=str(err),
        )
