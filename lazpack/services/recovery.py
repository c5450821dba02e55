"""Never twice, never lost: reconcile open intents with Lazada, and guard every write.

A Pack or ReadyToShip whose answer never came may or may not have happened. Before anything
is sent again — at start, and after any ``OutcomeUnknownError`` — ``Reconciler`` reads the
orders of every open intent with GetOrderItems (Lazada's truth), decides from the item
statuses and package ids whether the write took effect, closes the intent as
``reconciled`` with ``applied …`` / ``not applied …`` and tells the caller what to do next.

``plan_pack`` / ``plan_rts`` (and ``IdempotencyGuard``, which reads fresh items first) are
what the workflow runs right before each write: items already packed are never packed again,
packages already ready to ship are not sent again, and each skip comes with a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from lazpack.domain.models import PACKABLE, ItemStatus, OrderItem
from lazpack.domain.ports import Intent, JournalPort, LazadaPort
from lazpack.errors import BusinessError, LazpackError, MalformedResponseError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

log = get_logger("services.recovery")

#: Statuses an item reaches only after a successful Pack.
PACKED_OR_LATER = frozenset(
    {
        ItemStatus.PACKED,
        ItemStatus.READY_TO_SHIP_PENDING,
        ItemStatus.READY_TO_SHIP,
        ItemStatus.SHIPPED,
        ItemStatus.DELIVERED,
        ItemStatus.FAILED,
        ItemStatus.FAILED_DELIVERY,
        ItemStatus.SHIPPED_BACK,
        ItemStatus.SHIPPED_BACK_SUCCESS,
        ItemStatus.SHIPPED_BACK_FAILED,
        ItemStatus.RETURNED,
        ItemStatus.LOST,
        ItemStatus.LOST_BY_3PL,
        ItemStatus.DAMAGED_BY_3PL,
    }
)
#: Statuses an item reaches only after a successful ReadyToShip.
RTS_OR_LATER = PACKED_OR_LATER - {ItemStatus.PACKED}
DELIVERED = frozenset({ItemStatus.DELIVERED, ItemStatus.RETURNED})
FAILED_DELIVERY = frozenset(
    {
        ItemStatus.FAILED,
        ItemStatus.FAILED_DELIVERY,
        ItemStatus.SHIPPED_BACK,
        ItemStatus.SHIPPED_BACK_SUCCESS,
        ItemStatus.SHIPPED_BACK_FAILED,
    }
)
#: Actions that change nothing at Lazada, so repeating them is harmless there.
_READ_ONLY_ACTIONS = frozenset({"print_awb"})


class NextStep(StrEnum):
    DONE = "done"  # the write took effect: carry on from after it
    RESEND = "resend"  # it did not: the caller may send it again (through the guard)
    NOTHING = "nothing"  # moot (order canceled, a read-only action): nothing to send
    RETRY_LATER = "retry_later"  # Lazada could not be read: the intent stays open


@dataclass(frozen=True, slots=True)
class ReconcileResult:
    intent: Intent
    applied: bool | None  # None when Lazada could not be read
    next_step: NextStep
    message: str
    package_ids: tuple[str, ...] = ()
    #: Fresh items per order, so the caller can reopen the order panel without a read.
    items: Mapping[int, tuple[OrderItem, ...]] = field(default_factory=dict)


class Reconciler:
    """Closes every open intent of this station against Lazada's current state."""

    def __init__(self, journal: JournalPort, lazada_for_shop: Callable[[str], LazadaPort]) -> None:
        self._journal = journal
        self._lazada_for_shop = lazada_for_shop

    async def reconcile(self, intent_ids: Iterable[int] | None = None) -> list[ReconcileResult]:
        """Reconcile the open intents (or only ``intent_ids`` among them), oldest first.

        Pass ``intent_ids`` after an ``OutcomeUnknownError`` while other writes may still be
        in flight: an intent whose call has not returned yet must not be judged.
        """
        wanted = None if intent_ids is None else set(intent_ids)
        intents = [
            i for i in self._journal.open_intents() if wanted is None or i.intent_id in wanted
        ]
        # Later intents of the same order see the same truth: read each order once.
        cache: dict[tuple[str, int], tuple[OrderItem, ...] | LazpackError] = {}
        results = []
        for intent in intents:
            result = await self._reconcile_one(intent, cache)
            if result.applied is not None or result.next_step is NextStep.NOTHING:
                self._journal.finish(
                    intent.intent_id,
                    outcome="reconciled",
                    detail=result.message,
                    package_ids=result.package_ids,
                )
            log.info(
                "intent %d (%s %s): %s",
                intent.intent_id,
                intent.action,
                ",".join(map(str, intent.order_ids)),
                result.message,
            )
            results.append(result)
        return results

    async def _reconcile_one(
        self,
        intent: Intent,
        cache: dict[tuple[str, int], tuple[OrderItem, ...] | LazpackError],
    ) -> ReconcileResult:
        if intent.action in _READ_ONLY_ACTIONS:
            return ReconcileResult(
                intent,
                applied=False,
                next_step=NextStep.NOTHING,
                message=translate(
                    "Reconciler",
                    "not applied: printing changes nothing at Lazada; print again if needed",
                ),
            )
        if not intent.order_ids:
            return ReconcileResult(
                intent,
                applied=False,
                next_step=NextStep.NOTHING,
                message=translate(
                    "Reconciler", "not applied: the intent names no order, nothing to check"
                ),
            )
        items: dict[int, tuple[OrderItem, ...]] = {}
        for order_id in intent.order_ids:
            key = (intent.shop_id, order_id)
            if key not in cache:
                cache[key] = await self._read(intent.shop_id, order_id)
            got = cache[key]
            if isinstance(got, LazpackError):
                if isinstance(got, BusinessError):
                    return ReconcileResult(
                        intent,
                        applied=False,
                        next_step=NextStep.NOTHING,
                        message=arg(
                            translate(
                                "Reconciler", "not applied: Lazada does not know order %1 (%2)"
                            ),
                            order_id,
                            got,
                        ),
                    )
                return ReconcileResult(
                    intent,
                    applied=None,
                    next_step=NextStep.RETRY_LATER,
                    message=arg(
                        translate(
                            "Reconciler",
                            "unknown: order %1 could not be read (%2); nothing is sent until it "
                            "can",
                        ),
                        order_id,
                        got,
                    ),
                )
            items[order_id] = got
        decision = decide(intent, [i for rows in items.values() for i in rows])
        return ReconcileResult(
            intent,
            applied=decision.applied,
            next_step=decision.next_step,
            message=decision.message,
            package_ids=decision.package_ids,
            items=items,
        )

    async def _read(self, shop_id: str, order_id: int) -> tuple[OrderItem, ...] | LazpackError:
        try:
            lazada = self._lazada_for_shop(shop_id)
            items = tuple(await lazada.get_order_items(order_id))
            if not items:
                # Lazada never drops an order's items: judging a write by an empty answer
                # would record a false "not applied". Unknown still; checked again later.
                raise MalformedResponseError(f"Lazada answered no items for order {order_id}")
            return items
        except LazpackError as err:
            log.warning("reconcile: reading order %d failed: %s", order_id, err)
            return err


