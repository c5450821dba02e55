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
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import timedelta

from lazpack.domain.clock import SystemClock
from lazpack.domain.models import TokenSet
from lazpack.domain.ports import AuthPort, Clock, SharedSecrets, SharedSecretsPort, StoredTokens
from lazpack.errors import (
    DatabaseUnavailableError,
    IllegalRefreshTokenError,
    KnownError,
    ShopDisconnectedError,
)
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secrets
from lazpack.services.auth import (
    REAUTHORIZE_WARNING,
    ShopState,
    ShopStatus,
    authorized_status,
)

_log = get_logger("auth")

REFRESH_AHEAD = timedelta(days=1)  # as ShopTokenProvider's


def _stored(tokens: TokenSet) -> StoredTokens:
    register_secrets((tokens.access_token, tokens.refresh_token))
    return StoredTokens(tokens.access_token, tokens.refresh_token, tokens.expires_at,
                        tokens.refresh_expires_at)  # fmt: skip


class WarehouseTokenProvider:
    """``TokenProvider`` of one shop whose secrets the warehouse database shares.

    Like ``ShopTokenProvider`` it reports the shop's ``status()`` and may have the shop's
    client attached as ``auth`` after construction (the client is built with this provider);
    without it, ``auth_factory`` opens a short-lived client for the refresh."""

    def __init__(
        self,
        shop_id: str,
        vault: SharedSecretsPort,
        auth: AuthPort | None = None,
        *,
        auth_factory: Callable[[], AbstractAsyncContextManager[AuthPort]] | None = None,
        clock: Clock | None = None,
        refresh_ahead: timedelta = REFRESH_AHEAD,
        reauthorize_warning: timedelta = REAUTHORIZE_WARNING,
        on_change: Callable[[str], None] | None = None,
        label: str = "",
    ) -> None:
        self.shop_id = shop_id
        self._vault = vault
        self.auth = auth
        self._auth_factory = auth_factory
        self._clock: Clock = clock or SystemClock()
        self._refresh_ahead = refresh_ahead
        self._reauthorize_warning = reauthorize_warning
        self._on_change = on_change
        self._label = label or shop_id
        self._lock = asyncio.Lock()
        self._secrets: SharedSecrets | None = None
        #: A rotated pair Lazada gave us that the database has not stored yet.
        self._unsaved: SharedSecrets | None = None
        self._disconnected: str | None = None
        self.refreshes = 0

    # ------------------------------------------------------------ state
    def adopt(self, shared: SharedSecrets | None) -> None:
        """Start from the secrets as the vault holds them (at start, after authorizing)."""
        self._secrets = shared
        self._unsaved = None
        self._disconnected = None
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.shop_id)

    def status(self) -> ShopStatus:
        """What the Shops list shows (from the secrets this station holds now)."""
        current = self._unsaved or self._secrets
        if self._disconnected is not None:
            return ShopStatus(self.shop_id, ShopState.DISCONNECTED, self._disconnected)
        if current is None or current.tokens is None:
            return ShopStatus(self.shop_id, ShopState.DISCONNECTED, self._not_authorized())
        warning = (
            translate(
                "WarehouseTokens",
                "The renewed tokens are kept on this station until the warehouse database is back.",
            )
            if self._unsaved is not None
            else ""
        )
        return authorized_status(
            self.shop_id,
            left=current.tokens.refresh_expires_at - self._clock.now(),
            reauthorize_warning=self._reauthorize_warning,
            connected=translate("WarehouseTokens", "Connected (shared by the warehouse)"),
            warning=warning,
        )

    async def ensure_fresh(self) -> ShopStatus:
        """At start: refresh if due; never raises for a shop problem, reports it instead."""
        try:
            await self.access_token()
        except ShopDisconnectedError as err:
            self._disconnected = err.user_message
        except KnownError as err:
            _log.warning("shop %s: token check at start failed: %s", self.shop_id,
                         err.user_message)  # fmt: skip
        return self.status()

    def _not_authorized(self) -> str:
        return arg(
            translate(
                "WarehouseTokens",
                "Shop %1 is not authorized in this warehouse; authorize it on one station.",
            ),
            self._label,
        )

    async def _current(self, *, reload: bool = False) -> SharedSecrets:
        if self._unsaved is not None:
            await self._save_unsaved()
            if self._unsaved is not None:
                return self._unsaved
        if self._secrets is None or reload:
            found = await self._vault.load(self.shop_id)
            if found is None or found.tokens is None:
                raise ShopDisconnectedError(self._not_authorized(), shop_id=self.shop_id)
            if self._secrets is None or found.version != self._secrets.version:
                self._disconnected = None
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
                fresh = _stored(await self._call_refresh(locked.tokens.refresh_token))
            except IllegalRefreshTokenError as err:
                self._disconnected = arg(
                    translate(
                        "WarehouseTokens",
                        "Lazada no longer accepts the authorization of shop %1; authorize it "
                        "again on one station.",
                    ),
                    self._label,
                )
                self._changed()
                raise ShopDisconnectedError(self._disconnected, shop_id=self.shop_id) from err
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
        self._changed()
        return self._tokens(updated)

    async def _call_refresh(self, refresh_token: str) -> TokenSet:
        if self.auth is not None:
            return await self.auth.refresh_token(refresh_token)
        if self._auth_factory is None:
            raise RuntimeError("WarehouseTokenProvider needs auth or auth_factory to refresh")
        async with self._auth_factory() as auth:
            return await auth.refresh_token(refresh_token)
