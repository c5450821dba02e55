"""What varies between stations, and how each piece is built: the station's wiring.

:class:`~lazpack.station.StationCore` is composed from these injection points, so the Qt
window, the headless harness, the benchmarks and the tests differ only in what they pass:

* the shops: :class:`ShopConnection` (its port, how to close it), built by
  :func:`demo_shop` (the emulator in-process), :func:`shared_demo_shop` (a running
  ``lazpack-emulator``) or :func:`configured_shops` (the real shops, over a
  :class:`ClientFactory` such as :func:`lazada_client` / :func:`budgeted_clients`);
* the shop service and its consent calls (:func:`open_shop_service`, :func:`client_auth`);
* the journal backend (:data:`JournalOpener`: :func:`open_sqlite_journal`, or
  :func:`postgres_journal` for a warehouse, whose journal is a :class:`ClaimingJournal`) and
  the catalogue beside it (:data:`CatalogueOpener`).

Heavy adapters (the client, the emulator, keyring) are imported inside the functions that
need them, so importing this module stays cheap and never loads PySide6.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from lazpack import log as lazlog
from lazpack.config import ApiSettings, Paths, Settings
from lazpack.domain.ports import (
    AuthPort,
    ClaimPort,
    Clock,
    Intent,
    LazadaPort,
    TokenProvider,
)
from lazpack.errors import KnownError
from lazpack.services.shops import AppCredentials, AuthFactory, ShopService
from lazpack.storage.catalogue import SqliteCatalogue
from lazpack.storage.journal import SqliteJournal

if TYPE_CHECKING:
    from lazpack.api import LazadaClient
    from lazpack.emulator import Emulator
    from lazpack.services.warehouse import StationKeyring, WarehouseSetup
    from lazpack.storage.pg import PgJournal, PgRunner

log = lazlog.get_logger("station")

DEMO_SHOP_ID = "demo"


# ====================================================================== injection points
class ClientFactory(Protocol):
    """Builds the signed client of one shop (tests route it to an emulator in-process)."""

    def __call__(
        self,
        *,
        app_key: str,
        app_secret: str,
        region: str,
        base_url: str,
        token_provider: TokenProvider | None = None,
    ) -> LazadaClient: ...


def lazada_client(
    *,
    app_key: str,
    app_secret: str,
    region: str,
    base_url: str,
    token_provider: TokenProvider | None = None,
    api: ApiSettings | None = None,
    transport: Any = None,
) -> LazadaClient:
    """The real client: the regional gateway, or the shop's override URL (an emulator),
    with the call budget of ``api`` (checked settings; the client's defaults without).
    ``transport`` (an httpx transport) lets a benchmark time the station's own client."""
    from lazpack.api import LazadaClient

    api = api or ApiSettings()
    return LazadaClient(
        app_key=app_key,
        app_secret=app_secret,
        region=None if base_url else region,
        base_url=base_url or None,
        token_provider=token_provider,
        rate_limit_per_s=api.rate_limit_per_s,
        max_concurrency=api.max_concurrency,
        transport=transport,
    )


def budgeted_clients(api: ApiSettings) -> ClientFactory:
    """``lazada_client`` with the station's call budget (``Settings.api``)."""

    def make(
        *,
        app_key: str,
        app_secret: str,
        region: str,
        base_url: str,
        token_provider: TokenProvider | None = None,
    ) -> LazadaClient:
        return lazada_client(
            app_key=app_key,
            app_secret=app_secret,
            region=region,
            base_url=base_url,
            token_provider=token_provider,
            api=api,
        )

    return make


#: Opens the station's journal: SQLite (the default) or PostgreSQL (a warehouse).
JournalOpener = Callable[[Paths, Settings], "SqliteJournal | PgJournal"]


def open_sqlite_journal(paths: Paths, settings: Settings) -> SqliteJournal:
    return SqliteJournal(paths.journal_file, station_id=settings.station_id)


def postgres_journal(dsn: str, *, station_name: str = "", station_id: str = "") -> JournalOpener:
    """``--database postgresql://…``: the journal (and order claims) on a shared database,
    as the station of the settings (or as ``station_id``: the command line's own)."""

    def open_pg(paths: Paths, settings: Settings) -> PgJournal:
        from lazpack.storage.pg import PgJournal

        sid = station_id or settings.station_id
        return PgJournal(dsn, station_id=sid, station_name=station_name)

    return open_pg


async def open_off_thread(opener: JournalOpener, paths: Paths, settings: Settings) -> JournalOpener:
    """Open the journal on a worker thread (a warehouse journal connects and migrates: seconds
    the window must stay live for); returns an opener that hands over the open journal. An
    error (the database cannot be reached) is raised here, as the opener raises it."""
    journal = await asyncio.to_thread(opener, paths, settings)
    return lambda _paths, _settings: journal


@runtime_checkable
class ClaimingJournal(Protocol):
    """A journal on a database several stations share (it hands out order claims)."""

    @property
    def runner(self) -> PgRunner: ...

    @property
    def station_id(self) -> str: ...

    @property
    def station_name(self) -> str: ...

    def claim_port(self) -> ClaimPort: ...

    def open_intents_for_order(self, order_id: int) -> list[Intent]: ...

    def watch(self, listener: Callable[[bool], object]) -> None: ...


#: The catalogue and waves store beside the journal (a second backend plugs in here too).
CatalogueOpener = Callable[[SqliteJournal, Settings], SqliteCatalogue]


def open_sqlite_catalogue(journal: SqliteJournal, settings: Settings) -> SqliteCatalogue:
    """The ``CataloguePort``/``WavePort`` on the journal's own SQLite connection."""
    return SqliteCatalogue(journal.db, station_id=settings.station_id, clock=journal.clock)


@dataclass
class ShopConnection:
    """One connected shop as the station sees it: its port and how to close it."""

    shop_id: str
    name: str
    region: str
    port: LazadaPort
    aclose: Callable[[], Awaitable[None]]
    #: downloads a document or image from the shop's hosts (product images, PDFs)
    fetch: Callable[[str], Awaitable[bytes]]
    #: the demo shop's own world (in-process); None for a real shop
    emulator: Emulator | None = None
    #: the service that keeps this shop's tokens (configured shops only)
    shops: ShopService | None = None


def demo_shop(
    *,
    orders: int = 120,
    seed: int | None = None,
    emulator: Emulator | None = None,
    api: ApiSettings | None = None,
) -> ShopConnection:
    """The demo shop: the emulator in-process, reached through the real signed client
    (with the call budget of ``api``, like a real shop).

    ``emulator`` reuses an existing world (a restarted station sees the same shop)."""
    from lazpack.api import LazadaClient
    from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator

    api = api or ApiSettings()
    emu = emulator or Emulator(orders=orders, seed=seed if seed is not None else 1, region="sg")
    client = LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        access_token=DEMO_ACCESS_TOKEN,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        asgi_app=emu.app,
        rate_limit_per_s=api.rate_limit_per_s,
        max_concurrency=api.max_concurrency,
    )
    return ShopConnection(
        shop_id=DEMO_SHOP_ID,
        name="Demo shop",
        region="sg",
        port=client,
        aclose=client.aclose,
        fetch=client.fetch_document,
        emulator=emu,
    )


