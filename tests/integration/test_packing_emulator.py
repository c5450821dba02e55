"""The packing workflow end to end: PackingService + LazadaClient + SqliteJournal + emulator.

Labels go through PrintAWB and the real ``pdf_url`` download into a fake printer that keeps
the PDF bytes; everything else is the real stack.
"""

from __future__ import annotations

import pytest

from lazpack.api import LazadaClient
from lazpack.config import PackingSettings
from lazpack.domain.workflow import Kind, State
from lazpack.emulator import Emulator
from lazpack.services.packing import PackingService
from lazpack.storage.journal import SqliteJournal
from tests.unit.services.fakes_packing import Index, PortLabels

pytestmark = pytest.mark.asyncio

SHOP = "demo"
PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"
PLAIN = {"status": "pending", "dbs": False, "digital": False, "cross_border": False,
         "mixed_shipping": False}  # fmt: skip


class Station:
    def __init__(self, client: LazadaClient, journal: SqliteJournal) -> None:
        self.client = client
        self.index = Index()
        self.labels = PortLabels(lambda shop: client)
        self.service = PackingService(
            lazada=lambda shop: client,
            journal=journal,
            labels=self.labels,
            orders=self.index,
            settings=PackingSettings(auto_until="rts"),
            packer="ana",
        )
        self.seen: list[Kind] = []
        self.service.add_listener(lambda o: self.seen.append(o.kind))

    async def load(self, order_ids: list[int]) -> None:
        """What the sync service would have put in the order book."""
        for oid in order_ids:
            order = await self.client.get_order(oid)
            self.index.put(SHOP, order, await self.client.get_order_items(oid))

    async def pack_one(self, order_id: int) -> None:
        row = self.index.get((SHOP, order_id))
        assert row is not None
        out = await self.service.handle_scan(str(row.order.order_number))
        assert out.kind is Kind.ORDER_OPENED, out.message
        for item in row.items:
            await self.service.handle_scan(item.sku)
        await self.service.settle()


def live_packages(emu: Emulator, order_id: int) -> list[str]:
    return [p for p, d in emu.packages.items() if d["order_id"] == order_id and d["alive"]]


async def test_scan_verify_pack_label_rts(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    st = Station(client, journal)
    await st.load([oid])
    await st.pack_one(oid)
    assert st.service.state is State.READY_TO_SHIP, st.seen
    assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
    [pkg] = live_packages(emu, oid)
    assert emu.labels_printed[pkg] == 1
    [(pdf, job)] = st.labels.printed
    assert pdf.startswith(b"%PDF") and str(oid) in job
    assert emu.calls[PACK] == 1 and emu.calls[RTS] == 1
    assert journal.open_intents() == []


async def test_wrong_item_sends_nothing(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal
) -> None:
    mine, other = emu.add_orders(2, **PLAIN)
    st = Station(client, journal)
    await st.load([mine, other])
    mine_skus = {i["sku"] for i in emu.items(mine)}
    stranger = next(i["sku"] for i in emu.items(other) if i["sku"] not in mine_skus)
    row = st.index.get((SHOP, mine))
    assert row is not None
    await st.service.handle_scan(str(row.order.order_number))
    out = await st.service.handle_scan(stranger)
    assert out.kind is Kind.WRONG_ITEM and stranger in out.message
    await st.service.settle()
    assert emu.calls[PACK] == 0
    assert {i["status"] for i in emu.items(mine)} == {"pending"}


async def test_batch_of_25_with_a_failed_row_then_retry(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal
) -> None:
    ids = emu.add_orders(25, **PLAIN)
    st = Station(client, journal)
    await st.load(ids)
    emu.faults.fail_rows("1003", count=1, api=PACK)
    report = await st.service.batch([(SHOP, oid) for oid in ids])
    [failed] = report.failed
    assert "1003" in failed.message and failed.retryable
    # never half-packed by accident: a multi-item order's packed part is undone
    assert {i["status"] for i in emu.items(failed.order_id)} <= {"pending", "repacked"}
    assert len(report.succeeded) == 24
    # one print job; PrintAWB merges ≤20 packages per document, so it holds two documents
    assert len(st.labels.jobs) == 1 and len(st.labels.printed) == 2
    again = await st.service.batch(report.retry_keys)
    assert not again.failed
    for oid in ids:
        assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
        assert len(live_packages(emu, oid)) == 1


async def test_lost_pack_answer_makes_no_duplicate_package(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    st = Station(client, journal)
    await st.load([oid])
    emu.faults.lose_answers(1, api=PACK)
    await st.pack_one(oid)
    assert st.service.state is State.READY_TO_SHIP, st.seen
    assert len(live_packages(emu, oid)) == 1
    assert emu.calls[PACK] == 1
    assert journal.open_intents() == []
