"""Order claims for the packing flow: one order, one packer, across every station.

``OrderClaims`` is what the packing flow calls when an order is opened (scan, list, batch):
``await claims.open_order(shop_id, order_id)`` either returns (this station now holds the
order, its lease renewed by ``run()``'s heartbeat) or raises ``OrderClaimedError`` whose
message names the holder — "Order 123 is being packed at Station 3 by Ana, 40 s ago." — and
the flow does nothing else. ``release`` frees the order; ``take_over`` takes it
from whoever holds it (the UI asks for confirmation first; the database journals it).

When the database is away the claim raises ``DatabaseUnavailableError``: no new order is
opened, so nothing is packed that another station might be packing.

A single station needs no claims: ``LocalClaims`` grants every order (and keeps the same
interface), so the packing flow calls the same code whatever the backend.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Mapping, Sequence

from lazpack.domain.ports import ClaimHolder, ClaimPort, ClaimResult, Clock, Intent, JournalPort
from lazpack.errors import DatabaseUnavailableError, OrderClaimedError, StorageError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.services.pacing import pause

log = get_logger("claims")

#: A claim lives this long without a heartbeat: a dead station's orders are free after it.
LEASE_SECONDS = 30.0
#: Heartbeats per lease: two may be missed before the lease runs out.
BEATS_PER_LEASE = 3


def ago(seconds: float) -> str:
    """ "40 s ago", "3 min ago", "2 h ago" — what a packer reads at a glance."""
    s = max(0, math.floor(seconds))
    if s < 90:
        return arg(translate("OrderClaims", "%1 s ago"), s)
    if s < 90 * 60:
        return arg(translate("OrderClaims", "%1 min ago"), round(s / 60))
    return arg(translate("OrderClaims", "%1 h ago"), round(s / 3600))


def held_message(holder: ClaimHolder) -> str:
    """Order 123 is being packed at Station 3 by Ana, 40 s ago."""
    if holder.packer:
        return arg(
            translate("OrderClaims", "Order %1 is being packed at %2 by %3, %4."),
            holder.order_id,
            holder.station_name,
            holder.packer,
            ago(holder.age_seconds),
        )
    return arg(
        translate("OrderClaims", "Order %1 is being packed at %2, %3."),
        holder.order_id,
        holder.station_name,
        ago(holder.age_seconds),
    )


#: The journal's write actions as a packer reads them ("left mid-%2"); an unknown one shows as
#: its code rather than nothing.
STEP_NAMES: dict[str, str] = {
    "pack": QT_TRANSLATE_NOOP("OrderClaims", "packing"),
    "rts": QT_TRANSLATE_NOOP("OrderClaims", "ready-to-ship"),
    "repack": QT_TRANSLATE_NOOP("OrderClaims", "repack"),
    "print_awb": QT_TRANSLATE_NOOP("OrderClaims", "label printing"),
    "dbs_delivered": QT_TRANSLATE_NOOP("OrderClaims", "delivery confirmation"),
    "dbs_failed": QT_TRANSLATE_NOOP("OrderClaims", "failed-delivery report"),
    "digital": QT_TRANSLATE_NOOP("OrderClaims", "digital delivery"),
}


def step_name(action: str) -> str:
    name = STEP_NAMES.get(action)
    return translate("OrderClaims", name) if name is not None else action


class OrderClaims:
    """This station's claims (see the module docstring)."""

    def __init__(
        self,
        port: ClaimPort,
        *,
        packer: Callable[[], str],
        lease_seconds: float = LEASE_SECONDS,
        orphaned_intents: Callable[[int], list[Intent]] | None = None,
        on_lost: Callable[[str, int], None] | None = None,
        settle: Callable[[list[Intent]], Awaitable[object]] | None = None,
    ) -> None:
        self._settle = settle
        self._port = port
        self._packer = packer
        self.lease_seconds = lease_seconds
        self._orphaned = orphaned_intents
        self._on_lost = on_lost
        self.held: set[tuple[str, int]] = set()
        #: called after this station claimed, released or lost an order (the list refreshes)
        self.listeners: list[Callable[[], None]] = []
        self._stop = asyncio.Event()

    @property
    def port(self) -> ClaimPort:
        return self._port

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    async def open_order(self, shop_id: str, order_id: int) -> ClaimResult:
        """Claim the order for this station or raise ``OrderClaimedError`` naming the holder."""
        result = await self._port.claim(
            shop_id=shop_id, order_id=order_id, packer=self._packer(),
            lease_seconds=self.lease_seconds,
        )  # fmt: skip
        if not result.granted:
            raise OrderClaimedError(
                held_message(result.holder),
                hint=translate(
                    "OrderClaims",
                    "Scan another order, or take this one over if that station has stopped.",
                ),
            )
        self.held.add((shop_id, order_id))
        self._changed()
        if result.expired_from is not None:
            log.warning(
                "order %s claimed after %s's lease ran out", order_id,
                result.expired_from.station_name,
            )  # fmt: skip
        orphans = self.orphaned_intents(order_id)
        if orphans and self._settle is not None:
            # Another station died mid-write on this order: settle its writes with Lazada
            # (the reconcile path a restart uses) before this station sends anything.
            await self._settle(orphans)
            left = [i for i in self.orphaned_intents(order_id) if i.intent_id in
                    {o.intent_id for o in orphans}]  # fmt: skip
            if left:
                await self.release(shop_id, order_id)
                raise OrderClaimedError(
                    arg(
                        translate(
                            "OrderClaims",
                            "Order %1 was left mid-%2 by another station and Lazada could not "
                            "be asked yet what happened.",
                        ),
                        order_id,
                        step_name(left[0].action),
                    ),
                    hint=translate("OrderClaims", "Scan the order again in a moment."),
                )
        return result

    def orphaned_intents(self, order_id: int) -> list[Intent]:
        """Open intents any station left on the order: reconcile them before writing."""
        return self._orphaned(order_id) if self._orphaned is not None else []

    async def release(self, shop_id: str, order_id: int) -> None:
        """The order is done or put back: another station may take it at once."""
        self.held.discard((shop_id, order_id))
        try:
            await self._port.release(shop_id=shop_id, order_id=order_id)
        except DatabaseUnavailableError:
            # The lease runs out on its own; nothing is lost by not releasing it now.
            log.warning("order %s not released (database away); its lease will expire", order_id)
        self._changed()

    async def take_over(self, shop_id: str, order_id: int, *, reason: str) -> ClaimHolder | None:
        """Take the order from whoever holds it (after the packer confirmed); journaled."""
        if not reason.strip():
            raise StorageError(
                translate("OrderClaims", "A take-over needs a reason (it is kept in the journal).")
            )
        before = await self._port.take_over(
            shop_id=shop_id, order_id=order_id, packer=self._packer(),
            lease_seconds=self.lease_seconds, reason=reason,
        )  # fmt: skip
        self.held.add((shop_id, order_id))
        self._changed()
        return before

    async def heartbeat(self) -> set[tuple[str, int]]:
        """Renew every lease; orders found taken over are reported through ``on_lost``."""
        still = await self._port.renew(lease_seconds=self.lease_seconds)
        lost = self.held - still
        for shop_id, order_id in sorted(lost):
            self.held.discard((shop_id, order_id))
            log.warning("order %s was taken over by another station", order_id)
            if self._on_lost is not None:
                self._on_lost(shop_id, order_id)
        if lost:
            self._changed()
        return lost

    async def run(self) -> None:
        """Heartbeat until ``stop``; a missed beat (database away) is retried next time."""
        interval = self.lease_seconds / BEATS_PER_LEASE
        while not self._stop.is_set():
            try:
                await self.heartbeat()
            except DatabaseUnavailableError as err:
                log.warning("claim heartbeat missed: %s", err)
            try:
                await asyncio.wait_for(self._stop.wait(), interval)
            except TimeoutError:
                continue

    async def stop(self) -> None:
        """Stop the heartbeat and release every order this station holds."""
        self._stop.set()
        self.held.clear()
        try:
            await self._port.release_all()
        except DatabaseUnavailableError as err:
            log.warning("claims not released at exit (their leases will expire): %s", err)