def shared_demo_shop(base_url: str, api: ApiSettings | None = None) -> ShopConnection:
    """The demo shop of a running ``lazpack-emulator`` (``--demo --emulator-url URL``): several
    stations, each with its own ``--data-dir``, share one demo world (and one database)."""
    from lazpack.api import LazadaClient
    from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET

    client = LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        access_token=DEMO_ACCESS_TOKEN,
        base_url=base_url,
        rate_limit_per_s=(api or ApiSettings()).rate_limit_per_s,
        max_concurrency=(api or ApiSettings()).max_concurrency,
    )
    return ShopConnection(
        shop_id=DEMO_SHOP_ID,
        name="Demo shop (shared emulator)",
        region="sg",
        port=client,
        aclose=client.aclose,
        fetch=client.fetch_document,
    )


def client_auth(clients: ClientFactory) -> AuthFactory:
    """Consent and token calls of a new shop over a short-lived client of ``clients``."""

    @asynccontextmanager
    async def auth(app: AppCredentials) -> AsyncIterator[AuthPort]:
        client = clients(
            app_key=app.app_key, app_secret=app.app_secret, region=app.region, base_url=app.base_url
        )
        async with client as c:
            yield c

    return auth


def open_shop_service(
    settings: Settings,
    paths: Paths,
    *,
    auth: AuthFactory | None = None,
    clock: Clock | None = None,
    on_change: Callable[[str], None] | None = None,
    credentials: StationKeyring | None = None,
    warehouse: ClaimingJournal | None = None,
) -> ShopService:
    """The configured shops' service over the OS keyring (raises when it is unusable); on a
    ``warehouse`` journal also the warehouse's shops, authorized once for every station."""
    from lazpack.credentials import CredentialStore

    store = credentials or CredentialStore()
    shared = None
    if warehouse is not None:
        from lazpack.services.warehouse import Warehouse
        from lazpack.storage.pg.warehouse import PgWarehouse

        shared = Warehouse(PgWarehouse(warehouse.runner, station_id=warehouse.station_id), store)
    return ShopService(
        settings,
        store,
        auth or client_auth(lazada_client),
        settings_path=paths.settings_file,
        clock=clock,
        on_change=on_change,
        warehouse=shared,
    )


