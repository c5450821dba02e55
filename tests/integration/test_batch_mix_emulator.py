"""Batches of the demo shop's real mix: local, cross-border, delivered-by-seller, digital.

The real client, journal and emulator; labels go through PrintAWB into a fake printer. The
demo world (120 orders, seed 1) holds 69 local, 3 cross-border, 5 DBS and 5 digital pending
orders; every test batches ALL of them, as a packer selecting the whole "To pack" tab would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import PackingSettings
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.services.batch_orders import DELIVERED, Group, OrderBatchReport
from lazpack.services.fulfilment import ProviderDecision
from lazpack.services.packing import PackingService
from lazpack.storage.journal import SqliteJournal
from tests.helpers.packing import Index, PortLabels

pytestmark = pytest.mark.asyncio

SHOP = "demo"
PROVIDERS = "/order/shipment/providers/get"
PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"
AWB = "/order/package/document/get"
DIGITAL = "/order/digital/delivered"


@pytest.fixture
def demo() -> Iterator[Emulator]:
    """The demo shop's world. A lost answer hangs 3 s; the client gives up after 2 s
    (patient enough for a 20-label PDF on a loaded machine)."""
    e = Emulator(orders=120, seed=1, region="sg", hang_s=3.0, qps_limit=None)
    yield e
    e.close()


@pytest_asyncio.fixture
async def client(demo: Emulator) -> AsyncIterator[LazadaClient]:
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=demo.app,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        access_token=DEMO_ACCESS_TOKEN,
        timeout_s=2.0,
        retry=RetryPolicy(max_attempts=3, backoff_base_s=0.01, backoff_max_s=0.05),
    ) as c:
        yield c


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    yield j
    j.close()


def kind_of(emu: Emulator, order_id: int) -> Group:
    """The emulator's own truth about an order (not what the station guessed)."""
    order = emu.world.find_order(order_id)
    assert order is not None, order_id
    if all(it.is_digital for it in order.items):
        return Group.DIGITAL
    if any(it.delivery_option_sof for it in order.items):
        return Group.DBS
    return Group.CROSS_BORDER if order.cross_border else Group.LOCAL


@dataclass
class Batch:
    emu: Emulator
    client: LazadaClient
    journal: SqliteJournal
    asked: list[str]
    service: PackingService
    labels: PortLabels
    pending: list[int]

    async def run(self, keys: list[int] | None = None) -> OrderBatchReport:
        return await self.service.batch([(SHOP, o) for o in (keys or self.pending)])


@pytest_asyncio.fixture
async def batch(demo: Emulator, client: LazadaClient, journal: SqliteJournal) -> Batch:
    index = Index()
    pending = demo.order_ids("pending")
    items = await client.get_multiple_order_items(pending)
    for oid in pending:
        index.put(SHOP, await client.get_order(oid), items[oid])
    asked: list[str] = []

    async def pick(shop_id: str, decision: ProviderDecision) -> str:
        asked.append(decision.allocate_type)
        return decision.providers[-1].provider_code

    labels = PortLabels(lambda shop: client)
    service = PackingService(
        lazada=lambda shop: client,
        journal=journal,
        labels=labels,
        orders=index,
        settings=PackingSettings(provider_choice="ask"),
        packer="ana",
        pick_provider=pick,
    )
    return Batch(demo, client, journal, asked, service, labels, pending)


def assert_everything_shipped(
    b: Batch, report: OrderBatchReport, *, skip: frozenset[int] = frozenset()
) -> None:
    emu = b.emu
    kinds = {oid: kind_of(emu, oid) for oid in b.pending}
    # the demo mix the issue describes: the batch really holds every kind
    assert Counter(kinds.values()) == {
        Group.LOCAL: 69,
        Group.CROSS_BORDER: 3,
        Group.DBS: 5,
        Group.DIGITAL: 5,
    }
    by_id = {o.order_id: o for o in report.outcomes}
    assert set(by_id) == set(b.pending)
    for oid in set(b.pending) - skip:
        out, kind = by_id[oid], kinds[oid]
        assert out.ok, (oid, kind, out.message)
        assert out.group == kind.value, (oid, out.group, kind)
        items = emu.items(oid)
        if kind is Group.DIGITAL:
            assert {i["status"] for i in items} == {"delivered"}
            assert out.step == DELIVERED and out.package_ids == ()
            continue
        # DBS as far as Lazada allows before delivery: ready to ship, with no AWB
        assert {i["status"] for i in items} == {"ready_to_ship"}, (oid, kind)
        assert out.step == "rts"
        live = {i["package_id"] for i in items}
        # one package per order; Lazada itself splits items of different shipping types
        assert len(live) == len({i["shipping_provider_type"] for i in items}), oid
        assert set(out.package_ids) == live
        printed = {p: emu.labels_printed[p] for p in live}
        if kind is Group.DBS:
            assert printed == dict.fromkeys(live, 0)
        else:
            assert printed == dict.fromkeys(live, 1)
    # the outcome list's counts are the emulator's
    counts = report.counts()
    done = {g: sum(c.values()) - c["failed"] for g, c in counts.items()}
    expected = Counter(kinds[o].value for o in set(b.pending) - skip)
    assert done == {g: n for g, n in expected.items()}
    # nothing was packed or set ready to ship twice, and no write is left unanswered
    refused = b.emu.refused_rows
    assert refused[f"{PACK} 700000"] == 0 and refused[f"{RTS} 700000"] == 0
    assert b.journal.open_intents() == []


