"""The station window on a warehouse it has not joined: it starts (the marked demo), and the
shops line says what to do — Settings → Warehouse → Join this warehouse — instead of failing."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station
from lazpack.config import Paths, Settings
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.warehouse import WhStation, authorize, seller_emulator


@pytest.mark.asyncio
async def test_a_station_without_the_warehouse_key_starts_and_names_the_remedy(
    tmp_path: Path, qtbot: QtBot, pg_dsn: str, memory_keyring: MemoryKeyring
) -> None:
    emu = seller_emulator(orders=5, seed=3)
    first = WhStation(emu, pg_dsn, tmp_path / "first", "wh-1")
    try:
        await authorize(first)  # the warehouse has a shop (and a key this PC lacks)
    finally:
        await first.core.aclose()

    paths = Paths.for_data_dir(tmp_path / "second")
    station = Station(Settings(), paths, [], demo=False, trickle_s=None, database=pg_dsn)
    run = asyncio.get_running_loop().create_task(
        station.run(lambda: station.core.connect_configured_shops())
    )

    def told() -> bool:
        window = station.window
        return (
            window is not None
            and DEMO_SHOP_ID in station.syncs
            and "Join this warehouse" in window.status.shops_status.text()
        )

    async with asyncio.timeout(60):
        while not told():  # noqa: ASYNC110 - the state lives in the window
            await asyncio.sleep(0.02)
    window = station.window
    assert window is not None
    assert "not joined" in window.status.shops_status.text()
    assert window.status.shops_button.isVisibleTo(window)
    window.close()
    async with asyncio.timeout(30):
        assert await run == 0


@pytest.mark.asyncio
async def test_the_shops_list_removes_a_warehouse_shop_for_every_station(
    tmp_path: Path, qtbot: QtBot, pg_dsn: str
) -> None:
    import asyncpg
    from PySide6.QtWidgets import QMessageBox

    from lazpack.ui.shop_dialog import ShopsWidget

    emu = seller_emulator(orders=5, seed=3)
    st = WhStation(emu, pg_dsn, tmp_path / "first", "wh-1")
    try:
        shop_id = await authorize(st)
        widget = ShopsWidget(st.service)
        qtbot.addWidget(widget)
        assert "shared by the warehouse" in widget.status_text(shop_id)
        widget.select(shop_id)
        box = widget.remove_selected()
        assert box is not None
        assert "every station of the warehouse" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        conn = await asyncpg.connect(pg_dsn)
        try:
            assert await conn.fetchval("SELECT count(*) FROM shops") == 0
            assert await conn.fetchval("SELECT count(*) FROM shop_secrets") == 0
        finally:
            await conn.close()
        assert widget.table.rowCount() == 0
    finally:
        await st.core.aclose()
