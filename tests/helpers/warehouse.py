"""A warehouse of stations for tests: ``StationCore`` on one PostgreSQL database, each with its
own data folder and in-memory keyring, the emulator (in-process) as Lazada, and the seller's
consent as a browser would give it."""

from __future__ import annotations

import io
from pathlib import Path

import httpx

from lazpack import cli
from lazpack.api import LazadaClient
from lazpack.config import Paths, Settings
from lazpack.credentials import CredentialStore
from lazpack.domain.ports import TokenProvider
from lazpack.emulator import Emulator
from lazpack.services.shops import ShopService
from lazpack.services.warehouse import WarehouseSetup
from lazpack.station import StationCore
from lazpack.station_wiring import ClientFactory, postgres_journal, warehouse_setup
from tests.helpers.keyrings import MemoryKeyring

APP_KEY = "123456"
APP_SECRET = "SellerOwnAppSecretXq81Lm0Zt"
REDIRECT = "https://seller.example.com/lazpack/callback"


def seller_emulator(*, orders: int = 20, seed: int = 11) -> Emulator:
    """A shop on the emulator whose seller registered the app ``APP_KEY``."""
    emu = Emulator(orders=orders, seed=seed, region="sg", latency_ms=0.0, jitter_ms=0.0)
    register_app(emu)
    return emu


def register_app(emu: Emulator) -> None:
    emu.apps[APP_KEY] = APP_SECRET
    emu.registered_redirect_uri = REDIRECT


def emulator_clients(emu: Emulator) -> ClientFactory:
    """The station's ``ClientFactory``: every shop's client reaches ``emu`` in-process."""

    def make(
        *,
        app_key: str,
        app_secret: str,
        region: str,
        base_url: str,
        token_provider: TokenProvider | None = None,
    ) -> LazadaClient:
        return LazadaClient(
            app_key=app_key,
            app_secret=app_secret,
            base_url=base_url or None,
            asgi_app=emu.app,
            token_provider=token_provider,
        )

    return make


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