@dataclass(frozen=True, slots=True)
class Decision:
    applied: bool
    next_step: NextStep
    message: str
    package_ids: tuple[str, ...] = ()


def decide(intent: Intent, items: Sequence[OrderItem]) -> Decision:
    """Whether ``intent``'s write took effect, judged from fresh ``items`` of its orders."""
    if intent.action == "pack":
        return _decide_pack(intent, items)
    by_package = [i for i in items if intent.package_ids and i.package_id in intent.package_ids]
    # Without package ids in the intent (or after Lazada replaced them) judge every item
    # of the orders that is not canceled.
    targets = by_package or [i for i in items if i.status != ItemStatus.CANCELED]
    if intent.action == "rts":
        return _decide_by_status(
            targets, RTS_OR_LATER, translate("Recovery", "ready to ship"), items
        )
    if intent.action == "repack":
        return _decide_repack(intent, items)
    if intent.action == "dbs_delivered":
        return _decide_by_status(targets, DELIVERED, "delivered", items)
    if intent.action == "dbs_failed":
        return _decide_by_status(
            targets, FAILED_DELIVERY, translate("Recovery", "failed delivery"), items
        )
    if intent.action == "digital":
        chosen = _chosen(intent, items)
        return _decide_by_status(chosen, DELIVERED, "delivered", items)
    return Decision(
        applied=False,
        next_step=NextStep.NOTHING,
        message=arg(
            translate("Recovery", "not applied: lazpack cannot check a %1 at Lazada"),
            repr(intent.action),
        ),
    )


