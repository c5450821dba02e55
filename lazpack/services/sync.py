"""Order sync for one shop: a full sync of the open statuses, then incremental polling.

Pure service: it talks to Lazada only through ``LazadaPort`` and writes into an
``OrderBook``. Problems (rate limit, token, network, bugs) become a ``SyncState`` value the
window shows; nothing is raised into the UI loop, and one failed poll never stops the next.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from lazpack.domain.clock import SystemClock
from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OPEN_STATUSES, OrderBook
from lazpack.domain.ports import Clock, LazadaPort
from lazpack.errors import (
    AuthError,
    KnownError,
    LazpackError,
    NetworkError,
    RateLimitError,
    TransientError,
)
from lazpack.i18n import translate
from lazpack.log import get_logger

log = get_logger("sync")

#: GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3).
ITEMS_BATCH = 50
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


StateListener = Callable[[SyncState], None]


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
        started = self.clock.now()
        self._set(syncing=True, progress=(0, 0))
        since = started - self.lookback
        orders: dict[int, Order] = {}
        for status in self.statuses:
            async for order in self.port.iter_orders(status=status, created_after=since):
                orders[order.order_id] = order
            self._set(progress=(0, len(orders)))
        log.info("full sync of %s: %d open orders", self.shop_id, len(orders))
        await self._fetch_items(list(orders.values()), progress=True)
        self._watermark = self._newest(orders.values(), default=started)

    async def _incremental(self) -> None:
        assert self._watermark is not None
        self._set(syncing=True)
        since = self._watermark - OVERLAP
        orders: dict[int, Order] = {}
        async for order in self.port.iter_orders(update_after=since):
            orders[order.order_id] = order
        changed = [
            o
            for o in orders.values()
            if (row := self.book.get((self.shop_id, o.order_id))) is None
            or row.order.updated_at != o.updated_at
            or row.order != o
        ]
        if changed:
            log.info("incremental sync of %s: %d changed orders", self.shop_id, len(changed))
            await self._fetch_items(changed, progress=False)
        self._watermark = self._newest(orders.values(), default=self._watermark)

    async def _fetch_items(self, orders: list[Order], *, progress: bool) -> None:
        total = len(orders)
        for start in range(0, total, ITEMS_BATCH):
            chunk = orders[start : start + ITEMS_BATCH]
            items = await self.port.get_multiple_order_items([o.order_id for o in chunk])
            entries: list[tuple[Order, list[OrderItem]]] = [
                (o, items.get(o.order_id, [])) for o in chunk
            ]
            self.book.upsert_many(self.shop_id, entries, region=self.region)
            if progress:
                self._set(progress=(min(start + ITEMS_BATCH, total), total))

    @staticmethod
    def _newest(orders: Iterable[Order], *, default: datetime) -> datetime:
        return max((default, *(o.updated_at for o in orders)))

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
