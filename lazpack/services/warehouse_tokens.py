"""One shop's tokens shared by a warehouse of stations: authorize once, refresh once.

``WarehouseTokenProvider`` implements ``TokenProvider`` over ``SharedSecretsPort`` (the shop
secrets sealed with the warehouse key in the database). When the access token is due, the
station asks the vault to refresh *under the shop's database lock*, passing the version it
saw: the first station refreshes and stores the rotated pair before the lock is released;
every other station waiting meanwhile finds a newer version and takes that pair instead of
spending the (single-use) refresh token again. On ``IllegalAccessToken`` it first re-reads
the vault — another station may have rotated the token — and refreshes only if the vault
still holds the rejected one.

If the database goes away after Lazada answered a refresh but before the new pair was
committed, the pair is kept in memory (and used) and stored as soon as the database is back,
so the station keeps working and no other station is left with a spent refresh token for
longer than the outage.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import timedelta

from lazpack.domain.clock import SystemClock
from lazpack.domain.models import TokenSet
from lazpack.domain.ports import AuthPort, Clock, SharedSecrets, SharedSecretsPort, StoredTokens
from lazpack.errors import DatabaseUnavailableError, IllegalRefreshTokenError, ShopDisconnectedError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secrets

_log = get_logger("auth")

REFRESH_AHEAD = timedelta(days=1)


def _stored(tokens: TokenSet) -> StoredTokens:
    register_secrets((tokens.access_token, tokens.refresh_token))
    return StoredTokens(tokens.access_token, tokens.refresh_token, tokens.expires_at,
                        tokens.refresh_expires_at)  # fmt: skip


class WarehouseTokenProvider:
    """``TokenProvider`` of one shop whose secrets the warehouse database shares."""

    def __init__(
        self,
        shop_id: str,
        vault: SharedSecretsPort,
        auth: AuthPort,
        *,
        clock: Clock | None = None,
        refresh_ahead: timedelta = REFRESH_AHEAD,
    ) -> None:
        self.shop_id = shop_id
        self._vault = vault
        self._auth = auth
        self._clock: Clock = clock or SystemClock()
        self._refresh_ahead = refresh_ahead
        self._lock = asyncio.Lock()
        self._secrets: SharedSecrets | None = None
        #: A rotated pair Lazada gave us that the database has not stored yet.
        self._unsaved: SharedSecrets | None = None
        self.refreshes = 0

    async def _current(self, *, reload: bool = False) -> SharedSecrets:
        if self._unsaved is not None:
            await self._save_unsaved()
            if self._unsaved is not None:
                return self._unsaved
        if self._secrets is None or reload:
            found = await self._vault.load(self.shop_id)
            if found is None or found.tokens is None:
                raise ShopDisconnectedError(
                    arg(
                        translate(
                            "WarehouseTokens",
                            "Shop %1 is not authorized in this warehouse; authorize it on one "
                            "station.",
                        ),
                        self.shop_id,
                    ),
                    shop_id=self.shop_id,
                )
            self._secrets = found
        return self._secrets

    async def _save_unsaved(self) -> None:
        pending = self._unsaved
        if pending is None:
            return
        try:
            version = await self._vault.store(self.shop_id, pending)
        except DatabaseUnavailableError:
            return
        self._secrets = SharedSecrets(pending.app_secret, pending.tokens, version)
        self._unsaved = None
        _log.info("shop %s: the renewed tokens are stored in the warehouse now", self.shop_id)

    @staticmethod
    def _tokens(s: SharedSecrets) -> StoredTokens:
        assert s.tokens is not None
        return s.tokens

    async def access_token(self) -> str:
        current = await self._current()
        if self._tokens(current).expires_at - self._clock.now() > self._refresh_ahead:
            return self._tokens(current).access_token
        async with self._lock:
            current = await self._current()
            if self._tokens(current).expires_at - self._clock.now() > self._refresh_ahead:
                return self._tokens(current).access_token
            return (await self._refresh(current)).access_token

    async def refresh(self, rejected_token: str) -> str:
        async with self._lock:
            current = await self._current(reload=True)
            token = self._tokens(current).access_token
            if not secrets.compare_digest(token, rejected_token):
                return token  # another station (or caller) already rotated it
            return (await self._refresh(current)).access_token

    async def _refresh(self, seen: SharedSecrets) -> StoredTokens:
        got: list[StoredTokens] = []

        async def call_lazada(locked: SharedSecrets) -> StoredTokens:
            if locked.tokens is None:
                raise ShopDisconnectedError(
                    arg(
                        translate("WarehouseTokens", "Shop %1 has no tokens to refresh."),
                        self.shop_id,
                    )
                )
            try:
                fresh = _stored(await self._auth.refresh_token(locked.tokens.refresh_token))
            except IllegalRefreshTokenError as err:
                raise ShopDisconnectedError(
                    arg(
                        translate(
                            "WarehouseTokens",
                            "Lazada no longer accepts the authorization of shop %1; authorize it "
                            "again on one station.",
                        ),
                        self.shop_id,
                    ),
                    shop_id=self.shop_id,
                ) from err
            got.append(fresh)
            self.refreshes += 1
            return fresh

        try:
            updated = await self._vault.refresh_locked(
                self.shop_id, seen_version=seen.version, refresh=call_lazada
            )
        except DatabaseUnavailableError:
            if not got:
                raise
            # Lazada rotated the pair but the database did not store it: keep it.
            self._unsaved = SharedSecrets(seen.app_secret, got[0], seen.version)
            _log.error("shop %s: renewed tokens kept in memory until the database is back",
                       self.shop_id)  # fmt: skip
            return got[0]
        self._secrets = updated
        return self._tokens(updated)
