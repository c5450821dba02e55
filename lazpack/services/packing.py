"""The scan-to-pack use case: scans in, state machine driven, Lazada written safely.

``PackingService`` owns the one open :class:`~lazpack.domain.workflow.PackSession` of the
station. The scan path (:meth:`PackingService.handle_scan`) is local: resolve the code
against in-memory indexes, update the session, write the journal, notify listeners. API
work (Pack, PrintAWB, ReadyToShip, RecreatePackage) runs in one background task at a time
so the packer sees the green/red result of a scan immediately; its results reach the UI
through the same listeners as :class:`ScanOutcome` values.

This module routes scans, opens orders (claiming them first in a warehouse), resumes after
a crash and starts batch mode. The rest lives next to it:

* :mod:`lazpack.services.packing_commands` — the packer's commands (command barcodes and
  buttons: undo, cancel, done, partial, reprint, repack, manual confirm, alias, pick list);
* :mod:`lazpack.services.packing_base` — the state and helpers those share (listeners,
  outcomes, journal, counting an item, the one background step);
* :mod:`lazpack.services.pipeline` — the open order's API steps (pack, label, ready to
  ship, repack, reconcile after a lost answer);
* :mod:`lazpack.services.batch` — batch mode over selected orders (``OrderBatchReport``);
* :mod:`lazpack.services.pack_context` — what both share: ports, policy, packer, the
  provider choice and the undo a partly refused Pack still owes;
* :mod:`lazpack.services.journaled` — ``journaled_write``, the one way a write is journaled;
* :mod:`lazpack.domain.workflow` — the state machine, its guards and side-state, ``Step``
  and the next-action text.

Every write is journaled before it is sent and finished after; a lost answer is
reconciled against GetOrderItems (``recovery.Reconciler``) before anything is sent again,
and the fresh item statuses decide what still needs sending (``recovery.plan_pack`` /
``plan_rts``), so an order is never packed twice and RTS of a ready package is a no-op.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace

from lazpack.domain.scan import (
    Meaning,
    OrderEntry,
    RefKind,
    key,
    normalize,
    resolve,
)
from lazpack.domain.workflow import (
    Event,
    Kind,
    PackSession,
    ScanOutcome,
    State,
    Step,
    state_text,
)
from lazpack.errors import KnownError, OrderClaimedError, StorageError, WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.services.barcodes import label_refs
from lazpack.services.batch import OrderBatchReport, OrderOutcome
from lazpack.services.packing_commands import PackerCommands
from lazpack.services.pipeline import parcel_scope, remember_order

log = get_logger("packing")


# ------------------------------------------------------------------ the service
class PackingService(PackerCommands):
    """Drives the packing workflow. One instance per station; not thread-safe (asyncio).

    Routes scans, opens orders (claiming them first in a warehouse), resumes after a
    crash and runs batch mode; the packer's commands come from
    :class:`~lazpack.services.packing_commands.PackerCommands`, the shared state and
    helpers from :class:`~lazpack.services.packing_base.PackingBase`.
    """

    # -------------------------------------------------------------- scanning
    async def handle_scan(self, raw: str) -> ScanOutcome:
        """Act on one scan (keyboard wedge or serial) and return what the UI shows.

        :meth:`scan` answers at once; when the scan opens an order of a warehouse, the
        claim runs in the background and this waits for its answer (opened, or who holds
        the order)."""
        before = self.claiming
        outcome = self.scan(raw)
        pending = self.claiming
        if pending is not None and pending is not before:
            return await pending
        return outcome

    def _needs_claim(self, entry: OrderEntry) -> bool:
        """A warehouse, and the order is not this station's yet."""
        wanted = (entry.shop_id, entry.order.order_id)
        return self.claims is not None and wanted not in self.claims.held

    def _claim_then_open(self, entry: OrderEntry, ref: RefKind | None, code: str) -> ScanOutcome:
        """Claim the order (every route to opening one ends here), then open it; until the
        claim answers the station is busy, so no later scan overtakes this one."""
        self.claiming = asyncio.ensure_future(self._claim_and_open(entry, ref, code))
        self.claiming_number = entry.order.order_number
        self.claiming.add_done_callback(self._claim_done)
        return self.emit(
            self.make_outcome(
                Kind.COMMAND,
                arg(translate("PackingService", "Opening order %1…"), entry.order.order_number),
                code=code,
            )
        )

    def _claim_done(self, task: asyncio.Task[ScanOutcome]) -> None:
        if task is self.claiming:
            self.claiming = None
        if not task.cancelled() and task.exception() is not None:
            log.error("claiming an order failed unexpectedly", exc_info=task.exception())

    async def _claim_and_open(
        self, entry: OrderEntry, ref: RefKind | None, code: str
    ) -> ScanOutcome:
        assert self.claims is not None
        wanted = (entry.shop_id, entry.order.order_id)
        try:
            await self.claims.open_order(*wanted)
        except (OrderClaimedError, StorageError) as err:
            return self.refuse(
                Kind.NOT_ALLOWED, f"{err.user_message} {err.hint}".strip(), code=code
            )
        self.claiming = None  # claimed: the open below is this scan's own
        outcome = self._order_scan(self.orders.get(wanted) or entry, ref, code)
        if self.open_key() != wanted:
            self.release_claim(*wanted)  # claimed, but it could not be opened after all
        return outcome

    def scan(self, raw: str) -> ScanOutcome:
        """Synchronous core of :meth:`handle_scan` (no I/O but the journal write).

        A journal that refuses a write on the way (the warehouse database away, a full disk)
        is the packer's to know, in the pack view, never an internal error."""
        try:
            return self._scan(raw)
        except StorageError as err:
            return self.emit(
                self.make_outcome(
                    Kind.STEP_FAILED, f"{err.user_message} {err.hint}".strip(), code=normalize(raw)
                )
            )

    def _scan(self, raw: str) -> ScanOutcome:
        code = normalize(raw)
        s = self.session
        if not code:
            return self.emit(
                self.make_outcome(
                    Kind.COMMAND, translate("PackingService", "Empty scan ignored."), code=code
                )
            )
        # the open order's own label: its tracking/package may not be in the index yet
        if s is not None and key(code) in label_refs(s):
            return self._same_order_scan(code, label=True)
        res = resolve(code, items=self.codes.keys, index=self.orders)
        if res.meaning is Meaning.COMMAND and res.command is not None:
            return self.run_command(res.command, code)
        if self.busy:
            return self.refuse(
                Kind.BUSY,
                arg(
                    translate(
                        "PackingService",
                        "“%1” ignored: order %2 is still being processed. Scan again when it is "
                        "done.",
                    ),
                    code,
                    s.order_number if s else self.claiming_number,
                ),
                code=code,
            )
        if res.meaning is Meaning.UNKNOWN and s is not None and self.codes.refresh(s):
            # an alias linked since the order opened (another station, the command line)
            res = resolve(code, items=self.codes.keys, index=self.orders)
        if res.meaning is Meaning.ITEM:
            return self.verify_item(res.sku, code=code, via=res.via)
        if res.meaning is Meaning.ORDER and res.entry is not None:
            return self._order_scan(res.entry, res.ref, code)
        if res.meaning in (Meaning.AMBIGUOUS, Meaning.BAD_COMMAND):
            kind = Kind.AMBIGUOUS if res.meaning is Meaning.AMBIGUOUS else Kind.UNKNOWN
            return self.record(self.make_outcome(kind, res.message, code=code), changed=False)
        return self._unknown(code)

    def _unknown(self, code: str) -> ScanOutcome:
        u = self.codes.explain(
            code, self.session, confirm_label_scan=self.settings.confirm_label_scan
        )
        return self.refuse(u.kind, u.message, code=code, sku=u.sku, link=u.link)

    def aliases_changed(self, shop_id: str) -> None:
        """The shop's barcode aliases changed outside the scan station (a catalogue
        import): read them again at the next order, and now if one of its orders is open."""
        self.codes.forget(shop_id)
        if self.session is not None and self.session.shop_id == shop_id:
            self.codes.rebuild(self.session)

    # -------------------------------------------------------------- orders
    def open_order(self, shop_id: str, order_id: int) -> ScanOutcome:
        """Open an order picked in the list (same rules as scanning it)."""
        entry = self.orders.get((shop_id, order_id))
        if entry is None:
            return self.emit(
                self.make_outcome(
                    Kind.UNKNOWN,
                    arg(
                        translate("PackingService", "Order %1 is not in the open orders list."),
                        order_id,
                    ),
                )
            )
        if self.busy:
            return self.emit(
                self.make_outcome(
                    Kind.BUSY, translate("PackingService", "Wait until the current order is done.")
                )
            )
        return self._order_scan(entry, None, str(entry.order.order_number))

    def _order_scan(self, entry: OrderEntry, ref: RefKind | None, code: str) -> ScanOutcome:
        s = self.session
        if s is not None and (s.shop_id, s.order_id) == (entry.shop_id, entry.order.order_id):
            label = ref in (RefKind.TRACKING, RefKind.PACKAGE)
            if not label or key(code) in label_refs(s) or not s.package_ids:
                return self._same_order_scan(code, label=label)
            if s.state is State.READY_TO_SHIP:
                # this parcel is done: take the other one (the order stays this station's)
                self.close_session(Event.CLOSE, release=False)
                s = None
            elif s.history or s.state is not State.ORDER_OPEN:
                return self.refuse(
                    Kind.LABEL_MISMATCH,
                    arg(
                        translate(
                            "PackingService",
                            "“%1” is another parcel of order %2. Finish this parcel (%3) first, "
                            "or scan CANCEL.",
                        ),
                        code,
                        s.order_number,
                        ", ".join(s.package_ids),
                    ),
                    code=code,
                )
            else:
                # nothing verified yet: take the other one (still this station's order)
                self.close_session(Event.CANCEL, release=False)
                s = None
        if s is not None:
            if s.state is State.LABELLED and self.settings.confirm_label_scan:
                return self.refuse(
                    Kind.LABEL_MISMATCH,
                    arg(
                        translate(
                            "PackingService",
                            "Wrong label: “%1” belongs to order %2, not to order %3.",
                        ),
                        code,
                        entry.order.order_number,
                        s.order_number,
                    ),
                    code=code,
                )
            if s.state is State.READY_TO_SHIP or (s.state is State.ORDER_OPEN and not s.history):
                if self._needs_claim(entry):
                    # Claim the new order before leaving this one: while the warehouse
                    # database is away, or another station holds it, the packer keeps the
                    # order in front of them (this scan comes back here once claimed).
                    return self._claim_then_open(entry, ref, code)
                # nothing is lost by leaving: close quietly and open the new one
                self.close_session(Event.CLOSE if s.state is State.READY_TO_SHIP else Event.CANCEL)
            else:
                return self.refuse(
                    Kind.NOT_ALLOWED,
                    arg(
                        translate(
                            "PackingService",
                            "Order %1 is still open (%2 of %3 verified, %4). Finish it or scan "
                            "CANCEL before opening order %5.",
                        ),
                        s.order_number,
                        s.verified,
                        s.expected,
                        state_text(s.state),
                        entry.order.order_number,
                    ),
                    code=code,
                )
        by_label = ref in (RefKind.TRACKING, RefKind.PACKAGE)
        scope = parcel_scope(entry.order.order_number, entry.items, code, by_label=by_label)
        if scope.refusal:
            # digital-only (offer DeliverDigital) or already shipped: say so, name the order
            return self.record(
                replace(
                    self.make_outcome(
                        Kind.COMMAND if scope.digital_only else Kind.NOTHING_TO_PACK,
                        scope.refusal,
                        code=code,
                        next_action=translate(
                            "PackingService", "Deliver digital items (Ctrl+Shift+D)"
                        )
                        if scope.digital_only
                        else None,
                    ),
                    shop_id=entry.shop_id,
                    order_id=entry.order.order_id,
                    order_number=entry.order.order_number,
                ),
                changed=False,
                result="order",
            )
        if self.may_open is not None and (refusal := self.may_open()):
            return self.refuse(Kind.NOT_ALLOWED, refusal, code=code)
        if self._needs_claim(entry):
            return self._claim_then_open(entry, ref, code)
        try:
            session = PackSession.open(
                shop_id=entry.shop_id,
                order_number=entry.order.order_number,
                items=scope.items,
                packer=self.packer,
                by_label=by_label,
            )
        except WorkflowError as err:
            return self.record(
                self.make_outcome(Kind.NOTHING_TO_PACK, err.user_message, code=code), changed=False
            )
        self.session = session
        self.last_error = ""
        self.codes.rebuild(self.session)
        self.journal_event("open", f"via {ref.value if ref else 'list'} {code}")
        remember_order(self.journal, session)
        what = ", ".join(f"{ln.expected}× {ln.sku}" for ln in session.lines.values())
        note = ""
        if session.already_ready:
            note = translate("PackingService", " It is already ready to ship at Lazada.")
        elif session.already_packed:
            note = arg(
                translate("PackingService", " Already packed at Lazada (%1)."),
                ", ".join(session.package_ids),
            )
        note += scope.note()
        return self.record(
            self.make_outcome(
                Kind.ORDER_OPENED,
                arg(
                    translate("PackingService", "Order %1 (%2): %3.%4"),
                    session.order_number,
                    entry.shop_id,
                    what,
                    note,
                ),
                code=code,
            ),
            changed=True,
        )

    def _same_order_scan(self, code: str, *, label: bool) -> ScanOutcome:
        s = self.session
        assert s is not None
        if label and s.confirm_label():
            outcome = self.record(
                self.make_outcome(
                    Kind.LABEL_CONFIRMED,
                    arg(
                        translate("PackingService", "Label %1 belongs to order %2."),
                        code,
                        s.order_number,
                    ),
                    code=code,
                ),
                changed=True,
            )
            self.journal_event("label_confirmed", code)
            if self.auto_step() is Step.RTS and not self.busy:
                self.start_step(self.advance(Step.RTS))
            return outcome
        return self.record(
            self.make_outcome(
                Kind.DUPLICATE,
                arg(translate("PackingService", "Order %1 is already open."), s.order_number),
                code=code,
            ),
            changed=False,
        )

    # -------------------------------------------------------------- resume
    async def resume(self) -> ScanOutcome | None:
        """Start-up recovery: settle every unanswered write of this station with Lazada's
        truth (GetOrderItems) before anything is sent, then reopen the session a crash
        interrupted. Call it once at start, before the first scan or batch."""
        results = await self.ctx.reconciler.reconcile()
        for r in results:
            self.ctx.owe_partial(r)
        data = self.journal.load_session()
        if data is None:
            return None
        try:
            s = PackSession.from_dict(data)
        except WorkflowError as err:
            self.journal.save_session(None)
            return self.emit(self.make_outcome(Kind.STEP_FAILED, err.user_message))
        if self.claims is not None and (s.shop_id, s.order_id) not in self.claims.held:
            # a warehouse: while this station was down another may have taken the order.
            # A database that is away raises (the session stays saved for the next start).
            try:
                await self.claims.open_order(s.shop_id, s.order_id)
            except OrderClaimedError as err:
                self.journal.save_session(None)
                self.journal_event("resume_refused", err.user_message, order_id=s.order_id)
                return self.emit(
                    self.make_outcome(
                        Kind.NOT_ALLOWED,
                        arg(
                            translate("PackingService", "Order %1 was not resumed here: %2"),
                            s.order_number,
                            err.user_message,
                        ),
                    )
                )
        self.session = s
        self.packer = self.packer or s.packer
        self.codes.rebuild(self.session)
        try:
            for r in results:
                if r.intent.shop_id == s.shop_id and s.order_id in r.intent.order_ids:
                    self.pipeline.apply_reconciled(
                        s, r.intent.action, r.next_step, r.message, r.items
                    )
            await self.pipeline.reconcile_open(s)
        except KnownError as err:
            self.fail_step(err)
            return self.make_outcome(Kind.STEP_FAILED, self.last_error)
        self.journal_event("resumed", s.state.value)
        return self.emit(
            self.make_outcome(
                Kind.ORDER_OPENED,
                arg(
                    translate(
                        "PackingService",
                        "Resumed order %1 where it stopped: %2 of %3 verified, %4.",
                    ),
                    s.order_number,
                    s.verified,
                    s.expected,
                    state_text(s.state),
                ),
            )
        )

    # -------------------------------------------------------------- batch
    async def batch(
        self, keys: Sequence[tuple[str, int]], *, until: str | None = None
    ) -> OrderBatchReport:
        """Pack, print (one job per shop) and set ready to ship the selected orders.

        Orders are not scanned: selecting them is the packer's explicit decision. Each
        write is re-planned from fresh item statuses, so a retry with
        ``report.retry_keys`` only does what is still missing.
        """
        default = Step.LABEL if self.settings.flow == "label_first" else Step.RTS
        step = Step.parse(until) if until else default
        if self.claims is None:
            return await self.batch_packer.run(keys, step)
        # A warehouse: only the orders this station could claim are batched; the others
        # are reported with who holds them, retryable.
        # The order open at the scan station is already this station's (batch skips it);
        # only the orders claimed for the batch are released after it.
        granted: list[tuple[str, int]] = []
        claimed: list[tuple[str, int]] = []
        held: list[OrderOutcome] = []
        for shop_id, order_id in keys:
            if (shop_id, order_id) in self.claims.held:
                granted.append((shop_id, order_id))
                continue
            try:
                await self.claims.open_order(shop_id, order_id)
            except (OrderClaimedError, StorageError) as err:
                entry = self.orders.get((shop_id, order_id))
                number = entry.order.order_number if entry is not None else order_id
                held.append(OrderOutcome(shop_id, order_id, number, Step.VERIFY.value, False,
                                         f"{err.user_message} {err.hint}".strip()))  # fmt: skip
            else:
                granted.append((shop_id, order_id))
                claimed.append((shop_id, order_id))
        try:
            report = await self.batch_packer.run(granted, step) if granted else None
        finally:
            for k in claimed:
                if k != self.open_key():
                    self.release_claim(*k)
        outcomes = (report.outcomes if report else ()) + tuple(held)
        return OrderBatchReport(outcomes, report.messages if report else ())
