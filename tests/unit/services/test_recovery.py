"""Reconciler and idempotency guard against FakeLazada and a real journal file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.models import ItemStatus
from lazpack.domain.ports import LazadaPort
from lazpack.errors import OutcomeUnknownError, TransientError
from lazpack.services.recovery import (
    IdempotencyGuard,
    NextStep,
    Reconciler,
    plan_pack,
    plan_rts,
)
from lazpack.storage.journal import SqliteJournal
from tests.helpers.lazada import FakeLazada

SHOP = "shop-sg"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    yield j
    j.close()


@pytest.fixture
def lazada() -> FakeLazada:
    return FakeLazada()


def _reconciler(journal: SqliteJournal, lazada: FakeLazada) -> Reconciler:
    def for_shop(shop_id: str) -> LazadaPort:
        assert shop_id == SHOP
        return lazada

    return Reconciler(journal, for_shop)


async def _pack(journal: SqliteJournal, lazada: FakeLazada, order_id: int) -> int:
    """What the workflow does: intent, call, outcome (unknown when the answer is lost)."""
    items = [i.order_item_id for i in lazada.items(order_id)]
    intent = journal.begin(
        action="pack", shop_id=SHOP, order_ids=[order_id], item_ids=items, packer="ann"
    )
    try:
        result = await lazada.pack({order_id: items}, shipping_allocate_type="TFS")
    except OutcomeUnknownError as err:
        journal.finish(intent, outcome="unknown", detail=str(err))
    else:
        journal.finish(
            intent,
            outcome=result.outcome,
            request_ids=result.request_ids,
            package_ids=[r.package_id for r in result.succeeded],
        )
    return intent


def _closed_detail(journal: SqliteJournal, intent_id: int) -> tuple[str | None, str]:
    ((intent, detail),) = [(i, d) for i, d in journal.intents() if i.intent_id == intent_id]
    return intent.outcome, detail


@pytest.mark.asyncio
async def test_a_pack_applied_but_answer_lost_is_reconciled_as_applied_and_never_resent(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG", "CUP"])
    lazada.lose_answers("pack")
    intent = await _pack(journal, lazada, order.order_id)
    assert [i.intent_id for i in journal.open_intents()] == [intent]

    (result,) = await _reconciler(journal, lazada).reconcile()

    package = lazada.items(order.order_id)[0].package_id
    assert result.applied is True
    assert result.next_step is NextStep.DONE
    assert result.package_ids == (package,)
    assert {i.status for i in result.items[order.order_id]} == {ItemStatus.PACKED}
    assert journal.open_intents() == []
    assert _closed_detail(journal, intent) == ("reconciled", f"applied: packed in {package}")
    # the guard the workflow runs before any resend finds nothing to pack
    plan = await IdempotencyGuard(lazada).pack({order.order_id: result.intent.item_ids})
    assert plan.nothing_to_send
    assert plan.already_packed == {order.order_id: (package,)}
    assert lazada.calls["pack"] == 1


@pytest.mark.asyncio
async def test_a_pack_that_never_reached_lazada_is_reconciled_as_not_applied(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG"])
    lazada.fail_before("pack", OutcomeUnknownError("connection reset", api_path="pack"))
    intent = await _pack(journal, lazada, order.order_id)

    (result,) = await _reconciler(journal, lazada).reconcile()

    assert result.applied is False
    assert result.next_step is NextStep.RESEND
    assert _closed_detail(journal, intent)[1].startswith("not applied")
    plan = await IdempotencyGuard(lazada).pack({order.order_id: result.intent.item_ids})
    assert plan.to_pack == {order.order_id: result.intent.item_ids}
    await lazada.pack(plan.to_pack, shipping_allocate_type="TFS")
    assert {i.status for i in lazada.items(order.order_id)} == {ItemStatus.PACKED}
    assert len(lazada.writes) == 1  # the lost attempt never applied; exactly one pack did


@pytest.mark.asyncio
async def test_a_station_killed_between_intent_and_call_resumes_by_packing_once(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG"])
    journal.begin(action="pack", shop_id=SHOP, order_ids=[order.order_id],
                  item_ids=[lazada.items(order.order_id)[0].order_item_id])  # fmt: skip

    (result,) = await _reconciler(journal, lazada).reconcile()
    assert (result.applied, result.next_step) == (False, NextStep.RESEND)
    assert lazada.calls["pack"] == 0
    assert journal.open_intents() == []


@pytest.mark.asyncio
async def test_rts_applied_but_answer_lost_then_rts_again_is_a_no_op(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG", "CUP"])
    await _pack(journal, lazada, order.order_id)
    package = lazada.items(order.order_id)[0].package_id
    lazada.lose_answers("ready_to_ship")
    intent = journal.begin(action="rts", shop_id=SHOP, order_ids=[order.order_id],
                           package_ids=[package])  # fmt: skip
    with pytest.raises(OutcomeUnknownError):
        await lazada.ready_to_ship([package])
    journal.finish(intent, outcome="unknown")

    (result,) = await _reconciler(journal, lazada).reconcile()
    assert (result.applied, result.next_step) == (True, NextStep.DONE)
    assert _closed_detail(journal, intent)[1] == f"applied: ready to ship ({package})"

    plan = await IdempotencyGuard(lazada).rts([order.order_id], [package])
    assert plan.nothing_to_send
    assert plan.already == (package,)
    assert plan.messages == (f"Package {package} is already ready to ship; nothing sent.",)
    assert lazada.calls["ready_to_ship"] == 1


@pytest.mark.asyncio
async def test_rts_not_applied_leaves_the_package_to_send(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG"])
    await _pack(journal, lazada, order.order_id)
    package = lazada.items(order.order_id)[0].package_id
    journal.begin(action="rts", shop_id=SHOP, order_ids=[order.order_id], package_ids=[package])

    (result,) = await _reconciler(journal, lazada).reconcile()
    assert (result.applied, result.next_step) == (False, NextStep.RESEND)
    assert result.message == "not applied: the items are still packed"
    assert (await IdempotencyGuard(lazada).rts([order.order_id], [package])).to_send == (package,)


@pytest.mark.asyncio
async def test_when_lazada_cannot_be_read_the_intent_stays_open(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG"])
    lazada.lose_answers("pack")
    intent = await _pack(journal, lazada, order.order_id)
    lazada.fail_reads(TransientError("ServiceTimeout", code="ServiceTimeout"))
    reconciler = _reconciler(journal, lazada)

    (result,) = await reconciler.reconcile()
    assert result.applied is None
    assert result.next_step is NextStep.RETRY_LATER
    assert "could not be read" in result.message
    assert [i.intent_id for i in journal.open_intents()] == [intent]

    (later,) = await reconciler.reconcile()
    assert (later.applied, later.next_step) == (True, NextStep.DONE)
    assert journal.open_intents() == []


@pytest.mark.asyncio
async def test_partly_packed_items_count_as_applied_and_the_rest_can_be_packed(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    order = lazada.add_order(["MUG", "CUP", "LID"])
    first, *rest = lazada.items(order.order_id)
    await lazada.pack({order.order_id: [first.order_item_id]}, shipping_allocate_type="TFS")
    journal.begin(action="pack", shop_id=SHOP, order_ids=[order.order_id],
                  item_ids=[i.order_item_id for i in (first, *rest)])  # fmt: skip

    (result,) = await _reconciler(journal, lazada).reconcile()
    assert result.applied is True
    assert result.next_step is NextStep.RESEND
    assert result.message.startswith("applied for 1 of 3 items")
    plan = plan_pack(result.items[order.order_id])
    assert plan.to_pack == {order.order_id: tuple(i.order_item_id for i in rest)}


@pytest.mark.asyncio
async def test_canceled_unknown_and_read_only_intents_are_closed_with_nothing_to_do(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    canceled = lazada.add_order(["MUG"])
    lazada.set_status(lazada.items(canceled.order_id)[0].order_item_id, ItemStatus.CANCELED)
    journal.begin(action="pack", shop_id=SHOP, order_ids=[canceled.order_id])
    journal.begin(action="pack", shop_id=SHOP, order_ids=[424242])  # Lazada never heard of it
    journal.begin(action="print_awb", shop_id=SHOP, order_ids=[canceled.order_id])

    results = await _reconciler(journal, lazada).reconcile()
    assert [r.next_step for r in results] == [NextStep.NOTHING] * 3
    assert [r.message for r in results] == [
        "not applied: the items were canceled",
        "not applied: Lazada does not know order 424242 (/order/items/get: 16: Order not found)",
        "not applied: printing changes nothing at Lazada; print again if needed",
    ]
    assert journal.open_intents() == []


@pytest.mark.asyncio
async def test_only_the_named_intents_are_judged(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    a, b = lazada.add_order(["MUG"]), lazada.add_order(["CUP"])
    lazada.lose_answers("pack")
    lost = await _pack(journal, lazada, a.order_id)
    in_flight = journal.begin(action="pack", shop_id=SHOP, order_ids=[b.order_id])

    (result,) = await _reconciler(journal, lazada).reconcile([lost])
    assert result.intent.intent_id == lost
    assert [i.intent_id for i in journal.open_intents()] == [in_flight]


@pytest.mark.asyncio
async def test_repack_dbs_and_digital_are_judged_from_item_statuses(
    journal: SqliteJournal, lazada: FakeLazada
) -> None:
    repacked = lazada.add_order(["MUG"])
    await _pack(journal, lazada, repacked.order_id)
    old = lazada.items(repacked.order_id)[0].package_id
    await lazada.recreate_package([old])
    journal.begin(action="repack", shop_id=SHOP, order_ids=[repacked.order_id],
                  package_ids=[old])  # fmt: skip

    dbs = lazada.add_order(["SOFA"], dbs=True)
    await _pack(journal, lazada, dbs.order_id)
    dbs_pkg = lazada.items(dbs.order_id)[0].package_id
    await lazada.ready_to_ship([dbs_pkg])
    journal.begin(action="dbs_delivered", shop_id=SHOP, order_ids=[dbs.order_id],
                  package_ids=[dbs_pkg])  # fmt: skip

    digital = lazada.add_order(["EBOOK"], digital=True)
    item = lazada.items(digital.order_id)[0].order_item_id
    journal.begin(action="digital", shop_id=SHOP, order_ids=[digital.order_id], item_ids=[item])
    await lazada.deliver_digital({digital.order_id: [item]})

    repack, delivered, ebook = await _reconciler(journal, lazada).reconcile()
    assert (repack.applied, repack.message) == (True, "applied: the package was recreated")
    assert (delivered.applied, delivered.next_step) == (False, NextStep.RESEND)
    assert (ebook.applied, ebook.message) == (True, "applied: delivered")


def test_plan_pack_never_packs_what_is_already_packed() -> None:
    lazada = FakeLazada()
    order = lazada.add_order(["MUG", "CUP", "LID"])
    mug, cup, lid = lazada.items(order.order_id)
    lazada.set_status(mug.order_item_id, ItemStatus.PACKED)
    lazada.set_status(lid.order_item_id, ItemStatus.CANCELED)
    wanted = {order.order_id: [mug.order_item_id, cup.order_item_id, lid.order_item_id, 99]}

    plan = plan_pack(lazada.items(order.order_id), wanted)
    assert plan.to_pack == {order.order_id: (cup.order_item_id,)}
    assert plan.already_packed == {order.order_id: ()}
    assert plan.skipped == ((lid.order_item_id, "canceled"),)
    assert plan.messages == (
        f"Order {order.order_id} is already packed; not packing it again.",
        f"Item {lid.order_item_id} is canceled at Lazada; it cannot be packed.",
        "Item 99 is no longer in the order at Lazada.",
    )


def test_plan_rts_sorts_packages_by_what_lazada_says() -> None:
    lazada = FakeLazada()
    order = lazada.add_order(["MUG"])
    items = lazada.items(order.order_id)
    plan = plan_rts(items, ["FP-NONE"])
    assert plan.not_ready == ("FP-NONE",)
    assert plan.messages == ("Package FP-NONE has no live items at Lazada (canceled or repacked).",)


@pytest.mark.asyncio
async def test_guard_reads_several_orders_in_one_call() -> None:
    lazada = FakeLazada()
    a, b = lazada.add_order(["MUG"]), lazada.add_order(["CUP"])
    wanted = {o.order_id: [i.order_item_id for i in lazada.items(o.order_id)] for o in (a, b)}
    plan = await IdempotencyGuard(lazada).pack(wanted)
    assert plan.to_pack == {o: tuple(ids) for o, ids in wanted.items()}
    assert lazada.calls["get_multiple_order_items"] == 1
