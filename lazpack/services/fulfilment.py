"""Fulfilment actions beyond the happy path: repack, delivered-by-seller, digital, providers.

Pure service (design.md §1): it reaches Lazada only through ``LazadaPort`` and records every
write in the ``JournalPort`` — the intent *before* the call, the outcome after it — so a crash
or a lost answer never leaves a write without a trace.

Batches are split here into ≤20 rows per call, one journal intent per call. The client could
split too, but then a lost answer in the second chunk would hide the first chunk's outcome;
chunking here gives every call its own intent and its own verdict.

Every batch action returns a ``RowBatchReport`` with one ``RowOutcome`` per package (or digital
item) carrying Lazada's ``msg``, ``item_err_code`` and ``retry`` flag. ``retry(report)`` re-sends
only the rows Lazada marked retryable. A write whose answer was lost (``OutcomeUnknownError``)
is reported as ``unknown`` and is never re-sent automatically: the order must be re-read first.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from lazpack.config import Settings
from lazpack.domain.batching import chunks
from lazpack.domain.models import (
    BatchResult,
    ItemStatus,
    OrderItem,
    RowResult,
    ShipmentProvider,
    ShipmentProviders,
)
from lazpack.domain.ports import JournalPort, LabelCache, LazadaPort, PrintLedger
from lazpack.errors import (
    ApiError,
    AuthError,
    NoProviderError,
    NothingSelectedError,
    ReasonRequiredError,
    TransientError,
    WorkflowError,
)
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.services.journaled import journaled_write

log = get_logger("fulfilment")

#: Reasons offered for a failed DBS delivery; the packer may type another one.
FAILED_DELIVERY_REASONS: tuple[str, ...] = (
    "Customer not at home",
    "Customer refused the parcel",
    "Wrong or incomplete address",
    "Customer unreachable by phone",
    "Customer asked to reschedule",
    "Parcel damaged in transit",
)

#: A DBS package is out with the seller's own fleet after RTS; Confirm/FailedDeliveryForDBS
#: act on ``ready_to_ship`` only (lazada-api.md §4.6, §5).
DBS_AWAITING = frozenset({ItemStatus.READY_TO_SHIP})
#: A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).
DIGITAL_AWAITING = frozenset({ItemStatus.PENDING})


class Action(StrEnum):
    """Journal action names (``lazpack.domain.ports.Intent.action``)."""

    REPACK = "repack"
    DBS_DELIVERED = "dbs_delivered"
    DBS_FAILED = "dbs_failed"
    DIGITAL = "digital"


ACTION_TITLES: dict[Action, str] = {
    Action.REPACK: QT_TRANSLATE_NOOP("FulfilmentService", "Repack"),
    Action.DBS_DELIVERED: QT_TRANSLATE_NOOP("FulfilmentService", "Mark delivered"),
    Action.DBS_FAILED: QT_TRANSLATE_NOOP("FulfilmentService", "Failed delivery"),
    Action.DIGITAL: QT_TRANSLATE_NOOP("FulfilmentService", "Deliver digital items"),
}


class RowState(StrEnum):
    OK = "ok"
    FAILED = "failed"
    UNKNOWN = "unknown"  # the answer was lost: may or may not have been applied


# --------------------------------------------------------------------- reports
@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One row of a batch action as the packer sees it."""

    key: int | str  # package_id (repack, DBS) or order_item_id (digital)
    state: RowState
    msg: str = ""
    err_code: str = ""
    retry: bool = False
    order_id: int | None = None
    package_id: str = ""
    #: Lazada refused the whole call, not this row (see ``RowResult.whole_call``)
    whole_call: bool = False

    @property
    def ok(self) -> bool:
        return self.state is RowState.OK

    @property
    def retryable(self) -> bool:
        return self.state is RowState.FAILED and self.retry


