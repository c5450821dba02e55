"""Issue 22: scanner-first whatever the packer clicked, and the flows around it.

The real station window (demo shop, in-process emulator) driven by QTest key events *and*
mouse clicks: a click moves the focus to the orders list, a tab bar, a button or History's
Find field, and the scans that follow must still reach the packing workflow whole.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station
from lazpack.ui.pack_view import READY_TEXT
from tests.helpers.e2e import burst, emu_of, headline, new_order, station, until, win

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def click(widget: QWidget, at: QPoint | None = None) -> None:
    """A left click (press, release) where a packer would put the mouse.

    Offscreen, QTest's click does not move the keyboard focus the way a window system's
    click does; the focus goes where Qt's own click-to-focus rule would put it (the X11
    test in test_x11_focus.py clicks for real)."""
    pos = at if at is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
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
        await until(
            lambda: (f := QApplication.focusWidget()) is not None and box.isAncestorOf(f),
            "question focused",
        )
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
        await until(
            lambda: st.controller is not None and st.controller.switch_box is not None, "asked"
        )
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
        await until(lambda: sink is not None and len(sink.jobs) == 1, "label printed")
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
        next(b for b in box.buttons() if b.text() == "Reprint").click()
        await until(lambda: len(sink.jobs) == 2, "label printed again")
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
        QApplication.activeModalWidget().findChild(QWidget, "repackButton").click()
        await until(lambda: emu.calls["/order/package/repack"] == before + 1, "repacked")
        assert "Only a packed order" not in w.pack_view.message_label.text()


async def two_parcels(st: Station) -> tuple[int, int, dict[str, str]]:
    """A pending order packed at Lazada as two parcels: {sku: package id}."""
    oid, number = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
    port = st.ports[DEMO_SHOP_ID]
    parcels: dict[str, str] = {}
    for it in emu_of(st).items(oid):
        res = await port.pack({oid: [it["order_item_id"]]}, shipping_allocate_type="TFS")
        assert res.all_ok
    st.refresh()
    await until(
        lambda: len(((r := win(st).book.get((DEMO_SHOP_ID, oid))) and r.package_ids) or ()) == 2,
        "both parcels synced",
    )
    for it in emu_of(st).items(oid):
        parcels[it["sku"]] = it["package_id"]
    return oid, number, parcels


async def test_label_first_binds_the_session_to_the_scanned_parcel(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, flow="label_first") as st:
        w, emu = win(st), emu_of(st)
        oid, number, parcels = await two_parcels(st)
        mug, backpack = parcels["MUG-SAGE"], parcels["BACKPACK-GREY"]
        assert mug != backpack
        burst(mug)  # the label on the mug's parcel
        assert w.pack_view.order_label.text() == f"Order {number}"
        assert backpack in w.pack_view.message_label.text()  # the other parcel is named
        burst("BACKPACK-GREY")  # in the other parcel: not verified here
        assert w.pack_view.colour == "error"
        assert st.packing is not None and st.packing.session is not None
        assert st.packing.session.verified == 0
        burst("MUG-SAGE")
        await until(lambda: headline(st) == READY_TEXT, "the mug's parcel ready to ship")
        status = {i["sku"]: i["status"] for i in emu.items(oid)}
        assert status == {"MUG-SAGE": "ready_to_ship", "BACKPACK-GREY": "packed"}
        # the other parcel, scanned on its own, is its own session
        burst(backpack)
        burst("BACKPACK-GREY")
        await until(
            lambda: {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}, "both shipped"
        )


async def test_a_digital_only_order_is_shown_and_deliver_digital_offered(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        _prev, prev_number = await new_order(st, ["MUG-SAGE"])
        burst(str(prev_number))
        burst("MUG-SAGE")
        await until(lambda: headline(st) == READY_TEXT, "previous order done")
        (oid,) = emu.add_orders(1, skus=["EVOUCHER-50", "TOPUP-10"])
        st.refresh()
        await until(lambda: w.book.get((DEMO_SHOP_ID, oid)) is not None, "digital order synced")
        row = w.book.get((DEMO_SHOP_ID, oid))
        assert row is not None and all(i.is_digital for i in row.items)
        burst(str(row.order.order_number))
        assert w.panel.current_key == (DEMO_SHOP_ID, oid)  # not the previous order
        assert w.pack_view.colour != "error"
        assert "Deliver" in w.pack_view.message_label.text()
        await until(
            lambda: (
                (box := QApplication.activeModalWidget()) is not None
                and box.objectName() == "digitalConfirm"
            ),
            "DeliverDigital offered",
        )
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == "&Deliver").click()
        await until(
            lambda: {i["status"] for i in emu.items(oid)} == {"delivered"}, "digital delivered"
        )


async def test_the_label_of_a_shipped_parcel_says_already_shipped(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        oid, number = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
        burst(str(number))
        burst("MUG-SAGE")
        burst("BACKPACK-GREY")
        await until(lambda: headline(st) == READY_TEXT, "ready to ship")
        tracking = next(i["tracking_code"] for i in emu.items(oid))
        QTest.keyClick(w.scan_input, Qt.Key.Key_Escape)  # the packer closes it; days pass
        for it in emu.items(oid):
            emu.set_item_status(it["order_item_id"], "shipped")
        st.refresh()
        await until(
            lambda: (
                (r := w.book.get((DEMO_SHOP_ID, oid))) is not None
                and {str(i.status) for i in r.items} == {"shipped"}
            ),
            "shipped synced",
        )
        burst(tracking)
        assert "already shipped" in w.pack_view.message_label.text()
        assert w.pack_view.colour == "error"
        assert "Scan item" not in headline(st)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
async def test_the_window_fits_the_screen_and_shows_what_a_packer_reads(
    tmp_path: Path, qtbot: QtBot, size: tuple[int, int]
) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        _oid, number = await new_order(
            st, ["TSHIRT-BLACK-M", "BACKPACK-GREY", "SLIPPERS-40-41", "CABLE-USBC-2M"]
        )
        width, height = size
        w.fit_to_screen(QRect(0, 0, width, height))
        await until(lambda: w.width() <= width and w.height() <= height - 40, "resized")
        burst(str(number))  # the longest headline: "Scan item 1 of 4: TSHIRT-BLACK-M"
        await asyncio.sleep(0.05)  # let the layout settle (not a timing assertion)
        # the window, a title bar's height included, and its status bar are on screen
        assert w.height() + 40 <= height and w.width() <= width
        sb = w.statusBar()
        assert sb.isVisible()
        assert sb.mapTo(w, sb.rect().bottomLeft()).y() < w.height()
        # the Status column is in view without scrolling
        from lazpack.ui.orders_model import Column

        view = w.view
        right = view.columnViewportPosition(Column.STATUS) + view.columnWidth(Column.STATUS)
        assert view.columnViewportPosition(Column.STATUS) >= 0 and right <= view.viewport().width()
        # every status tab fits, no scroll arrows
        last = w.tabs.tabRect(w.tabs.count() - 1)
        assert last.right() <= w.tabs.width()
        # the headline has room for its longest word: a SKU never breaks at its hyphen
        label = w.pack_view.next_label
        text = label.text()
        assert "TSHIRT-BLACK-M" in text
        widest = max(label.fontMetrics().horizontalAdvance(word) for word in text.split())
        assert widest <= label.contentsRect().width()
        # packed and ready to ship: one package, one status, said once above the table; the
        # item names keep the room (a Package column squeezed them after ready to ship)
        for sku in ("TSHIRT-BLACK-M", "BACKPACK-GREY", "SLIPPERS-40-41", "CABLE-USBC-2M"):
            burst(sku)
        await until(lambda: headline(st) == READY_TEXT, "ready to ship")
        await until(lambda: "ready" in w.panel.state.text().lower(), "the panel shows it")
        panel = w.panel
        assert panel.items.isColumnHidden(panel.PACKAGE_COLUMN)
        assert panel.items.isColumnHidden(panel.STATUS_COLUMN)
        assert "Package FP" in panel.details.text()
        sku_cell = panel.items.item(0, panel.SKU_COLUMN)
        assert sku_cell is not None
        longest = max(
            panel.items.fontMetrics().horizontalAdvance(line) for line in sku_cell.text().split()
        )
        assert panel.items.columnWidth(panel.SKU_COLUMN) >= longest  # no SKU broken mid-word


async def fail_delivery_in_the_dbs_tab(st: Station, oid: int) -> None:
    """As a packer does it: the DBS tab, the order's row, Failed delivery…, a reason, OK."""
    from lazpack.domain.orderbook import Tab
    from lazpack.ui.fulfilment.dbs import DbsDeliveryDialog, DbsPanel

    w, emu = win(st), emu_of(st)
    st.refresh()
    await until(
        lambda: (r := w.book.get((DEMO_SHOP_ID, oid))) is not None and r.tab is Tab.DBS, "tab"
    )
    w.set_tab(Tab.DBS)
    panel = w.findChild(DbsPanel, "dbsPanel")
    assert panel is not None
    await until(lambda: any(p.order_id == oid for p in panel.packages()), "package listed")
    panel.table.selectRow(next(i for i, p in enumerate(panel.packages()) if p.order_id == oid))
    click(panel.failed_button)
    await until(lambda: isinstance(QApplication.activeModalWidget(), DbsDeliveryDialog), "dialog")
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, DbsDeliveryDialog)
    dlg.failed_option.setChecked(True)
    dlg.reason.setCurrentIndex(1)
    dlg.ok_button.click()
    await until(lambda: {i["status"] for i in emu.items(oid)} == {"failed_delivery"}, "failed")


