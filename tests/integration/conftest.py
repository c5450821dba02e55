"""Emulator fixtures for integration tests: one seeded shop, in-process or on loopback, and
a station composed by ``lazpack.station.StationCore`` over it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import PackingSettings, Settings
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.station import StationCore
from lazpack.station_wiring import ShopConnection
from lazpack.storage.journal import SqliteJournal
from tests.helpers.station import SHOP, PrintedJobs, station_paths


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh seeded demo shop (200 orders, Singapore); use ``emulator.app`` in-process."""
    emu = Emulator(orders=200, seed=1, region="sg")
    yield emu
    emu.close()


@pytest.fixture
def emulator_url(emulator: Emulator) -> Iterator[str]:
    """The same shop served by uvicorn on 127.0.0.1; ``http://127.0.0.1:PORT/rest``."""
    with emulator.serve() as base_url:
        yield base_url


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """An empty shop for workflow tests (add orders with ``emu.add_orders``), no QPS ban.

    A lost answer hangs 1 s, and the ``client`` below gives up after 0.2 s not knowing
    whether its write was applied: the case reconciliation exists for.
    """
    e = Emulator(orders=0, seed=5, hang_s=1.0, qps_limit=None)
    yield e
    e.close()


@pytest_asyncio.fixture
async def client(emu: Emulator) -> AsyncIterator[LazadaClient]:
    """The real client on ``emu`` in-process, impatient and quick to retry."""
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=emu.app,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        access_token=DEMO_ACCESS_TOKEN,
        timeout_s=0.2,
        retry=RetryPolicy(max_attempts=4, backoff_base_s=0.01, backoff_max_s=0.05),
    ) as c:
        yield c


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    yield j
    j.close()


@pytest_asyncio.fixture
async def core(emu: Emulator, tmp_path: Path) -> AsyncIterator[StationCore]:
    """A station as the core composes it, with ``emu`` as its one shop (``SHOP``), packing
    to ready-to-ship by itself and printing into ``PrintedJobs`` (the label sink).

    Its client gives up after 0.6 s: still before a lost answer (1 s), and patient enough
    for the real label path, which downloads merged PDFs of up to 20 labels."""
    client = LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=emu.app,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        access_token=DEMO_ACCESS_TOKEN,
        timeout_s=0.6,
        retry=RetryPolicy(max_attempts=4, backoff_base_s=0.01, backoff_max_s=0.05),
    )
    settings = Settings(station_id="st-1", packer="ana", packing=PackingSettings(auto_until="rts"))
    station = StationCore(settings, station_paths(tmp_path / "station"), label_sink=PrintedJobs())
    station.add_shop(
        ShopConnection(
            shop_id=SHOP,
            name="Emulator shop",
            region="sg",
            port=client,
            aclose=client.aclose,
            fetch=client.fetch_document,
        )
    )
    yield station
    await station.aclose()
