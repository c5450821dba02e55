"""Start-up as ``lazpack.app.main`` runs it: window first, shops opened off the GUI thread."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station
from lazpack.config import Paths, Settings, ShopConfig
from tests.helpers.keyrings import NoKeyring

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_a_shop_that_cannot_open_falls_back_to_the_marked_demo(
    tmp_path: Path, qtbot: QtBot, no_keyring: NoKeyring
) -> None:
    paths = Paths.for_data_dir(tmp_path)
    settings = Settings(shops=[ShopConfig("s1", "Corner Store", "sg", "123456")])
    station = Station(settings, paths, [], demo=False, trickle_s=None)
    # as lazpack.app.main opens them: the core's clients, with the settings' call budget
    run = asyncio.get_running_loop().create_task(
        station.run(lambda: station.core.connect_configured_shops())
    )

    def synced() -> bool:
        sync = station.syncs.get(DEMO_SHOP_ID)
        return sync is not None and sync.state.full_sync_done

    async with asyncio.timeout(30):
        while not synced():  # noqa: ASYNC110 - the state lives in the station
            await asyncio.sleep(0.02)
    window = station.window
    assert window is not None and window.isVisible()
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert len(station.book) > 0
    window.close()  # the packer closes the window: run() shuts down and returns
    async with asyncio.timeout(30):
        assert await run == 0
    assert Paths.for_data_dir(tmp_path).settings_file.exists()
