"""The station core: one packing station composed once, without Qt.

``StationCore`` builds, from settings and paths, everything a station runs on: the journal,
the order book, one sync service per shop, the labels (one ``LabelService`` per shop behind
``StationLabels``), the packing workflow, the fulfilment services and the shop service. It
also supervises what runs in the background (the sync tasks, the resume after a crash, the
orderly shutdown), because none of that needs Qt.

Every front end composes a station through this module: the Qt window (``lazpack.app``), the
headless reliability harness and the integration tests. What varies between them is
injected, never patched: the shops (``ShopConnection``: the demo emulator, the configured
shops through a ``ClientFactory``, or anything that is a ``LazadaPort``), the journal backend
(``JournalOpener``) and the label sink.

The injection points themselves (``ShopConnection``, ``demo_shop``, ``configured_shops``, the
client factories, the journal and catalogue openers) live in :mod:`lazpack.station_wiring`.
Heavy adapters (the client, the emulator, keyring) are imported inside the functions that
need them, so importing this module stays cheap and never loads PySide6.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lazpack import log as lazlog
from lazpack.config import Paths, Settings
from lazpack.domain.orderbook import OrderBook
from lazpack.domain.ports import (
    Clock,
    Intent,
    LabelCache,
    LazadaPort,
    PrintLedger,
)
from lazpack.errors import KnownError, StorageError, WorkflowError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.printing.store import DiskLabelStore
from lazpack.services.catalogue import CatalogueService
from lazpack.services.claims import ClaimsWatch, OrderClaims
from lazpack.services.fulfilment import FulfilmentService, ProviderDecision
from lazpack.services.labels import Sink
from lazpack.services.pack_context import ProviderPicker
from lazpack.services.packing import PackingService
from lazpack.services.picking import PickingService
from lazpack.services.shops import AuthFactory, ShopService
from lazpack.services.station_labels import StationLabels
from lazpack.services.sync import SyncService, SyncState
from lazpack.services.sync_leader import SharedShopSync
from lazpack.services.warehouse import StationKeyring
from lazpack.station_wiring import DEMO_SHOP_ID as DEMO_SHOP_ID
from lazpack.station_wiring import (
    CatalogueOpener,
    ClaimingJournal,
    ClientFactory,
    JournalOpener,
    ShopConnection,
    budgeted_clients,
    client_auth,
    configured_shops,
    open_shop_service,
    open_sqlite_catalogue,
    open_sqlite_journal,
)
from lazpack.storage.journal import SqliteJournal

if TYPE_CHECKING:
    from lazpack.emulator import Emulator
    from lazpack.storage.catalogue import SqliteCatalogue
    from lazpack.storage.pg.catalogue import PgCatalogue
    from lazpack.storage.pg.claims import OrderNotifications

log = lazlog.get_logger("station")

#: How often a new simulated order arrives in the demo shop.
DEMO_TRICKLE_S = 30.0
DEMO_SYNC_INTERVAL_S = 10
#: Resume the interrupted order after the first sync, or after this long without one.
RESUME_AT_LATEST_S = 20.0
#: How long shutdown waits for a running pack/label/RTS step to close its journal entry.
SETTLE_AT_SHUTDOWN_S = 10.0


DATABASE_GONE = QT_TRANSLATE_NOOP(
    "StationCore",
    "The warehouse database cannot be reached: no new order is opened and nothing is sent to "
    "Lazada until it is back. Scans are kept.",
)
DATABASE_BACK = QT_TRANSLATE_NOOP("StationCore", "The warehouse database is back.")


@dataclass
class Housekeeping:
    """What start-up housekeeping did to the journal, and what the packer should read."""

    removed: int = 0
    notices: list[str] = field(default_factory=list)


# ====================================================================== the core

#: how long a background task may take to end after it was cancelled, per attempt
CANCEL_WAIT_S = 2.0


async def cancel_all(
    tasks: set[asyncio.Task[Any]], *, attempts: int = 5, wait_s: float = CANCEL_WAIT_S
) -> None:
    """Cancel ``tasks`` and wait until they end. Python 3.11's ``asyncio.wait_for`` can swallow
    a cancel that lands as its inner call completes, and a loop task then carries on (a sync
    loop sleeping its interval, ticking again): a task still running after ``CANCEL_WAIT_S``
    is cancelled again, so a station always closes."""
    pending = {t for t in tasks if not t.done()}
    for _ in range(attempts):
        if not pending:
            return
        for task in pending:
            task.cancel()
        _done, pending = await asyncio.wait(pending, timeout=wait_s)
    for task in pending:
        log.warning("background task %s did not end at shutdown", task.get_name())


class StationCore:
    """One packing station: its services, built once, and what runs in the background."""

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        *,
        journal: JournalOpener = open_sqlite_journal,
        catalogue: CatalogueOpener = open_sqlite_catalogue,
        clients: ClientFactory | None = None,
        auth: AuthFactory | None = None,
        label_sink: Sink | None = None,
        trickle_s: float | None = None,
        clock: Clock | None = None,
        book: OrderBook | None = None,
        credentials: StationKeyring | None = None,
    ) -> None:
        self.settings = settings
        #: the keyring the shop service uses (None: the OS keyring)
        self.credentials = credentials
        self.paths = paths
        #: the clients' call budget from the settings; a bad value falls back to its
        #: default and the packer reads why at start-up (``housekeeping``)
        self.api, self.config_notices = settings.api.checked()
        for problem in self.config_notices:
            log.warning("settings: %s", problem)
        self.clients = clients or budgeted_clients(self.api)
        self.auth: AuthFactory = auth or client_auth(self.clients)
        self.trickle_s = trickle_s
        self.clock = clock
        #: the orders (a window shown before the core passes the book it already shows)
        self.book = book if book is not None else OrderBook()
        self.journal = journal(paths, settings)
        #: order claims across a warehouse's stations (None: SQLite, this PC is alone)
        self.claims: OrderClaims | None = None
        if isinstance(self.journal, ClaimingJournal):
            self.claims = OrderClaims(
                self.journal.claim_port(),
                packer=lambda: self.packing.packer,
                orphaned_intents=self.journal.open_intents_for_order,
                settle=self._settle_orphans,
                on_lost=self._claim_lost,
            )
        #: who packs which order across the warehouse, for the orders list (None: SQLite)
        self.claims_watch: ClaimsWatch | None = None
        if self.claims is not None:
            self.claims_watch = ClaimsWatch(self.claims.port, lambda: list(self.syncs))
            self.claims.listeners.append(self.claims_watch.wake)
        self.labels = StationLabels(self.journal, self._label_store, label_sink)
        #: the product catalogue and the pick-list waves, in the journal's database: the
        #: warehouse's on PostgreSQL (every station scans against one catalogue).
        self.catalogue_store: SqliteCatalogue | PgCatalogue
        if isinstance(self.journal, SqliteJournal):
            self.catalogue_store = catalogue(self.journal, settings)
        else:
            from lazpack.storage.pg.catalogue import PgCatalogue

            self.catalogue_store = PgCatalogue(
                self.journal.runner, station_id=self.journal.station_id, clock=self.journal.clock
            )
        self.catalogue = CatalogueService(
            self.catalogue_store, self.book, packer=lambda: self.settings.packer
        )
        self.picking = PickingService(
            self.book,
            self.catalogue_store,
            self.catalogue_store,
            self.journal,
            packer=lambda: self.settings.packer,
        )
        #: every shop connected since start (kept after shutdown: tests read the demo world)
        self.connections: list[ShopConnection] = []
        self._open: list[ShopConnection] = []
        self.ports: dict[str, LazadaPort] = {}
        self.shop_names: dict[str, str] = {}
        self.syncs: dict[str, SyncService] = {}
        #: on a warehouse database: each shop's leader election and shared order book
        self.shared_syncs: dict[str, SharedShopSync] = {}
        self._order_notices: OrderNotifications | None = None
        self.fulfilments: dict[str, FulfilmentService] = {}
        #: the shop service of the configured shops (None until one is needed)
        self.shops: ShopService | None = None
        #: asks the packer for a shipment provider; without one the saved choice is used
        self.pick_provider: ProviderPicker | None = None
        self.packing = PackingService(
            lazada=self.port,
            journal=self.journal,
            labels=self.labels,
            orders=self.book,
            settings=settings.packing,
            packer=settings.packer,
            saved_providers=settings.saved_providers,
            pick_provider=self._pick_provider,
            clock=clock,
            claims=self.claims,
        )
        self.packing.on_wave = self.picking.scan_wave
        self.catalogue.listeners.append(self.packing.aliases_changed)
        #: every sync state change of every shop (the window's sync indicator)
        self.sync_listeners: list[Callable[[SyncState], None]] = []
        #: False while the warehouse database is away (always True on SQLite)
        self.database_up = True
        #: told True/False when the warehouse database comes back / goes away (the window's
        #: banner); while there is none, ``on_notice`` gets the text instead
        self.database_listeners: list[Callable[[bool], None]] = []
        #: something the packer should read (a failed resume); the window shows it
        self.on_notice: Callable[[str], None] | None = None
        #: start-up recovery ran: scans and batches may write from now on
        self.on_ready: Callable[[], None] | None = None
        self.resumed: asyncio.Future[None] | None = None
        self._running = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._frozen: set[str] = set()
        self._resuming = False
        self._resume_timer: asyncio.TimerHandle | None = None
        self._journal_closed = False

    # ------------------------------------------------------------ wiring helpers
    async def _settle_orphans(self, orphans: list[Intent]) -> object:
        """Another station's open writes on an order this one takes: reconcile them with
        Lazada through the reconcile path a restart uses, before anything is sent."""
        from lazpack.services.claims import OrphanJournal
        from lazpack.services.recovery import Reconciler

        return await Reconciler(OrphanJournal(self.journal, orphans), self.port).reconcile()

    def _label_store(self, shop_id: str) -> tuple[LabelCache, PrintLedger]:
        store = DiskLabelStore(self.paths.labels_dir / shop_id)
        return store, store

    def port(self, shop_id: str) -> LazadaPort:
        """The port of a connected shop (``lazada=`` of the packing workflow)."""
        try:
            return self.ports[shop_id]
        except KeyError:
            raise WorkflowError(
                arg(translate("StationCore", "Shop %1 is not connected at this station."), shop_id)
            ) from None

    async def _pick_provider(self, shop_id: str, decision: ProviderDecision) -> str | None:
        if self.pick_provider is None:
            return decision.preselected
        return await self.pick_provider(shop_id, decision)

    def remember_provider(self, shop_id: str, allocate_type: str, code: str) -> None:
        """Keep the packer's shipment provider choice for the shop (saved at once)."""
        self.settings.saved_providers.setdefault(shop_id, {})[allocate_type] = code
        self.save_settings()

    @property
    def demo_emulator(self) -> Emulator:
        """The demo shop's emulator (tests and the screenshot script drive the world)."""
        for c in self.connections:
            if c.emulator is not None:
                return c.emulator
        raise LookupError("no demo shop in this station")

    # ------------------------------------------------------------ settings
    def save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as err:
            log.error("settings could not be saved: %s", err)

    def save_settings_or_raise(self, _settings: Settings | None = None) -> None:
        """For controls that tell the packer whether their change was saved."""
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as err:
            raise StorageError(
                arg(translate("StationCore", "The settings could not be saved: %1"), err)
            ) from err

    def set_packer(self, name: str) -> None:
        """The packer who logged in by scan or in Settings: kept for the next start."""
        self.settings.packer = name
        self.labels.set_packer(name)
        self.save_settings()

    # ------------------------------------------------------------ shops
    def shop_service(self) -> ShopService | None:
        """The service of the configured shops; None when the keyring is unavailable."""
        if self.shops is None:
            try:
                journal = self.journal
                self.shops = open_shop_service(
                    self.settings, self.paths, auth=self.auth, clock=self.clock,
                    credentials=self.credentials,
                    warehouse=journal if isinstance(journal, ClaimingJournal) else None,
                )  # fmt: skip
            except KnownError as err:
                log.warning("shops cannot be managed: %s", err)
        return self.shops

    def connect_configured_shops(self) -> list[ShopConnection]:
        """The configured shops (and a warehouse's), each over its own client (see
        ``configured_shops``)."""
        if not self.settings.shops and not isinstance(self.journal, ClaimingJournal):
            return []
        service = self.shop_service()
        return [] if service is None else configured_shops(service, self.clients)

    def add_shop(self, conn: ShopConnection) -> SyncService:
        """Connect one shop: its port, its labels, its sync (running once the core runs)."""
        self.connections.append(conn)
        self._open.append(conn)
        if conn.shops is not None and self.shops is None:
            self.shops = conn.shops
        self.shop_names[conn.shop_id] = conn.name
        self.ports[conn.shop_id] = conn.port
        self.labels.add_shop(conn.shop_id, conn.port, packer=self.settings.packer)
        interval = self.settings.sync_interval_s
        if conn.emulator is not None:
            # In-process demo polls cost nothing; a short interval makes live sync visible.
            interval = min(interval, DEMO_SYNC_INTERVAL_S)
        sync = SyncService(
            conn.port, self.book, shop_id=conn.shop_id, region=conn.region, interval_s=interval
        )
        for listener in self.sync_listeners:
            sync.add_listener(listener)
        sync.add_listener(self._after_full_sync)
        self.syncs[conn.shop_id] = sync
        if isinstance(self.journal, ClaimingJournal):
            self.shared_syncs[conn.shop_id] = self._shared_sync(sync, interval)
        if self._running:
            self._start_shop(conn, sync)
        return sync

    def _shared_sync(self, sync: SyncService, interval: float) -> SharedShopSync:
        """On a warehouse database one station per shop talks to Lazada (the leader); the
        others read the shared order book it writes."""
        from lazpack.storage.pg.claims import PgLeader
        from lazpack.storage.pg.orderbook import PgOrderBook
        from lazpack.storage.pg.shop_sync import PgShopSync

        journal = self.journal
        assert isinstance(journal, ClaimingJournal)
        runner = journal.runner
        me = {"station_id": journal.station_id, "station_name": journal.station_name}
        return SharedShopSync(
            sync,
            self.book,
            PgOrderBook(runner, station_id=journal.station_id),
            PgLeader(runner, **me),
            interval_s=interval,
            status=PgShopSync(runner, **me),
            station_name=journal.station_name,
        )

    def _start_shop(self, conn: ShopConnection, sync: SyncService) -> None:
        shared = self.shared_syncs.get(conn.shop_id)
        if shared is not None:
            self.spawn(shared.run(), f"sync leader:{conn.shop_id}")
            self._listen_for_orders()
        else:
            self.spawn(sync.run(), f"sync:{conn.shop_id}")
        if conn.emulator is not None and self.trickle_s:
            # The emulator's own feed: new pending orders appear server-side, and the
            # next poll brings them in, exactly as with a real shop.
            conn.emulator.start_order_feed(self.trickle_s)

    def fulfilment(self, shop_id: str) -> FulfilmentService:
        """The DBS / digital / repack service of one connected shop (built on first use)."""
        svc = self.fulfilments.get(shop_id)
        if svc is None:
            svc = FulfilmentService(
                self.port(shop_id),
                self.journal,
                self.settings,
                shop_id=shop_id,
                packer=self.settings.packer,
                voider=self.labels.services.get(shop_id),
                save_settings=lambda _s: self.save_settings(),
            )
            self.fulfilments[shop_id] = svc
        svc.packer = self.settings.packer
        return svc

    async def fetch_image(self, url: str) -> bytes:
        """Images come from whichever shop's host served them; the first client will do."""
        if not self._open:
            raise LookupError("no shop is open yet")
        return await self._open[0].fetch(url)

    def refresh(self) -> None:
        for shop_id, sync in self.syncs.items():
            shared = self.shared_syncs.get(shop_id)
            if shared is not None:
                shared.refresh()
            else:
                sync.refresh()

    def _listen_for_orders(self) -> None:
        """LISTEN for the sync leaders' change notices (a follower reads the shared book at
        once), and re-read every shop after each reconnect (notices are lost meanwhile)."""
        if self._order_notices is not None:
            return
        from lazpack.storage.pg.claims import OrderNotifications

        journal = self.journal
        assert isinstance(journal, ClaimingJournal)
        loop = asyncio.get_running_loop()

        def wake(shop_id: str) -> None:
            shared = self.shared_syncs.get(shop_id)
            if shared is not None and not shared.is_leader:
                shared.refresh()

        def wake_all() -> None:
            for shop_id in self.shared_syncs:
                wake(shop_id)

        watch = self.claims_watch

        def on_resync() -> None:
            loop.call_soon_threadsafe(wake_all)
            if watch is not None:
                loop.call_soon_threadsafe(watch.wake)

        def on_change(shop_id: str, _orders: list[int], by: str) -> None:
            if by != journal.station_id:
                loop.call_soon_threadsafe(wake, shop_id)

        def on_claims(_shop_id: str) -> None:
            if watch is not None:
                loop.call_soon_threadsafe(watch.wake)  # "Packing at" follows at once

        self._order_notices = OrderNotifications(
            journal.runner,
            on_change=on_change,
            on_resync=on_resync,
            on_claims=on_claims if watch is not None else None,
        )
        self._order_notices.start()

    # ------------------------------------------------------------ start-up
    def housekeeping(self) -> Housekeeping:
        """A journal set aside at open, and the retention setting applied before the first
        scan so the journal never grows without bound."""
        done = Housekeeping(notices=[self.journal.notice.message] if self.journal.notice else [])
        done.notices += (f"Settings: {problem}" for problem in self.config_notices)
        try:
            done.removed = self.journal.prune(self.settings.journal_retention_days)
        except KnownError as err:
            done.notices.append(
                arg(
                    translate("StationCore", "History could not be cleaned up: %1"),
                    err.user_message,
                )
            )
        else:
            if done.removed:
                log.info(
                    "journal: %d entries older than %d days removed",
                    done.removed,
                    self.settings.journal_retention_days,
                )
        return done

    def start(self) -> None:
        """Run: sync every shop, and resume the interrupted order after the first full sync
        of every shop (or after ``RESUME_AT_LATEST_S``, so an offline shop cannot keep it
        away). Needs a running event loop."""
        loop = asyncio.get_running_loop()
        self._running = True
        self.resumed = loop.create_future()
        self._resume_timer = loop.call_later(RESUME_AT_LATEST_S, self._resume_now)
        for conn in self._open:
            self._start_shop(conn, self.syncs[conn.shop_id])
        if self.claims is not None:
            self.spawn(self.claims.run(), "claims heartbeat")
        if self.claims_watch is not None:
            self.spawn(self.claims_watch.run(), "claims watch")
        if isinstance(self.journal, ClaimingJournal):
            self.journal.watch(lambda up: loop.call_soon_threadsafe(self._database_state, up))

    def _claim_lost(self, shop_id: str, order_id: int) -> None:
        """Another station took over an order this one holds: tell the packer."""
        if self.on_notice is not None:
            self.on_notice(
                arg(
                    translate(
                        "StationCore",
                        "Order %1 was taken over by another station: put it aside and scan CANCEL.",
                    ),
                    order_id,
                )
            )

    def _database_state(self, up: bool) -> None:
        """The warehouse database went away or came back: tell the packer (the window's
        banner, or a notice)."""
        self.database_up = up
        log.warning("%s", DATABASE_BACK if up else DATABASE_GONE)
        if up and self.claims_watch is not None:
            self.claims_watch.wake()  # who packs what, fresh, at once
        if self.database_listeners:
            for listener in list(self.database_listeners):
                listener(up)
        elif self.on_notice is not None:
            self.on_notice(translate("StationCore", DATABASE_BACK if up else DATABASE_GONE))

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)  # strong reference (design.md §3)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (err := task.exception()) is not None:
            log.error("background task %s failed", task.get_name(), exc_info=err)

    def _after_full_sync(self, state: SyncState) -> None:
        # Tens of thousands of long-lived order objects make every full GC pass take
        # hundreds of ms (a visible freeze mid-keystroke). Most of the load was frozen while
        # it came in (``lazpack.gc_policy.bulk_load``); collect what was not, and move the
        # rest out of the collector's reach too. Later garbage is collected as usual.
        if not self._running:
            return  # a station driven step by step (the harness) runs no collector tricks
        if state.full_sync_done and state.shop_id not in self._frozen:
            self._frozen.add(state.shop_id)
            gc.collect()
            gc.freeze()
            if all(s.state.full_sync_done for s in self.syncs.values()):
                self._resume_now()

    def _resume_now(self) -> None:
        if self.resumed is not None and not self.resumed.done() and not self._resuming:
            self._resuming = True
            self.spawn(self._resume_after_sync(), "resume")

    async def _resume_after_sync(self) -> None:
        """After a crash: settle unanswered writes, then reopen the interrupted order
        (``PackingService.resume`` does both, before any scan or batch is accepted)."""
        try:
            await self.packing.resume()
        except KnownError as err:
            log.warning("resume failed: %s", err)
            if self.on_notice is not None:
                self.on_notice(
                    arg(
                        translate("StationCore", "Could not resume the last order: %1"),
                        err.user_message,
                    )
                )
        finally:
            if self.on_ready is not None:
                self.on_ready()
            if self.resumed is not None and not self.resumed.done():
                self.resumed.set_result(None)

    # ------------------------------------------------------------ shutdown
    def stop_resuming(self) -> None:
        """Nothing resumes into a closing station."""
        if self._resume_timer is not None:
            self._resume_timer.cancel()
        self._resuming = True

    async def stop(self) -> None:
        """Let a running step finish, stop syncing, close every shop. Idempotent."""
        self.stop_resuming()
        if self.packing.busy:
            # Let a running pack/label/RTS step finish: its journal entry closes cleanly.
            try:
                async with asyncio.timeout(SETTLE_AT_SHUTDOWN_S):
                    await self.packing.settle()
            except TimeoutError:
                log.warning("a packing step was still running at shutdown")
        for shared in self.shared_syncs.values():
            shared.halt()  # their loops end by themselves, even if a cancel below is lost
        if self.claims_watch is not None:
            self.claims_watch.halt()
        await cancel_all(self._tasks)
        for shared in self.shared_syncs.values():
            await shared.stop()  # a leader hands its shops to another station at once
        if self._order_notices is not None:
            notices, self._order_notices = self._order_notices, None
            await asyncio.to_thread(notices.stop)
        if self.claims is not None:
            await self.claims.stop()  # this station's orders are free for the others at once
        await self.labels.aclose()
        closing, self._open = self._open, []
        for conn in closing:
            if conn.emulator is not None:
                conn.emulator.stop_order_feed()
            try:
                await conn.aclose()
            except Exception:  # closing one shop must not block the others
                log.warning("closing shop %s failed", conn.shop_id, exc_info=True)
        self._running = False

    def close(self) -> None:
        """Close the journal (last: shutdown steps above still write to it). Idempotent."""
        if not self._journal_closed:
            self._journal_closed = True
            self.journal.close()

    async def aclose(self) -> None:
        """Stop and close; a second call does nothing (the journal is closed by then)."""
        if self._journal_closed:
            return
        await self.stop()
        self.close()
