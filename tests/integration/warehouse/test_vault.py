"""Shop secrets shared by the warehouse: sealed in the database, refreshed exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import asyncpg
import pytest

from lazpack.credentials import CredentialStore
from lazpack.domain.models import TokenSet
from lazpack.domain.ports import SharedSecrets, StoredTokens
from lazpack.errors import ConfigError, CredentialStoreError, IllegalRefreshTokenError
from lazpack.services.warehouse_tokens import WarehouseTokenProvider
from lazpack.storage.pg import PgJournal
from lazpack.storage.pg.vault import PgSecretVault, format_key, new_key, parse_key
from tests.helpers.clocks import FakeClock
from tests.helpers.keyrings import MemoryKeyring

APP_SECRET = "app-secret-0123456789abcdef"
FIRST = StoredTokens(
    access_token="access-token-one-aaaaaaaa",
    refresh_token="refresh-token-one-bbbbbbbb",
    expires_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),  # due: one hour after the clock
    refresh_expires_at=datetime(2026, 4, 1, tzinfo=UTC),
)


class SingleUseAuth:
    """Lazada's refresh: each refresh token works once; a second use is refused."""

    def __init__(self) -> None:
        self.spent: set[str] = set()
        self.calls = 0
        self.gate = asyncio.Event()

    async def create_token(self, code: str) -> TokenSet:
        raise NotImplementedError

    async def refresh_token(self, refresh_token: str) -> TokenSet:
        self.calls += 1
        await self.gate.wait()  # both stations are inside their refresh before it answers
        if refresh_token in self.spent:
            raise IllegalRefreshTokenError("refresh token already used",
                                           code="IllegalRefreshToken")  # fmt: skip
        self.spent.add(refresh_token)
        n = len(self.spent) + 1
        return TokenSet(
            access_token=f"access-token-{n}-cccccccc",
            refresh_token=f"refresh-token-{n}-dddddddd",
            expires_at=datetime(2026, 3, 9, tzinfo=UTC),
            refresh_expires_at=datetime(2026, 4, 1, tzinfo=UTC),
            country="th",
        )


@pytest.fixture
def two(pg_dsn: str, clock: FakeClock) -> Iterator[tuple[PgJournal, PgJournal]]:
    a = PgJournal(pg_dsn, station_id="st-1", clock=clock)
    b = PgJournal(pg_dsn, station_id="st-2", clock=clock)
    yield a, b
    a.close()
    b.close()


@pytest.mark.asyncio
async def test_two_stations_refreshing_at_once_spend_the_refresh_token_once(
    two: tuple[PgJournal, PgJournal], clock: FakeClock, pg_dsn: str
) -> None:
    key = new_key()
    va = PgSecretVault(two[0].runner, key, station_id="st-1")
    vb = PgSecretVault(two[1].runner, key, station_id="st-2")
    await va.store("shop", SharedSecrets(APP_SECRET, FIRST, 0))
    auth = SingleUseAuth()
    pa = WarehouseTokenProvider("shop", va, auth, clock=clock)
    pb = WarehouseTokenProvider("shop", vb, auth, clock=clock)
    ta = asyncio.ensure_future(pa.access_token())
    tb = asyncio.ensure_future(pb.access_token())
    # one station is refreshing (holding the shop's row lock), the other waits for that lock
    watcher = await asyncpg.connect(pg_dsn)
    try:
        while auth.calls < 1 or not await watcher.fetchval(  # noqa: ASYNC110 - server state
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database()"
        ):
            await asyncio.sleep(0.01)
    finally:
        await watcher.close()
    auth.gate.set()
    got = await asyncio.gather(ta, tb)
    assert auth.calls == 1  # ...the other waited and took its pair
    assert got[0] == got[1] == "access-token-2-cccccccc"
    assert pa.refreshes + pb.refreshes == 1
    # both keep working: an IllegalAccessToken on the old token is answered from the vault
    assert await pb.refresh(FIRST.access_token) == "access-token-2-cccccccc"
    assert auth.calls == 1
    # the database holds no secret in clear
    conn = await asyncpg.connect(pg_dsn)
    try:
        rows = await conn.fetch("SELECT sealed FROM shop_secrets")
        dump = b"".join(bytes(r["sealed"]) for r in rows)
        text = str(await conn.fetch("SELECT * FROM shop_secrets"))
    finally:
        await conn.close()
    for secret in (APP_SECRET, "access-token-2-cccccccc", "refresh-token-2-dddddddd"):
        assert secret.encode() not in dump and secret not in text


@pytest.mark.asyncio
async def test_a_wrong_key_or_a_tampered_row_is_refused(
    two: tuple[PgJournal, PgJournal], pg_dsn: str
) -> None:
    va = PgSecretVault(two[0].runner, new_key())
    await va.store("shop", SharedSecrets(APP_SECRET, FIRST, 0))
    with pytest.raises(CredentialStoreError, match="warehouse key does not match"):
        await PgSecretVault(two[1].runner, new_key()).load("shop")
    conn = await asyncpg.connect(pg_dsn)
    try:  # a row copied over another shop fails its integrity check
        await conn.execute("INSERT INTO shop_secrets SELECT 'other', version, key_id, nonce,"
                           " sealed, updated_at, updated_by FROM shop_secrets")  # fmt: skip
    finally:
        await conn.close()
    with pytest.raises(CredentialStoreError, match="integrity check"):
        await va.load("other")
    assert (await va.load("shop")) is not None


def test_the_warehouse_key_is_typed_once_and_kept_in_the_keyring() -> None:
    key = new_key()
    shown = format_key(key)
    assert len(shown.replace(" ", "")) == 43
    assert parse_key(f"  {shown}\n") == key
    assert parse_key(shown.replace(" ", "")) == key
    with pytest.raises(ConfigError, match="not a warehouse key"):
        parse_key("1234-abcd")
    backend = MemoryKeyring()
    store = CredentialStore(backend=backend)
    assert store.get_warehouse_key() is None
    store.set_warehouse_key(key)
    assert store.get_warehouse_key() == key
    store.delete_warehouse_key()
    assert store.get_warehouse_key() is None
