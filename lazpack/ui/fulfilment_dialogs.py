"""Dialogs for the fulfilment actions: provider picker, batch outcomes, DBS delivery, repack.

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
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.models import Order
from lazpack.errors import KnownError, WorkflowError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.services.fulfilment import (
    ACTION_TITLES,
    FAILED_DELIVERY_REASONS,
    DbsPackage,
    FulfilmentService,
    ProviderDecision,
    RowBatchReport,
    RowOutcome,
    RowState,
)
from lazpack.ui.print_dialogs import run_dialog
from lazpack.ui.theme import is_dark

log = get_logger("ui.fulfilment")

# (light, dark) background per row outcome: readable on both palettes
_OUTCOME_COLOURS: dict[RowState, tuple[str, str]] = {
    RowState.OK: ("#c8e6c9", "#1b5e20"),
    RowState.FAILED: ("#ffcdd2", "#7f1d1d"),
    RowState.UNKNOWN: ("#ffe0b2", "#6d4c00"),
}
_OUTCOME_WORDS = {
    RowState.OK: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "OK"),
    RowState.FAILED: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Failed"),
    RowState.UNKNOWN: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Unknown"),
}


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


def outcome_colour(state: RowState, widget: QWidget | None = None) -> QColor:
    light, dark = _OUTCOME_COLOURS[state]
    return QColor(dark if is_dark(widget.palette() if widget else None) else light)


# ------------------------------------------------------------- provider picker
class ProviderPickerDialog(QDialog):
    """Pick the shipment provider for Pack; arrows move, Enter picks, Esc cancels."""

    def __init__(
        self, decision: ProviderDecision, parent: QWidget | None = None, *, subject: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providerPicker")
        self.setWindowTitle(
            QCoreApplication.translate("ProviderPickerDialog", "Choose the shipment provider")
        )
        self.decision = decision
        lay = QVBoxLayout(self)
        text = (
            arg(
                QCoreApplication.translate(
                    "ProviderPickerDialog", "Lazada needs a shipment provider (%1) for %2:"
                ),
                decision.allocate_type,
                subject,
            )
            if subject
            else arg(
                QCoreApplication.translate(
                    "ProviderPickerDialog", "Lazada needs a shipment provider (%1):"
                ),
                decision.allocate_type,
            )
        )
        lay.addWidget(QLabel(text))
        self.list = _named(QListWidget(), "providerList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        current = 0
        for row, p in enumerate(decision.providers):
            item = QListWidgetItem(f"{p.name}  ({p.provider_code})")
            item.setData(Qt.ItemDataRole.UserRole, p.provider_code)
            self.list.addItem(item)
            if p.provider_code == decision.preselected:
                current = row
        if self.list.count():
            self.list.setCurrentRow(current)
        self.list.itemActivated.connect(lambda _item: self.accept())
        lay.addWidget(self.list)
        hint = QLabel(
            QCoreApplication.translate(
                "ProviderPickerDialog",
                "↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.",
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.setFocus()

    def chosen_code(self) -> str | None:
        item = self.list.currentItem()
        if item is None:
            return None
        code = item.data(Qt.ItemDataRole.UserRole)
        return str(code) if code else None

    def accept(self) -> None:
        if self.chosen_code() is None:
            return  # nothing to choose from: only Esc/Cancel closes
        super().accept()


async def ask_provider(
    parent: QWidget | None, decision: ProviderDecision, *, subject: str = ""
) -> str | None:
    """The provider code the packer picked, or None when cancelled."""
    dlg = ProviderPickerDialog(decision, parent, subject=subject)
    try:
        result = await run_dialog(dlg)
        return dlg.chosen_code() if result == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()


def provider_picker(
    parent: QWidget | None, *, remember: Callable[[str, str, str], None] | None = None
) -> Callable[[str, ProviderDecision], Awaitable[str | None]]:
    """A ``pick_provider`` for ``PackingService``: asks, then remembers the pick per shop.

    ``remember`` is ``FulfilmentService.remember_provider`` (shop_id, allocate_type, code).
    """

    async def pick(shop_id: str, decision: ProviderDecision) -> str | None:
        code = await ask_provider(parent, decision)
        if code is not None and remember is not None:
            remember(shop_id, decision.allocate_type, code)
        return code

    return pick


# --------------------------------------------------------------- batch outcome
RetryFn = Callable[[RowBatchReport], Awaitable[RowBatchReport]]


class BatchOutcomeDialog(QDialog):
    """Per-row outcomes of a batch action with Lazada's msg; Retry re-sends retryable rows."""

    #: emitted with the newest report after a retry finished
    reportChanged = Signal(object)

    COLUMNS = (
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Order"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Package / item"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Outcome"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Code"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Lazada says"),
    )

    def __init__(
        self, report: RowBatchReport, parent: QWidget | None = None, *, retry: RetryFn | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchOutcome")
        self.setWindowTitle(
            QCoreApplication.translate("FulfilmentService", ACTION_TITLES[report.action])
        )
        self.resize(720, 420)
        self._retry_fn = retry
        self._task: asyncio.Task[None] | None = None
        lay = QVBoxLayout(self)
        self.summary = _named(QLabel(), "batchSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = _named(QTableWidget(0, len(self.COLUMNS)), "outcomeTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("BatchOutcomeDialog", c) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.retry_button = _named(
            QPushButton(QCoreApplication.translate("BatchOutcomeDialog", "&Retry failed rows")),
            "retryButton",
        )
        self.retry_button.setVisible(retry is not None)
        self.retry_button.clicked.connect(self._on_retry)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.report = report
        self.show_report(report)

    def show_report(self, report: RowBatchReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.rows))
        for i, row in enumerate(report.rows):
            self._fill(i, row)
        text = report.summary()
        if report.unknown:
            text += "\n" + QCoreApplication.translate(
                "BatchOutcomeDialog",
                "Unknown: Lazada may or may not have applied these; lazpack re-reads the "
                "orders before anything is sent again.",
            )
        if report.retryable():
            text += "\n" + QCoreApplication.translate(
                "BatchOutcomeDialog",
                "%n failed row(s) can be retried.",
                None,
                len(report.retryable()),
            )
        self.summary.setText(text)
        self.retry_button.setEnabled(bool(report.retryable()) and self._task is None)

    def _fill(self, i: int, row: RowOutcome) -> None:
        ident = row.package_id or str(row.key)
        cells = (
            "" if row.order_id is None else str(row.order_id),
            ident,
            arg(
                QCoreApplication.translate("BatchOutcomeDialog", "%1 (retry possible)"),
                QCoreApplication.translate("BatchOutcomeDialog", _OUTCOME_WORDS[row.state]),
            )
            if row.retryable
            else QCoreApplication.translate("BatchOutcomeDialog", _OUTCOME_WORDS[row.state]),
            "" if row.ok else row.err_code,
            row.msg,
        )
        brush = QBrush(outcome_colour(row.state, self))
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setBackground(brush)
            cell.setData(Qt.ItemDataRole.UserRole, row.state.value)
            if row.state is RowState.UNKNOWN:
                cell.setToolTip(
                    QCoreApplication.translate(
                        "BatchOutcomeDialog",
                        "The answer was lost; the order is re-read before re-sending.",
                    )
                )
            self.table.setItem(i, col, cell)

    def row_states(self) -> list[str]:
        """Outcome per table row (what the packer sees, for tests and automation)."""
        states = []
        for i in range(self.table.rowCount()):
            cell = self.table.item(i, 2)
            states.append(str(cell.data(Qt.ItemDataRole.UserRole)) if cell else "")
        return states

    def _on_retry(self) -> None:
        if self._retry_fn is None or self._task is not None or not self.report.retryable():
            return
        self.retry_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate(
                "BatchOutcomeDialog", "Retrying %n row(s)…", None, len(self.report.retryable())
            )
        )
        self._task = asyncio.ensure_future(self._retry(self._retry_fn, self.report))

    async def _retry(self, fn: RetryFn, report: RowBatchReport) -> None:
        try:
            newer = await fn(report)
        except KnownError as err:
            self._task = None
            self.show_report(report)
            self.summary.setText(
                self.summary.text()
                + "\n"
                + arg(
                    QCoreApplication.translate("BatchOutcomeDialog", "Retry failed: %1"),
                    err.user_message,
                )
            )
            return
        except Exception:
            self._task = None
            log.exception("retry of %s failed", report.action.value)
            self.show_report(report)
            self.summary.setText(
                self.summary.text()
                + "\n"
                + QCoreApplication.translate(
                    "BatchOutcomeDialog", "Retry failed: internal error (logged)."
                )
            )
            return
        self._task = None
        self.show_report(newer)
        self.reportChanged.emit(newer)

    @property
    def retrying(self) -> asyncio.Task[None] | None:
        return self._task


