"""Fulfilment dialogs driven like a packer would, on the shared qasync loop (no nested loops)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lazpack.config import Settings
from lazpack.domain.models import (
    BatchResult,
    Order,
    OrderItem,
    RowResult,
    ShipmentProvider,
    ShipmentProviders,
)
from lazpack.errors import WorkflowError
from lazpack.services.fulfilment import (
    FAILED_DELIVERY_REASONS,
    Action,
    DbsPackage,
    FulfilmentService,
    ProviderChoice,
    RowBatchReport,
    RowOutcome,
    RowState,
    decide_provider,
)
from lazpack.ui.fulfilment.common import outcome_colour
from lazpack.ui.fulfilment.dbs import DbsDeliveryDialog, DbsPanel
from lazpack.ui.fulfilment.outcomes import BatchOutcomeDialog
from lazpack.ui.fulfilment.provider import ProviderPickerDialog, ask_provider, provider_picker
from lazpack.ui.fulfilment_dialogs import FulfilmentActions

W = TypeVar("W", bound=QWidget)
SHOP = "shop-sg"
PROVIDERS = (
    ShipmentProvider("LEX Cross-border", "LEX_CB"),
    ShipmentProvider("Ninja Van CB", "NINJA_CB"),
    ShipmentProvider("J&T Global", "JT_CB"),
)


async def shown(kind: type[W], name: str) -> W:
    """The visible top-level ``kind`` named ``name``, once the loop has shown it."""
    async with asyncio.timeout(10):
        while True:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, kind) and w.objectName() == name and w.isVisible():
                    return w
            await asyncio.sleep(0.01)


@dataclass
class ScriptedLazada:
    """Fulfilment batches answered per row from a script (code, msg, retry)."""

    script: dict[str | int, list[tuple[str, str, bool]]] = field(default_factory=dict)
    providers: ShipmentProviders = field(
        default_factory=lambda: ShipmentProviders(False, PROVIDERS, "NTFS")
    )
    sent: list[tuple[str, list[Any]]] = field(default_factory=list)

    def _answer(self, key: str | int, order_id: int | None = None) -> RowResult:
        queue = self.script.get(key)
        code, msg, retry = queue.pop(0) if queue else ("0", "success", False)
        pkg = key if isinstance(key, str) else ""
        return RowResult(key, code == "0", code, msg, retry, order_id, pkg)

    async def _pkgs(self, api: str, ids: Sequence[str]) -> BatchResult:
        self.sent.append((api, list(ids)))
        return BatchResult(tuple(self._answer(p) for p in ids), (f"req-{len(self.sent)}",))

    async def recreate_package(self, ids: Sequence[str]) -> BatchResult:
        return await self._pkgs("repack", ids)

    async def confirm_delivery_dbs(self, ids: Sequence[str]) -> BatchResult:
        return await self._pkgs("dbs_delivered", ids)

    async def failed_delivery_dbs(self, ids: Sequence[str]) -> BatchResult:
        return await self._pkgs("dbs_failed", ids)

    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> BatchResult:
        self.sent.append(("digital", [dict(orders)]))
        rows = tuple(self._answer(i, o) for o, ids in orders.items() for i in ids)
        return BatchResult(rows, (f"req-{len(self.sent)}",))

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders:
        self.sent.append(("providers", [dict(orders)]))
        return self.providers


@dataclass
class ListJournal:
    intents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def begin(self, **kw: Any) -> int:
        self.intents.append(dict(kw))
        return len(self.intents)

    def finish(self, intent_id: int, **kw: Any) -> None:
        self.intents[intent_id - 1].update(kw)

    def record_event(self, **kw: Any) -> None:
        self.events.append(kw)


@pytest.fixture
def svc() -> FulfilmentService:
    return FulfilmentService(
        ScriptedLazada(),  # type: ignore[arg-type]
        ListJournal(),  # type: ignore[arg-type]
        Settings(packer="Ana"),
        shop_id=SHOP,
    )


def api(svc: FulfilmentService) -> ScriptedLazada:
    assert isinstance(svc.port, ScriptedLazada)
    return svc.port


def journal(svc: FulfilmentService) -> ListJournal:
    assert isinstance(svc.journal, ListJournal)
    return svc.journal


def dbs_pkg(pid: str, order_id: int, units: int = 1) -> DbsPackage:
    items = tuple(
        OrderItem(order_id * 10 + n, order_id, "ready_to_ship", "Mug", "MUG", package_id=pid)
        for n in range(units)
    )
    return DbsPackage(pid, order_id, items)


# ----------------------------------------------------------- provider picker
@pytest.mark.asyncio
async def test_provider_picker_preselects_last_choice_arrows_and_enter(qtbot: Any) -> None:
    decision = decide_provider(
        ShipmentProviders(False, PROVIDERS, "NTFS"), {"NTFS": "NINJA_CB"}, mode="ask"
    )
    job = asyncio.ensure_future(ask_provider(None, decision, subject="order 77"))
    dlg = await shown(ProviderPickerDialog, "providerPicker")
    assert dlg.chosen_code() == "NINJA_CB"  # the shop's last choice is preselected
    assert dlg.list.hasFocus()
    QTest.keyClick(dlg.list, Qt.Key.Key_Down)
    QTest.keyClick(dlg.list, Qt.Key.Key_Return)
    assert await job == "JT_CB"


@pytest.mark.asyncio
async def test_provider_picker_escape_cancels(qtbot: Any) -> None:
    decision = decide_provider(ShipmentProviders(False, PROVIDERS, "NTFS"), {})
    job = asyncio.ensure_future(ask_provider(None, decision))
    dlg = await shown(ProviderPickerDialog, "providerPicker")
    assert dlg.chosen_code() == "LEX_CB"  # nothing saved: the first one
    QTest.keyClick(dlg.list, Qt.Key.Key_Escape)
    assert await job is None


@pytest.mark.asyncio
async def test_choose_provider_asks_once_then_remembers_per_shop(
    qtbot: Any, svc: FulfilmentService
) -> None:
    actions = FulfilmentActions(None)
    job = asyncio.ensure_future(actions.choose_provider(svc, SHOP, {77: [771]}))
    dlg = await shown(ProviderPickerDialog, "providerPicker")
    QTest.keyClick(dlg.list, Qt.Key.Key_Down)
    QTest.keyClick(dlg.list, Qt.Key.Key_Enter)
    decision = await job
    assert decision is not None
    assert (decision.allocate_type, decision.provider_code) == ("NTFS", "NINJA_CB")
    assert svc.settings.saved_providers == {SHOP: {"NTFS": "NINJA_CB"}}

    # next NTFS order of the same shop: no dialog, the saved provider
    again = await actions.choose_provider(svc, SHOP, {78: [781]})
    assert again is not None and again.choice is ProviderChoice.SAVED
    assert again.provider_code == "NINJA_CB"


@pytest.mark.asyncio
async def test_platform_default_shows_no_picker(qtbot: Any, svc: FulfilmentService) -> None:
    api(svc).providers = ShipmentProviders(True, (), "TFS")
    decision = await FulfilmentActions(None).choose_provider(svc, SHOP, {1: [11]})
    assert decision is not None and decision.choice is ProviderChoice.PLATFORM
    assert decision.provider_code is None
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "providerPicker"
                and w.isVisible()]  # fmt: skip


@pytest.mark.asyncio
async def test_packing_service_picker_remembers(qtbot: Any, svc: FulfilmentService) -> None:
    pick = provider_picker(None, remember=svc.remember_provider)
    decision = decide_provider(ShipmentProviders(False, PROVIDERS, "NTFS"), {})
    job = asyncio.ensure_future(pick(SHOP, decision))
    dlg = await shown(ProviderPickerDialog, "providerPicker")
    QTest.keyClick(dlg.list, Qt.Key.Key_Return)
    assert await job == "LEX_CB"
    assert svc.settings.saved_providers[SHOP]["NTFS"] == "LEX_CB"


# ------------------------------------------------------------ batch outcome
def test_outcome_table_shows_msg_colour_and_retry_only_for_retryable(qtbot: Any) -> None:
    report = RowBatchReport(
        Action.DBS_DELIVERED,
        (
            RowOutcome("FP1", RowState.OK, "success", "0", False, 1, "FP1"),
            RowOutcome("FP2", RowState.FAILED, "operation not support fot nonDBS order!", "700009",
                       False, 2, "FP2"),
            RowOutcome("FP3", RowState.UNKNOWN, "answer lost", "", False, 3, "FP3"),
        ),
    )  # fmt: skip
    dlg = BatchOutcomeDialog(report, retry=lambda r: asyncio.sleep(0, r))
    qtbot.addWidget(dlg)
    assert dlg.row_states() == ["ok", "failed", "unknown"]
    t = dlg.table
    assert t.item(1, 4).text() == "operation not support fot nonDBS order!"
    assert t.item(1, 3).text() == "700009"
    assert t.item(0, 2).text() == "OK" and t.item(2, 2).text() == "Unknown"
    colours = {t.item(i, 0).background().color().name() for i in range(3)}
    assert len(colours) == 3
    assert t.item(1, 0).background().color() == outcome_colour(RowState.FAILED, dlg)
    assert not dlg.retry_button.isEnabled()  # 700009 is not retryable, unknown never is
    assert "1 ok, 1 failed, 1 unknown" in dlg.summary.text()


@pytest.mark.asyncio
async def test_retry_button_resends_failed_rows_and_updates_table(
    qtbot: Any, svc: FulfilmentService
) -> None:
    api(svc).script = {
        "FP2": [("700024", "get lock failed", True)],
        "FP3": [("700009", "operation not support fot nonDBS order!", False)],
    }
    report = await svc.confirm_dbs_delivered({"FP1": 1, "FP2": 2, "FP3": 3})
    dlg = BatchOutcomeDialog(report, retry=svc.retry)
    qtbot.addWidget(dlg)
    dlg.show()
    updates: list[RowBatchReport] = []
    dlg.reportChanged.connect(updates.append)
    assert dlg.retry_button.isEnabled()
    assert dlg.table.item(1, 2).text() == "Failed (retry possible)"

    qtbot.mouseClick(dlg.retry_button, Qt.MouseButton.LeftButton)
    assert not dlg.retry_button.isEnabled()  # no double send while it runs
    task = dlg.retrying
    assert task is not None
    await task

    assert api(svc).sent[-1] == ("dbs_delivered", ["FP2"])
    assert dlg.row_states() == ["ok", "ok", "failed"]
    assert not dlg.retry_button.isEnabled()
    assert updates and updates[-1].attempts == 2


# -------------------------------------------------------------- DBS dialog
def test_failed_delivery_needs_a_reason_picked_or_typed(qtbot: Any) -> None:
    dlg = DbsDeliveryDialog([dbs_pkg("FP1", 1, 2), dbs_pkg("FP2", 2)], failed=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.packages.count() == 2 and "2 units" in dlg.packages.item(0).text()
    assert dlg.failed_option.isChecked() and not dlg.ok_button.isEnabled()
    QTest.keyClick(dlg.reason, Qt.Key.Key_Return)  # Enter without a reason does nothing
    assert dlg.isVisible() and dlg.result() == 0
    dlg.reason.setCurrentIndex(2)
    assert dlg.ok_button.isEnabled()
    assert dlg.decision().reason == FAILED_DELIVERY_REASONS[1]
    dlg.reason.setEditText("")
    assert not dlg.ok_button.isEnabled()
    QTest.keyClicks(dlg.reason, "Gate locked")
    assert dlg.ok_button.isEnabled() and dlg.decision().reason == "Gate locked"
    assert dlg.decision().delivered is False
    dlg.delivered_option.setChecked(True)
    dlg.reason.setEditText("")
    assert dlg.ok_button.isEnabled()  # delivered: a note is optional
    assert dlg.ok_button.text() == "Mark delivered"


@pytest.mark.asyncio
async def test_dbs_failed_flow_sends_reason_to_lazada_and_journal(
    qtbot: Any, svc: FulfilmentService
) -> None:
    actions = FulfilmentActions(None)
    job = asyncio.ensure_future(
        actions.dbs_delivery(svc, [dbs_pkg("FP1", 1), dbs_pkg("FP2", 2)], failed=True)
    )
    dlg = await shown(DbsDeliveryDialog, "dbsDelivery")
    QTest.keyClicks(dlg.reason, "Customer not at home")
    QTest.keyClick(dlg.reason, Qt.Key.Key_Return)
    report = await job
    assert report is not None and report.all_ok
    assert api(svc).sent == [("dbs_failed", ["FP1", "FP2"])]
    assert journal(svc).intents[0]["detail"] == "reason: Customer not at home"
    outcome = actions.last_outcome_dialog  # two rows: the per-row outcome is shown
    assert outcome is not None and outcome.row_states() == ["ok", "ok"]
    outcome.close()


@pytest.mark.asyncio
async def test_dbs_cancel_sends_nothing(qtbot: Any, svc: FulfilmentService) -> None:
    job = asyncio.ensure_future(FulfilmentActions(None).dbs_delivery(svc, [dbs_pkg("FP1", 1)]))
    dlg = await shown(DbsDeliveryDialog, "dbsDelivery")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert await job is None
    assert api(svc).sent == []


# ------------------------------------------------------------------ repack
@pytest.mark.asyncio
async def test_repack_confirmation_enter_is_cancel(qtbot: Any, svc: FulfilmentService) -> None:
    job = asyncio.ensure_future(FulfilmentActions(None).repack(svc, {"FP9": 9}))
    box = await shown(QMessageBox, "repackConfirm")
    assert "FP9" in box.text() and "VOID" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)  # a stray scanner Enter
    assert await job is None
    assert api(svc).sent == [] and journal(svc).events == []


@pytest.mark.asyncio
async def test_repack_confirmed_voids_label_and_returns_orders(
    qtbot: Any, svc: FulfilmentService
) -> None:
    actions = FulfilmentActions(None)
    job = asyncio.ensure_future(actions.repack(svc, {"FP9": 9}))
    box = await shown(QMessageBox, "repackConfirm")
    (repack,) = [b for b in box.buttons() if b.objectName() == "repackButton"]
    repack.click()
    report = await job
    assert report is not None and report.orders_to_repack == (9,)
    assert [e["event"] for e in journal(svc).events] == ["label_void"]
    assert actions.last_outcome_dialog is None  # one row that worked: no dialog


@pytest.mark.asyncio
async def test_repack_failure_shows_outcome_with_retry(qtbot: Any, svc: FulfilmentService) -> None:
    api(svc).script = {"FP9": [("600001", "package not found", True)]}
    actions = FulfilmentActions(None)
    report = await actions.repack(svc, {"FP9": 9}, confirm=False)
    assert report is not None and report.orders_to_repack == ()
    dlg = await shown(BatchOutcomeDialog, "batchOutcome")
    assert dlg is actions.last_outcome_dialog
    assert dlg.table.item(0, 4).text() == "package not found"
    assert dlg.retry_button.isEnabled()
    dlg.retry_button.click()
    assert dlg.retrying is not None
    await dlg.retrying
    assert dlg.row_states() == ["ok"]
    assert [e["order_id"] for e in journal(svc).events] == [9]
    dlg.close()
    assert not dlg.isVisible()


# ----------------------------------------------------------------- digital
@pytest.mark.asyncio
async def test_digital_delivery_confirm_and_rows(qtbot: Any, svc: FulfilmentService) -> None:
    api(svc).script = {12: [("700020", "order item not found or not belong to digital!", False)]}
    actions = FulfilmentActions(None)
    job = asyncio.ensure_future(actions.deliver_digital(svc, {1: [11, 12]}))
    box = await shown(QMessageBox, "digitalConfirm")
    assert "2 digital items of 1 order" in box.text()
    (deliver,) = [b for b in box.buttons() if b.text() == "&Deliver"]
    deliver.click()
    report = await job
    assert report is not None
    dlg = actions.last_outcome_dialog
    assert dlg is not None and dlg.row_states() == ["ok", "failed"]
    assert dlg.table.item(1, 3).text() == "700020"
    assert not dlg.retry_button.isEnabled()
    dlg.close()


# ---------------------------------------------------------------- DBS panel
def test_dbs_panel_lists_packages_and_emits_the_selection(qtbot: Any) -> None:
    panel = DbsPanel()
    qtbot.addWidget(panel)
    pkgs = [dbs_pkg("FP1", 1, 2), dbs_pkg("FP2", 2), dbs_pkg("FP3", 3)]
    panel.set_packages(pkgs)
    t = panel.table
    assert t.objectName() == "dbsView" and t.rowCount() == 3
    assert [t.item(0, c).text() for c in range(4)] == ["FP1", "1", "2", "2× MUG"]
    assert not panel.delivered_button.isEnabled()  # nothing selected, nothing to send

    t.selectRow(0)
    t.setSelectionMode(t.SelectionMode.MultiSelection)
    t.selectRow(2)
    got: dict[str, list[DbsPackage]] = {}
    panel.deliveredRequested.connect(lambda p: got.setdefault("delivered", p))
    panel.failedRequested.connect(lambda p: got.setdefault("failed", p))
    panel.slipsRequested.connect(lambda p: got.setdefault("slips", p))
    for b in (panel.delivered_button, panel.failed_button, panel.slips_button):
        assert b.isEnabled()
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert {k: [p.package_id for p in v] for k, v in got.items()} == {
        "delivered": ["FP1", "FP3"],
        "failed": ["FP1", "FP3"],
        "slips": ["FP1", "FP3"],
    }
    # a refresh that drops a delivered package keeps the rest selected
    panel.set_packages(pkgs[1:])
    assert [p.package_id for p in panel.selected()] == ["FP3"]


@dataclass
class PdfCollector:
    jobs: list[tuple[str, list[bytes]]] = field(default_factory=list)

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        self.jobs.append((job_name, list(pdfs)))
        return len(pdfs)


@pytest.mark.asyncio
async def test_print_slips_one_per_package_and_journalled(
    qtbot: Any, svc: FulfilmentService
) -> None:
    now = datetime(2026, 11, 26, tzinfo=UTC)
    orders = {
        o: Order(o, 560000000 + o, now, now, ("ready_to_ship",), 1, Decimal("10.00"))
        for o in (1, 2)
    }
    out = PdfCollector()
    pages = await FulfilmentActions(None).print_slips(
        svc, [dbs_pkg("FP1", 1), dbs_pkg("FP2", 2)], orders, out
    )
    assert pages == 2
    ((job, pdfs),) = out.jobs
    assert job == "DBS delivery slips" and all(p.startswith(b"%PDF") for p in pdfs)
    assert [(e["event"], e["order_id"]) for e in journal(svc).events] == [
        ("dbs_slip_printed", 1),
        ("dbs_slip_printed", 2),
    ]
    with pytest.raises(WorkflowError, match="Order 3"):
        await FulfilmentActions(None).print_slips(svc, [dbs_pkg("FP3", 3)], orders, out)
