"""Journal + Reconciler + guard + the real client against the emulator's lost answers."""

from __future__ import annotations

from collections import Counter

import pytest

from lazpack.api import LazadaClient
from lazpack.emulator import Emulator
from lazpack.errors import OutcomeUnknownError
from lazpack.services.recovery import IdempotencyGuard, NextStep, Reconciler
from lazpack.station import StationCore
from lazpack.storage.journal import SqliteJournal
from tests.helpers.station import SHOP

PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"


class Station:
    """The write half of the pack workflow over a ``StationCore``'s journal and shop port,
    run by hand as the journal contract expects it to run."""

    def __init__(self, core: StationCore) -> None:
        self.journal = core.journal
        self.client = core.port(SHOP)
        self.guard = IdempotencyGuard(self.client)
        self.reconciler = Reconciler(core.journal, core.port)

    async def pack(self, order_id: int) -> None:
        items = [i.order_item_id for i in await self.client.get_order_items(order_id)]
        plan = await self.guard.pack({order_id: items})
        if plan.nothing_to_send:
            return
        intent = self.journal.begin(
            action="pack", shop_id=SHOP, order_ids=[order_id], item_ids=plan.to_pack[order_id]
        )
        try:
            res = await self.client.pack(plan.to_pack, shipping_allocate_type="TFS")
        except OutcomeUnknownError as err:
            self.journal.finish(intent, outcome="unknown", detail=str(err))
            await self._reconcile(intent)
            return
        self.journal.finish(
            intent,
            outcome=res.outcome,
            request_ids=res.request_ids,
            package_ids=[r.package_id for r in res.succeeded],
        )

    async def rts(self, order_id: int) -> None:
        items = await self.client.get_order_items(order_id)
        packages = sorted({i.package_id for i in items if i.package_id})
        plan = await self.guard.rts([order_id], packages)
        if plan.nothing_to_send:
            return
        intent = self.journal.begin(
            action="rts", shop_id=SHOP, order_ids=[order_id], package_ids=plan.to_send
        )
        try:
            res = await self.client.ready_to_ship(plan.to_send)
        except OutcomeUnknownError as err:
            self.journal.finish(intent, outcome="unknown", detail=str(err))
            await self._reconcile(intent)
            return
        self.journal.finish(intent, outcome=res.outcome, request_ids=res.request_ids)

    async def _reconcile(self, intent: int) -> None:
        (result,) = await self.reconciler.reconcile([intent])
        assert result.next_step in (NextStep.DONE, NextStep.RESEND)


@pytest.mark.asyncio
async def test_a_lost_pack_answer_reconciles_as_applied_and_no_second_pack_is_sent(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal
) -> None:
    (order_id,) = emu.add_orders(1, status="pending", digital=False, cross_border=False)
    ids = [int(i["order_item_id"]) for i in emu.items(order_id)]
    intent = journal.begin(action="pack", shop_id=SHOP, order_ids=[order_id], item_ids=ids)
    emu.faults.lose_answers(1, api=PACK)
    with pytest.raises(OutcomeUnknownError):
        await client.pack({order_id: ids}, shipping_allocate_type="TFS")
    journal.finish(intent, outcome="unknown")

    reconciler = Reconciler(journal, lambda _shop: client)
    (result,) = await reconciler.reconcile()

    packages = {i["package_id"] for i in emu.items(order_id)}
    assert result.applied is True
    assert result.next_step is NextStep.DONE
    assert set(result.package_ids) == packages
    assert result.message.startswith("applied")
    assert journal.open_intents() == []
    plan = await IdempotencyGuard(client).pack({order_id: ids})
    assert plan.nothing_to_send
    assert emu.calls[PACK] == 1
    assert {i["status"] for i in emu.items(order_id)} == {"packed"}


@pytest.mark.asyncio
async def test_orders_with_lost_answers_are_packed_and_shipped_exactly_once(
    emu: Emulator, core: StationCore
) -> None:
    orders = emu.add_orders(12, status="pending", dbs=False, digital=False, cross_border=False)
    station = Station(core)
    journal = core.journal
    for n, order_id in enumerate(orders):
        if n % 3 == 0:
            emu.faults.lose_answers(1, api=PACK)
        await station.pack(order_id)
        if n % 4 == 1:
            emu.faults.lose_answers(1, api=RTS)
        await station.rts(order_id)
        # a station restarted here would find nothing open and send nothing again
        await station.pack(order_id)
        await station.rts(order_id)

    assert emu.calls[PACK] == len(orders)
    assert emu.calls[RTS] == len(orders)
    for order_id in orders:
        items = emu.items(order_id)
        assert {i["status"] for i in items} == {"ready_to_ship"}
        (h,) = journal.history(query=str(order_id))
        assert h.packed and h.ready_to_ship
        assert set(h.package_ids) == {i["package_id"] for i in items}
    assert journal.open_intents() == []
    # the journal agrees with Lazada: exactly one applied Pack and one applied RTS per order
    assert journal.applied_writes("pack") == Counter(dict.fromkeys(orders, 1))
    assert journal.applied_writes("rts") == Counter(dict.fromkeys(orders, 1))
    reconciled = [detail for i, detail in journal.intents() if i.outcome == "reconciled"]
    assert len(reconciled) == 4 + 3
    assert all(d.startswith("applied") for d in reconciled)
