"""The warehouse's shops and key fingerprint in its database (schema v4 ``shops``; v2
``shared_settings``, ``shop_secrets``).

``PgWarehouse`` is what a running warehouse station's shop service needs: the shops every
station opens (non-secret ``ShopConfig`` as jsonb; the secrets stay sealed in
``shop_secrets``), and the fingerprint of the warehouse key, recorded atomically by the first
station that creates the key (``adopt_key_id``: a conditional insert, never read-then-write),
so two stations cannot each seal shops under a key of their own.

``inspect`` and ``join`` serve Settings → Warehouse, which may name a database the station is
not running on yet: each opens one short connection of its own on the caller's loop.
"""

from __future__ import annotations

import json
from typing import Any

import asyncpg

from lazpack.domain.warehouse import WarehouseInfo
from lazpack.errors import DatabaseUnavailableError
from lazpack.i18n import arg, translate
from lazpack.storage.pg.runner import _UNREACHABLE, PgRunner, _why, safe_dsn
from lazpack.storage.pg.schema import migrate, version
from lazpack.storage.pg.vault import PgSecretVault

#: the ``shared_settings`` row holding the warehouse key's fingerprint
KEY_SETTING = "warehouse_key"
CONNECT_TIMEOUT = 10.0
#: what keeps a connection from being made (ValueError: an address asyncpg cannot use)
_CONNECT_ERRORS: tuple[type[BaseException], ...] = (*_UNREACHABLE, ValueError)

_HELD_KEY_ID = (
    "SELECT coalesce((SELECT value->>'key_id' FROM shared_settings WHERE key = $1),"
    " (SELECT key_id FROM shop_secrets ORDER BY updated_at DESC LIMIT 1))"
)
# The first station's key wins: a shop already sealed under a key makes that key the
# warehouse's, else the proposed one; a concurrent insert makes this one wait, then do nothing.
_ADOPT_KEY_ID = (
    "INSERT INTO shared_settings(key, value, updated_at, updated_by)"
    " SELECT $1, jsonb_build_object('key_id', coalesce("
    "(SELECT key_id FROM shop_secrets ORDER BY updated_at DESC LIMIT 1), $2::text)),"
    " clock_timestamp(), $3 ON CONFLICT (key) DO NOTHING"
)


class PgWarehouse:
    """The warehouse's shared shops and key fingerprint, over the station's ``PgRunner``."""

    def __init__(self, runner: PgRunner, *, station_id: str = "") -> None:
        self.runner = runner
        self.station_id = station_id

    @property
    def where(self) -> str:
        return self.runner.where

    def held_key_id(self) -> str | None:
        async def work(conn: asyncpg.Connection) -> str | None:
            held: str | None = await conn.fetchval(_HELD_KEY_ID, KEY_SETTING)
            return held

        return self.runner.call(work)

    def adopt_key_id(self, key_id: str) -> str:
        """Record ``key_id`` as the warehouse key's unless one is recorded; returns the one
        the warehouse holds now (compare: a different one means another station won)."""

        async def work(conn: asyncpg.Connection) -> str:
            await conn.execute(_ADOPT_KEY_ID, KEY_SETTING, key_id, self.station_id)
            held: str = await conn.fetchval(_HELD_KEY_ID, KEY_SETTING)
            return held

        return self.runner.call(work)

    def shop_configs(self) -> list[dict[str, Any]]:
        async def work(conn: asyncpg.Connection) -> list[dict[str, Any]]:
            rows = await conn.fetch("SELECT config FROM shops ORDER BY added_at, shop_id")
            return [_config(r["config"]) for r in rows]

        return self.runner.call(work)

    def save_shop(self, shop_id: str, config: dict[str, Any]) -> None:
        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO shops(shop_id, config, added_at, updated_at, updated_by)"
                " VALUES ($1, $2::jsonb, clock_timestamp(), clock_timestamp(), $3)"
                " ON CONFLICT (shop_id) DO UPDATE SET config = excluded.config,"
                " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                shop_id, json.dumps(config), self.station_id,
            )  # fmt: skip

        self.runner.call(work)

    def remove_shop(self, shop_id: str) -> None:
        """Forget the shop for every station: its configuration and its sealed secrets."""

        async def work(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                await conn.execute("DELETE FROM shops WHERE shop_id = $1", shop_id)
                await conn.execute("DELETE FROM shop_secrets WHERE shop_id = $1", shop_id)

        self.runner.call(work)

    def vault(self, key: bytes) -> PgSecretVault:
        return PgSecretVault(self.runner, key, station_id=self.station_id)


def _config(value: Any) -> dict[str, Any]:
    data = json.loads(value) if isinstance(value, str) else value
    return dict(data) if isinstance(data, dict) else {}


# ------------------------------------------------------------ Settings → Warehouse
def _unreachable(dsn: str, err: BaseException) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        arg(
            translate("Warehouse", "The warehouse database %1 cannot be reached (%2)."),
            safe_dsn(dsn),
            _why(err),
        ),
        hint=translate(
            "Warehouse",
            "Check the address, the user and the password, and that the PostgreSQL server is "
            "running and accepts connections from this PC.",
        ),
    )


async def _connect(dsn: str, connect_s: float) -> asyncpg.Connection:
    try:
        conn: asyncpg.Connection = await asyncpg.connect(dsn, timeout=connect_s)
    except _CONNECT_ERRORS as err:
        raise _unreachable(dsn, err) from None
    return conn


async def inspect(dsn: str, *, connect_s: float = CONNECT_TIMEOUT) -> WarehouseInfo:
    """Connect once and report what the database holds (changes nothing)."""
    conn = await _connect(dsn, connect_s)
    try:
        server = str(await conn.fetchval("SHOW server_version"))
        schema = await version(conn)
        held: str | None = None
        shops = 0
        if schema >= 4:
            held = await conn.fetchval(_HELD_KEY_ID, KEY_SETTING)
            shops = int(await conn.fetchval("SELECT count(*) FROM shops"))
    except _UNREACHABLE as err:
        raise _unreachable(dsn, err) from None
    finally:
        await conn.close()
    return WarehouseInfo(safe_dsn(dsn), server, schema, held, shops)


async def join(
    dsn: str, key_id: str, *, station_id: str = "", connect_s: float = CONNECT_TIMEOUT
) -> str:
    """Set the database up if it is new, record ``key_id`` as the warehouse key's unless
    one is recorded, and return the one it holds."""
    conn = await _connect(dsn, connect_s)
    try:
        await migrate(conn, where=safe_dsn(dsn))
        await conn.execute(_ADOPT_KEY_ID, KEY_SETTING, key_id, station_id)
        held: str = await conn.fetchval(_HELD_KEY_ID, KEY_SETTING)
    except _UNREACHABLE as err:
        raise _unreachable(dsn, err) from None
    finally:
        await conn.close()
    return held
