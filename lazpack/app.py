"""The Qt composition root: arguments, paths, logging, settings, the Qt + asyncio loop, the
window over the station core, shutdown.

The services and the background work of a station are composed Qt-free in
``lazpack.station`` (``StationCore``); this module adds what needs Qt: the window, the pack
controller, menus, journal views, the serial scanner, the error box and signal handling.
Heavy imports (Qt, the emulator, the client) happen inside functions so ``lazpack --help``
and ``--version`` (the launcher imports this module for them) and the tests that import
this module stay fast and Qt-free: each function that uses Qt imports ``lazpack.qt`` (the
PySide6 workarounds) before PySide6.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import EllipsisType, TracebackType
from typing import TYPE_CHECKING, Any

from lazpack import log as lazlog
from lazpack.config import (
    STATION_ID_FILE,
    ApiSettings,
    Paths,
    Settings,
    load_settings,
    station_identity,
)
from lazpack.errors import ConfigError, KnownError
from lazpack.i18n import arg, translate
from lazpack.startup_probe import STARTUP_PROBE_ENV, probe_print
from lazpack.station_args import parse_args

if TYPE_CHECKING:
    from lazpack.domain.orderbook import OrderBook
    from lazpack.domain.ports import LazadaPort
    from lazpack.emulator import Emulator
    from lazpack.printing.printer import LabelPrinter
    from lazpack.services.catalogue import CatalogueService
    from lazpack.services.fulfilment import FulfilmentService
    from lazpack.services.packing import PackingService
    from lazpack.services.picking import PickingService
    from lazpack.services.shops import ShopService
    from lazpack.services.station_labels import StationLabels
    from lazpack.services.sync import SyncService
    from lazpack.services.warehouse import WarehouseSetup
    from lazpack.startup import StartupFailure
    from lazpack.station import StationCore
    from lazpack.station_wiring import JournalOpener, ShopConnection
    from lazpack.storage.journal import SqliteJournal
    from lazpack.storage.pg import PgJournal
    from lazpack.ui.journal_views import JournalViews
    from lazpack.ui.main_window import MainWindow
    from lazpack.ui.pack_controller import PackController
    from lazpack.ui.scanner import SerialScanner
    from lazpack.ui.station_menus import StationMenus
    from lazpack.ui.video.controller import VideoController

log = lazlog.get_logger("app")


def __getattr__(name: str) -> Any:
    """``DEMO_SHOP_ID`` and ``DEMO_TRICKLE_S`` for the scripts and tests that start the
    window: the core's own (``lazpack.station``), imported on first use, so that
    ``lazpack --help`` does not import the station core (~1 s)."""
    if name in ("DEMO_SHOP_ID", "DEMO_TRICKLE_S"):
        from lazpack import station

        return getattr(station, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: What runs after the first paint waits at most this long for it (a window that starts
#: minimised or on a screen that never paints must still open its shops).
FIRST_PAINT_WAIT_S = 2.0


def build_demo_backend(
    *,
    orders: int = 120,
    seed: int | None = None,
    emulator: Emulator | None = None,
    api: ApiSettings | None = None,
) -> ShopConnection:
    """The demo shop (``lazpack.station_wiring.demo_shop``): the emulator in-process."""
    from lazpack.station_wiring import demo_shop

    return demo_shop(orders=orders, seed=seed, emulator=emulator, api=api)


class Station:
    """The Qt shell of one station: the window, its controller and menus over a
    ``StationCore`` that owns the services and the background work.

    Implements ``lazpack.ui.ports.StationPort`` (what the menus may ask)."""

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        backends: list[ShopConnection],
        *,
        demo: bool,
        trickle_s: float | EllipsisType | None = ...,
        scan_clock: Callable[[], float] | None = None,
        database: str = "",
    ) -> None:
        self.settings = settings
        self.paths = paths
        self.demo = demo
        self._trickle_s = trickle_s
        self._core: StationCore | None = None
        self._book: OrderBook | None = None
        self._database = database
        self._journal: JournalOpener | None = None  # a warehouse journal opened off-thread
        for b in backends:
            self.core.add_shop(b)
        self.scan_clock = scan_clock
        self.window: MainWindow | None = None
        self.controller: PackController | None = None
        self.menus: StationMenus | None = None
        self.journal_views: JournalViews | None = None
        self.serial: SerialScanner | None = None
        self.video: VideoController | None = None  # packing video (issue 16), when on
        #: built with the window (a saved printer that is gone is reported there)
        self.label_printer: LabelPrinter
        self.keepalive: list[object] = []
        #: settings fields that fell back to defaults at start (shown once the window is up)
        self.startup_problems: list[str] = []
        self._closed: asyncio.Future[None] | None = None
        #: set once the window's first frame is painted (or after ``FIRST_PAINT_WAIT_S``)
        self.first_paint: asyncio.Future[None] | None = None
        #: set once the core and the scan path are built (right after the first paint)
        self.scan_path: asyncio.Future[None] | None = None
        self._early_scans: list[str] = []
        self._paint_timer: asyncio.TimerHandle | None = None

    @property
    def trickle_s(self) -> float | None:
        """Seconds between the demo's new orders (None: none); not given, the core's
        ``DEMO_TRICKLE_S`` (read when the core is built: importing the core is not cheap)."""
        if isinstance(self._trickle_s, EllipsisType):
            from lazpack.station import DEMO_TRICKLE_S

            return DEMO_TRICKLE_S
        return self._trickle_s

    # ------------------------------------------------------------ the core, as the ui sees it
    @property
    def core(self) -> StationCore:
        """The station core (journal, services), built on first use: ``start()`` builds it
        right after the window's first paint, not before."""
        if self._core is None:
            from lazpack.station import StationCore
            from lazpack.station_wiring import open_sqlite_journal, postgres_journal

            journal = self._journal or (
                postgres_journal(self._database) if self._database else open_sqlite_journal
            )
            self._core = StationCore(
                self.settings,
                self.paths,
                trickle_s=self.trickle_s,
                book=self._book,
                journal=journal,
            )
        return self._core

    @property
    def book(self) -> OrderBook:
        """The order book (the window shows it before the core exists)."""
        if self._core is not None:
            return self._core.book
        if self._book is None:
            from lazpack.domain.orderbook import OrderBook

            self._book = OrderBook()
        return self._book

    @property
    def journal(self) -> SqliteJournal | PgJournal:
        return self.core.journal

    @property
    def labels(self) -> StationLabels:
        return self.core.labels

    @property
    def packing(self) -> PackingService:
        return self.core.packing

    @property
    def picking(self) -> PickingService:
        return self.core.picking

    @property
    def catalogue(self) -> CatalogueService:
        return self.core.catalogue

    async def fetch_image(self, url: str) -> bytes:
        return await self.core.fetch_image(url)

    @property
    def ports(self) -> dict[str, LazadaPort]:
        return self.core.ports

    @property
    def syncs(self) -> dict[str, SyncService]:
        return self.core.syncs

    @property
    def resumed(self) -> asyncio.Future[None] | None:
        return self.core.resumed

    @property
    def demo_emulator(self) -> Emulator:
        """The demo shop's emulator (tests and the screenshot script drive the world)."""
        return self.core.demo_emulator

    def fulfilment(self, shop_id: str) -> FulfilmentService:
        return self.core.fulfilment(shop_id)

    def save_settings(self) -> None:
        if self._core is None:
            try:
                self.settings.save(self.paths.settings_file)
            except OSError as err:
                log.error("settings could not be saved: %s", err)
            return
        self.core.save_settings()

    def refresh(self) -> None:
        self.core.refresh()

    def shop_service(self) -> ShopService | None:
        return self.core.shop_service()

    def existing_shop_service(self) -> ShopService | None:
        return self.core.shops

    def warehouse_setup(self) -> WarehouseSetup:
        from lazpack.station_wiring import warehouse_setup
        from lazpack.storage.pg import safe_dsn

        running_on = safe_dsn(self._database) if self._database else ""
        return warehouse_setup(self.settings, self.save_settings, running_on=running_on)

    # ------------------------------------------------------------ start
    async def start(self) -> MainWindow:
        """Show the window, then, once its first frame is painted, build the station behind
        it and start syncing the shops given so far.

        Before the first paint only the window is built. Right after it: the core (journal,
        services) and the scan path (the pack controller; a scan that came in meanwhile is
        handled then, in order). Then sounds, the label printer and dialogs, the menus,
        History/Stats (their pages are built on first use), the serial scanner. Scans are
        refused until the core is ready (after the first sync), so nothing a packer does
        can reach a part not built yet."""
        window = self._show_window()
        assert self.first_paint is not None
        await self.first_paint
        if self._database and self._core is None:  # connect + migrate off the GUI thread
            from lazpack.station_wiring import open_off_thread, postgres_journal

            window.statusBar().showMessage(
                translate("App", "Connecting to the warehouse database…")
            )
            self._journal = await open_off_thread(postgres_journal(self._database), self.paths,
                                                  self.settings)  # fmt: skip
            window.statusBar().clearMessage()
        self._build_scan_path(window)
        assert self.scan_path is not None
        self.scan_path.set_result(None)
        # One loop turn: what waited for the core (opening the shops) starts first.
        await asyncio.sleep(0)
        self._build_after_paint(window)
        return window

    def _show_window(self) -> MainWindow:
        from PySide6.QtWidgets import QApplication

        import lazpack.qt  # noqa: F401 - the PySide6 workarounds, before PySide6 is used
        from lazpack.ui.images import ImageCache
        from lazpack.ui.main_window import MainWindow

        loop = asyncio.get_running_loop()
        self._closed = loop.create_future()
        if self.first_paint is None:
            self.first_paint = loop.create_future()
        if self.scan_path is None:
            self.scan_path = loop.create_future()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Shutdown is async: the loop must outlive the window (design.md §3).
            app.setQuitOnLastWindowClosed(False)

        async def fetch_image(url: str) -> bytes:
            return await self.core.fetch_image(url)

        images = ImageCache(
            self.paths.images_dir,
            max_bytes=self.settings.image_cache_mb * 1024 * 1024,
            fetch=fetch_image,
        )
        core = self._core
        window = MainWindow(
            self.book,
            demo=self.demo,
            images=images,
            shop_names=core.shop_names if core is not None else None,
            scan_clock=self.scan_clock,
        )
        window.restore_ui_state(self.settings.ui)
        window.router.set_composer(self.settings.packing.scanner_composer)
        from lazpack.ui.screen_redaction import guard_screen

        guard_screen(window, window.statusBar())  # nothing on screen shows a secret
        window.closeRequested.connect(self._on_close)
        window.refreshRequested.connect(self.refresh)
        # Scans before the scan path exists are kept, in order, for the controller.
        window.scanned.connect(self._keep_early_scan)
        self.window = window
        window.set_packer(self.settings.packer)
        window.show()
        window.activateWindow()
        window.focus_scan()
        self._watch_first_paint(window, self.first_paint)
        return window

    def _keep_early_scan(self, code: str) -> None:
        self._early_scans.append(code)

    def _build_scan_path(self, window: MainWindow) -> None:
        """The core and the scan-to-pack controller (design.md §5); sounds load later."""
        from lazpack.ui.feedback import Sounds
        from lazpack.ui.pack_controller import PackController

        core = self.core
        window.model.set_shop_names(core.shop_names)
        sounds = Sounds(enabled=self.settings.packing.sound, parent=window, load=False)
        controller = PackController(
            window, core.packing, core.labels, sounds=sounds, on_packer=self._packer_changed
        )
        self.controller = controller
        window.scanned.disconnect(self._keep_early_scan)
        core.sync_listeners.append(window.set_sync_state)
        for sync in core.syncs.values():
            sync.add_listener(window.set_sync_state)
        core.on_ready = controller.set_ready
        if probe := os.environ.get(STARTUP_PROBE_ENV, ""):
            probe_print("scan path built")
            if probe == "ready":

                def ready() -> None:
                    controller.set_ready()
                    probe_print("ready to scan")
                    os._exit(0)

                core.on_ready = ready
        core.on_notice = lambda text: window.statusBar().showMessage(text, 30_000)
        if core.claims is not None:  # a warehouse: the database banner, "Packing at"
            from lazpack.ui.warehouse_view import install_warehouse_view

            self.keepalive.append(install_warehouse_view(window, core, core.journal.station_id))
        if core.shop_names:
            window.set_shops(core.shop_names)
        core.start()
        early, self._early_scans = self._early_scans, []
        for code in early:
            controller.scan(code)

    def _watch_first_paint(self, window: MainWindow, painted: asyncio.Future[None]) -> None:
        """``painted`` resolves once the scan field's first frame is on screen, or after
        ``FIRST_PAINT_WAIT_S`` (a window that never paints must still open its shops)."""
        from PySide6.QtCore import QEvent, QObject, QTimer

        import lazpack.qt  # noqa: F401 - the PySide6 workarounds, before PySide6 is used

        def done(*, timed_out: bool = False) -> None:
            if self._paint_timer is not None:
                self._paint_timer.cancel()  # no timer may outlive the station's loop
                self._paint_timer = None
            if painted.done():
                return
            painted.set_result(None)
            probe = os.environ.get(STARTUP_PROBE_ENV, "")
            if probe:
                probe_print("no paint, gave up waiting" if timed_out else "first paint")
                if probe == "exit":
                    os._exit(0)

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    # after this frame is flushed, not while it is being painted
                    QTimer.singleShot(0, done)
                return False

        window.scan_input.installEventFilter(FirstPaint(window))
        self._paint_timer = asyncio.get_running_loop().call_later(
            FIRST_PAINT_WAIT_S, lambda: done(timed_out=True)
        )

    def _build_after_paint(self, window: MainWindow) -> None:
        """The window's other half of the workflow: printer, dialogs, sounds, menus, pages."""
        from lazpack.printing.printer import LabelPrinter
        from lazpack.ui.about_dialog import install_help_actions  # issue 14: About, diagnostics
        from lazpack.ui.error_dialogs import show_settings_problems
        from lazpack.ui.fulfilment_dialogs import provider_picker
        from lazpack.ui.journal_views import install_journal_views
        from lazpack.ui.print_dialogs import LabelOutput
        from lazpack.ui.setup_wizard import apply_saved_sound_device
        from lazpack.ui.station_menus import install_station_menus

        core = self.core
        controller = self.controller
        assert controller is not None
        notices = core.housekeeping().notices
        if notices:
            window.statusBar().showMessage(" ".join(notices), 60_000)
        if self.startup_problems:
            show_settings_problems(window, self.startup_problems)
        self.label_printer = LabelPrinter(self.settings.printer)
        core.labels.sink = LabelOutput(window, self.label_printer, self.save_settings)
        core.pick_provider = provider_picker(window, remember=core.remember_provider)
        self.menus = install_station_menus(self, window, controller)
        self.keepalive.append(self.menus)
        self.keepalive.append(install_help_actions(window, self.paths))
        self.journal_views = install_journal_views(
            window, core.journal, self.settings, core.save_settings_or_raise
        )
        self._open_serial()
        self._open_video()
        controller.sounds.load()
        apply_saved_sound_device(controller.sounds, self.settings.packing.sound_device)

    def _packer_changed(self, name: str) -> None:
        self.core.set_packer(name)
        if self.window is not None:
            self.window.set_packer(name)

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

    def reopen_serial(self) -> None:
        self._open_serial()

    def _open_video(self) -> None:
        from lazpack.ui.video import install_video

        if self.window is not None:
            self.video = install_video(
                self.window,
                self.core.packing,
                self.settings.video,
                default_folder=self.paths.videos_dir,
                station=self.settings.station_id,
                journal=self.core.journal,
                timeline=self.core.journal.timeline,
            )

    def reopen_video(self) -> None:
        """Settings changed: close the running clip and camera, start again if on."""
        old, self.video = self.video, None

        async def reopen() -> None:
            if old is not None:
                await old.aclose()
                old.remove()
            self._open_video()

        task = asyncio.ensure_future(reopen())
        self.keepalive.append(task)
        task.add_done_callback(self.keepalive.remove)

    def add_backends(self, backends: list[ShopConnection]) -> None:
        """Open shops built after the window was shown (start-up builds them off-thread)."""
        for b in backends:
            self.core.add_shop(b)
        if self.window is not None:
            self.window.set_shops(self.core.shop_names)
        if self.menus is not None:
            self.menus.update_shop_status()

    # ------------------------------------------------------------ close
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
        if self._paint_timer is not None:
            self._paint_timer.cancel()
            self._paint_timer = None
        if self._core is None:
            # closed before the first paint: nothing was opened behind the window
            if self.window is not None:
                self.settings.ui = self.window.ui_state()
                self.save_settings()
            return
        self.core.stop_resuming()
        if self.controller is not None:
            await self.controller.aclose()
        await self.core.stop()
        if self.serial is not None:
            self.serial.close()
            self.serial = None
        if self.video is not None:
            await self.video.aclose()  # the open order's clip is closed, playable
            self.video = None
        if self.window is not None:
            self.settings.ui = self.window.ui_state()
            self.window.panel.cancel_loads()
            self.save_settings()
        if self.journal_views is not None:
            self.journal_views.close()
            self.journal_views = None
        self.core.close()

    async def run(self, open_shops: Callable[[], list[ShopConnection]] | None = None) -> int:
        """Show the window at once; after its first paint, open the shops off the GUI
        thread (imports of the client and the emulator, the demo world) so start-up never
        freezes the window."""
        self.scan_path = asyncio.get_running_loop().create_future()
        opening = (
            asyncio.ensure_future(self._open_after_paint(self.scan_path, open_shops))
            if open_shops is not None
            else None
        )
        try:
            await self.start()
            if not self.settings.setup_done and self.window is not None:  # first start (issue 20)
                from lazpack.ui.setup_wizard import open_setup_wizard

                open_setup_wizard(self, self.window, self.menus)
            if opening is not None:
                await opening
        finally:
            if opening is not None and not opening.done():
                opening.cancel()
        await self.wait_closed()
        await self.shutdown()
        return 0

    async def _open_after_paint(
        self, built: asyncio.Future[None], open_shops: Callable[[], list[ShopConnection]]
    ) -> None:
        await built
        backends = await asyncio.to_thread(open_shops)
        if not backends:
            log.info("no shop could be opened; opening the demo shop")
            self.demo = True
            assert self.window is not None
            self.window.set_demo(True)
            api = self.core.api
            backends = [await asyncio.to_thread(lambda: build_demo_backend(api=api))]
        self.add_backends(backends)


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
        from lazpack.ui.error_dialogs import show_error

        show_error(window, value)

    sys.excepthook = hook


