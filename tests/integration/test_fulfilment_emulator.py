"""FulfilmentService + LazadaClient + SqliteJournal against the in-process emulator.

Each test asserts what the server state became (item statuses, packages, call counts) and
what the journal kept, not only what the service returned.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import Settings
from lazpack.domain.batching import BATCH_LIMIT
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.errors import BusinessError
from lazpack.printing.slips import render_dbs_slip
from lazpack.printing.store import DiskLabelStore
from lazpack.services.fulfilment import FulfilmentService as Service
from lazpack.services.fulfilment import (
    ProviderChoice,
    RowState,
    dbs_packages_awaiting,
    digital_items_awaiting,
    package_orders,
)
from lazpack.services.labels import LabelService
from lazpack.storage.journal import SqliteJournal
from tests.helpers.labels import decode, render_back

SHOP = "demo-sg"
PLAIN: dict[str, Any] = {"dbs": False, "digital": False, "cross_border": False}
FAST = RetryPolicy(max_attempts=4, backoff_base_s=0.01, backoff_max_s=0.05)
DBS_DELIVERED = "/order/package/sof/delivered"
DBS_FAILED = "/order/package/sof/failed_delivery"


def client_for(emu: Emulator, **kw: Any) -> LazadaClient:
    kw.setdefault("retry", FAST)
    kw.setdefault("timeout_s", 5.0)
    return LazadaClient(
        asgi_app=emu.app,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        access_token=DEMO_ACCESS_TOKEN,
        **kw,
    )


@pytest.fixture
def emu() -> Iterator[Emulator]:
    e = Emulator(orders=20, seed=11, region="sg")
    yield e
    e.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-test")
    yield j
    j.close()


@pytest_asyncio.fixture
async def client(emu: Emulator) -> AsyncIterator[LazadaClient]:
    async with client_for(emu) as c:
        yield c


@pytest.fixture
def svc(client: LazadaClient, journal: SqliteJournal) -> Service:
    return Service(client, journal, Settings(packer="Ana"), shop_id=SHOP)


def statuses(emu: Emulator, order_id: int) -> set[str]:
    return {i["status"] for i in emu.items(order_id)}


def item_ids(emu: Emulator, order_id: int) -> list[int]:
    return [int(i["order_item_id"]) for i in emu.items(order_id)]


async def dbs_out_for_delivery(emu: Emulator, client: LazadaClient, n: int) -> dict[str, int]:
    """``n`` DBS orders after RTS, found the way the DBS tab finds them: from their items."""
    oids = emu.add_orders(n, status="ready_to_ship", dbs=True, digital=False, cross_border=False)
    items = [it for oid in oids for it in await client.get_order_items(oid)]
    return {p.package_id: p.order_id for p in dbs_packages_awaiting(items)}


# ---------------------------------------------------------------- repack
@pytest.mark.asyncio
async def test_repack_sends_order_back_to_packing_and_voids_label(
    emu: Emulator, client: LazadaClient, svc: Service, journal: SqliteJournal
) -> None:
    (oid,) = emu.add_orders(1, status="pending", **PLAIN)
    packed = await client.pack({oid: item_ids(emu, oid)}, shipping_allocate_type="TFS")
    old = package_orders(await client.get_order_items(oid))
    assert packed.all_ok and list(old.values()) == [oid]

    report = await svc.repack(old)

    assert report.all_ok and report.orders_to_repack == (oid,)
    assert statuses(emu, oid) == {"repacked"}
    assert not emu.packages[next(iter(old))]["alive"]
    timeline = journal.timeline(oid)
    assert [(e.kind, e.what, e.outcome) for e in timeline if e.what == "repack"] == [
        ("intent", "repack", "ok")
    ]
    (void,) = [e for e in timeline if e.what == "label_void"]
    assert next(iter(old)) in void.detail and void.packer == "Ana"
    # and a new Pack gives a new package
    again = await client.pack({oid: item_ids(emu, oid)}, shipping_allocate_type="TFS")
    assert again.all_ok and again.rows[0].package_id not in old


@pytest.mark.asyncio
async def test_repack_errors_are_rows_with_lazada_msg(
    emu: Emulator, client: LazadaClient, svc: Service, journal: SqliteJournal
) -> None:
    (rts_oid,) = emu.add_orders(1, status="ready_to_ship", **PLAIN)
    rts_pkg = package_orders(await client.get_order_items(rts_oid))

    report = await svc.repack({"FP000000000001": None, **rts_pkg})

    unknown_pkg, shipped = report.rows
    assert (unknown_pkg.state, unknown_pkg.err_code) == (RowState.FAILED, "600001")
    assert "not found" in unknown_pkg.msg
    assert shipped.state is RowState.FAILED and shipped.err_code == "700000"
    assert shipped.order_id == rts_oid and shipped.msg
    assert report.orders_to_repack == ()
    assert statuses(emu, rts_oid) == {"ready_to_ship"}  # nothing moved
    assert not [e for e in journal.timeline(rts_oid) if e.what == "label_void"]
    (intent,) = [e for e in journal.timeline(rts_oid) if e.kind == "intent"]
    assert intent.outcome == "failed" and "600001" in intent.detail


@pytest.mark.asyncio
async def test_repack_with_label_service_voids_the_cached_label(
    emu: Emulator, client: LazadaClient, journal: SqliteJournal, tmp_path: Path
) -> None:
    store = DiskLabelStore(tmp_path / "labels")
    labels = LabelService(client, store, store, shop_id=SHOP, journal=journal, packer="Ana")
    svc = Service(client, journal, Settings(packer="Ana"), shop_id=SHOP, voider=labels)
    (oid,) = emu.add_orders(1, status="pending", **PLAIN)
    await client.pack({oid: item_ids(emu, oid)}, shipping_allocate_type="TFS")
    ((pid, _),) = package_orders(await client.get_order_items(oid)).items()
    assert (await labels.label(pid)).startswith(b"%PDF")
    assert store.get(pid) is not None

    report = await svc.repack({pid: oid})

    assert report.orders_to_repack == (oid,)
    assert store.is_voided(pid) and store.get(pid) is None
    assert [e.what for e in journal.timeline(oid) if e.kind == "event"] == ["label_voided"]


# ------------------------------------------------------------------- DBS
@pytest.mark.asyncio
async def test_dbs_delivered_and_failed_with_reason(
    emu: Emulator, client: LazadaClient, svc: Service, journal: SqliteJournal
) -> None:
    pkgs = await dbs_out_for_delivery(emu, client, 2)
    (p1, o1), (p2, o2) = pkgs.items()

    ok = await svc.confirm_dbs_delivered({p1: o1})
    failed = await svc.fail_dbs_delivery({p2: o2}, "Customer not at home")

    assert ok.all_ok and failed.all_ok
    assert statuses(emu, o1) == {"delivered"}
    assert statuses(emu, o2) == {"failed_delivery"}
    (intent,) = [e for e in journal.timeline(o2) if e.kind == "intent"]
    assert (intent.what, intent.outcome) == ("dbs_failed", "ok")
    assert "Customer not at home" in intent.detail
    # the tab no longer lists them
    items = [it for o in (o1, o2) for it in await client.get_order_items(o)]
    assert dbs_packages_awaiting(items) == []


@pytest.mark.asyncio
async def test_dbs_action_on_a_non_dbs_package_is_700009(
    emu: Emulator, client: LazadaClient, svc: Service
) -> None:
    (oid,) = emu.add_orders(1, status="ready_to_ship", **PLAIN)
    pkg = package_orders(await client.get_order_items(oid))

    for report in (
        await svc.confirm_dbs_delivered(pkg),
        await svc.fail_dbs_delivery(pkg, "Wrong or incomplete address"),
    ):
        (row,) = report.rows
        assert (row.state, row.err_code, row.retry) == (RowState.FAILED, "700009", False)
        assert row.msg and report.retryable() == ()
    assert statuses(emu, oid) == {"ready_to_ship"}


@pytest.mark.asyncio
async def test_25_dbs_packages_go_out_in_two_calls(
    emu: Emulator, client: LazadaClient, svc: Service, journal: SqliteJournal
) -> None:
    pkgs = await dbs_out_for_delivery(emu, client, 25)
    assert len(pkgs) >= 25 > BATCH_LIMIT
    before = emu.calls[DBS_DELIVERED]

    report = await svc.confirm_dbs_delivered(pkgs)

    assert emu.calls[DBS_DELIVERED] - before == -(-len(pkgs) // BATCH_LIMIT) == 2
    assert report.all_ok and len(report.rows) == len(pkgs)
    assert all(statuses(emu, o) == {"delivered"} for o in set(pkgs.values()))
    assert [i.outcome for i, _ in journal.intents(action="dbs_delivered")] == ["ok", "ok"]


@pytest.mark.asyncio
async def test_retry_resends_only_the_retryable_row(
    emu: Emulator, client: LazadaClient, svc: Service
) -> None:
    pkgs = await dbs_out_for_delivery(emu, client, 3)
    emu.faults.fail_rows("700024", count=1, api=DBS_FAILED)

    first = await svc.fail_dbs_delivery(pkgs, "Customer refused the parcel")

    (bad,) = first.retryable()
    assert bad.err_code == "700024" and bad.msg
    assert statuses(emu, pkgs[str(bad.key)]) == {"ready_to_ship"}  # not applied
    calls = emu.calls[DBS_FAILED]

    merged = await svc.retry(first)

    assert emu.calls[DBS_FAILED] == calls + 1
    assert merged.all_ok and merged.attempts == 2
    assert all(statuses(emu, o) == {"failed_delivery"} for o in pkgs.values())


@pytest.mark.asyncio
async def test_lost_answer_is_unknown_and_not_resent(emu: Emulator, journal: SqliteJournal) -> None:
    emu.faults.hang_s = 2.0
    async with client_for(emu, timeout_s=0.3) as c:
        svc = Service(c, journal, Settings(packer="Ana"), shop_id=SHOP)
        pkgs = await dbs_out_for_delivery(emu, c, 1)
        emu.faults.lose_answers(1, api=DBS_DELIVERED)
        report = await svc.confirm_dbs_delivered(pkgs)
    assert [r.state for r in report.rows] == [RowState.UNKNOWN]
    assert report.retryable() == ()
    assert emu.calls[DBS_DELIVERED] == 1  # never re-sent blindly
    (oid,) = pkgs.values()
    assert statuses(emu, oid) == {"delivered"}  # it was applied: reconciliation will see it
    assert [i.order_ids for i in journal.open_intents()] == [(oid,)]


# --------------------------------------------------------------- digital
@pytest.mark.asyncio
async def test_digital_delivery_and_700020(
    emu: Emulator, client: LazadaClient, svc: Service
) -> None:
    (dig,) = emu.add_orders(1, status="pending", digital=True)
    (phys,) = emu.add_orders(1, status="pending", **PLAIN)
    items = await client.get_order_items(dig) + await client.get_order_items(phys)
    todo = digital_items_awaiting(items)
    assert list(todo) == [dig]

    report = await svc.deliver_digital({**todo, phys: item_ids(emu, phys)[:1]})

    by_order = {r.order_id: r for r in report.rows}
    assert by_order[dig].ok and statuses(emu, dig) == {"delivered"}
    bad = by_order[phys]
    assert (bad.state, bad.err_code) == (RowState.FAILED, "700020") and bad.msg
    assert statuses(emu, phys) == {"pending"}


# ------------------------------------------------------------- providers
@pytest.mark.asyncio
async def test_provider_choice_for_cross_border_order(
    emu: Emulator, client: LazadaClient, svc: Service
) -> None:
    (ntfs,) = emu.add_orders(1, status="pending", cross_border=True, dbs=False, digital=False)
    (tfs,) = emu.add_orders(1, status="pending", **PLAIN)

    local = await svc.choose_provider(SHOP, {tfs: item_ids(emu, tfs)})
    assert local.choice is ProviderChoice.PLATFORM and local.provider_code is None

    ask = await svc.choose_provider(SHOP, {ntfs: item_ids(emu, ntfs)})
    assert ask.needs_choice and ask.allocate_type == "NTFS" and len(ask.providers) >= 1
    pick = ask.providers[-1].provider_code
    svc.remember_provider(SHOP, ask.allocate_type, pick)

    again = await svc.choose_provider(SHOP, {ntfs: item_ids(emu, ntfs)})
    assert (again.choice, again.provider_code) == (ProviderChoice.SAVED, pick)
    packed = await client.pack(
        {ntfs: item_ids(emu, ntfs)},
        shipping_allocate_type=again.allocate_type,
        shipment_provider_code=again.provider_code,
    )
    assert packed.all_ok, packed.failed
    assert statuses(emu, ntfs) == {"packed"}
    assert {p["provider_code"] for p in emu.packages.values() if p["order_id"] == ntfs} == {pick}


# ------------------------------------------------------------ DBS slips
@pytest.mark.asyncio
async def test_dbs_package_gets_a_slip_instead_of_an_awb(
    emu: Emulator, client: LazadaClient, qapp: object
) -> None:
    pkgs = await dbs_out_for_delivery(emu, client, 1)
    ((pid, oid),) = pkgs.items()
    with pytest.raises(BusinessError) as info:
        await client.print_awb([pid])  # Lazada prints no AWB for seller-delivered parcels
    assert info.value.code == "700040"

    order = await client.get_order(oid)
    (package,) = dbs_packages_awaiting(await client.get_order_items(oid))
    pdf = render_dbs_slip(order, package.items, package.package_id)
    pages = render_back(pdf)
    assert str(order.order_number) in decode(pages[0])