async def test_a_batch_of_all_pending_demo_orders_ships_every_kind(batch: Batch) -> None:
    report = await batch.run()
    assert report.failed == (), [o.message for o in report.failed]
    assert_everything_shipped(batch, report)
    # the cross-border group's provider was asked once, not once per call
    assert batch.asked == ["NTFS"]
    # one print job for the whole batch
    assert len({job for _, job in batch.labels.printed}) == 1
    # DeliverDigital carried the digital orders; Pack never saw a digital item
    assert batch.emu.calls[DIGITAL] == 1
    assert batch.emu.refused_rows[f"{PACK} 700026"] == 0


async def test_whole_batch_refusals_and_lost_answers_fail_no_order(batch: Batch) -> None:
    f = batch.emu.faults
    # refusals about no order in particular: the halves go through
    f.refuse_batches("700024", 2, PACK, msg="GET_LOCK_FAILED")
    f.refuse_batches("6", 1, RTS, msg="SYSTEM_ERROR")
    f.refuse_batches("6", 1, DIGITAL, msg="SYSTEM_ERROR")
    f.refuse_batches("40011", 1, AWB, msg="RPC_ERROR")
    # applied, but the answer never comes: reconciled, never sent again
    f.lose_answers(1, PACK)
    f.lose_answers(1, RTS)
    report = await batch.run()
    assert report.failed == (), [o.message for o in report.failed]
    assert_everything_shipped(batch, report)
    injected = f.injected
    assert injected["lost_answer"] == 2
    assert injected["batch:700024"] >= 2 and injected["batch:6"] == 2
    assert injected["batch:40011"] == 1


@pytest.mark.parametrize(
    ("api", "code", "kind", "what"),
    [
        (PACK, "700021", Group.LOCAL, "pack it"),
        (PROVIDERS, "700025", Group.CROSS_BORDER, "offer a shipment provider"),
        (RTS, "700000", Group.DBS, "set it ready to ship"),
        (AWB, "700040", Group.LOCAL, "print its label"),
        (DIGITAL, "700020", Group.DIGITAL, "deliver its digital items"),
    ],
)
async def test_a_refusal_about_one_order_fails_only_that_order(
    batch: Batch, api: str, code: str, kind: Group, what: str
) -> None:
    poison = next(o for o in batch.pending if kind_of(batch.emu, o) is kind)
    batch.emu.faults.refuse_batches(code, 10_000, api, match=str(poison), msg="odd order")
    report = await batch.run()
    [bad] = report.failed
    assert bad.order_id == poison
    assert bad.message == f"Lazada refused to {what}: odd order ({code})"
    assert not bad.retryable  # a parameter/state refusal: sending it again cannot help
    assert_everything_shipped(batch, report, skip=frozenset({poison}))
    # the refusal was narrowed down, not repeated for every order: at most one refused
    # call per halving step plus the isolated order itself
    assert batch.emu.faults.injected[f"batch:{code}"] <= 7


async def test_a_retryable_refusal_says_so_and_the_retry_finishes_it(batch: Batch) -> None:
    poison = next(o for o in batch.pending if kind_of(batch.emu, o) is Group.LOCAL)
    batch.emu.faults.refuse_batches("1003", 99, PACK, match=str(poison), msg="3PL allocation")
    report = await batch.run()
    [bad] = report.failed
    assert bad.order_id == poison and bad.retryable
    assert "3PL allocation (1003)" in bad.message
    assert report.retry_keys == [(SHOP, poison)]
    batch.emu.faults.clear()  # the carrier can be allocated again
    again = await batch.run([poison])
    assert again.failed == ()
    assert {i["status"] for i in batch.emu.items(poison)} == {"ready_to_ship"}
