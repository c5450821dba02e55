"""The scan-to-pack workflow: an explicit state machine plus the per-order verification.

idle → order open → verifying → verified → packed → labelled → ready to ship

The transition table is data (:data:`TRANSITIONS`); anything not in it raises
``IllegalTransitionError`` with the packer's words. A :class:`PackSession` is one open
order at the station; it serialises to a plain dict so the journal can persist it on
every change and a crashed station resumes exactly where it stopped.

Lazada has one item row per unit and no quantity: lines group rows by seller SKU.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lazpack.domain.models import PACKABLE, ItemStatus, OrderItem
from lazpack.errors import IllegalTransitionError, WorkflowError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate


class State(StrEnum):
    IDLE = "idle"
    ORDER_OPEN = "order_open"
    VERIFYING = "verifying"
    VERIFIED = "verified"
    PACKED = "packed"
    LABELLED = "labelled"
    READY_TO_SHIP = "ready_to_ship"


STATE_TITLES: dict[State, str] = {
    State.IDLE: QT_TRANSLATE_NOOP("Workflow", "no order open"),
    State.ORDER_OPEN: QT_TRANSLATE_NOOP("Workflow", "order open"),
    State.VERIFYING: QT_TRANSLATE_NOOP("Workflow", "verifying items"),
    State.VERIFIED: QT_TRANSLATE_NOOP("Workflow", "all items verified"),
    State.PACKED: QT_TRANSLATE_NOOP("Workflow", "packed"),
    State.LABELLED: QT_TRANSLATE_NOOP("Workflow", "label printed"),
    State.READY_TO_SHIP: QT_TRANSLATE_NOOP("Workflow", "ready to ship"),
}


class Event(StrEnum):
    OPEN = "open"
    SCAN = "scan"  # an item unit verified (scanned or confirmed manually)
    COMPLETE = "complete"  # the last missing unit was verified
    UNDO = "undo"
    RESET = "reset"  # the only verified unit was undone
    PACK = "pack"
    PACK_PARTIAL = "pack_partial"
    ADOPT_PACKAGE = "adopt_package"  # label-first: package and label exist already
    LABEL = "label"  # label printed (or reprinted)
    CONFIRM_LABEL = "confirm_label"
    RTS = "rts"
    REPACK = "repack"
    CANCEL = "cancel"  # abandon before anything was written to Lazada
    CLOSE = "close"  # leave an order that Lazada already has packed / ready


EVENT_TITLES: dict[Event, str] = {
    Event.OPEN: QT_TRANSLATE_NOOP("Workflow", "open an order"),
    Event.SCAN: QT_TRANSLATE_NOOP("Workflow", "verify an item"),
    Event.COMPLETE: QT_TRANSLATE_NOOP("Workflow", "finish verifying"),
    Event.UNDO: QT_TRANSLATE_NOOP("Workflow", "undo a scan"),
    Event.RESET: QT_TRANSLATE_NOOP("Workflow", "undo a scan"),
    Event.PACK: QT_TRANSLATE_NOOP("Workflow", "pack"),
    Event.PACK_PARTIAL: QT_TRANSLATE_NOOP("Workflow", "pack the verified items only"),
    Event.ADOPT_PACKAGE: QT_TRANSLATE_NOOP("Workflow", "use the existing label"),
    Event.LABEL: QT_TRANSLATE_NOOP("Workflow", "print the label"),
    Event.CONFIRM_LABEL: QT_TRANSLATE_NOOP("Workflow", "confirm the label"),
    Event.RTS: QT_TRANSLATE_NOOP("Workflow", "mark ready to ship"),
    Event.REPACK: QT_TRANSLATE_NOOP("Workflow", "repack"),
    Event.CANCEL: QT_TRANSLATE_NOOP("Workflow", "cancel the order"),
    Event.CLOSE: QT_TRANSLATE_NOOP("Workflow", "close the order"),
}

S, E = State, Event
#: (state, event) -> next state. Everything else is illegal.
TRANSITIONS: dict[tuple[State, Event], State] = {
    (S.IDLE, E.OPEN): S.ORDER_OPEN,
    (S.ORDER_OPEN, E.SCAN): S.VERIFYING,
    (S.ORDER_OPEN, E.COMPLETE): S.VERIFIED,
    (S.VERIFYING, E.SCAN): S.VERIFYING,
    (S.VERIFYING, E.COMPLETE): S.VERIFIED,
    (S.VERIFYING, E.UNDO): S.VERIFYING,
    (S.VERIFYING, E.RESET): S.ORDER_OPEN,
    (S.VERIFIED, E.UNDO): S.VERIFYING,
    (S.VERIFIED, E.RESET): S.ORDER_OPEN,
    (S.VERIFIED, E.PACK): S.PACKED,
    (S.VERIFYING, E.PACK_PARTIAL): S.PACKED,
    (S.VERIFIED, E.ADOPT_PACKAGE): S.LABELLED,
    (S.PACKED, E.LABEL): S.LABELLED,
    (S.LABELLED, E.LABEL): S.LABELLED,
    (S.READY_TO_SHIP, E.LABEL): S.READY_TO_SHIP,
    (S.LABELLED, E.CONFIRM_LABEL): S.LABELLED,
    (S.LABELLED, E.RTS): S.READY_TO_SHIP,
    (S.PACKED, E.RTS): S.READY_TO_SHIP,  # delivery-by-seller orders have no AWB
    (S.PACKED, E.REPACK): S.VERIFIED,
    (S.LABELLED, E.REPACK): S.VERIFIED,
    (S.ORDER_OPEN, E.CANCEL): S.IDLE,
    (S.VERIFYING, E.CANCEL): S.IDLE,
    (S.VERIFIED, E.CANCEL): S.IDLE,
    (S.PACKED, E.CLOSE): S.IDLE,
    (S.LABELLED, E.CLOSE): S.IDLE,
    (S.READY_TO_SHIP, E.CLOSE): S.IDLE,
}
del S, E


def next_state(state: State, event: Event) -> State:
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        hint = ""
        if event is Event.CANCEL and state in (State.PACKED, State.LABELLED):
            hint = translate(
                "Workflow", "Lazada already has this order packed: repack it, or close it."
            )
        raise IllegalTransitionError(
            arg(
                translate("Workflow", "Cannot %1 while the order is %2."),
                translate("Workflow", EVENT_TITLES[event]),
                state_text(state),
            ),
            hint=hint or None,
        ) from None


def state_text(state: State) -> str:
    """A packing state in the packer's words and language (``verifying items``)."""
    return translate("Workflow", STATE_TITLES[state])


