"""A configured shop opens as a real shop (no demo): keyring secrets, token provider, client."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazpack.app import Station
from lazpack.config import Paths, Settings, ShopConfig
from lazpack.credentials import CredentialStore
from lazpack.domain.ports import StoredTokens
from lazpack.emulator import (
    DEMO_ACCESS_TOKEN,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    DEMO_REFRESH_TOKEN,
    Emulator,
)
from tests.helpers.keyrings import MemoryKeyring

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


@pytest.mark.usefixtures("memory_keyring")
async def test_configured_shop_is_synced_without_the_demo_banner(
    tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    emu = Emulator(orders=30, seed=11)
    with emu.serve() as base_url:
        store = CredentialStore()
        store.set_app_secret("shop1", DEMO_APP_SECRET)
        now = datetime.now(UTC)
        store.set_tokens(
            "shop1",
            StoredTokens(
                access_token=DEMO_ACCESS_TOKEN,
                refresh_token=DEMO_REFRESH_TOKEN,
                expires_at=now + timedelta(days=7),
                refresh_expires_at=now + timedelta(days=30),
            ),
        )
        settings = Settings(
            shops=[ShopConfig("shop1", "Corner Store", "sg", DEMO_APP_KEY, base_url=base_url)]
        )
        paths = Paths.for_data_dir(tmp_path)
        station = Station(settings, paths, [], demo=False)
        # as lazpack.app.main opens them: the core's clients, with the settings' call budget
        backends = station.core.connect_configured_shops()
        assert [b.shop_id for b in backends] == ["shop1"]
        station.add_backends(backends)
        window = await station.start()
        try:
            sync = station.syncs["shop1"]
            async with asyncio.timeout(30):
                while not sync.state.full_sync_done and not sync.state.message:  # noqa: ASYNC110
                    await asyncio.sleep(0.02)
            assert sync.state.message == ""
            banner = window.findChild(QLabel, "demoBanner")
            assert banner is not None and not banner.isVisible()
            open_ids = set(emu.order_ids("pending")) | set(emu.order_ids("packed"))
            assert open_ids <= {oid for _, oid in (r.key for r in station.book)}
            assert all(r.shop_id == "shop1" for r in station.book)
        finally:
            await station.shutdown()
            window.close()
