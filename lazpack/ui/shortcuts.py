"""Keyboard shortcuts: one table that the menus use and the Help overview shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.ui import theme

#: (key sequence, what it does) — the overview lists these in this order.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F2", "Go to the scan field"),
    ("Enter (in the scan field)", "Use the scanned or typed code"),
    ("(any scan)", "A barcode scanner works wherever the focus is, except in dialogs"),
    ("Ctrl+Enter", "Done: go on to pack / print / ready to ship"),
    ("Ctrl+Z", "Undo the last item scan"),
    ("Esc (in the scan field), Ctrl+Del", "Cancel the open order"),
    ("Ctrl+M", "Confirm an item that has no barcode (recorded as manual)"),
    ("Ctrl+Shift+P", "Pack only the verified items"),
    ("Ctrl+P / Ctrl+Shift+V", "Reprint / preview the label"),
    ("Ctrl+Shift+R", "Repack: recreate the package (the old label becomes void)"),
    ("Ctrl+B", "Pack & ship the selected orders"),
    ("Ctrl+Shift+D", "Deliver digital items of the selected orders"),
    ("1–9, ↑↓ Enter, Esc (in a choice)", "Pick an item in the link / confirm dialogs"),
    ("F3", "Back to the packing station from another page"),
    ("F7", "History: search every scan and action, per-order timeline, CSV export"),
    ("F8", "Stats: orders and items per hour per packer"),
    ("Ctrl+,", "Station settings"),
    ("Ctrl+F", "Search orders"),
    ("Ctrl+Shift+F", "Show one shop's orders (with several shops)"),
    ("Esc (in search)", "Clear the search"),
    ("Ctrl+1 … Ctrl+6", "Switch tab: To pack, Packed, Ready, DBS, Problems, All"),
    ("Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"),
    ("F6", "Go to the orders list"),
    ("↑ ↓ PgUp PgDn Home End", "Move in the orders list"),
    ("Shift+↑↓, Ctrl+Space, Ctrl+A", "Select several orders for a batch action"),
    ("Enter (in the list)", "Open the order (asks first while another is being packed)"),
    ("F5", "Sync with Lazada now"),
    ("F1", "This overview"),
    ("Ctrl+Q", "Quit"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFont(theme.base_font(2))
        for r, (keys, action) in enumerate(SHORTCUTS):
            k = QTableWidgetItem(keys)
            k.setFont(theme.base_font(2, bold=True))
            table.setItem(r, 0, k)
            table.setItem(r, 1, QTableWidgetItem(action))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # nothing cut with "…": long texts wrap onto a second line at narrow widths
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        self.resize(820, 560)
        self.setWindowModality(Qt.WindowModality.NonModal)
