"""The soak test's findings, each pinned by a small deterministic case.

Each case makes Lazada refuse a row of a multi-item order in a way the soak met by chance;
before the fixes every one of them ended with the order in two parcels (two labels), or a
journal that counted a Pack for an order Lazada had not packed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from lazpack.domain.workflow import State
from lazpack.emulator import Emulator
from lazpack.storage.journal import intent_applied
from tests.helpers.station import SHOP, HeadlessStation, ProblemCatcher

pytestmark = pytest.mark.asyncio

PACK = "/order/fulfill/pack"
REPACK = "/order/package/repack"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    # a lost answer hangs 1 s; the station's client gives up after 0.3 s
    e = Emulator(orders=0, seed=8, hang_s=1.0, qps_limit=None)
    yield e
    e.close()


@pytest_asyncio.fixture
async def station(emu: Emulator, tmp_path: Path) -> AsyncIterator[HeadlessStation]:
    with emu.serve() as base_url:
        async with HeadlessStation(tmp_path / "station", base_url, timeout_s=0.3) as st:
            yield st


def two_item_orders(emu: Emulator, n: int) -> list[int]:
    skus = [s for s, p in emu.catalogue.items() if not p["digital"]][:2]
    return emu.add_orders(n, skus=skus)


def live_packages(emu: Emulator, order_id: int) -> list[str]:
    return [p for p, d in emu.packages.items() if d["order_id"] == order_id and d["alive"]]


def undone_by_order(st: HeadlessStation) -> Counter[int]:
    return Counter(
        oid
        for intent, detail in st.journal.intents(action="repack")
        if intent_applied(intent.outcome, detail)
        for oid in intent.order_ids
    )


async def test_batch_pack_answer_lost_with_a_refused_row_ships_each_order_in_one_parcel(
    emu: Emulator, station: HeadlessStation
) -> None:
    orders = two_item_orders(emu, 3)
    await station.start()
    emu.faults.fail_rows("1003", count=1, api=PACK)  # the first order's first item
    emu.faults.lose_answers(1, api=PACK)
    with ProblemCatcher() as problems:
        report = await station.pack_batch(orders)
    assert problems.all() == []
    assert not report.failed
    for oid in orders:
        assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
        assert len(live_packages(emu, oid)) == 1, f"order {oid} ships in two parcels"
    # the partly packed order was undone once, and the journal says so
    undone = undone_by_order(station)
    assert undone == Counter({orders[0]: 1})
    packs = station.journal.applied_writes("pack")
    assert packs == Counter({oid: 1 + undone[oid] for oid in orders})


async def test_a_refused_row_and_a_failed_undo_never_make_a_second_parcel(
    emu: Emulator, station: HeadlessStation
) -> None:
    [oid] = two_item_orders(emu, 1)
    await station.start()
    emu.faults.fail_rows("1003", count=1, api=PACK)
    emu.faults.fail_rows("700024", count=1, api=REPACK)  # the undo is refused once
    with ProblemCatcher() as problems:
        state = await station.pack_by_scan(oid)
    assert problems.all() == []
    assert state is State.READY_TO_SHIP
    assert len(live_packages(emu, oid)) == 1
    assert emu.calls[REPACK] == 2  # refused, then retried before packing again
    assert any("Part of it is packed" in o.message for o in station.outcomes)
    assert undone_by_order(station) == Counter({oid: 1})


async def test_a_lost_pack_answer_hiding_a_refused_row_is_undone_before_the_retry(
    emu: Emulator, station: HeadlessStation
) -> None:
    [oid] = two_item_orders(emu, 1)
    await station.start()
    emu.faults.fail_rows("1003", count=1, api=PACK)
    emu.faults.lose_answers(1, api=PACK)
    with ProblemCatcher() as problems:
        state = await station.pack_by_scan(oid)
    assert problems.all() == []
    assert state is State.READY_TO_SHIP
    assert len(live_packages(emu, oid)) == 1
    assert any("undone so the order ships in one parcel" in o.message for o in station.outcomes)
    assert undone_by_order(station) == Counter({oid: 1})
    assert station.journal.applied_writes("pack") == Counter({oid: 2})


async def test_a_batch_journals_no_pack_for_an_order_whose_rows_were_refused(
    emu: Emulator, station: HeadlessStation
) -> None:
    orders = emu.add_orders(3)
    await station.start()
    first = sorted(emu.items(orders[0]), key=lambda i: i["order_item_id"])
    emu.faults.fail_rows("1003", count=len(first), api=PACK)  # all of the first order
    report = await station.service.batch([(SHOP, oid) for oid in orders])
    assert [o.order_id for o in report.failed] == [orders[0]]
    packs = station.journal.applied_writes("pack")
    assert packs[orders[0]] == 0
    assert packs[orders[1]] == packs[orders[2]] == 1
    again = await station.service.batch(report.retry_keys)
    assert not again.failed
    assert station.journal.applied_writes("pack") == Counter(dict.fromkeys(orders, 1))
    assert station.journal.applied_writes("rts") == Counter(dict.fromkeys(orders, 1))
