"""The scan-to-pack use case: scans in, state machine driven, Lazada written safely.

``PackingService`` owns the one open :class:`~lazpack.domain.workflow.PackSession` of the
station. The scan path (:meth:`PackingService.handle_scan`) is local: resolve the code
against in-memory indexes, update the session, write the journal, notify listeners. API
work (Pack, PrintAWB, ReadyToShip, RecreatePackage) runs in one background task at a time
so the packer sees the green/red result of a scan immediately; its results reach the UI
through the same listeners as :class:`ScanOutcome` values.

Every write is journaled before it is sent and finished after; a lost answer is
reconciled against GetOrderItems (``recovery.Reconciler``) before anything is sent again,
and the fresh item statuses decide what still needs sending (``recovery.plan_pack`` /
``plan_rts``), so an order is never packed twice and RTS of a ready package is a no-op.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lazpack.config import PackingSettings
from lazpack.domain.clock import SystemClock
from lazpack.domain.models import BatchResult, OrderItem, RowResult
from lazpack.domain.ports import Clock, JournalPort, LabelPort, LazadaPort
from lazpack.domain.scan import (
    COMMAND_PREFIX,
    Command,
    CommandScan,
    ItemKeys,
    Meaning,
    OrderEntry,
    OrderIndex,
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
    Verify,
)
from lazpack.errors import (
    KnownError,
    OutcomeUnknownError,
    StorageError,
    WorkflowError,
)
from lazpack.log import get_logger
from lazpack.services.fulfilment import ProviderDecision, decide_provider
from lazpack.services.recovery import (
    NextStep,
    Reconciler,
    ReconcileResult,
    plan_pack,
    plan_rts,
)

log = get_logger("packing")

Listener = Callable[[ScanOutcome], None]
#: Asked when the shop must pick a shipment provider (``provider_choice == "ask"`` or no
#: saved choice): returns the chosen ``provider_code`` or None when the packer declined.
ProviderPicker = Callable[[str, ProviderDecision], Awaitable[str | None]]

STEPS = ("verify", "pack", "label", "rts")
BATCH_LIMIT = 20
_T = TypeVar("_T")

#: ScanOutcome kind -> the journal's scan ``result`` vocabulary.
_SCAN_RESULT: dict[Kind, str] = {
    Kind.OK: "ok",
    Kind.COMPLETE: "ok",
    Kind.MANUAL: "manual",
    Kind.WRONG_ITEM: "wrong_item",
    Kind.OVER_SCAN: "over_scan",
    Kind.ORDER_OPENED: "order",
    Kind.DUPLICATE: "order",
    Kind.LABEL_CONFIRMED: "order",
    Kind.LABEL_MISMATCH: "order",
}


def _step_index(step: str) -> int:
    try:
        return STEPS.index(step)
    except ValueError:
        raise WorkflowError(
            f"Unknown packing step {step!r}; use one of {', '.join(STEPS)}."
        ) from None


def _chunks(seq: Sequence[_T], size: int = BATCH_LIMIT) -> list[Sequence[_T]]:
    return [seq[i : i + size] for i in range(0, len(seq), size)]


# ------------------------------------------------------------------ batch report
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
class BatchReport:
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
        return (
            f"{len(self.succeeded)} of {len(self.outcomes)} orders done, {len(self.failed)} failed"
        )


@dataclass(slots=True)
class _BatchOrder:
    shop_id: str
    order_id: int
    order_number: int
    step: str = "verify"
    error: str = ""
    retryable: bool = True
    package_ids: list[str] = field(default_factory=list)
    is_dbs: bool = False
    notes: list[str] = field(default_factory=list)

    def fail(self, message: str, *, retryable: bool = True) -> None:
        self.error, self.retryable = message, retryable


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
    ) -> None:
        self._lazada = lazada
        self._journal = journal
        self._labels = labels
        self._orders = orders
        self.settings = settings
        self.packer = packer
        self._saved_providers = saved_providers if saved_providers is not None else {}
        self._pick_provider = pick_provider
        self._clock: Clock = clock or SystemClock()
        self._reconciler = Reconciler(journal, lazada)
        self._listeners: list[Listener] = []
        self._aliases: dict[str, dict[str, str]] = {}
        self._keys: ItemKeys | None = None
        self._task: asyncio.Task[None] | None = None
        #: the state the running background step is heading for (next-action text)
        self._goal: State | None = None
        self._last_error = ""
        #: (shop_id, order_id) -> packages of a partly refused Pack whose undo has not
        #: succeeded yet: settled before the order is packed again (one parcel per order)
        self._owed_undo: dict[tuple[str, int], tuple[str, ...]] = {}
        self.session: PackSession | None = None

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
        return self._task is not None and not self._task.done()

    @property
    def state(self) -> State:
        return self.session.state if self.session else State.IDLE

    async def settle(self) -> None:
        """Wait until the background step (pack, label, RTS...) has finished."""
        while self._task is not None and not self._task.done():
            await self._task

    def next_action(self) -> str:
        s = self.session
        if s is None:
            return "Scan an order number, tracking number or package id."
        st = s.state
        if self._last_error:
            return "Scan DONE to try again, or CANCEL."
        if self.busy:
            inside = asyncio.current_task() is self._task
            if not inside or (self._goal is not None and st is not self._goal):
                return "Working on it — please wait."
        if st in (State.ORDER_OPEN, State.VERIFYING):
            missing = s.missing()
            first = missing[0]
            text = f"Scan {first.sku} — {first.name} ({first.expected - first.done} left)"
            if len(missing) > 1:
                text += f"; {len(missing) - 1} more SKU(s) missing"
            return text + "."
        if st is State.VERIFIED:
            return "Scan DONE to pack."
        if st is State.PACKED:
            return (
                "Scan DONE to mark ready to ship." if s.is_dbs else "Scan DONE to print the label."
            )
        if st is State.LABELLED:
            if self.settings.confirm_label_scan and not s.label_confirmed:
                return "Scan the label on the parcel to confirm it."
            return "Scan DONE to mark ready to ship."
        return "Put the parcel aside and scan the next order."

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
                result=result
                or _SCAN_RESULT.get(
                    outcome.kind, "command" if outcome.kind is Kind.COMMAND else "unknown"
                ),
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
        """Act on one scan (keyboard wedge or serial) and return what the UI shows."""
        return self.scan(raw)

    def scan(self, raw: str) -> ScanOutcome:
        """Synchronous core of :meth:`handle_scan` (no I/O but the journal write)."""
        code = normalize(raw)
        s = self.session
        if not code:
            return self._emit(self._outcome(Kind.COMMAND, "Empty scan ignored.", code=code))
        # the open order's own label: its tracking/package may not be in the index yet
        if s is not None and key(code) in self._session_refs(s):
            return self._same_order_scan(code, label=True)
        res = resolve(code, items=self._keys, index=self._orders)
        if res.meaning is Meaning.COMMAND and res.command is not None:
            return self._command(res.command, code)
        if self.busy:
            return self._refuse(
                Kind.BUSY,
                f"“{code}” ignored: order {s.order_number if s else ''} is still being "
                "processed. Scan again when it is done.",
                code=code,
            )
        if res.meaning is Meaning.ITEM:
            return self._verify(res.sku, code=code, via=res.via)
        if res.meaning is Meaning.ORDER and res.entry is not None:
            return self._order_scan(res.entry, res.ref, code)
        if res.meaning in (Meaning.AMBIGUOUS, Meaning.BAD_COMMAND):
            kind = Kind.AMBIGUOUS if res.meaning is Meaning.AMBIGUOUS else Kind.UNKNOWN
            return self._record(self._outcome(kind, res.message, code=code), changed=False)
        return self._unknown(code)

    @staticmethod
    def _session_refs(s: PackSession) -> set[str]:
        return {key(c) for c in (*s.package_ids, *s.tracking_codes)}

    def _unknown(self, code: str) -> ScanOutcome:
        s = self.session
        if s is None and self._by_sku(code):
            return self._refuse(
                Kind.NO_ORDER,
                f"“{code}” is an item, and no order is open. Scan the order number or "
                "its label first.",
                code=code,
                sku=code,
            )
        if s is None:
            return self._refuse(
                Kind.UNKNOWN,
                f"“{code}” is not an open order, tracking number or package id.",
                code=code,
            )
        if s.state is State.LABELLED and self.settings.confirm_label_scan:
            return self._refuse(
                Kind.LABEL_MISMATCH,
                f"“{code}” is not the label of order {s.order_number} "
                f"(expected {', '.join(s.tracking_codes or s.package_ids)}). "
                "Check the parcel's label.",
                code=code,
            )
        other_sku = self._aliases.get(s.shop_id, {}).get(code) or self._alias_by_key(s, code)
        if other_sku:
            return self._refuse(
                Kind.WRONG_ITEM,
                f"Wrong item: “{code}” is {other_sku}, which is not in order {s.order_number}.",
                code=code,
                sku=other_sku,
            )
        others = [e for e in self._by_sku(code) if e.order.order_id != s.order_id]
        if others:
            return self._refuse(
                Kind.WRONG_ITEM,
                f"Wrong item: {code} is not in order {s.order_number} "
                f"(it belongs to order {others[0].order.order_number}).",
                code=code,
                sku=code,
            )
        link = tuple(line.sku for line in s.missing()) if s.state in _VERIFYING else ()
        hint = " Link it to one of this order's items if it is one of them." if link else ""
        return self._record(
            self._outcome(Kind.UNKNOWN, f"Unknown barcode “{code}”.{hint}", code=code, link=link),
            changed=False,
        )

    def _alias_by_key(self, s: PackSession, code: str) -> str:
        k = key(code)
        for barcode, sku in self._aliases.get(s.shop_id, {}).items():
            if key(barcode) == k:
                return sku
        return ""

    def _by_sku(self, code: str) -> Sequence[OrderEntry]:
        finder = getattr(self._orders, "by_sku", None)
        if finder is None:
            return ()
        found: Sequence[OrderEntry] = finder(code)
        return found

    def _verify(self, sku: str, *, code: str, via: str = "", manual: bool = False) -> ScanOutcome:
        s = self.session
        if s is None:  # only reachable through confirm_manual/link_alias
            return self._emit(self._outcome(Kind.NO_ORDER, "Scan an order first.", code=code))
        line = s.lines[sku]
        try:
            result = s.verify(sku, manual=manual)
        except WorkflowError as err:
            return self._refuse(
                Kind.NOT_ALLOWED,
                f"“{code}” not counted: {err.user_message}",
                code=code,
                sku=sku,
            )
        if result is Verify.OVER_SCAN:
            return self._refuse(
                Kind.OVER_SCAN,
                f"Too many: {sku} — {line.name} is already complete "
                f"({line.done} of {line.expected}). Put this one back.",
                code=code,
                sku=sku,
            )
        how = "confirmed without barcode" if manual else (f"via {via}" if via else "")
        base = f"{sku} — {line.name}: {line.done} of {line.expected}"
        if how:
            base += f" ({how})"
        if result is Verify.COMPLETE:
            outcome = self._record(
                self._outcome(
                    Kind.COMPLETE,
                    f"{base}. All {s.expected} items verified.",
                    code=code,
                    sku=sku,
                    next_action="Packing…" if self._auto_index() > 0 else None,
                ),
                changed=True,
                result="manual" if manual else "ok",
            )
            self._event("verified")
            if self._auto_index() > 0:
                self._start(self._advance(self.settings.auto_until))
            return outcome
        return self._record(
            self._outcome(Kind.MANUAL if manual else Kind.OK, base + ".", code=code, sku=sku),
            changed=True,
        )

    def _auto_index(self) -> int:
        return _step_index(self.settings.auto_until)

    # -------------------------------------------------------------- orders
    def open_order(self, shop_id: str, order_id: int) -> ScanOutcome:
        """Open an order picked in the list (same rules as scanning it)."""
        entry = self._orders.get((shop_id, order_id))
        if entry is None:
            return self._emit(
                self._outcome(Kind.UNKNOWN, f"Order {order_id} is not in the open orders list.")
            )
        if self.busy:
            return self._emit(self._outcome(Kind.BUSY, "Wait until the current order is done."))
        return self._order_scan(entry, None, str(entry.order.order_number))

    def _order_scan(self, entry: OrderEntry, ref: RefKind | None, code: str) -> ScanOutcome:
        s = self.session
        if s is not None and (s.shop_id, s.order_id) == (entry.shop_id, entry.order.order_id):
            return self._same_order_scan(code, label=ref in (RefKind.TRACKING, RefKind.PACKAGE))
        if s is not None:
            if s.state is State.LABELLED and self.settings.confirm_label_scan:
                return self._refuse(
                    Kind.LABEL_MISMATCH,
                    f"Wrong label: “{code}” belongs to order {entry.order.order_number}, "
                    f"not to order {s.order_number}.",
                    code=code,
                )
            if s.state is State.READY_TO_SHIP or (s.state is State.ORDER_OPEN and not s.history):
                # nothing is lost by leaving: close quietly and open the new one
                self._close_session(Event.CLOSE if s.state is State.READY_TO_SHIP else Event.CANCEL)
            else:
                return self._refuse(
                    Kind.NOT_ALLOWED,
                    f"Order {s.order_number} is still open ({s.verified} of {s.expected} "
                    f"verified, {s.state.value.replace('_', ' ')}). Finish it or scan CANCEL "
                    f"before opening order {entry.order.order_number}.",
                    code=code,
                )
        try:
            session = PackSession.open(
                shop_id=entry.shop_id,
                order_number=entry.order.order_number,
                items=entry.items,
                packer=self.packer,
            )
        except WorkflowError as err:
            return self._record(
                self._outcome(Kind.NOTHING_TO_PACK, err.user_message, code=code), changed=False
            )
        if ref in (RefKind.TRACKING, RefKind.PACKAGE):
            session.label_confirmed = True  # opened by scanning the parcel's own label
        self.session = session
        self._last_error = ""
        self._rebuild_keys()
        self._event("open", f"via {ref.value if ref else 'list'} {code}")
        self._remember(session)
        what = ", ".join(f"{ln.expected}× {ln.sku}" for ln in session.lines.values())
        note = ""
        if session.already_ready:
            note = " It is already ready to ship at Lazada."
        elif session.already_packed:
            note = f" Already packed at Lazada ({', '.join(session.package_ids)})."
        return self._record(
            self._outcome(
                Kind.ORDER_OPENED,
                f"Order {session.order_number} ({entry.shop_id}): {what}.{note}",
                code=code,
            ),
            changed=True,
        )

    def _same_order_scan(self, code: str, *, label: bool) -> ScanOutcome:
        s = self.session
        assert s is not None
        if label and s.state is State.LABELLED and not s.label_confirmed:
            s.label_confirmed = True
            outcome = self._record(
                self._outcome(
                    Kind.LABEL_CONFIRMED,
                    f"Label {code} belongs to order {s.order_number}.",
                    code=code,
                ),
                changed=True,
            )
            self._event("label_confirmed", code)
            if self._auto_index() >= _step_index("rts") and not self.busy:
                self._start(self._advance("rts"))
            return outcome
        return self._record(
            self._outcome(Kind.DUPLICATE, f"Order {s.order_number} is already open.", code=code),
            changed=False,
        )

    def _rebuild_keys(self) -> None:
        s = self.session
        if s is None:
            self._keys = None
            return
        if s.shop_id not in self._aliases:
            self._aliases[s.shop_id] = dict(self._journal.aliases(s.shop_id))
        pairs = [(line.sku, line.shop_sku) for line in s.lines.values()]
        self._keys = ItemKeys.from_pairs(pairs, self._aliases[s.shop_id])

    def _close_session(self, event: Event) -> None:
        s = self.session
        if s is None:
            return
        s.fire(event)
        self._event("cancel" if event is Event.CANCEL else "close", f"at {s.verified}/{s.expected}")
        self.session = None
        self._keys = None
        self._last_error = ""
        self._save()

    # -------------------------------------------------------------- packer actions
    def _command(self, cmd: CommandScan, code: str) -> ScanOutcome:
        c = cmd.command
        if c is Command.PACKER:
            return self.login(cmd.arg, code=code)
        if c is Command.LOGOUT:
            return self.login("", code=code)
        if self.busy:
            return self._record(
                self._outcome(Kind.BUSY, "Wait: the current step is still running.", code=code),
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

    def login(self, name: str, *, code: str = "") -> ScanOutcome:
        self.packer = name.strip()
        if self.session is not None:
            self.session.packer = self.packer
        self._event("packer", self.packer or "(logged out)")
        text = f"Packer: {self.packer}." if self.packer else "Packer logged out."
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
            return self._not_allowed("No order is open.", code)
        if sku is None:
            missing = s.missing()
            if len(missing) != 1:
                return self._not_allowed(
                    f"{len(missing)} different items are missing: choose the one to confirm "
                    "on screen.",
                    code,
                )
            sku = missing[0].sku
        if sku not in s.lines:
            return self._not_allowed(f"{sku} is not in order {s.order_number}.", code)
        return self._verify(sku, code=code or f"manual:{sku}", manual=True)

    def link_alias(self, barcode: str, sku: str) -> ScanOutcome:
        """Remember ``barcode`` as ``sku`` for this shop, and count it as that item."""
        s = self.session
        code = normalize(barcode)
        if s is None:
            return self._not_allowed("Open the order first, then link the barcode.", code)
        if not code or key(code).startswith(COMMAND_PREFIX):
            return self._not_allowed(f"“{code}” cannot be linked to an item.", code)
        if sku not in s.lines:
            return self._not_allowed(f"{sku} is not in order {s.order_number}.", code)
        existing = self._keys.lookup(key(code)) if self._keys else ()
        if existing:
            return self._not_allowed(f"“{code}” already means {existing[0][0]}.", code)
        self._journal.link_alias(shop_id=s.shop_id, barcode=code, sku=sku, packer=self.packer)
        self._aliases.setdefault(s.shop_id, {})[code] = sku
        self._rebuild_keys()
        self._emit(self._outcome(Kind.ALIAS_LINKED, f"“{code}” is now {sku}.", code=code, sku=sku))
        return self._verify(sku, code=code, via="alias")

    def undo(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None:
            return self._not_allowed("No order is open.", code)
        try:
            sku, manual = s.undo()
        except WorkflowError as err:
            return self._not_allowed(err.user_message, code)
        line = s.lines[sku]
        how = "manual confirmation" if manual else "scan"
        self._last_error = ""
        return self._record(
            self._outcome(
                Kind.UNDONE,
                f"Took back one {sku} ({how}): {line.done} of {line.expected}.",
                code=code,
                sku=sku,
            ),
            changed=True,
        )

    def cancel(self, *, code: str = "") -> ScanOutcome:
        """Abandon the order before packing, or leave it once Lazada has it packed."""
        s = self.session
        if s is None:
            return self._not_allowed("No order is open.", code)
        if self.busy:
            return self._record(
                self._outcome(Kind.BUSY, "Wait: the current step is still running.", code=code),
                changed=False,
            )
        number, state = s.order_number, s.state
        if s.can(Event.CANCEL):
            self._close_session(Event.CANCEL)
            return self._refuse(
                Kind.CANCELLED,
                f"Order {number} cancelled at the station; nothing was sent to Lazada.",
                code=code,
            )
        pkgs = ", ".join(s.package_ids)
        self._close_session(Event.CLOSE)
        where = "ready to ship" if state is State.READY_TO_SHIP else f"packed ({pkgs})"
        return self._refuse(
            Kind.CLOSED, f"Order {number} closed; it stays {where} at Lazada.", code=code
        )

    def done(self, *, code: str = "") -> ScanOutcome:
        """Finish the order: run the remaining steps up to ready to ship, or close it."""
        s = self.session
        if s is None:
            return self._not_allowed("No order is open.", code)
        if s.state is State.READY_TO_SHIP:
            return self.cancel(code=code)
        if s.state in _VERIFYING:
            return self._not_allowed(
                f"{s.expected - s.verified} item(s) still missing. Scan them, confirm them "
                "manually, or scan PARTIAL to pack only the verified ones.",
                code,
            )
        if s.state is State.LABELLED and self.settings.confirm_label_scan and not s.label_confirmed:
            return self._not_allowed("Scan the label on the parcel first.", code)
        return self._start_with(self._advance("rts"), "Working…", code)

    def pack_verified_only(self, *, code: str = "") -> ScanOutcome:
        """Pack just the verified units on purpose; the rest of the order stays pending."""
        s = self.session
        if s is None:
            return self._not_allowed("No order is open.", code)
        if s.state is State.VERIFIED:
            return self.done(code=code)
        if s.state is not State.VERIFYING or s.verified == 0:
            return self._not_allowed(
                "Verify at least one item before packing part of an order.", code
            )
        until = STEPS[max(self._auto_index(), _step_index("pack"))]
        return self._start_with(
            self._advance(until, partial=True),
            f"Packing {s.verified} of {s.expected} items; the rest stays pending.",
            code,
        )

    def reprint(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or s.state not in (State.PACKED, State.LABELLED, State.READY_TO_SHIP):
            return self._not_allowed("There is no packed order with a label to print.", code)
        if s.is_dbs:
            return self._not_allowed("Delivered-by-seller orders have no AWB label.", code)
        return self._start_with(self._label(s, reprint=True), "Printing the label again…", code)

    def repack(self, *, code: str = "") -> ScanOutcome:
        s = self.session
        if s is None or not s.can(Event.REPACK):
            return self._not_allowed(
                "Only a packed order that is not ready to ship can be repacked.", code
            )
        return self._start_with(self._repack(s), "Recreating the package…", code)

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
                self._fail(WorkflowError(f"Internal error: {type(err).__name__}: {err}"))
            finally:
                self._goal = None
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

    # -------------------------------------------------------------- API steps
    async def _advance(self, until: str, *, partial: bool = False) -> None:
        s = self.session
        if s is None:
            return
        stop = _step_index(until)
        self._goal = _GOALS[stop]
        await self._reconcile_open(s)
        if s.state is State.VERIFIED or (partial and s.state is State.VERIFYING):
            if stop < _step_index("pack"):
                return
            await self._pack(s, partial=partial and s.state is State.VERIFYING)
        if s.state is State.PACKED and not s.is_dbs:
            if stop < _step_index("label"):
                return
            await self._label(s)
        if s.state in (State.PACKED, State.LABELLED):
            if stop < _step_index("rts"):
                return
            if self.settings.confirm_label_scan and not s.label_confirmed and not s.is_dbs:
                self._goal = None
                self._emit(
                    self._outcome(Kind.COMMAND, "Label printed. Scan it on the parcel to confirm.")
                )
                return
            await self._rts(s)

    async def _reconcile_open(self, s: PackSession) -> None:
        """Settle earlier writes of this order whose answer never came, before sending."""
        mine = [
            i.intent_id
            for i in self._journal.open_intents()
            if i.shop_id == s.shop_id and s.order_id in i.order_ids
        ]
        if not mine:
            return
        for r in await self._reconciler.reconcile(mine):
            self._owe_partial(r)
            self._apply_reconciled(s, r.intent.action, r.next_step, r.message, r.items)

    def _owe_partial(self, r: ReconcileResult) -> None:
        """A Pack that reconciles as applied to only some of its items was partly refused:
        its packages are undone before the order is packed again (one parcel per order)."""
        if (
            r.intent.action == "pack"
            and r.applied
            and r.next_step is NextStep.RESEND
            and len(r.intent.order_ids) == 1
            and r.package_ids
        ):
            self._owed_undo[(r.intent.shop_id, r.intent.order_ids[0])] = tuple(r.package_ids)

    def _apply_reconciled(
        self,
        s: PackSession,
        action: str,
        step: NextStep,
        message: str,
        items: Mapping[int, Sequence[OrderItem]],
    ) -> None:
        s.update_from_items(items.get(s.order_id, ()))
        self._event("reconciled", f"{action}: {message}")
        if step is NextStep.RETRY_LATER:
            raise OutcomeUnknownError(
                f"Lazada may or may not have applied the last {action} of order "
                f"{s.order_number} and cannot be checked right now ({message}).",
                hint="Nothing is sent until it can be checked; scan DONE to check again.",
            )
        if step is not NextStep.DONE:
            return
        if action == "pack" and s.state in (State.VERIFIED, State.VERIFYING):
            s.fire(Event.PACK if s.state is State.VERIFIED else Event.PACK_PARTIAL)
        elif action == "rts" and s.state in (State.PACKED, State.LABELLED):
            s.fire(Event.RTS)
        elif action == "repack" and s.can(Event.REPACK):
            s.fire(Event.REPACK)
        self._save()

    async def _pack(self, s: PackSession, *, partial: bool) -> None:
        lz = self._lazada(s.shop_id)
        fresh = await lz.get_order_items(s.order_id)
        s.update_from_items(fresh)
        undone = await self._settle_undo(s.shop_id, lz, s.order_id, fresh)
        if undone is None:
            raise WorkflowError(
                f"Part of order {s.order_number} is still packed from the refused attempt "
                f"({', '.join(self._owed_undo.get((s.shop_id, s.order_id), ()))}); it is "
                "undone before the rest is packed, so the order ships in one parcel.",
                hint="Scan DONE to try again.",
            )
        if undone:
            fresh = await lz.get_order_items(s.order_id)
            s.update_from_items(fresh)
            s.package_ids = [p for p in s.package_ids if p not in undone]
            s.tracking_codes.clear()
        wanted = s.verified_item_ids() if partial else s.all_item_ids()
        plan = plan_pack(fresh, {s.order_id: wanted})
        if plan.skipped:
            raise WorkflowError(
                f"Order {s.order_number} changed at Lazada: " + " ".join(plan.messages),
                hint="Take canceled items out of the parcel and scan CANCEL, "
                "or pack the rest with PARTIAL after undoing them.",
            )
        if plan.nothing_to_send:
            label_first = self.settings.flow == "label_first" and s.package_ids
            if label_first and s.state is State.VERIFIED:
                s.fire(Event.ADOPT_PACKAGE)
            else:
                s.fire(Event.PACK if s.state is State.VERIFIED else Event.PACK_PARTIAL)
            s.partial = partial
            self._save()
            msg = " ".join(plan.messages) or f"Order {s.order_number} is already packed."
            kind = Kind.LABELLED if s.state is State.LABELLED else Kind.PACKED
            self._emit(self._outcome(kind, msg))
            return
        to_pack = list(plan.to_pack[s.order_id])
        decision = await self._provider(s.shop_id, lz, {s.order_id: to_pack})
        intent = self._journal.begin(
            action="pack",
            shop_id=s.shop_id,
            order_ids=[s.order_id],
            item_ids=to_pack,
            packer=self.packer,
            detail="partial" if partial else "",
        )
        t0 = self._clock.monotonic()
        try:
            res = await lz.pack(
                {s.order_id: to_pack},
                shipping_allocate_type=decision.allocate_type,
                shipment_provider_code=decision.provider_code,
            )
        except OutcomeUnknownError as err:
            self._journal.finish(intent, outcome="unknown", detail=str(err))
            await self._reconcile_open(s)
            if s.state is not State.PACKED:
                # a lost answer can hide refused rows: what Lazada did pack is undone (or
                # owed) so the retry packs the whole order into one parcel
                sent = set(to_pack)
                partly = list(
                    dict.fromkeys(
                        i.package_id
                        for i in await lz.get_order_items(s.order_id)
                        if i.order_item_id in sent and i.package_id and i.status == "packed"
                    )
                )
                note = ""
                if partly and await self._undo_packages(s.shop_id, lz, s.order_id, partly):
                    s.package_ids = [p for p in s.package_ids if p not in partly]
                    s.tracking_codes.clear()
                    note = " The part Lazada packed was undone so the order ships in one parcel."
                elif partly:
                    note = f" Part of it is packed in {', '.join(partly)}; that is undone first."
                raise WorkflowError(
                    f"Lazada did not pack all of order {s.order_number} (its answer was lost "
                    f"and the order is still to pack).{note}",
                    hint="Scan DONE to try again.",
                ) from err
            self._emit(self._outcome(Kind.PACKED, self._packed_text(s)))
            return
        except KnownError as err:
            self._journal.finish(intent, outcome="failed", detail=str(err))
            raise
        self._take_rows(s, res)
        pkgs = tuple(dict.fromkeys(r.package_id for r in res.succeeded if r.package_id))
        duration_ms = (self._clock.monotonic() - t0) * 1000
        if not res.all_ok:
            note = ""
            unpacked = True
            if pkgs:
                unpacked = await self._undo_packages(s.shop_id, lz, s.order_id, list(pkgs))
                if unpacked:
                    s.update_from_items(await lz.get_order_items(s.order_id))
                    s.package_ids = [p for p in s.package_ids if p not in pkgs]
                    s.tracking_codes.clear()
                    note = " The packed part was undone so the order ships in one parcel."
                else:
                    note = f" Part of it is packed in {', '.join(pkgs)}."
            self._finish_partial(intent, res, pkgs, undone=unpacked, duration_ms=duration_ms)
            raise WorkflowError(
                f"Lazada did not pack order {s.order_number}: {_rows_text(res)}.{note}",
                hint="Scan DONE to try again." if any(r.retry for r in res.failed) else None,
            )
        self._journal.finish(
            intent,
            outcome=res.outcome,
            request_ids=res.request_ids,
            package_ids=pkgs,
            detail=_rows_text(res),
            duration_ms=duration_ms,
        )
        s.fire(Event.PACK if s.state is State.VERIFIED else Event.PACK_PARTIAL)
        s.partial = partial
        self._remember(s)
        self._save()
        self._emit(self._outcome(Kind.PACKED, self._packed_text(s)))

    def _remember(self, s: PackSession) -> None:
        """Make the order findable in History by its number, SKUs, packages and tracking."""
        self._journal.remember_order(
            shop_id=s.shop_id,
            order_id=s.order_id,
            order_number=s.order_number,
            package_ids=s.package_ids,
            tracking_numbers=s.tracking_codes,
            skus=list(s.lines),
        )

    @staticmethod
    def _packed_text(s: PackSession) -> str:
        where = ", ".join(s.package_ids)
        rest = ""
        if s.partial:
            rest = f" {s.expected - s.verified} item(s) stay pending."
        return f"Order {s.order_number} packed ({where}).{rest}"

    @staticmethod
    def _take_rows(s: PackSession, res: BatchResult) -> None:
        for r in res.succeeded:
            if isinstance(r.key, int) and r.key in s.statuses:
                s.statuses[r.key] = "packed"
            if r.package_id and r.package_id not in s.package_ids:
                s.package_ids.append(r.package_id)
            if r.tracking_number and r.tracking_number not in s.tracking_codes:
                s.tracking_codes.append(r.tracking_number)

    async def _provider(
        self, shop_id: str, lz: LazadaPort, orders: Mapping[int, Sequence[int]]
    ) -> ProviderDecision:
        offered = await lz.get_shipment_providers(orders)
        decision = decide_provider(
            offered,
            self._saved_providers.get(shop_id, {}),
            mode=self.settings.provider_choice,
        )
        if not decision.needs_choice:
            return decision
        picked: str | None = None
        if self._pick_provider is not None:
            picked = await self._pick_provider(shop_id, decision)
        elif decision.preselected:
            picked = decision.preselected
        if not picked:
            raise WorkflowError(
                "A shipment provider must be chosen for this order.",
                hint="Pick one in the provider dialog, or save one for the shop in Settings.",
            )
        return decision.chosen(picked)

    async def _label(self, s: PackSession, *, reprint: bool = False) -> None:
        if not s.package_ids:
            raise WorkflowError(f"Order {s.order_number} has no package to print a label for.")
        pdf = await self._labels.fetch_label(s.shop_id, list(s.package_ids))
        await self._labels.print_label(pdf, job_name=f"AWB {s.order_number}")
        if s.state is State.PACKED or s.can(Event.LABEL):
            s.fire(Event.LABEL)
        self._event("label_reprinted" if reprint else "label_printed", ", ".join(s.package_ids))
        self._save()
        text = "printed again" if reprint else "printed"
        self._emit(self._outcome(Kind.LABELLED, f"Label for order {s.order_number} {text}."))

    async def _rts(self, s: PackSession) -> None:
        lz = self._lazada(s.shop_id)
        fresh = await lz.get_order_items(s.order_id)
        s.update_from_items(fresh)
        plan = plan_rts(fresh, s.package_ids)
        if plan.not_ready:
            raise WorkflowError(
                f"Order {s.order_number} cannot be set ready to ship: " + " ".join(plan.messages)
            )
        if plan.nothing_to_send:
            s.fire(Event.RTS)
            self._save()
            self._emit(self._outcome(Kind.READY, " ".join(plan.messages)))
            return
        pkgs = list(plan.to_send)
        intent = self._journal.begin(
            action="rts",
            shop_id=s.shop_id,
            order_ids=[s.order_id],
            package_ids=pkgs,
            packer=self.packer,
        )
        t0 = self._clock.monotonic()
        try:
            res = await lz.ready_to_ship(pkgs)
        except OutcomeUnknownError as err:
            self._journal.finish(intent, outcome="unknown", detail=str(err))
            await self._reconcile_open(s)
            if s.state is not State.READY_TO_SHIP:
                raise WorkflowError(
                    f"Lazada did not set order {s.order_number} ready to ship (its answer was "
                    "lost and the package is still packed).",
                    hint="Scan DONE to try again.",
                ) from err
            self._emit(self._outcome(Kind.READY, f"Order {s.order_number} is ready to ship."))
            return
        except KnownError as err:
            self._journal.finish(intent, outcome="failed", detail=str(err))
            raise
        self._journal.finish(
            intent,
            outcome=res.outcome,
            request_ids=res.request_ids,
            detail=_rows_text(res),
            duration_ms=(self._clock.monotonic() - t0) * 1000,
        )
        if not res.all_ok:
            raise WorkflowError(
                f"Lazada did not set order {s.order_number} ready to ship: {_rows_text(res)}",
                hint="Scan DONE to try again." if any(r.retry for r in res.failed) else None,
            )
        s.fire(Event.RTS)
        self._save()
        self._emit(
            self._outcome(
                Kind.READY, f"Order {s.order_number} is ready to ship ({', '.join(pkgs)})."
            )
        )

    async def _repack(self, s: PackSession) -> None:
        lz = self._lazada(s.shop_id)
        old = list(s.package_ids)
        intent = self._journal.begin(
            action="repack",
            shop_id=s.shop_id,
            order_ids=[s.order_id],
            package_ids=old,
            packer=self.packer,
        )
        try:
            res = await lz.recreate_package(old)
        except OutcomeUnknownError as err:
            self._journal.finish(intent, outcome="unknown", detail=str(err))
            await self._reconcile_open(s)
            if s.state is not State.VERIFIED:
                raise WorkflowError(
                    f"Lazada did not recreate the package of order {s.order_number}.",
                    hint="Scan REPACK to try again.",
                ) from err
        except KnownError as err:
            self._journal.finish(intent, outcome="failed", detail=str(err))
            raise
        else:
            self._journal.finish(
                intent, outcome=res.outcome, request_ids=res.request_ids, detail=_rows_text(res)
            )
            if not res.all_ok:
                raise WorkflowError(
                    f"Lazada did not recreate the package of order {s.order_number}: "
                    f"{_rows_text(res)}"
                )
            s.fire(Event.REPACK)
        fresh = await lz.get_order_items(s.order_id)
        s.package_ids.clear()
        s.tracking_codes.clear()
        s.label_confirmed = False
        s.update_from_items([i for i in fresh if i.package_id not in old])
        self._event("repacked", f"voided {', '.join(old)}")
        self._save()
        self._emit(
            self._outcome(
                Kind.COMMAND,
                f"Package {', '.join(old)} recreated: its label is void. Scan DONE to pack again.",
            )
        )

    # -------------------------------------------------------------- resume
    async def resume(self) -> ScanOutcome | None:
        """Start-up recovery: settle every unanswered write of this station with Lazada's
        truth (GetOrderItems) before anything is sent, then reopen the session a crash
        interrupted. Call it once at start, before the first scan or batch."""
        results = await self._reconciler.reconcile()
        for r in results:
            self._owe_partial(r)
        data = self._journal.load_session()
        if data is None:
            return None
        try:
            s = PackSession.from_dict(data)
        except WorkflowError as err:
            self._journal.save_session(None)
            return self._emit(self._outcome(Kind.STEP_FAILED, err.user_message))
        self.session = s
        self.packer = self.packer or s.packer
        self._rebuild_keys()
        try:
            for r in results:
                if r.intent.shop_id == s.shop_id and s.order_id in r.intent.order_ids:
                    self._apply_reconciled(s, r.intent.action, r.next_step, r.message, r.items)
            await self._reconcile_open(s)
        except KnownError as err:
            self._fail(err)
            return self._outcome(Kind.STEP_FAILED, self._last_error)
        self._event("resumed", s.state.value)
        return self._emit(
            self._outcome(
                Kind.ORDER_OPENED,
                f"Resumed order {s.order_number} where it stopped: "
                f"{s.verified} of {s.expected} verified, {s.state.value.replace('_', ' ')}.",
            )
        )

    # -------------------------------------------------------------- batch
    async def batch(
        self, keys: Sequence[tuple[str, int]], *, until: str | None = None
    ) -> BatchReport:
        """Pack, print (one job per shop) and set ready to ship the selected orders.

        Orders are not scanned: selecting them is the packer's explicit decision. Each
        write is re-planned from fresh item statuses, so a retry with
        ``report.retry_keys`` only does what is still missing.
        """
        stop = _step_index(until or ("label" if self.settings.flow == "label_first" else "rts"))
        orders: list[_BatchOrder] = []
        messages: list[str] = []
        for shop_id, order_id in dict.fromkeys(keys):
            entry = self._orders.get((shop_id, order_id))
            number = entry.order.order_number if entry else order_id
            orders.append(_BatchOrder(shop_id, order_id, number))
            if entry is None:
                orders[-1].fail("not in the open orders list", retryable=False)
            elif self.session is not None and (self.session.shop_id, self.session.order_id) == (
                shop_id,
                order_id,
            ):
                orders[-1].fail("open at the scan station; finish or cancel it there first")
        by_shop: dict[str, list[_BatchOrder]] = {}
        for o in orders:
            if not o.error:
                by_shop.setdefault(o.shop_id, []).append(o)
        for shop_id, group in by_shop.items():
            await self._batch_shop(shop_id, group, stop, messages)
        report = BatchReport(
            tuple(
                OrderOutcome(
                    o.shop_id,
                    o.order_id,
                    o.order_number,
                    o.step,
                    not o.error,
                    o.error or " ".join(o.notes) or "done",
                    tuple(o.package_ids),
                    o.retryable,
                )
                for o in orders
            ),
            tuple(messages),
        )
        self._journal.record_event(
            shop_id="", order_id=None, event="batch", packer=self.packer, detail=report.summary()
        )
        return report

    async def _batch_shop(
        self, shop_id: str, group: list[_BatchOrder], stop: int, messages: list[str]
    ) -> None:
        lz = self._lazada(shop_id)
        by_id = {o.order_id: o for o in group}
        # settle earlier unanswered writes of these orders before planning anything
        open_ids = [
            i.intent_id
            for i in self._journal.open_intents()
            if i.shop_id == shop_id and by_id.keys() & set(i.order_ids)
        ]
        if open_ids:
            for r in await self._reconciler.reconcile(open_ids):
                self._owe_partial(r)
                if r.next_step is NextStep.RETRY_LATER:
                    for oid in r.intent.order_ids:
                        if oid in by_id:
                            by_id[oid].fail(r.message)
        live = [o for o in group if not o.error]
        try:
            fresh = await self._read_many(lz, [o.order_id for o in live])
        except KnownError as err:
            for o in live:
                o.fail(f"could not read the order: {err.user_message}")
            return
        redo: list[int] = []
        for o in live:
            undone = await self._settle_undo(shop_id, lz, o.order_id, fresh.get(o.order_id, ()))
            if undone is None:
                o.fail("part of it is still packed from a refused attempt and could not be undone")
            elif undone:
                redo.append(o.order_id)
        if redo:
            try:
                fresh.update(await self._read_many(lz, redo))
            except KnownError as err:
                for o in live:
                    if o.order_id in redo:
                        o.fail(f"could not read the order: {err.user_message}")
        live = [o for o in live if not o.error]
        for o in live:
            o.is_dbs = any(i.is_dbs for i in fresh.get(o.order_id, ()))
        if stop >= _step_index("pack"):
            await self._batch_pack(shop_id, lz, live, fresh, messages)
        printable = [o for o in live if not o.error and o.package_ids and not o.is_dbs]
        if stop >= _step_index("label") and printable:
            await self._batch_label(shop_id, printable)
        if stop >= _step_index("rts"):
            ready = [o for o in live if not o.error and o.package_ids]
            if ready:
                await self._batch_rts(shop_id, lz, ready)

    @staticmethod
    async def _read_many(lz: LazadaPort, order_ids: Sequence[int]) -> dict[int, list[OrderItem]]:
        fresh: dict[int, list[OrderItem]] = {}
        for chunk in _chunks(list(order_ids)):
            fresh.update(await lz.get_multiple_order_items(chunk))
        return fresh

    async def _batch_pack(
        self,
        shop_id: str,
        lz: LazadaPort,
        live: list[_BatchOrder],
        fresh: Mapping[int, Sequence[OrderItem]],
        messages: list[str],
    ) -> None:
        by_id = {o.order_id: o for o in live}
        items = [i for o in live for i in fresh.get(o.order_id, ()) if not i.is_digital]
        plan = plan_pack(items)
        for oid, pkgs in plan.already_packed.items():
            o = by_id[oid]
            o.package_ids.extend(p for p in pkgs if p not in o.package_ids)
            o.step = "pack"
            if oid not in plan.to_pack:
                o.notes.append("already packed; not packed again.")
        for o in live:
            if o.order_id not in plan.to_pack and o.order_id not in plan.already_packed:
                o.fail("nothing to pack (items canceled, shipped or not paid)", retryable=False)
        todo = [(oid, ids) for oid, ids in plan.to_pack.items()]
        for chunk in _chunks(todo):
            orders = dict(chunk)
            try:
                decision = await self._provider(shop_id, lz, orders)
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
                oid: self._journal.begin(
                    action="pack",
                    shop_id=shop_id,
                    order_ids=[oid],
                    item_ids=list(ids),
                    packer=self.packer,
                    detail="batch",
                )
                for oid, ids in orders.items()
            }
            try:
                res = await lz.pack(
                    orders,
                    shipping_allocate_type=decision.allocate_type,
                    shipment_provider_code=decision.provider_code,
                )
            except OutcomeUnknownError as err:
                for intent in intents.values():
                    self._journal.finish(intent, outcome="unknown", detail=str(err))
                results = await self._reconciler.reconcile(intents.values())
                judged = {r.intent.order_ids[0]: r for r in results if r.intent.order_ids}
                for oid in orders:
                    o = by_id[oid]
                    r = judged.get(oid)
                    if r is None:
                        o.fail("the pack answer was lost and the order could not be checked")
                        continue
                    o.package_ids.extend(p for p in r.package_ids if p not in o.package_ids)
                    if r.next_step is NextStep.DONE:
                        o.step = "pack"
                    else:
                        o.fail(f"the pack answer was lost; {r.message}")
            except KnownError as err:
                for intent in intents.values():
                    self._journal.finish(intent, outcome="failed", detail=str(err))
                for oid in orders:
                    by_id[oid].fail(err.user_message)
                continue
            else:
                item_order = {i: oid for oid, ids in orders.items() for i in ids}
                rows_of: dict[int, list[RowResult]] = {}
                for row in res.rows:
                    row_oid = row.order_id or item_order.get(
                        row.key if isinstance(row.key, int) else -1
                    )
                    if row_oid is None or row_oid not in by_id:
                        continue
                    rows_of.setdefault(row_oid, []).append(row)
                    o = by_id[row_oid]
                    if row.ok:
                        if row.package_id and row.package_id not in o.package_ids:
                            o.package_ids.append(row.package_id)
                        o.step = "pack"
                    else:
                        o.fail(
                            f"pack refused: {row.msg} ({row.err_code})",
                            retryable=row.retry or True,
                        )
                for oid, intent in intents.items():
                    rows = rows_of.get(oid, [])
                    if any(r.ok for r in rows) and not all(r.ok for r in rows):
                        partly[oid] = (intent, rows)  # finished once its undo was tried
                        continue
                    self._finish_rows(intent, res, rows)
                    if oid not in rows_of:
                        by_id[oid].fail("Lazada's answer did not mention this order")
            for oid in orders:
                o = by_id[oid]
                if not o.error:
                    self._event("packed", ", ".join(o.package_ids), order_id=oid)
                elif o.package_ids:
                    await self._unpack_partial(shop_id, lz, o)
                if oid in partly:
                    intent, rows = partly[oid]
                    self._finish_rows(intent, res, rows, undone=not o.package_ids)
        messages.extend(m for m in plan.messages if "already packed" not in m)

    async def _unpack_partial(self, shop_id: str, lz: LazadaPort, o: _BatchOrder) -> None:
        if await self._undo_packages(shop_id, lz, o.order_id, list(o.package_ids)):
            o.package_ids.clear()
            o.step = "verify"
            o.error += " — the order was left unpacked so it ships in one parcel."
        else:
            o.error += f" — the other items may stay packed in {', '.join(o.package_ids)}."

    async def _undo_packages(
        self, shop_id: str, lz: LazadaPort, order_id: int, pkgs: list[str]
    ) -> bool:
        """Undo the packed part of an order whose other rows failed; True when undone.

        A station never packs part of an order by accident: left alone, the retry would
        put the rest in a second parcel with a second label. RecreatePackage sends the
        packed items back to ``repacked`` so the retry packs them all into one package.
        """
        intent = self._journal.begin(
            action="repack",
            shop_id=shop_id,
            order_ids=[order_id],
            package_ids=pkgs,
            packer=self.packer,
            detail="undo a partly failed pack",
        )
        # owed until it succeeds: a transient failure here must not let the retry pack the
        # rest of the order into a second parcel
        self._owed_undo[(shop_id, order_id)] = tuple(pkgs)
        try:
            res = await lz.recreate_package(pkgs)
        except OutcomeUnknownError as err:
            self._journal.finish(intent, outcome="unknown", detail=str(err))
            results = await self._reconciler.reconcile([intent])
            undone = bool(results) and results[0].next_step is NextStep.DONE
        except KnownError as err:
            self._journal.finish(intent, outcome="failed", detail=str(err))
            log.warning("undoing the partial pack of order %d failed: %s", order_id, err)
            undone = False
        else:
            self._journal.finish(
                intent, outcome=res.outcome, request_ids=res.request_ids, detail=_rows_text(res)
            )
            undone = res.all_ok
        if undone:
            self._owed_undo.pop((shop_id, order_id), None)
        return undone

    async def _settle_undo(
        self, shop_id: str, lz: LazadaPort, order_id: int, items: Sequence[OrderItem]
    ) -> tuple[str, ...] | None:
        """Retry the undo an earlier partly refused Pack still owes this order.

        Returns the packages undone now, ``()`` when nothing was owed, or None when the
        undo failed again (the order must not be packed until it succeeds).
        """
        key = (shop_id, order_id)
        owed = self._owed_undo.get(key, ())
        # only packages still holding packed items of the order can (and need to) be undone
        still = [p for p in owed if any(i.package_id == p and i.status == "packed" for i in items)]
        if not still:
            self._owed_undo.pop(key, None)
            return ()
        if await self._undo_packages(shop_id, lz, order_id, still):
            return tuple(still)
        return None

    async def _batch_label(self, shop_id: str, printable: list[_BatchOrder]) -> None:
        """Print the whole batch as ONE job, labels in the selection's order.

        PrintAWB merges at most 20 packages per document, so the labels are fetched in
        documents of ≤20 packages (each order's packages in one document) and the
        documents go to the printer together: one dialog, one job, whatever the size.
        """
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
                    await self._labels.fetch_label(shop_id, [p for o in doc for p in o.package_ids])
                )
            except KnownError as err:
                for o in doc:
                    o.fail(f"label not fetched: {err.user_message}")
                continue
            fetched.extend(doc)
        if not pdfs:
            return
        try:
            await self._labels.print_job(pdfs, job_name=f"AWB batch {len(fetched)} orders")
        except KnownError as err:
            for o in fetched:
                o.fail(f"label not printed: {err.user_message}")
            return
        for o in fetched:
            o.step = "label"
            self._event("label_printed", ", ".join(o.package_ids), order_id=o.order_id)

    async def _batch_rts(self, shop_id: str, lz: LazadaPort, ready: list[_BatchOrder]) -> None:
        by_pkg = {p: o for o in ready for p in o.package_ids}
        try:
            fresh = await self._read_many(lz, [o.order_id for o in ready])
        except KnownError as err:
            for o in ready:
                o.fail(f"could not check before ready to ship: {err.user_message}")
            return
        plan = plan_rts([i for rows in fresh.values() for i in rows], list(by_pkg))
        for pkg in plan.already:
            by_pkg[pkg].step = "rts"
        for pkg in plan.not_ready:
            by_pkg[pkg].fail(next((m for m in plan.messages if pkg in m), "not ready"))
        # Each order's packages stay in one call (≤20 packages a call), and each order gets
        # its own intent: one ReadyToShip per order, judged per order.
        chunks: list[list[str]] = [[]]
        for o in ready:
            pkgs = [p for p in o.package_ids if p in plan.to_send]
            if not pkgs:
                continue
            if chunks[-1] and len(chunks[-1]) + len(pkgs) > BATCH_LIMIT:
                chunks.append([])
            chunks[-1].extend(pkgs)
        for chunk in (c for c in chunks if c):
            pkgs_of: dict[int, list[str]] = {}
            for p in chunk:
                pkgs_of.setdefault(by_pkg[p].order_id, []).append(p)
            intents = {
                oid: self._journal.begin(
                    action="rts",
                    shop_id=shop_id,
                    order_ids=[oid],
                    package_ids=pkgs,
                    packer=self.packer,
                    detail="batch",
                )
                for oid, pkgs in pkgs_of.items()
            }
            try:
                res = await lz.ready_to_ship(list(chunk))
            except OutcomeUnknownError as err:
                for intent in intents.values():
                    self._journal.finish(intent, outcome="unknown", detail=str(err))
                done: set[int] = set()
                for r in await self._reconciler.reconcile(intents.values()):
                    if r.next_step is NextStep.DONE:
                        done.update(r.intent.order_ids)
                for p in chunk:
                    o = by_pkg[p]
                    if o.order_id in done:
                        o.step = "rts"
                    else:
                        o.fail("the ready-to-ship answer was lost and it did not apply")
                continue
            except KnownError as err:
                for intent in intents.values():
                    self._journal.finish(intent, outcome="failed", detail=str(err))
                for p in chunk:
                    by_pkg[p].fail(err.user_message)
                continue
            rows_of: dict[int, list[RowResult]] = {}
            for row in res.rows:
                o2 = by_pkg.get(str(row.key))
                if o2 is None:
                    continue
                rows_of.setdefault(o2.order_id, []).append(row)
                if row.ok:
                    o2.step = "rts"
                    self._event("ready_to_ship", str(row.key), order_id=o2.order_id)
                else:
                    o2.fail(f"ready to ship refused: {row.msg} ({row.err_code})")
            for oid, intent in intents.items():
                self._finish_rows(intent, res, rows_of.get(oid, []))
                if oid not in rows_of:
                    for p in pkgs_of[oid]:
                        by_pkg[p].fail("Lazada's answer did not mention this package")

    def _finish_partial(
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
        self._journal.finish(
            intent,
            outcome=res.outcome if undone else "unknown",
            request_ids=res.request_ids,
            package_ids=pkgs,
            detail=_rows_text(res) + ("" if undone else "; the packed part is still to undo"),
            duration_ms=duration_ms,
        )

    def _finish_rows(
        self, intent: int, res: BatchResult, rows: Sequence[RowResult], *, undone: bool = True
    ) -> None:
        """Finish one order's intent of a batch call from that order's rows of the answer.

        No row for the order means the answer does not say what happened to it: the
        intent stays open (``unknown``) and is reconciled before the order is retried.
        A partly refused order whose packed part is not undone stays open too (see
        ``_finish_partial``).
        """
        ok = [r for r in rows if r.ok]
        bad = [r for r in rows if not r.ok]
        if not rows:
            outcome = "unknown"
            detail = "no row for this order in the answer"
        else:
            outcome = "failed" if not ok else ("partial" if bad else "ok")
            detail = "; ".join(f"{r.key}: {r.msg} ({r.err_code})" for r in bad) or "ok"
            if outcome == "partial" and not undone:
                outcome = "unknown"
                detail += "; the packed part is still to undo"
        self._journal.finish(
            intent,
            outcome=outcome,
            request_ids=res.request_ids,
            package_ids=tuple(dict.fromkeys(r.package_id for r in ok if r.package_id)),
            detail=detail,
        )


_VERIFYING = (State.ORDER_OPEN, State.VERIFYING)
_GOALS = (State.VERIFIED, State.PACKED, State.LABELLED, State.READY_TO_SHIP)


def _rows_text(res: BatchResult) -> str:
    if res.all_ok:
        return "ok"
    failed = "; ".join(f"{r.key}: {r.msg} ({r.err_code})" for r in res.failed)
    return failed or "no rows in the answer"


def order_keys(entries: Iterable[OrderEntry]) -> list[tuple[str, int]]:
    """Batch keys for the selected rows of the orders view."""
    return [(e.shop_id, e.order.order_id) for e in entries]