def _chosen(intent: Intent, items: Sequence[OrderItem]) -> list[OrderItem]:
    if intent.item_ids:
        ids = set(intent.item_ids)
        return [i for i in items if i.order_item_id in ids]
    return list(items)


def _packages(items: Iterable[OrderItem]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.package_id for i in items if i.package_id))


def _decide_pack(intent: Intent, items: Sequence[OrderItem]) -> Decision:
    chosen = _chosen(intent, items)
    live = [i for i in chosen if i.status != ItemStatus.CANCELED]
    if not live:
        return Decision(
            False, NextStep.NOTHING, translate("Recovery", "not applied: the items were canceled")
        )
    packed = [i for i in live if i.status in PACKED_OR_LATER and i.package_id]
    pending = [i for i in live if i.status in PACKABLE]
    pkgs = _packages(packed)
    if packed and not pending:
        return Decision(
            True,
            NextStep.DONE,
            arg(translate("Recovery", "applied: packed in %1"), ", ".join(pkgs)),
            pkgs,
        )
    if packed:
        return Decision(
            True,
            NextStep.RESEND,
            arg(
                translate("Recovery", "applied for %1 of %2 items (in %3); %4 still to pack"),
                len(packed),
                len(live),
                ", ".join(pkgs),
                len(pending),
            ),
            pkgs,
        )
    if pending:
        return Decision(
            False,
            NextStep.RESEND,
            translate("Recovery", "not applied: the items are still to pack"),
        )
    statuses = ", ".join(sorted({str(i.status) for i in live}))
    return Decision(
        False,
        NextStep.NOTHING,
        arg(translate("Recovery", "not applied: the items are %1"), statuses),
    )


def _decide_by_status(
    targets: Sequence[OrderItem],
    done: frozenset[ItemStatus],
    what: str,
    items: Sequence[OrderItem],
) -> Decision:
    live = [i for i in targets if i.status != ItemStatus.CANCELED]
    if not live:
        return Decision(
            False, NextStep.NOTHING, translate("Recovery", "not applied: the items were canceled")
        )
    reached = [i for i in live if i.status in done]
    pkgs = _packages(reached)
    if len(reached) == len(live):
        where = f" ({', '.join(pkgs)})" if pkgs else ""
        return Decision(True, NextStep.DONE, f"applied: {what}{where}", pkgs)
    if reached:
        return Decision(
            True,
            NextStep.RESEND,
            arg(
                translate("Recovery", "applied for %1 of %2 items (%3); the rest still to do"),
                len(reached),
                len(live),
                what,
            ),
            pkgs,
        )
    statuses = ", ".join(sorted({str(i.status) for i in live}))
    return Decision(
        False,
        NextStep.RESEND,
        arg(translate("Recovery", "not applied: the items are still %1"), statuses),
    )


def _decide_repack(intent: Intent, items: Sequence[OrderItem]) -> Decision:
    old = set(intent.package_ids)
    live = [i for i in items if i.status != ItemStatus.CANCELED]
    still = [i for i in live if i.package_id in old and i.status in PACKED_OR_LATER]
    if still:
        return Decision(
            False,
            NextStep.RESEND,
            arg(translate("Recovery", "not applied: still packed in %1"), ", ".join(sorted(old))),
        )
    if any(i.status == ItemStatus.REPACKED for i in live) or not old:
        return Decision(
            True, NextStep.DONE, translate("Recovery", "applied: the package was recreated")
        )
    return Decision(True, NextStep.DONE, translate("Recovery", "applied: the old package is gone"))


# ------------------------------------------------------------------ idempotency guard
@dataclass(frozen=True, slots=True)
class PackPlan:
    """What a Pack may still send, and what it must not."""

    to_pack: dict[int, tuple[int, ...]]  # order_id -> order_item_ids still packable
    already_packed: dict[int, tuple[str, ...]]  # order_id -> package ids already made
    skipped: tuple[tuple[int, str], ...]  # (order_item_id, status) neither packable nor packed
    messages: tuple[str, ...]

    @property
    def nothing_to_send(self) -> bool:
        return not self.to_pack


@dataclass(frozen=True, slots=True)
class RtsPlan:
    to_send: tuple[str, ...]  # package ids whose items are all packed
    already: tuple[str, ...]  # package ids already ready to ship (a no-op)
    not_ready: tuple[str, ...]  # package ids that cannot be sent (not packed, canceled, …)
    messages: tuple[str, ...]

    @property
    def nothing_to_send(self) -> bool:
        return not self.to_send


