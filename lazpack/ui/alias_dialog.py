"""Pick one of the open order's SKUs by keyboard: link an unknown barcode, or confirm an
item that has no barcode.

Quick and obvious because the scanner is ignored while a dialog is up: number keys pick
and accept at once, arrows + Enter work too, Esc cancels. Opened with ``open()`` and
awaited (``run_dialog``), never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.workflow import LineView
from lazpack.ui import theme
from lazpack.ui.print_dialogs import run_dialog


class _Keys(QListWidget):
    """Digits 1–9 choose a row and accept; everything else is the list's own keys."""

    def __init__(self, dialog: SkuChoiceDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def keyPressEvent(self, event: Any) -> None:
        text = event.text()
        if text.isdigit() and text != "0":
            row = int(text) - 1
            if row < self.count():
                self.setCurrentRow(row)
                self._dialog.accept()
            return
        super().keyPressEvent(event)


class SkuChoiceDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        lines: Sequence[LineView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skuChoiceDialog")
        self.setWindowTitle(title)
        self._skus = [ln.sku for ln in lines]
        label = QLabel(prompt)
        label.setObjectName("skuChoicePrompt")
        label.setWordWrap(True)
        label.setFont(theme.base_font(3, bold=True))
        self.list = _Keys(self)
        self.list.setObjectName("skuChoiceList")
        self.list.setFont(theme.base_font(4))
        for n, ln in enumerate(lines, 1):
            key = f"{n}.  " if n <= 9 else "     "
            left = ln.expected - ln.done
            item = QListWidgetItem(f"{key}{ln.sku} — {ln.name}  ({left} left)")
            item.setData(Qt.ItemDataRole.UserRole, ln.sku)
            self.list.addItem(item)
        if lines:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        hint = QLabel("Press the number, or ↑↓ and Enter. Esc cancels.")
        hint.setFont(theme.base_font(1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.list, 1)
        lay.addWidget(hint)
        lay.addWidget(buttons)
        self.resize(620, 160 + 44 * min(len(lines), 6))
        self.list.setFocus()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


async def choose_sku(
    parent: QWidget | None, title: str, prompt: str, lines: Sequence[LineView]
) -> str | None:
    """The SKU picked, or None when the packer cancelled (Esc)."""
    dlg = SkuChoiceDialog(title, prompt, lines, parent)
    try:
        accepted = await run_dialog(dlg) == QDialog.DialogCode.Accepted
        return dlg.chosen() if accepted else None
    finally:
        dlg.deleteLater()


async def ask_alias(parent: QWidget | None, barcode: str, lines: Sequence[LineView]) -> str | None:
    return await choose_sku(
        parent,
        "Link this barcode?",
        f"“{barcode}” is unknown. Is it one of these items? It will be remembered for this shop.",
        lines,
    )


async def ask_manual(parent: QWidget | None, lines: Sequence[LineView]) -> str | None:
    return await choose_sku(
        parent,
        "Confirm an item without barcode",
        "Which item did you check by eye? It is recorded as confirmed manually.",
        lines,
    )
