"""Keyboard shortcuts: one table that the menus use and the Help overview shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.i18n import QT_TRANSLATE_NOOP
from lazpack.ui import theme

#: (key sequence, what it does) — the overview lists these in this order.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the scan field")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter (in the scan field)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Use the scanned or typed code"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "(any scan)"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "A barcode scanner works wherever the focus is, except in dialogs"
        ),
    ),
    (
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Done: go on to pack / print / ready to ship"),
    ),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo the last item scan")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc (in the scan field), Ctrl+Del"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the open order"),
    ),
    (
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Confirm an item that has no barcode (recorded as manual)"
        ),
    ),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("ShortcutsDialog", "Pack only the verified items")),
    ("Ctrl+P / Ctrl+Shift+V", QT_TRANSLATE_NOOP("ShortcutsDialog", "Reprint / preview the label")),
    (
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Repack: recreate the package (the old label becomes void)"
        ),
    ),
    ("Ctrl+B", QT_TRANSLATE_NOOP("ShortcutsDialog", "Pack & ship the selected orders")),
    (
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Deliver digital items of the selected orders"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "1–9, ↑↓ Enter, Esc (in a choice)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pick an item in the link / confirm dialogs"),
    ),
    ("F3", QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the packing station from another page")),
    (
        "F7",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "History: search every scan and action, per-order timeline, CSV export",
        ),
    ),
    ("F8", QT_TRANSLATE_NOOP("ShortcutsDialog", "Stats: orders and items per hour per packer")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("ShortcutsDialog", "Station settings")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Search orders")),
    (
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Show one shop's orders (with several shops)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc (in search)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search"),
    ),
    (
        "Ctrl+1 … Ctrl+6",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Switch tab: To pack, Packed, Ready, DBS, Problems, All"
        ),
    ),
    ("Ctrl+Tab / Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous tab")),
    ("F6", QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the orders list")),
    ("↑ ↓ PgUp PgDn Home End", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move in the orders list")),
    (
        "Shift+↑↓, Ctrl+Space, Ctrl+A",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Select several orders for a batch action"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter (in the list)"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Open the order (asks first while another is being packed)"
        ),
    ),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "Sync with Lazada now")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "This overview")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "Action"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFont(theme.base_font(2))
        for r, (keys, action) in enumerate(SHORTCUTS):
            k = QTableWidgetItem(QCoreApplication.translate("ShortcutsDialog", keys))
            k.setFont(theme.base_font(2, bold=True))
            table.setItem(r, 0, k)
            table.setItem(
                r, 1, QTableWidgetItem(QCoreApplication.translate("ShortcutsDialog", action))
            )
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