def plan_pack(
    items: Iterable[OrderItem], wanted: Mapping[int, Sequence[int]] | None = None
) -> PackPlan:
    """Split ``wanted`` (``{order_id: [item_id]}``, default: every item) by fresh status."""
    rows = list(items)
    if wanted is not None:
        ids = {int(i) for ids in wanted.values() for i in ids}
        rows = [i for i in rows if i.order_item_id in ids]
        missing = ids - {i.order_item_id for i in rows}
    else:
        missing = set()
    to_pack: dict[int, list[int]] = {}
    packed: dict[int, list[str]] = {}
    skipped: list[tuple[int, str]] = []
    for item in rows:
        if item.status in PACKABLE:
            to_pack.setdefault(item.order_id, []).append(item.order_item_id)
        elif item.status in PACKED_OR_LATER:
            packages = packed.setdefault(item.order_id, [])
            if item.package_id and item.package_id not in packages:
                packages.append(item.package_id)
        else:
            skipped.append((item.order_item_id, str(item.status)))
    messages = []
    for order_id, pkgs in packed.items():
        where = arg(translate("Recovery", " (package %1)"), ", ".join(pkgs)) if pkgs else ""
        messages.append(
            arg(
                translate("Recovery", "Order %1 is already packed%2; not packing it again."),
                order_id,
                where,
            )
        )
    for item_id, status in skipped:
        messages.append(
            arg(
                translate("Recovery", "Item %1 is %2 at Lazada; it cannot be packed."),
                item_id,
                status,
            )
        )
    for item_id in sorted(missing):
        messages.append(
            arg(translate("Recovery", "Item %1 is no longer in the order at Lazada."), item_id)
        )
    return PackPlan(
        to_pack={o: tuple(v) for o, v in to_pack.items()},
        already_packed={o: tuple(v) for o, v in packed.items()},
        skipped=tuple(skipped),
        messages=tuple(messages),
    )


def plan_rts(items: Iterable[OrderItem], package_ids: Sequence[str]) -> RtsPlan:
    """Which of ``package_ids`` still need ReadyToShip, judged from fresh items."""
    by_package: dict[str, list[OrderItem]] = {}
    for item in items:
        if item.package_id:
            by_package.setdefault(item.package_id, []).append(item)
    send: list[str] = []
    already: list[str] = []
    not_ready: list[str] = []
    messages: list[str] = []
    for pkg in dict.fromkeys(package_ids):
        live = [i for i in by_package.get(pkg, []) if i.status != ItemStatus.CANCELED]
        if not live:
            not_ready.append(pkg)
            messages.append(
                arg(
                    translate(
                        "Recovery", "Package %1 has no live items at Lazada (canceled or repacked)."
                    ),
                    pkg,
                )
            )
        elif all(i.status in RTS_OR_LATER for i in live):
            already.append(pkg)
            messages.append(
                arg(
                    translate("Recovery", "Package %1 is already ready to ship; nothing sent."), pkg
                )
            )
        elif all(i.status == ItemStatus.PACKED for i in live):
            send.append(pkg)
        else:
            not_ready.append(pkg)
            statuses = ", ".join(sorted({str(i.status) for i in live}))
            messages.append(
                arg(
                    translate("Recovery", "Package %1 cannot be set ready to ship: items are %2."),
                    pkg,
                    statuses,
                )
            )
    return RtsPlan(tuple(send), tuple(already), tuple(not_ready), tuple(messages))


class IdempotencyGuard:
    """Reads fresh items right before a write and filters out what is already done."""

    def __init__(self, lazada: LazadaPort) -> None:
        self._lazada = lazada

    async def _items(self, order_ids: Iterable[int]) -> list[OrderItem]:
        ids = list(dict.fromkeys(order_ids))
        if len(ids) == 1:
            return list(await self._lazada.get_order_items(ids[0]))
        fresh = await self._lazada.get_multiple_order_items(ids)
        return [i for rows in fresh.values() for i in rows]

    async def pack(self, orders: Mapping[int, Sequence[int]]) -> PackPlan:
        return plan_pack(await self._items(orders), orders)

    async def rts(self, order_ids: Iterable[int], package_ids: Sequence[str]) -> RtsPlan:
        return plan_rts(await self._items(order_ids), package_ids)