async def test_a_failed_delivery_shows_at_once_and_stays_in_problems(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from lazpack.domain.orderbook import Tab

    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        (oid,) = emu.add_orders(1, dbs=True, skus=["LAMP-WHITE"])
        st.refresh()
        await until(lambda: w.book.get((DEMO_SHOP_ID, oid)) is not None, "dbs order synced")
        assert st.controller is not None
        report = await st.controller.run_batch([(DEMO_SHOP_ID, oid)])
        assert report.outcomes[0].ok, report.outcomes[0].message
        await fail_delivery_in_the_dbs_tab(st, oid)
        # no F5: the screens catch up by themselves, and the order is a problem to act on
        await until(
            lambda: (
                (r := w.book.get((DEMO_SHOP_ID, oid))) is not None
                and {str(i.status) for i in r.items} == {"failed_delivery"}
            ),
            "the list shows the failed delivery",
        )
        row = w.book.get((DEMO_SHOP_ID, oid))
        assert row is not None and row.tab is Tab.PROBLEMS
        w.set_tab(Tab.PROBLEMS)
        assert w.model.index_of((DEMO_SHOP_ID, oid)).isValid()


async def test_a_failed_delivery_of_the_order_open_at_the_station_changes_its_headline(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        (oid,) = emu.add_orders(1, dbs=True, skus=["LAMP-WHITE"])
        st.refresh()
        await until(lambda: w.book.get((DEMO_SHOP_ID, oid)) is not None, "dbs order synced")
        row = w.book.get((DEMO_SHOP_ID, oid))
        assert row is not None
        w.focus_scan()
        burst(str(row.order.order_number))
        burst("LAMP-WHITE")
        await until(lambda: {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}, "rts")
        await until(lambda: headline(st) == READY_TEXT, "ready to ship shown")
        await fail_delivery_in_the_dbs_tab(st, oid)
        await until(lambda: headline(st) != READY_TEXT, "the headline leaves READY TO SHIP")
        assert headline(st).startswith("Delivery failed")


async def test_f1_texts_are_never_cut_at_1024(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        w.fit_to_screen(QRect(0, 0, 1024, 768))
        QTest.keyClick(w, Qt.Key.Key_F1)
        dlg = w.show_shortcuts()
        dlg.resize(min(dlg.width(), 1000), min(dlg.height(), 700))
        qtbot.waitExposed(dlg)
        table = dlg.table
        assert table.textElideMode() == Qt.TextElideMode.ElideNone
        for r in range(table.rowCount()):
            item = table.item(r, 1)
            assert item is not None
            need = table.fontMetrics().boundingRect(
                table.visualItemRect(item), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            assert need.height() <= table.rowHeight(r), item.text()
        dlg.close()
