"""The station window: Packing → Pick list…, a wave scanned at the station, the catalogue page."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from lazpack.domain.catalogue import gtin_check_digit
from lazpack.domain.orderbook import Tab
from lazpack.domain.workflow import Kind
from lazpack.station import DEMO_SHOP_ID
from lazpack.ui.picking_dialogs import WaveDialog
from tests.helpers.e2e import emu_of, station, until
from tests.helpers.labels import pdf_text

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_pick_list_from_the_menu_then_its_wave_scanned(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        assert st.window is not None and st.menus is not None and st.controller is not None
        w, ui = st.window, st.menus.picking
        action = next(
            a for a in w.findChildren(type(w.menuBar().actions()[0])) if a.text() == "Pick list…"
        )
        action.trigger()
        dlg = ui.dialog
        assert dlg is not None
        await until(dlg.isVisible, "pick list dialog")
        dlg.tab_radio.setChecked(True)
        rows, _title = dlg.choice()
        assert rows and all(r.tab is Tab.TO_PACK for r in rows)
        dlg.accept()
        await until(lambda: ui.last_pdf is not None and ui.preview is not None, "pick list saved")
        assert ui.last_pdf is not None and ui.preview is not None
        text = await asyncio.to_thread(pdf_text, ui.last_pdf)
        assert f"{len(rows)} orders" in text and "#LP:WAVE:1" in text
        ui.preview.close()
        out = st.controller.scan("#LP:WAVE:1")
        assert out is not None and out.kind is Kind.WAVE
        wave = ui.wave_dialog
        assert isinstance(wave, WaveDialog) and wave.isVisible()
        assert wave.list.count() == len(rows)
        assert wave.batch_button.isEnabled()
        wave.open_order(wave.list.item(0))  # one by one: the first order opens
        assert st.packing.session is not None
        assert st.packing.session.order_number == rows[0].order.order_number
        wave.close()


async def test_catalogue_page_imports_and_filters(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        assert st.menus is not None
        page = st.menus.picking.open_catalogue()
        page.no_barcode.setChecked(True)
        before = page.table.rowCount()
        assert before > 1
        sku = page.table.item(0, 0).text()
        code = "885777000001"
        code += str(gtin_check_digit(code))
        csv = tmp_path / "cat.csv"
        csv.write_text(f"sku,barcodes,location\n{sku},{code},A-1\nNOPE,1,\n", encoding="utf-8")
        preview = page.preview_import(csv)
        assert preview is not None
        assert "1 refused" in preview.report.toPlainText()
        assert "unknown SKU NOPE" in preview.report.toPlainText()
        preview.accept()
        assert page.table.rowCount() == before - 1  # it has a barcode now
        page.no_barcode.setChecked(False)
        shown = {
            page.table.item(i, 0).text(): page.table.item(i, 2).text()
            for i in range(page.table.rowCount())
        }
        assert shown[sku] == code
        page.close()
        assert all(not d.isVisible() for d in page.findChildren(QDialog))


async def test_a_scanned_wave_packs_as_one_batch(tmp_path: Path, qtbot: QtBot) -> None:
    async with station(tmp_path) as st:
        assert st.menus is not None and st.controller is not None
        emu = emu_of(st)
        oids = [emu.add_orders(1, skus=["MUG-SAGE"])[0] for _ in range(3)]
        st.refresh()
        await until(lambda: all(st.core.book.get((DEMO_SHOP_ID, o)) for o in oids), "synced")
        rows = [st.core.book.get((DEMO_SHOP_ID, o)) for o in oids]
        pick = st.picking.make_wave([r for r in rows if r is not None], title="three")
        assert pick.wave is not None
        out = st.controller.scan(pick.wave.code)
        assert out is not None and out.kind is Kind.WAVE
        wave = st.menus.picking.wave_dialog
        assert wave is not None
        report = await wave.batch()
        assert [o.ok for o in report.outcomes] == [True, True, True]
        for oid in oids:
            assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
