"""Pick one of the open order's SKUs by keyboard: link an unknown barcode, or confirm an
item that has no barcode.

Quick and obvious because the application-wide scanner router leaves dialogs alone: a
number key picks and accepts, arrows + Enter work too, Esc cancels. A scanner burst that
arrives while the dialog is up is not taken for number keys: the dialog closes unanswered
and hands the code on (``on_scan``), so the next scan is never lost or misread.
Opened with ``open()`` and awaited (``run_dialog``), never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.keymap import KeyStroke, read_scan
from lazpack.domain.workflow import LineView
from lazpack.i18n import arg
from lazpack.ui import theme
from lazpack.ui.print_dialogs import run_dialog
from lazpack.ui.scanner import is_modifier_key, key_stroke, platform_scheme

#: a second key within this time of the first is a scanner, not a person choosing
BURST_MS = 60


class _Keys(QListWidget):
    """Digits 1–9 choose a row and accept; a fast run of keys is a scan, handed on."""

    def __init__(self, dialog: SkuChoiceDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._typed: list[str] = []
        self._strokes: list[KeyStroke] = []  # read by key position, whatever the layout
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(BURST_MS)
        self._pause.timeout.connect(self._settled)

    def keyPressEvent(self, event: Any) -> None:
        text = event.text()
        burst = self._pause.isActive()
        if is_modifier_key(event):  # Shift for a scanned capital is part of the burst
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed:
            code = read_scan(self._strokes, platform_scheme())
            self._typed.clear()
            self._strokes.clear()
            self._pause.stop()
            if burst or len(code) > 1:
                self._dialog.hand_on(code)
            else:
                self._choose(code)
            return
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        # every printable key waits a moment: letters too, or a scanned SKU would drive
        # the list's keyboard search and its Enter would accept the wrong row
        if text and text.isprintable() and plain:
            self._typed.append(text)
            self._strokes.append(key_stroke(event))
            self._pause.start()
            return
        self._typed.clear()
        self._strokes.clear()
        super().keyPressEvent(event)

    def _settled(self) -> None:
        """No second key followed: a person pressed one key (a number picks a row)."""
        if len(self._typed) == 1:
            self._choose(read_scan(self._strokes, platform_scheme()))
        self._typed.clear()
        self._strokes.clear()

    def _choose(self, key: str) -> None:
        if key.isdigit() and key != "0" and int(key) <= self.count():
            self.setCurrentRow(int(key) - 1)
            self._dialog.accept()


class SkuChoiceDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        lines: Sequence[LineView],
        parent: QWidget | None = None,
        *,
        on_scan: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skuChoiceDialog")
        self._on_scan = on_scan
        #: a scan that arrived while the dialog was up (it closed unanswered)
        self.handed_on: str | None = None
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
        hint = QLabel(
            QCoreApplication.translate(
                "SkuChoiceDialog", "Press the number, or ↑↓ and Enter. Esc cancels."
            )
        )
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

    def hand_on(self, code: str) -> None:
        self.handed_on = code
        self.reject()
        if self._on_scan is not None:
            on_scan = self._on_scan
            # after the dialog is gone, so the scan is routed like any other
            QTimer.singleShot(0, lambda: on_scan(code))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


async def choose_sku(
    parent: QWidget | None,
    title: str,
    prompt: str,
    lines: Sequence[LineView],
    *,
    on_scan: Callable[[str], object] | None = None,
) -> str | None:
    """The SKU picked, or None when the packer cancelled (Esc) or scanned on."""
    dlg = SkuChoiceDialog(title, prompt, lines, parent, on_scan=on_scan)
    try:
        accepted = await run_dialog(dlg) == QDialog.DialogCode.Accepted
        return dlg.chosen() if accepted else None
    finally:
        dlg.deleteLater()


async def ask_alias(
    parent: QWidget | None,
    barcode: str,
    lines: Sequence[LineView],
    *,
    on_scan: Callable[[str], object] | None = None,
) -> str | None:
    return await choose_sku(
        parent,
        QCoreApplication.translate("AliasDialog", "Link this barcode?"),
        arg(
            QCoreApplication.translate(
                "AliasDialog",
                "“%1” is unknown. Is it one of these items? It will be remembered for this shop.",
            ),
            barcode,
        ),
        lines,
        on_scan=on_scan,
    )


async def ask_manual(
    parent: QWidget | None,
    lines: Sequence[LineView],
    *,
    on_scan: Callable[[str], object] | None = None,
) -> str | None:
    return await choose_sku(
        parent,
        QCoreApplication.translate("AliasDialog", "Confirm an item without barcode"),
        QCoreApplication.translate(
            "AliasDialog", "Which item did you check by eye? It is recorded as confirmed manually."
        ),
        lines,
        on_scan=on_scan,
    )