@dataclass(frozen=True, slots=True)
class RowBatchReport:
    """Per-row outcome of one batch action (all its ≤20 calls merged)."""

    action: Action
    rows: tuple[RowOutcome, ...]
    request_ids: tuple[str, ...] = ()
    reason: str = ""  # DBS failed delivery: the reason sent to the journal
    attempts: int = 1

    @property
    def succeeded(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.state is RowState.OK)

    @property
    def failed(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.state is RowState.FAILED)

    @property
    def unknown(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.state is RowState.UNKNOWN)

    def retryable(self) -> tuple[RowOutcome, ...]:
        """Failed rows Lazada said may succeed if sent again."""
        return tuple(r for r in self.rows if r.retryable)

    @property
    def all_ok(self) -> bool:
        return bool(self.rows) and all(r.ok for r in self.rows)

    @property
    def outcome(self) -> str:
        """``ok``, ``partial``, ``failed`` or ``unknown`` (some answer was lost)."""
        if self.all_ok:
            return "ok"
        if self.unknown:
            return "unknown"
        return "partial" if self.succeeded else "failed"

    @property
    def order_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(r.order_id for r in self.rows if r.order_id is not None))

    @property
    def orders_to_repack(self) -> tuple[int, ...]:
        """Orders whose package was recreated: they go back to packing (``repacked``)."""
        if self.action is not Action.REPACK:
            return ()
        return tuple(dict.fromkeys(r.order_id for r in self.succeeded if r.order_id is not None))

    def summary(self) -> str:
        """One line for the status bar."""
        parts = [arg(translate("FulfilmentService", "%1 ok"), len(self.succeeded))]
        if self.failed:
            parts.append(arg(translate("FulfilmentService", "%1 failed"), len(self.failed)))
        if self.unknown:
            parts.append(arg(translate("FulfilmentService", "%1 unknown"), len(self.unknown)))
        title = translate("FulfilmentService", ACTION_TITLES[self.action])
        return arg(translate("FulfilmentService", "%1: %2"), title, ", ".join(parts))

    def merged(self, newer: RowBatchReport) -> RowBatchReport:
        """This report with the rows of ``newer`` (a retry) replacing the same keys."""
        fresh = {r.key: r for r in newer.rows}
        rows = tuple(fresh.pop(r.key, r) for r in self.rows) + tuple(fresh.values())
        return replace(
            self,
            rows=rows,
            request_ids=self.request_ids + newer.request_ids,
            attempts=self.attempts + 1,
        )


# ------------------------------------------------------------------ providers
class ProviderChoice(StrEnum):
    PLATFORM = "platform"  # platform_default = 1: Lazada allocates, nothing to choose
    SAVED = "saved"  # the shop's remembered provider for this allocate type
    ONLY = "only"  # exactly one provider offered
    ASK = "ask"  # the packer must pick one of ``providers``


@dataclass(frozen=True, slots=True)
class ProviderDecision:
    """What to pass to Pack, or the choice the packer has to make first."""

    choice: ProviderChoice
    allocate_type: str
    providers: tuple[ShipmentProvider, ...] = ()
    provider_code: str | None = None  # for Pack; None when platform-allocated or still asking
    preselected: str | None = None  # ASK: the shop's last choice, if still offered

    @property
    def needs_choice(self) -> bool:
        return self.choice is ProviderChoice.ASK

    def chosen(self, provider_code: str) -> ProviderDecision:
        """The decision after the packer picked ``provider_code`` from ``providers``."""
        if provider_code not in {p.provider_code for p in self.providers}:
            raise WorkflowError(
                arg(
                    translate(
                        "ProviderDecision", "Shipment provider %1 is not offered for this order."
                    ),
                    repr(provider_code),
                ),
                hint=translate("ProviderDecision", "Pick one of the providers in the list."),
            )
        return replace(self, choice=ProviderChoice.SAVED, provider_code=provider_code)


