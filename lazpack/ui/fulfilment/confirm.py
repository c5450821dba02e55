"""The confirmations before a fulfilment write: recreate a package, deliver digital items."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QWidget,
)

from lazpack.i18n import arg
from lazpack.ui.print_dialogs import run_dialog


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