def allowed_events(state: State) -> frozenset[Event]:
    return frozenset(e for (s, e) in TRANSITIONS if s is state)


# ------------------------------------------------------------------ steps
class Step(StrEnum):
    """The steps of the pipeline, in order: how far the station goes by itself
    (``PackingSettings.auto_until``) and how far a batch goes."""

    VERIFY = "verify"
    PACK = "pack"
    LABEL = "label"
    RTS = "rts"

    @property
    def rank(self) -> int:
        return STEP_ORDER.index(self)

    @property
    def goal(self) -> State:
        """The session state this step leaves the order in."""
        return STEP_GOALS[self]

    @classmethod
    def parse(cls, name: str) -> Step:
        try:
            return cls(name)
        except ValueError:
            raise WorkflowError(
                arg(
                    translate("Step", "Unknown packing step %1; use one of %2."),
                    repr(name),
                    ", ".join(STEP_ORDER),
                )
            ) from None


STEP_ORDER: tuple[Step, ...] = tuple(Step)
STEP_GOALS: dict[Step, State] = {
    Step.VERIFY: State.VERIFIED,
    Step.PACK: State.PACKED,
    Step.LABEL: State.LABELLED,
    Step.RTS: State.READY_TO_SHIP,
}


# ------------------------------------------------------------------ outcomes
class Kind(StrEnum):
    """What happened, for the UI to render (colour, sound, text)."""

    OK = "ok"  # item verified, more to go
    COMPLETE = "complete"  # last item verified
    MANUAL = "manual"
    WRONG_ITEM = "wrong_item"  # an item of another order / not in this order
    OVER_SCAN = "over_scan"
    UNKNOWN = "unknown"  # barcode nobody knows (can be linked to a SKU)
    AMBIGUOUS = "ambiguous"
    DUPLICATE = "duplicate"  # the open order scanned again
    NO_ORDER = "no_order"  # item scanned with no order open
    NOT_ALLOWED = "not_allowed"  # illegal in the current state
    ORDER_OPENED = "order_opened"
    NOTHING_TO_PACK = "nothing_to_pack"
    UNDONE = "undone"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    ALIAS_LINKED = "alias_linked"
    LABEL_CONFIRMED = "label_confirmed"
    LABEL_MISMATCH = "label_mismatch"
    PACKED = "packed"
    LABELLED = "labelled"
    READY = "ready"  # ready to ship
    STEP_FAILED = "step_failed"  # an API step failed; retryable
    OUTCOME_UNKNOWN = "outcome_unknown"
    BUSY = "busy"
    PACKER = "packer"
    COMMAND = "command"
    WAVE = "wave"  # a pick list's barcode: its orders are listed