def decide_provider(
    offered: ShipmentProviders,
    saved: Mapping[str, str] | None = None,
    *,
    mode: str = "saved",
) -> ProviderDecision:
    """Decide the provider for Pack from GetShipmentProvider's answer.

    ``saved`` maps allocate type → provider code for this shop. ``mode`` is
    ``Settings.packing.provider_choice``: ``ask`` always shows the picker when there is a
    choice (last choice preselected); ``saved``/``platform`` use a still-offered saved choice.
    """
    alloc = offered.shipping_allocate_type
    if offered.platform_default:
        return ProviderDecision(ProviderChoice.PLATFORM, alloc)
    providers = offered.providers
    if not providers:
        raise NoProviderError(
            arg(
                translate(
                    "FulfilmentService",
                    "Lazada offers no shipment provider for this order (%1 allocation) and does "
                    "not allocate one itself.",
                ),
                alloc or "unknown",
            )
        )
    codes = [p.provider_code for p in providers]
    last = (saved or {}).get(alloc)
    preselected = last if last in codes else None
    if mode != "ask":
        if preselected is not None:
            return ProviderDecision(
                ProviderChoice.SAVED, alloc, providers, preselected, preselected
            )
        if len(providers) == 1:
            return ProviderDecision(ProviderChoice.ONLY, alloc, providers, codes[0], codes[0])
    return ProviderDecision(ProviderChoice.ASK, alloc, providers, None, preselected)


