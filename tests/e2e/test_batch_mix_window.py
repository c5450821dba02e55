"""Issue 21 in the real window: a batch of ALL pending demo orders (local, cross-border,
delivered-by-seller, digital) picked with the mouse and Ctrl+B, and a window that never
outgrows a 1366×768 screen whatever Lazada's messages say."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from lazpack.config import Settings
from lazpack.domain.orderbook import Tab
from lazpack.emulator import Emulator
from lazpack.ui.screen_fit import clamp_to_screen
from tests.helpers.e2e import station, until, win

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

SCREEN = (1366, 768)
#: A refusal as long as real ones get once request ids, paths and item lists pile up,
#: with an unbreakable run (a URL, a list without spaces) that word wrap cannot break.
LONG = (
    "/order/fulfill/pack: 700004: PARAM_ILLEGAL: "
    + "pack_order_list[].order_item_list=" + ",".join(str(300247220745767 + i) for i in range(120))
    + " " + "the shipment provider is not available for this order " * 40
)  # fmt: skip


def demo_settings(**ui: Any) -> Settings:
    return Settings(station_id="e2e", packer="Ana", ui=dict(ui))


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
    async with station(tmp_path, emulator=emu, settings=demo_settings()) as st:
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
        await until(lambda: ctl.batch_dialog is not None, "batch outcome shown", seconds=120)
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
    async with station(tmp_path, emulator=emu, settings=demo_settings()) as st:
        w = win(st)
        w.setGeometry(0, 0, 1979, 1100)
        saved = w.ui_state()
    area = QApplication.primaryScreen().availableGeometry()
    emu2 = Emulator(orders=5, seed=3, region="sg")
    async with station(tmp_path / "again", emulator=emu2, settings=demo_settings(**saved)) as st2:
        w2 = win(st2)
        geo = w2.frameGeometry()
        # Qt's offscreen screen is 800 px wide, a little narrower than the station's own
        # minimum width: the clamp cannot go below that minimum, but must go no further.
        frame_extra = geo.width() - w2.width()
        widest = max(area.width(), w2.minimumSizeHint().width() + frame_extra)
        assert geo.width() <= widest, (geo, area, w2.minimumSizeHint())
        assert geo.height() <= area.height(), (geo, area)
        assert geo.width() < 1979 and geo.height() < 1100


async def test_every_label_filled_with_a_long_refusal_keeps_the_window_inside_1366x768(
    tmp_path: Path, qtbot: QtBot
) -> None:
    emu = Emulator(orders=5, seed=3, region="sg")
    async with station(tmp_path, emulator=emu, settings=demo_settings()) as st:
        w = win(st)
        layout = w.layout()
        assert layout is not None
        labels = [lab for lab in w.findChildren(QLabel) if not isinstance(lab, QAbstractButton)]
        names = {lab.objectName() for lab in labels}
        assert {
            "panelTitle",
            "problemLabel",
            "lastSyncLabel",
            "nextAction",
            "scanMessage",
            "packerStatus",
        } <= names, names
        for lab in labels:
            lab.setText(LONG)
        w.statusBar().showMessage(LONG)
        QApplication.processEvents()
        needed = layout.totalMinimumSize().expandedTo(w.minimumSizeHint())
        assert needed.width() <= SCREEN[0] and needed.height() <= SCREEN[1], needed
        # and a window that size really fits its contents: nothing asks for more
        w.resize(*SCREEN)
        QApplication.processEvents()
        assert (w.width(), w.height()) == SCREEN


async def test_clamp_to_a_1366x768_screen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(500, 300, 1979, 1100)
    geo = clamp_to_screen(big, QRect(0, 0, *SCREEN))
    assert QRect(0, 0, *SCREEN).contains(geo), geo
    assert geo.width() == SCREEN[0] and geo.height() == SCREEN[1]