class Severity(StrEnum):
    OK = "ok"  # green flash, good sound
    INFO = "info"  # neutral
    ERROR = "error"  # red flash, error sound


ERROR_KINDS = frozenset(
    {
        Kind.WRONG_ITEM,
        Kind.OVER_SCAN,
        Kind.UNKNOWN,
        Kind.AMBIGUOUS,
        Kind.NO_ORDER,
        Kind.NOT_ALLOWED,
        Kind.NOTHING_TO_PACK,
        Kind.LABEL_MISMATCH,
        Kind.STEP_FAILED,
        Kind.OUTCOME_UNKNOWN,
        Kind.BUSY,
    }
)
OK_KINDS = frozenset(
    {
        Kind.OK,
        Kind.COMPLETE,
        Kind.MANUAL,
        Kind.ORDER_OPENED,
        Kind.LABEL_CONFIRMED,
        Kind.PACKED,
        Kind.LABELLED,
        Kind.READY,
        Kind.ALIAS_LINKED,
    }
)


def severity_of(kind: Kind) -> Severity:
    if kind in ERROR_KINDS:
        return Severity.ERROR
    return Severity.OK if kind in OK_KINDS else Severity.INFO


@dataclass(frozen=True, slots=True)
class LineView:
    sku: str
    name: str
    variation: str
    image: str
    expected: int
    scanned: int
    manual: int

    @property
    def done(self) -> int:
        return self.scanned + self.manual

    @property
    def complete(self) -> bool:
        return self.done >= self.expected


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """One result the UI paints: ``severity`` decides flash + sound, ``message`` names
    what was scanned, ``next_action`` says what the packer should do now."""

    kind: Kind
    message: str
    next_action: str
    state: State
    code: str = ""
    sku: str = ""
    shop_id: str = ""
    order_id: int | None = None
    order_number: int | None = None
    progress: tuple[int, int] = (0, 0)  # verified units, expected units
    lines: tuple[LineView, ...] = ()
    package_ids: tuple[str, ...] = ()
    #: for UNKNOWN: the SKUs of the open order this barcode could be linked to
    link_candidates: tuple[str, ...] = ()

    @property
    def severity(self) -> Severity:
        return severity_of(self.kind)


# ------------------------------------------------------------------ verification
#: Item statuses a packer can still work on at the station. Later ones (shipped...) and
#: canceled rows are shown nowhere in the session: they are not in the parcel.
WORKABLE = frozenset(
    {
        ItemStatus.PENDING,
        ItemStatus.REPACKED,
        ItemStatus.PACKED,
        ItemStatus.READY_TO_SHIP_PENDING,
        ItemStatus.READY_TO_SHIP,
    }
)
READY_STATUSES = frozenset({ItemStatus.READY_TO_SHIP, ItemStatus.READY_TO_SHIP_PENDING})


class Verify(StrEnum):
    OK = "ok"
    COMPLETE = "complete"
    OVER_SCAN = "over_scan"
    NOT_IN_ORDER = "not_in_order"


@dataclass(slots=True)
class Line:
    sku: str
    name: str
    item_ids: list[int]
    variation: str = ""
    image: str = ""
    shop_sku: str = ""
    scanned: int = 0
    manual: int = 0

    @property
    def expected(self) -> int:
        return len(self.item_ids)

    @property
    def done(self) -> int:
        return self.scanned + self.manual

    @property
    def complete(self) -> bool:
        return self.done >= self.expected

    def view(self) -> LineView:
        return LineView(
            self.sku,
            self.name,
            self.variation,
            self.image,
            self.expected,
            self.scanned,
            self.manual,
        )


