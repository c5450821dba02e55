"""The packer's keys and the fulfilment actions in the real window: undo, manual confirm,
cancel, reprint and repack behind their confirmations, resume after a crash, the DBS tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID
from lazpack.domain.orderbook import Tab
from lazpack.domain.workflow import State
from lazpack.emulator import Emulator
from lazpack.ui.alias_dialog import SkuChoiceDialog
from lazpack.ui.fulfilment.dbs import DbsDeliveryDialog, DbsPanel
from tests.helpers.e2e import (
    PdfFiles,
    burst,
    emu_of,
    headline,
    new_order,
    station,
    until,
    win,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def modal() -> object:
    return QApplication.activeModalWidget()


def click(box: QMessageBox, text: str) -> None:
    for b in box.findChildren(QPushButton):
        if b.text().replace("&", "") == text:
            b.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


async def test_undo_manual_confirm_and_cancel_by_key(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path, auto_until="verify") as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE", "LAMP-WHITE", "BACKPACK-GREY"])
        w.focus_scan()
        burst(str(number))
        burst("MUG-SAGE")
        assert w.panel.progress_text("MUG-SAGE") == "1 / 1 ✓"
        QTest.keyClick(w.scan_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert w.panel.progress_text("MUG-SAGE") == "0 / 1"
        assert "Took back" in w.pack_view.message_label.text()
        # three items missing: Ctrl+M asks which one, a number key answers
        QTest.keyClick(w.scan_input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: isinstance(modal(), SkuChoiceDialog), "manual confirm dialog")
        dlg = modal()
        assert isinstance(dlg, SkuChoiceDialog)
        assert "LAMP-WHITE" in dlg.list.item(1).text()
        QTest.keyClick(dlg.list, Qt.Key.Key_2)
        await until(lambda: w.panel.progress_text("LAMP-WHITE") == "1 / 1 ✓", "confirmed")
        assert "without barcode" in w.pack_view.message_label.text()
        assert st.journal is not None
        results = [e.what for e in st.journal.timeline(_oid) if e.kind == "scan"]
        assert "manual" in results
        # Esc in the scan field leaves the order; nothing was sent to Lazada
        w.focus_scan()
        QTest.keyClick(w.scan_input, Qt.Key.Key_Escape)
        assert st.packing is not None and st.packing.session is None
        assert headline(st) == "Scan an order or AWB"
        assert emu_of(st).calls["/order/fulfill/pack"] == 0


async def test_reprint_asks_first_and_repack_voids_the_old_label(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="label") as st:
        w, emu = win(st), emu_of(st)
        oid, number = await new_order(st, ["MUG-SAGE"])
        burst(str(number))
        burst("MUG-SAGE")
        assert st.packing is not None
        await until(lambda: st.packing is not None and st.packing.state is State.LABELLED, "lbl")
        assert st.labels is not None
        sink = st.labels.sink
        assert isinstance(sink, PdfFiles) and len(sink.jobs) == 1
        assert st.packing.session is not None
        (old,) = st.packing.session.package_ids
        burst("#LP:REPRINT")
        await until(lambda: isinstance(modal(), QMessageBox), "reprint confirmation")
        box = modal()
        assert isinstance(box, QMessageBox) and box.objectName() == "reprintConfirm"
        click(box, "Reprint")
        await until(lambda: len(sink.jobs) == 2, "reprinted")
        await st.packing.settle()
        burst("#LP:REPACK")
        await until(lambda: isinstance(modal(), QMessageBox), "repack confirmation")
        box = modal()
        assert isinstance(box, QMessageBox) and box.objectName() == "repackConfirm"
        click(box, "Repack")
        await until(lambda: st.packing is not None and st.packing.state is State.VERIFIED, "rp")
        await until(
            lambda: st.labels is not None and st.labels.service(DEMO_SHOP_ID).ledger.is_voided(old),
            "voided",
        )
        assert emu.calls["/order/package/repack"] == 1
        assert {i["status"] for i in emu.items(oid)} != {"packed"}
        assert w.pack_view.colour != "error"


async def test_a_crashed_station_resumes_the_open_order(tmp_path: Path, qtbot: QtBot) -> None:
    emu = Emulator(orders=30, seed=11, region="sg")
    async with station(tmp_path, emulator=emu, auto_until="verify") as st:
        _oid, number = await new_order(st, ["MUG-SAGE", "MUG-SAGE"])
        burst(str(number))
        burst("MUG-SAGE")
        # the process dies here: nothing closes the order
    async with station(tmp_path, emulator=emu, auto_until="verify") as st2:
        w = win(st2)
        assert w.pack_view.order_label.text() == f"Order {number}"
        assert "Resumed" in w.pack_view.message_label.text()
        assert w.panel.progress_text("MUG-SAGE") == "1 / 2"
        burst("MUG-SAGE")
        assert st2.packing is not None and st2.packing.state is State.VERIFIED


async def test_dbs_tab_lists_packages_and_marks_them_delivered(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        (oid,) = emu.add_orders(1, dbs=True, skus=["LAMP-WHITE"])
        st.refresh()
        await until(lambda: w.book.get((DEMO_SHOP_ID, oid)) is not None, "dbs order synced")
        assert st.controller is not None
        report = await st.controller.run_batch([(DEMO_SHOP_ID, oid)])
        assert report.outcomes[0].ok, report.outcomes[0].message
        st.refresh()
        await until(
            lambda: (r := w.book.get((DEMO_SHOP_ID, oid))) is not None and r.tab is Tab.DBS, "tab"
        )
        w.set_tab(Tab.DBS)
        panel = w.findChild(DbsPanel, "dbsPanel")
        assert panel is not None and panel.isVisible()
        await until(lambda: any(p.order_id == oid for p in panel.packages()), "package listed")
        row = next(i for i, p in enumerate(panel.packages()) if p.order_id == oid)
        panel.table.selectRow(row)
        panel.delivered_button.click()
        await until(lambda: isinstance(modal(), DbsDeliveryDialog), "delivery dialog")
        dlg = modal()
        assert isinstance(dlg, DbsDeliveryDialog)
        dlg.ok_button.click()
        await until(lambda: {i["status"] for i in emu.items(oid)} == {"delivered"}, "delivered")


async def test_order_panel_reprints_and_repacks_an_order_packed_earlier(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="label") as st:
        w, emu = win(st), emu_of(st)
        oid, number = await new_order(st, ["LAMP-WHITE"])
        burst(str(number))
        burst("LAMP-WHITE")
        await until(lambda: st.packing is not None and st.packing.state is State.LABELLED, "lbl")
        assert st.packing is not None and st.packing.session is not None
        (pid,) = st.packing.session.package_ids
        w.focus_scan()
        QTest.keyClick(w.scan_input, Qt.Key.Key_Escape)  # leave it packed at Lazada
        await until(
            lambda: pid in (w.book.get((DEMO_SHOP_ID, oid)) or w.book.rows()[0]).package_ids,
            "synced",
        )
        w.open_order((DEMO_SHOP_ID, oid))
        assert w.panel.reprint_button.isEnabled() and w.panel.repack_button.isEnabled()
        sink = st.labels.sink if st.labels else None
        assert isinstance(sink, PdfFiles)
        w.panel.reprint_button.click()
        await until(lambda: isinstance(modal(), QMessageBox), "reprint confirmation")
        box = modal()
        assert isinstance(box, QMessageBox)
        click(box, "Reprint")
        await until(lambda: len(sink.jobs) == 2, "reprinted from the panel")
        w.panel.repack_button.click()
        await until(lambda: isinstance(modal(), QMessageBox), "repack confirmation")
        box = modal()
        assert isinstance(box, QMessageBox) and box.objectName() == "repackConfirm"
        click(box, "Repack")
        assert st.labels is not None
        ledger = st.labels.service(DEMO_SHOP_ID).ledger
        await until(lambda: ledger.is_voided(pid), "old label voided")
        assert emu.calls["/order/package/repack"] == 1


async def test_packer_card_and_settings_dialog(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        burst("#LP:PACKER:Budi", w.scan_input)
        assert w.packer_status.text() == "Packer: Budi"
        assert "Budi" in w.pack_view.packer_label.text()
        assert st.settings.packer == "Budi"
        QTest.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        from lazpack.ui.settings_dialog import SettingsDialog

        await until(lambda: isinstance(modal(), SettingsDialog), "settings dialog")
        dlg = modal()
        assert isinstance(dlg, SettingsDialog)
        assert dlg.packer.text() == "Budi"
        dlg.flow.setCurrentIndex(dlg.flow.findData("label_first"))
        dlg.sound.setChecked(False)
        dlg.accept()
        await until(lambda: st.settings.packing.flow == "label_first", "applied")
        assert st.controller is not None and st.controller.sounds.enabled is False
        saved = (tmp_path / "station" / "config" / "settings.json").read_text()
        assert '"flow": "label_first"' in saved and '"packer": "Budi"' in saved


class FakeShops:
    """A shop service whose one shop lost its authorization."""

    def statuses(self) -> list[tuple[object, object]]:
        from lazpack.config import ShopConfig
        from lazpack.services.auth import ShopState, ShopStatus

        shop = ShopConfig(shop_id="s1", name="Lamp Store", region="sg", app_key="k")
        return [(shop, ShopStatus("s1", ShopState.DISCONNECTED, "authorization revoked"))]

    def warehouse_problem(self) -> str:
        return ""  # a station on its own journal


async def test_a_disconnected_shop_shows_in_the_status_bar_with_reconnect(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from lazpack.app import Station, build_demo_backend
    from lazpack.config import Paths, Settings

    backend = build_demo_backend(orders=5, seed=1)
    backend.shops = FakeShops()  # type: ignore[assignment]
    st = Station(Settings(station_id="x"), Paths.for_data_dir(tmp_path), [backend], demo=False)
    await st.start()
    try:
        w = win(st)
        assert w.shops_status.text() == "Disconnected: Lamp Store"
        assert w.shops_button.isVisible()
        assert modal() is None  # the status bar says it; nothing pops up
    finally:
        await st.shutdown()
        w.close()
        w.deleteLater()


async def test_digital_orders_delivered_from_the_selection(tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QItemSelectionModel

    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        (oid,) = emu.add_orders(1, digital=True, skus=["EVOUCHER-50"])
        st.refresh()
        await until(lambda: w.book.get((DEMO_SHOP_ID, oid)) is not None, "digital order synced")
        w.open_order((DEMO_SHOP_ID, oid))
        assert "DIGITAL" in w.panel.details.text()
        w.view.selectionModel().select(
            w.model.index_of((DEMO_SHOP_ID, oid)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        w.view.setFocus()
        QTest.keyClick(
            w.view,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        await until(lambda: isinstance(modal(), QMessageBox), "digital confirmation")
        box = modal()
        assert isinstance(box, QMessageBox) and box.objectName() == "digitalConfirm"
        click(box, "Deliver")
        await until(lambda: {i["status"] for i in emu.items(oid)} == {"delivered"}, "delivered")


async def test_label_preview_and_command_sheet_open_without_blocking(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="label") as st:
        w = win(st)
        _oid, number = await new_order(st, ["LAMP-WHITE"])
        burst(str(number))
        burst("LAMP-WHITE")
        await until(lambda: st.packing is not None and st.packing.state is State.LABELLED, "lbl")
        # The panel offers the preview once the order list shows the package (its refresh can
        # come after the label); a click on the still-disabled button is, rightly, nothing.
        await until(w.panel.preview_button.isEnabled, "preview offered")
        w.panel.preview_button.click()
        await until(lambda: st.menus is not None and st.menus.preview is not None, "preview")
        assert st.menus.preview.windowTitle() == "Label preview"
        assert len(st.menus.preview.pages) == 1  # the AWB, rendered
        st.menus.preview.reject()
        st.menus.command_sheet()
        assert st.menus.preview.windowTitle() == "Command sheet"
        assert len(st.menus.preview.pages) == 1
        st.menus.preview.reject()
        shown = w.pack_view.message_label.text()
        await until(lambda: QApplication.activeWindow() is w, "station active again")
        burst(str(number), w.scan_input)  # scanning goes on after the previews
        assert w.pack_view.message_label.text() != shown


def serial_failure() -> str:
    """What the status bar says when the port cannot be used, on this Qt build."""
    try:
        import PySide6.QtSerialPort  # noqa: F401
    except ImportError:
        return "Serial scanners are not supported here: "
    return "Cannot open scanner port /dev/lazpack-no-such-port: "


async def test_a_serial_scanner_that_cannot_open_is_reported_not_fatal(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, scanner_serial_port="/dev/lazpack-no-such-port") as st:
        w = win(st)
        assert st.serial is None
        assert w.statusBar().currentMessage().startswith(serial_failure())


async def test_station_shops_opens_the_shops_list_on_the_demo_station(
    tmp_path: Path, qtbot: QtBot, memory_keyring: object
) -> None:
    from PySide6.QtWidgets import QDialog

    from lazpack.ui.shop_dialog import ShopsWidget

    async with station(tmp_path) as st:
        w = win(st)
        QTest.keyClick(
            w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        await until(lambda: isinstance(modal(), QDialog), "shops dialog")
        dlg = modal()
        assert isinstance(dlg, QDialog) and dlg.objectName() == "shopsDialog"
        shops = dlg.findChild(ShopsWidget)
        assert shops is not None and shops.table.rowCount() == 0  # demo: no real shop yet
        assert shops.add_button.isEnabled()
        dlg.reject()


async def test_no_scan_is_acted_on_before_start_up_recovery(tmp_path: Path, qtbot: QtBot) -> None:
    from lazpack.app import Station, build_demo_backend
    from lazpack.config import Paths, Settings

    emu = Emulator(orders=10, seed=4, region="sg")
    (oid,) = emu.add_orders(1, skus=["MUG-SAGE"])
    number = emu.order(oid)["order_number"]
    st = Station(
        Settings(station_id="x"),
        Paths.for_data_dir(tmp_path),
        [build_demo_backend(emulator=emu)],
        demo=True,
        trickle_s=None,
    )
    w = await st.start()
    try:
        w.scanned.emit(str(number))  # before the first sync and the journal check
        assert w.pack_view.next_label.text().startswith("Starting")
        assert st.packing is not None and st.packing.session is None
        assert st.resumed is not None
        await until(st.resumed.done, "recovery done")
        w.scanned.emit(str(number))
        assert w.pack_view.order_label.text() == f"Order {number}"
    finally:
        await st.shutdown()
        w.close()
        w.deleteLater()
