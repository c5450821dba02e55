"""What the scan station's packing parts share: ports, policy, packer, owed undos.

:class:`PackContext` is built once by :class:`~lazpack.services.packing.PackingService` and
handed to the single-order pipeline (:mod:`lazpack.services.pipeline`) and batch mode
(:mod:`lazpack.services.batch`). It also holds the two write paths both of them need: the
shipment-provider choice before a Pack, and undoing the packed part of an order whose other
rows were refused (a station never ships one order in two parcels by accident).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from lazpack.config import PackingSettings, Settings
from lazpack.domain.models import OrderItem, ShipmentProviders
from lazpack.domain.ports import Clock, JournalPort, LabelPort, LazadaPort
from lazpack.errors import KnownError, WorkflowError
from lazpack.i18n import translate
from lazpack.log import get_logger
from lazpack.services.fulfilment import FulfilmentService, ProviderDecision, decide_provider
from lazpack.services.journaled import JournaledWrite, journaled_write, rows_text
from lazpack.services.recovery import NextStep, Reconciler, ReconcileResult

log = get_logger("packing")


def read_contradiction(order_id: int, known: Iterable[int], items: Sequence[OrderItem]) -> str:
    """Why a fresh read of order ``order_id`` cannot be true ("" if it can), given the item
    ids the station already holds for it (``known``).

    Lazada never drops an item from an order (a canceled one keeps its row), so an answer
    with no items, rows without ids, rows of another order or without the rows the station
    knows is a bad answer, not news: acting on it could pack part of the order, or mark it
    packed unsent."""
    if not items:
        return translate("PackContext", "Lazada answered with no items for it")
    if any(i.order_item_id <= 0 for i in items):
        return translate("PackContext", "Lazada answered with item rows that have no id")
    if any(i.order_id and i.order_id != order_id for i in items):
        return translate("PackContext", "Lazada answered with items of another order")
    missing = set(known) - {i.order_item_id for i in items}
    if missing:
        return translate(
            "PackContext", "Lazada's answer leaves out %n of its items", None, len(missing)
        )
    return ""


#: Asked when the shop must pick a shipment provider (``provider_choice == "ask"`` or no
#: saved choice): returns the chosen ``provider_code`` or None when the packer declined.
ProviderPicker = Callable[[str, ProviderDecision], Awaitable[str | None]]


@dataclass(slots=True)
class PackContext:
    """Ports and policy of one station's packing, plus the undos it still owes Lazada."""

    lazada: Callable[[str], LazadaPort]
    journal: JournalPort
    labels: LabelPort
    settings: PackingSettings
    clock: Clock
    reconciler: Reconciler
    packer: str = ""
    saved_providers: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    pick_provider: ProviderPicker | None = None
    #: (shop_id, order_id) -> packages of a partly refused Pack whose undo has not
    #: succeeded yet: settled before the order is packed again (one parcel per order)
    owed_undo: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    #: (shop_id, order_id) -> the ``shipping_allocate_type`` GetShipmentProvider answered
    #: for the order (TFS local, NTFS cross-border): a batch groups by it before asking
    allocate_types: dict[tuple[str, int], str] = field(default_factory=dict)

    def begin(
        self,
        action: str,
        shop_id: str,
        order_id: int,
        *,
        item_ids: Sequence[int] = (),
        package_ids: Sequence[str] = (),
        detail: str = "",
    ) -> int:
        """Journal the intent to write one order, before the call."""
        return self.journal.begin(
            action=action,
            shop_id=shop_id,
            order_ids=[order_id],
            item_ids=item_ids,
            package_ids=package_ids,
            packer=self.packer,
            detail=detail,
        )

    def journaled(self, intents: int | Iterable[int]) -> AbstractContextManager[JournaledWrite]:
        """The call that carries ``intents`` (see :func:`journaled_write`)."""
        return journaled_write(self.journal, intents, clock=self.clock)

    def fulfilment(self, shop_id: str) -> FulfilmentService:
        """The shop's fulfilment actions (DeliverDigital, DBS) as the menus run them, so a
        batch delivers digital items through the same code and journal rules."""
        return FulfilmentService(
            self.lazada(shop_id),
            self.journal,
            Settings(packing=self.settings),
            shop_id=shop_id,
            packer=self.packer,
        )

    def event(self, shop_id: str, order_id: int | None, event: str, detail: str = "") -> None:
        self.journal.record_event(
            shop_id=shop_id, order_id=order_id, event=event, packer=self.packer, detail=detail
        )

    # -------------------------------------------------------------- provider
    async def choose_provider(
        self, shop_id: str, lz: LazadaPort, orders: Mapping[int, Sequence[int]]
    ) -> ProviderDecision:
        offered = await lz.get_shipment_providers(orders)
        for order_id in orders:
            self.allocate_types[(shop_id, order_id)] = offered.shipping_allocate_type
        return await self.decide_provider(shop_id, offered)

    async def decide_provider(
        self,
        shop_id: str,
        offered: ShipmentProviders,
        *,
        picked_before: dict[str, str] | None = None,
    ) -> ProviderDecision:
        """The provider for Pack from GetShipmentProvider's answer; asks the packer when
        Lazada leaves the choice (the shop's remembered provider preselected).

        ``picked_before`` (allocate type -> provider code) holds what the packer picked
        earlier in the same batch: a group is asked once, not once per call."""
        decision = decide_provider(
            offered,
            self.saved_providers.get(shop_id, {}),
            mode=self.settings.provider_choice,
        )
        if not decision.needs_choice:
            return decision
        earlier = (picked_before or {}).get(decision.allocate_type)
        if earlier and earlier in {p.provider_code for p in decision.providers}:
            return decision.chosen(earlier)
        picked: str | None = None
        if self.pick_provider is not None:
            picked = await self.pick_provider(shop_id, decision)
        elif decision.preselected:
            picked = decision.preselected
        if picked and picked_before is not None:
            picked_before[decision.allocate_type] = picked
        if not picked:
            raise WorkflowError(
                translate("PackContext", "A shipment provider must be chosen for this order."),
                hint=translate(
                    "PackContext",
                    "Pick one in the provider dialog, or save one for the shop in Settings.",
                ),
            )
        return decision.chosen(picked)

    # -------------------------------------------------------------- reconcile
    async def settle_open(self, shop_id: str, order_ids: Iterable[int]) -> list[ReconcileResult]:
        """Settle this station's earlier writes to ``order_ids`` whose answer never came
        (reconciled against GetOrderItems) before anything is sent for them again; the
        undo a partly applied Pack still owes is recorded. The single-order pipeline and
        batch mode both start here."""
        wanted = set(order_ids)
        mine = [
            i.intent_id
            for i in self.journal.open_intents()
            if i.shop_id == shop_id and wanted & set(i.order_ids)
        ]
        if not mine:
            return []
        results = await self.reconciler.reconcile(mine)
        for r in results:
            self.owe_partial(r)
        return results

    # -------------------------------------------------------------- owed undos
    def owe_partial(self, r: ReconcileResult) -> None:
        """A Pack that reconciles as applied to only some of its items was partly refused:
        its packages are undone before the order is packed again (one parcel per order)."""
        if (
            r.intent.action == "pack"
            and r.applied
            and r.next_step is NextStep.RESEND
            and len(r.intent.order_ids) == 1
            and r.package_ids
        ):
            self.owed_undo[(r.intent.shop_id, r.intent.order_ids[0])] = tuple(r.package_ids)

    async def undo_packages(
        self, shop_id: str, lz: LazadaPort, order_id: int, pkgs: list[str]
    ) -> bool:
        """Undo the packed part of an order whose other rows failed; True when undone.

        A station never packs part of an order by accident: left alone, the retry would
        put the rest in a second parcel with a second label. RecreatePackage sends the
        packed items back to ``repacked`` so the retry packs them all into one package.
        """
        # owed until it succeeds: a transient failure here must not let the retry pack the
        # rest of the order into a second parcel
        self.owed_undo[(shop_id, order_id)] = tuple(pkgs)
        undone = False
        try:
            intent = self.begin(
                "repack", shop_id, order_id, package_ids=pkgs, detail="undo a partly failed pack"
            )
            with self.journaled(intent) as write:
                res = await lz.recreate_package(pkgs)
        except KnownError as err:  # refused: it stays owed and is tried again before packing
            log.warning("undoing the partial pack of order %d failed: %s", order_id, err)
        else:
            if write.lost is not None:
                results = await self.reconciler.reconcile(write.intents)
                undone = bool(results) and results[0].next_step is NextStep.DONE
            else:
                write.finish(
                    outcome=res.outcome, request_ids=res.request_ids, detail=rows_text(res)
                )
                undone = res.all_ok
        if undone:
            self.owed_undo.pop((shop_id, order_id), None)
        return undone

    async def settle_undo(
        self, shop_id: str, lz: LazadaPort, order_id: int, items: Sequence[OrderItem]
    ) -> tuple[str, ...] | None:
        """Retry the undo an earlier partly refused Pack still owes this order.

        Returns the packages undone now, ``()`` when nothing was owed, or None when the
        undo failed again (the order must not be packed until it succeeds).
        """
        key = (shop_id, order_id)
        owed = self.owed_undo.get(key, ())
        # only packages still holding packed items of the order can (and need to) be undone
        still = [p for p in owed if any(i.package_id == p and i.status == "packed" for i in items)]
        if not still:
            self.owed_undo.pop(key, None)
            return ()
        if await self.undo_packages(shop_id, lz, order_id, still):
            return tuple(still)
        return None