@dataclass(slots=True)
class PackSession:
    """One open order at the station (the machine's state plus what was verified)."""

    shop_id: str
    order_id: int
    order_number: int
    packer: str
    lines: dict[str, Line]
    statuses: dict[int, str]  # order_item_id -> last known Lazada status
    state: State = State.IDLE
    history: list[tuple[str, bool]] = field(default_factory=list)  # (sku, manual)
    package_ids: list[str] = field(default_factory=list)
    tracking_codes: list[str] = field(default_factory=list)
    label_confirmed: bool = False
    partial: bool = False
    is_dbs: bool = False

    # -------------------------------------------------------------- building
    @classmethod
    def open(
        cls,
        *,
        shop_id: str,
        order_number: int,
        items: Iterable[OrderItem],
        packer: str,
        by_label: bool = False,
    ) -> PackSession:
        """Open an order; raises ``WorkflowError`` if nothing of it can be packed here.

        ``by_label``: opened by scanning the parcel's own label (tracking or package id),
        which therefore counts as confirmed."""
        rows = [it for it in items if it.status in WORKABLE and not it.is_digital]
        if not rows:
            raise WorkflowError(
                arg(
                    translate(
                        "PackSession",
                        "Order %1 has nothing to pack (its items are canceled, shipped, digital "
                        "or unpaid).",
                    ),
                    order_number,
                )
            )
        lines: dict[str, Line] = {}
        for it in rows:
            line = lines.get(it.sku)
            if line is None:
                lines[it.sku] = Line(
                    it.sku,
                    it.name,
                    [it.order_item_id],
                    it.variation,
                    it.product_main_image,
                    it.shop_sku,
                )
            else:
                line.item_ids.append(it.order_item_id)
        session = cls(
            shop_id=shop_id,
            order_id=rows[0].order_id,
            order_number=order_number,
            packer=packer,
            lines=lines,
            statuses={it.order_item_id: it.status for it in rows},
            is_dbs=any(it.is_dbs for it in rows),
            label_confirmed=by_label,
        )
        session.update_from_items(rows)
        session.fire(Event.OPEN)
        return session

    def update_from_items(self, items: Iterable[OrderItem]) -> None:
        """Take Lazada's current statuses, packages and tracking codes."""
        for it in items:
            if it.order_item_id in self.statuses:
                self.statuses[it.order_item_id] = it.status
                if it.package_id and it.package_id not in self.package_ids:
                    self.package_ids.append(it.package_id)
                if it.tracking_code and it.tracking_code not in self.tracking_codes:
                    self.tracking_codes.append(it.tracking_code)

    # -------------------------------------------------------------- machine
    def fire(self, event: Event) -> State:
        """Take a transition and the side-state that goes with it."""
        self.state = next_state(self.state, event)
        if event is Event.CONFIRM_LABEL:
            self.label_confirmed = True
        elif event is Event.REPACK:
            # the old package and its label are void: nothing of them may confirm this parcel
            self.forget_packages()
            self.label_confirmed = False
        return self.state

    @property
    def pack_event(self) -> Event:
        """PACK when every unit is verified, PACK_PARTIAL while some are still missing."""
        return Event.PACK if self.state is State.VERIFIED else Event.PACK_PARTIAL

    def fire_pack(self, *, partial: bool) -> State:
        """Lazada packed the order (all of it, or on purpose only the verified units)."""
        self.fire(self.pack_event)
        self.partial = partial
        return self.state

    def confirm_label(self) -> bool:
        """The parcel's own label was scanned; True when that confirmed it just now."""
        if self.state is not State.LABELLED or self.label_confirmed:
            return False
        self.fire(Event.CONFIRM_LABEL)
        return True

    def needs_label_scan(self, *, confirm_label_scan: bool) -> bool:
        """The policy wants the label scanned on the parcel before ready to ship."""
        return confirm_label_scan and not self.label_confirmed and not self.is_dbs

    def forget_packages(self, package_ids: Iterable[str] | None = None) -> None:
        """Drop ``package_ids`` (all when None) and every tracking code: they are void."""
        if package_ids is None:
            self.package_ids.clear()
        else:
            gone = set(package_ids)
            self.package_ids = [p for p in self.package_ids if p not in gone]
        self.tracking_codes.clear()

    def can(self, event: Event) -> bool:
        return (self.state, event) in TRANSITIONS

    # -------------------------------------------------------------- verification
    @property
    def expected(self) -> int:
        return sum(line.expected for line in self.lines.values())

    @property
    def verified(self) -> int:
        return sum(min(line.done, line.expected) for line in self.lines.values())

    @property
    def complete(self) -> bool:
        return all(line.complete for line in self.lines.values())

    def missing(self) -> list[Line]:
        return [line for line in self.lines.values() if not line.complete]

    def verify(self, sku: str, *, manual: bool = False) -> Verify:
        """Count one unit of ``sku``; fires SCAN/COMPLETE. Over-scans change nothing."""
        line = self.lines.get(sku)
        if line is None:
            return Verify.NOT_IN_ORDER
        if line.complete:
            return Verify.OVER_SCAN
        # raise before counting: a scan while packed/labelled must not change the lines
        event = Event.COMPLETE if self._would_complete(line) else Event.SCAN
        target = next_state(self.state, event)
        if manual:
            line.manual += 1
        else:
            line.scanned += 1
        self.history.append((sku, manual))
        self.state = target
        return Verify.COMPLETE if event is Event.COMPLETE else Verify.OK

    def _would_complete(self, line: Line) -> bool:
        if line.done + 1 < line.expected:
            return False
        return all(other.complete for other in self.lines.values() if other is not line)

    def undo(self) -> tuple[str, bool]:
        """Take back the last verified unit; returns (sku, was_manual)."""
        if not self.history:
            raise IllegalTransitionError(translate("PackSession", "There is no item scan to undo."))
        event = Event.RESET if len(self.history) == 1 else Event.UNDO
        target = next_state(self.state, event)
        sku, manual = self.history.pop()
        line = self.lines[sku]
        if manual:
            line.manual -= 1
        else:
            line.scanned -= 1
        self.state = target
        return sku, manual

    def verified_item_ids(self) -> list[int]:
        """The item rows covered by verified units, preferring rows Lazada can still pack
        so a partial pack never picks an already-packed unit."""
        out: list[int] = []
        for line in self.lines.values():
            ids = sorted(line.item_ids, key=lambda i: self.statuses.get(i) not in PACKABLE)
            out.extend(ids[: min(line.done, line.expected)])
        return out

    def all_item_ids(self) -> list[int]:
        return [i for line in self.lines.values() for i in line.item_ids]

    def unpacked_item_ids(self, item_ids: Iterable[int]) -> list[int]:
        return [i for i in item_ids if self.statuses.get(i) in PACKABLE]

    @property
    def already_packed(self) -> bool:
        """Every row of the session is past Pack at Lazada (label-first flow, resume)."""
        return all(s not in PACKABLE for s in self.statuses.values())

    @property
    def already_ready(self) -> bool:
        return all(s in READY_STATUSES for s in self.statuses.values())

    def views(self) -> tuple[LineView, ...]:
        return tuple(line.view() for line in self.lines.values())

    # -------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, object]:
        return {
            "v": 1,
            "shop_id": self.shop_id,
            "order_id": self.order_id,
            "order_number": self.order_number,
            "packer": self.packer,
            "state": self.state.value,
            "lines": [
                {
                    "sku": ln.sku,
                    "name": ln.name,
                    "variation": ln.variation,
                    "image": ln.image,
                    "shop_sku": ln.shop_sku,
                    "item_ids": list(ln.item_ids),
                    "scanned": ln.scanned,
                    "manual": ln.manual,
                }
                for ln in self.lines.values()
            ],
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "history": [[sku, manual] for sku, manual in self.history],
            "package_ids": list(self.package_ids),
            "tracking_codes": list(self.tracking_codes),
            "label_confirmed": self.label_confirmed,
            "partial": self.partial,
            "is_dbs": self.is_dbs,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PackSession:
        """Rebuild a saved session; a damaged record raises ``WorkflowError``."""
        try:
            d: Any = data
            if d.get("v") != 1:
                raise ValueError(f"unknown session version {d.get('v')!r}")
            lines = {
                str(ln["sku"]): Line(
                    sku=str(ln["sku"]),
                    name=str(ln["name"]),
                    item_ids=[int(i) for i in ln["item_ids"]],
                    variation=str(ln.get("variation", "")),
                    image=str(ln.get("image", "")),
                    shop_sku=str(ln.get("shop_sku", "")),
                    scanned=int(ln["scanned"]),
                    manual=int(ln["manual"]),
                )
                for ln in d["lines"]
            }
            history = [(str(sku), bool(manual)) for sku, manual in d["history"]]
            for sku, _ in history:
                if sku not in lines:
                    raise ValueError(f"history names unknown SKU {sku!r}")
            return cls(
                shop_id=str(d["shop_id"]),
                order_id=int(d["order_id"]),
                order_number=int(d["order_number"]),
                packer=str(d["packer"]),
                lines=lines,
                statuses={int(k): str(v) for k, v in d["statuses"].items()},
                state=State(d["state"]),
                history=history,
                package_ids=[str(p) for p in d["package_ids"]],
                tracking_codes=[str(t) for t in d["tracking_codes"]],
                label_confirmed=bool(d["label_confirmed"]),
                partial=bool(d["partial"]),
                is_dbs=bool(d["is_dbs"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise WorkflowError(
                arg(
                    translate("PackSession", "The saved packing session cannot be restored (%1)."),
                    err,
                ),
                hint=translate(
                    "PackSession", "Open the order again; its state at Lazada is unchanged."
                ),
            ) from err


# ------------------------------------------------------------------ next action
#: States in which the packer is still scanning the order's items.
VERIFYING_STATES = frozenset({State.ORDER_OPEN, State.VERIFYING})

NO_ORDER_ACTION = QT_TRANSLATE_NOOP(
    "Workflow", "Scan an order number, tracking number or package id."
)
RETRY_ACTION = QT_TRANSLATE_NOOP("Workflow", "Scan DONE to try again, or CANCEL.")
WAIT_ACTION = QT_TRANSLATE_NOOP("Workflow", "Working on it — please wait.")
_LABEL_SCAN_ACTION = QT_TRANSLATE_NOOP("Workflow", "Scan the label on the parcel to confirm it.")
_STATE_ACTIONS: dict[State, str] = {
    State.VERIFIED: QT_TRANSLATE_NOOP("Workflow", "Scan DONE to pack."),
    State.PACKED: QT_TRANSLATE_NOOP("Workflow", "Scan DONE to print the label."),
    State.LABELLED: QT_TRANSLATE_NOOP("Workflow", "Scan DONE to mark ready to ship."),
}
_AFTER_ACTION = QT_TRANSLATE_NOOP("Workflow", "Put the parcel aside and scan the next order.")


def next_action(
    session: PackSession | None,
    *,
    confirm_label_scan: bool,
    failed: bool = False,
    waiting: bool = False,
) -> str:
    """What the packer should do now, in one sentence.

    ``failed``: the last background step failed (DONE retries it). ``waiting``: a
    background step is running that the packer must wait for.
    """
    s = session
    if s is None:
        return translate("Workflow", NO_ORDER_ACTION)
    if failed:
        return translate("Workflow", RETRY_ACTION)
    if waiting:
        return translate("Workflow", WAIT_ACTION)
    if s.state in VERIFYING_STATES:
        missing = s.missing()
        first = missing[0]
        left = first.expected - first.done
        if len(missing) > 1:
            return arg(
                translate(
                    "Workflow",
                    "Scan %1 — %2 (%3 left); %n more SKU(s) missing.",
                    None,
                    len(missing) - 1,
                ),
                first.sku,
                first.name,
                left,
            )
        return arg(translate("Workflow", "Scan %1 — %2 (%3 left)."), first.sku, first.name, left)
    if s.state is State.PACKED and s.is_dbs:
        # no AWB: straight to ready to ship
        return translate("Workflow", _STATE_ACTIONS[State.LABELLED])
    if s.state is State.LABELLED and confirm_label_scan and not s.label_confirmed:
        return translate("Workflow", _LABEL_SCAN_ACTION)
    return translate("Workflow", _STATE_ACTIONS.get(s.state, _AFTER_ACTION))
