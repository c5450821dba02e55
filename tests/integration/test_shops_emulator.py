"""A real seller's shop on the emulator: consent, restart, expiry, revocation, no leaks.

The emulator's consent page, token endpoints and rotation rules are exercised through the
real signed client of a station composed by ``StationCore`` (its client factory routes each
shop to the emulator in-process); the keyring is an in-memory backend installed with
keyring.set_keyring.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from lazpack import log as lazlog
from lazpack.config import Paths, Settings
from lazpack.domain.ports import LazadaPort
from lazpack.emulator import Emulator
from lazpack.errors import ShopDisconnectedError
from lazpack.services.auth import ShopState
from lazpack.services.oauth_listener import LoopbackListener
from lazpack.services.sync import SyncService
from lazpack.station import StationCore
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.seller_app import APP_KEY, APP_SECRET, REDIRECT, emulator_clients


class Station:
    """A station composed by ``StationCore`` for real shops (one client per shop)."""

    def __init__(self, emu: Emulator, data_dir: Path) -> None:
        self.emu = emu
        self.paths = Paths.for_data_dir(data_dir)
        self.paths.ensure()
        self.core = StationCore(
            Settings.load(self.paths.settings_file), self.paths, clients=emulator_clients(emu)
        )
        service = self.core.shop_service()
        assert service is not None
        self.service = service

    def connect(self, shop_id: str) -> tuple[LazadaPort, SyncService]:
        """Open the configured shop as the station does at start: its port and its sync."""
        (conn,) = [c for c in self.core.connect_configured_shops() if c.shop_id == shop_id]
        return conn.port, self.core.add_shop(conn)

    async def aclose(self) -> None:
        await self.core.aclose()


async def consent(station: Station) -> str:
    """Seller clicks Authorize, logs in on the (emulated) consent page, pastes the address."""
    pending = station.service.begin(
        app_key=APP_KEY,
        app_secret=APP_SECRET,
        region="sg",
        redirect_uri=REDIRECT,
        base_url=Emulator.IN_PROCESS_BASE_URL,
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=station.emu.app)) as browser:
        answer = await browser.get(pending.url)
    assert answer.status_code == 302
    shop = await station.service.complete(pending, answer.headers["location"])
    return shop.shop_id


@pytest.fixture
def emu() -> Emulator:
    e = Emulator(orders=30, seed=7, region="sg", latency_ms=0.0, jitter_ms=0.0)
    e.apps[APP_KEY] = APP_SECRET  # the seller's own app, registered in the console
    e.registered_redirect_uri = REDIRECT
    return e


@pytest.fixture
def file_logging(tmp_path: Path) -> Iterator[Path]:
    """The station's real log file (DEBUG), removed again after the test."""
    log_dir = Paths.for_data_dir(tmp_path / "station").log_dir
    root = logging.getLogger("lazpack")
    before, level = list(root.handlers), root.level
    # lazlog.setup quiets httpx: give the later tests back the levels they started with
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    lazlog.setup(log_dir, level=logging.DEBUG)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger(name).addHandler(root.handlers[-1])
    try:
        yield log_dir
    finally:
        added = [h for h in root.handlers if h not in before]
        for h in added:
            root.removeHandler(h)
            for name in ("httpx", "httpcore"):
                logging.getLogger(name).removeHandler(h)
            h.close()
        root.setLevel(level)
        for name, lvl in levels.items():
            logging.getLogger(name).setLevel(lvl)


