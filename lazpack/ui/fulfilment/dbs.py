"""Seller-delivered (DBS) packages: the DBS tab and the delivered / failed-delivery dialog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.services.fulfilment import (
    FAILED_DELIVERY_REASONS,
    DbsPackage,
)
from lazpack.ui.fulfilment.common import named, row_table
from lazpack.ui.print_dialogs import run_dialog

log = get_logger("ui.fulfilment")


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
        self.packages = named(QListWidget(), "dbsPackages")
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
        self.delivered_option = named(
            QRadioButton(QCoreApplication.translate("DbsDeliveryDialog", "&Delivered")),
            "deliveredOption",
        )
        self.failed_option = named(
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
        self.reason = named(QComboBox(), "reasonBox")
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
        self.table = row_table("dbsView", "DbsPanel", self.COLUMNS, several=True)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.delivered_button = named(
            QPushButton(QCoreApplication.translate("DbsPanel", "Mark &delivered…")),
            "dbsDeliveredButton",
        )
        self.failed_button = named(
            QPushButton(QCoreApplication.translate("DbsPanel", "&Failed delivery…")),
            "dbsFailedButton",
        )
        self.slips_button = named(
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