#: How often the orders list re-reads who packs what (a claim elsewhere shows within this).
WATCH_INTERVAL_S = 3.0

Holders = dict[tuple[str, int], ClaimHolder]


class ClaimsWatch:
    """Who packs which order, across the warehouse, for the orders list: every shop's live
    claims read with one cheap query per shop every ``interval_s``, and at once after this
    station claims or releases (``wake``). It awaits the database off the GUI thread; while
    the database is away the last answer stays (the banner says so) and it keeps trying."""

    def __init__(
        self,
        port: ClaimPort,
        shops: Callable[[], Sequence[str]],
        *,
        interval_s: float = WATCH_INTERVAL_S,
    ) -> None:
        self._port = port
        self._shops = shops
        self.interval_s = interval_s
        #: called with every shop's holders after each successful read
        self.listeners: list[Callable[[Holders], None]] = []
        self.holders: Holders = {}
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()

    async def poll(self) -> Holders | None:
        """Read every shop's claims once; None (and the last answer kept) when it failed."""
        found: Holders = {}
        try:
            for shop_id in self._shops():
                for order_id, holder in (await self._port.holders(shop_id)).items():
                    found[(shop_id, order_id)] = holder
        except StorageError as err:  # away, or a refused statement: try again next time
            log.debug("claims not read: %s", err)
            return None
        self.holders = found
        for listener in list(self.listeners):
            listener(found)
        return found

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            await self.poll()
            await pause(self._stop, self._wake, self.interval_s)

    def halt(self) -> None:
        self._stop.set()