# ------------------------------------------------------------------- selection
@dataclass(frozen=True, slots=True)
class DbsPackage:
    """A delivered-by-seller package out for delivery: one row of the DBS tab."""

    package_id: str
    order_id: int
    items: tuple[OrderItem, ...]

    @property
    def skus(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for it in self.items:
            counts[it.sku] = counts.get(it.sku, 0) + 1
        return list(counts.items())


def dbs_packages_awaiting(items: Iterable[OrderItem]) -> list[DbsPackage]:
    """DBS packages (``delivery_option_sof``) after RTS, grouped by package id, oldest first."""
    groups: dict[str, list[OrderItem]] = {}
    for it in items:
        if it.delivery_option_sof and it.package_id and it.status in DBS_AWAITING:
            groups.setdefault(it.package_id, []).append(it)
    packages = [DbsPackage(pid, its[0].order_id, tuple(its)) for pid, its in groups.items()]
    packages.sort(key=lambda p: (p.order_id, p.package_id))
    return packages


def digital_items_awaiting(items: Iterable[OrderItem]) -> dict[int, list[int]]:
    """``{order_id: [order_item_id, ...]}`` of paid digital items not delivered yet."""
    orders: dict[int, list[int]] = {}
    for it in items:
        if it.is_digital and it.status in DIGITAL_AWAITING:
            orders.setdefault(it.order_id, []).append(it.order_item_id)
    return orders


def split_digital(items: Iterable[OrderItem]) -> tuple[list[OrderItem], list[OrderItem]]:
    """(physical, digital): digital items are never scanned, packed or printed."""
    physical: list[OrderItem] = []
    digital: list[OrderItem] = []
    for it in items:
        (digital if it.is_digital else physical).append(it)
    return physical, digital


def package_orders(items: Iterable[OrderItem]) -> dict[str, int]:
    """``{package_id: order_id}`` for every packaged item (what ``repack`` wants)."""
    return {it.package_id: it.order_id for it in items if it.package_id}


#: Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order.
PackageRefs = Mapping[str, int | None] | Iterable[str]


#: One batch call of the port: package ids in, merged rows out.
SendPackages = Callable[[Sequence[str]], Awaitable[BatchResult]]


# --------------------------------------------------------------------- service
class LabelVoider(Protocol):
    """Forgets a recreated package's label everywhere (``LabelService.void`` fits)."""

    def void(self, package_id: str, *, reason: str = "", order_id: int | None = None) -> None: ...


@dataclass(slots=True)
class _Call:
    """One ≤20-row call: what was sent, for the journal and for rows Lazada omits."""

    package_ids: tuple[str, ...] = ()
    orders: dict[int, list[int]] = field(default_factory=dict)
    order_of: dict[str | int, int | None] = field(default_factory=dict)


class FulfilmentService:
    """Fulfilment actions for one shop; the window keeps one per connected shop."""

    def __init__(
        self,
        port: LazadaPort,
        journal: JournalPort,
        settings: Settings,
        *,
        shop_id: str,
        packer: str | None = None,
        ledger: PrintLedger | None = None,
        labels: LabelCache | None = None,
        voider: LabelVoider | None = None,
        save_settings: Callable[[Settings], None] | None = None,
    ) -> None:
        self.port = port
        self.journal = journal
        self.settings = settings
        self.shop_id = shop_id
        self._packer = packer
        self.ledger = ledger
        self.labels = labels
        self.voider = voider
        self.save_settings = save_settings

    @property
    def packer(self) -> str:
        return self._packer if self._packer is not None else self.settings.packer

    @packer.setter
    def packer(self, name: str) -> None:
        self._packer = name

    # ------------------------------------------------------------- repack
    async def repack(self, package_ids: PackageRefs) -> RowBatchReport:
        """RecreatePackage: void the packages' labels; their orders go back to packing.

        Only for rows Lazada accepted, the old label is voided: through ``voider`` (the label
        service: cache, ledger, journal) when given, else as a ``label_void`` journal event
        (plus ``ledger``/``labels`` when given). See ``RowBatchReport.orders_to_repack``.
        """
        order_of = _package_refs(package_ids)
        report = await self._package_batch(Action.REPACK, order_of, self.port.recreate_package)
        for row in report.succeeded:
            self._void_label(row)
        return report

    def _void_label(self, row: RowOutcome) -> None:
        pid = row.package_id or str(row.key)
        if self.voider is not None:
            # The label service owns cache, ledger and its journal event: one place, one name.
            self.voider.void(pid, reason="package recreated (repack)", order_id=row.order_id)
            return
        self.journal.record_event(
            shop_id=self.shop_id,
            order_id=row.order_id,
            event="label_void",
            packer=self.packer,
            detail=f"package {pid} recreated; its label is void",
        )
        if self.ledger is not None:
            self.ledger.record_voided(pid, reason="repack", packer=self.packer)
        if self.labels is not None:
            self.labels.discard(pid)

    # ---------------------------------------------------------------- DBS
    async def confirm_dbs_delivered(
        self, package_ids: PackageRefs, reason: str = ""
    ) -> RowBatchReport:
        """ConfirmDeliveryForDBS: the seller's fleet delivered these packages."""
        order_of = _package_refs(package_ids)
        return await self._package_batch(
            Action.DBS_DELIVERED, order_of, self.port.confirm_delivery_dbs, reason=reason.strip()
        )

    async def fail_dbs_delivery(self, package_ids: PackageRefs, reason: str) -> RowBatchReport:
        """FailedDeliveryForDBS; ``reason`` is required and kept in the journal."""
        reason = (reason or "").strip()
        if not reason:
            raise ReasonRequiredError()
        order_of = _package_refs(package_ids)
        return await self._package_batch(
            Action.DBS_FAILED, order_of, self.port.failed_delivery_dbs, reason=reason
        )

    # ------------------------------------------------------------ digital
    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> RowBatchReport:
        """DeliverDigital for ``{order_id: [order_item_id, ...]}`` (≤20 orders per call)."""
        clean: dict[int, list[int]] = {}
        for order_id, item_ids in orders.items():
            ids = list(dict.fromkeys(int(i) for i in item_ids))
            if ids:
                clean[int(order_id)] = ids
        if not clean:
            raise NothingSelectedError()
        order_ids = list(clean)
        calls = [
            _Call(
                orders={o: clean[o] for o in chunk},
                order_of={i: o for o in chunk for i in clean[o]},
            )
            for chunk in chunks(order_ids)
        ]
        return await self._run(Action.DIGITAL, calls, reason="")

    # -------------------------------------------------------------- retry
    async def retry(self, report: RowBatchReport) -> RowBatchReport:
        """Re-send only the failed rows Lazada marked ``retry: true``; merge the new outcomes.

        Rows with an unknown outcome are never re-sent here: the order must be re-read.
        """
        rows = report.retryable()
        if not rows:
            raise NothingSelectedError(
                translate("FulfilmentService", "Nothing to retry."),
                hint=translate(
                    "FulfilmentService", "Only rows Lazada marked as retryable can be re-sent."
                ),
            )
        if report.action is Action.DIGITAL:
            orders: dict[int, list[int]] = {}
            for r in rows:
                if r.order_id is None:
                    raise WorkflowError(
                        arg(
                            translate(
                                "FulfilmentService", "Item %1 has no order id; reload the order."
                            ),
                            r.key,
                        )
                    )
                orders.setdefault(r.order_id, []).append(int(r.key))
            again = await self.deliver_digital(orders)
        else:
            refs: dict[str, int | None] = {str(r.key): r.order_id for r in rows}
            if report.action is Action.REPACK:
                again = await self.repack(refs)
            elif report.action is Action.DBS_DELIVERED:
                again = await self.confirm_dbs_delivered(refs, report.reason)
            else:
                again = await self.fail_dbs_delivery(refs, report.reason)
        return report.merged(again)

    # ---------------------------------------------------------- providers
    async def choose_provider(
        self, shop_id: str, orders: Mapping[int, Sequence[int]]
    ) -> ProviderDecision:
        """GetShipmentProvider for these orders, then the saved choice or the picker."""
        if not orders:
            raise NothingSelectedError()
        offered = await self.port.get_shipment_providers(orders)
        saved = self.settings.saved_providers.get(shop_id, {})
        decision = decide_provider(offered, saved, mode=self.settings.packing.provider_choice)
        log.info(
            "provider for %s order(s): %s %s",
            len(orders),
            decision.allocate_type,
            decision.choice.value,
        )
        return decision

    def remember_provider(self, shop_id: str, allocate_type: str, provider_code: str) -> None:
        """Remember the packer's pick as this shop's default for ``allocate_type``."""
        if not provider_code:
            raise WorkflowError(translate("FulfilmentService", "No shipment provider chosen."))
        per_shop = self.settings.saved_providers.setdefault(shop_id, {})
        if per_shop.get(allocate_type) == provider_code:
            return
        per_shop[allocate_type] = provider_code
        if self.save_settings is not None:
            self.save_settings(self.settings)

    # ----------------------------------------------------------- internal
    async def _package_batch(
        self,
        action: Action,
        order_of: dict[str, int | None],
        send: SendPackages,
        *,
        reason: str = "",
    ) -> RowBatchReport:
        if not order_of:
            raise NothingSelectedError()
        pids = list(order_of)
        calls = [
            _Call(package_ids=tuple(chunk), order_of={p: order_of[p] for p in chunk})
            for chunk in chunks(pids)
        ]
        return await self._run(action, calls, reason=reason, send_packages=send)

    async def _run(
        self,
        action: Action,
        calls: list[_Call],
        *,
        reason: str,
        send_packages: SendPackages | None = None,
    ) -> RowBatchReport:
        rows: list[RowOutcome] = []
        request_ids: list[str] = []
        for call in calls:
            detail = f"reason: {reason}" if reason else ""
            order_ids = [o for o in dict.fromkeys(call.order_of.values()) if o is not None]
            intent = self.journal.begin(
                action=action.value,
                shop_id=self.shop_id,
                order_ids=order_ids,
                item_ids=[i for ids in call.orders.values() for i in ids],
                package_ids=call.package_ids,
                packer=self.packer,
                detail=detail,
            )
            try:
                why = functools.partial(_why, detail=detail)
                with journaled_write(self.journal, intent, describe=why) as write:
                    if send_packages is not None:
                        result = await send_packages(call.package_ids)
                    else:
                        result = await self.port.deliver_digital(call.orders)
            except AuthError:
                raise  # the shop must be reconnected: nothing else in this batch can succeed
            except ApiError as err:
                retry = isinstance(err, TransientError)
                rows.extend(_all_rows(call, RowState.FAILED, err, retry=retry))
                continue
            if write.lost is not None:
                rows.extend(_all_rows(call, RowState.UNKNOWN, write.lost, retry=False))
                continue
            got = _rows_from(result, call)
            request_ids.extend(result.request_ids)
            write.finish(
                outcome=_outcome(got),
                request_ids=[i for i in result.request_ids if i],
                detail="; ".join(
                    [detail] * bool(detail)
                    + [f"{r.key}: {r.err_code} {r.msg}" for r in got if not r.ok]
                ),
            )
            rows.extend(got)
        report = RowBatchReport(action, tuple(rows), tuple(request_ids), reason=reason)
        log.info("%s (%d calls)", report.summary(), len(calls))
        return report


def _package_refs(refs: PackageRefs) -> dict[str, int | None]:
    if isinstance(refs, str):
        refs = [refs]  # one package id, not its characters
    if isinstance(refs, Mapping):
        out = {str(p).strip(): (None if o is None else int(o)) for p, o in refs.items()}
    else:
        out = {str(p).strip(): None for p in refs}
    out.pop("", None)
    return out


def _why(err: BaseException, detail: str) -> str:
    if not isinstance(err, ApiError):
        text = str(err)
    elif err.code:
        text = f"{err.code}: {err.lazada_message}"
    else:
        text = err.lazada_message or str(err)
    return f"{detail}; {text}" if detail else text


def _all_rows(call: _Call, state: RowState, err: ApiError, *, retry: bool) -> list[RowOutcome]:
    msg = err.lazada_message or err.user_message
    return [
        RowOutcome(
            key=key,
            state=state,
            msg=msg,
            err_code=err.code,
            retry=retry,
            order_id=order_id,
            package_id=key if isinstance(key, str) else "",
            whole_call=state is RowState.FAILED,
        )
        for key, order_id in call.order_of.items()
    ]


def _rows_from(result: BatchResult, call: _Call) -> list[RowOutcome]:
    """Lazada's rows in the order sent; a row Lazada left out is ``unknown``, never ok."""
    by_key: dict[str | int, RowResult] = {}
    for res in result.rows:
        key: str | int = (res.package_id or str(res.key)) if call.package_ids else int(res.key)
        by_key.setdefault(key, res)
    rows: list[RowOutcome] = []
    for key, order_id in call.order_of.items():
        r = by_key.get(key)
        if r is None:
            rows.append(
                RowOutcome(
                    key=key,
                    state=RowState.UNKNOWN,
                    msg=translate("FulfilmentService", "Lazada's answer did not mention this row"),
                    order_id=order_id,
                    package_id=key if isinstance(key, str) else "",
                )
            )
            continue
        rows.append(
            RowOutcome(
                key=key,
                state=RowState.OK if r.ok else RowState.FAILED,
                msg=r.msg,
                err_code=r.err_code,
                retry=r.retry and not r.ok,
                order_id=order_id if order_id is not None else r.order_id,
                package_id=r.package_id or (key if isinstance(key, str) else ""),
                whole_call=r.whole_call,
            )
        )
    return rows


def _outcome(rows: Sequence[RowOutcome]) -> str:
    if rows and all(r.ok for r in rows):
        return "ok"
    if any(r.state is RowState.UNKNOWN for r in rows):
        return "unknown"
    return "partial" if any(r.ok for r in rows) else "failed"
