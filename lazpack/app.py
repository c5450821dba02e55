"""Composition root: arguments, paths, logging, settings, the Qt + asyncio loop, wiring, shutdown.

The only module that knows every layer. Heavy imports (Qt, the emulator, the client) happen
inside ``main`` so ``lazpack --help`` and the tests that import this module stay fast.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.config import Paths, Settings
from lazpack.domain.orderbook import OrderBook
from lazpack.errors import ConfigError, KnownError, StorageError
from lazpack.i18n import arg, translate

if TYPE_CHECKING:
    from lazpack.domain.ports import LazadaPort
    from lazpack.services.packing import PackingService
    from lazpack.services.sync import SyncService, SyncState
    from lazpack.storage.journal import SqliteJournal
    from lazpack.ui.journal_views import JournalViews
    from lazpack.ui.main_window import MainWindow
    from lazpack.ui.pack_controller import PackController, StationLabels

log = lazlog.get_logger("app")

DEMO_SHOP_ID = "demo"
#: How often a new simulated order arrives in the demo shop.
DEMO_TRICKLE_S = 30.0
DEMO_SYNC_INTERVAL_S = 10
#: Resume the interrupted order after the first sync, or after this long without one.
RESUME_AT_LATEST_S = 20.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="lazpack", description="Packing station for Lazada sellers.")
    p.add_argument("--demo", action="store_true", help="open the built-in demo shop")
    p.add_argument("--data-dir", type=Path, default=None, help="keep all state in this folder")
    # packaging (issue 14): identity and the frozen build's check; lazpack.launcher acts on them
    p.add_argument("--version", action="version", version=f"lazpack {__version__}")
    p.add_argument(
        "--self-test", type=Path, metavar="DIR", help="check this install in scratch folder DIR"
    )
    p.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log verbosity (default INFO)",
    )
    return p.parse_args(argv)


@dataclass
class ShopBackend:
    """One connected shop as the station sees it: its port and how to close it."""

    shop_id: str
    name: str
    region: str
    port: LazadaPort
    aclose: Callable[[], Awaitable[None]]
    fetch: Callable[[str], Awaitable[bytes]]
    extras: dict[str, Any] = field(default_factory=dict)


def build_demo_backend(
    *, orders: int = 120, seed: int | None = None, emulator: Any = None
) -> ShopBackend:
    """The demo shop: the emulator in-process, reached through the real signed client.

    ``emulator`` reuses an existing world (a restarted station sees the same shop)."""
    from lazpack.api import LazadaClient
    from lazpack.emulator import (
        DEMO_ACCESS_TOKEN,
        DEMO_APP_KEY,
        DEMO_APP_SECRET,
        Emulator,
    )

    emu = emulator or Emulator(orders=orders, seed=seed if seed is not None else 1, region="sg")
    client = LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        access_token=DEMO_ACCESS_TOKEN,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        asgi_app=emu.app,
    )
    return ShopBackend(
        shop_id=DEMO_SHOP_ID,
        name=translate("App", "Demo shop"),
        region="sg",
        port=client,
        aclose=client.aclose,
        fetch=client.fetch_document,
        extras={"emulator": emu, "client": client},
    )


def _client_target(region: str, base_url: str) -> dict[str, Any]:
    """Regional gateway, or the override (an emulator) when the shop has one."""
    return {"base_url": base_url} if base_url else {"region": region}


def build_shop_backends(settings: Settings, paths: Paths) -> list[ShopBackend]:
    """Real shops: one ``LazadaClient`` per configured shop, with the shop service's token
    provider (refresh ahead of expiry, coalesced; the client is attached for refreshes).

    A shop that cannot be opened (keyring unavailable, secret missing, unknown region) is
    logged with its remedy and skipped; with none left the station opens the demo shop.
    """
    if not settings.shops:
        return []
    from contextlib import asynccontextmanager

    from lazpack.api import LazadaClient
    from lazpack.credentials import CredentialStore
    from lazpack.services.shops import AppCredentials, ShopService

    @asynccontextmanager
    async def auth_factory(app: AppCredentials) -> Any:
        target = _client_target(app.region, app.base_url)
        async with LazadaClient(app_key=app.app_key, app_secret=app.app_secret, **target) as c:
            yield c

    service = ShopService(
        settings, CredentialStore(), auth_factory, settings_path=paths.settings_file
    )
    backends: list[ShopBackend] = []
    for shop in service.shops():
        try:
            provider = service.provider(shop.shop_id)
            client = LazadaClient(
                app_key=shop.app_key,
                app_secret=service.app_secret(shop.shop_id),
                token_provider=provider,
                **_client_target(shop.region, shop.base_url),
            )
        except KnownError as err:
            log.warning("shop %s not opened: %s %s", shop.name, err.user_message, err.hint)
            continue
        provider.auth = client  # refreshes reuse the shop's own connection
        backends.append(
            ShopBackend(
                shop_id=shop.shop_id,
                name=shop.name,
                region=shop.region,
                port=client,
                aclose=client.aclose,
                fetch=client.fetch_document,
                extras={"client": client, "shops": service},
            )
        )
    return backends


class Station:
    """Owns the window, the book, one sync service per shop and every background task."""

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        backends: list[ShopBackend],
        *,
        demo: bool,
        trickle_s: float | None = DEMO_TRICKLE_S,
        scan_clock: Callable[[], float] | None = None,
    ) -> None:
        self.settings = settings
        self.paths = paths
        self.backends = backends
        self._all_backends = list(backends)
        self._names: dict[str, str] = {b.shop_id: b.name for b in backends}
        self.demo = demo
        self.trickle_s = trickle_s
        self.book = OrderBook()
        self.syncs: dict[str, SyncService] = {}
        self.window: MainWindow | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed: asyncio.Future[None] | None = None
        self._frozen: set[str] = set()
        self.keepalive: list[Any] = []
        self.scan_clock = scan_clock
        self.ports: dict[str, LazadaPort] = {}
        self.journal: SqliteJournal | None = None
        self.labels: StationLabels | None = None
        self.packing: PackingService | None = None
        self.controller: PackController | None = None
        self.resumed: asyncio.Future[None] | None = None
        self.serial: Any = None
        self.menus: Any = None
        self.journal_views: JournalViews | None = None
        self._resuming = False
        self._resume_timer: asyncio.TimerHandle | None = None

    @property
    def demo_emulator(self) -> Any:
        """The demo shop's emulator (tests and the screenshot script drive the world)."""
        for b in self._all_backends:
            if "emulator" in b.extras:
                return b.extras["emulator"]
        raise LookupError("no demo shop in this station")

    def _spawn(self, coro: Any, name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)  # strong reference (design.md §3)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (err := task.exception()) is not None:
            log.error("background task %s failed", task.get_name(), exc_info=err)

    async def start(self) -> MainWindow:
        """Show the window and start syncing the shops given so far."""
        from PySide6.QtWidgets import QApplication

        from lazpack.ui.images import ImageCache
        from lazpack.ui.main_window import MainWindow

        self._closed = asyncio.get_running_loop().create_future()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Shutdown is async: the loop must outlive the window (design.md §3).
            app.setQuitOnLastWindowClosed(False)

        async def fetch_image(url: str) -> bytes:
            # Images come from whichever shop's host served them; the first client will do.
            if not self.backends:
                raise LookupError("no shop is open yet")
            return await self.backends[0].fetch(url)

        images = ImageCache(
            self.paths.images_dir,
            max_bytes=self.settings.image_cache_mb * 1024 * 1024,
            fetch=fetch_image,
        )
        window = MainWindow(
            self.book,
            demo=self.demo,
            images=images,
            shop_names=self._names,
            scan_clock=self.scan_clock,
        )
        window.restore_ui_state(self.settings.ui)
        window.closeRequested.connect(self._on_close)
        window.refreshRequested.connect(self.refresh)
        self.window = window
        self._build_packing(window)
        for b in self.backends:
            self._open(b)
        window.show()
        window.activateWindow()
        window.focus_scan()
        return window

    def _build_packing(self, window: MainWindow) -> None:
        """The scan-to-pack workflow over every shop of the station (design.md §5)."""
        from lazpack.printing.printer import LabelPrinter
        from lazpack.services.packing import PackingService
        from lazpack.storage.journal import SqliteJournal
        from lazpack.ui.feedback import Sounds
        from lazpack.ui.fulfilment_dialogs import provider_picker
        from lazpack.ui.journal_views import install_journal_views
        from lazpack.ui.pack_controller import PackController, StationLabels, per_shop
        from lazpack.ui.print_dialogs import LabelOutput
        from lazpack.ui.station_menus import install_station_menus

        journal = SqliteJournal(self.paths.journal_file, station_id=self.settings.station_id)
        self.journal = journal
        self._journal_housekeeping(journal, window)
        self.label_printer = LabelPrinter(self.settings.printer)
        labels = StationLabels(
            journal, self.paths.labels_dir, LabelOutput(window, self.label_printer)
        )
        self.labels = labels
        saved = self.settings.saved_providers

        def remember(shop_id: str, allocate_type: str, code: str) -> None:
            saved.setdefault(shop_id, {})[allocate_type] = code
            self.save_settings()

        svc = PackingService(
            lazada=per_shop(self.ports),
            journal=journal,
            labels=labels,
            orders=self.book,
            settings=self.settings.packing,
            packer=self.settings.packer,
            saved_providers=saved,
            pick_provider=provider_picker(window, remember=remember),
        )
        self.packing = svc
        sounds = Sounds(enabled=self.settings.packing.sound, parent=window)
        self.controller = PackController(
            window, svc, labels, sounds=sounds, on_packer=self._packer_changed
        )
        window.set_packer(self.settings.packer)
        self.resumed = asyncio.get_running_loop().create_future()
        # A shop that cannot sync (offline at start) must not keep the open order away.
        self._resume_timer = asyncio.get_running_loop().call_later(
            RESUME_AT_LATEST_S, self._resume_now
        )
        self.menus = install_station_menus(self, window)
        from lazpack.ui.about_dialog import install_help_actions  # issue 14: About, diagnostics

        self.keepalive.append(install_help_actions(window, self.paths))
        self.journal_views = install_journal_views(
            window, journal, self.settings, self._save_settings_or_raise
        )
        self._open_serial()

    def _journal_housekeeping(self, journal: SqliteJournal, window: MainWindow) -> None:
        """Tell the packer about a journal set aside at open, and apply the retention
        setting before the first scan so the journal never grows without bound."""
        notices = [journal.notice.message] if journal.notice else []
        try:
            removed = journal.prune(self.settings.journal_retention_days)
        except KnownError as err:
            notices.append(
                arg(translate("App", "History could not be cleaned up: %1"), err.user_message)
            )
        else:
            if removed:
                log.info(
                    "journal: %d entries older than %d days removed",
                    removed,
                    self.settings.journal_retention_days,
                )
        if notices:
            window.statusBar().showMessage(" ".join(notices), 60_000)

    def _packer_changed(self, name: str) -> None:
        self.settings.packer = name
        if self.window is not None:
            self.window.set_packer(name)
        self.save_settings()

    def save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as err:
            log.error("settings could not be saved: %s", err)

    def _save_settings_or_raise(self, _settings: Settings) -> None:
        """For controls that tell the packer whether their change was saved."""
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as err:
            raise StorageError(
                arg(translate("App", "The settings could not be saved: %1"), err)
            ) from err

    def _open_serial(self) -> None:
        """The optional serial (COM) scanner, beside the keyboard wedge."""
        from lazpack.ui.scanner import SerialScanner

        if self.serial is not None:
            self.serial.close()
            self.serial = None
        port = self.settings.packing.scanner_serial_port
        if not port or self.window is None:
            return
        window = self.window
        serial = SerialScanner(port, parent=window)
        serial.scanned.connect(lambda code, _src: window.scanned.emit(code))
        serial.failed.connect(lambda text: window.statusBar().showMessage(text, 30_000))
        if serial.open():
            self.serial = serial
            window.statusBar().showMessage(
                arg(translate("App", "Serial scanner on %1."), port), 5000
            )

    async def _resume_after_sync(self) -> None:
        """After a crash: settle unanswered writes, then reopen the interrupted order
        (``PackingService.resume`` does both, before any scan or batch is accepted)."""
        assert self.packing is not None and self.journal is not None
        try:
            await self.packing.resume()
        except KnownError as err:
            log.warning("resume failed: %s", err)
            if self.window is not None:
                self.window.statusBar().showMessage(
                    arg(translate("App", "Could not resume the last order: %1"), err.user_message),
                    30_000,
                )
        finally:
            if self.controller is not None:
                self.controller.set_ready()
            if self.resumed is not None and not self.resumed.done():
                self.resumed.set_result(None)

    def reopen_serial(self) -> None:
        self._open_serial()

    def existing_shop_service(self) -> Any:
        """The ShopService of the configured shops, if one is open (none in demo mode)."""
        for b in self._all_backends:
            if "shops" in b.extras:
                return b.extras["shops"]
        return getattr(self, "_shop_service", None)

    def shop_service(self) -> Any:
        """The ShopService for Station → Shops…; None when the keyring is unavailable."""
        existing = self.existing_shop_service()
        if existing is not None:
            return existing
        from contextlib import asynccontextmanager

        from lazpack.api import LazadaClient
        from lazpack.credentials import CredentialStore
        from lazpack.services.shops import AppCredentials, ShopService

        @asynccontextmanager
        async def auth_factory(app: AppCredentials) -> Any:
            target = _client_target(app.region, app.base_url)
            async with LazadaClient(app_key=app.app_key, app_secret=app.app_secret, **target) as c:
                yield c

        try:
            self._shop_service = ShopService(
                self.settings,
                CredentialStore(),
                auth_factory,
                settings_path=self.paths.settings_file,
            )
        except KnownError as err:
            log.warning("shops cannot be managed: %s", err)
            return None
        return self._shop_service

    def add_backends(self, backends: list[ShopBackend]) -> None:
        """Open shops built after the window was shown (start-up builds them off-thread)."""
        for b in backends:
            self.backends.append(b)
            self._all_backends.append(b)
            self._open(b)
        if self.menus is not None:
            self.menus.update_shop_status()

    def _open(self, b: ShopBackend) -> None:
        from lazpack.services.sync import SyncService

        assert self.window is not None
        self._names[b.shop_id] = b.name
        self.window.set_shops(self._names)
        self.ports[b.shop_id] = b.port
        if self.labels is not None:
            self.labels.add_shop(b.shop_id, b.port, packer=self.settings.packer)
        interval = self.settings.sync_interval_s
        if "emulator" in b.extras:
            # In-process demo polls cost nothing; a short interval makes live sync visible.
            interval = min(interval, DEMO_SYNC_INTERVAL_S)
        sync = SyncService(
            b.port, self.book, shop_id=b.shop_id, region=b.region, interval_s=interval
        )
        sync.add_listener(self.window.set_sync_state)
        sync.add_listener(self._after_full_sync)
        self.syncs[b.shop_id] = sync
        self._spawn(sync.run(), f"sync:{b.shop_id}")
        emu = b.extras.get("emulator")
        if emu is not None and self.trickle_s:
            # The emulator's own feed: new pending orders appear server-side, and the
            # next poll brings them in, exactly as with a real shop.
            emu.start_order_feed(self.trickle_s)

    def _after_full_sync(self, state: SyncState) -> None:
        # Tens of thousands of long-lived order objects make every full GC pass take
        # hundreds of ms (a visible freeze mid-keystroke). Move what the full sync loaded
        # out of the collector's reach once; later garbage is collected as usual.
        if state.full_sync_done and state.shop_id not in self._frozen:
            self._frozen.add(state.shop_id)
            gc.collect()
            gc.freeze()
            if all(s.state.full_sync_done for s in self.syncs.values()):
                self._resume_now()

    def _resume_now(self) -> None:
        if self.resumed is not None and not self.resumed.done() and not self._resuming:
            self._resuming = True
            self._spawn(self._resume_after_sync(), "resume")

    def refresh(self) -> None:
        for sync in self.syncs.values():
            sync.refresh()

    def request_close(self) -> None:
        """Close as if the packer closed the window (signals, the Quit action)."""
        self._on_close()

    def _on_close(self) -> None:
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)

    async def wait_closed(self) -> None:
        assert self._closed is not None
        await self._closed

    async def shutdown(self) -> None:
        """Stop syncing, close every client, save the window's state. Idempotent."""
        if self._resume_timer is not None:
            self._resume_timer.cancel()
        self._resuming = True  # nothing resumes into a closing station
        if self.controller is not None:
            await self.controller.aclose()
        if self.packing is not None and self.packing.busy:
            # Let a running pack/label/RTS step finish: its journal entry closes cleanly.
            try:
                async with asyncio.timeout(10):
                    await self.packing.settle()
            except TimeoutError:
                log.warning("a packing step was still running at shutdown")
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.serial is not None:
            self.serial.close()
            self.serial = None
        if self.labels is not None:
            await self.labels.aclose()
        for b in self.backends:
            emu = b.extras.get("emulator")
            if emu is not None:
                emu.stop_order_feed()
            try:
                await b.aclose()
            except Exception:  # closing one shop must not block the others
                log.warning("closing shop %s failed", b.shop_id, exc_info=True)
        self.backends = []
        if self.window is not None:
            self.settings.ui = self.window.ui_state()
            self.window.panel.cancel_loads()
            self.save_settings()
        if self.journal_views is not None:
            self.journal_views.close()
            self.journal_views = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    async def run(self, open_shops: Callable[[], list[ShopBackend]] | None = None) -> int:
        """Show the window at once, then open the shops off the GUI thread (imports of the
        client and the emulator, the demo world) so start-up never freezes the window."""
        await self.start()
        if open_shops is not None:
            backends = await asyncio.to_thread(open_shops)
            if not backends:
                log.info("no shop could be opened; opening the demo shop")
                self.demo = True
                assert self.window is not None
                self.window.set_demo(True)
                backends = [await asyncio.to_thread(build_demo_backend)]
            self.add_backends(backends)
        await self.wait_closed()
        await self.shutdown()
        return 0


