"""A Qt-free station core on the demo shop, synced once (the CLI's and the window's core)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from lazpack.config import Paths, Settings
from lazpack.station import DEMO_SHOP_ID, StationCore
from lazpack.station_wiring import demo_shop


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


@pytest_asyncio.fixture
async def core(data_dir: Path) -> AsyncIterator[StationCore]:
    paths = Paths(data_dir / "config", data_dir / "data", data_dir / "cache", data_dir / "logs")
    paths.ensure()
    station = StationCore(Settings(station_id="pick-test", packer="Ann"), paths)
    station.add_shop(demo_shop(orders=120, seed=1))
    assert await station.syncs[DEMO_SHOP_ID].sync_once()
    try:
        yield station
    finally:
        await station.aclose()
        await asyncio.sleep(0)
