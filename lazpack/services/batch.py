"""Batch mode of the scan station: pack, print and set ready to ship selected orders.

This module holds the runner (:class:`BatchPacker`); the orders' state and the report are in
:mod:`lazpack.services.batch_orders`, the whole-call refusals in
:mod:`lazpack.services.batch_refusal`.

Orders are not scanned: selecting them in the orders list is the packer's explicit decision.
Per shop, :class:`BatchPacker` settles earlier unanswered writes, re-reads the orders and
sorts them into the groups Lazada wants apart (:class:`Group`):

* local (TFS) and cross-border (NTFS) orders: GetShipmentProvider answers one
  ``shipping_allocate_type`` per call and Pack takes one, so they are queried and packed
  apart; a provider choice Lazada leaves to the seller is asked once per group, the shop's
  remembered provider preselected;
* delivered by seller (DBS): packed and set ready to ship, but no AWB (Lazada prints none;
  the delivery slip comes from the DBS tab);
* digital items: never packed; delivered with DeliverDigital through the same
  :class:`~lazpack.services.fulfilment.FulfilmentService` the menus use.

Each call carries at most :data:`~lazpack.domain.batching.BATCH_LIMIT` orders, one journal
intent per order, judged per order. When Lazada refuses a call as a whole (``success:
false``, or an error for the whole request), nothing in it was applied: the call is split in
halves, then single orders (:func:`isolate`), until the orders the refusal was about are
found; only those fail, each with Lazada's reason and whether a retry can help. A lost answer
is never re-sent: the orders are reconciled with GetOrderItems first.

The result is an :class:`OrderBatchReport`: one :class:`OrderOutcome` per order, saying the
last step it reached (compare :class:`lazpack.services.fulfilment.RowBatchReport`, one row per
package of a fulfilment action).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from lazpack.domain.batching import BATCH_LIMIT, chunks
from lazpack.domain.models import BatchResult, ItemStatus, OrderItem, RowResult, ShipmentProviders
from lazpack.domain.ports import LazadaPort
from lazpack.domain.scan import OrderIndex
from lazpack.domain.workflow import Step
from lazpack.errors import AuthError, KnownError
from lazpack.i18n import arg, translate
from lazpack.services.batch_orders import (
    DELIVERED,
    BatchOrder,
    Group,
    OrderBatchReport,
    OrderOutcome,
    group_hint,
    read_or_fail,
)
from lazpack.services.batch_refusal import RETRYABLE_CODES, Refusal, isolate, refusal_in, refusal_of
from lazpack.services.fulfilment import DIGITAL_AWAITING, RowState
from lazpack.services.pack_context import PackContext
from lazpack.services.recovery import NextStep, plan_pack, plan_rts


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
        orders: list[BatchOrder] = []
        messages: list[str] = []
        open_key = self.open_key()
        for shop_id, order_id in dict.fromkeys(keys):
            entry = self.orders.get((shop_id, order_id))
            number = entry.order.order_number if entry else order_id
            known = tuple(i.order_item_id for i in entry.items) if entry else ()
            orders.append(BatchOrder(shop_id, order_id, number, known=known))
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
        by_shop: dict[str, list[BatchOrder]] = {}
        for o in orders:
            if not o.error:
                by_shop.setdefault(o.shop_id, []).append(o)
        for shop_id, group in by_shop.items():
            try:
                await self.shop(shop_id, group, until, messages)
            except AuthError as err:
                # nothing more can succeed for this shop until it is reconnected
                for o in group:
                    if not o.error and o.step == Step.VERIFY.value:
                        o.fail(f"{err.user_message} {err.hint}".strip())
        report = OrderBatchReport(tuple(o.outcome() for o in orders), tuple(messages))
        self.ctx.event("", None, "batch", report.summary())
        return report

    async def shop(
        self, shop_id: str, group: list[BatchOrder], until: Step, messages: list[str]
    ) -> None:
        ctx = self.ctx
        lz = ctx.lazada(shop_id)
        by_id = {o.order_id: o for o in group}
        # settle earlier unanswered writes of these orders before planning anything
        for r in await ctx.settle_open(shop_id, by_id):
            if r.next_step is NextStep.RETRY_LATER:
                for oid in r.intent.order_ids:
                    if oid in by_id:
                        by_id[oid].fail(r.message)
        live = [o for o in group if not o.error]
        fresh = await read_or_fail(lz, live, translate("BatchPacker", "could not read the order"))
        if fresh is None:
            return
        live = [o for o in live if not o.error]
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
            items = list(fresh.get(o.order_id, ()))
            o.is_dbs = any(i.is_dbs and not i.is_digital for i in items)
            o.physical = any(not i.is_digital for i in items)
            o.digital = [
                i.order_item_id for i in items if i.is_digital and i.status in DIGITAL_AWAITING
            ]
            o.group = group_hint(items, ctx.allocate_types.get((shop_id, o.order_id)))
        if until.rank >= Step.PACK.rank:
            physical = [o for o in live if o.physical]
            if physical:
                await self.pack(shop_id, lz, physical, fresh, messages)
            await self.deliver_digital(shop_id, [o for o in live if o.digital])
            for o in live:
                if not o.physical and not o.digital and not o.error:
                    self.nothing_digital(o, fresh.get(o.order_id, ()))
        printable = [o for o in live if not o.error and o.package_ids and not o.is_dbs]
        if until.rank >= Step.LABEL.rank and printable:
            await self.label(shop_id, printable)
        if until.rank >= Step.RTS.rank:
            ready = [o for o in live if not o.error and o.package_ids]
            if ready:
                await self.rts(shop_id, lz, ready)
        for o in live:
            if o.is_dbs and not o.error and o.step == Step.RTS.value:
                o.notes.append(
                    translate(
                        "BatchPacker",
                        "Delivered by your own fleet: no AWB; print its delivery slip in the "
                        "DBS tab and mark it delivered there.",
                    )
                )

    # -------------------------------------------------------------- digital
    async def deliver_digital(self, shop_id: str, orders: list[BatchOrder]) -> None:
        """DeliverDigital for the orders' pending digital items (never Pack), through the
        shop's :class:`FulfilmentService`: one intent per call, rows judged per item."""
        if not orders:
            return
        svc = self.ctx.fulfilment(shop_id)
        by_id = {o.order_id: o for o in orders}

        async def call(part: list[int]) -> Refusal | None:
            try:
                report = await svc.deliver_digital({oid: by_id[oid].digital for oid in part})
            except KnownError as err:
                for oid in part:
                    by_id[oid].fail(
                        arg(
                            translate("BatchPacker", "digital items not delivered: %1"),
                            err.user_message,
                        )
                    )
                return None
            rows = report.rows
            if rows and all(r.whole_call and r.state is RowState.FAILED for r in rows):
                r0 = rows[0]
                return Refusal(r0.err_code, r0.msg, r0.retry or r0.err_code in RETRYABLE_CODES)
            for oid in part:
                o = by_id[oid]
                mine = [r for r in rows if r.order_id == oid]
                bad = [r for r in mine if not r.ok]
                if not mine:
                    o.fail(
                        translate(
                            "BatchPacker", "Lazada's answer did not mention its digital items"
                        )
                    )
                elif any(r.state is RowState.UNKNOWN for r in bad):
                    o.fail(
                        translate(
                            "BatchPacker",
                            "the answer to the digital delivery was lost; it is checked with "
                            "Lazada before anything is sent again",
                        )
                    )
                elif bad:
                    r = bad[0]
                    o.fail(
                        arg(
                            translate("BatchPacker", "digital delivery refused: %1 (%2)"),
                            r.msg,
                            r.err_code,
                        ),
                        retryable=any(b.retry for b in bad),
                    )
                else:
                    o.notes.append(
                        translate("BatchPacker", "%n digital item(s) delivered.", None, len(mine))
                    )
                    if not o.physical:
                        o.step = DELIVERED
                    self.ctx.event(shop_id, oid, "digital_delivered", f"{len(mine)} item(s)")
            return None

        for chunk in chunks([o.order_id for o in orders]):
            for oid, why in (await isolate(list(chunk), call)).items():
                by_id[oid].fail(
                    why.text(
                        translate(
                            "BatchPacker", "Lazada refused to deliver its digital items: %1 (%2)"
                        )
                    ),
                    retryable=why.retry,
                )

    @staticmethod
    def nothing_digital(o: BatchOrder, items: Sequence[OrderItem]) -> None:
        """A digital-only order with nothing left to deliver: done, or why not."""
        if items and all(i.status == ItemStatus.DELIVERED for i in items):
            o.step = DELIVERED
            o.notes.append(translate("BatchPacker", "digital items already delivered."))
            return
        states = ", ".join(sorted({str(i.status) for i in items})) or translate(
            "BatchPacker", "no items"
        )
        o.fail(
            arg(translate("BatchPacker", "no digital item to deliver (%1)"), states),
            retryable=False,
        )

    # -------------------------------------------------------------- pack
    async def pack(
        self,
        shop_id: str,
        lz: LazadaPort,
        live: list[BatchOrder],
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
        # 1. GetShipmentProvider per group (one allocate type per call)
        hinted: dict[Group, dict[int, Sequence[int]]] = {}
        for oid, ids in plan.to_pack.items():
            grp = by_id[oid].group or Group.LOCAL
            hinted.setdefault(grp, {})[oid] = ids
        answers: list[tuple[Group, dict[int, Sequence[int]], ShipmentProviders]] = []
        for grp, orders in hinted.items():
            for chunk in chunks(list(orders)):
                await self.query_providers(shop_id, lz, grp, orders, list(chunk), answers, by_id)
        # 2. one provider decision per group; Pack in calls of one group and decision
        picked: dict[str, str] = {}
        declined: set[str] = set()
        calls: dict[tuple[Group, str, str | None], dict[int, Sequence[int]]] = {}
        for grp, orders, offered in answers:
            alloc = offered.shipping_allocate_type
            if grp is not Group.DBS:
                grp = Group.CROSS_BORDER if alloc == "NTFS" else Group.LOCAL
            for oid in orders:
                by_id[oid].group = grp
            if alloc in declined:
                for oid in orders:
                    by_id[oid].fail(
                        translate("BatchPacker", "no shipment provider was chosen for this group")
                    )
                continue
            try:
                decision = await ctx.decide_provider(shop_id, offered, picked_before=picked)
            except KnownError as err:
                declined.add(alloc)
                for oid in orders:
                    by_id[oid].fail(f"{err.user_message} {err.hint}".strip())
                continue
            key = (grp, decision.allocate_type, decision.provider_code)
            calls.setdefault(key, {}).update(orders)
        for (_grp, alloc, code), orders in calls.items():
            for chunk in chunks(list(orders)):

                async def send(
                    part: list[int],
                    orders: Mapping[int, Sequence[int]] = orders,
                    alloc: str = alloc,
                    code: str | None = code,
                ) -> Refusal | None:
                    sub = {oid: orders[oid] for oid in part}
                    return await self.pack_call(shop_id, lz, sub, alloc, code, by_id)

                for oid, why in (await isolate(list(chunk), send)).items():
                    by_id[oid].fail(
                        why.text(translate("BatchPacker", "Lazada refused to pack it: %1 (%2)")),
                        retryable=why.retry,
                    )
        # the plan's "already packed" lines are told per order above; match the (translated)
        # sentence by its ending, never by English words
        told = translate("Recovery", "Order %1 is already packed%2; not packing it again.")
        ending = told.rsplit("%2", 1)[-1]
        messages.extend(m for m in plan.messages if not m.endswith(ending))

    async def query_providers(
        self,
        shop_id: str,
        lz: LazadaPort,
        grp: Group,
        orders: Mapping[int, Sequence[int]],
        chunk: list[int],
        answers: list[tuple[Group, dict[int, Sequence[int]], ShipmentProviders]],
        by_id: Mapping[int, BatchOrder],
    ) -> None:
        """GetShipmentProvider for ``chunk``; a refused query (e.g. local and cross-border
        orders together: 700004) is split until the refused orders are isolated."""

        async def call(part: list[int]) -> Refusal | None:
            sub = {oid: orders[oid] for oid in part}
            try:
                offered = await lz.get_shipment_providers(sub)
            except KnownError as err:
                why = refusal_of(err)
                if why is None:
                    for oid in part:
                        by_id[oid].fail(
                            arg(
                                translate("BatchPacker", "shipment providers not read: %1"),
                                err.user_message,
                            )
                        )
                    if isinstance(err, AuthError):
                        raise
                return why
            for oid in part:
                self.ctx.allocate_types[(shop_id, oid)] = offered.shipping_allocate_type
            answers.append((grp, sub, offered))
            return None

        for oid, why in (await isolate(chunk, call)).items():
            by_id[oid].fail(
                why.text(
                    translate("BatchPacker", "Lazada refused to offer a shipment provider: %1 (%2)")
                ),
                retryable=why.retry,
            )

    async def pack_call(
        self,
        shop_id: str,
        lz: LazadaPort,
        orders: Mapping[int, Sequence[int]],
        alloc: str,
        provider_code: str | None,
        by_id: Mapping[int, BatchOrder],
    ) -> Refusal | None:
        """One Pack call: one intent per order, all carried by this call, each order's
        outcome recorded and reconciled on its own. Returns the refusal of the whole call
        (every intent finished ``failed``: nothing was applied) for :func:`isolate`."""
        ctx = self.ctx
        partly: dict[int, tuple[int, list[RowResult]]] = {}
        intents = {
            oid: ctx.begin("pack", shop_id, oid, item_ids=list(ids), detail="batch")
            for oid, ids in orders.items()
        }
        try:
            with ctx.journaled(intents.values()) as write:
                res = await lz.pack(
                    orders, shipping_allocate_type=alloc, shipment_provider_code=provider_code
                )
        except KnownError as err:
            why = refusal_of(err)
            if why is not None:
                return why
            for oid in orders:
                by_id[oid].fail(err.user_message)
            if isinstance(err, AuthError):
                raise
            return None
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
                    o.fail(arg(translate("BatchPacker", "the pack answer was lost; %1"), r.message))
        else:
            whole = refusal_in(res)
            if whole is not None:
                for oid, intent in intents.items():
                    self.finish_rows(intent, res, [r for r in res.rows if r.order_id == oid])
                return whole
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
        return None

    def take_pack_rows(
        self,
        res: BatchResult,
        orders: Mapping[int, Sequence[int]],
        by_id: Mapping[int, BatchOrder],
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
                    retryable=row.retry,
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

    async def unpack_partial(self, shop_id: str, lz: LazadaPort, o: BatchOrder) -> None:
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
    async def label(self, shop_id: str, printable: list[BatchOrder]) -> None:
        """Print the whole batch as ONE job, labels in the selection's order.

        PrintAWB merges at most 20 packages per document, so the labels are fetched in
        documents of ≤20 packages (each order's packages in one document) and the
        documents go to the printer together: one dialog, one job, whatever the size.
        A document Lazada refuses as a whole (e.g. one package was canceled meanwhile)
        is fetched again in halves until the refused orders are isolated.
        """
        labels = self.ctx.labels
        docs: list[list[int]] = [[]]
        count = 0
        for i, o in enumerate(printable):
            if docs[-1] and count + len(o.package_ids) > BATCH_LIMIT:
                docs.append([])
                count = 0
            docs[-1].append(i)
            count += len(o.package_ids)
        pdfs: dict[int, bytes] = {}

        async def fetch(part: list[int]) -> Refusal | None:
            pkgs = [p for i in part for p in printable[i].package_ids]
            try:
                pdfs[part[0]] = await labels.fetch_label(shop_id, pkgs)
            except KnownError as err:
                why = refusal_of(err)
                if why is None:
                    for i in part:
                        printable[i].fail(
                            arg(translate("BatchPacker", "label not fetched: %1"), err.user_message)
                        )
                return why
            return None

        for doc in docs:
            for i, why in (await isolate(doc, fetch)).items():
                printable[i].fail(
                    why.text(
                        translate("BatchPacker", "Lazada refused to print its label: %1 (%2)")
                    ),
                    retryable=why.retry,
                )
        fetched = [o for o in printable if not o.error]
        if not pdfs:
            return
        try:
            await labels.print_job(
                [pdfs[i] for i in sorted(pdfs)], job_name=f"AWB batch {len(fetched)} orders"
            )
        except KnownError as err:
            for o in fetched:
                o.fail(arg(translate("BatchPacker", "label not printed: %1"), err.user_message))
            return
        for o in fetched:
            o.step = Step.LABEL.value
            self.ctx.event(shop_id, o.order_id, "label_printed", ", ".join(o.package_ids))

    # -------------------------------------------------------------- ready to ship
    async def rts(self, shop_id: str, lz: LazadaPort, ready: list[BatchOrder]) -> None:
        fresh = await read_or_fail(
            lz, ready, translate("BatchPacker", "could not check before ready to ship")
        )
        if fresh is None:
            return
        ready = [o for o in ready if not o.error]
        by_pkg = {p: o for o in ready for p in o.package_ids}
        plan = plan_rts([i for rows in fresh.values() for i in rows], list(by_pkg))
        for pkg in plan.already:
            by_pkg[pkg].step = Step.RTS.value
        for pkg in plan.not_ready:
            by_pkg[pkg].fail(
                next((m for m in plan.messages if pkg in m), translate("BatchPacker", "not ready"))
            )
        # Each order's packages stay in one call (≤20 packages a call), and each order gets
        # its own intent: one ReadyToShip per order, judged per order.
        pkgs_of: dict[int, list[str]] = {}
        calls: list[list[int]] = [[]]
        count = 0
        for o in ready:
            pkgs = [p for p in o.package_ids if p in plan.to_send]
            if not pkgs or o.error:
                continue
            if calls[-1] and count + len(pkgs) > BATCH_LIMIT:
                calls.append([])
                count = 0
            calls[-1].append(o.order_id)
            count += len(pkgs)
            pkgs_of[o.order_id] = pkgs
        by_id = {o.order_id: o for o in ready}

        async def send(part: list[int]) -> Refusal | None:
            return await self.rts_call(shop_id, lz, {oid: pkgs_of[oid] for oid in part}, by_id)

        for call in (c for c in calls if c):
            for oid, why in (await isolate(call, send)).items():
                by_id[oid].fail(
                    why.text(
                        translate("BatchPacker", "Lazada refused to set it ready to ship: %1 (%2)")
                    ),
                    retryable=why.retry,
                )

    async def rts_call(
        self,
        shop_id: str,
        lz: LazadaPort,
        pkgs_of: Mapping[int, list[str]],
        by_id: Mapping[int, BatchOrder],
    ) -> Refusal | None:
        ctx = self.ctx
        call = [p for pkgs in pkgs_of.values() for p in pkgs]
        order_of = {p: oid for oid, pkgs in pkgs_of.items() for p in pkgs}
        intents = {
            oid: ctx.begin("rts", shop_id, oid, package_ids=pkgs, detail="batch")
            for oid, pkgs in pkgs_of.items()
        }
        try:
            with ctx.journaled(intents.values()) as write:
                res = await lz.ready_to_ship(call)
        except KnownError as err:
            why = refusal_of(err)
            if why is not None:
                return why
            for oid in pkgs_of:
                by_id[oid].fail(err.user_message)
            if isinstance(err, AuthError):
                raise
            return None
        if write.lost is not None:
            done: set[int] = set()
            for r in await ctx.reconciler.reconcile(intents.values()):
                if r.next_step is NextStep.DONE:
                    done.update(r.intent.order_ids)
            for oid in pkgs_of:
                if oid in done:
                    by_id[oid].step = Step.RTS.value
                else:
                    by_id[oid].fail(
                        translate(
                            "BatchPacker", "the ready-to-ship answer was lost and it did not apply"
                        )
                    )
            return None
        rows_of: dict[int, list[RowResult]] = {}
        for row in res.rows:
            oid2 = order_of.get(str(row.key))
            if oid2 is not None:
                rows_of.setdefault(oid2, []).append(row)
        whole = refusal_in(res)
        if whole is not None:
            for oid, intent in intents.items():
                self.finish_rows(intent, res, rows_of.get(oid, []))
            return whole
        for oid, rows in rows_of.items():
            for row in rows:
                if row.ok:
                    by_id[oid].step = Step.RTS.value
                    ctx.event(shop_id, oid, "ready_to_ship", str(row.key))
                else:
                    by_id[oid].fail(
                        arg(
                            translate("BatchPacker", "ready to ship refused: %1 (%2)"),
                            row.msg,
                            row.err_code,
                        ),
                        retryable=row.retry,
                    )
        for oid, intent in intents.items():
            self.finish_rows(intent, res, rows_of.get(oid, []))
            if oid not in rows_of:
                by_id[oid].fail(
                    translate("BatchPacker", "Lazada's answer did not mention this package")
                )
        return None

    def finish_rows(
        self, intent: int, res: BatchResult, rows: Sequence[RowResult], *, undone: bool = True
    ) -> None:
        """Finish one order's intent of a batch call from that order's rows of the answer.

        No row for the order means the answer does not say what happened to it: the
        intent stays open (``unknown``) and is reconciled before the order is retried.
        A partly refused order whose packed part is not undone stays open too (see
        ``OrderPipeline.finish_partial``). A call refused as a whole is ``failed``.
        """
        ok = [r for r in rows if r.ok]
        bad = [r for r in rows if not r.ok]
        if not rows:
            outcome = "unknown"
            detail = translate("BatchPacker", "no row for this order in the answer")
        else:
            outcome = "failed" if not ok else ("partial" if bad else "ok")
            detail = "; ".join(f"{r.key}: {r.msg} ({r.err_code})" for r in bad) or "ok"
            if bad and all(r.whole_call for r in bad):
                detail = arg(
                    translate("BatchPacker", "the whole call was refused: %1 (%2)"),
                    bad[0].msg,
                    bad[0].err_code,
                )
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


__all__ = ["DELIVERED", "BatchPacker", "Group", "OrderBatchReport", "OrderOutcome"]
