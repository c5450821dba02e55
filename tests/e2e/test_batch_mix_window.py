"""Issue 21 in the real window: a batch of ALL pending demo orders (local, cross-border,
delivered-by-seller, digital) picked with the mouse and Ctrl+B, and a window that never
outgrows a 1366×768 screen whatever Lazada's messages say."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
from lazpack.config import Paths, Settings
from lazpack.domain.orderbook import Tab
from lazpack.emulator import Emulator
from lazpack.ui.main_window import MainWindow
from lazpack.ui.screen_fit import clamp_to_screen
from tests.helpers.e2e import PdfFiles

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

SCREEN = (1366, 768)
#: A refusal as long as real ones get once request ids, paths and item lists pile up,
#: with an unbreakable run (a URL, a list without spaces) that word wrap cannot break.
LONG = (
    "/order/fulfill/pack: 700004: PARAM_ILLEGAL: "
    + "pack_order_list[].order_item_list=" + ",".join(str(300247220745767 + i) for i in range(120))
    + " " + "the shipment provider is not available for this order " * 40
)  # fmt: skip


async def until(cond: Callable[[], bool], what: str, seconds: float = 60) -> None:
    """Let the loop run until ``cond`` holds (a safety bound, not a timing assertion)."""
    try:
        async with asyncio.timeout(seconds):
            # state lives in Qt widgets: polling is how a coroutine waits on it
            while not cond():  # noqa: ASYNC110
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@asynccontextmanager
async def demo_station(tmp_path: Path, emu: Emulator, **ui: Any) -> AsyncIterator[Station]:
    """The demo shop's own world (120 orders, seed 1) in the real station window."""
    st = Station(
        Settings(station_id="e2e", packer="Ana", ui=dict(ui)),
        Paths.for_data_dir(tmp_path / "station"),
        [build_demo_backend(emulator=emu)],
        demo=True,
        trickle_s=None,
    )
    await st.start()
    try:
        await until(lambda: st.syncs[DEMO_SHOP_ID].state.full_sync_done, "full sync")
        assert st.resumed is not None
        await until(st.resumed.done, "resume after the first sync")
        assert st.labels is not None
        st.labels.sink = PdfFiles(tmp_path / "labels")  # labels rendered to PDF files
        yield st
    finally:
        await st.shutdown()
        assert st.window is not None
        st.window.close()
        st.window.deleteLater()


def win(st: Station) -> MainWindow:
    assert st.window is not None
    return st.window


def kind_of(emu: Emulator, order_id: int) -> str:
    order = emu.world.find_order(order_id)
    assert order is not None, order_id
    if all(it.is_digital for it in order.items):
        return "digital"
    if any(it.delivery_option_sof for it in order.items):
        return "delivered by seller"
    return "cross-border" if order.cross_border else "local"


def picker() -> QDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.objectName() == "providerPicker" and w.isVisible():
            return w
    return None


async def test_ctrl_b_on_every_pending_demo_order_ships_each_kind(
    tmp_path: Path, qtbot: QtBot
) -> None:
    emu = Emulator(orders=120, seed=1, region="sg")
    async with demo_station(tmp_path, emu) as st:
        w = win(st)
        pending = set(emu.order_ids("pending"))
        kinds = Counter(kind_of(emu, o) for o in pending)
        assert kinds == {"local": 69, "cross-border": 3, "delivered by seller": 5, "digital": 5}
        w.set_tab(Tab.TO_PACK)
        await until(lambda: w.model.rowCount() == len(pending), "every pending order listed")
        # the packer's mouse: click the first row, shift-click the last
        view = w.view
        first = w.model.index(0, 0)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center()
        )
        view.scrollToBottom()
        last = w.model.index(w.model.rowCount() - 1, 0)
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ShiftModifier,
            view.visualRect(last).center(),
        )
        assert {k[1] for k in w.selected_keys()} == pending
        QTest.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        ctl = st.controller
        assert ctl is not None
        # the cross-border group needs a provider: asked once, the first one preselected
        await until(lambda: picker() is not None, "provider picker for the cross-border group")
        dlg = picker()
        assert dlg is not None
        dlg.accept()
        await until(lambda: ctl.batch_dialog is not None, "batch outcome shown", 120)
        assert picker() is None
        out = ctl.batch_dialog
        assert out is not None
        report = out.report
        assert report.failed == (), [o.message for o in report.failed]
        counts = {g: sum(c.values()) for g, c in report.counts().items()}
        assert counts == dict(kinds)
        for oid in pending:
            statuses = {i["status"] for i in emu.items(oid)}
            assert statuses == (
                {"delivered"} if kind_of(emu, oid) == "digital" else {"ready_to_ship"}
            )
        # the outcome list shows each order's kind, and the counts per kind
        assert "cross-border: 3 of 3 done" in out.counts.text()
        kinds_shown = Counter(out.table.item(r, 5).text() for r in range(out.table.rowCount()))
        assert kinds_shown == kinds
        assert w.width() <= SCREEN[0]
        # one print job for the whole batch, no AWB for the delivered-by-seller orders
        assert st.labels is not None
        [(_job, _path, pages)] = st.labels.sink.jobs
        assert pages == 72 + 3  # 69 local + 3 cross-border, 3 of them split by Lazada


async def test_a_saved_geometry_wider_than_the_screen_is_clamped_at_start(
    tmp_path: Path, qtbot: QtBot
) -> None:
    emu = Emulator(orders=5, seed=3, region="sg")
    async with demo_station(tmp_path, emu) as st:
        w = win(st)
        w.setGeometry(0, 0, 1979, 1100)
        saved = w.ui_state()
    area = QApplication.primaryScreen().availableGeometry()
    emu2 = Emulator(orders=5, seed=3, region="sg")
    async with demo_station(tmp_path / "again", emu2, **saved) as st2:
        w2 = win(st2)
        geo = w2.frameGeometry()
        # Qt's offscreen screen is 800 px wide, a little narrower than the station's own
        # minimum width: the clamp cannot go below that minimum, but must go no further.
        frame_extra = geo.width() - w2.width()
        widest = max(area.width(), w2.minimumSizeHint().width() + frame_extra)
        assert geo.width() <= widest, (geo, area, w2.minimumSizeHint())
        assert geo.height() <= area.height(), (geo, area)
        assert geo.width() < 1979 and geo.height() < 1100


async def test_clamp_to_a_1366x768_screen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(500, 300, 1979, 1100)
    geo = clamp_to_screen(big, QRect(0, 0, *SCREEN))
    assert QRect(0, 0, *SCREEN).contains(geo), geo
    assert geo.width() == SCREEN[0] and geo.height() == SCREEN[1]
