"""The shipment-provider picker: which provider packs an order when the seller chooses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.i18n import arg
from lazpack.log import get_logger
from lazpack.services.fulfilment import (
    ProviderDecision,
)
from lazpack.ui.fulfilment.common import named
from lazpack.ui.print_dialogs import run_dialog

log = get_logger("ui.fulfilment")


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
        self.list = named(QListWidget(), "providerList")
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