def show_batch_outcome(
    parent: QWidget | None, report: RowBatchReport, *, retry: RetryFn | None = None
) -> BatchOutcomeDialog:
    """Open the outcome dialog window-modal (``open()``) and return it; it deletes itself."""
    dlg = BatchOutcomeDialog(report, parent, retry=retry)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


# ----------------------------------------------------------------- DBS delivery
@dataclass(frozen=True, slots=True)
class DbsDecision:
    delivered: bool
    reason: str


class DbsDeliveryDialog(QDialog):
    """Delivered or failed delivery for DBS packages; a failed delivery needs a reason."""

    def __init__(
        self,
        packages: Sequence[DbsPackage],
        parent: QWidget | None = None,
        *,
        failed: bool = False,
        reasons: Sequence[str] = FAILED_DELIVERY_REASONS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dbsDelivery")
        self.setWindowTitle(QCoreApplication.translate("DbsDeliveryDialog", "Delivered by seller"))
        lay = QVBoxLayout(self)
        n = len(packages)
        head = QLabel(
            QCoreApplication.translate(
                "DbsDeliveryDialog", "%n package(s) delivered by your own fleet:", None, n
            )
        )
        lay.addWidget(head)
        self.packages = _named(QListWidget(), "dbsPackages")
        for p in packages:
            units = len(p.items)
            self.packages.addItem(
                arg(
                    QCoreApplication.translate(
                        "DbsDeliveryDialog", "%1  —  order %2  —  %n unit(s)", None, units
                    ),
                    p.package_id,
                    p.order_id,
                )
            )
        self.packages.setMaximumHeight(140)
        lay.addWidget(self.packages)
        self.delivered_option = _named(
            QRadioButton(QCoreApplication.translate("DbsDeliveryDialog", "&Delivered")),
            "deliveredOption",
        )
        self.failed_option = _named(
            QRadioButton(QCoreApplication.translate("DbsDeliveryDialog", "&Failed delivery")),
            "failedOption",
        )
        group = QButtonGroup(self)
        group.addButton(self.delivered_option)
        group.addButton(self.failed_option)
        lay.addWidget(self.delivered_option)
        lay.addWidget(self.failed_option)
        self.reason_label = QLabel()
        lay.addWidget(self.reason_label)
        self.reason = _named(QComboBox(), "reasonBox")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItem("")
        self.reason.addItems(list(reasons))
        self.reason_label.setBuddy(self.reason)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.delivered_option.toggled.connect(self._update)
        self.reason.editTextChanged.connect(self._update)
        (self.failed_option if failed else self.delivered_option).setChecked(True)
        self._update()

    def _update(self, *_: object) -> None:
        failed = self.failed_option.isChecked()
        self.reason_label.setText(
            QCoreApplication.translate("DbsDeliveryDialog", "&Reason (required):")
            if failed
            else QCoreApplication.translate("DbsDeliveryDialog", "&Note (optional):")
        )
        self.ok_button.setText(
            QCoreApplication.translate("DbsDeliveryDialog", "Mark failed")
            if failed
            else QCoreApplication.translate("DbsDeliveryDialog", "Mark delivered")
        )
        self.ok_button.setEnabled(not failed or bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def decision(self) -> DbsDecision:
        return DbsDecision(delivered=self.delivered_option.isChecked(), reason=self.reason_text())

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter in the reason box must not send a failed delivery without reason
        super().accept()


async def ask_dbs_delivery(
    parent: QWidget | None, packages: Sequence[DbsPackage], *, failed: bool = False
) -> DbsDecision | None:
    dlg = DbsDeliveryDialog(packages, parent, failed=failed)
    try:
        result = await run_dialog(dlg)
        return dlg.decision() if result == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()


class DbsPanel(QWidget):
    """The DBS tab's content: packages out with the seller's fleet, and what to do with them.

    Emits the selected ``DbsPackage`` list; the window connects these to
    ``FulfilmentActions.dbs_delivery`` and to slip printing.
    """

    deliveredRequested = Signal(object)
    failedRequested = Signal(object)
    slipsRequested = Signal(object)

    COLUMNS = (
        QT_TRANSLATE_NOOP("DbsPanel", "Package"),
        QT_TRANSLATE_NOOP("DbsPanel", "Order"),
        QT_TRANSLATE_NOOP("DbsPanel", "Units"),
        QT_TRANSLATE_NOOP("DbsPanel", "Items"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbsPanel")
        self._packages: list[DbsPackage] = []
        lay = QVBoxLayout(self)
        self.table = _named(QTableWidget(0, len(self.COLUMNS)), "dbsView")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DbsPanel", c) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.delivered_button = _named(
            QPushButton(QCoreApplication.translate("DbsPanel", "Mark &delivered…")),
            "dbsDeliveredButton",
        )
        self.failed_button = _named(
            QPushButton(QCoreApplication.translate("DbsPanel", "&Failed delivery…")),
            "dbsFailedButton",
        )
        self.slips_button = _named(
            QPushButton(QCoreApplication.translate("DbsPanel", "Print delivery &slips")),
            "dbsSlipsButton",
        )
        for b in (self.delivered_button, self.failed_button, self.slips_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        lay.addWidget(buttons)
        self.delivered_button.clicked.connect(lambda: self._emit(self.deliveredRequested))
        self.failed_button.clicked.connect(lambda: self._emit(self.failedRequested))
        self.slips_button.clicked.connect(lambda: self._emit(self.slipsRequested))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_packages(self, packages: Sequence[DbsPackage]) -> None:
        """Show ``packages`` (``dbs_packages_awaiting(items)``), keeping the selection."""
        keep = {p.package_id for p in self.selected()}
        self._packages = list(packages)
        self.table.setRowCount(len(self._packages))
        for i, p in enumerate(self._packages):
            summary = ", ".join(f"{n}× {sku}" if n > 1 else sku for sku, n in p.skus)
            cells = (p.package_id, str(p.order_id), str(len(p.items)), summary)
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for i, p in enumerate(self._packages):
            if p.package_id in keep:
                self.table.selectRow(i)
        self.table.setSelectionMode(mode)
        self._update_buttons()

    def packages(self) -> list[DbsPackage]:
        return list(self._packages)

    def selected(self) -> list[DbsPackage]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._packages[r] for r in rows if r < len(self._packages)]

    def _update_buttons(self) -> None:
        on = bool(self.selected())
        for b in (self.delivered_button, self.failed_button, self.slips_button):
            b.setEnabled(on)

    def _emit(self, signal: Any) -> None:
        chosen = self.selected()
        if chosen:
            signal.emit(chosen)


# ---------------------------------------------------------------------- repack
def repack_confirm_box(
    parent: QWidget | None, packages: Mapping[str, int | None]
) -> tuple[QMessageBox, QPushButton]:
    lines = "\n".join(
        arg(QCoreApplication.translate("FulfilmentDialogs", "• %1 (order %2)"), pid, oid)
        if oid is not None
        else f"• {pid}"
        for pid, oid in packages.items()
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FulfilmentDialogs", "Recreate the package?"),
        arg(
            QCoreApplication.translate(
                "FulfilmentDialogs",
                "Recreate these packages at Lazada?\n%1\n\n"
                "The printed label becomes VOID: remove it from the parcel. The order goes back "
                "to To pack, and a new package and label follow when it is packed again.",
            ),
            lines,
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("repackConfirm")
    repack = box.addButton(
        QCoreApplication.translate("FulfilmentDialogs", "&Repack"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    repack.setObjectName("repackButton")
    # A stray scanner Enter must not void a label: Cancel is the default.
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, repack


async def confirm_repack(parent: QWidget | None, packages: Mapping[str, int | None]) -> bool:
    box, repack = repack_confirm_box(parent, packages)
    try:
        await run_dialog(box)
        return box.clickedButton() is repack
    finally:
        box.deleteLater()


async def confirm_digital(parent: QWidget | None, orders: Mapping[int, Sequence[int]]) -> bool:
    units = sum(len(v) for v in orders.values())
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FulfilmentDialogs", "Deliver digital items?"),
        arg(
            QCoreApplication.translate(
                "FulfilmentDialogs",
                "Mark %n digital item(s) of %1 as delivered at Lazada?\n"
                "Send the codes or vouchers to the buyers first.",
                None,
                units,
            ),
            QCoreApplication.translate("FulfilmentDialogs", "%n order(s)", None, len(orders)),
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("digitalConfirm")
    deliver = box.addButton(
        QCoreApplication.translate("FulfilmentDialogs", "&Deliver"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        await run_dialog(box)
        return box.clickedButton() is deliver
    finally:
        box.deleteLater()


# --------------------------------------------------------------- the controller
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
