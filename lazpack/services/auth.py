"""Seller authorization and the token lifecycle of one shop.

* The consent round trip: ``new_state`` → ``consent_url`` (opened in the system browser) →
  ``parse_authorization`` of what came back (a pasted redirect URL, its query string or a
  bare code; the loopback listener in ``oauth_listener`` does the same for a callback).
* ``ShopTokenProvider`` implements ``lazpack.domain.ports.TokenProvider`` for one shop: it
  refreshes ahead of expiry and once on ``IllegalAccessToken``, coalesces concurrent
  refreshes, keeps the rotated refresh token before the old one is dropped, and turns an
  unusable refresh token into a *disconnected* shop (``ShopDisconnectedError``) without
  touching the other shops.

Lazada's refresh rotates both tokens but does not extend the refresh token's own lifetime
(lazada-api.md §2.3), so a shop must be re-authorized before ``refresh_expires_at``:
``ShopTokenProvider.status`` reports that as *expiring* with the days left.
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from urllib.parse import parse_qs, urlencode, urlsplit

from lazpack.domain.clock import SystemClock
from lazpack.domain.models import TokenSet
from lazpack.domain.ports import AuthPort, Clock, CredentialsPort, StoredTokens
from lazpack.errors import (
    ApiError,
    AuthorizationFlowError,
    AuthTypeUnsupportedError,
    CredentialStoreError,
    IllegalRefreshTokenError,
    ShopDisconnectedError,
)
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secret, register_secrets

_log = get_logger("auth")

#: The seller consent page (lazada-api.md §2.1); one host for every country.
CONSENT_URL = "https://auth.lazada.com/oauth/authorize"
EMULATOR_CONSENT_PATH = "/_emulator/oauth/authorize"
#: Refresh the access token when less than this is left (issue 7: "under a day").
REFRESH_AHEAD = timedelta(days=1)
#: Warn that the shop must be re-authorized when its refresh token has less than this left.
REAUTHORIZE_WARNING = timedelta(days=7)
#: Below this the current access token is not worth using even if a refresh failed.
_STILL_USABLE = timedelta(minutes=5)

COUNTRIES = ("sg", "my", "th", "ph", "id", "vn")
REGIONS = (*COUNTRIES, "cb")


# --------------------------------------------------------------- consent round trip
def new_state() -> str:
    """An unguessable ``state`` for one consent round trip."""
    return secrets.token_urlsafe(24)


def consent_url(
    *, app_key: str, redirect_uri: str, state: str, region: str = "", base_url: str = ""
) -> str:
    """The seller consent URL; ``base_url`` (an emulator's ``…/rest``) selects its copy."""
    params = {
        "response_type": "code",
        "force_auth": "true",
        "redirect_uri": redirect_uri,
        "client_id": app_key,
        "state": state,
    }
    if region in REGIONS:
        # limits the country picker to the shop's venture ("cb" = cross-border)
        params["country"] = region
    if base_url:
        # the emulator serves its consent page beside its API (lazpack.emulator)
        root = base_url.rstrip("/").removesuffix("/rest")
        return f"{root}{EMULATOR_CONSENT_PATH}?{urlencode(params)}"
    return f"{CONSENT_URL}?{urlencode(params)}"


def parse_authorization(text: str, expected_state: str) -> str:
    """The authorization code from a pasted redirect URL, query string or bare code.

    A URL or query string must carry the ``state`` this station sent (a pasted URL from
    someone else's consent would otherwise connect a stranger's shop). A bare code has no
    state to check: the packer copied it from the page they opened themselves.
    """
    text = text.strip()
    if not text:
        raise AuthorizationFlowError(
            translate("AuthService", "Paste the address the browser showed after consenting.")
        )
    if "=" not in text and "?" not in text and "/" not in text:
        if not text.replace("_", "").replace("-", "").isalnum():
            raise AuthorizationFlowError(
                translate("AuthService", "That does not look like an authorization code.")
            )
        register_secret(text)
        return text
    query = urlsplit(text).query if "://" in text or text.startswith("/") else text
    query = query.lstrip("?")
    fields = parse_qs(query, keep_blank_values=True)
    if fields.get("error"):
        reason = fields.get("error_description", fields["error"])[0]
        raise AuthorizationFlowError(
            arg(translate("AuthService", "Lazada did not authorize the shop: %1"), reason)
        )
    codes = fields.get("code", [])
    if not codes or not codes[0]:
        raise AuthorizationFlowError(
            translate("AuthService", "The pasted address has no authorization code (…?code=…)."),
            hint=translate(
                "AuthService",
                "Copy the whole address from the browser after clicking Submit on Lazada.",
            ),
        )
    states = fields.get("state", [])
    if not states or not secrets.compare_digest(states[0], expected_state):
        raise AuthorizationFlowError(
            translate(
                "AuthService", "The pasted address belongs to a different authorization attempt."
            ),
            hint=translate(
                "AuthService", "Click Authorize again and paste the address from that browser tab."
            ),
        )
    register_secret(codes[0])
    return codes[0]


# --------------------------------------------------------------- token lifecycle
class ShopState(StrEnum):
    CONNECTED = "connected"
    EXPIRING = "expiring"  # works, but must be re-authorized within ``days_left``
    DISCONNECTED = "disconnected"


@dataclass(frozen=True, slots=True)
class ShopStatus:
    shop_id: str
    state: ShopState
    message: str
    days_left: int | None = None  # of the refresh token (re-authorization deadline)
    warning: str = ""  # e.g. rotated tokens kept in memory because the keyring failed


def authorized_status(
    shop_id: str,
    *,
    left: timedelta,
    reauthorize_warning: timedelta,
    connected: str,
    warning: str = "",
) -> ShopStatus:
    """A shop whose tokens work: *expiring* (with the days left to re-authorize) once its
    refresh token has less than ``reauthorize_warning`` left, else *connected*."""
    days = max(0, math.ceil(left / timedelta(days=1)))
    if left <= reauthorize_warning:
        message = translate(
            "ShopTokenProvider", "Re-authorize this shop within %n day(s).", None, days
        )
        return ShopStatus(shop_id, ShopState.EXPIRING, message, days, warning)
    return ShopStatus(shop_id, ShopState.CONNECTED, connected, days, warning)


def stored_from(tokens: TokenSet) -> StoredTokens:
    register_secrets((tokens.access_token, tokens.refresh_token))
    return StoredTokens(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_at=tokens.expires_at,
        refresh_expires_at=tokens.refresh_expires_at,
    )


class ShopTokenProvider:
    """``TokenProvider`` of one shop, backed by the keyring through ``CredentialsPort``.

    ``auth`` is the shop's client (its ``refresh_token``); it may be attached after
    construction because the client itself is built with this provider. Without it,
    ``auth_factory`` opens a short-lived client for the (monthly) refresh.
    """

    def __init__(
        self,
        shop_id: str,
        credentials: CredentialsPort,
        *,
        auth: AuthPort | None = None,
        auth_factory: Callable[[], AbstractAsyncContextManager[AuthPort]] | None = None,
        clock: Clock | None = None,
        refresh_ahead: timedelta = REFRESH_AHEAD,
        reauthorize_warning: timedelta = REAUTHORIZE_WARNING,
        on_change: Callable[[str], None] | None = None,
        label: str = "",
    ) -> None:
        self.shop_id = shop_id
        self.auth = auth
        self._auth_factory = auth_factory
        self._credentials = credentials
        self._clock: Clock = clock or SystemClock()
        self._refresh_ahead = refresh_ahead
        self._reauthorize_warning = reauthorize_warning
        self._on_change = on_change
        self._label = label or shop_id
        self._lock = asyncio.Lock()
        self._tokens: StoredTokens | None = None
        self._loaded = False
        self._disconnected: str | None = None
        self._warning = ""

    # ------------------------------------------------------------ state
    def _load(self) -> StoredTokens:
        if self._disconnected is not None:
            raise ShopDisconnectedError(self._disconnected, shop_id=self.shop_id)
        if not self._loaded:
            self._tokens = self._credentials.get_tokens(self.shop_id)
            self._loaded = True
        if self._tokens is None:
            raise ShopDisconnectedError(
                arg(
                    translate(
                        "ShopTokenProvider",
                        "Shop %1 is not authorized on this station; reconnect it.",
                    ),
                    self._label,
                ),
                shop_id=self.shop_id,
            )
        return self._tokens

    def adopt(self, tokens: StoredTokens) -> None:
        """Start over with freshly created tokens (after (re)authorization)."""
        self._tokens = tokens
        self._loaded = True
        self._disconnected = None
        self._warning = ""
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.shop_id)

    def _disconnect(self, message: str) -> ShopDisconnectedError:
        self._disconnected = message
        self._tokens = None
        try:
            # A dead refresh token is worth nothing; keep no secret longer than needed.
            self._credentials.delete_tokens(self.shop_id)
        except CredentialStoreError as err:
            _log.warning("shop %s: could not delete its dead tokens: %s", self.shop_id, err)
        _log.warning("shop %s disconnected: %s", self.shop_id, message)
        self._changed()
        return ShopDisconnectedError(message, shop_id=self.shop_id)

    def status(self) -> ShopStatus:
        try:
            tokens = self._load()
        except ShopDisconnectedError as err:
            return ShopStatus(self.shop_id, ShopState.DISCONNECTED, err.user_message)
        except CredentialStoreError as err:
            text = f"{err.user_message} {err.hint}".strip()
            return ShopStatus(self.shop_id, ShopState.DISCONNECTED, text)
        return authorized_status(
            self.shop_id,
            left=tokens.refresh_expires_at - self._clock.now(),
            reauthorize_warning=self._reauthorize_warning,
            connected=translate("ShopTokenProvider", "Connected"),
            warning=self._warning,
        )

    # ------------------------------------------------------- TokenProvider
    async def access_token(self) -> str:
        tokens = self._load()
        if tokens.expires_at - self._clock.now() > self._refresh_ahead:
            return tokens.access_token
        async with self._lock:
            tokens = self._load()
            if tokens.expires_at - self._clock.now() > self._refresh_ahead:
                return tokens.access_token  # another caller refreshed while we waited
            try:
                return (await self._refresh_locked(tokens)).access_token
            except IllegalRefreshTokenError:
                raise
            except ApiError as err:
                # Refreshing early is a courtesy; a token still valid for a while is used
                # and the next call tries again.
                if tokens.expires_at - self._clock.now() > _STILL_USABLE:
                    _log.warning("shop %s: early refresh failed (%s)", self.shop_id, err.code)
                    return tokens.access_token
                raise

    async def refresh(self, rejected_token: str) -> str:
        async with self._lock:
            tokens = self._load()
            if not secrets.compare_digest(tokens.access_token, rejected_token):
                return tokens.access_token  # already replaced by a concurrent refresh
            return (await self._refresh_locked(tokens)).access_token

    async def ensure_fresh(self) -> ShopStatus:
        """At start: refresh if due; never raises for a shop problem, reports it instead."""
        try:
            await self.access_token()
        except ShopDisconnectedError:
            pass
        except ApiError as err:
            _log.warning("shop %s: token check at start failed: %s", self.shop_id, err.code)
        except CredentialStoreError:
            pass  # status() reports the keyring problem with its remedy
        return self.status()

    async def _refresh_locked(self, tokens: StoredTokens) -> StoredTokens:
        if tokens.refresh_expires_at <= self._clock.now():
            raise self._disconnect(
                arg(
                    translate(
                        "ShopTokenProvider",
                        "The authorization of shop %1 has ended; authorize it again.",
                    ),
                    self._label,
                )
            )
        try:
            fresh = await self._call_refresh(tokens.refresh_token)
        except (IllegalRefreshTokenError, AuthTypeUnsupportedError) as err:
            raise self._disconnect(
                arg(
                    translate(
                        "ShopTokenProvider",
                        "Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.",
                    ),
                    self._label,
                    err.code or "IllegalRefreshToken",
                )
            ) from None
        new = stored_from(fresh)
        # Memory first: the old refresh token is dead at Lazada from now on, so the new one
        # must survive even if the keyring write below fails.
        self._tokens = new
        try:
            self._credentials.set_tokens(self.shop_id, new)
        except CredentialStoreError as err:
            self._warning = arg(
                translate(
                    "ShopTokenProvider",
                    "The renewed tokens could not be saved (%1); this shop will need to be "
                    "reconnected after lazpack restarts.",
                ),
                err.user_message,
            )
            _log.error("shop %s: rotated tokens kept in memory only: %s", self.shop_id, err)
        else:
            self._warning = ""
        _log.info("shop %s: access token refreshed", self.shop_id)
        self._changed()
        return new

    async def _call_refresh(self, refresh_token: str) -> TokenSet:
        if self.auth is not None:
            return await self.auth.refresh_token(refresh_token)
        if self._auth_factory is None:
            raise RuntimeError("ShopTokenProvider needs auth or auth_factory to refresh")
        async with self._auth_factory() as auth:
            return await auth.refresh_token(refresh_token)
