"""The packing workflow end to end: a ``StationCore`` (PackingService, SqliteJournal, order
book, labels) over the real LazadaClient and the emulator.

Labels go through PrintAWB and the real ``pdf_url`` download into a printer that keeps the
PDF bytes; everything else is the real stack.
"""

from __future__ import annotations

from typing import Any

import pytest

from lazpack.domain.workflow import Kind, State
from lazpack.emulator import Emulator
from lazpack.station import StationCore
from tests.helpers.station import SHOP, PrintedJobs

pytestmark = pytest.mark.asyncio

PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"
PLAIN: dict[str, Any] = {"status": "pending", "dbs": False, "digital": False, "cross_border": False,
         "mixed_shipping": False}  # fmt: skip


class Station:
    """The packer's side of a ``StationCore``: load the orders, scan them."""

    def __init__(self, core: StationCore) -> None:
        self.core = core
        self.service = core.packing
        assert isinstance(core.labels.sink, PrintedJobs)
        self.printer = core.labels.sink
        self.seen: list[Kind] = []
        self.service.add_listener(lambda o: self.seen.append(o.kind))

    async def load(self) -> None:
        """What the sync service puts in the order book: every order of the shop."""
        sync = self.core.syncs[SHOP]
        assert await sync.sync_once(), sync.state.message

    async def pack_one(self, order_id: int) -> None:
        row = self.core.book.get((SHOP, order_id))
        assert row is not None
        out = await self.service.handle_scan(str(row.order.order_number))
        assert out.kind is Kind.ORDER_OPENED, out.message
        for item in row.items:
            await self.service.handle_scan(item.sku)
        await self.service.settle()


def live_packages(emu: Emulator, order_id: int) -> list[str]:
    return [p for p, d in emu.packages.items() if d["order_id"] == order_id and d["alive"]]


async def test_scan_verify_pack_label_rts(emu: Emulator, core: StationCore) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    st = Station(core)
    await st.load()
    await st.pack_one(oid)
    assert st.service.state is State.READY_TO_SHIP, st.seen
    assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
    [pkg] = live_packages(emu, oid)
    assert emu.labels_printed[pkg] == 1
    [(pdf, job)] = st.printer.printed
    assert pdf.startswith(b"%PDF") and str(oid) in job
    assert emu.calls[PACK] == 1 and emu.calls[RTS] == 1
    assert core.journal.open_intents() == []


async def test_wrong_item_sends_nothing(emu: Emulator, core: StationCore) -> None:
    mine, other = emu.add_orders(2, **PLAIN)
    st = Station(core)
    await st.load()
    mine_skus = {i["sku"] for i in emu.items(mine)}
    stranger = next(i["sku"] for i in emu.items(other) if i["sku"] not in mine_skus)
    row = core.book.get((SHOP, mine))
    assert row is not None
    await st.service.handle_scan(str(row.order.order_number))
    out = await st.service.handle_scan(stranger)
    assert out.kind is Kind.WRONG_ITEM and stranger in out.message
    await st.service.settle()
    assert emu.calls[PACK] == 0
    assert {i["status"] for i in emu.items(mine)} == {"pending"}


async def test_batch_of_25_with_a_failed_row_then_retry(emu: Emulator, core: StationCore) -> None:
    ids = emu.add_orders(25, **PLAIN)
    st = Station(core)
    await st.load()
    emu.faults.fail_rows("1003", count=1, api=PACK)
    report = await st.service.batch([(SHOP, oid) for oid in ids])
    [failed] = report.failed
    assert "1003" in failed.message and failed.retryable
    # never half-packed by accident: a multi-item order's packed part is undone
    assert {i["status"] for i in emu.items(failed.order_id)} <= {"pending", "repacked"}
    assert len(report.succeeded) == 24
    # one print job; PrintAWB merges ≤20 packages per document, so it holds two documents
    assert len(st.printer.jobs) == 1 and len(st.printer.printed) == 2
    again = await st.service.batch(report.retry_keys)
    assert not again.failed
    for oid in ids:
        assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
        assert len(live_packages(emu, oid)) == 1


async def test_lost_pack_answer_makes_no_duplicate_package(
    emu: Emulator, core: StationCore
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    st = Station(core)
    await st.load()
    emu.faults.lose_answers(1, api=PACK)
    await st.pack_one(oid)
    assert st.service.state is State.READY_TO_SHIP, st.seen
    assert len(live_packages(emu, oid)) == 1
    assert emu.calls[PACK] == 1
    assert core.journal.open_intents() == []
