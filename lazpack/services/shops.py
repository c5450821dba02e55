"""The station's shops: add (authorize), reconnect, list with status, remove.

Non-secret shop data is kept in ``Settings.shops`` (``ShopConfig``); the app secret and
the tokens are in the keyring through ``CredentialsPort``, namespaced by ``shop_id``.
Each shop has its own ``ShopTokenProvider``; the station builds one client per shop with
it (see ``ShopService.provider`` and ``ShopService.app_secret``).

On a warehouse station (``warehouse``: a shared PostgreSQL database, see
``lazpack.services.warehouse``) a shop authorized here is stored for every station: its
``ShopConfig`` in the database's ``shops`` table, its app secret and tokens sealed with the
warehouse key; its provider is a ``WarehouseTokenProvider`` (one refresh for the whole
warehouse). ``shops()`` lists the warehouse's shops and this station's own (``Settings.shops``,
which keep working as before).

Token create needs a client for an app that is not saved yet, so the station passes an
``auth_factory``: given ``AppCredentials`` it returns an async context manager yielding an
``AuthPort`` (``lazpack.api.LazadaClient`` fits). Services never import the client.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path

from lazpack.config import Settings, ShopConfig, shop_from_dict
from lazpack.domain.clock import SystemClock
from lazpack.domain.models import TokenSet
from lazpack.domain.ports import AuthPort, Clock, CredentialsPort, SharedSecrets, StoredTokens
from lazpack.errors import AuthorizationFlowError, ConfigError, CredentialStoreError, KnownError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secret
from lazpack.services.auth import (
    COUNTRIES,
    REGIONS,
    ShopState,
    ShopStatus,
    ShopTokenProvider,
    consent_url,
    new_state,
    parse_authorization,
    stored_from,
)
from lazpack.services.warehouse import Warehouse
from lazpack.services.warehouse_tokens import WarehouseTokenProvider

_log = get_logger("shops")


@dataclass(frozen=True, slots=True)
class AppCredentials:
    """A Lazada app as entered in the shop dialog (``repr`` hides the secret)."""

    app_key: str
    app_secret: str
    region: str  # sg my th ph id vn, or cb
    base_url: str = ""  # emulator override

    @property
    def gateway_region(self) -> str:
        """A real country for the client: token calls go to the one auth host anyway, so a
        cross-border (``cb``) app may use any regional gateway for them."""
        return self.region if self.region in COUNTRIES else COUNTRIES[0]

    def __repr__(self) -> str:
        return (
            f"AppCredentials(app_key={self.app_key!r}, region={self.region!r}, "
            f"base_url={self.base_url!r}, app_secret=<redacted>)"
        )

    __str__ = __repr__


AuthFactory = Callable[[AppCredentials], AbstractAsyncContextManager[AuthPort]]
#: a shop's token provider: this station's keyring, or the warehouse's vault
TokenKeeper = ShopTokenProvider | WarehouseTokenProvider


@dataclass(frozen=True, slots=True)
class PendingAuthorization:
    """One consent round trip in progress: open ``url``, then complete with the answer."""

    app: AppCredentials
    redirect_uri: str
    state: str
    url: str
    shop_id: str = ""  # set when reconnecting an existing shop

    def __repr__(self) -> str:
        return f"PendingAuthorization(app={self.app!r}, shop_id={self.shop_id!r})"

    __str__ = __repr__


def _validate(app_key: str, app_secret: str, region: str, redirect_uri: str) -> None:
    if region not in REGIONS:
        raise ConfigError(
            arg(
                translate("ShopService", "Unknown region %1; choose one of %2."),
                repr(region),
                ", ".join(REGIONS),
            )
        )
    if not app_key.strip().isdigit():
        raise ConfigError(
            translate(
                "ShopService", "The app key is a number (App Console → App Overview → App Key)."
            ),
        )
    if not app_secret.strip():
        raise ConfigError(translate("ShopService", "Enter the app secret from the App Console."))
    if not redirect_uri.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ConfigError(
            translate(
                "ShopService",
                "The redirect URI must be the callback URL registered for the app "
                "(https://… or http://127.0.0.1:PORT/… for the built-in listener).",
            )
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "shop"


class ShopService:
    def __init__(
        self,
        settings: Settings,
        credentials: CredentialsPort,
        auth_factory: AuthFactory,
        *,
        settings_path: Path | None = None,
        clock: Clock | None = None,
        on_change: Callable[[str], None] | None = None,
        warehouse: Warehouse | None = None,
    ) -> None:
        self._settings = settings
        self._settings_path = settings_path
        self._credentials = credentials
        self._auth_factory = auth_factory
        self._clock: Clock = clock or SystemClock()
        self._on_change = on_change
        self._providers: dict[str, TokenKeeper] = {}
        self._warehouse = warehouse
        #: the warehouse's shops (None: not read yet, or the database did not answer)
        self._shared: list[ShopConfig] | None = None
        self._shared_error = ""

    # ------------------------------------------------------------ reading
    @property
    def warehouse(self) -> Warehouse | None:
        return self._warehouse

    def _shared_shops(self) -> list[ShopConfig]:
        if self._warehouse is None:
            return []
        if self._shared is None:
            try:
                configs = self._warehouse.shop_configs()
            except KnownError as err:
                self._shared_error = f"{err.user_message} {err.hint}".strip()
                _log.warning("the warehouse's shops cannot be read: %s", err.user_message)
                return []
            shops: list[ShopConfig] = []
            for raw in configs:
                shop, problems = shop_from_dict(raw)
                if shop is None:
                    _log.warning("a warehouse shop is unusable: %s", "; ".join(problems))
                else:
                    shops.append(shop)
            self._shared, self._shared_error = shops, ""
        return self._shared

    def shops(self) -> list[ShopConfig]:
        """The warehouse's shops, then this station's own (one entry per shop id)."""
        shared = self._shared_shops()
        ids = {s.shop_id for s in shared}
        return shared + [s for s in self._settings.shops if s.shop_id not in ids]

    def is_shared(self, shop_id: str) -> bool:
        """The shop is the warehouse's (authorized once for every station)."""
        return any(s.shop_id == shop_id for s in self._shared_shops())

    def warehouse_problem(self) -> str:
        """Why this station cannot open the warehouse's shops, with the remedy ("": it can)."""
        if self._warehouse is None:
            return ""
        shared = self._shared_shops()
        if self._shared_error:
            return self._shared_error
        if not shared:
            return ""
        try:
            self._warehouse.vault()
        except KnownError as err:
            return f"{err.user_message} {err.hint}".strip()
        return ""

    def get(self, shop_id: str) -> ShopConfig:
        for shop in self.shops():
            if shop.shop_id == shop_id:
                return shop
        raise ConfigError(arg(translate("ShopService", "No shop %1 is configured."), repr(shop_id)))

    def _shared_secrets(self, shop_id: str) -> SharedSecrets:
        assert self._warehouse is not None
        found = self._warehouse.vault().load_now(shop_id)
        if found is None:
            raise AuthorizationFlowError(
                arg(
                    translate("ShopService", "The warehouse holds no secrets for shop %1."),
                    self.get(shop_id).name,
                ),
                hint=translate("ShopService", "Authorize the shop again on one station."),
            )
        return found

    def app_secret(self, shop_id: str) -> str:
        """The shop's app secret from the keyring, or from the warehouse's vault for a
        warehouse shop (for building its client)."""
        if self.is_shared(shop_id):
            return self._shared_secrets(shop_id).app_secret
        secret = self._credentials.get_app_secret(shop_id)
        if not secret:
            raise AuthorizationFlowError(
                arg(
                    translate(
                        "ShopService", "The app secret of shop %1 is missing from the keyring."
                    ),
                    self.get(shop_id).name,
                ),
                hint=translate("ShopService", "Reconnect the shop and enter the app secret again."),
            )
        return secret

    def _app(self, shop_id: str) -> AppCredentials:
        shop = self.get(shop_id)
        return AppCredentials(shop.app_key, self.app_secret(shop_id), shop.region, shop.base_url)

    def ventures(self, shop_id: str) -> list[str]:
        """The countries whose gateway serves this shop: one client per venture.

        A cross-border token (``cb``) is valid on every venture it lists in
        ``country_user_info``; all of its clients share the shop's one token provider.
        """
        shop = self.get(shop_id)
        if shop.region in COUNTRIES:
            return [shop.region]
        listed = [c for c in shop.seller_ids if c in COUNTRIES]
        return listed or list(COUNTRIES)

    def provider(self, shop_id: str) -> TokenKeeper:
        """The one token provider of this shop.

        Build the shop's client with it and attach the client as ``provider.auth`` so a
        refresh reuses its connection; unattached, a refresh opens a client through the
        ``auth_factory``.
        """
        provider = self._providers.get(shop_id)
        if provider is None and self.is_shared(shop_id):
            provider = self._shared_provider(shop_id, self._shared_secrets(shop_id))
        if provider is None:
            shop = self.get(shop_id)
            provider = ShopTokenProvider(
                shop_id,
                self._credentials,
                auth_factory=lambda: self._auth_factory(self._app(shop_id)),
                clock=self._clock,
                on_change=self._on_change,
                label=shop.name,
            )
            self._providers[shop_id] = provider
        return provider

    def _shared_provider(self, shop_id: str, shared: SharedSecrets) -> WarehouseTokenProvider:
        assert self._warehouse is not None
        provider = WarehouseTokenProvider(
            shop_id,
            self._warehouse.vault(),
            auth_factory=lambda: self._auth_factory(self._app(shop_id)),
            clock=self._clock,
            on_change=self._on_change,
            label=self.get(shop_id).name,
        )
        provider.adopt(shared)
        self._providers[shop_id] = provider
        return provider

    def status(self, shop_id: str) -> ShopStatus:
        try:
            return self.provider(shop_id).status()
        except KnownError as err:  # a warehouse shop this station cannot open
            text = f"{err.user_message} {err.hint}".strip()
            return ShopStatus(shop_id, ShopState.DISCONNECTED, text)

    def statuses(self) -> list[tuple[ShopConfig, ShopStatus]]:
        return [(shop, self.status(shop.shop_id)) for shop in self.shops()]

    async def refresh_due(self) -> list[ShopStatus]:
        """At start (and e.g. hourly): refresh every shop whose token is due, report all."""
        done: list[ShopStatus] = []
        for s in self.shops():
            try:
                provider = self.provider(s.shop_id)
            except KnownError:
                done.append(self.status(s.shop_id))
                continue
            done.append(await provider.ensure_fresh())
        return done

    # ---------------------------------------------------------- authorize
    def begin(
        self,
        *,
        app_key: str,
        app_secret: str,
        region: str,
        redirect_uri: str,
        base_url: str = "",
        shop_id: str = "",
    ) -> PendingAuthorization:
        """Validate the app, check the keyring works, and build the consent URL."""
        app_key, app_secret, redirect_uri = app_key.strip(), app_secret.strip(), redirect_uri
        _validate(app_key, app_secret, region, redirect_uri.strip())
        register_secret(app_secret)
        # Before the browser opens: a code cannot be used twice, so find out now that the
        # keyring refuses (or this station has not joined its warehouse), not after the
        # seller consented. The first shop of a warehouse creates the warehouse key here.
        if self._warehouse is not None:
            self._warehouse.ensure_key()
        else:
            self._credentials.get_app_secret(shop_id or "probe")
        state = new_state()
        app = AppCredentials(app_key, app_secret, region, base_url)
        url = consent_url(
            app_key=app_key,
            redirect_uri=redirect_uri.strip(),
            state=state,
            region=region,
            base_url=base_url,
        )
        return PendingAuthorization(app, redirect_uri.strip(), state, url, shop_id)

    def begin_reconnect(
        self, shop_id: str, app_secret: str = "", redirect_uri: str = ""
    ) -> PendingAuthorization:
        """Authorize an existing shop again; an empty ``app_secret`` keeps the stored one."""
        shop = self.get(shop_id)
        return self.begin(
            app_key=shop.app_key,
            app_secret=app_secret.strip() or self.app_secret(shop_id),
            region=shop.region,
            redirect_uri=redirect_uri.strip() or shop.redirect_uri,
            base_url=shop.base_url,
            shop_id=shop_id,
        )

    async def complete(self, pending: PendingAuthorization, answer: str) -> ShopConfig:
        """Finish with what the packer pasted (redirect URL, query or bare code)."""
        return await self.complete_with_code(pending, parse_authorization(answer, pending.state))

    async def complete_with_code(self, pending: PendingAuthorization, code: str) -> ShopConfig:
        """Finish with a code whose ``state`` was already checked (loopback listener)."""
        register_secret(code)
        async with self._auth_factory(pending.app) as auth:
            tokens = await auth.create_token(code)
        shop = self._shop_from(pending, tokens)
        stored = stored_from(tokens)
        if self._warehouse is not None:
            return await self._complete_shared(shop, pending.app.app_secret, stored)
        # Secrets first: settings must never name a shop whose secrets are not stored.
        self._credentials.set_app_secret(shop.shop_id, pending.app.app_secret)
        self._credentials.set_tokens(shop.shop_id, stored)
        self._settings.shops = [s for s in self._settings.shops if s.shop_id != shop.shop_id]
        self._settings.shops.append(shop)
        self._save()
        provider = self.provider(shop.shop_id)
        assert isinstance(provider, ShopTokenProvider)  # no warehouse: this station's own
        provider.adopt(stored)
        _log.info("shop %s (%s) authorized", shop.shop_id, shop.region)
        return shop

    async def _complete_shared(
        self, shop: ShopConfig, app_secret: str, stored: StoredTokens
    ) -> ShopConfig:
        """Authorized on a warehouse station: stored once for every station."""
        assert self._warehouse is not None
        vault = self._warehouse.ensure_key()
        # Secrets first: no station may see a shop whose secrets are not stored.
        version = await vault.store(shop.shop_id, SharedSecrets(app_secret, stored, 0))
        self._warehouse.save_shop(shop.shop_id, dataclasses.asdict(shop))
        self._shared = None  # read the warehouse's shops again
        if any(s.shop_id == shop.shop_id for s in self._settings.shops):
            # this station's own shop is the warehouse's now: its local copy goes
            self._settings.shops = [s for s in self._settings.shops if s.shop_id != shop.shop_id]
            self._save()
            try:
                self._credentials.delete_shop(shop.shop_id)
            except CredentialStoreError as err:
                _log.warning("shop %s: its local keyring entries stay: %s", shop.shop_id, err)
        self._providers.pop(shop.shop_id, None)
        self._shared_provider(shop.shop_id, SharedSecrets(app_secret, stored, version))
        _log.info("shop %s (%s) authorized for the warehouse", shop.shop_id, shop.region)
        return shop

    def _shop_from(self, pending: PendingAuthorization, tokens: TokenSet) -> ShopConfig:
        seller_ids = {info.country: info.seller_id for info in tokens.country_user_info}
        countries = [c.upper() for c in seller_ids] or [tokens.country.upper()]
        label = tokens.account or next(
            (i.short_code for i in tokens.country_user_info if i.short_code), ""
        )
        name = f"{label or 'Lazada shop'} ({', '.join(countries)})"
        shop_id = pending.shop_id or self._existing_id(pending.app.app_key, seller_ids)
        if not shop_id:
            first = next(iter(seller_ids.values()), "") or tokens.account
            shop_id = self._unique_id(_slug(f"{tokens.country or pending.app.region}-{first}"))
        return ShopConfig(
            shop_id=shop_id,
            name=name,
            region=tokens.country or pending.app.region,
            app_key=pending.app.app_key,
            redirect_uri=pending.redirect_uri,
            seller_ids=seller_ids,
            base_url=pending.app.base_url,
        )

    def _existing_id(self, app_key: str, seller_ids: dict[str, str]) -> str:
        """Authorizing a shop that is already here again replaces it instead of doubling it."""
        for shop in self.shops():
            same_seller = set(shop.seller_ids.items()) & set(seller_ids.items())
            if shop.app_key == app_key and same_seller:
                return shop.shop_id
        return ""

    def _unique_id(self, base: str) -> str:
        taken = {s.shop_id for s in self.shops()}
        candidate, n = base, 2
        while candidate in taken or candidate == "probe":
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # -------------------------------------------------------------- remove
    def remove(self, shop_id: str) -> None:
        """Forget the shop: keyring entries first, then the settings entry; a warehouse
        shop is forgotten by every station of the warehouse."""
        self.get(shop_id)
        if self.is_shared(shop_id):
            assert self._warehouse is not None
            self._warehouse.remove_shop(shop_id)
            self._shared = None
        if any(s.shop_id == shop_id for s in self._settings.shops):
            self._credentials.delete_shop(shop_id)
            self._settings.shops = [s for s in self._settings.shops if s.shop_id != shop_id]
        self._providers.pop(shop_id, None)
        self._save()
        _log.info("shop %s removed", shop_id)
        if self._on_change is not None:
            self._on_change(shop_id)

    def _save(self) -> None:
        if self._settings_path is not None:
            self._settings.save(self._settings_path)
