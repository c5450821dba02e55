"""Shop secrets shared by a warehouse, sealed with the warehouse key (AES-256-GCM).

What is stored. One row per shop in ``shop_secrets``: a random 96-bit nonce and the
AES-GCM ciphertext of ``{"app_secret", "tokens"}``. The associated data binds the ciphertext
to its shop and version, so a row copied onto another shop, or an old row replayed over a
newer one, fails authentication instead of decrypting. ``key_id`` (a hash prefix of the key,
never the key) lets a station with the wrong key say so clearly.

Where the key lives. The 256-bit warehouse key is generated once (``new_key``) and kept in
each station's OS keyring (``lazpack.credentials``); joining a station means typing it once
(``format_key``/``parse_key``: 43 base64url characters, in groups of four). The
database alone — a backup, a stolen dump, its administrator — never holds a usable secret.

Refresh without spending a refresh token twice. Lazada's refresh token is single-use:
``refresh_locked`` takes the shop's row lock (``SELECT … FOR UPDATE``) and keeps it while the
caller's refresh call runs on the caller's own loop, then stores the rotated pair and
commits. A second station arriving meanwhile waits on the lock, then sees a newer version and
takes the stored pair instead of refreshing. The new pair is committed before the lock is
released and the old one is only overwritten by that same commit.
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from datetime import datetime

import asyncpg
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lazpack.domain.ports import SharedSecrets, SharedSecretsPort, StoredTokens
from lazpack.domain.warehouse import KEY_BYTES, format_key, key_id, new_key, parse_key
from lazpack.errors import ConfigError, CredentialStoreError, StorageError
from lazpack.i18n import arg, translate
from lazpack.log import register_secret, register_secrets
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.rows import clean_text

__all__ = ["KEY_BYTES", "PgSecretVault", "format_key", "key_id", "new_key", "parse_key"]

_NONCE_BYTES = 12


def _seal_payload(secrets: SharedSecrets) -> bytes:
    t = secrets.tokens
    return json.dumps(
        {
            "app_secret": secrets.app_secret,
            "tokens": None
            if t is None
            else {
                "access_token": t.access_token,
                "refresh_token": t.refresh_token,
                "expires_at": t.expires_at.isoformat(),
                "refresh_expires_at": t.refresh_expires_at.isoformat(),
            },
        },
        separators=(",", ":"),
    ).encode()


def _aad(shop_id: str, version: int) -> bytes:
    return f"lazpack/shop_secrets/v1/{shop_id}/{version}".encode()


class PgSecretVault:
    """``SharedSecretsPort`` on the warehouse database (module docstring)."""

    def __init__(self, runner: PgRunner, key: bytes, *, station_id: str = "") -> None:
        if len(key) != KEY_BYTES:
            raise ConfigError("The warehouse key must be 256 bits.")
        self.runner = runner
        self._aead = AESGCM(key)
        self.key_id = key_id(key)
        self.station_id = station_id

    def __repr__(self) -> str:
        return f"PgSecretVault(key_id={self.key_id})"

    # ------------------------------------------------------------------ crypto
    def _seal(self, shop_id: str, version: int, secrets: SharedSecrets) -> tuple[bytes, bytes]:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce, self._aead.encrypt(nonce, _seal_payload(secrets), _aad(shop_id, version))

    def _open(self, shop_id: str, row: asyncpg.Record) -> SharedSecrets:
        if row["key_id"] != self.key_id:
            raise CredentialStoreError(
                translate(
                    "Warehouse",
                    "This station's warehouse key does not match the one the shop's secrets "
                    "were sealed with.",
                ),
                hint=translate(
                    "Warehouse",
                    "Settings → Warehouse → Join this warehouse, with the key shown on a "
                    "station that is already set up.",
                ),
            )
        version = int(row["version"])
        try:
            plain = self._aead.decrypt(bytes(row["nonce"]), bytes(row["sealed"]),
                                       _aad(shop_id, version))  # fmt: skip
        except InvalidTag:
            raise CredentialStoreError(
                arg(
                    translate(
                        "Warehouse",
                        "The shop secrets of %1 in the warehouse database fail their integrity "
                        "check (altered or copied from another shop).",
                    ),
                    shop_id,
                ),
                hint=translate("Warehouse", "Authorize the shop again on one station."),
            ) from None
        data = json.loads(plain)
        t = data.get("tokens")
        tokens = (
            None
            if t is None
            else StoredTokens(
                access_token=t["access_token"],
                refresh_token=t["refresh_token"],
                expires_at=datetime.fromisoformat(t["expires_at"]),
                refresh_expires_at=datetime.fromisoformat(t["refresh_expires_at"]),
            )
        )
        register_secret(data["app_secret"])
        if tokens is not None:
            register_secrets((tokens.access_token, tokens.refresh_token))
        return SharedSecrets(app_secret=data["app_secret"], tokens=tokens, version=version)

    async def _write(
        self, conn: asyncpg.Connection, shop_id: str, version: int, secrets: SharedSecrets
    ) -> None:
        nonce, sealed = self._seal(shop_id, version, secrets)
        await conn.execute(
            "INSERT INTO shop_secrets(shop_id, version, key_id, nonce, sealed, updated_at,"
            " updated_by) VALUES ($1, $2, $3, $4, $5, clock_timestamp(), $6)"
            " ON CONFLICT (shop_id) DO UPDATE SET version = excluded.version,"
            " key_id = excluded.key_id, nonce = excluded.nonce, sealed = excluded.sealed,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            shop_id, version, self.key_id, nonce, sealed, self.station_id,
        )  # fmt: skip

    # ------------------------------------------------------------------ port
    async def load(self, shop_id: str) -> SharedSecrets | None:
        shop = clean_text(shop_id)

        async def work(conn: asyncpg.Connection) -> asyncpg.Record | None:
            row: asyncpg.Record | None = await conn.fetchrow(
                "SELECT * FROM shop_secrets WHERE shop_id = $1", shop
            )
            return row

        row = await self.runner.acall(work)
        return None if row is None else self._open(shop, row)

    def load_now(self, shop_id: str) -> SharedSecrets | None:
        """``load`` for a caller off the event loop (the station opens its shops on a
        worker thread)."""
        shop = clean_text(shop_id)

        async def work(conn: asyncpg.Connection) -> asyncpg.Record | None:
            row: asyncpg.Record | None = await conn.fetchrow(
                "SELECT * FROM shop_secrets WHERE shop_id = $1", shop
            )
            return row

        row = self.runner.call(work)
        return None if row is None else self._open(shop, row)

    async def store(self, shop_id: str, secrets: SharedSecrets) -> int:
        shop = clean_text(shop_id)

        async def work(conn: asyncpg.Connection) -> int:
            async with conn.transaction():
                current = await conn.fetchval(
                    "SELECT version FROM shop_secrets WHERE shop_id = $1 FOR UPDATE", shop
                )
                version = int(current or 0) + 1
                await self._write(conn, shop, version, secrets)
                return version

        result: int = await self.runner.acall(work)
        return result

    async def refresh_locked(
        self,
        shop_id: str,
        *,
        seen_version: int,
        refresh: Callable[[SharedSecrets], Awaitable[StoredTokens]],
    ) -> SharedSecrets:
        shop = clean_text(shop_id)
        session = await self.runner.session()
        try:
            tx = session.conn.transaction()
            await session.run(lambda _c: tx.start())
            row = await session.run(
                lambda c: c.fetchrow(
                    "SELECT * FROM shop_secrets WHERE shop_id = $1 FOR UPDATE", shop
                ),
                wait_s=60,  # waits for another station's refresh to finish
            )
            if row is None:
                await session.run(lambda _c: tx.rollback())
                raise StorageError(f"The warehouse has no secrets for shop {shop_id}.")
            current = self._open(shop, row)
            if current.version != seen_version:
                await session.run(lambda _c: tx.rollback())
                return current  # another station refreshed meanwhile: use its pair
            try:
                tokens = await refresh(current)  # on the caller's loop, lock held
            except BaseException:
                await session.run(lambda _c: tx.rollback())
                raise
            updated = SharedSecrets(current.app_secret, tokens, current.version + 1)
            await session.run(lambda c: self._write(c, shop, updated.version, updated))
            await session.run(lambda _c: tx.commit())
            return updated
        finally:
            await session.close()


def _conforms(vault: PgSecretVault) -> SharedSecretsPort:
    return vault
