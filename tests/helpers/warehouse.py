"""A warehouse of stations for tests: ``StationCore`` on one PostgreSQL database, each with its
own data folder and in-memory keyring, the emulator (in-process) as Lazada, and the seller's
consent as a browser would give it."""

from __future__ import annotations

import io
from pathlib import Path

import httpx

from lazpack import cli
from lazpack.config import Paths, Settings
from lazpack.credentials import CredentialStore
from lazpack.emulator import Emulator
from lazpack.services.shops import ShopService
from lazpack.services.warehouse import WarehouseSetup
from lazpack.station import StationCore
from lazpack.station_wiring import demo_shop, postgres_journal, warehouse_setup
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.seller_app import APP_KEY, APP_SECRET, REDIRECT, emulator_clients, register_app
from tests.helpers.station import station_paths


def seller_emulator(*, orders: int = 20, seed: int = 11) -> Emulator:
    """A shop on the emulator whose seller registered the app ``APP_KEY``."""
    emu = Emulator(orders=orders, seed=seed, region="sg", latency_ms=0.0, jitter_ms=0.0)
    register_app(emu)
    return emu


class WhStation:
    """One station of the warehouse: its own data folder and its own keyring."""

    def __init__(self, emu: Emulator, dsn: str, data_dir: Path, station_id: str) -> None:
        self.emu = emu
        self.dsn = dsn
        self.paths = Paths.for_data_dir(data_dir)
        self.paths.ensure()
        self.keyring = MemoryKeyring()
        self.store = CredentialStore(backend=self.keyring)
        self.core = self._core(station_id)

    def _core(self, station_id: str) -> StationCore:
        settings = Settings.load(self.paths.settings_file)
        return StationCore(
            settings,
            self.paths,
            journal=postgres_journal(self.dsn, station_id=station_id),
            clients=emulator_clients(self.emu),
            credentials=self.store,
        )

    @property
    def service(self) -> ShopService:
        service = self.core.shop_service()
        assert service is not None
        return service

    def setup(self) -> WarehouseSetup:
        return warehouse_setup(self.core.settings, self.core.save_settings, credentials=self.store)

    async def restart(self, station_id: str) -> None:
        await self.core.aclose()
        self.core = self._core(station_id)


async def authorize(station: WhStation, base_url: str = Emulator.IN_PROCESS_BASE_URL) -> str:
    """The seller clicks Authorize, consents on the (emulated) page, pastes the address."""
    pending = station.service.begin(
        app_key=APP_KEY,
        app_secret=APP_SECRET,
        region="sg",
        redirect_uri=REDIRECT,
        base_url=base_url,
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=station.emu.app)) as browser:
        answer = await browser.get(pending.url)
    shop = await station.service.complete(pending, answer.headers["location"])
    return shop.shop_id


def run_cli(*argv: str) -> tuple[int, str]:
    """``lazpack COMMAND …`` in this process: its exit code and what it printed."""
    out = io.StringIO()
    try:
        code = cli.main(list(argv), out=out)
    except SystemExit as stop:  # argparse: usage errors
        code = int(stop.code or 0)
    return code, out.getvalue()


def warehouse_station(tmp_path: Path, n: int, dsn: str, emu: Emulator) -> StationCore:
    """Station ``n`` of a warehouse on ``dsn`` with the demo shop of ``emu`` (in-process)."""
    core = StationCore(
        Settings(station_id=f"wh-{n}", packer=f"packer {n}"),
        station_paths(tmp_path / f"station-{n}"),
        journal=postgres_journal(dsn, station_name=f"Station {n}"),
    )
    core.add_shop(demo_shop(emulator=emu))
    return core
