"""Issue 22: scanner-first whatever the packer clicked, and the flows around it.

The real station window (demo shop, in-process emulator) driven by QTest key events *and*
mouse clicks: a click moves the focus to the orders list, a tab bar, a button or History's
Find field, and the scans that follow must still reach the packing workflow whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID
from lazpack.ui.pack_view import READY_TEXT
from tests.e2e.test_scan_to_pack import burst, emu_of, headline, new_order, station, until, win

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def click(widget: QWidget, at: QPoint | None = None) -> None:
    """A left click (press, release) where a packer would put the mouse.

    Offscreen, QTest's click does not move the keyboard focus the way a window system's
    click does; the focus goes where Qt's own click-to-focus rule would put it (the X11
    test in test_x11_focus.py clicks for real)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    target: QWidget | None = widget
    while target is not None and not target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
        target = target.parentWidget()
    if target is not None:
        target.setFocus(Qt.FocusReason.MouseFocusReason)


def click_row(st: object, row: int) -> None:
    w = win(st)  # type: ignore[arg-type]
    rect = w.view.visualRect(w.model.index(row, 0))
    click(w.view.viewport(), rect.center())


async def test_six_orders_with_a_click_on_the_list_between_items_all_ship(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        orders = [
            await new_order(st, ["MUG-SAGE", "BACKPACK-GREY", "BACKPACK-GREY"]) for _ in range(6)
        ]
        for n, (oid, number) in enumerate(orders):
            w.focus_scan()
            burst(str(number))
            assert w.pack_view.order_label.text() == f"Order {number}"
            burst("MUG-SAGE")
            # the packer clicks some row of the list: focus and selection move there
            click_row(st, (n * 3) % w.model.rowCount())
            await until(lambda: QApplication.focusWidget() is w.view, "list focused by click")
            burst("BACKPACK-GREY")
            burst("BACKPACK-GREY")
            await until(lambda: headline(st) == READY_TEXT, f"order {number} ready to ship")
            assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
        assert st.journal is not None
        # no refusal ("still open … before opening order …") was ever caused by a scan
        for oid, _number in orders:
            assert [e.what for e in st.journal.timeline(oid) if e.what == "not_allowed"] == []
