"""The station window on the demo shop: the in-process emulator behind the real client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QStatusBar, QTableView
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
from lazpack.config import Paths, Settings
from lazpack.domain.orderbook import Tab
from lazpack.ui.main_window import MainWindow
from lazpack.ui.orders_model import KEY_ROLE

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

OPEN_TO_PACK = {"pending", "repacked"}


async def until(cond: Callable[[], bool], what: str) -> None:
    """Let the loop run until ``cond`` holds (a safety bound, not a timing assertion)."""
    try:
        async with asyncio.timeout(30):
            # state lives in Qt widgets and the book: polling is how a coroutine waits on it
            while not cond():  # noqa: ASYNC110
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@asynccontextmanager
async def demo_station(tmp_path: Path, **settings: Any) -> AsyncIterator[Station]:
    backend = build_demo_backend(orders=80, seed=7)
    station = Station(
        Settings(**settings), Paths.for_data_dir(tmp_path), [backend], demo=True, trickle_s=None
    )
    await station.start()
    try:
        await until(lambda: station.syncs[DEMO_SHOP_ID].state.full_sync_done, "full sync")
        yield station
    finally:
        await station.shutdown()
        assert station.window is not None
        station.window.close()
        station.window.deleteLater()


def shown_keys(w: MainWindow) -> list[tuple[str, int]]:
    view = w.findChild(QTableView, "ordersView")
    assert view is not None
    m = view.model()
    return [m.index(r, 0).data(KEY_ROLE) for r in range(m.rowCount())]


def expected_to_pack(emu: Any) -> set[int]:
    out = set()
    for oid in emu.order_ids():
        statuses = {it["status"] for it in emu.items(oid)}
        if statuses & OPEN_TO_PACK:
            out.add(oid)
    return out


async def test_demo_start_shows_orders_with_tab_counts_matching_the_emulator(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with demo_station(tmp_path) as st:
        w = st.window
        assert w is not None and w.isVisible()
        banner = w.findChild(QLabel, "demoBanner")
        assert banner is not None and banner.isVisible()
        emu = st.demo_emulator
        to_pack = expected_to_pack(emu)
        assert to_pack, "the demo shop has work to do"
        assert w.tab_count(Tab.TO_PACK) == len(to_pack)
        assert w.tabs.tabText(0) == f"To pack ({len(to_pack)})"
        assert {k[1] for k in shown_keys(w)} == to_pack
        packed = {
            oid
            for oid in emu.order_ids("packed")
            if not ({it["status"] for it in emu.items(oid)} & OPEN_TO_PACK)
        }
        assert w.tab_count(Tab.PACKED) == len(packed)
        bar = w.findChild(QStatusBar, "statusBar")
        assert bar is not None and "Online" in w.connection_label.text()
        assert "Synced" in w.sync_label.text()


async def test_search_filters_demo_orders(tmp_path: Path, qtbot: QtBot) -> None:
    async with demo_station(tmp_path) as st:
        w = st.window
        assert w is not None
        w.set_tab(None)
        row = next(iter(st.book))
        sku = row.items[0].sku
        search = w.findChild(QLineEdit, "searchInput")
        assert search is not None
        qtbot.keyClicks(search, sku.lower())
        keys = shown_keys(w)
        assert row.key in keys
        assert all(any(it.sku == sku for it in st.book.get(k).items) for k in keys)
        search.clear()
        qtbot.keyClicks(search, str(row.order.order_number))
        assert shown_keys(w) == [row.key]


async def test_incremental_sync_picks_up_new_orders_and_status_changes(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with demo_station(tmp_path) as st:
        w = st.window
        assert w is not None
        emu = st.demo_emulator
        before = w.tab_count(Tab.TO_PACK)
        [new_id] = emu.add_orders(1, status="pending")
        victim = next(k for k in shown_keys(w) if k[1] != new_id)
        for it in emu.items(victim[1]):
            emu.set_item_status(it["order_item_id"], "canceled")
        qtbot.keyClick(w, Qt.Key.Key_F5)  # manual refresh: the next poll runs now
        await until(lambda: (DEMO_SHOP_ID, new_id) in st.book, "new order synced")
        await until(lambda: victim not in shown_keys(w), "cancelled order left To pack")
        assert (DEMO_SHOP_ID, new_id) in shown_keys(w)
        assert w.tab_count(Tab.TO_PACK) == before  # one in, one out
        assert st.book.get(victim).tab is Tab.DONE


async def test_api_error_shows_in_status_bar_without_a_modal_dialog(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with demo_station(tmp_path) as st:
        w = st.window
        assert w is not None
        st.demo_emulator.faults.expire_access_tokens()
        sync = st.syncs[DEMO_SHOP_ID]
        st.refresh()
        await until(lambda: sync.state.message != "", "the sync reports the problem")
        assert "authorization" in w.connection_label.text().lower()
        assert "token" in w.problem_label.text().lower()
        assert QApplication.activeModalWidget() is None
        assert len(st.book) > 0  # what was synced stays on screen


async def test_shutdown_saves_tab_and_columns(tmp_path: Path, qtbot: QtBot) -> None:
    async with demo_station(tmp_path) as st:
        assert st.window is not None
        st.window.set_tab(Tab.READY)
        st.window.view.setColumnWidth(2, 321)
    saved = Settings.load(Paths.for_data_dir(tmp_path).settings_file)
    assert saved.ui["tab"] == "ready" and saved.ui["columns"][2] == 321
