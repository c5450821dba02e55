"""Batch mode of the scan station: pack, print and set ready to ship selected orders.

Orders are not scanned: selecting them in the orders list is the packer's explicit decision.
Per shop, :class:`BatchPacker` settles earlier unanswered writes, re-reads the orders, packs
them in calls of at most :data:`~lazpack.domain.batching.BATCH_LIMIT` (one journal intent per
order, judged per order), prints all labels as one job and sets the packages ready to ship.
The result is an :class:`OrderBatchReport`: one :class:`OrderOutcome` per order, saying the
last step it reached (compare :class:`lazpack.services.fulfilment.RowBatchReport`, one row per
package of a fulfilment action).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from lazpack.domain.batching import BATCH_LIMIT, chunks
from lazpack.domain.models import BatchResult, OrderItem, RowResult
from lazpack.domain.ports import LazadaPort
from lazpack.domain.scan import OrderIndex
from lazpack.domain.workflow import Step
from lazpack.errors import KnownError
from lazpack.i18n import arg, translate
from lazpack.services.pack_context import PackContext
from lazpack.services.recovery import NextStep, plan_pack, plan_rts


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


@dataclass(slots=True)
class _BatchOrder:
    shop_id: str
    order_id: int
    order_number: int
    step: str = Step.VERIFY.value
    error: str = ""
    retryable: bool = True
    package_ids: list[str] = field(default_factory=list)
    is_dbs: bool = False
    notes: list[str] = field(default_factory=list)

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
        )


async def read_many(lz: LazadaPort, order_ids: Sequence[int]) -> dict[int, list[OrderItem]]:
    """GetMultipleOrderItems in calls of at most BATCH_LIMIT orders."""
    fresh: dict[int, list[OrderItem]] = {}
    for chunk in chunks(list(order_ids)):
        fresh.update(await lz.get_multiple_order_items(chunk))
    return fresh


async def read_or_fail(
    lz: LazadaPort, orders: Sequence[_BatchOrder], why: str
) -> dict[int, list[OrderItem]] | None:
    """Fresh items of ``orders``, or None after failing every one of them with ``why``."""
    try:
        return await read_many(lz, [o.order_id for o in orders])
    except KnownError as err:
        for o in orders:
            o.fail(f"{why}: {err.user_message}")
        return None


class BatchPacker:
    """Batch mode over the station's ports; ``open_key`` is the scan station's open order."""

    def __init__(
        self,
        ctx: PackContext,
        orders: OrderIndex,
        open_key: Callable[[], tuple[str, int] | None],
    ) -> None:
        self.ctx = ctx
        self.orders = orders
        self.open_key = open_key

    async def run(self, keys: Sequence[tuple[str, int]], until: Step) -> OrderBatchReport:
        orders: list[_BatchOrder] = []
        messages: list[str] = []
        open_key = self.open_key()
        for shop_id, order_id in dict.fromkeys(keys):
            entry = self.orders.get((shop_id, order_id))
            number = entry.order.order_number if entry else order_id
            orders.append(_BatchOrder(shop_id, order_id, number))
            if entry is None:
                orders[-1].fail(
                    translate("BatchPacker", "not in the open orders list"), retryable=False
                )
            elif open_key == (shop_id, order_id):
                orders[-1].fail(
                    translate(
                        "BatchPacker", "open at the scan station; finish or cancel it there first"
                    )
                )
        by_shop: dict[str, list[_BatchOrder]] = {}
        for o in orders:
            if not o.error:
                by_shop.setdefault(o.shop_id, []).append(o)
        for shop_id, group in by_shop.items():
            await self.shop(shop_id, group, until, messages)
        report = OrderBatchReport(tuple(o.outcome() for o in orders), tuple(messages))
        self.ctx.event("", None, "batch", report.summary())
        return report

    async def shop(
        self, shop_id: str, group: list[_BatchOrder], until: Step, messages: list[str]
    ) -> None:
        ctx = self.ctx
        lz = ctx.lazada(shop_id)
        by_id = {o.order_id: o for o in group}
        # settle earlier unanswered writes of these orders before planning anything
        open_ids = [
            i.intent_id
            for i in ctx.journal.open_intents()
            if i.shop_id == shop_id and by_id.keys() & set(i.order_ids)
        ]
        if open_ids:
            for r in await ctx.reconciler.reconcile(open_ids):
                ctx.owe_partial(r)
                if r.next_step is NextStep.RETRY_LATER:
                    for oid in r.intent.order_ids:
                        if oid in by_id:
                            by_id[oid].fail(r.message)
        live = [o for o in group if not o.error]
        fresh = await read_or_fail(lz, live, translate("BatchPacker", "could not read the order"))
        if fresh is None:
            return
        redo: list[int] = []
        for o in live:
            undone = await ctx.settle_undo(shop_id, lz, o.order_id, fresh.get(o.order_id, ()))
            if undone is None:
                o.fail(
                    translate(
                        "BatchPacker",
                        "part of it is still packed from a refused attempt and could not be undone",
                    )
                )
            elif undone:
                redo.append(o.order_id)
        if redo:
            again = [o for o in live if o.order_id in redo]
            fresh.update(
                await read_or_fail(lz, again, translate("BatchPacker", "could not read the order"))
                or {}
            )
        live = [o for o in live if not o.error]
        for o in live:
            o.is_dbs = any(i.is_dbs for i in fresh.get(o.order_id, ()))
        if until.rank >= Step.PACK.rank:
            await self.pack(shop_id, lz, live, fresh, messages)
        printable = [o for o in live if not o.error and o.package_ids and not o.is_dbs]
        if until.rank >= Step.LABEL.rank and printable:
            await self.label(shop_id, printable)
        if until.rank >= Step.RTS.rank:
            ready = [o for o in live if not o.error and o.package_ids]
            if ready:
                await self.rts(shop_id, lz, ready)

    # -------------------------------------------------------------- pack
    async def pack(
        self,
        shop_id: str,
        lz: LazadaPort,
        live: list[_BatchOrder],
        fresh: Mapping[int, Sequence[OrderItem]],
        messages: list[str],
    ) -> None:
        ctx = self.ctx
        by_id = {o.order_id: o for o in live}
        items = [i for o in live for i in fresh.get(o.order_id, ()) if not i.is_digital]
        plan = plan_pack(items)
        for oid, pkgs in plan.already_packed.items():
            o = by_id[oid]
            o.package_ids.extend(p for p in pkgs if p not in o.package_ids)
            o.step = Step.PACK.value
            if oid not in plan.to_pack:
                o.notes.append(translate("BatchPacker", "already packed; not packed again."))
        for o in live:
            if o.order_id not in plan.to_pack and o.order_id not in plan.already_packed:
                o.fail(
                    translate(
                        "BatchPacker", "nothing to pack (items canceled, shipped or not paid)"
                    ),
                    retryable=False,
                )
        todo = [(oid, ids) for oid, ids in plan.to_pack.items()]
        for chunk in chunks(todo):
            orders = dict(chunk)
            try:
                decision = await ctx.choose_provider(shop_id, lz, orders)
            except KnownError as err:
                for oid in orders:
                    by_id[oid].fail(err.user_message)
                continue
            # One intent per order, all carried by this one call: each order's outcome is
            # recorded and reconciled on its own, so a refused row or a lost answer never
            # counts as a Pack of an order Lazada did not pack, and a partly packed order
            # is recognised (and undone) even when the answer was lost.
            partly: dict[int, tuple[int, list[RowResult]]] = {}
            intents = {
                oid: ctx.begin("pack", shop_id, oid, item_ids=list(ids), detail="batch")
                for oid, ids in orders.items()
            }
            try:
                with ctx.journaled(intents.values()) as write:
                    res = await lz.pack(
                        orders,
                        shipping_allocate_type=decision.allocate_type,
                        shipment_provider_code=decision.provider_code,
                    )
            except KnownError as err:
                for oid in orders:
                    by_id[oid].fail(err.user_message)
                continue
            if write.lost is not None:
                results = await ctx.reconciler.reconcile(intents.values())
                judged = {r.intent.order_ids[0]: r for r in results if r.intent.order_ids}
                for oid in orders:
                    o = by_id[oid]
                    r = judged.get(oid)
                    if r is None:
                        o.fail(
                            translate(
                                "BatchPacker",
                                "the pack answer was lost and the order could not be checked",
                            )
                        )
                        continue
                    o.package_ids.extend(p for p in r.package_ids if p not in o.package_ids)
                    if r.next_step is NextStep.DONE:
                        o.step = Step.PACK.value
                    else:
                        o.fail(
                            arg(translate("BatchPacker", "the pack answer was lost; %1"), r.message)
                        )
            else:
                partly = self.take_pack_rows(res, orders, by_id, intents)
            for oid in orders:
                o = by_id[oid]
                if not o.error:
                    ctx.event(shop_id, oid, "packed", ", ".join(o.package_ids))
                elif o.package_ids:
                    await self.unpack_partial(shop_id, lz, o)
                if oid in partly:
                    intent, rows = partly[oid]
                    self.finish_rows(intent, res, rows, undone=not o.package_ids)
        # the plan's "already packed" lines are told per order above; match the (translated)
        # sentence by its ending, never by English words
        told = translate("Recovery", "Order %1 is already packed%2; not packing it again.")
        ending = told.rsplit("%2", 1)[-1]
        messages.extend(m for m in plan.messages if not m.endswith(ending))

    def take_pack_rows(
        self,
        res: BatchResult,
        orders: Mapping[int, Sequence[int]],
        by_id: Mapping[int, _BatchOrder],
        intents: Mapping[int, int],
    ) -> dict[int, tuple[int, list[RowResult]]]:
        """Judge each order by its rows; returns the partly packed ones (finished once
        their undo was tried)."""
        item_order = {i: oid for oid, ids in orders.items() for i in ids}
        rows_of: dict[int, list[RowResult]] = {}
        for row in res.rows:
            row_oid = row.order_id or item_order.get(row.key if isinstance(row.key, int) else -1)
            if row_oid is None or row_oid not in by_id:
                continue
            rows_of.setdefault(row_oid, []).append(row)
            o = by_id[row_oid]
            if row.ok:
                if row.package_id and row.package_id not in o.package_ids:
                    o.package_ids.append(row.package_id)
                o.step = Step.PACK.value
            else:
                o.fail(
                    arg(translate("BatchPacker", "pack refused: %1 (%2)"), row.msg, row.err_code),
                    retryable=row.retry or True,
                )
        partly: dict[int, tuple[int, list[RowResult]]] = {}
        for oid, intent in intents.items():
            rows = rows_of.get(oid, [])
            if any(r.ok for r in rows) and not all(r.ok for r in rows):
                partly[oid] = (intent, rows)
                continue
            self.finish_rows(intent, res, rows)
            if oid not in rows_of:
                by_id[oid].fail(
                    translate("BatchPacker", "Lazada's answer did not mention this order")
                )
        return partly

    async def unpack_partial(self, shop_id: str, lz: LazadaPort, o: _BatchOrder) -> None:
        if await self.ctx.undo_packages(shop_id, lz, o.order_id, list(o.package_ids)):
            o.package_ids.clear()
            o.step = Step.VERIFY.value
            o.error += translate(
                "BatchPacker", " — the order was left unpacked so it ships in one parcel."
            )
        else:
            o.error += arg(
                translate("BatchPacker", " — the other items may stay packed in %1."),
                ", ".join(o.package_ids),
            )

    # -------------------------------------------------------------- label
    async def label(self, shop_id: str, printable: list[_BatchOrder]) -> None:
        """Print the whole batch as ONE job, labels in the selection's order.

        PrintAWB merges at most 20 packages per document, so the labels are fetched in
        documents of ≤20 packages (each order's packages in one document) and the
        documents go to the printer together: one dialog, one job, whatever the size.
        """
        labels = self.ctx.labels
        docs: list[list[_BatchOrder]] = [[]]
        count = 0
        for o in printable:
            if docs[-1] and count + len(o.package_ids) > BATCH_LIMIT:
                docs.append([])
                count = 0
            docs[-1].append(o)
            count += len(o.package_ids)
        pdfs: list[bytes] = []
        fetched: list[_BatchOrder] = []
        for doc in docs:
            try:
                pdfs.append(
                    await labels.fetch_label(shop_id, [p for o in doc for p in o.package_ids])
                )
            except KnownError as err:
                for o in doc:
                    o.fail(arg(translate("BatchPacker", "label not fetched: %1"), err.user_message))
                continue
            fetched.extend(doc)
        if not pdfs:
            return
        try:
            await labels.print_job(pdfs, job_name=f"AWB batch {len(fetched)} orders")
        except KnownError as err:
            for o in fetched:
                o.fail(arg(translate("BatchPacker", "label not printed: %1"), err.user_message))
            return
        for o in fetched:
            o.step = Step.LABEL.value
            self.ctx.event(shop_id, o.order_id, "label_printed", ", ".join(o.package_ids))

    # -------------------------------------------------------------- ready to ship
    async def rts(self, shop_id: str, lz: LazadaPort, ready: list[_BatchOrder]) -> None:
        ctx = self.ctx
        by_pkg = {p: o for o in ready for p in o.package_ids}
        fresh = await read_or_fail(
            lz, ready, translate("BatchPacker", "could not check before ready to ship")
        )
        if fresh is None:
            return
        plan = plan_rts([i for rows in fresh.values() for i in rows], list(by_pkg))
        for pkg in plan.already:
            by_pkg[pkg].step = Step.RTS.value
        for pkg in plan.not_ready:
            by_pkg[pkg].fail(
                next((m for m in plan.messages if pkg in m), translate("BatchPacker", "not ready"))
            )
        # Each order's packages stay in one call (≤20 packages a call), and each order gets
        # its own intent: one ReadyToShip per order, judged per order.
        calls: list[list[str]] = [[]]
        for o in ready:
            pkgs = [p for p in o.package_ids if p in plan.to_send]
            if not pkgs:
                continue
            if calls[-1] and len(calls[-1]) + len(pkgs) > BATCH_LIMIT:
                calls.append([])
            calls[-1].extend(pkgs)
        for call in (c for c in calls if c):
            pkgs_of: dict[int, list[str]] = {}
            for p in call:
                pkgs_of.setdefault(by_pkg[p].order_id, []).append(p)
            intents = {
                oid: ctx.begin("rts", shop_id, oid, package_ids=pkgs, detail="batch")
                for oid, pkgs in pkgs_of.items()
            }
            try:
                with ctx.journaled(intents.values()) as write:
                    res = await lz.ready_to_ship(list(call))
            except KnownError as err:
                for p in call:
                    by_pkg[p].fail(err.user_message)
                continue
            if write.lost is not None:
                done: set[int] = set()
                for r in await ctx.reconciler.reconcile(intents.values()):
                    if r.next_step is NextStep.DONE:
                        done.update(r.intent.order_ids)
                for p in call:
                    o = by_pkg[p]
                    if o.order_id in done:
                        o.step = Step.RTS.value
                    else:
                        o.fail(
                            translate(
                                "BatchPacker",
                                "the ready-to-ship answer was lost and it did not apply",
                            )
                        )
                continue
            rows_of: dict[int, list[RowResult]] = {}
            for row in res.rows:
                o2 = by_pkg.get(str(row.key))
                if o2 is None:
                    continue
                rows_of.setdefault(o2.order_id, []).append(row)
                if row.ok:
                    o2.step = Step.RTS.value
                    ctx.event(shop_id, o2.order_id, "ready_to_ship", str(row.key))
                else:
                    o2.fail(
                        arg(
                            translate("BatchPacker", "ready to ship refused: %1 (%2)"),
                            row.msg,
                            row.err_code,
                        )
                    )
            for oid, intent in intents.items():
                self.finish_rows(intent, res, rows_of.get(oid, []))
                if oid not in rows_of:
                    for p in pkgs_of[oid]:
                        by_pkg[p].fail(
                            translate("BatchPacker", "Lazada's answer did not mention this package")
                        )

    def finish_rows(
        self, intent: int, res: BatchResult, rows: Sequence[RowResult], *, undone: bool = True
    ) -> None:
        """Finish one order's intent of a batch call from that order's rows of the answer.

        No row for the order means the answer does not say what happened to it: the
        intent stays open (``unknown``) and is reconciled before the order is retried.
        A partly refused order whose packed part is not undone stays open too (see
        ``OrderPipeline.finish_partial``).
        """
        ok = [r for r in rows if r.ok]
        bad = [r for r in rows if not r.ok]
        if not rows:
            outcome = "unknown"
            detail = translate("BatchPacker", "no row for this order in the answer")
        else:
            outcome = "failed" if not ok else ("partial" if bad else "ok")
            detail = "; ".join(f"{r.key}: {r.msg} ({r.err_code})" for r in bad) or "ok"
            if outcome == "partial" and not undone:
                outcome = "unknown"
                detail += translate("BatchPacker", "; the packed part is still to undo")
        self.ctx.journal.finish(
            intent,
            outcome=outcome,
            request_ids=res.request_ids,
            package_ids=tuple(dict.fromkeys(r.package_id for r in ok if r.package_id)),
            detail=detail,
        )