class LocalClaims:
    """``ClaimPort`` for a single station (SQLite): every order is this station's."""

    def __init__(self, clock: Clock, *, station_id: str = "", station_name: str = "") -> None:
        self._clock = clock
        self._station_id = station_id
        self._station_name = station_name or station_id
        self._held: dict[tuple[str, int], ClaimHolder] = {}

    async def claim(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float
    ) -> ClaimResult:
        holder = self._held.get((shop_id, order_id)) or ClaimHolder(
            shop_id, order_id, self._station_id, self._station_name, packer, self._clock.now(),
            0.0, lease_seconds,
        )  # fmt: skip
        self._held[(shop_id, order_id)] = holder
        return ClaimResult(True, holder)

    async def renew(self, *, lease_seconds: float) -> set[tuple[str, int]]:
        return set(self._held)

    async def release(self, *, shop_id: str, order_id: int) -> bool:
        return self._held.pop((shop_id, order_id), None) is not None

    async def release_all(self) -> int:
        n = len(self._held)
        self._held.clear()
        return n

    async def take_over(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float, reason: str
    ) -> ClaimHolder | None:
        before = self._held.pop((shop_id, order_id), None)
        await self.claim(
            shop_id=shop_id, order_id=order_id, packer=packer, lease_seconds=lease_seconds
        )
        return before

    async def holders(self, shop_id: str) -> dict[int, ClaimHolder]:
        return {o: h for (s, o), h in self._held.items() if s == shop_id}


class OrphanJournal:
    """The journal as the reconciler sees it when settling ANOTHER station's open intents:
    ``open_intents`` is those intents; everything else is the station's own journal."""

    def __init__(self, journal: JournalPort, orphans: Sequence[Intent]) -> None:
        self._j = journal
        self._orphans = list(orphans)

    def open_intents(self) -> list[Intent]:
        return list(self._orphans)

    def record_scan(self, *, shop_id: str, order_id: int | None, code: str, result: str,
                    sku: str = "", packer: str = "", detail: str = "") -> None:  # fmt: skip
        self._j.record_scan(shop_id=shop_id, order_id=order_id, code=code, result=result,
                            sku=sku, packer=packer, detail=detail)  # fmt: skip

    def begin(self, *, action: str, shop_id: str, order_ids: Sequence[int] = (),
              item_ids: Sequence[int] = (), package_ids: Sequence[str] = (), packer: str = "",
              detail: str = "") -> int:  # fmt: skip
        return self._j.begin(action=action, shop_id=shop_id, order_ids=order_ids,
                             item_ids=item_ids, package_ids=package_ids, packer=packer,
                             detail=detail)  # fmt: skip

    def finish(self, intent_id: int, *, outcome: str, request_ids: Sequence[str] = (),
               detail: str = "", package_ids: Sequence[str] = (),
               duration_ms: float | None = None) -> None:  # fmt: skip
        self._j.finish(intent_id, outcome=outcome, request_ids=request_ids, detail=detail,
                       package_ids=package_ids, duration_ms=duration_ms)  # fmt: skip

    def record_event(self, *, shop_id: str, order_id: int | None, event: str, packer: str = "",
                     detail: str = "") -> None:  # fmt: skip
        self._j.record_event(shop_id=shop_id, order_id=order_id, event=event, packer=packer,
                             detail=detail)  # fmt: skip

    def save_session(self, state: Mapping[str, object] | None) -> None:
        self._j.save_session(state)

    def load_session(self) -> dict[str, object] | None:
        return self._j.load_session()

    def link_alias(self, *, shop_id: str, barcode: str, sku: str, packer: str = "") -> None:
        self._j.link_alias(shop_id=shop_id, barcode=barcode, sku=sku, packer=packer)

    def aliases(self, shop_id: str) -> dict[str, str]:
        return self._j.aliases(shop_id)

    def remember_order(self, *, shop_id: str, order_id: int, order_number: int | str | None = None,
                       package_ids: Sequence[str] = (), tracking_numbers: Sequence[str] = (),
                       skus: Sequence[str] = ()) -> None:  # fmt: skip
        self._j.remember_order(shop_id=shop_id, order_id=order_id, order_number=order_number,
                               package_ids=package_ids, tracking_numbers=tracking_numbers,
                               skus=skus)  # fmt: skip


def _conforms(local: LocalClaims, orphans: OrphanJournal) -> tuple[ClaimPort, JournalPort]:
    return local, orphans