@pytest.mark.asyncio
async def test_consent_restart_expiry_and_revocation(
    emu: Emulator, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    station = Station(emu, tmp_path / "station")
    shop_id = await consent(station)
    shop = station.service.get(shop_id)
    assert shop.region == "sg" and shop.seller_ids.get("sg")
    assert shop.base_url == Emulator.IN_PROCESS_BASE_URL

    # restart: a new service reads settings + keyring and is connected without consent
    await station.aclose()
    station = Station(emu, tmp_path / "station")
    assert station.service.status(shop_id).state is ShopState.CONNECTED
    client, sync = station.connect(shop_id)
    assert await sync.sync_once(), sync.state.message
    before = memory_keyring.entries[("lazpack", f"{shop_id}:tokens")]

    # Lazada expires the access token mid-shift: the sync refreshes and carries on
    emu.faults.expire_access_tokens()
    emu.add_orders(2)
    assert await sync.sync_once(), sync.state.message
    after = memory_keyring.entries[("lazpack", f"{shop_id}:tokens")]
    assert json.loads(after)["refresh_token"] != json.loads(before)["refresh_token"]
    assert emu.calls["/auth/token/refresh"] == 1

    # the seller revokes the app: this shop is disconnected, with its message
    emu.faults.revoke_refresh_tokens()
    emu.faults.expire_access_tokens()
    assert not await sync.sync_once()
    status = station.service.status(shop_id)
    assert status.state is ShopState.DISCONNECTED
    assert "reconnect" in status.message
    with pytest.raises(ShopDisconnectedError):
        await client.get_orders(status="pending")
    assert ("lazpack", f"{shop_id}:tokens") not in memory_keyring.entries

    # Reconnect brings it back with the stored app secret
    pending = station.service.begin_reconnect(shop_id)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu.app)) as browser:
        answer = await browser.get(pending.url)
    await station.service.complete(pending, answer.headers["location"])
    assert await sync.sync_once(), sync.state.message
    await station.aclose()


@pytest.mark.asyncio
async def test_no_secret_reaches_any_file_of_the_data_directory(
    emu: Emulator, tmp_path: Path, memory_keyring: MemoryKeyring, file_logging: Path
) -> None:
    station = Station(emu, tmp_path / "station")
    shop_id = await consent(station)
    client, sync = station.connect(shop_id)
    assert await sync.sync_once(), sync.state.message
    emu.faults.expire_access_tokens()  # a refresh mid-shift writes new tokens
    assert await sync.sync_once(), sync.state.message
    pending = emu.order_ids(status="pending")
    if pending:
        items = await client.get_order_items(pending[0])
        await client.pack(
            {pending[0]: [i.order_item_id for i in items]}, shipping_allocate_type="TFS"
        )
    await station.aclose()
    logging.getLogger("lazpack").debug("shift over")

    secrets: set[str] = {APP_SECRET}
    for value in memory_keyring.written:
        secrets.add(value)
        if value.startswith("{"):
            bundle = json.loads(value)
            secrets.update((bundle["access_token"], bundle["refresh_token"]))
    assert len(secrets) >= 6  # app secret + two generations of tokens

    files = [p for p in (tmp_path / "station").rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    assert any(p.name == "lazpack.log" and p.stat().st_size > 0 for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"a secret leaked into {path.name}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.asyncio
async def test_loopback_callback_from_the_emulator_consent_page(
    emu: Emulator, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    redirect = f"http://127.0.0.1:{_free_port()}/lazpack/callback"
    emu.registered_redirect_uri = redirect
    station = Station(emu, tmp_path / "station")
    pending = station.service.begin(
        app_key=APP_KEY,
        app_secret=APP_SECRET,
        region="sg",
        redirect_uri=redirect,
        base_url=Emulator.IN_PROCESS_BASE_URL,
    )
    async with LoopbackListener(pending.redirect_uri, pending.state) as listener:
        code = asyncio.ensure_future(listener.wait())
        # the browser: consent page, then its redirect to this PC
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu.app)) as browser:
            consent_page = await browser.get(pending.url)
        async with httpx.AsyncClient(trust_env=False) as browser:
            landing = await browser.get(consent_page.headers["location"])
        assert "close this tab" in landing.text
        shop = await station.service.complete_with_code(pending, await code)
    assert station.service.status(shop.shop_id).state is ShopState.CONNECTED
    client, _sync = station.connect(shop.shop_id)
    page = await client.get_orders(status="pending", limit=5)
    assert page.orders
    await station.aclose()
