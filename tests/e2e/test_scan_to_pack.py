"""Scan-to-pack in the real window: the station's own start path (``Station.start``) on the
demo shop (the emulator in-process behind the real signed client), scans sent as fast
QTest key events to whatever widget has focus, labels really rendered into PDF files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID
from lazpack.domain.orderbook import Tab
from lazpack.domain.workflow import State
from lazpack.emulator import Emulator
from lazpack.ui.alias_dialog import SkuChoiceDialog
from lazpack.ui.pack_view import READY_TEXT
from tests.helpers.clocks import StepClock
from tests.helpers.e2e import (
    PdfFiles,
    burst,
    emu_of,
    headline,
    new_order,
    station,
    until,
    win,
    writes,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_one_order_scan_verify_pack_print_rts_with_focus_in_the_orders_list(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        oid, number = await new_order(st, ["BACKPACK-GREY", "TSHIRT-BLACK-M", "TSHIRT-BLACK-M"])
        # the packer clicked into the list: scans must still reach the workflow
        w.view.setFocus()
        await until(lambda: QApplication.focusWidget() is w.view, "list focused")
        burst(str(number))
        assert w.pack_view.order_label.text() == f"Order {number}"
        assert headline(st) == "Scan item 1 of 3: BACKPACK-GREY"
        assert w.panel.current_key == (DEMO_SHOP_ID, oid)
        assert w.panel.progress_text("TSHIRT-BLACK-M") == "0 / 2"
        burst("TSHIRT-BLACK-M")
        assert w.pack_view.colour == "ok"
        assert w.panel.progress_text("TSHIRT-BLACK-M") == "1 / 2"
        assert headline(st) == "Scan item 2 of 3: BACKPACK-GREY"
        burst("BACKPACK-GREY")
        before = writes(emu)
        burst("TSHIRT-BLACK-M")
        assert w.panel.progress_text("TSHIRT-BLACK-M") == "2 / 2 ✓"
        assert headline(st) == "Packing…"
        assert st.controller is not None
        assert st.controller.sounds.played[-3:] == ["good", "good", "good"]
        await until(lambda: headline(st) == READY_TEXT, "ready to ship shown")
        assert w.pack_view.colour == "ready"
        assert st.controller.sounds.played[-1] == "done"
        # Lazada: one package, ready to ship, one PrintAWB; the label really rendered
        items = emu.items(oid)
        assert {i["status"] for i in items} == {"ready_to_ship"}
        pkgs = {i["package_id"] for i in items}
        assert len(pkgs) == 1
        after = writes(emu)
        assert after["/order/fulfill/pack"] == before["/order/fulfill/pack"] + 1
        assert after["/order/package/rts"] == before["/order/package/rts"] + 1
        sink = st.labels.sink if st.labels else None
        assert isinstance(sink, PdfFiles)
        (job,) = sink.jobs
        assert job[2] == 1 and job[1].read_bytes().startswith(b"%PDF")
        # the window shows the packer and the journal recorded who did it
        assert "Ana" in w.packer_status.text()
        assert st.journal is not None
        timeline = st.journal.timeline(oid)
        assert {e.what for e in timeline} >= {"order", "ok", "pack", "rts"}
        assert {e.packer for e in timeline} == {"Ana"}


async def test_wrong_item_and_over_scan_are_red_and_write_nothing(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="verify") as st:
        w, emu = win(st), emu_of(st)
        _other, _n = await new_order(st, ["MUG-SAGE"])
        _oid, number = await new_order(st, ["BACKPACK-GREY", "BACKPACK-GREY"])
        burst(str(number))
        before = writes(emu)
        burst("MUG-SAGE")
        assert w.pack_view.colour == "error"
        assert "Wrong item" in w.pack_view.message_label.text()
        assert "MUG-SAGE" in w.pack_view.message_label.text()
        assert st.controller is not None and st.controller.sounds.played[-1] == "bad"
        assert w.panel.progress_text("BACKPACK-GREY") == "0 / 2"
        burst("BACKPACK-GREY")
        burst("BACKPACK-GREY")
        assert w.pack_view.colour == "ok"
        burst("BACKPACK-GREY")  # one too many
        assert w.pack_view.colour == "error"
        assert "Too many" in w.pack_view.message_label.text()
        assert w.panel.progress_text("BACKPACK-GREY") == "2 / 2 ✓"
        assert writes(emu) == before
        assert st.packing is not None and st.packing.state is State.VERIFIED


async def test_unknown_barcode_linked_by_number_key_survives_a_restart(
    tmp_path: Path, qtbot: QtBot
) -> None:
    emu = Emulator(orders=30, seed=11, region="sg")
    ean = emu.catalogue["BACKPACK-GREY"]["ean"]
    async with station(tmp_path, emulator=emu, auto_until="verify") as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
        burst(str(number))
        burst(ean)
        assert w.pack_view.colour == "error"
        assert "Unknown barcode" in w.pack_view.message_label.text()
        await until(
            lambda: isinstance(QApplication.activeModalWidget(), SkuChoiceDialog), "link dialog"
        )
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, SkuChoiceDialog)
        skus = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        index = next(i for i, t in enumerate(skus) if "BACKPACK-GREY" in t)
        QTest.keyClick(dlg.list, Qt.Key(Qt.Key.Key_1 + index))
        await until(lambda: w.panel.progress_text("BACKPACK-GREY") == "1 / 1 ✓", "linked")
        assert w.pack_view.colour == "ok"
        st.packing.cancel() if st.packing else None
    async with station(tmp_path, emulator=emu, auto_until="verify") as st2:
        w2 = win(st2)
        _oid2, number2 = await new_order(st2, ["BACKPACK-GREY"])
        burst(str(number2))
        burst(ean)
        assert w2.pack_view.colour == "ok"
        assert w2.panel.progress_text("BACKPACK-GREY") == "1 / 1 ✓"


async def test_slow_human_typing_in_the_search_is_not_a_scan(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE"])
        clock = st.scan_clock
        assert isinstance(clock, StepClock)
        clock.step = 0.2  # a person at the keyboard, not a scanner
        w.focus_search()
        await until(lambda: QApplication.focusWidget() is w.search_input, "search focused")
        burst(str(number))
        assert w.search_input.text() == str(number)  # it stays a search
        assert w.pack_view.order_label.text() == "No order open"
        assert st.packing is not None and st.packing.session is None
        w.search_input.clear()
        clock.step = 0.006  # the same digits from the scanner
        burst(str(number))
        assert w.search_input.text() == ""
        assert w.pack_view.order_label.text() == f"Order {number}"


async def test_label_first_flow_scan_the_label_then_the_items(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path, flow="label_first") as st:
        w, emu = win(st), emu_of(st)
        oid, _number = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
        assert st.controller is not None
        report = await st.controller.run_batch([(DEMO_SHOP_ID, oid)])
        assert [o.step for o in report.outcomes] == ["label"]
        pkg = report.outcomes[0].package_ids[0]
        st.refresh()
        await until(
            lambda: pkg in (w.book.get((DEMO_SHOP_ID, oid)) or w.book.rows()[0]).package_ids,
            "package synced",
        )
        burst(pkg)  # the label stuck on the parcel
        assert w.panel.current_key == (DEMO_SHOP_ID, oid)
        burst("MUG-SAGE")
        burst("BACKPACK-GREY")
        await until(lambda: headline(st) == READY_TEXT, "ready to ship")
        assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
        assert emu.calls["/order/fulfill/pack"] == 1


async def test_batch_of_25_shows_the_failed_row_and_retries_it(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path) as st:
        w, emu = win(st), emu_of(st)
        keys = []
        for _ in range(25):
            (oid,) = emu.add_orders(1, skus=["MUG-SAGE"])
            keys.append((DEMO_SHOP_ID, oid))
        st.refresh()
        await until(lambda: all(w.book.get(k) is not None for k in keys), "orders synced")
        w.set_tab(Tab.TO_PACK)
        sel = w.view.selectionModel()
        sel.clearSelection()
        for k in keys:
            sel.select(
                w.model.index_of(k),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        assert sorted(w.selected_keys()) == sorted(keys)
        emu.faults.fail_rows("1003", count=1, api="/order/fulfill/pack")
        w.view.setFocus()
        QTest.keyClick(w.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        ctl = st.controller
        assert ctl is not None
        await until(lambda: ctl.batch_dialog is not None, "batch outcome shown")
        dlg = ctl.batch_dialog
        assert dlg is not None
        assert len(dlg.report.outcomes) == 25
        (failed,) = dlg.report.failed
        assert dlg.table.item(0, 0).text() == str(failed.order_number)
        assert dlg.table.item(0, 3).text().startswith("FAILED")
        row = w.book.get((failed.shop_id, failed.order_id))
        assert row is not None and row.problem
        dlg.retry()
        await until(lambda: dlg.retrying is None and not dlg.report.failed, "retried")
        assert {i["status"] for k in keys for i in emu.items(k[1])} == {"ready_to_ship"}
        assert len({i["package_id"] for k in keys for i in emu.items(k[1])}) == 25


async def test_a_scan_while_the_link_dialog_is_up_is_not_lost(tmp_path: Path, qtbot: QtBot) -> None:
    emu = Emulator(orders=30, seed=11, region="sg")
    ean = emu.catalogue["LAMP-WHITE"]["ean"]
    async with station(tmp_path, emulator=emu, auto_until="verify") as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE", "BACKPACK-GREY"])
        burst(str(number))
        burst(ean)  # unknown here: the link dialog opens
        await until(
            lambda: isinstance(QApplication.activeModalWidget(), SkuChoiceDialog), "link dialog"
        )
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, SkuChoiceDialog)
        # the packer ignores it and scans the next item: its keys must not pick a row
        burst("MUG-SAGE", dlg.list)
        await until(lambda: w.panel.progress_text("MUG-SAGE") == "1 / 1 ✓", "scan handed on")
        assert QApplication.activeModalWidget() is None
        assert dlg.handed_on == "MUG-SAGE"
        assert w.panel.progress_text("BACKPACK-GREY") == "0 / 1"  # nothing linked
        assert st.journal is not None
        assert ean not in dict(st.journal.aliases(DEMO_SHOP_ID))


async def test_pages_added_to_the_window_search_their_own_scans(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    async with station(tmp_path) as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE"])
        page = QWidget()
        search = QLineEdit(page)
        button = QPushButton("x", page)
        QVBoxLayout(page).addWidget(search)
        page.layout().addWidget(button)
        searched: list[str] = []
        search.returnPressed.connect(lambda: searched.append(search.text()))
        w.add_page("Lookup", page, "F9")
        QTest.keyClick(w, Qt.Key.Key_F9)
        assert w.pages.currentWidget() is page
        search.setFocus()
        await until(lambda: QApplication.focusWidget() is search, "page search focused")
        burst(str(number))
        assert searched == [str(number)]  # a history search, not a packing scan
        assert st.packing is not None and st.packing.session is None
        button.setFocus()
        await until(lambda: QApplication.focusWidget() is button, "button focused")
        burst(str(number))  # not in a text field: it is a packing scan, station shown
        assert w.pages.currentIndex() == 0
        assert w.pack_view.order_label.text() == f"Order {number}"
