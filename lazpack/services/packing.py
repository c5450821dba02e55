"""The scan-to-pack use case: scans in, state machine driven, Lazada written safely.

``PackingService`` owns the one open :class:`~lazpack.domain.workflow.PackSession` of the
station. The scan path (:meth:`PackingService.handle_scan`) is local: resolve the code
against in-memory indexes, update the session, write the journal, notify listeners. API
work (Pack, PrintAWB, ReadyToShip, RecreatePackage) runs in one background task at a time
so the packer sees the green/red result of a scan immediately; its results reach the UI
through the same listeners as :class:`ScanOutcome` values.

This module routes scans and the packer's commands. The rest lives next to it:

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
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from lazpack.config import PackingSettings
from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock, JournalPort, LabelPort, LazadaPort
from lazpack.domain.scan import (
    COMMAND_PREFIX,
    Command,
    CommandScan,
    Meaning,
    OrderEntry,
    OrderIndex,
    RefKind,
    key,
    normalize,
    resolve,
)
from lazpack.domain.scan_results import scan_result
from lazpack.domain.workflow import (
    VERIFYING_STATES,
    Event,
    Kind,
    PackSession,
    ScanOutcome,
    State,
    Step,
    Verify,
    next_action,
    state_text,
)
from lazpack.errors import KnownError, OrderClaimedError, StorageError, WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.services.barcodes import Barcodes, label_refs
from lazpack.services.batch import BatchPacker, OrderBatchReport, OrderOutcome
from lazpack.services.claims import OrderClaims
from lazpack.services.pack_context import PackContext, ProviderPicker
from lazpack.services.pipeline import OrderPipeline, parcel_scope, remember_order
from lazpack.services.recovery import Reconciler

log = get_logger("packing")

Listener = Callable[[ScanOutcome], None]


# ------------------------------------------------------------------ the service
class PackingService:
    """Drives the packing workflow. One instance per station; not thread-safe (asyncio)."""

    def __init__(
        self,
        *,
        lazada: Callable[[str], LazadaPort],
        journal: JournalPort,
        labels: LabelPort,
        orders: OrderIndex,
        settings: PackingSettings,
        packer: str = "",
        saved_providers: Mapping[str, Mapping[str, str]] | None = None,
        pick_provider: ProviderPicker | None = None,
        clock: Clock | None = None,
        claims: OrderClaims | None = None,
    ) -> None:
        #: order claims across the stations of a warehouse (None: this PC is alone)
        self.claims = claims
        self.ctx = PackContext(
            lazada=lazada,
            journal=journal,
            labels=labels,
            settings=settings,
            clock=clock or SystemClock(),
            reconciler=Reconciler(journal, lazada),
            packer=packer,
            saved_providers=saved_providers if saved_providers is not None else {},
            pick_provider=pick_provider,
        )
        self._journal = journal
        self._orders = orders
        self._pipeline = OrderPipeline(self.ctx, notify=self._notify, save=self._save)
        self._batch = BatchPacker(self.ctx, orders, self._open_key)
        self._listeners: list[Listener] = []
        self._codes = Barcodes(journal, orders)
        self._task: asyncio.Task[None] | None = None
        self._last_error = ""
        self.session: PackSession | None = None
        self._releases: set[asyncio.Task[None]] = set()
        #: the claim of the order a scan is opening (warehouse), answered in the background
        self._claiming: asyncio.Task[ScanOutcome] | None = None
        self._claiming_number: int | str = ""
        #: a pick list's barcode (``#LP:WAVE:<id>``) scanned: its orders' summary (or raises
        #: ``WorkflowError``); the station's ``PickingService`` answers it
        self.on_wave: Callable[[str], str] | None = None
        #: asked before an order is opened: a refusal in the packer's words, or "" (the
        #: packing video's "require video" while the camera is not recording)
        self.may_open: Callable[[], str] | None = None

    @property
    def settings(self) -> PackingSettings:
        return self.ctx.settings

    @settings.setter
    def settings(self, settings: PackingSettings) -> None:
        self.ctx.settings = settings

    @property
    def packer(self) -> str:
        return self.ctx.packer

    @packer.setter
    def packer(self, name: str) -> None:
        self.ctx.packer = name

    def _open_key(self) -> tuple[str, int] | None:
        s = self.session
        return (s.shop_id, s.order_id) if s is not None else None

    def _notify(self, kind: Kind, message: str) -> None:
        self._emit(self._outcome(kind, message))

    # -------------------------------------------------------------- listeners
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, outcome: ScanOutcome) -> ScanOutcome:
        for listener in list(self._listeners):
            try:
                listener(outcome)
            except Exception:  # a broken view must not stop the packing flow
                log.exception("packing listener %r failed", listener)
        return outcome

    # -------------------------------------------------------------- state for the UI
    @property
    def busy(self) -> bool:
        """A background step runs, or an order is being claimed."""
        if self._claiming is not None and not self._claiming.done():
            return True
        return self._task is not None and not self._task.done()

    @property
    def state(self) -> State:
        return self.session.state if self.session else State.IDLE

    async def settle(self) -> None:
        """Wait until the background step (pack, label, RTS...) has finished."""
        while self.busy:
            if self._claiming is not None and not self._claiming.done():
                await self._claiming
            elif self._task is not None:
                await self._task

    def next_action(self) -> str:
        s = self.session
        waiting = False
        if s is not None and self.busy:
            inside = asyncio.current_task() is self._task
            goal = self._pipeline.goal
            waiting = not inside or (goal is not None and s.state is not goal)
        return next_action(
            s,
            confirm_label_scan=self.settings.confirm_label_scan,
            failed=bool(self._last_error),
            waiting=waiting,
        )

    def _outcome(
        self,
        kind: Kind,
        message: str,
        *,
        code: str = "",
        sku: str = "",
        link: tuple[str, ...] = (),
        next_action: str | None = None,
    ) -> ScanOutcome:
        s = self.session
        if s is None:
            return ScanOutcome(
                kind, message, next_action or self.next_action(), State.IDLE, code=code, sku=sku
            )
        return ScanOutcome(
            kind,
            message,
            next_action or self.next_action(),
            s.state,
            code=code,
            sku=sku,
            shop_id=s.shop_id,
            order_id=s.order_id,
            order_number=s.order_number,
            progress=(s.verified, s.expected),
            lines=s.views(),
            package_ids=tuple(s.package_ids),
            link_candidates=link,
        )

    # -------------------------------------------------------------- journal helpers
    def _save(self) -> None:
        self._journal.save_session(self.session.to_dict() if self.session else None)

    def _event(self, event: str, detail: str = "", *, order_id: int | None = None) -> None:
        s = self.session
        self._journal.record_event(
            shop_id=s.shop_id if s else "",
            order_id=order_id if order_id is not None else (s.order_id if s else None),
            event=event,
            packer=self.packer,
            detail=detail,
        )

    def _refuse(self, kind: Kind, message: str, **kw: Any) -> ScanOutcome:
        """A scan that changes nothing (wrong item, unknown code, not allowed now)."""
        return self._record(self._outcome(kind, message, **kw), changed=False)

    def _record(
        self, outcome: ScanOutcome, *, changed: bool, result: str | None = None
    ) -> ScanOutcome:
        """Journal a scan and (when it changed the session) the session; then notify."""
        try:
            self._journal.record_scan(
                shop_id=outcome.shop_id,
                order_id=outcome.order_id,
                code=outcome.code,
                result=result or scan_result(outcome.kind),
                sku=outcome.sku,
                packer=self.packer,
                detail=f"{outcome.kind.value}: {outcome.message}",
            )
            if changed:
                self._save()
        except StorageError as err:
            # the scan itself is valid and applied; the packer must still learn the journal
            # is failing, since crash recovery depends on it
            self._emit(outcome)
            return self._emit(
                self._outcome(Kind.STEP_FAILED, f"{err.user_message} {err.hint}".strip())
            )
        return self._emit(outcome)

    # -------------------------------------------------------------- scanning
    async def handle_scan(self, raw: str) -> ScanOutcome:
        """Act on one scan (keyboard wedge or serial) and return what the UI shows.

        :meth:`scan` answers at once; when the scan opens an order of a warehouse, the
        claim runs in the background and this waits for its answer (opened, or who holds
        the order)."""
        before = self._claiming
        outcome = self.scan(raw)
        pending = self._claiming
        if pending is not None and pending is not before:
            return await pending
        return outcome

    def _spawn_release(self, shop_id: str, order_id: int) -> None:
        if self.claims is not None and (shop_id, order_id) in self.claims.held:
            self.claims.held.discard((shop_id, order_id))  # a reopen in this turn claims anew
            task = asyncio.get_running_loop().create_task(self.claims.release(shop_id, order_id))
            self._releases.add(task)
            task.add_done_callback(self._releases.discard)

    def _needs_claim(self, entry: OrderEntry) -> bool:
        """A warehouse, and the order is not this station's yet."""
        wanted = (entry.shop_id, entry.order.order_id)
        return self.claims is not None and wanted not in self.claims.held

    def _claim_then_open(self, entry: OrderEntry, ref: RefKind | None, code: str) -> ScanOutcome:
        """Claim the order (every route to opening one ends here), then open it; until the
        claim answers the station is busy, so no later scan overtakes this one."""
        self._claiming = asyncio.ensure_future(self._claim_and_open(entry, ref, code))
        self._claiming_number = entry.order.order_number
        self._claiming.add_done_callback(self._claim_done)
        return self._emit(
            self._outcome(
                Kind.COMMAND,
                arg(translate("PackingService", "Opening order %1…"), entry.order.order_number),
                code=code,
            )
        )

    def _claim_done(self, task: asyncio.Task[ScanOutcome]) -> None:
        if task is self._claiming:
            self._claiming = None
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
            return self._refuse(
                Kind.NOT_ALLOWED, f"{err.user_message} {err.hint}".strip(), code=code
            )
        self._claiming = None  # claimed: the open below is this scan's own
        outcome = self._order_scan(self._orders.get(wanted) or entry, ref, code)
        if self._open_key() != wanted:
            self._spawn_release(*wanted)  # claimed, but it could not be opened after all
        return outcome

    def scan(self, raw: str) -> ScanOutcome:
        """Synchronous core of :meth:`handle_scan` (no I/O but the journal write)."""
        code = normalize(raw)
        s = self.session
        if not code:
            return self._emit(
                self._outcome(
                    Kind.COMMAND, translate("PackingService", "Empty scan ignored."), code=code
                )
            )
        # the open order's own label: its tracking/package may not be in the index yet
        if s is not None and key(code) in label_refs(s):
            return self._same_order_scan(code, label=True)
        res = resolve(code, items=self._codes.keys, index=self._orders)
        if res.meaning is Meaning.COMMAND and res.command is not None:
            return self._command(res.command, code)
        if self.busy:
            return self._refuse(
                Kind.BUSY,
                arg(
                    translate(
                        "PackingService",
                        "“%1” ignored: order %2 is still being processed. Scan again when it is "
                        "done.",
                    ),
                    code,
                    s.order_number if s else self._claiming_number,
                ),
                code=code,
            )
        if res.meaning is Meaning.UNKNOWN and s is not None and self._codes.refresh(s):
            # an alias linked since the order opened (another station, the command line)
            res = resolve(code, items=self._codes.keys, index=self._orders)
        if res.meaning is Meaning.ITEM:
            return self._verify(res.sku, code=code, via=res.via)
        if res.meaning is Meaning.ORDER and res.entry is not None:
            return self._order_scan(res.entry, res.ref, code)
        if res.meaning in (Meaning.AMBIGUOUS, Meaning.BAD_COMMAND):
            kind = Kind.AMBIGUOUS if res.meaning is Meaning.AMBIGUOUS else Kind.UNKNOWN
            return self._record(self._outcome(kind, res.message, code=code), changed=False)
        return self._unknown(code)

    def _unknown(self, code: str) -> ScanOutcome:
        u = self._codes.explain(
            code, self.session, confirm_label_scan=self.settings.confirm_label_scan
        )
        return self._refuse(u.kind, u.message, code=code, sku=u.sku, link=u.link)

    def _verify(self, sku: str, *, code: str, via: str = "", manual: bool = False) -> ScanOutcome:
        s = self.session
        if s is None:  # only reachable through confirm_manual/link_alias
            return self._emit(
                self._outcome(
                    Kind.NO_ORDER, translate("PackingService", "Scan an order first."), code=code
                )
            )
        line = s.lines[sku]
        try:
            result = s.verify(sku, manual=manual)
        except WorkflowError as err:
            return self._refuse(
                Kind.NOT_ALLOWED,
                arg(translate("PackingService", "“%1” not counted: %2"), code, err.user_message),
                code=code,
                sku=sku,
            )
        if result is Verify.OVER_SCAN:
            return self._refuse(
                Kind.OVER_SCAN,
                arg(
                    translate(
                        "PackingService",
                        "Too many: %1 — %2 is already complete (%3 of %4). Put this one back.",
                    ),
                    sku,
                    line.name,
                    line.done,
                    line.expected,
                ),
                code=code,
                sku=sku,
            )
        how = (
            translate("PackingService", "confirmed without barcode")
            if manual
            else (arg(translate("PackingService", "via %1"), via) if via else "")
        )
        base = arg(
            translate("PackingService", "%1 — %2: %3 of %4"),
            sku,
            line.name,
            line.done,
            line.expected,
        )
        if how:
            base += f" ({how})"
        if result is Verify.COMPLETE:
            outcome = self._record(
                self._outcome(
                    Kind.COMPLETE,
                    arg(
                        translate("PackingService", "%1. All %2 items verified."), base, s.expected
                    ),
                    code=code,
                    sku=sku,
                    next_action=translate("PackingService", "Packing…")
                    if self._auto().rank > 0
                    else None,
                ),
                changed=True,
                result="manual" if manual else "ok",
            )
            self._event("verified")
            if self._auto().rank > 0:
                self._start(self._advance(self._auto()))
            return outcome
        return self._record(
            self._outcome(Kind.MANUAL if manual else Kind.OK, base + ".", code=code, sku=sku),
            changed=True,
        )

    def _auto(self) -> Step:
        """How far the station goes by itself once the last item is verified."""
        return Step.parse(self.settings.auto_until)

    async def _advance(self, until: Step, *, partial: bool = False) -> None:
        if self.session is not None:
            await self._pipeline.advance(self.session, until, partial=partial)

    def aliases_changed(self, shop_id: str) -> None:
        """The shop's barcode aliases changed outside the scan station (a catalogue
        import): read them again at the next order, and now if one of its orders is open."""
        self._codes.forget(shop_id)
        if self.session is not None and self.session.shop_id == shop_id:
            self._codes.rebuild(self.session)

    # -------------------------------------------------------------- orders
    def open_order(self, shop_id: str, order_id: int) -> ScanOutcome:
        """Open an order picked in the list (same rules as scanning it)."""
        entry = self._orders.get((shop_id, order_id))
        if entry is None:
            return self._emit(
                self._outcome(
                    Kind.UNKNOWN,
                    arg(
                        translate("PackingService", "Order %1 is not in the open orders list."),
                        order_id,
                    ),
                )
            )
        if self.busy:
            return self._emit(
                self._outcome(
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
                self._close_session(Event.CLOSE, release=False)
                s = None
            elif s.history or s.state is not State.ORDER_OPEN:
                return self._refuse(
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
                self._close_session(Event.CANCEL, release=False)
                s = None
        if s is not None:
            if s.state is State.LABELLED and self.settings.confirm_label_scan:
                return self._refuse(
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
                # nothing is lost by leaving: close quietly and open the new one
                self._close_session(Event.CLOSE if s.state is State.READY_TO_SHIP else Event.CANCEL)
            else:
                return self._refuse(
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
            return self._record(
                replace(
                    self._outcome(
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
            return self._refuse(Kind.NOT_ALLOWED, refusal, code=code)
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
            return self._record(
                self._outcome(Kind.NOTHING_TO_PACK, err.user_message, code=code), changed=False
            )
        self.session = session
        self._last_error = ""
        self._codes.rebuild(self.session)
        self._event("open", f"via {ref.value if ref else 'list'} {code}")
        remember_order(self._journal, session)
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
        return self._record(
            self._outcome(
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
            outcome = self._record(
                self._outcome(
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
            self._event("label_confirmed", code)
            if self._auto() is Step.RTS and not self.busy:
                self._start(self._advance(Step.RTS))
            return outcome
        return self._record(
            self._outcome(
                Kind.DUPLICATE,
                arg(translate("PackingService", "Order %1 is already open."), s.order_number),
                code=code,
            ),
            changed=False,
        )

    def _close_session(self, event: Event, *, release: bool = True) -> None:
        s = self.session
        if s is None:
            return
        s.fire(event)
        self._event("cancel" if event is Event.CANCEL else "close", f"at {s.verified}/{s.expected}")
        self.session = None
        self._codes.rebuild(None)
        self._last_error = ""
        self._save()
        if release:
            self._spawn_release(s.shop_id, s.order_id)

    # -------------------------------------------------------------- packer actions
    def _command(self, cmd: CommandScan, code: str) -> ScanOutcome:
        c = cmd.command
        if c is Command.PACKER:
            return self.login(cmd.arg, code=code)
        if c is Command.LOGOUT:
            return self.login("", code=code)
        if c is Command.WAVE:
            return self._wave(cmd.arg, code)
        if self.busy:
            return self._record(
                self._outcome(
                    Kind.BUSY,
                    translate("PackingService", "Wait: the current step is still running."),
                    code=code,
                ),
                changed=False,
            )
        if c is Command.UNDO:
            return self.undo(code=code)
        if c is Command.CANCEL:
            return self.cancel(code=code)
        if c is Command.DONE:
            return self.done(code=code)
        if c is Command.REPRINT:
            return self.reprint(code=code)
        if c is Command.REPACK:
            return self.repack(code=code)
        if c is Command.MANUAL:
            return self.confirm_manual(None, code=code)
        return self.pack_verified_only(code=code)  # Command.PARTIAL

    def _wave(self, arg: str, code: str) -> ScanOutcome:
        """A pick list's barcode: list its orders (read-only; an open order stays open)."""
        try:
            if self.on_wave is None:
                raise WorkflowError(
                    translate("PackingService", "Pick lists are not available at this station.")
                )
            text = self.on_wave(arg)
        except WorkflowError as err:
            return self._not_allowed(err.user_message, code)
        return self._record(self._outcome(Kind.WAVE, text, code=code), changed=False)

    def login(self, name: str, *, code: str = "") -> ScanOutcome:
        self.packer = name.strip()
        if self.session is not None:
            self.session.packer = self.packer
        self._event("packer", self.packer or "(logged out)")
        text = (
            arg(translate("PackingService", "Packer: %1."), self.packer)
            if self.packer
            else translate("PackingService", "Packer logged out.")
        )
        return self._record(self._outcome(Kind.PACKER, text, code=code), changed=True)

    def _not_allowed(self, message: str, code: str) -> ScanOutcome:
        return self._record(self._outcome(Kind.NOT_ALLOWED, message, code=code), changed=False)

    def confirm_manual(self, sku: str | None, *, code: str = "") -> ScanOutcome:
        """Count one unit of ``sku`` without its barcode (an explicit packer action).

        ``None`` means "the missing item" and is only accepted when exactly one SKU is
        still missing, so the command barcode can never confirm the wrong thing.
        """
        s = self.session
        if s is None:
            return self._not_allowed(translate("PackingService", "No order is open."), code)
        if sku is None:
            missing = s.missing()
            if len(missing) != 1:
                return self._not_allowed(
                    arg(
                        translate(
                            "PackingService",
                            "%1 different items are missing: choose the one to confirm on screen.",
                        ),
                        len(missing),
                    ),
                    code,
                )
            sku = missing[0].sku
        if sku not in s.lines:
            return self._not_allowed(
                arg(translate("PackingService", "%1 is not in order %2."), sku, s.order_number),
                code,
            )
        return self._verify(sku, code=code or f"manual:{sku}", manual=True)

    def link_alias(self, barcode: str, sku: str) -> ScanOutcome:
        """Remember ``barcode`` as ``sku`` for this shop, and count it as that item."""
        s = self.session
        code = normalize(barcode)
        if s is None:
            return self._not_allowed(
                translate("PackingService", "Open the order first, then link the barcode."), code
            )
        if not code or key(code).startswith(COMMAND_PREFIX):
            return self._not_allowed(
                arg(translate("PackingService", "“%1” cannot be linked to an item."), code), code
            )
        if sku not in s.lines:
            return self._not_allowed(
                arg(translate("PackingService", "%1 is not in order %2."), sku, s.order_number),
                code,
            )
        existing = self._codes.meaning(code)
        if existing:
            return self._not_allowed(
                arg(translate("PackingService", "“%1” already means %2."), code, existing), code
            )
        self._codes.link(s, code, sku, packer=self.packer)
        self._emit(
            self._outcome(
                Kind.ALIAS_LINKED,
                arg(translate("PackingService", "“%1” is now %2."), code, sku),
                code=code,
                sku=sku,
            )
        )
        return self._verify(sku, code=code, via="alias")

    def undo(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None:
            return self._not_allowed(translate("PackingService", "No order is open."), code)
        try:
            sku, manual = s.undo()
        except WorkflowError as err:
            return self._not_allowed(err.user_message, code)
        line = s.lines[sku]
        how = (
            translate("PackingService", "manual confirmation")
            if manual
            else translate("PackingService", "scan")
        )
        self._last_error = ""
        return self._record(
            self._outcome(
                Kind.UNDONE,
                arg(
                    translate("PackingService", "Took back one %1 (%2): %3 of %4."),
                    sku,
                    how,
                    line.done,
                    line.expected,
                ),
                code=code,
                sku=sku,
            ),
            changed=True,
        )

    def cancel(self, *, code: str = "") -> ScanOutcome:
        """Abandon the order before packing, or leave it once Lazada has it packed."""
        s = self.session
        if s is None:
            return self._not_allowed(translate("PackingService", "No order is open."), code)
        if self.busy:
            return self._record(
                self._outcome(
                    Kind.BUSY,
                    translate("PackingService", "Wait: the current step is still running."),
                    code=code,
                ),
                changed=False,
            )
        number, state = s.order_number, s.state
        if s.can(Event.CANCEL):
            self._close_session(Event.CANCEL)
            return self._refuse(
                Kind.CANCELLED,
                arg(
                    translate(
                        "PackingService",
                        "Order %1 cancelled at the station; nothing was sent to Lazada.",
                    ),
                    number,
                ),
                code=code,
            )
        pkgs = ", ".join(s.package_ids)
        self._close_session(Event.CLOSE)
        where = (
            translate("PackingService", "ready to ship")
            if state is State.READY_TO_SHIP
            else arg(translate("PackingService", "packed (%1)"), pkgs)
        )
        return self._refuse(
            Kind.CLOSED,
            arg(
                translate("PackingService", "Order %1 closed; it stays %2 at Lazada."),
                number,
                where,
            ),
            code=code,
        )

    def done(self, *, code: str = "") -> ScanOutcome:
        """Finish the order: run the remaining steps up to ready to ship, or close it."""
        s = self.session
        if s is None:
            return self._not_allowed(translate("PackingService", "No order is open."), code)
        if s.state is State.READY_TO_SHIP:
            return self.cancel(code=code)
        if s.state in VERIFYING_STATES:
            return self._not_allowed(
                translate(
                    "PackingService",
                    "%n item(s) still missing. Scan them, confirm them manually, or scan "
                    "PARTIAL to pack only the verified ones.",
                    None,
                    s.expected - s.verified,
                ),
                code,
            )
        if s.state is State.LABELLED and self.settings.confirm_label_scan and not s.label_confirmed:
            return self._not_allowed(
                translate("PackingService", "Scan the label on the parcel first."), code
            )
        return self._start_with(
            self._advance(Step.RTS), translate("PackingService", "Working…"), code
        )

    def pack_verified_only(self, *, code: str = "") -> ScanOutcome:
        """Pack just the verified units on purpose; the rest of the order stays pending."""
        s = self.session
        if s is None:
            return self._not_allowed(translate("PackingService", "No order is open."), code)
        if s.state is State.VERIFIED:
            return self.done(code=code)
        if s.state is not State.VERIFYING or s.verified == 0:
            return self._not_allowed(
                translate(
                    "PackingService", "Verify at least one item before packing part of an order."
                ),
                code,
            )
        until = max(self._auto(), Step.PACK, key=lambda step: step.rank)
        return self._start_with(
            self._advance(until, partial=True),
            arg(
                translate("PackingService", "Packing %1 of %2 items; the rest stays pending."),
                s.verified,
                s.expected,
            ),
            code,
        )

    def reprint(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or s.state not in (State.PACKED, State.LABELLED, State.READY_TO_SHIP):
            return self._not_allowed(
                translate("PackingService", "There is no packed order with a label to print."), code
            )
        if s.is_dbs:
            return self._not_allowed(
                translate("PackingService", "Delivered-by-seller orders have no AWB label."), code
            )
        return self._start_with(
            self._pipeline.label(s, reprint=True),
            translate("PackingService", "Printing the label again…"),
            code,
        )

    def repack(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or not s.can(Event.REPACK):
            return self._not_allowed(
                translate(
                    "PackingService",
                    "Only a packed order that is not ready to ship can be repacked.",
                ),
                code,
            )
        return self._start_with(
            self._pipeline.repack(s), translate("PackingService", "Recreating the package…"), code
        )

    def retry(self) -> ScanOutcome:
        return self.done()

    def _start_with(self, coro: Awaitable[None], message: str, code: str) -> ScanOutcome:
        self._start(coro)
        return self._record(self._outcome(Kind.COMMAND, message, code=code), changed=False)

    def _start(self, coro: Awaitable[None]) -> None:
        self._last_error = ""

        async def run() -> None:
            try:
                await coro
            except KnownError as err:
                self._fail(err)
            except Exception as err:  # a bug: keep the station usable and say so
                log.exception("packing step failed unexpectedly")
                self._fail(
                    WorkflowError(
                        arg(
                            translate("PackingService", "Internal error: %1: %2"),
                            type(err).__name__,
                            err,
                        )
                    )
                )
            finally:
                self._pipeline.goal = None
                if self.session is not None:
                    try:
                        self._save()
                    except StorageError as err:
                        log.error("saving the packing session failed: %s", err)

        self._task = asyncio.ensure_future(run())

    def _fail(self, err: KnownError) -> None:
        text = err.user_message + (f" {err.hint}" if err.hint else "")
        self._last_error = text
        log.warning("packing step failed: %s", err)
        self._event("step_failed", text)
        self._emit(self._outcome(Kind.STEP_FAILED, text))

    # -------------------------------------------------------------- resume
    async def resume(self) -> ScanOutcome | None:
        """Start-up recovery: settle every unanswered write of this station with Lazada's
        truth (GetOrderItems) before anything is sent, then reopen the session a crash
        interrupted. Call it once at start, before the first scan or batch."""
        results = await self.ctx.reconciler.reconcile()
        for r in results:
            self.ctx.owe_partial(r)
        data = self._journal.load_session()
        if data is None:
            return None
        try:
            s = PackSession.from_dict(data)
        except WorkflowError as err:
            self._journal.save_session(None)
            return self._emit(self._outcome(Kind.STEP_FAILED, err.user_message))
        if self.claims is not None and (s.shop_id, s.order_id) not in self.claims.held:
            # a warehouse: while this station was down another may have taken the order.
            # A database that is away raises (the session stays saved for the next start).
            try:
                await self.claims.open_order(s.shop_id, s.order_id)
            except OrderClaimedError as err:
                self._journal.save_session(None)
                self._event("resume_refused", err.user_message, order_id=s.order_id)
                return self._emit(
                    self._outcome(
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
        self._codes.rebuild(self.session)
        try:
            for r in results:
                if r.intent.shop_id == s.shop_id and s.order_id in r.intent.order_ids:
                    self._pipeline.apply_reconciled(
                        s, r.intent.action, r.next_step, r.message, r.items
                    )
            await self._pipeline.reconcile_open(s)
        except KnownError as err:
            self._fail(err)
            return self._outcome(Kind.STEP_FAILED, self._last_error)
        self._event("resumed", s.state.value)
        return self._emit(
            self._outcome(
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
            return await self._batch.run(keys, step)
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
                entry = self._orders.get((shop_id, order_id))
                number = entry.order.order_number if entry is not None else order_id
                held.append(OrderOutcome(shop_id, order_id, number, Step.VERIFY.value, False,
                                         f"{err.user_message} {err.hint}".strip()))  # fmt: skip
            else:
                granted.append((shop_id, order_id))
                claimed.append((shop_id, order_id))
        try:
            report = await self._batch.run(granted, step) if granted else None
        finally:
            for k in claimed:
                if k != self._open_key():
                    self._spawn_release(*k)
        outcomes = (report.outcomes if report else ()) + tuple(held)
        return OrderBatchReport(outcomes, report.messages if report else ())