def _close_on_signals(station: Station) -> None:
    """Ctrl+C / SIGTERM close the station the same orderly way as closing the window."""
    import signal

    from PySide6.QtCore import QTimer

    import lazpack.qt  # noqa: F401 - the PySide6 workarounds, before PySide6 is used

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


def main(
    argv: list[str] | None = None,
    *,
    report_failure: Callable[[StartupFailure], None] | None = None,
) -> int:
    """Start the station. A start-up failure is a message (window and console) with its
    remedy and exit code 2, never a traceback; ``report_failure`` replaces the window."""
    from lazpack.startup import describe, log_dir_usable

    args = parse_args(argv)
    paths = Paths.for_data_dir(args.data_dir)
    try:
        paths.ensure()
        lazlog.setup(
            paths.log_dir if log_dir_usable(paths.log_dir) else None,
            getattr(logging, args.log_level),
        )
        loaded = load_settings(paths.settings_file, write_identity=False)
    except (KnownError, OSError) as err:
        return _startup_failed(describe(err), report_failure)
    settings = loaded.settings
    for problem in loaded.problems:
        log.warning("%s", problem)

    # The PySide6 workarounds before qasync, which imports PySide6 itself.
    import lazpack.qt  # isort: skip

    import qasync
    from PySide6.QtWidgets import QApplication

    from lazpack.ui import theme
    from lazpack.ui.fonts import install_fonts
    from lazpack.ui.translations import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("lazpack")
    app.setQuitOnLastWindowClosed(False)  # shutdown is async: the loop must outlive the window
    lazpack.qt.collect_garbage_on_gui_thread()  # Qt objects die on the GUI thread only
    install_fonts(app)  # bundled Noto Sans / Thai / CJK: never rely on the PC's fonts
    install_language(app, settings.language)  # "" = the PC's language (issue 17)
    app.setStyleSheet(theme.stylesheet())

    database = args.database
    if not database and settings.warehouse_url:  # Settings → Warehouse (+ keyring password)
        from lazpack.station_wiring import warehouse_dsn

        database = warehouse_dsn(settings)
    demo = args.demo or not (settings.shops or database)  # a warehouse may hold the shops

    if args.database and not args.database.startswith(("postgresql://", "postgres://")):
        return _startup_failed(
            describe(
                ConfigError(
                    "--database must be a postgresql://user@host/dbname URL.",
                    hint="Give the warehouse database's URL, or leave --database out.",
                )
            ),
            report_failure,
        )
    try:
        # the warehouse database cannot be reached, the journal is in the way, ...
        station = Station(settings, paths, [], demo=demo, database=database)
    except (KnownError, OSError) as err:
        return _startup_failed(describe(err), report_failure)
    station.startup_problems = list(loaded.problems)
    id_file = paths.config_dir / STATION_ID_FILE
    had_id = id_file.exists()
    station_identity(paths.config_dir, settings.station_id)  # keep its id for good

    def open_shops() -> list[ShopConnection]:
        if demo and args.emulator_url:
            from lazpack.station_wiring import shared_demo_shop

            return [shared_demo_shop(args.emulator_url, api=station.core.api)]
        if demo:
            return [build_demo_backend(api=station.core.api)]
        return station.core.connect_configured_shops()

    install_excepthook(lambda: station.window)
    _close_on_signals(station)
    log.info("lazpack starting (%s)", "demo shop" if demo else f"{len(settings.shops)} shop(s)")
    try:
        code: int = qasync.run(station.run(open_shops))
    except (KnownError, OSError) as err:
        # The core (journal first) opens right after the window's first paint: a journal
        # that cannot be opened ends here, as a message, before anything was written.
        if station.window is not None:
            station.window.hide()
        if not had_id:
            id_file.unlink(missing_ok=True)  # a failed first start leaves nothing behind
        return _startup_failed(describe(err), report_failure)
    return code


def _startup_failed(
    failure: StartupFailure, report: Callable[[StartupFailure], None] | None
) -> int:
    """Console always; a window when Qt can open one (the event loop is not running yet,
    so a modal box is fine here)."""
    failure.print()
    log.error("start-up failed: %s: %s", failure.title, failure.message)
    if report is not None:
        report(failure)
        return 2
    import importlib.util

    if importlib.util.find_spec("PySide6") is None:  # the message was printed above
        return 2
    from lazpack.ui.error_dialogs import show_startup_failure

    show_startup_failure(failure)
    return 2
