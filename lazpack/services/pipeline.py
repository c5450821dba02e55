"""The single-order pipeline of the scan station: pack → label → ready to ship, and repack.

:class:`OrderPipeline` runs the API steps of the one open :class:`PackSession` (in the
background task :class:`~lazpack.services.packing.PackingService` starts). Before it sends
anything it settles the order's earlier writes whose answer was lost (reconcile against
GetOrderItems) and the undo a partly refused Pack still owes; fresh item statuses decide what
is still to send (``recovery.plan_pack`` / ``plan_rts``), so an order is never packed twice.
Each write goes through :func:`~lazpack.services.journaled.journaled_write`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from lazpack.domain.models import BatchResult, ItemStatus, OrderItem
from lazpack.domain.ports import JournalPort, LazadaPort
from lazpack.domain.scan import key
from lazpack.domain.workflow import Event, Kind, PackSession, State, Step
from lazpack.errors import OutcomeUnknownError, WorkflowError
from lazpack.i18n import arg, translate
from lazpack.services.journaled import JournaledWrite, rows_text
from lazpack.services.pack_context import PackContext, read_contradiction
from lazpack.services.recovery import NextStep, plan_pack, plan_rts

#: Tells the packer (through the service's listeners) what a step did.
Notify = Callable[[Kind, str], None]


#: item statuses of a parcel that has left the station for good
SHIPPED_OR_LATER = frozenset(
    {
        ItemStatus.SHIPPED,
        ItemStatus.DELIVERED,
        ItemStatus.FAILED_DELIVERY,
        ItemStatus.SHIPPED_BACK,
        ItemStatus.SHIPPED_BACK_SUCCESS,
        ItemStatus.SHIPPED_BACK_FAILED,
        ItemStatus.RETURNED,
        ItemStatus.LOST_BY_3PL,
        ItemStatus.DAMAGED_BY_3PL,
    }
)


@dataclass(frozen=True, slots=True)
class ParcelScope:
    """Which item rows of an order a scan opens the station on.

    An order scanned by its number covers all its rows. Scanned by one parcel's label
    (tracking number or package id), the session is bound to that parcel: only its rows
    are verified and only its package is set ready to ship; ``others`` names the rest.
    """

    items: tuple[OrderItem, ...]
    #: the order's other parcels: (package id or tracking number, number of live rows)
    others: tuple[tuple[str, int], ...] = ()
    #: why nothing can be packed from this scan ("" when something can)
    refusal: str = ""
    digital_only: bool = False

    def note(self) -> str:
        if not self.others:
            return ""
        # two sources rather than one %n plural: the shipped English catalogue has no
        # plural forms for it yet, and "(1 item(s))" is not what a packer should read
        names = ", ".join(
            arg(translate("OrderPipeline", "%1 (1 item)"), ref)
            if n == 1
            else arg(translate("OrderPipeline", "%1 (%2 items)"), ref, n)
            for ref, n in self.others
        )
        return arg(
            translate(
                "OrderPipeline", " Only this parcel is checked; other parcels of the order: %1."
            ),
            names,
        )


def parcel_scope(
    order_number: int, items: Sequence[OrderItem], code: str, *, by_label: bool
) -> ParcelScope:
    """The rows a scan of ``code`` opens (see ``ParcelScope``) and why not, if nothing."""
    live = [i for i in items if i.status != ItemStatus.CANCELED]
    rows = list(live)
    others: list[tuple[str, int]] = []
    wanted = key(code)
    if by_label:
        mine = [i for i in live if wanted in (key(i.package_id), key(i.tracking_code))]
        if mine:
            rows = mine
            counts: dict[str, int] = {}
            for i in live:
                if i not in mine and not i.is_digital:
                    ref = (
                        i.package_id
                        or i.tracking_code
                        or translate("OrderPipeline", "not packed yet")
                    )
                    counts[ref] = counts.get(ref, 0) + 1
            others = sorted(counts.items())
    physical = [i for i in rows if not i.is_digital]
    if not physical and rows:
        return ParcelScope(
            tuple(rows),
            refusal=arg(
                translate(
                    "OrderPipeline",
                    "Order %1 has only digital items: nothing to pack. Deliver them at Lazada "
                    "(Packing → Deliver digital items, Ctrl+Shift+D).",
                ),
                order_number,
            ),
            digital_only=True,
        )
    if physical and all(i.status in SHIPPED_OR_LATER for i in physical):
        statuses = ", ".join(sorted({str(i.status).replace("_", " ") for i in physical}))
        refusal = (
            arg(
                translate(
                    "OrderPipeline",
                    "Parcel %1 of order %2 has already shipped (%3): nothing to pack.",
                ),
                code,
                order_number,
                statuses,
            )
            if by_label
            else arg(
                translate("OrderPipeline", "Order %1 has already shipped (%2): nothing to pack."),
                order_number,
                statuses,
            )
        )
        return ParcelScope(tuple(rows), tuple(others), refusal=refusal)
    return ParcelScope(tuple(rows), tuple(others))


def remember_order(journal: JournalPort, s: PackSession) -> None:
    """Make the order findable in History by its number, SKUs, packages and tracking."""
    journal.remember_order(
        shop_id=s.shop_id,
        order_id=s.order_id,
        order_number=s.order_number,
        package_ids=s.package_ids,
        tracking_numbers=s.tracking_codes,
        skus=list(s.lines),
    )


def packed_text(s: PackSession) -> str:
    where = ", ".join(s.package_ids)
    rest = (
        translate("OrderPipeline", " %n item(s) stay pending.", None, s.expected - s.verified)
        if s.partial
        else ""
    )
    return arg(translate("OrderPipeline", "Order %1 packed (%2).%3"), s.order_number, where, rest)


def take_rows(s: PackSession, res: BatchResult) -> None:
    """Take the packages and tracking numbers of the rows Lazada packed."""
    for r in res.succeeded:
        if isinstance(r.key, int) and r.key in s.statuses:
            s.statuses[r.key] = "packed"
        if r.package_id and r.package_id not in s.package_ids:
            s.package_ids.append(r.package_id)
        if r.tracking_number and r.tracking_number not in s.tracking_codes:
            s.tracking_codes.append(r.tracking_number)


class OrderPipeline:
    """The API steps of the open order. ``notify`` reaches the UI, ``save`` the journal."""

    def __init__(self, ctx: PackContext, *, notify: Notify, save: Callable[[], None]) -> None:
        self.ctx = ctx
        self.notify = notify
        self.save = save
        #: the state the running step is heading for (the next-action text while working)
        self.goal: State | None = None

    def event(self, s: PackSession, event: str, detail: str = "") -> None:
        self.ctx.event(s.shop_id, s.order_id, event, detail)

    async def read_items(self, s: PackSession, lz: LazadaPort) -> list[OrderItem]:
        """The order's items read fresh from Lazada, checked against what the station knows.

        A contradicting answer is read again once; a second one stops the order here (it
        never moves the workflow on) with a message saying no items came back."""
        why = ""
        for _attempt in range(2):
            items = list(await lz.get_order_items(s.order_id))
            why = read_contradiction(s.order_id, s.all_item_ids(), items)
            if not why:
                return items
            self.event(s, "bad_read", why)
        raise WorkflowError(
            arg(
                translate(
                    "OrderPipeline",
                    "Order %1 was not changed: %2 (no items came back as the station knows "
                    "them), so nothing was sent.",
                ),
                s.order_number,
                why,
            ),
            hint=translate("OrderPipeline", "Scan DONE to read the order again."),
        )

    # -------------------------------------------------------------- driving
    async def advance(self, s: PackSession, until: Step, *, partial: bool = False) -> None:
        """Run the steps the session still needs, up to ``until``."""
        self.goal = until.goal
        await self.reconcile_open(s)
        if s.state is State.VERIFIED or (partial and s.state is State.VERIFYING):
            if until.rank < Step.PACK.rank:
                return
            await self.pack(s, partial=partial and s.state is State.VERIFYING)
        if s.state is State.PACKED and not s.is_dbs:
            if until.rank < Step.LABEL.rank:
                return
            await self.label(s)
        if s.state in (State.PACKED, State.LABELLED):
            if until.rank < Step.RTS.rank:
                return
            if s.needs_label_scan(confirm_label_scan=self.ctx.settings.confirm_label_scan):
                self.goal = None
                self.notify(
                    Kind.COMMAND,
                    translate("OrderPipeline", "Label printed. Scan it on the parcel to confirm."),
                )
                return
            await self.rts(s)

    # -------------------------------------------------------------- reconcile
    async def reconcile_open(self, s: PackSession) -> None:
        """Settle earlier writes of this order whose answer never came, before sending."""
        for r in await self.ctx.settle_open(s.shop_id, [s.order_id]):
            self.apply_reconciled(s, r.intent.action, r.next_step, r.message, r.items)

    async def reconciled_to(self, s: PackSession, state: State) -> bool:
        """After a lost answer: reconcile the order; True when the write did apply."""
        await self.reconcile_open(s)
        return s.state is state

    async def applied_after_loss(
        self, s: PackSession, write: JournaledWrite, state: State, what: str, retry: str
    ) -> bool:
        """False when the answer came. When it was lost: True if reconciling shows the
        write applied (the session reached ``state``), else "Lazada did not {what}" is
        raised and the packer scans ``retry`` to try again."""
        if write.lost is None:
            return False
        if not await self.reconciled_to(s, state):
            raise WorkflowError(
                arg(translate("OrderPipeline", "Lazada did not %1."), what),
                hint=arg(translate("OrderPipeline", "Scan %1 to try again."), retry),
            ) from write.lost
        return True

    def apply_reconciled(
        self,
        s: PackSession,
        action: str,
        step: NextStep,
        message: str,
        items: Mapping[int, Sequence[OrderItem]],
    ) -> None:
        s.update_from_items(items.get(s.order_id, ()))
        self.event(s, "reconciled", f"{action}: {message}")
        if step is NextStep.RETRY_LATER:
            raise OutcomeUnknownError(
                arg(
                    translate(
                        "OrderPipeline",
                        "Lazada may or may not have applied the last %1 of order %2 and cannot be "
                        "checked right now (%3).",
                    ),
                    action,
                    s.order_number,
                    message,
                ),
                hint=translate(
                    "OrderPipeline",
                    "Nothing is sent until it can be checked; scan DONE to check again.",
                ),
            )
        if step is not NextStep.DONE:
            return
        if action == "pack" and s.state in (State.VERIFIED, State.VERIFYING):
            s.fire(s.pack_event)
        elif action == "rts" and s.state in (State.PACKED, State.LABELLED):
            s.fire(Event.RTS)
        elif action == "repack" and s.can(Event.REPACK):
            s.fire(Event.REPACK)
        self.save()

    # -------------------------------------------------------------- pack
    async def pack(self, s: PackSession, *, partial: bool) -> None:
        ctx = self.ctx
        lz = ctx.lazada(s.shop_id)
        fresh = await self.read_items(s, lz)
        s.update_from_items(fresh)
        undone = await ctx.settle_undo(s.shop_id, lz, s.order_id, fresh)
        if undone is None:
            raise WorkflowError(
                arg(
                    translate(
                        "OrderPipeline",
                        "Part of order %1 is still packed from the refused attempt (%2); it is "
                        "undone before the rest is packed, so the order ships in one parcel.",
                    ),
                    s.order_number,
                    ", ".join(ctx.owed_undo.get((s.shop_id, s.order_id), ())),
                ),
                hint=translate("OrderPipeline", "Scan DONE to try again."),
            )
        if undone:
            fresh = await self.read_items(s, lz)
            s.update_from_items(fresh)
            s.forget_packages(undone)
        wanted = s.verified_item_ids() if partial else s.all_item_ids()
        plan = plan_pack(fresh, {s.order_id: wanted})
        if plan.skipped:
            raise WorkflowError(
                arg(translate("OrderPipeline", "Order %1 changed at Lazada: "), s.order_number)
                + " ".join(plan.messages),
                hint=translate(
                    "OrderPipeline",
                    "Take canceled items out of the parcel and scan CANCEL, "
                    "or pack the rest with PARTIAL after undoing them.",
                ),
            )
        if plan.nothing_to_send:
            label_first = ctx.settings.flow == "label_first" and s.package_ids
            if label_first and s.state is State.VERIFIED:
                s.fire(Event.ADOPT_PACKAGE)
                s.partial = partial
            else:
                s.fire_pack(partial=partial)
            self.save()
            msg = " ".join(plan.messages) or arg(
                translate("OrderPipeline", "Order %1 is already packed."), s.order_number
            )
            self.notify(Kind.LABELLED if s.state is State.LABELLED else Kind.PACKED, msg)
            return
        to_pack = list(plan.to_pack[s.order_id])
        decision = await ctx.choose_provider(s.shop_id, lz, {s.order_id: to_pack})
        detail = "partial" if partial else ""
        intent = ctx.begin("pack", s.shop_id, s.order_id, item_ids=to_pack, detail=detail)
        with ctx.journaled(intent) as write:
            res = await lz.pack(
                {s.order_id: to_pack},
                shipping_allocate_type=decision.allocate_type,
                shipment_provider_code=decision.provider_code,
            )
        if write.lost is not None:
            if not await self.reconciled_to(s, State.PACKED):
                await self.undo_lost_pack(s, to_pack, write.lost)
            self.notify(Kind.PACKED, packed_text(s))
            return
        take_rows(s, res)
        pkgs = tuple(dict.fromkeys(r.package_id for r in res.succeeded if r.package_id))
        duration_ms = write.elapsed_ms
        if not res.all_ok:
            note = ""
            unpacked = True
            if pkgs:
                unpacked = await ctx.undo_packages(s.shop_id, lz, s.order_id, list(pkgs))
                if unpacked:
                    s.update_from_items(await lz.get_order_items(s.order_id))
                    s.forget_packages(pkgs)
                    note = translate(
                        "OrderPipeline",
                        " The packed part was undone so the order ships in one parcel.",
                    )
                else:
                    note = arg(
                        translate("OrderPipeline", " Part of it is packed in %1."), ", ".join(pkgs)
                    )
            self.finish_partial(write.intent, res, pkgs, undone=unpacked, duration_ms=duration_ms)
            raise WorkflowError(
                arg(
                    translate("OrderPipeline", "Lazada did not pack order %1: %2.%3"),
                    s.order_number,
                    rows_text(res),
                    note,
                ),
                hint=translate("OrderPipeline", "Scan DONE to try again.")
                if any(r.retry for r in res.failed)
                else None,
            )
        write.finish(
            outcome=res.outcome,
            request_ids=res.request_ids,
            package_ids=pkgs,
            detail=rows_text(res),
        )
        s.fire_pack(partial=partial)
        remember_order(ctx.journal, s)
        self.save()
        self.notify(Kind.PACKED, packed_text(s))

    async def undo_lost_pack(
        self, s: PackSession, sent: Sequence[int], lost: OutcomeUnknownError
    ) -> None:
        """A lost Pack answer can hide refused rows: what Lazada did pack is undone (or
        owed) so the retry packs the whole order into one parcel. Always raises."""
        lz = self.ctx.lazada(s.shop_id)
        wanted = set(sent)
        partly = list(
            dict.fromkeys(
                i.package_id
                for i in await lz.get_order_items(s.order_id)
                if i.order_item_id in wanted and i.package_id and i.status == "packed"
            )
        )
        note = ""
        if partly and await self.ctx.undo_packages(s.shop_id, lz, s.order_id, partly):
            s.forget_packages(partly)
            note = translate(
                "OrderPipeline",
                " The part Lazada packed was undone so the order ships in one parcel.",
            )
        elif partly:
            note = arg(
                translate("OrderPipeline", " Part of it is packed in %1; that is undone first."),
                ", ".join(partly),
            )
        raise WorkflowError(
            arg(
                translate(
                    "OrderPipeline",
                    "Lazada did not pack all of order %1 (its answer was lost and the order is "
                    "still to pack).%2",
                ),
                s.order_number,
                note,
            ),
            hint=translate("OrderPipeline", "Scan DONE to try again."),
        ) from lost

    def finish_partial(
        self,
        intent: int,
        res: BatchResult,
        pkgs: Sequence[str],
        *,
        undone: bool,
        duration_ms: float | None = None,
    ) -> None:
        """Finish a partly refused Pack once its undo was tried. While the packed part is
        not undone the intent stays open (``unknown``): a restarted station reconciles it
        as partly applied and undoes that part before packing the order again."""
        self.ctx.journal.finish(
            intent,
            outcome=res.outcome if undone else "unknown",
            request_ids=res.request_ids,
            package_ids=pkgs,
            detail=rows_text(res) + ("" if undone else "; the packed part is still to undo"),
            duration_ms=duration_ms,
        )

    # -------------------------------------------------------------- label
    async def label(self, s: PackSession, *, reprint: bool = False) -> None:
        if not s.package_ids:
            raise WorkflowError(
                arg(
                    translate("OrderPipeline", "Order %1 has no package to print a label for."),
                    s.order_number,
                )
            )
        labels = self.ctx.labels
        pdf = await labels.fetch_label(s.shop_id, list(s.package_ids))
        await labels.print_label(pdf, job_name=f"AWB {s.order_number}")
        if s.state is State.PACKED or s.can(Event.LABEL):
            s.fire(Event.LABEL)
        self.event(s, "label_reprinted" if reprint else "label_printed", ", ".join(s.package_ids))
        self.save()
        text = (
            translate("OrderPipeline", "printed again")
            if reprint
            else translate("OrderPipeline", "printed")
        )
        self.notify(
            Kind.LABELLED,
            arg(translate("OrderPipeline", "Label for order %1 %2."), s.order_number, text),
        )

    # -------------------------------------------------------------- ready to ship
    async def rts(self, s: PackSession) -> None:
        ctx = self.ctx
        lz = ctx.lazada(s.shop_id)
        fresh = await self.read_items(s, lz)
        s.update_from_items(fresh)
        plan = plan_rts(fresh, s.package_ids)
        if plan.not_ready:
            raise WorkflowError(
                arg(
                    translate("OrderPipeline", "Order %1 cannot be set ready to ship: "),
                    s.order_number,
                )
                + " ".join(plan.messages)
            )
        if plan.nothing_to_send:
            s.fire(Event.RTS)
            self.save()
            self.notify(Kind.READY, " ".join(plan.messages))
            return
        pkgs = list(plan.to_send)
        with ctx.journaled(ctx.begin("rts", s.shop_id, s.order_id, package_ids=pkgs)) as write:
            res = await lz.ready_to_ship(pkgs)
        lost = arg(
            translate(
                "OrderPipeline",
                "set order %1 ready to ship (its answer was lost and the package is still packed)",
            ),
            s.order_number,
        )
        if await self.applied_after_loss(s, write, State.READY_TO_SHIP, lost, "DONE"):
            self.notify(
                Kind.READY,
                arg(translate("OrderPipeline", "Order %1 is ready to ship."), s.order_number),
            )
            return
        write.finish(outcome=res.outcome, request_ids=res.request_ids, detail=rows_text(res))
        if not res.all_ok:
            raise WorkflowError(
                arg(
                    translate("OrderPipeline", "Lazada did not set order %1 ready to ship: %2"),
                    s.order_number,
                    rows_text(res),
                ),
                hint=translate("OrderPipeline", "Scan DONE to try again.")
                if any(r.retry for r in res.failed)
                else None,
            )
        s.fire(Event.RTS)
        self.save()
        self.notify(
            Kind.READY,
            arg(
                translate("OrderPipeline", "Order %1 is ready to ship (%2)."),
                s.order_number,
                ", ".join(pkgs),
            ),
        )

    # -------------------------------------------------------------- repack
    async def repack(self, s: PackSession) -> None:
        ctx = self.ctx
        lz = ctx.lazada(s.shop_id)
        old = list(s.package_ids)
        with ctx.journaled(ctx.begin("repack", s.shop_id, s.order_id, package_ids=old)) as write:
            res = await lz.recreate_package(old)
        lost = arg(translate("OrderPipeline", "recreate the package of order %1"), s.order_number)
        if not await self.applied_after_loss(s, write, State.VERIFIED, lost, "REPACK"):
            write.finish(outcome=res.outcome, request_ids=res.request_ids, detail=rows_text(res))
            if not res.all_ok:
                raise WorkflowError(
                    arg(
                        translate(
                            "OrderPipeline", "Lazada did not recreate the package of order %1: %2"
                        ),
                        s.order_number,
                        rows_text(res),
                    )
                )
            s.fire(Event.REPACK)
        fresh = await self.read_items(s, lz)
        s.forget_packages()  # REPACK forgot them; a reconciled repack may have re-read them
        s.update_from_items([i for i in fresh if i.package_id not in old])
        self.event(s, "repacked", f"voided {', '.join(old)}")
        self.save()
        self.notify(
            Kind.COMMAND,
            arg(
                translate(
                    "OrderPipeline",
                    "Package %1 recreated: its label is void. Scan DONE to pack again.",
                ),
                ", ".join(old),
            ),
        )