def install_excepthook(get_window: Callable[[], Any]) -> None:
    """Exceptions from Qt slots and asyncSlots end here: log them, tell the packer plainly."""

    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        log.error("unhandled error", exc_info=(etype, value, tb))
        window = get_window()
        if window is None:
            traceback.print_exception(etype, value, tb)
            return
        show_error(window, value)

    sys.excepthook = hook


def show_error(window: Any, err: BaseException) -> None:
    """Known errors go to the status bar; bugs get a non-modal 'internal error' box whose
    details are the (redacted) log tail, so the packer can copy a report."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    if isinstance(err, KnownError):
        text = (
            arg(translate("App", "%1 — %2"), err.user_message, err.hint)
            if err.hint
            else err.user_message
        )
        window.statusBar().showMessage(text, 15_000)
        return
    box = QMessageBox(window)
    box.setObjectName("internalErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("App", "lazpack — internal error"))
    box.setText(
        translate(
            "App",
            "Something went wrong inside lazpack. Your work so far is kept.\n"
            "If it happens again, copy the details below and send them to support.",
        )
    )
    trace = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    details = lazlog.redact(trace) + "\n--- recent log ---\n" + lazlog.ring_buffer.text()[-20_000:]
    box.setDetailedText(details)
    # Non-modal show(), never exec() inside the running loop: scanning goes on meanwhile.
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def _close_on_signals(station: Station) -> None:
    """Ctrl+C / SIGTERM close the station the same orderly way as closing the window."""
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum: int, _frame: object) -> None:
        station.request_close()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    # Python runs signal handlers only between bytecodes; a idle timer gives it the chance
    # while Qt sits in its C++ event loop.
    ticker = QTimer()
    ticker.setInterval(300)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    station.keepalive.append(ticker)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = Paths.for_data_dir(args.data_dir)
    paths.ensure()
    lazlog.setup(paths.log_dir, getattr(logging, args.log_level))
    try:
        settings = Settings.load(paths.settings_file)
    except ConfigError as err:
        log.error("%s %s", err.user_message, err.hint)
        settings = Settings()

    import qasync
    from PySide6.QtWidgets import QApplication

    from lazpack.ui import theme
    from lazpack.ui.fonts import install_fonts
    from lazpack.ui.translations import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("lazpack")
    app.setQuitOnLastWindowClosed(False)  # shutdown is async: the loop must outlive the window
    install_fonts(app)  # bundled Noto Sans / Thai / CJK: never rely on the PC's fonts
    install_language(app, settings.language)  # "" = the PC's language (issue 17)
    app.setStyleSheet(theme.stylesheet())

    demo = args.demo or not settings.shops

    def open_shops() -> list[ShopBackend]:
        if demo:
            return [build_demo_backend()]
        return build_shop_backends(settings, paths)

    station = Station(settings, paths, [], demo=demo)
    install_excepthook(lambda: station.window)
    _close_on_signals(station)
    log.info("lazpack starting (%s)", "demo shop" if demo else f"{len(settings.shops)} shop(s)")
    code: int = qasync.run(station.run(open_shops))
    return code
