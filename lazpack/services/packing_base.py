"""What the packing service's parts share: state, listeners, outcomes, the journal.

:class:`PackingBase` holds the station's one open
:class:`~lazpack.domain.workflow.PackSession`, the ports and the one background step (pack,
label, RTS... through :class:`~lazpack.services.pipeline.OrderPipeline`). Its helpers build a
:class:`ScanOutcome`, journal it and tell the listeners; they are named without a leading
underscore because the service's other modules (:mod:`lazpack.services.packing_commands`,
:mod:`lazpack.services.packing`) use them. Counting an item (:meth:`PackingBase.verify_item`)
lives here too: scans and the packer's commands both end in it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from lazpack.config import PackingSettings
from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock, JournalPort, LabelPort, LazadaPort
from lazpack.domain.scan import (
    OrderIndex,
)
from lazpack.domain.scan_results import scan_result
from lazpack.domain.workflow import (
    Event,
    Kind,
    PackSession,
    ScanOutcome,
    State,
    Step,
    Verify,
    next_action,
)
from lazpack.errors import KnownError, StorageError, WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.services.barcodes import Barcodes
from lazpack.services.batch import BatchPacker
from lazpack.services.claims import OrderClaims
from lazpack.services.pack_context import PackContext, ProviderPicker
from lazpack.services.pipeline import OrderPipeline
from lazpack.services.recovery import Reconciler

log = get_logger("packing")

Listener = Callable[[ScanOutcome], None]


class PackingBase:
    """State and plumbing of :class:`~lazpack.services.packing.PackingService`."""

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
        self.journal = journal
        self.orders = orders
        self.pipeline = OrderPipeline(self.ctx, notify=self._notify, save=self.save_session)
        self.batch_packer = BatchPacker(self.ctx, orders, self.open_key)
        self._listeners: list[Listener] = []
        self.codes = Barcodes(journal, orders)
        self._task: asyncio.Task[None] | None = None
        self.last_error = ""
        self.session: PackSession | None = None
        self._releases: set[asyncio.Task[None]] = set()
        #: the claim of the order a scan is opening (warehouse), answered in the background
        self.claiming: asyncio.Task[ScanOutcome] | None = None
        self.claiming_number: int | str = ""
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

    def open_key(self) -> tuple[str, int] | None:
        s = self.session
        return (s.shop_id, s.order_id) if s is not None else None

    def _notify(self, kind: Kind, message: str) -> None:
        self.emit(self.make_outcome(kind, message))

    # -------------------------------------------------------------- listeners
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def emit(self, outcome: ScanOutcome) -> ScanOutcome:
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
        if self.claiming is not None and not self.claiming.done():
            return True
        return self._task is not None and not self._task.done()

    @property
    def state(self) -> State:
        return self.session.state if self.session else State.IDLE

    async def settle(self) -> None:
        """Wait until the background step (pack, label, RTS...) has finished."""
        while self.busy:
            if self.claiming is not None and not self.claiming.done():
                await self.claiming
            elif self._task is not None:
                await self._task

    def next_action(self) -> str:
        s = self.session
        waiting = False
        if s is not None and self.busy:
            inside = asyncio.current_task() is self._task
            goal = self.pipeline.goal
            waiting = not inside or (goal is not None and s.state is not goal)
        return next_action(
            s,
            confirm_label_scan=self.settings.confirm_label_scan,
            failed=bool(self.last_error),
            waiting=waiting,
        )

    def make_outcome(
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
    def save_session(self) -> None:
        self.journal.save_session(self.session.to_dict() if self.session else None)

    def journal_event(self, event: str, detail: str = "", *, order_id: int | None = None) -> None:
        s = self.session
        self.journal.record_event(
            shop_id=s.shop_id if s else "",
            order_id=order_id if order_id is not None else (s.order_id if s else None),
            event=event,
            packer=self.packer,
            detail=detail,
        )

    def refuse(self, kind: Kind, message: str, **kw: Any) -> ScanOutcome:
        """A scan that changes nothing (wrong item, unknown code, not allowed now)."""
        return self.record(self.make_outcome(kind, message, **kw), changed=False)

    def record(
        self, outcome: ScanOutcome, *, changed: bool, result: str | None = None
    ) -> ScanOutcome:
        """Journal a scan and (when it changed the session) the session; then notify."""
        try:
            self.journal.record_scan(
                shop_id=outcome.shop_id,
                order_id=outcome.order_id,
                code=outcome.code,
                result=result or scan_result(outcome.kind),
                sku=outcome.sku,
                packer=self.packer,
                detail=f"{outcome.kind.value}: {outcome.message}",
            )
            if changed:
                self.save_session()
        except StorageError as err:
            # the scan itself is valid and applied; the packer must still learn the journal
            # is failing, since crash recovery depends on it
            self.emit(outcome)
            return self.emit(
                self.make_outcome(Kind.STEP_FAILED, f"{err.user_message} {err.hint}".strip())
            )
        return self.emit(outcome)

    # -------------------------------------------------------------- claims and sessions
    def release_claim(self, shop_id: str, order_id: int) -> None:
        if self.claims is not None and (shop_id, order_id) in self.claims.held:
            self.claims.held.discard((shop_id, order_id))  # a reopen in this turn claims anew
            task = asyncio.get_running_loop().create_task(self.claims.release(shop_id, order_id))
            self._releases.add(task)
            task.add_done_callback(self._releases.discard)

    def close_session(self, event: Event, *, release: bool = True) -> None:
        s = self.session
        if s is None:
            return
        s.fire(event)
        self.journal_event(
            "cancel" if event is Event.CANCEL else "close", f"at {s.verified}/{s.expected}"
        )
        self.session = None
        self.codes.rebuild(None)
        self.last_error = ""
        self.save_session()
        if release:
            self.release_claim(s.shop_id, s.order_id)

    # -------------------------------------------------------------- counting an item
    def verify_item(
        self, sku: str, *, code: str, via: str = "", manual: bool = False
    ) -> ScanOutcome:
        s = self.session
        if s is None:  # only reachable through confirm_manual/link_alias
            return self.emit(
                self.make_outcome(
                    Kind.NO_ORDER, translate("PackingService", "Scan an order first."), code=code
                )
            )
        line = s.lines[sku]
        try:
            result = s.verify(sku, manual=manual)
        except WorkflowError as err:
            return self.refuse(
                Kind.NOT_ALLOWED,
                arg(translate("PackingService", "“%1” not counted: %2"), code, err.user_message),
                code=code,
                sku=sku,
            )
        if result is Verify.OVER_SCAN:
            return self.refuse(
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
            outcome = self.record(
                self.make_outcome(
                    Kind.COMPLETE,
                    arg(
                        translate("PackingService", "%1. All %2 items verified."), base, s.expected
                    ),
                    code=code,
                    sku=sku,
                    next_action=translate("PackingService", "Packing…")
                    if self.auto_step().rank > 0
                    else None,
                ),
                changed=True,
                result="manual" if manual else "ok",
            )
            self.journal_event("verified")
            if self.auto_step().rank > 0:
                self.start_step(self.advance(self.auto_step()))
            return outcome
        return self.record(
            self.make_outcome(Kind.MANUAL if manual else Kind.OK, base + ".", code=code, sku=sku),
            changed=True,
        )

    # -------------------------------------------------------------- the background step
    def auto_step(self) -> Step:
        """How far the station goes by itself once the last item is verified."""
        return Step.parse(self.settings.auto_until)

    async def advance(self, until: Step, *, partial: bool = False) -> None:
        if self.session is not None:
            await self.pipeline.advance(self.session, until, partial=partial)

    def not_allowed(self, message: str, code: str) -> ScanOutcome:
        return self.record(self.make_outcome(Kind.NOT_ALLOWED, message, code=code), changed=False)

    def start_step_with(self, coro: Awaitable[None], message: str, code: str) -> ScanOutcome:
        self.start_step(coro)
        return self.record(self.make_outcome(Kind.COMMAND, message, code=code), changed=False)

    def start_step(self, coro: Awaitable[None]) -> None:
        self.last_error = ""

        async def run() -> None:
            try:
                await coro
            except KnownError as err:
                self.fail_step(err)
            except Exception as err:  # a bug: keep the station usable and say so
                log.exception("packing step failed unexpectedly")
                self.fail_step(
                    WorkflowError(
                        arg(
                            translate("PackingService", "Internal error: %1: %2"),
                            type(err).__name__,
                            err,
                        )
                    )
                )
            finally:
                self.pipeline.goal = None
                if self.session is not None:
                    try:
                        self.save_session()
                    except StorageError as err:
                        log.error("saving the packing session failed: %s", err)

        self._task = asyncio.ensure_future(run())

    def fail_step(self, err: KnownError) -> None:
        text = err.user_message + (f" {err.hint}" if err.hint else "")
        self.last_error = text
        log.warning("packing step failed: %s", err)
        self.journal_event("step_failed", text)
        self.emit(self.make_outcome(Kind.STEP_FAILED, text))
