"""PackingService against fakes of its ports: what the packer sees, what Lazada ends up with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from lazpack.config import PackingSettings
from lazpack.domain.models import (
    BatchResult,
    Order,
    OrderItem,
    RowResult,
    ShipmentProvider,
    ShipmentProviders,
)
from lazpack.domain.workflow import Kind, ScanOutcome, Severity, State
from lazpack.errors import BusinessError, StorageError, TransientError
from lazpack.services.fulfilment import ProviderDecision
from lazpack.services.packing import PackingService
from tests.helpers.lazada import FakeLazada
from tests.helpers.packing import Index, MemoryJournal, PortLabels

SHOP = "s1"
pytestmark = pytest.mark.asyncio


@dataclass
class World:
    lazada: FakeLazada
    journal: MemoryJournal
    labels: PortLabels
    index: Index
    settings: PackingSettings
    service: PackingService
    seen: list[ScanOutcome] = field(default_factory=list)

    def order(self, *skus: str, status: str = "pending", **kw: bool) -> Order:
        order = self.lazada.add_order(skus, status=status, **kw)
        self.refresh(order)
        return order

    def refresh(self, order: Order) -> None:
        self.index.put(SHOP, order, self.lazada.items(order.order_id))

    def statuses(self, order: Order) -> list[str]:
        return sorted(str(i.status) for i in self.lazada.items(order.order_id))

    def new_service(self) -> PackingService:
        return PackingService(
            lazada=lambda shop: self.lazada,
            journal=self.journal,
            labels=self.labels,
            orders=self.index,
            settings=self.settings,
        )


def make_world(**settings: object) -> World:
    lazada = FakeLazada()
    journal = MemoryJournal()
    labels = PortLabels(lambda shop: lazada)
    index = Index()
    ps = PackingSettings(**settings)  # type: ignore[arg-type]
    service = PackingService(
        lazada=lambda shop: lazada,
        journal=journal,
        labels=labels,
        orders=index,
        settings=ps,
        packer="ana",
    )
    w = World(lazada, journal, labels, index, ps, service)
    service.add_listener(w.seen.append)
    return w


async def scan(w: World, *codes: str) -> ScanOutcome:
    out = None
    for code in codes:
        out = await w.service.handle_scan(code)
    assert out is not None
    return out


# ------------------------------------------------------------------ happy path
async def test_scan_order_then_items_runs_to_ready_to_ship() -> None:
    w = make_world()
    o = w.order("A", "A", "B")
    opened = await scan(w, f"{o.order_number}\r")
    assert opened.kind is Kind.ORDER_OPENED and opened.progress == (0, 3)
    assert "2× A" in opened.message and opened.next_action.startswith("Scan A")
    first = await scan(w, "a")
    assert (first.kind, first.severity, first.progress) == (Kind.OK, Severity.OK, (1, 3))
    await scan(w, "B")
    last = await scan(w, "]C1A")
    assert last.kind is Kind.COMPLETE and last.state is State.VERIFIED
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    assert w.statuses(o) == ["ready_to_ship"] * 3
    assert w.lazada.calls["pack"] == 1 and w.lazada.calls["ready_to_ship"] == 1
    assert len(w.labels.printed) == 1 and w.labels.printed[0][0].startswith(b"%PDF")
    assert [k.kind for k in w.seen[-3:]] == [Kind.PACKED, Kind.LABELLED, Kind.READY]
    assert w.seen[-1].next_action.startswith("Put the parcel aside")
    assert w.seen[-3].next_action.startswith("Working")
    assert w.journal.actions() == ["pack", "rts"]
    assert all(f[1]["outcome"] == "ok" for f in w.journal.finishes)
    assert all(i.packer == "ana" for i in w.journal.intents.values())
    assert {s["packer"] for s in w.journal.scans} == {"ana"}


async def test_next_order_scan_closes_a_finished_one() -> None:
    w = make_world()
    o1, o2 = w.order("A"), w.order("B")
    await scan(w, str(o1.order_number), "A")
    await w.service.settle()
    out = await scan(w, str(o2.order_number))
    assert out.kind is Kind.ORDER_OPENED and out.order_id == o2.order_id


# ------------------------------------------------------------------ bad scans
async def test_wrong_item_is_red_names_it_and_writes_nothing() -> None:
    w = make_world()
    o = w.order("A", "B")
    w.order("ZZZ")
    await scan(w, str(o.order_number))
    out = await scan(w, "ZZZ")
    assert out.kind is Kind.WRONG_ITEM and out.severity is Severity.ERROR
    assert "ZZZ" in out.message and str(o.order_number) in out.message
    assert out.progress == (0, 2)
    assert w.lazada.writes == []
    assert w.journal.scans[-1]["result"] == "wrong_item"


async def test_over_scan_is_red_and_not_counted() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A")
    out = await scan(w, "A")
    assert out.kind is Kind.OVER_SCAN and "Put this one back" in out.message
    assert out.progress == (1, 2)


async def test_unknown_barcode_can_be_linked_and_counts() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number))
    out = await scan(w, "4006381333931")
    assert out.kind is Kind.UNKNOWN and out.severity is Severity.ERROR
    assert "4006381333931" in out.message and out.link_candidates == ("A", "B")
    linked = w.service.link_alias("4006381333931", "B")
    assert linked.kind is Kind.OK and linked.progress == (1, 2)
    assert any(s.kind is Kind.ALIAS_LINKED for s in w.seen)
    assert w.journal.aliases(SHOP) == {"4006381333931": "B"}
    # the alias works for the next order with that SKU too
    await scan(w, "A")
    await w.service.settle()
    o2 = w.order("B")
    await scan(w, str(o2.order_number))
    assert (await scan(w, "4006381333931")).kind is Kind.COMPLETE


async def test_shop_sku_is_an_item_barcode() -> None:
    w = make_world(auto_until="verify")
    o = w.order("A")
    await scan(w, str(o.order_number))
    out = await scan(w, "a-shop")
    assert out.kind is Kind.COMPLETE and "shop SKU" in out.message


async def test_scanning_another_order_mid_verification_is_refused() -> None:
    w = make_world()
    o1, o2 = w.order("A", "B"), w.order("C")
    await scan(w, str(o1.order_number), "A")
    out = await scan(w, str(o2.order_number))
    assert out.kind is Kind.NOT_ALLOWED and "CANCEL" in out.message
    assert w.service.session is not None and w.service.session.order_id == o1.order_id


async def test_item_scan_without_order_says_what_to_do() -> None:
    w = make_world()
    out = await scan(w, "NOPE-123")
    assert out.kind is Kind.UNKNOWN and "NOPE-123" in out.message
    assert out.next_action.startswith("Scan an order")


# ------------------------------------------------------------------ packer actions
async def test_manual_confirm_needs_a_single_missing_sku() -> None:
    w = make_world(auto_until="verify")
    o = w.order("A", "B")
    await scan(w, str(o.order_number))
    refused = await scan(w, "#LP:MANUAL")
    assert refused.kind is Kind.NOT_ALLOWED and "2 different items" in refused.message
    await scan(w, "A")
    ok = await scan(w, "#lp:manual")
    assert ok.kind is Kind.COMPLETE and "without barcode" in ok.message
    assert ok.lines[1].manual == 1
    assert w.journal.scans[-1]["result"] == "manual"


async def test_undo_takes_back_the_last_scan() -> None:
    w = make_world(auto_until="verify")
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A", "B")
    out = await scan(w, "#LP:UNDO")
    assert out.kind is Kind.UNDONE and out.state is State.VERIFYING and out.progress == (1, 2)
    await scan(w, "#LP:UNDO")
    nothing = await scan(w, "#LP:UNDO")
    assert nothing.kind is Kind.NOT_ALLOWED


async def test_cancel_before_pack_sends_nothing_and_clears_the_session() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A")
    out = await scan(w, "#LP:CANCEL")
    assert out.kind is Kind.CANCELLED and out.state is State.IDLE
    assert w.journal.session is None and w.lazada.writes == []
    assert "cancel" in w.journal.event_names()


async def test_auto_until_verify_waits_for_done() -> None:
    w = make_world(auto_until="verify")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.VERIFIED and w.lazada.writes == []
    await scan(w, "#LP:DONE")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    closed = await scan(w, "#LP:DONE")
    assert closed.kind is Kind.CLOSED and w.service.session is None


async def test_auto_until_pack_stops_after_pack() -> None:
    w = make_world(auto_until="pack")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.PACKED and w.labels.printed == []
    assert w.statuses(o) == ["packed"]


async def test_done_with_items_missing_is_refused() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A")
    out = await scan(w, "#LP:DONE")
    assert out.kind is Kind.NOT_ALLOWED and "PARTIAL" in out.message
    assert w.lazada.writes == []


async def test_partial_pack_only_on_purpose_rest_stays_pending() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A", "#LP:PARTIAL")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    by_sku = {i.sku: str(i.status) for i in w.lazada.items(o.order_id)}
    assert by_sku == {"A": "ready_to_ship", "B": "pending"}
    assert any("stay pending" in s.message for s in w.seen)


async def test_scan_while_a_step_runs_is_busy_not_lost_silently() -> None:
    w = make_world()
    o1, o2 = w.order("A"), w.order("B")
    await scan(w, str(o1.order_number), "A")
    out = await scan(w, str(o2.order_number))  # the pack task has not run yet
    assert out.kind is Kind.BUSY and out.severity is Severity.ERROR
    await w.service.settle()


async def test_packer_login_is_recorded_on_every_action() -> None:
    w = make_world()
    o = w.order("A")
    out = await scan(w, "#LP:PACKER:Mai Tran")
    assert out.kind is Kind.PACKER and w.service.packer == "Mai Tran"
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert {i.packer for i in w.journal.intents.values()} == {"Mai Tran"}
    assert w.journal.scans[-1]["packer"] == "Mai Tran"
    assert all(e["packer"] == "Mai Tran" for e in w.journal.events)


# ------------------------------------------------------------------ failures and safety
async def test_pack_answer_lost_is_reconciled_not_resent() -> None:
    w = make_world()
    o = w.order("A")
    w.lazada.lose_answers("pack")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    assert w.lazada.calls["pack"] == 1
    outcomes = [f[1]["outcome"] for f in w.journal.finishes]
    assert outcomes[:2] == ["unknown", "reconciled"]
    assert w.journal.open_intents() == []


async def test_pack_that_failed_before_applying_is_retried_with_done() -> None:
    w = make_world()
    o = w.order("A")
    w.lazada.fail_before("pack", TransientError("ServiceTimeout", code="ServiceTimeout"))
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    failed = w.seen[-1]
    assert failed.kind is Kind.STEP_FAILED and failed.severity is Severity.ERROR
    assert w.service.state is State.VERIFIED and "DONE" in failed.next_action
    await scan(w, "#LP:DONE")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP and w.statuses(o) == ["ready_to_ship"]


async def test_order_packed_elsewhere_is_not_packed_again() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A", "B")
    # someone packed it in Seller Center between open and pack
    await w.lazada.pack({o.order_id: [i.order_item_id for i in w.lazada.items(o.order_id)]},
                        shipping_allocate_type="TFS")  # fmt: skip
    await w.service.settle()
    assert w.lazada.calls["pack"] == 1  # only the outside one
    assert w.service.state is State.READY_TO_SHIP
    assert any("already packed" in s.message for s in w.seen)


async def test_rts_of_a_ready_package_is_a_no_op_with_a_message() -> None:
    w = make_world(auto_until="label")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.LABELLED
    pkg = w.lazada.items(o.order_id)[0].package_id
    await w.lazada.ready_to_ship([pkg])
    await scan(w, "#LP:DONE")
    await w.service.settle()
    assert w.lazada.calls["ready_to_ship"] == 1
    assert w.seen[-1].kind is Kind.READY and "already ready to ship" in w.seen[-1].message


async def test_printer_failure_is_retryable() -> None:
    w = make_world()
    o = w.order("A")
    w.labels.fail_next = 1
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.PACKED and w.seen[-1].kind is Kind.STEP_FAILED
    assert "printer" in w.seen[-1].message
    await scan(w, "#LP:DONE")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP and w.lazada.calls["pack"] == 1


async def test_reprint_prints_again() -> None:
    w = make_world()
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    await scan(w, "#LP:REPRINT")
    await w.service.settle()
    assert len(w.labels.printed) == 2 and "label_reprinted" in w.journal.event_names()


async def test_repack_voids_the_package_and_packs_again() -> None:
    w = make_world(auto_until="label")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    old = w.lazada.items(o.order_id)[0].package_id
    await scan(w, "#LP:REPACK")
    await w.service.settle()
    assert w.service.state is State.VERIFIED and w.statuses(o) == ["repacked"]
    await scan(w, "#LP:DONE")
    await w.service.settle()
    new = w.lazada.items(o.order_id)[0].package_id
    assert w.service.state is State.READY_TO_SHIP and new != old


async def test_cancel_after_pack_closes_and_says_it_stays_packed() -> None:
    w = make_world(auto_until="pack")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    out = await scan(w, "#LP:CANCEL")
    assert out.kind is Kind.CLOSED and "stays packed" in out.message
    assert w.statuses(o) == ["packed"]


async def test_confirm_label_scan_rejects_a_wrong_label() -> None:
    w = make_world(confirm_label_scan=True)
    o, other = w.order("A"), w.order("B")
    await w.lazada.pack({other.order_id: [w.lazada.items(other.order_id)[0].order_item_id]},
                        shipping_allocate_type="TFS")  # fmt: skip
    w.refresh(other)
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.LABELLED
    assert "Scan it on the parcel" in w.seen[-1].message
    assert w.seen[-1].next_action == "Scan the label on the parcel to confirm it."
    wrong = await scan(w, w.lazada.items(other.order_id)[0].tracking_code)
    assert wrong.kind is Kind.LABEL_MISMATCH and wrong.severity is Severity.ERROR
    done = await scan(w, "#LP:DONE")
    assert done.kind is Kind.NOT_ALLOWED
    right = await scan(w, w.lazada.items(o.order_id)[0].tracking_code.lower())
    assert right.kind is Kind.LABEL_CONFIRMED
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP


async def test_label_first_flow_scans_the_parcel_label_and_ships() -> None:
    w = make_world(flow="label_first")
    o = w.order("A", "B")
    ids = [i.order_item_id for i in w.lazada.items(o.order_id)]
    await w.lazada.pack({o.order_id: ids}, shipping_allocate_type="TFS")
    w.refresh(o)
    tracking = w.lazada.items(o.order_id)[0].tracking_code
    opened = await scan(w, tracking)
    assert opened.kind is Kind.ORDER_OPENED and "Already packed" in opened.message
    await scan(w, "A", "B")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    assert w.labels.printed == [] and w.lazada.calls["pack"] == 1


# ------------------------------------------------------------------ crash and resume
async def test_resume_continues_verification_where_it_stopped() -> None:
    w = make_world(auto_until="verify")
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A")
    second = w.new_service()  # the station restarted
    out = await second.resume()
    assert out is not None and out.progress == (1, 2) and out.state is State.VERIFYING
    assert (await second.handle_scan("B")).kind is Kind.COMPLETE


async def test_resume_after_crash_mid_pack_does_not_pack_twice() -> None:
    w = make_world()
    o = w.order("A")
    w.service.settings.auto_until = "verify"
    await scan(w, str(o.order_number), "A")
    # the crash: intent written, Pack applied at Lazada, answer never processed
    ids = [i.order_item_id for i in w.lazada.items(o.order_id)]
    w.journal.begin(action="pack", shop_id=SHOP, order_ids=[o.order_id], item_ids=ids)
    await w.lazada.pack({o.order_id: ids}, shipping_allocate_type="TFS")
    second = w.new_service()
    second.settings.auto_until = "rts"
    out = await second.resume()
    assert out is not None and out.state is State.PACKED
    assert second.done().kind is Kind.COMMAND
    await second.settle()
    assert second.state is State.READY_TO_SHIP
    assert w.lazada.calls["pack"] == 1 and w.journal.open_intents() == []


async def test_resume_of_a_damaged_session_is_a_clear_message() -> None:
    w = make_world()
    w.journal.session = {"v": 1, "lines": "garbage"}
    out = await w.service.resume()
    assert out is not None and out.kind is Kind.STEP_FAILED and "cannot be restored" in out.message
    assert w.journal.session is None


async def test_resume_without_a_session_does_nothing() -> None:
    assert await make_world().service.resume() is None


# ------------------------------------------------------------------ batch
async def test_batch_packs_prints_once_and_ships_everything() -> None:
    w = make_world()
    orders = [w.order("A", "B") for _ in range(3)]
    report = await w.service.batch([(SHOP, o.order_id) for o in orders])
    assert [x.step for x in report.outcomes] == ["rts"] * 3 and not report.failed
    assert len(w.labels.printed) == 1
    assert all(w.statuses(o) == ["ready_to_ship"] * 2 for o in orders)


async def test_batch_whole_call_refusal_is_split_and_fails_no_order() -> None:
    w = make_world()
    orders = [w.order("A") for _ in range(25)]
    w.lazada.fail_before("pack", BusinessError("E0001", code="E0001"))
    report = await w.service.batch([(SHOP, o.order_id) for o in orders])
    assert not report.failed and len(report.succeeded) == 25
    assert all(w.statuses(o) == ["ready_to_ship"] for o in orders)
    # 20 refused as a whole (nothing applied), then its halves 10 + 10, then the last 5
    assert w.lazada.calls["pack"] == 4
    assert w.journal.open_intents() == []


async def test_batch_label_first_stops_before_rts_and_skips_packed_orders() -> None:
    w = make_world(flow="label_first")
    o1, o2 = w.order("A"), w.order("B")
    await w.lazada.pack({o1.order_id: [w.lazada.items(o1.order_id)[0].order_item_id]},
                        shipping_allocate_type="TFS")  # fmt: skip
    report = await w.service.batch([(SHOP, o1.order_id), (SHOP, o2.order_id), (SHOP, 1)])
    steps = {x.order_id: (x.step, x.ok) for x in report.outcomes}
    assert steps[o1.order_id] == ("label", True) and steps[o2.order_id] == ("label", True)
    assert steps[1][1] is False and report.retry_keys == []
    assert w.lazada.calls["pack"] == 2 and w.lazada.calls["ready_to_ship"] == 0


@pytest.mark.parametrize("step", ["verify", "pack", "label", "rts"])
async def test_every_auto_until_step_is_accepted(step: str) -> None:
    w = make_world(auto_until=step)
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    expected = {
        "verify": State.VERIFIED,
        "pack": State.PACKED,
        "label": State.LABELLED,
        "rts": State.READY_TO_SHIP,
    }
    assert w.service.state is expected[step]


# ------------------------------------------------------------------ providers, DBS, robustness
class CrossBorderLazada(FakeLazada):
    """A cross-border shop: Lazada offers providers and the seller must pass one."""

    def __init__(self) -> None:
        super().__init__()
        self.codes: list[str | None] = []

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders:
        self.calls["get_shipment_providers"] += 1
        offered = (ShipmentProvider("LEX CB", "LEX-CB"), ShipmentProvider("Ninja", "NJV"))
        return ShipmentProviders(False, offered, "NTFS")

    async def pack(
        self,
        orders: Mapping[int, Sequence[int]],
        *,
        shipping_allocate_type: str,
        shipment_provider_code: str | None = None,
        delivery_type: str = "dropship",
    ) -> BatchResult:
        self.codes.append(shipment_provider_code)
        return await super().pack(orders, shipping_allocate_type=shipping_allocate_type)


def cross_border_world(**settings: object) -> World:
    w = make_world(**settings)
    w.lazada = CrossBorderLazada()
    w.labels = PortLabels(lambda shop: w.lazada)
    w.service = w.new_service()
    w.service.add_listener(w.seen.append)
    return w


async def test_ask_provider_uses_the_packers_pick() -> None:
    asked: list[tuple[str, ProviderDecision]] = []

    async def pick(shop_id: str, decision: ProviderDecision) -> str | None:
        asked.append((shop_id, decision))
        return "NJV"

    w = cross_border_world(provider_choice="ask")
    w.service = PackingService(
        lazada=lambda shop: w.lazada,
        journal=w.journal,
        labels=w.labels,
        orders=w.index,
        settings=w.settings,
        pick_provider=pick,
    )
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    assert [a[0] for a in asked] == [SHOP]
    assert isinstance(w.lazada, CrossBorderLazada) and w.lazada.codes == ["NJV"]


async def test_no_provider_chosen_sends_no_pack() -> None:
    w = cross_border_world(provider_choice="ask")
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.seen[-1].kind is Kind.STEP_FAILED and "provider" in w.seen[-1].message
    assert w.lazada.writes == [] and w.service.state is State.VERIFIED


async def test_saved_provider_is_used_without_asking() -> None:
    w = cross_border_world(provider_choice="saved")
    w.service = PackingService(
        lazada=lambda shop: w.lazada,
        journal=w.journal,
        labels=w.labels,
        orders=w.index,
        settings=w.settings,
        saved_providers={SHOP: {"NTFS": "LEX-CB"}},
    )
    o = w.order("A")
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert isinstance(w.lazada, CrossBorderLazada) and w.lazada.codes == ["LEX-CB"]


async def test_delivery_by_seller_order_needs_no_label() -> None:
    w = make_world()
    o = w.order("A", dbs=True)
    await scan(w, str(o.order_number), "A")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP and w.labels.printed == []
    assert (await scan(w, "#LP:REPRINT")).kind is Kind.NOT_ALLOWED


class FailingScanJournal(MemoryJournal):
    def record_scan(self, **kw: Any) -> None:
        raise StorageError("The local journal could not be written: disk full.")


async def test_journal_failure_on_a_scan_is_shown_and_the_scan_still_counts() -> None:
    w = make_world(auto_until="verify")
    w.journal = FailingScanJournal()
    w.service = w.new_service()
    w.service.add_listener(w.seen.append)
    o = w.order("A", "B")
    await scan(w, str(o.order_number))
    out = await scan(w, "A")
    assert out.kind is Kind.STEP_FAILED and "disk full" in out.message
    assert w.seen[-2].kind is Kind.OK and w.seen[-2].progress == (1, 2)


async def test_a_broken_listener_does_not_stop_packing() -> None:
    w = make_world(auto_until="verify")

    def broken(outcome: ScanOutcome) -> None:
        raise RuntimeError("view crashed")

    w.service.add_listener(broken)
    o = w.order("A")
    await scan(w, str(o.order_number))
    assert (await scan(w, "A")).kind is Kind.COMPLETE
    assert w.seen[-1].kind is Kind.COMPLETE


async def test_open_order_from_the_list() -> None:
    w = make_world()
    o = w.order("A")
    out = w.service.open_order(SHOP, o.order_id)
    assert out.kind is Kind.ORDER_OPENED
    assert w.service.open_order(SHOP, 42).kind is Kind.UNKNOWN
    again = w.service.open_order(SHOP, o.order_id)
    assert again.kind is Kind.DUPLICATE


class OneRowFails(FakeLazada):
    """Lazada refuses one item row once (3PL allocation), packing the others."""

    def __init__(self) -> None:
        super().__init__()
        self.refuse: int | None = None

    async def pack(
        self,
        orders: Mapping[int, Sequence[int]],
        *,
        shipping_allocate_type: str,
        shipment_provider_code: str | None = None,
        delivery_type: str = "dropship",
    ) -> BatchResult:
        refused, self.refuse = self.refuse, None
        if refused is None:
            return await super().pack(orders, shipping_allocate_type=shipping_allocate_type)
        rest = {o: [i for i in ids if i != refused] for o, ids in orders.items()}
        res = await super().pack(rest, shipping_allocate_type=shipping_allocate_type)
        bad = RowResult(refused, False, "1003", "E1003_3PL_ALLOCATION_FAIL", True)
        return BatchResult((*res.rows, bad), res.request_ids)


async def test_a_refused_row_never_leaves_the_order_half_packed() -> None:
    w = make_world()
    w.lazada = OneRowFails()
    w.labels = PortLabels(lambda shop: w.lazada)
    w.service = w.new_service()
    w.service.add_listener(w.seen.append)
    o = w.order("A", "B")
    assert isinstance(w.lazada, OneRowFails)
    w.lazada.refuse = w.lazada.items(o.order_id)[1].order_item_id
    await scan(w, str(o.order_number), "A", "B")
    await w.service.settle()
    failed = w.seen[-1]
    assert failed.kind is Kind.STEP_FAILED and "1003" in failed.message
    assert "one parcel" in failed.message
    assert w.statuses(o) == ["pending", "repacked"] and w.service.state is State.VERIFIED
    await scan(w, "#LP:DONE")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    packages = {i.package_id for i in w.lazada.items(o.order_id)}
    assert len(packages) == 1 and len(w.labels.printed) == 1


async def test_batch_leaves_the_order_open_at_the_station_alone() -> None:
    w = make_world()
    o1, o2 = w.order("A"), w.order("B")
    await scan(w, str(o1.order_number))
    report = await w.service.batch([(SHOP, o1.order_id), (SHOP, o2.order_id)])
    [failed] = report.failed
    assert failed.order_id == o1.order_id and "scan station" in failed.message
    assert w.statuses(o1) == ["pending"] and w.statuses(o2) == ["ready_to_ship"]


async def test_item_scanned_with_no_order_open_says_so() -> None:
    w = make_world()
    w.order("A")
    out = await scan(w, "A")
    assert out.kind is Kind.NO_ORDER and out.severity is Severity.ERROR
    assert "no order is open" in out.message


async def test_history_can_find_a_packed_order_by_tracking_and_sku() -> None:
    """The journal learns the order number, SKUs, packages and tracking numbers."""
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number), "A", "B")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    ((_shop, order_id), refs), *_ = w.journal.refs.items()
    assert order_id == o.order_id
    assert refs["order_number"] == o.order_number
    assert sorted(refs["skus"]) == ["A", "B"]
    assert refs["package_ids"] and refs["tracking_numbers"]


async def test_batch_pack_row_refused_for_good_is_not_offered_for_retry() -> None:
    w = make_world()
    good, bad = w.order("A"), w.order("B")
    real_pack = w.lazada.pack
    bad_item = w.lazada.items(bad.order_id)[0].order_item_id

    async def pack(orders: Mapping[int, Sequence[int]], **kw: Any) -> BatchResult:
        res = await real_pack({o: ids for o, ids in orders.items() if o != bad.order_id}, **kw)
        if bad.order_id not in orders:
            return res
        row = RowResult(bad_item, False, "700004", "PARAM_ILLEGAL", False, bad.order_id)
        return BatchResult((*res.rows, row), res.request_ids)

    w.lazada.pack = pack  # type: ignore[method-assign]
    report = await w.service.batch([(SHOP, good.order_id), (SHOP, bad.order_id)])
    failed = {o.order_id: o.retryable for o in report.outcomes if not o.ok}
    assert failed == {bad.order_id: False} and report.retry_keys == []


class CountingJournal(MemoryJournal):
    """Counts alias reads (on PostgreSQL each one is a database round trip)."""

    def __init__(self) -> None:
        super().__init__()
        self.alias_reads = 0

    def aliases(self, shop_id: str) -> dict[str, str]:
        self.alias_reads += 1
        return super().aliases(shop_id)


async def test_aliases_are_read_once_per_shop_and_reread_after_a_catalogue_import() -> None:
    w = make_world()
    journal = CountingJournal()
    w.journal = journal
    w.service = PackingService(
        lazada=lambda shop: w.lazada,
        journal=journal,
        labels=w.labels,
        orders=w.index,
        settings=w.settings,
    )
    first, second, third = w.order("A"), w.order("B"), w.order("C")
    await scan(w, str(first.order_number), "A")
    await w.service.settle()
    await scan(w, str(second.order_number))
    assert journal.alias_reads == 1
    linked = await w.service.handle_scan("EAN-B")
    assert linked.kind is Kind.UNKNOWN and linked.link_candidates == ("B",)
    reads = journal.alias_reads  # an unknown code looks again (linked elsewhere since?)
    w.service.link_alias("EAN-B", "B")
    assert journal.alias_reads == reads  # link() updates the cache, no re-read
    await w.service.settle()
    # a catalogue import at this station (CatalogueService's listener) is read at the next
    # order, and its barcode counts without another read
    journal.link_alias(shop_id=SHOP, barcode="EAN-C", sku="C")
    w.service.aliases_changed(SHOP)
    await scan(w, str(third.order_number))
    assert journal.alias_reads == reads + 1
    assert (await scan(w, "EAN-C")).kind is Kind.COMPLETE
    assert journal.alias_reads == reads + 1


async def test_an_alias_linked_elsewhere_counts_at_the_scan_that_needs_it() -> None:
    w = make_world()
    o = w.order("A", "B")
    await scan(w, str(o.order_number))
    w.journal.link_alias(shop_id=SHOP, barcode="EAN-A", sku="A")  # the command line
    out = await scan(w, "EAN-A")
    assert out.kind is Kind.OK and out.progress == (1, 2)


class LeavingOut(FakeLazada):
    """GetMultipleOrderItems leaves out the last item of ``order_id`` ``times`` times."""

    def __init__(self) -> None:
        super().__init__()
        self.leave_out: dict[int, int] = {}

    async def get_multiple_order_items(self, order_ids: Any) -> dict[int, list[OrderItem]]:
        fresh = await super().get_multiple_order_items(order_ids)
        for oid in list(fresh):
            if self.leave_out.get(oid, 0) > 0:
                self.leave_out[oid] -= 1
                fresh[oid] = fresh[oid][:-1]
        return fresh


def leaving_out_world() -> tuple[World, LeavingOut]:
    w = make_world()
    lz = LeavingOut()
    w.lazada, w.labels = lz, PortLabels(lambda shop: lz)
    w.service = PackingService(
        lazada=lambda shop: lz,
        journal=w.journal,
        labels=w.labels,
        orders=w.index,
        settings=w.settings,
    )
    return w, lz


async def test_batch_never_packs_part_of_an_order_whose_read_leaves_items_out() -> None:
    w, lz = leaving_out_world()
    good, bad = w.order("A"), w.order("A", "B")
    lz.leave_out[bad.order_id] = 2  # the read and its re-read
    report = await w.service.batch([(SHOP, good.order_id), (SHOP, bad.order_id)])
    [failed] = report.failed
    assert failed.order_id == bad.order_id and failed.retryable
    assert "leaves out 1 of its items" in failed.message and "nothing was sent" in failed.message
    assert w.statuses(bad) == ["pending", "pending"]
    assert w.statuses(good) == ["ready_to_ship"]
    again = await w.service.batch(report.retry_keys)
    assert not again.failed and w.statuses(bad) == ["ready_to_ship"] * 2


async def test_batch_reads_an_order_again_once_when_its_answer_leaves_items_out() -> None:
    w, lz = leaving_out_world()
    o = w.order("A", "B")
    lz.leave_out[o.order_id] = 1
    report = await w.service.batch([(SHOP, o.order_id)])
    assert not report.failed and w.statuses(o) == ["ready_to_ship"] * 2
    assert w.lazada.calls["pack"] == 1


async def test_settle_open_reconciles_only_the_given_orders_and_owes_a_partial_undo() -> None:
    """The one reconcile path the single-order pipeline and batch mode share."""
    w = make_world()
    partly, other = w.order("A", "B"), w.order("C")
    a, b = (i.order_item_id for i in w.lazada.items(partly.order_id))
    res = await w.lazada.pack({partly.order_id: [a]}, shipping_allocate_type="TFS")
    [pkg] = {r.package_id for r in res.rows}
    ctx = w.service.ctx
    mine = ctx.begin("pack", SHOP, partly.order_id, item_ids=[a, b])  # answer lost
    theirs = ctx.begin("pack", SHOP, other.order_id, item_ids=[1])
    elsewhere = ctx.begin("pack", "s2", partly.order_id, item_ids=[a, b])
    results = await ctx.settle_open(SHOP, [partly.order_id])
    assert [r.intent.intent_id for r in results] == [mine]
    assert ctx.owed_undo == {(SHOP, partly.order_id): (pkg,)}
    assert {i.intent_id for i in w.journal.open_intents()} == {theirs, elsewhere}
    assert await ctx.settle_open(SHOP, [partly.order_id]) == []
