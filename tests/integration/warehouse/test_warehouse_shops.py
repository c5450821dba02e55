"""Authorize once per warehouse: a shop authorized on one station opens on every station that
joined with the warehouse key, and its single-use refresh token is spent once for them all.

Two ``StationCore`` on one PostgreSQL database (each with its own in-memory keyring and data
folder) and the emulator as Lazada (in-process, counting the calls per API).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest
import pytest_asyncio

from lazpack.config import Paths, Settings
from lazpack.domain.warehouse import format_key, key_id, new_key
from lazpack.emulator import Emulator
from lazpack.errors import ConfigError, CredentialStoreError
from lazpack.services.auth import ShopState
from lazpack.station import StationCore
from lazpack.station_wiring import warehouse_setup
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.seller_app import APP_KEY, APP_SECRET, REDIRECT, emulator_clients, register_app
from tests.helpers.warehouse import WhStation, authorize, run_cli, seller_emulator


@pytest.fixture
def emu() -> Emulator:
    return seller_emulator()


@pytest_asyncio.fixture
async def two(emu: Emulator, pg_dsn: str, tmp_path: Path) -> AsyncIterator[list[WhStation]]:
    stations = [
        WhStation(emu, pg_dsn, tmp_path / "a", "wh-a"),
        WhStation(emu, pg_dsn, tmp_path / "b", "wh-b"),
    ]
    yield stations
    for st in stations:
        await st.core.aclose()


async def _db(dsn: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


@pytest.mark.asyncio
async def test_authorized_once_a_joined_station_opens_the_shop_and_one_refresh_serves_both(
    two: list[WhStation], emu: Emulator, pg_dsn: str
) -> None:
    a, b = two
    shop_id = await authorize(a)
    # stored for the warehouse: the config in `shops`, the secrets sealed; nothing local
    assert a.core.settings.shops == []
    assert not [k for k in a.keyring.entries if k[1].startswith(f"{shop_id}:")]
    key = a.store.get_warehouse_key()
    assert key is not None
    rows = await _db(pg_dsn, "SELECT shop_id, config::text AS config FROM shops")
    assert [r["shop_id"] for r in rows] == [shop_id]
    assert APP_SECRET not in rows[0]["config"]
    held = await _db(pg_dsn, "SELECT value->>'key_id' AS k FROM shared_settings")
    assert [r["k"] for r in held] == [key_id(key)]

    # station B has not joined: it lists the shop, cannot open it, and says what to do
    assert [s.shop_id for s in b.service.shops()] == [shop_id]
    assert b.core.connect_configured_shops() == []
    status = b.service.status(shop_id)
    assert status.state is ShopState.DISCONNECTED
    assert "Settings → Warehouse → Join this warehouse" in status.message
    assert "Join this warehouse" in b.service.warehouse_problem()
    with pytest.raises(CredentialStoreError, match="not joined"):
        b.service.begin(app_key=APP_KEY, app_secret=APP_SECRET, region="sg",
                        redirect_uri=REDIRECT)  # fmt: skip

    # B joins with the key A shows, typed once; after a restart it opens the shop
    done = await b.setup().join(pg_dsn, "", format_key(key))
    assert "joined" in done
    assert b.store.get_warehouse_key() == key
    await b.restart("wh-b")
    (conn_b,) = b.core.connect_configured_shops()
    (conn_a,) = a.core.connect_configured_shops()
    assert conn_b.shop_id == conn_a.shop_id == shop_id
    assert b.service.status(shop_id).state is ShopState.CONNECTED
    assert emu.calls["/auth/token/refresh"] == 0

    # Lazada expires the access token: both stations refresh at the same moment...
    emu.faults.expire_access_tokens()
    got = await asyncio.gather(
        conn_a.port.get_orders(status="pending"), conn_b.port.get_orders(status="pending")
    )
    # ...one refresh reached Lazada (its refresh token is single-use), both calls worked
    assert emu.calls["/auth/token/refresh"] == 1
    assert got[0] and got[0] == got[1]
    # and both keep working on the rotated pair
    assert await conn_a.port.get_orders(status="pending")
    assert await conn_b.port.get_orders(status="pending")
    assert emu.calls["/auth/token/refresh"] == 1
    sealed = await _db(pg_dsn, "SELECT version, sealed FROM shop_secrets")
    assert sealed[0]["version"] == 2  # authorized, refreshed once
    assert APP_SECRET.encode() not in bytes(sealed[0]["sealed"])


@pytest.mark.asyncio
async def test_a_wrong_key_is_refused_with_its_remedy_and_not_kept(
    two: list[WhStation], pg_dsn: str
) -> None:
    a, b = two
    await authorize(a)
    with pytest.raises(ConfigError, match="not this warehouse's key") as err:
        await b.setup().join(pg_dsn, "", format_key(new_key()))
    assert "Show warehouse key" in err.value.hint
    with pytest.raises(ConfigError, match="not a warehouse key"):
        await b.setup().join(pg_dsn, "", "abcd efgh")
    assert b.store.get_warehouse_key() is None


@pytest.mark.asyncio
async def test_reconnect_and_remove_act_for_the_whole_warehouse(
    two: list[WhStation], emu: Emulator, pg_dsn: str
) -> None:
    a, b = two
    shop_id = await authorize(a)
    key = a.store.get_warehouse_key()
    assert key is not None
    await b.setup().join(pg_dsn, "", format_key(key))
    await b.restart("wh-b")
    # B reconnects the shop (the seller consents again): the warehouse's secrets change
    pending = b.service.begin_reconnect(shop_id)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu.app)) as browser:
        answer = await browser.get(pending.url)
    await b.service.complete(pending, answer.headers["location"])
    (version,) = await _db(pg_dsn, "SELECT version FROM shop_secrets")
    assert version["version"] == 2
    # A, opened afterwards, uses the new authorization
    await a.restart("wh-a")
    (conn_a,) = a.core.connect_configured_shops()
    assert await conn_a.port.get_orders(status="pending")
    # remove on A: gone for B too
    a.service.remove(shop_id)
    assert await _db(pg_dsn, "SELECT shop_id FROM shops") == []
    assert await _db(pg_dsn, "SELECT shop_id FROM shop_secrets") == []
    await b.restart("wh-b")
    assert b.service.shops() == []


@pytest.mark.asyncio
async def test_a_local_shop_keeps_working_beside_the_warehouse(
    emu: Emulator, pg_dsn: str, tmp_path: Path
) -> None:
    """A shop this PC had before it joined a warehouse opens as before (keyring, settings)."""
    from lazpack.config import ShopConfig

    st = WhStation(emu, pg_dsn, tmp_path / "solo", "wh-s")
    try:
        # authorize on its own journal first (no database): a local shop
        solo = StationCore(st.core.settings, st.paths, clients=emulator_clients(emu),
                           credentials=st.store)  # fmt: skip
        service = solo.shop_service()
        assert service is not None
        pending = service.begin(
            app_key=APP_KEY,
            app_secret=APP_SECRET,
            region="sg",
            redirect_uri=REDIRECT,
            base_url=Emulator.IN_PROCESS_BASE_URL,
        )
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=emu.app)) as browser:
            answer = await browser.get(pending.url)
        shop = await service.complete(pending, answer.headers["location"])
        await solo.aclose()
        assert isinstance(shop, ShopConfig)
        assert [s.shop_id for s in st.core.settings.shops] == [shop.shop_id]
        # on the warehouse database it still opens, from this PC's keyring
        (conn,) = st.core.connect_configured_shops()
        assert not st.service.is_shared(shop.shop_id)
        assert await conn.port.get_orders(status="pending")
        saved = json.loads(st.paths.settings_file.read_text(encoding="utf-8"))
        assert [s["shop_id"] for s in saved["shops"]] == [shop.shop_id]
    finally:
        await st.core.aclose()


@pytest.mark.asyncio
async def test_the_command_line_of_a_joined_station_reads_the_warehouse_shop(
    emulator: Emulator, emulator_url: str, pg_dsn: str, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    """``lazpack orders`` on a data folder whose Settings → Warehouse names the database and
    whose keyring has the key: the warehouse's shop, with no --database and no shop of its
    own."""
    register_app(emulator)
    first = WhStation(emulator, pg_dsn, tmp_path / "a", "wh-a")
    try:
        shop_id = await authorize(first, base_url=emulator_url)
        key = first.store.get_warehouse_key()
    finally:
        await first.core.aclose()
    assert key is not None
    folder = tmp_path / "cli"
    paths = Paths.for_data_dir(folder)
    paths.ensure()
    settings = Settings.load(paths.settings_file)
    setup = warehouse_setup(settings, lambda: settings.save(paths.settings_file))
    setup.save(pg_dsn, "")
    await setup.join(pg_dsn, "", format_key(key))  # this keyring: the global test one
    code, out = await asyncio.to_thread(
        run_cli, "orders", "--data-dir", str(folder), "--shop", shop_id, "--json"
    )
    assert code == 0, out
    orders = json.loads(out)
    assert orders
    assert {o["shop"] for o in orders} == {shop_id}
