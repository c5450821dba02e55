"""The orders of a batch: their groups, their state while the batch runs, and its report.

:class:`BatchOrder` is where one selected order has got to while :class:`BatchPacker`
(``lazpack.services.batch``) works on it; :class:`OrderBatchReport` is what the packer sees
afterwards, one :class:`OrderOutcome` per order. :func:`read_or_fail` is the fresh read every
step starts from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from lazpack.domain.batching import chunks
from lazpack.domain.models import OrderItem
from lazpack.domain.ports import LazadaPort
from lazpack.domain.workflow import Step
from lazpack.errors import KnownError
from lazpack.i18n import arg, translate
from lazpack.services.pack_context import read_contradiction

#: The step a digital-only order reaches (it has no pack, label or ready to ship).
DELIVERED = "delivered"


class Group(StrEnum):
    """What Lazada requires to be sent apart."""

    LOCAL = "local"  # TFS: platform-allocated carrier
    CROSS_BORDER = "cross-border"  # NTFS: the seller picks the provider
    DBS = "delivered by seller"  # seller's own fleet: no AWB
    DIGITAL = "digital"  # DeliverDigital, never Pack


def group_hint(items: Sequence[OrderItem], known: str | None) -> Group:
    """The group an order is sent in, before GetShipmentProvider has said otherwise."""
    physical = [i for i in items if not i.is_digital]
    if not physical:
        return Group.DIGITAL
    if any(i.is_dbs for i in physical):
        return Group.DBS
    if known:
        return Group.CROSS_BORDER if known == "NTFS" else Group.LOCAL
    cross = any(
        i.shipping_type.lower() == "cross border"
        or i.shipping_provider_type.lower() in {"cb", "cross_border"}
        for i in physical
    )
    return Group.CROSS_BORDER if cross else Group.LOCAL


@dataclass(frozen=True, slots=True)
class OrderOutcome:
    """Where one order of a batch got to, in the packer's words."""

    shop_id: str
    order_id: int
    order_number: int
    step: str  # the last step reached: verify (nothing done) | pack | label | rts
    ok: bool
    message: str
    package_ids: tuple[str, ...] = ()
    retryable: bool = True
    group: str = ""  # a Group value: local, cross-border, delivered by seller, digital


@dataclass(frozen=True, slots=True)
class OrderBatchReport:
    """What a batch of the scan station did, one outcome per selected order."""

    outcomes: tuple[OrderOutcome, ...]
    messages: tuple[str, ...] = ()

    @property
    def failed(self) -> tuple[OrderOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)

    @property
    def succeeded(self) -> tuple[OrderOutcome, ...]:
        return tuple(o for o in self.outcomes if o.ok)

    @property
    def retry_keys(self) -> list[tuple[str, int]]:
        """Pass these to :meth:`PackingService.batch` to retry the failures."""
        return [(o.shop_id, o.order_id) for o in self.outcomes if not o.ok and o.retryable]

    def summary(self) -> str:
        return arg(
            translate("OrderBatchReport", "%1 of %2 orders done, %3 failed"),
            len(self.succeeded),
            len(self.outcomes),
            len(self.failed),
        )

    def counts(self) -> dict[str, Counter[str]]:
        """Per group: how many orders reached each step (failed ones as ``failed``)."""
        out: dict[str, Counter[str]] = {}
        for o in self.outcomes:
            out.setdefault(o.group or "unknown", Counter())[o.step if o.ok else "failed"] += 1
        return out


@dataclass(slots=True)
class BatchOrder:
    """One selected order while the batch works on it (mutable; ``outcome()`` reports it)."""

    shop_id: str
    order_id: int
    order_number: int
    step: str = Step.VERIFY.value
    error: str = ""
    retryable: bool = True
    package_ids: list[str] = field(default_factory=list)
    is_dbs: bool = False
    notes: list[str] = field(default_factory=list)
    group: Group | None = None
    #: the item ids the order book holds for the order: a fresh read must have them all
    known: tuple[int, ...] = ()
    #: digital items still to deliver; physical: the order has items to pack
    digital: list[int] = field(default_factory=list)
    physical: bool = True

    def fail(self, message: str, *, retryable: bool = True) -> None:
        self.error, self.retryable = message, retryable

    def outcome(self) -> OrderOutcome:
        return OrderOutcome(
            self.shop_id,
            self.order_id,
            self.order_number,
            self.step,
            not self.error,
            self.error or " ".join(self.notes) or "done",
            tuple(self.package_ids),
            self.retryable,
            self.group.value if self.group else "",
        )


async def read_many(lz: LazadaPort, order_ids: Sequence[int]) -> dict[int, list[OrderItem]]:
    """GetMultipleOrderItems in calls of at most BATCH_LIMIT orders."""
    fresh: dict[int, list[OrderItem]] = {}
    for chunk in chunks(list(order_ids)):
        fresh.update(await lz.get_multiple_order_items(chunk))
    return fresh


async def read_or_fail(
    lz: LazadaPort, orders: Sequence[BatchOrder], why: str
) -> dict[int, list[OrderItem]] | None:
    """Fresh items of ``orders``, or None after failing every one of them with ``why``.

    An order whose answer contradicts what the batch holds for it (no items, rows of
    another order, items of the order book left out: :func:`read_contradiction`) is read
    again once; a second bad answer fails that order, and nothing is sent for it."""
    try:
        fresh = await read_many(lz, [o.order_id for o in orders])
        bad = {o.order_id: o for o in orders if contradicts(o, fresh)}
        if bad:
            again = await read_many(lz, list(bad))
            fresh.update({oid: again[oid] for oid in bad if oid in again})
    except KnownError as err:
        for o in orders:
            o.fail(f"{why}: {err.user_message}")
        return None
    for o in bad.values():
        reason = contradicts(o, fresh)
        if reason:
            fresh.pop(o.order_id, None)
            o.fail(
                arg(
                    translate("BatchPacker", "not changed: %1 (read twice), so nothing was sent"),
                    reason,
                )
            )
    return fresh


def contradicts(o: BatchOrder, fresh: Mapping[int, Sequence[OrderItem]]) -> str:
    return read_contradiction(o.order_id, o.known, fresh.get(o.order_id, ()))