def warehouse_setup(
    settings: Settings,
    save: Callable[[], None],
    *,
    running_on: str = "",
    credentials: StationKeyring | None = None,
) -> WarehouseSetup:
    """Settings → Warehouse over the OS keyring and one-off database connections."""
    from lazpack.credentials import CredentialStore
    from lazpack.services.warehouse import WarehouseSetup
    from lazpack.storage.pg import warehouse as pg

    async def join(dsn: str, key_id: str) -> str:
        return await pg.join(dsn, key_id, station_id=settings.station_id)

    return WarehouseSetup(
        settings,
        credentials or CredentialStore(),
        save=save,
        inspect=pg.inspect,
        join=join,
        running_on=running_on,
    )


def warehouse_dsn(settings: Settings, credentials: StationKeyring | None = None) -> str:
    """The warehouse database saved in Settings → Warehouse, with its password from the
    keyring (in memory only); "" when none is saved."""
    if not settings.warehouse_url:
        return ""
    return warehouse_setup(settings, lambda: None, credentials=credentials).dsn()


def configured_shops(
    service: ShopService, clients: ClientFactory = lazada_client
) -> list[ShopConnection]:
    """One client per configured shop, with the shop service's token provider (refresh
    ahead of expiry, coalesced; the client is attached for refreshes).

    A shop that cannot be opened (keyring unavailable, secret missing, unknown region) is
    logged with its remedy and skipped; with none left the station opens the demo shop."""
    connections: list[ShopConnection] = []
    for shop in service.shops():
        try:
            provider = service.provider(shop.shop_id)
            client = clients(
                app_key=shop.app_key,
                app_secret=service.app_secret(shop.shop_id),
                region=shop.region,
                base_url=shop.base_url,
                token_provider=provider,
            )
        except KnownError as err:
            log.warning("shop %s not opened: %s %s", shop.name, err.user_message, err.hint)
            continue
        provider.auth = client  # refreshes reuse the shop's own connection
        connections.append(
            ShopConnection(
                shop_id=shop.shop_id,
                name=shop.name,
                region=shop.region,
                port=client,
                aclose=client.aclose,
                fetch=client.fetch_document,
                shops=service,
            )
        )
    return connections
