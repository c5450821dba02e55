"""The fulfilment actions of a window: confirm, call the service, show the outcomes.

The dialogs themselves live in ``lazpack.ui.fulfilment`` (provider picker, batch outcomes,
DBS delivery, confirmations); ``provider_picker`` is re-exported here for the composition
root.

Every dialog is opened with ``open()`` and awaited through a future (``run_dialog``), never
``exec()`` inside a coroutine (design.md §3): scans, syncs and timers keep running meanwhile.

How the window uses them (one ``FulfilmentActions`` per window, service per shop)::

    actions = FulfilmentActions(window)
    report = await actions.repack(service, {"FP…": order_id})       # confirm → call → outcomes
    for order_id in (report.orders_to_repack if report else ()): ...  # back to To pack
    await actions.dbs_delivery(service, dbs_packages_awaiting(items), failed=False)
    await actions.deliver_digital(service, digital_items_awaiting(items))
    decision = await actions.choose_provider(service, shop_id, {order_id: item_ids})
    # decision None → the packer cancelled; else pack with decision.allocate_type and
    # decision.provider_code (None when Lazada allocates).

    panel = DbsPanel()                                   # the DBS tab's content
    panel.set_packages(dbs_packages_awaiting(all_items_of_the_shop))
    panel.deliveredRequested.connect(lambda p: actions.spawn(actions.dbs_delivery(service, p)))
    panel.failedRequested.connect(
        lambda p: actions.spawn(actions.dbs_delivery(service, p, failed=True)))
    panel.slipsRequested.connect(
        lambda p: actions.spawn(actions.print_slips(service, p, orders, LabelOutput(...))))
    packing = PackingService(..., pick_provider=provider_picker(window,
                                                    remember=service.remember_provider))
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from lazpack.domain.models import Order
from lazpack.errors import WorkflowError
from lazpack.i18n import arg
from lazpack.services.fulfilment import (
    DbsPackage,
    FulfilmentService,
    ProviderDecision,
    RowBatchReport,
)
from lazpack.ui.fulfilment.confirm import confirm_digital, confirm_repack
from lazpack.ui.fulfilment.dbs import ask_dbs_delivery
from lazpack.ui.fulfilment.outcomes import BatchOutcomeDialog, show_batch_outcome
from lazpack.ui.fulfilment.provider import ask_provider, provider_picker


class SlipOutput(Protocol):
    """Where slips print (``lazpack.ui.print_dialogs.LabelOutput`` fits)."""

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = ...) -> int: ...


class FulfilmentActions:
    """Confirm → call the service → show per-row outcomes (with Retry). One per window."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self._tasks: set[asyncio.Task[Any]] = set()
        self._last_dialog: BatchOutcomeDialog | None = None

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run an action from a button/shortcut, keeping a strong reference to the task."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def show_outcome(
        self, service: FulfilmentService, report: RowBatchReport
    ) -> BatchOutcomeDialog:
        dlg = show_batch_outcome(self.parent, report, retry=service.retry)
        self._last_dialog = dlg
        return dlg

    @property
    def last_outcome_dialog(self) -> BatchOutcomeDialog | None:
        return self._last_dialog

    def _maybe_show(self, service: FulfilmentService, report: RowBatchReport) -> None:
        # One row that worked needs no dialog (the status bar says it); anything else does.
        if len(report.rows) > 1 or not report.all_ok:
            self.show_outcome(service, report)

    async def repack(
        self,
        service: FulfilmentService,
        packages: Mapping[str, int | None],
        *,
        confirm: bool = True,
    ) -> RowBatchReport | None:
        """Confirm, recreate the packages; None when the packer cancelled."""
        if confirm and not await confirm_repack(self.parent, packages):
            return None
        report = await service.repack(packages)
        self._maybe_show(service, report)
        return report

    async def dbs_delivery(
        self, service: FulfilmentService, packages: Sequence[DbsPackage], *, failed: bool = False
    ) -> RowBatchReport | None:
        if not packages:
            return None
        decision = await ask_dbs_delivery(self.parent, packages, failed=failed)
        if decision is None:
            return None
        refs: dict[str, int | None] = {p.package_id: p.order_id for p in packages}
        if decision.delivered:
            report = await service.confirm_dbs_delivered(refs, decision.reason)
        else:
            report = await service.fail_dbs_delivery(refs, decision.reason)
        self._maybe_show(service, report)
        return report

    async def deliver_digital(
        self,
        service: FulfilmentService,
        orders: Mapping[int, Sequence[int]],
        *,
        confirm: bool = True,
    ) -> RowBatchReport | None:
        if not orders:
            return None
        if confirm and not await confirm_digital(self.parent, orders):
            return None
        report = await service.deliver_digital(orders)
        self._maybe_show(service, report)
        return report

    async def print_slips(
        self,
        service: FulfilmentService,
        packages: Sequence[DbsPackage],
        orders: Mapping[int, Order],
        output: SlipOutput,
        *,
        shop_name: str = "",
    ) -> int:
        """Render one delivery slip per DBS package and print them in one job.

        ``output`` is the window's ``LabelOutput`` (system dialog or the saved label printer).
        Returns the pages printed (0 when the packer cancelled the print dialog).
        """
        # reportlab costs ~0.2 s to import: paid when a slip is printed, not at start-up
        from lazpack.printing.slips import render_dbs_slip

        missing = sorted({p.order_id for p in packages if p.order_id not in orders})
        if missing:
            raise WorkflowError(
                arg(
                    QCoreApplication.translate(
                        "FulfilmentDialogs",
                        "Order %1 is not loaded, so its slip cannot be printed.",
                    ),
                    missing[0],
                ),
                hint=QCoreApplication.translate(
                    "FulfilmentDialogs", "Refresh the orders (F5) and try again."
                ),
            )
        slips = [
            render_dbs_slip(orders[p.order_id], p.items, p.package_id, shop_name=shop_name)
            for p in packages
        ]
        pages = await output.print_pdfs(
            slips, job_name=QCoreApplication.translate("FulfilmentDialogs", "DBS delivery slips")
        )
        if pages:
            for p in packages:
                service.journal.record_event(
                    shop_id=service.shop_id,
                    order_id=p.order_id,
                    event="dbs_slip_printed",
                    packer=service.packer,
                    detail=f"package {p.package_id}",
                )
        return pages

    async def choose_provider(
        self,
        service: FulfilmentService,
        shop_id: str,
        orders: Mapping[int, Sequence[int]],
        *,
        subject: str = "",
    ) -> ProviderDecision | None:
        """The provider decision for Pack, asking the packer when Lazada leaves the choice.

        None means the packer cancelled: do not pack.
        """
        decision = await service.choose_provider(shop_id, orders)
        if not decision.needs_choice:
            return decision
        if not subject:
            subject = ", ".join(
                arg(QCoreApplication.translate("FulfilmentDialogs", "order %1"), o)
                for o in list(orders)[:3]
            )
        code = await ask_provider(self.parent, decision, subject=subject)
        if code is None:
            return None
        service.remember_provider(shop_id, decision.allocate_type, code)
        return decision.chosen(code)


__all__ = ["FulfilmentActions", "SlipOutput", "provider_picker"]
