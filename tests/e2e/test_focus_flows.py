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


async def test_enter_on_a_clicked_row_asks_before_leaving_the_order_being_packed(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        a, number_a = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
        b, number_b = await new_order(st, ["LAMP-WHITE"])
        burst(str(number_a))
        burst("MUG-SAGE")
        # the packer clicks order B in the list and presses Enter
        click(w.view.viewport(), w.view.visualRect(w.model.index_of((DEMO_SHOP_ID, b))).center())
        await until(lambda: QApplication.focusWidget() is w.view, "list focused by click")
        QTest.keyClick(w.view, Qt.Key.Key_Return)
        await until(
            lambda: (
                (box := QApplication.activeModalWidget()) is not None
                and box.objectName() == "switchOrderConfirm"
            ),
            "asked before leaving order A",
        )
        assert st.packing is not None and st.packing.session is not None
        assert st.packing.session.order_id == a  # nothing changed yet
        # a scan answers "keep packing" and is counted for order A
        box = QApplication.activeModalWidget()
        assert box is not None
        await until(lambda: box.isAncestorOf(QApplication.focusWidget()), "question focused")
        burst("BACKPACK-GREY")
        await until(lambda: QApplication.activeModalWidget() is None, "question closed")
        await until(lambda: headline(st) == READY_TEXT, "order A ready to ship")
        assert w.panel.current_key == (DEMO_SHOP_ID, a)
        # with an order in the middle of verifying, "Leave it" opens the other one
        _c, number_c = await new_order(st, ["MUG-SAGE", "MUG-SAGE"])
        burst(str(number_c))
        burst("MUG-SAGE")
        w.open_order((DEMO_SHOP_ID, b))
        w.view.setFocus()
        QTest.keyClick(w.view, Qt.Key.Key_Return)
        await until(lambda: st.controller is not None and st.controller.switch_box, "asked")
        assert st.controller is not None and st.controller.switch_box is not None
        leave = st.controller.switch_box.buttons()[0]
        assert leave.text().startswith("&Leave")
        leave.click()
        await until(lambda: w.pack_view.order_label.text() == f"Order {number_b}", "B opened")
        assert st.packing.session is not None and st.packing.session.order_id == b
        assert number_c != number_b


async def test_a_scan_in_historys_find_field_is_never_split(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE"])
        burst(str(number))  # the order now has a history
        QTest.keyClick(w, Qt.Key.Key_F7)
        history = w.pages.currentWidget()
        assert history is not None and history is not w.pages.widget(0)
        find = history.search  # type: ignore[attr-defined]
        await until(lambda: QApplication.focusWidget() is find, "Find focused")
        seen: list[str] = []
        find.textChanged.connect(seen.append)
        code = "SGLEX0069800004"
        burst(code)
        assert find.text() == code
        assert seen == [code]  # the field never saw a part of the scan
        # typed text stays typed text
        clock = st.scan_clock
        assert clock is not None
        clock.step = 0.2  # type: ignore[attr-defined]
        find.clear()
        QTest.keyClicks(find, "LEX")
        st_router = w.router
        st_router.flush()  # the pause after typing
        assert find.text() == "LEX"
        assert w.pages.currentWidget() is history


async def test_reprint_and_repack_apply_to_an_order_opened_by_scan(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="label") as st:
        w, emu = win(st), emu_of(st)
        oid, number = await new_order(st, ["MUG-SAGE"])
        burst(str(number))
        burst("MUG-SAGE")
        sink = st.labels.sink if st.labels else None
        await until(lambda: sink is not None and len(sink.jobs) == 1, "label printed")  # type: ignore[attr-defined]
        QTest.keyClick(w.scan_input, Qt.Key.Key_Escape)  # closed; stays packed at Lazada
        await until(lambda: st.packing is not None and st.packing.session is None, "closed")
        st.refresh()
        await until(
            lambda: (r := w.book.get((DEMO_SHOP_ID, oid))) is not None and bool(r.package_ids),
            "package synced",
        )
        # some other row selected in the list; the packed order opened by scanning it
        w.view.selectRow(0)
        w.focus_scan()
        burst(str(number))
        assert w.pack_view.order_label.text() == f"Order {number}"
        QTest.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        await until(
            lambda: (
                (box := QApplication.activeModalWidget()) is not None
                and box.objectName() == "reprintConfirm"
            ),
            "reprint asked",
        )
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == "Reprint").click()  # type: ignore[union-attr]
        await until(lambda: len(sink.jobs) == 2, "label printed again")  # type: ignore[union-attr]
        assert "no packed order" not in w.pack_view.message_label.text()
        before = emu.calls["/order/package/repack"]
        QTest.keyClick(
            w,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        await until(
            lambda: (
                (box := QApplication.activeModalWidget()) is not None
                and box.objectName() == "repackConfirm"
            ),
            "repack asked",
        )
        QApplication.activeModalWidget().findChild(QWidget, "repackButton").click()  # type: ignore[union-attr]
        await until(lambda: emu.calls["/order/package/repack"] == before + 1, "repacked")
        assert "Only a packed order" not in w.pack_view.message_label.text()
