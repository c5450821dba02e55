"""FulfilmentService against fakes of LazadaPort and JournalPort (no network, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest

from lazpack.config import Settings
from lazpack.domain.models import (
    BatchResult,
    ItemStatus,
    OrderItem,
    RowResult,
    ShipmentProvider,
    ShipmentProviders,
)
from lazpack.errors import (
    BatchFailedError,
    IllegalAccessTokenError,
    NoProviderError,
    NothingSelectedError,
    OutcomeUnknownError,
    ReasonRequiredError,
    TransientError,
    WorkflowError,
)
from lazpack.services.fulfilment import (
    Action,
    FulfilmentService,
    ProviderChoice,
    RowBatchReport,
    RowState,
    dbs_packages_awaiting,
    decide_provider,
    digital_items_awaiting,
    package_orders,
    split_digital,
)

SHOP = "shop-sg"


# ------------------------------------------------------------------ fakes
@dataclass
class FakeLazada:
    """Answers fulfilment batches like Lazada: per-row codes, scripted per package/item."""

    row_errors: dict[str | int, tuple[str, str, bool]] = field(default_factory=dict)
    raise_next: list[BaseException] = field(default_factory=list)
    omit: set[str | int] = field(default_factory=set)
    providers: ShipmentProviders = field(default_factory=lambda: ShipmentProviders(True, (), "TFS"))
    calls: list[tuple[str, Any]] = field(default_factory=list)
    _n: int = 0

    def _rows(self, keys: Sequence[str | int], order_of: Mapping[int, int] | None = None) -> Any:
        rows = []
        for k in keys:
            if k in self.omit:
                continue
            code, msg, retry = self.row_errors.get(k, ("0", "success", False))
            rows.append(
                RowResult(
                    key=k,
                    ok=code == "0",
                    err_code=code,
                    msg=msg,
                    retry=retry,
                    order_id=(order_of or {}).get(k) if isinstance(k, int) else None,
                    package_id=k if isinstance(k, str) else "",
                )
            )
        self._n += 1
        return BatchResult(tuple(rows), (f"req-{self._n}",))

    def _maybe_raise(self) -> None:
        if self.raise_next:
            raise self.raise_next.pop(0)

    async def _package_call(self, api: str, package_ids: Sequence[str]) -> BatchResult:
        assert len(package_ids) <= 20, "Lazada rejects batches above 20 (700022)"
        self.calls.append((api, list(package_ids)))
        self._maybe_raise()
        return self._rows(list(package_ids))

    async def recreate_package(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_call("repack", package_ids)

    async def confirm_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_call("dbs_delivered", package_ids)

    async def failed_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_call("dbs_failed", package_ids)

    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> BatchResult:
        assert len(orders) <= 20
        self.calls.append(("digital", {o: list(i) for o, i in orders.items()}))
        self._maybe_raise()
        order_of = {i: o for o, ids in orders.items() for i in ids}
        return self._rows(list(order_of), order_of)

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders:
        self.calls.append(("providers", dict(orders)))
        return self.providers


@dataclass
class FakeJournal:
    intents: dict[int, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)

    def begin(self, **kw: Any) -> int:
        iid = len(self.intents) + 1
        self.intents[iid] = {**kw, "outcome": None}
        return iid

    def finish(self, intent_id: int, **kw: Any) -> None:
        assert self.intents[intent_id]["outcome"] is None, "an intent is finished once"
        self.intents[intent_id].update(kw)

    def record_event(self, **kw: Any) -> None:
        self.events.append(kw)

    # the rest of JournalPort is not used by this service
    def record_scan(self, **kw: Any) -> None: ...
    def open_intents(self) -> list[Any]:
        return [i for i in self.intents.values() if i["outcome"] in (None, "unknown")]

    def save_session(self, state: Any) -> None: ...
    def load_session(self) -> None:
        return None

    def link_alias(self, **kw: Any) -> None: ...
    def aliases(self, shop_id: str) -> dict[str, str]:
        return {}

    def remember_order(self, **kw: Any) -> None: ...


@dataclass
class FakeLedger:
    voided: list[str] = field(default_factory=list)

    def printed_count(self, package_id: str) -> int:
        return 0

    def record_printed(self, package_id: str, *, copies: int = 1, packer: str = "") -> int:
        return copies

    def record_voided(self, package_id: str, *, reason: str = "", packer: str = "") -> None:
        self.voided.append(package_id)

    def is_voided(self, package_id: str) -> bool:
        return package_id in self.voided


@dataclass
class FakeLabels:
    pdfs: dict[str, bytes] = field(default_factory=dict)

    def get(self, package_id: str) -> bytes | None:
        return self.pdfs.get(package_id)

    def put(self, package_id: str, pdf: bytes) -> None:
        self.pdfs[package_id] = pdf

    def discard(self, package_id: str) -> None:
        self.pdfs.pop(package_id, None)


@pytest.fixture
def world() -> tuple[FulfilmentService, FakeLazada, FakeJournal, Settings]:
    api = FakeLazada()
    journal = FakeJournal()
    settings = Settings(packer="Ana")
    svc = FulfilmentService(api, journal, settings, shop_id=SHOP)  # type: ignore[arg-type]
    return svc, api, journal, settings


def item(
    oid: int, iid: int, *, status: str = "pending", pkg: str = "", sof: bool = False, **kw: Any
) -> OrderItem:
    return OrderItem(
        order_item_id=iid,
        order_id=oid,
        status=status,
        name=kw.pop("name", "Thing"),
        sku=kw.pop("sku", "SKU-1"),
        package_id=pkg,
        delivery_option_sof=sof,
        item_price=Decimal("9.90"),
        **kw,
    )


# ----------------------------------------------------------------- repack
@pytest.mark.asyncio
async def test_repack_voids_label_and_sends_order_back_to_packing(world) -> None:
    svc, api, journal, _ = world
    ledger, labels = FakeLedger(), FakeLabels({"FP1": b"%PDF old"})
    svc.ledger, svc.labels = ledger, labels

    report = await svc.repack({"FP1": 1001})

    assert api.calls == [("repack", ["FP1"])]
    assert report.outcome == "ok"
    assert report.orders_to_repack == (1001,)
    intent = journal.intents[1]
    assert intent["action"] == "repack" and intent["package_ids"] == ("FP1",)
    assert intent["order_ids"] == [1001] and intent["packer"] == "Ana"
    assert intent["outcome"] == "ok" and intent["request_ids"] == ["req-1"]
    assert [(e["event"], e["order_id"]) for e in journal.events] == [("label_void", 1001)]
    assert "FP1" in journal.events[0]["detail"]
    assert ledger.voided == ["FP1"]
    assert labels.get("FP1") is None


@pytest.mark.asyncio
async def test_repack_failed_row_keeps_label_and_reports_lazada_msg(world) -> None:
    svc, api, journal, _ = world
    api.row_errors["FP2"] = ("600001", "package not found", True)

    report = await svc.repack({"FP1": 1, "FP2": 2})

    assert [(r.key, r.state) for r in report.rows] == [("FP1", RowState.OK), ("FP2", "failed")]
    bad = report.failed[0]
    assert (bad.err_code, bad.msg, bad.retry, bad.order_id) == (
        "600001",
        "package not found",
        True,
        2,
    )
    assert report.outcome == "partial"
    assert report.orders_to_repack == (1,)
    assert [e["order_id"] for e in journal.events] == [1]  # only the recreated label is void
    assert journal.intents[1]["outcome"] == "partial"
    assert "600001 package not found" in journal.intents[1]["detail"]


@pytest.mark.asyncio
async def test_repack_accepts_bare_ids_and_drops_blanks_and_duplicates(world) -> None:
    svc, api, _, _ = world
    report = await svc.repack(["FP1", " FP1 ", ""])
    assert api.calls == [("repack", ["FP1"])]
    assert report.rows[0].order_id is None
    with pytest.raises(NothingSelectedError):
        await svc.repack([])
    report = await svc.repack("FP9")  # one id, not nine characters
    assert api.calls[-1] == ("repack", ["FP9"])


# ------------------------------------------------------------------- DBS
@pytest.mark.asyncio
async def test_dbs_batch_of_45_is_split_in_calls_of_20(world) -> None:
    svc, api, journal, _ = world
    pkgs = {f"FP{i:03}": 5000 + i for i in range(45)}

    report = await svc.confirm_dbs_delivered(pkgs)

    assert [len(c[1]) for c in api.calls] == [20, 20, 5]
    assert len(report.rows) == 45 and report.all_ok
    assert [r.key for r in report.rows] == list(pkgs)
    assert len(journal.intents) == 3
    assert all(
        i["action"] == "dbs_delivered" and i["outcome"] == "ok" for i in journal.intents.values()
    )
    assert report.request_ids == ("req-1", "req-2", "req-3")


@pytest.mark.asyncio
async def test_failed_delivery_requires_reason_and_journals_it(world) -> None:
    svc, api, journal, _ = world
    with pytest.raises(ReasonRequiredError):
        await svc.fail_dbs_delivery({"FP1": 1}, "   ")
    assert api.calls == [] and journal.intents == {}  # nothing sent, nothing recorded

    report = await svc.fail_dbs_delivery({"FP1": 1}, " Customer not at home ")

    assert report.action is Action.DBS_FAILED and report.reason == "Customer not at home"
    assert api.calls == [("dbs_failed", ["FP1"])]
    assert journal.intents[1]["detail"] == "reason: Customer not at home"


@pytest.mark.asyncio
async def test_non_dbs_package_row_error_is_shown_not_raised(world) -> None:
    svc, api, _, _ = world
    api.row_errors["FP7"] = ("700009", "operation not support fot nonDBS order!", False)
    report = await svc.confirm_dbs_delivered({"FP7": 7})
    assert report.outcome == "failed"
    assert report.rows[0].err_code == "700009"
    assert report.retryable() == ()


@pytest.mark.asyncio
async def test_whole_batch_rejection_marks_every_row_failed(world) -> None:
    svc, api, journal, _ = world
    api.raise_next.append(
        BatchFailedError("operation not support fot nonDBS order!", code="700009", request_id="r9")
    )
    report = await svc.confirm_dbs_delivered(["FP1", "FP2"])
    assert [(r.state, r.err_code) for r in report.rows] == [("failed", "700009")] * 2
    assert report.rows[0].msg == "operation not support fot nonDBS order!"
    assert journal.intents[1]["outcome"] == "failed"
    assert journal.intents[1]["request_ids"] == ["r9"]


# -------------------------------------------------------------- digital
@pytest.mark.asyncio
async def test_deliver_digital_rows_per_item(world) -> None:
    svc, api, journal, _ = world
    api.row_errors[12] = ("700020", "order item not found or not belong to digital!", False)

    report = await svc.deliver_digital({1: [11, 12, 11], 2: [21], 3: []})

    assert api.calls == [("digital", {1: [11, 12], 2: [21]})]
    assert [(r.key, r.order_id, r.state.value) for r in report.rows] == [
        (11, 1, "ok"),
        (12, 1, "failed"),
        (21, 2, "ok"),
    ]
    assert report.failed[0].err_code == "700020"
    assert journal.intents[1]["item_ids"] == [11, 12, 21]
    assert journal.intents[1]["order_ids"] == [1, 2]
    with pytest.raises(NothingSelectedError):
        await svc.deliver_digital({5: []})


@pytest.mark.asyncio
async def test_digital_split_by_orders(world) -> None:
    svc, api, _, _ = world
    report = await svc.deliver_digital({o: [o * 10, o * 10 + 1] for o in range(1, 26)})
    assert [len(c[1]) for c in api.calls] == [20, 5]
    assert len(report.rows) == 50 and report.all_ok


# -------------------------------------------------------- unknown, errors
@pytest.mark.asyncio
async def test_lost_answer_is_unknown_never_retried_and_other_chunks_go_on(world) -> None:
    svc, api, journal, _ = world
    api.raise_next.append(OutcomeUnknownError("answer lost", code="", request_id=""))
    pkgs = [f"FP{i}" for i in range(22)]

    report = await svc.confirm_dbs_delivered(pkgs)

    assert len(api.calls) == 2  # the second chunk still went out
    assert len(report.unknown) == 20 and len(report.succeeded) == 2
    assert report.outcome == "unknown"
    assert report.retryable() == ()
    assert journal.intents[1]["outcome"] == "unknown"
    assert journal.intents[2]["outcome"] == "ok"
    with pytest.raises(NothingSelectedError):
        await svc.retry(report)
    assert len(api.calls) == 2


@pytest.mark.asyncio
async def test_row_missing_from_answer_is_unknown(world) -> None:
    svc, api, journal, _ = world
    api.omit.add("FP2")
    report = await svc.repack({"FP1": 1, "FP2": 2})
    assert [r.state.value for r in report.rows] == ["ok", "unknown"]
    assert journal.intents[1]["outcome"] == "unknown"
    assert [e["order_id"] for e in journal.events] == [1]


@pytest.mark.asyncio
async def test_transient_failure_is_retryable_auth_failure_raises(world) -> None:
    svc, api, journal, _ = world
    api.raise_next.append(TransientError("ServiceTimeout", code="ServiceTimeout"))
    report = await svc.repack(["FP1"])
    assert report.rows[0].state is RowState.FAILED and report.rows[0].retry

    api.raise_next.append(IllegalAccessTokenError("expired", code="IllegalAccessToken"))
    with pytest.raises(IllegalAccessTokenError):
        await svc.repack(["FP2"])
    assert journal.intents[2]["outcome"] == "failed"


@pytest.mark.asyncio
async def test_bug_in_the_port_leaves_intent_unknown_and_propagates(world) -> None:
    svc, api, journal, _ = world
    api.raise_next.append(RuntimeError("boom"))
    with pytest.raises(RuntimeError):
        await svc.repack(["FP1"])
    assert journal.intents[1]["outcome"] == "unknown"
    assert journal.open_intents()  # the reconciler will look at it


# ---------------------------------------------------------------- retry
@pytest.mark.asyncio
async def test_retry_resends_only_retryable_rows_and_merges(world) -> None:
    svc, api, journal, _ = world
    api.row_errors.update(
        {
            "FP2": ("700024", "get lock failed", True),
            "FP3": ("700009", "operation not support fot nonDBS order!", False),
        }
    )
    first = await svc.fail_dbs_delivery({"FP1": 1, "FP2": 2, "FP3": 3}, "Customer refused")
    assert [r.key for r in first.retryable()] == ["FP2"]

    del api.row_errors["FP2"]
    merged = await svc.retry(first)

    assert api.calls[-1] == ("dbs_failed", ["FP2"])
    assert [(r.key, r.state.value) for r in merged.rows] == [
        ("FP1", "ok"),
        ("FP2", "ok"),
        ("FP3", "failed"),
    ]
    assert merged.attempts == 2 and merged.retryable() == ()
    assert merged.rows[1].order_id == 2
    assert journal.intents[2]["detail"] == "reason: Customer refused"


@pytest.mark.asyncio
async def test_retry_digital_and_repack(world) -> None:
    svc, api, journal, _ = world
    api.row_errors[12] = ("700024", "get lock failed", True)
    first = await svc.deliver_digital({1: [11, 12]})
    del api.row_errors[12]
    again = await svc.retry(first)
    assert api.calls[-1] == ("digital", {1: [12]})
    assert again.all_ok

    api.row_errors["FP5"] = ("600001", "package not found", True)
    rep = await svc.repack({"FP5": 5})
    del api.row_errors["FP5"]
    rep2 = await svc.retry(rep)
    assert rep2.orders_to_repack == (5,)
    assert [e["order_id"] for e in journal.events] == [5]


# ------------------------------------------------------------- providers
PROVIDERS = (ShipmentProvider("LEX SG", "LEX"), ShipmentProvider("Ninja Van", "NINJA"))


def test_decide_platform_default_needs_no_choice() -> None:
    d = decide_provider(ShipmentProviders(True, PROVIDERS, "TFS"), {"TFS": "NINJA"})
    assert d.choice is ProviderChoice.PLATFORM and d.provider_code is None
    assert not d.needs_choice and d.allocate_type == "TFS"


def test_decide_uses_saved_choice_when_still_offered() -> None:
    offered = ShipmentProviders(False, PROVIDERS, "NTFS")
    d = decide_provider(offered, {"NTFS": "NINJA"})
    assert (d.choice, d.provider_code) == (ProviderChoice.SAVED, "NINJA")
    # saved for the other allocate type, or no longer offered -> ask, nothing preselected
    for saved in ({"TFS": "NINJA"}, {"NTFS": "GONE"}):
        d = decide_provider(offered, saved)
        assert d.needs_choice and d.preselected is None and d.providers == PROVIDERS


def test_decide_ask_mode_preselects_last_choice() -> None:
    d = decide_provider(ShipmentProviders(False, PROVIDERS, "NTFS"), {"NTFS": "NINJA"}, mode="ask")
    assert d.needs_choice and d.preselected == "NINJA" and d.provider_code is None
    picked = d.chosen("LEX")
    assert picked.provider_code == "LEX" and not picked.needs_choice
    with pytest.raises(WorkflowError):
        d.chosen("DHL")


def test_decide_single_provider_and_none() -> None:
    one = ShipmentProviders(False, PROVIDERS[:1], "NTFS")
    assert decide_provider(one).provider_code == "LEX"
    assert decide_provider(one).choice is ProviderChoice.ONLY
    assert decide_provider(one, mode="ask").needs_choice
    with pytest.raises(NoProviderError):
        decide_provider(ShipmentProviders(False, (), "NTFS"))


@pytest.mark.asyncio
async def test_choose_and_remember_provider_per_shop_and_type(world) -> None:
    svc, api, _, settings = world
    saved_to: list[dict[str, dict[str, str]]] = []
    svc.save_settings = lambda s: saved_to.append(
        {k: dict(v) for k, v in s.saved_providers.items()}
    )
    api.providers = ShipmentProviders(False, PROVIDERS, "NTFS")

    first = await svc.choose_provider(SHOP, {1: [11]})
    assert first.needs_choice and api.calls == [("providers", {1: [11]})]

    svc.remember_provider(SHOP, first.allocate_type, "NINJA")
    assert settings.saved_providers == {SHOP: {"NTFS": "NINJA"}}
    assert saved_to == [{SHOP: {"NTFS": "NINJA"}}]
    svc.remember_provider(SHOP, "NTFS", "NINJA")
    assert len(saved_to) == 1  # unchanged choice: no write

    again = await svc.choose_provider(SHOP, {2: [21]})
    assert (again.choice, again.provider_code) == (ProviderChoice.SAVED, "NINJA")
    other_shop = await svc.choose_provider("shop-my", {3: [31]})
    assert other_shop.needs_choice
    with pytest.raises(NothingSelectedError):
        await svc.choose_provider(SHOP, {})


# -------------------------------------------------------------- helpers
def test_dbs_packages_awaiting_groups_rts_dbs_items() -> None:
    items = [
        item(2, 21, status="ready_to_ship", pkg="FP2", sof=True, sku="B"),
        item(1, 11, status="ready_to_ship", pkg="FP1", sof=True, sku="A"),
        item(1, 12, status="ready_to_ship", pkg="FP1", sof=True, sku="A"),
        item(1, 13, status="ready_to_ship", pkg="FP1", sof=True, sku="C"),
        item(3, 31, status="packed", pkg="FP3", sof=True),  # not shipped yet
        item(4, 41, status="ready_to_ship", pkg="FP4"),  # a 3PL parcel
        item(5, 51, status="delivered", pkg="FP5", sof=True),
    ]
    pkgs = dbs_packages_awaiting(items)
    assert [(p.package_id, p.order_id, len(p.items)) for p in pkgs] == [
        ("FP1", 1, 3),
        ("FP2", 2, 1),
    ]
    assert pkgs[0].skus == [("A", 2), ("C", 1)]


def test_digital_selection_and_split() -> None:
    items = [
        item(1, 11, is_digital=True),
        item(1, 12),
        item(2, 21, is_digital=True, status=ItemStatus.DELIVERED),
        item(3, 31, is_digital=True),
        item(4, 41, is_digital=True, status="unpaid"),
    ]
    assert digital_items_awaiting(items) == {1: [11], 3: [31]}
    physical, digital = split_digital(items)
    assert [i.order_item_id for i in physical] == [12]
    assert [i.order_item_id for i in digital] == [11, 21, 31, 41]
    assert package_orders([item(1, 1, pkg="FP1"), item(2, 2)]) == {"FP1": 1}


def test_report_summary_and_merge_keep_order() -> None:
    from lazpack.services.fulfilment import RowOutcome

    empty = RowBatchReport(Action.DIGITAL, ())
    assert empty.outcome == "failed" and not empty.all_ok
    first = RowBatchReport(
        Action.DBS_DELIVERED,
        (
            RowOutcome("FP1", RowState.OK),
            RowOutcome("FP2", RowState.FAILED, "lock", "700024", True),
            RowOutcome("FP3", RowState.UNKNOWN),
        ),
        ("r1",),
    )
    assert first.summary() == "Mark delivered: 1 ok, 1 failed, 1 unknown"
    merged = first.merged(
        RowBatchReport(Action.DBS_DELIVERED, (RowOutcome("FP2", RowState.OK),), ("r2",))
    )
    assert [r.state.value for r in merged.rows] == ["ok", "ok", "unknown"]
    assert merged.request_ids == ("r1", "r2") and merged.outcome == "unknown"


@dataclass
class FakeVoider:
    voided: list[tuple[str, str, int | None]] = field(default_factory=list)

    def void(self, package_id: str, *, reason: str = "", order_id: int | None = None) -> None:
        self.voided.append((package_id, reason, order_id))


@pytest.mark.asyncio
async def test_repack_delegates_voiding_to_the_label_service(world) -> None:
    svc, api, journal, _ = world
    svc.voider = FakeVoider()
    api.row_errors["FP2"] = ("600001", "package not found", True)
    await svc.repack({"FP1": 1, "FP2": 2})
    assert [(p, o) for p, _, o in svc.voider.voided] == [("FP1", 1)]
    assert journal.events == []  # the label service writes its own event, once
