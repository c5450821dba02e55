"""The station window: scan field on top, orders by tab on the left, the current order right.

The window never does I/O itself. It reads the ``OrderBook`` through ``OrdersModel``, shows
``SyncState`` values in the status bar (no modal dialogs), and emits signals the
composition root and the scan-to-pack workflow connect to:

* ``scanned(str)`` — one scan from any source: a keyboard-wedge burst whatever has focus
  (the application-wide ``ScanRouter``), Enter in ``scanInput``, a serial scanner; the
  one path every code takes to the packing workflow;
* ``orderOpened(object)`` — an ``OrderRow`` shown in ``packPanel``;
* ``orderActivated(object)`` — the packer opened an order from the list (Enter, double
  click): the key, for the workflow to open it;
* ``refreshRequested()`` — F5;
* ``closeRequested()`` — the packer closed the window; the app shuts down asynchronously.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.orderbook import TAB_TITLES, BookChange, Key, OrderBook, OrderRow, Tab
from lazpack.i18n import arg
from lazpack.services.sync import SyncState
from lazpack.ui import theme
from lazpack.ui.bounded_label import BoundedLabel
from lazpack.ui.images import ImageCache
from lazpack.ui.order_panel import OrderPanel
from lazpack.ui.orders_model import KEY_ROLE, Column, OrdersModel
from lazpack.ui.pack_view import PackView
from lazpack.ui.scanner import ScanRouter
from lazpack.ui.screen_fit import clamp_to_screen
from lazpack.ui.shortcuts import ShortcutsDialog
from lazpack.ui.status_bar import StationStatusBar

#: room for a window's title bar and frame around its client area (see ``fit_to_screen``)
_FRAME_ALLOWANCE = (0, 40)

#: Tab bar order; None is "All".
TABS: tuple[Tab | None, ...] = (*TAB_TITLES, None)


def tab_title(tab: Tab | None) -> str:
    """A work tab's name in the station's language (None is "All")."""
    if tab is None:
        return QCoreApplication.translate("MainWindow", "All")
    return QCoreApplication.translate("OrderBook", TAB_TITLES[tab])


def _window_title(demo: bool) -> str:
    return QCoreApplication.translate("MainWindow", "lazpack — DEMO shop") if demo else "lazpack"


class OrdersView(QTableView):
    """Enter opens the current order; everything else is QTableView's keyboard handling."""

    activatedByKey = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedByKey.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """Esc clears the search, Down moves into the list: no mouse needed."""

    escaped = Signal()
    downPressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class ScanField(QLineEdit):
    """The visible scan field. Esc cancels the open order; the packing shortcuts
    (Ctrl+Z undo, Ctrl+M manual…) reach the window instead of the line edit's own undo."""

    escaped = Signal()
    #: keys the window's packing actions own even while the field has focus
    PASS_THROUGH: frozenset[tuple[int, Qt.KeyboardModifier]] = frozenset(
        {
            (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier),
        }
    )

    def event(self, e: Any) -> bool:
        if e.type() == e.Type.ShortcutOverride:
            mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (e.key(), mods) in self.PASS_THROUGH:
                e.ignore()
                return False
        return super().event(e)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    scanned = Signal(str)
    orderOpened = Signal(object)
    orderActivated = Signal(object)
    #: the status bar's Reconnect button: open Station → Shops…
    shopsRequested = Signal()
    refreshRequested = Signal()
    closeRequested = Signal()

    def __init__(
        self,
        book: OrderBook,
        *,
        demo: bool = False,
        images: ImageCache | None = None,
        shop_names: dict[str, str] | None = None,
        scan_clock: Callable[[], float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(_window_title(demo))
        self.book = book
        self.demo = demo
        self._shortcuts_dialog: ShortcutsDialog | None = None

        # ---- top: demo banner, scan field, search
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 0)
        # bounded: a translation (or anything else) too long for the screen must not widen
        # the window past it
        self.banner = BoundedLabel(
            QCoreApplication.translate(
                "MainWindow", "DEMO — simulated orders. Nothing here reaches a real shop."
            ),
            lines=2,
        )
        self.banner.setObjectName("demoBanner")
        bg, fg = theme.DEMO_BANNER
        self.banner.setStyleSheet(
            f"background:{bg}; color:{fg}; font-weight:bold; font-size:15pt; padding:6px;"
        )
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(demo)
        outer.addWidget(self.banner)

        top = QHBoxLayout()
        self.scan_input = ScanField()
        self.scan_input.setObjectName("scanInput")
        self.scan_input.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Scan an order, AWB or item barcode (F2)")
        )
        # ONE scan path: the router takes Enter in this field and every wedge burst
        # elsewhere in the window; both come out as ``scanned``.
        self.router = (
            ScanRouter(self.scan_input, clock=scan_clock, parent=self)
            if scan_clock is not None
            else ScanRouter(self.scan_input, parent=self)
        )
        self.router.scanned.connect(self._on_routed_scan)
        self._router_installed = False
        self.search_input = SearchField()
        self.search_input.setObjectName("searchInput")
        self.search_input.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow", "Search: order, SKU, item, tracking, customer (Ctrl+F)"
            )
        )
        self.search_input.setClearButtonEnabled(True)
        self.search_input.textChanged.connect(self._on_search)
        self.search_input.escaped.connect(self._on_search_escape)
        self.search_input.downPressed.connect(self._on_search_down)
        # Several shops (TH + VN, or cross-border): one list, filterable by shop.
        self.shop_filter = QComboBox()
        self.shop_filter.setObjectName("shopFilter")
        self.shop_filter.setToolTip(
            QCoreApplication.translate("MainWindow", "Show the orders of one shop (Ctrl+Shift+F)")
        )
        self.shop_filter.currentIndexChanged.connect(self._on_shop_filter)
        self.shop_filter.setVisible(False)
        top.addWidget(self.scan_input, 3)
        top.addWidget(self.search_input, 2)
        top.addWidget(self.shop_filter, 1)
        outer.addLayout(top)

        # ---- middle: tabs + orders | pack panel
        self.model = OrdersModel(book, shop_names=shop_names, parent=self)
        self.model.countsChanged.connect(self._update_tab_titles)
        self._loading_shops: set[str] = set()  # shops in their first (full) sync
        self.set_shops(shop_names or {})
        self.tabs = QTabBar()
        self.tabs.setObjectName("statusTabs")
        self.tabs.setExpanding(False)
        for _ in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._on_tab)
        for i, tab in enumerate(TABS):
            if tab is not None:
                self.tabs.setTabTextColor(i, theme.tab_colour(tab))

        self.view = OrdersView()
        self.view.setObjectName("ordersView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.CREATED, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setFont(theme.table_font())
        vh = self.view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        hh = self.view.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        for col, width in (
            (Column.ORDER, 196),
            (Column.CREATED, 124),
            (Column.ITEMS, 148),
            (Column.STATUS, 110),
            (Column.SHOP, 130),
            (Column.PAYMENT, 100),
            (Column.SHIPPING, 110),
        ):
            self.view.setColumnWidth(col, width)
        # What a packer reads first stays in view on a narrow (1024 px) screen: the order
        # and its status, then the rest.
        hh.moveSection(hh.visualIndex(Column.STATUS), 1)
        self.view.setColumnHidden(Column.PACKING, True)  # a warehouse shows it (warehouse_view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(self._open_index)
        self.view.activatedByKey.connect(self._open_index)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)

        self.left_layout = ll
        self.panel = OrderPanel(images)
        self.pack_view = PackView()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.pack_view)
        rl.addWidget(self.panel, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 800])
        outer.addWidget(self.tabs)
        outer.addWidget(self.splitter, 1)
        # Pages: the station first; History / Stats and friends join through add_page().
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)

        # ---- status bar: connection, last sync, progress, problem text, shops, packer
        self.status = StationStatusBar(self.shopsRequested.emit)
        self.setStatusBar(self.status)
        self.connection_label = self.status.connection_label
        self.sync_label = self.status.sync_label
        self.problem_label = self.status.problem_label
        self.progress = self.status.progress
        self.packer_status = self.status.packer_status
        self.shops_status = self.status.shops_status
        self.shops_button = self.status.shops_button

        self._menus: dict[str, Any] = {}
        self._fitted = False
        self._build_menus()
        self._update_tab_titles(self.model.counts())
        self.book.add_listener(self._on_book_change)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.fit_to_screen()
        self.scan_input.setFocus()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """The first size: 1366×768 at most, and the whole window — title bar, menus and
        status bar included — inside the screen's free area (a 1366×768 laptop, a 1024×768
        touch PC), centred there. Saved geometry is restored over this later."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(1366, 768)
                return
            available = screen.availableGeometry()
        # the title bar and frame are only known once shown; a decorated window's are about
        # this big on every desktop we ship to
        frame_w, frame_h = _FRAME_ALLOWANCE
        width = min(1366, available.width() - frame_w)
        height = min(768, available.height() - frame_h)
        self.setMinimumSize(min(900, width), min(560, height))
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width - frame_w) // 2,
            available.y() + (available.height() - height - frame_h) // 2,
        )

    def _fit_frame(self) -> None:
        """After the first show: if the real frame is bigger than allowed for, shrink."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry()
        if frame.height() > free.height() or frame.width() > free.width():
            clamp_to_screen(self, free)  # now the real frame is known

    def set_demo(self, demo: bool) -> None:
        self.demo = demo
        self.banner.setVisible(demo)
        self.setWindowTitle(_window_title(demo))

    # -------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        mb = self.menuBar()
        station = mb.addMenu(QCoreApplication.translate("MainWindow", "&Station"))
        self._menus["station"] = station
        self._action(
            station,
            QCoreApplication.translate("MainWindow", "Sync now"),
            "F5",
            self._request_refresh,
        )
        station.addSeparator()
        self._quit_separator = station.addSeparator()
        self._quit_action = self._action(
            station, QCoreApplication.translate("MainWindow", "Quit"), "Ctrl+Q", self.close
        )
        self._menus["packing"] = mb.addMenu(QCoreApplication.translate("MainWindow", "&Packing"))
        view = mb.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self._menus["view"] = view
        self._action(
            view,
            QCoreApplication.translate("MainWindow", "Packing station"),
            "F3",
            self.show_station,
        )
        go = mb.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        self._action(
            go, QCoreApplication.translate("MainWindow", "Scan field"), "F2", self.focus_scan
        )
        self._action(
            go, QCoreApplication.translate("MainWindow", "Search"), "Ctrl+F", self.focus_search
        )
        self._action(
            go,
            QCoreApplication.translate("MainWindow", "Filter by shop"),
            "Ctrl+Shift+F",
            self._focus_shop_filter,
        )
        self._action(
            go, QCoreApplication.translate("MainWindow", "Orders list"), "F6", self.view.setFocus
        )
        go.addSeparator()
        for i, tab in enumerate(TABS):
            self._action(go, tab_title(tab), f"Ctrl+{i + 1}", self._tab_switcher(i))
        self._action(
            go,
            QCoreApplication.translate("MainWindow", "Next tab"),
            "Ctrl+Tab",
            lambda: self._step_tab(1),
        )
        self._action(
            go,
            QCoreApplication.translate("MainWindow", "Previous tab"),
            "Ctrl+Shift+Tab",
            lambda: self._step_tab(-1),
        )
        helpm = mb.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self._menus["help"] = helpm
        self._action(
            helpm,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            "F1",
            self.show_shortcuts,
        )

    def add_action(self, menu: str, text: str, keys: str, slot: Any) -> QAction:
        """Add an action to a menu (``station``, ``packing``, ``view``, ``help``); the
        shortcut works wherever the focus is in the window."""
        if menu == "station":
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self._menus["station"].insertAction(self._quit_separator, act)
            return act
        return self._action(self._menus[menu], text, keys, slot)

    def add_page(
        self, title: str, widget: QWidget | Callable[[], QWidget], shortcut: str = ""
    ) -> QAction:
        """Another full-window page (History, Stats…), shown from the View menu.

        ``widget`` may be a function that builds the page: it is called the first time the
        page is shown (start-up does not pay for pages nobody opened yet).
        Scanning still works on any page: a scan brings the packing station back.
        """
        if isinstance(widget, QWidget):
            self.pages.addWidget(widget)
        build = widget

        def show() -> None:
            page = build if isinstance(build, QWidget) else build()
            if self.pages.indexOf(page) < 0:
                self.pages.addWidget(page)
            self.pages.setCurrentWidget(page)
            page.setFocus()

        return self._action(self._menus["view"], title, shortcut, show)

    def show_station(self) -> None:
        if self.pages.currentIndex() != 0:
            self.pages.setCurrentIndex(0)

    def set_packer(self, name: str) -> None:
        self.status.set_packer(name)
        self.pack_view.set_packer(name)

    def set_shops_status(self, text: str, *, problem: bool = False) -> None:
        """One line about the shops' connections (expiring, disconnected); no dialogs."""
        self.status.set_shops_status(text, problem=problem)

    # --------------------------------------------------------------- scanning
    def install_scanner(self) -> None:
        """Route keyboard-wedge bursts application-wide to ``scanned`` (design.md §8)."""
        app = QApplication.instance()
        if app is not None and not self._router_installed:
            app.installEventFilter(self.router)
            self._router_installed = True

    def uninstall_scanner(self) -> None:
        app = QApplication.instance()
        if app is not None and self._router_installed:
            with suppress(RuntimeError):
                app.removeEventFilter(self.router)
            self._router_installed = False

    def _on_routed_scan(self, code: str, source: str) -> None:
        code = code.strip()
        if not code:
            return
        focus = QApplication.focusWidget()
        if (
            source == "scanner"
            and self.pages.currentIndex() != 0
            and isinstance(focus, QLineEdit)
            and (page := self.pages.currentWidget()) is not None
            and page.isAncestorOf(focus)
        ):
            # On another page (History…) a scan into its search field searches there.
            focus.setText(code)
            focus.returnPressed.emit()
            return
        self.scanned.emit(code)

    def _action(self, menu: Any, text: str, keys: str, slot: Any) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _request_refresh(self) -> None:
        self.refreshRequested.emit()

    def _tab_switcher(self, index: int) -> Callable[[], None]:
        def switch() -> None:
            self.tabs.setCurrentIndex(index)

        return switch

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_shortcuts(self) -> ShortcutsDialog:
        if self._shortcuts_dialog is None:
            self._shortcuts_dialog = ShortcutsDialog(self)
        # Non-modal show(), never exec(): one event loop (design.md §3), and the packer can
        # keep scanning while the overview is open.
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        return self._shortcuts_dialog

    def focus_scan(self) -> None:
        self.scan_input.setFocus()
        self.scan_input.selectAll()

    def _focus_shop_filter(self) -> None:
        if self.shop_filter.isVisible():
            self.shop_filter.setFocus()
            self.shop_filter.showPopup()

    def focus_search(self) -> None:
        self.search_input.setFocus()
        self.search_input.selectAll()

    # ------------------------------------------------------------- orders
    def current_tab(self) -> Tab | None:
        return TABS[self.tabs.currentIndex()]

    def set_tab(self, tab: Tab | None) -> None:
        self.tabs.setCurrentIndex(TABS.index(tab))

    def selected_keys(self) -> list[Key]:
        """Orders selected for a batch action, in view order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).key for r in rows]

    def open_order(self, key: Key) -> bool:
        """Show an order in ``packPanel`` and select it in the list.

        If the current tab or search hides it, the search is cleared and the order's own
        tab chosen. Returns False for an order the book does not know.
        """
        row = self.book.get(key)
        if row is None:
            return False
        idx = self.model.index_of(key)
        if not idx.isValid() and self.model.is_held(key):
            self.model.take_in_now()  # a full sync's order the list has not taken in yet
            idx = self.model.index_of(key)
        if not idx.isValid():
            self.search_input.clear()
            if self.model.shop not in (None, key[0]):
                self.set_shop_filter(None)
            self.set_tab(row.tab if row.tab in TABS else None)
            idx = self.model.index_of(key)
        if idx.isValid():
            self.view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(idx)
        self._show(row)
        return True

    def _show(self, row: OrderRow) -> None:
        self.panel.show_order(row)
        self.orderOpened.emit(row)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            key = index.data(KEY_ROLE)
            self.open_order(key)
            self.orderActivated.emit(key)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.book.get(current.data(KEY_ROLE))
            if row is not None:
                self._show(row)

    def _on_book_change(self, change: BookChange) -> None:
        key = self.panel.current_key
        if key is None:
            return
        if key in change.updated or key in change.added:
            self.panel.show_order(self.book.get(key))

    def _on_search_escape(self) -> None:
        self.search_input.clear()
        self.view.setFocus()

    def _on_search_down(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_tab(self, index: int) -> None:
        self.model.set_tab(TABS[index])

    def _on_search(self, text: str) -> None:
        self.model.set_filter_text(text)

    def set_shops(self, names: Mapping[str, str]) -> None:
        """The shops the list can be narrowed to; the filter shows only with two or more."""
        current = self.model.shop
        self.shop_filter.blockSignals(True)
        self.shop_filter.clear()
        self.shop_filter.addItem(QCoreApplication.translate("MainWindow", "All shops"), None)
        for shop_id, name in sorted(names.items(), key=lambda kv: kv[1].lower()):
            self.shop_filter.addItem(name or shop_id, shop_id)
        at = self.shop_filter.findData(current) if current is not None else 0
        self.shop_filter.setCurrentIndex(max(at, 0))
        self.shop_filter.blockSignals(False)
        self.shop_filter.setVisible(len(names) > 1)
        if at < 0:
            self.model.set_shop(None)
        if self._loading_shops - set(names):  # removed mid-sync: no final state will come
            self._loading_shops &= set(names)
            self.model.hold_book_changes(bool(self._loading_shops))

    def set_shop_filter(self, shop_id: str | None) -> None:
        at = self.shop_filter.findData(shop_id) if shop_id is not None else 0
        self.shop_filter.setCurrentIndex(max(at, 0))

    def _on_shop_filter(self, index: int) -> None:
        data = self.shop_filter.itemData(index)
        self.model.set_shop(data if isinstance(data, str) else None)

    def _update_tab_titles(self, counts: Mapping[Tab, int]) -> None:
        for i, tab in enumerate(TABS):
            n = sum(counts.values()) if tab is None else counts.get(tab, 0)
            text = arg(QCoreApplication.translate("MainWindow", "%1 (%2)"), tab_title(tab), n)
            if self.tabs.tabText(i) != text:  # each change re-lays the tab bar out
                self.tabs.setTabText(i, text)

    def tab_count(self, tab: Tab) -> int:
        return self.model.counts()[tab]

    # --------------------------------------------------------------- sync
    def set_sync_state(self, state: SyncState) -> None:
        """Show one shop's sync state. Problems go to the status bar, never a dialog."""
        self.status.set_sync_state(state)
        # A shop's first (full) sync loads all its open orders: the list takes them in
        # every two seconds rather than with every page (the scans stay fast meanwhile).
        if state.syncing and not state.full_sync_done:
            self._loading_shops.add(state.shop_id)
        else:
            self._loading_shops.discard(state.shop_id)
        self.model.hold_book_changes(bool(self._loading_shops))
        if not state.syncing:  # a sync ended (not its progress ticks): ages start over
            self.model.refresh_times()

    def _tick(self) -> None:
        self.status.show_sync_age()
        self.model.refresh_times()

    # ------------------------------------------------------- persistence
    def ui_state(self) -> dict[str, Any]:
        """Geometry, column widths and current tab for ``Settings.ui``."""
        tab = self.current_tab()
        return {
            "geometry": bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            "splitter": bytes(self.splitter.saveState().toBase64().data()).decode("ascii"),
            "columns": [self.view.columnWidth(c) for c in range(self.model.columnCount())],
            "tab": tab.value if tab is not None else "all",
        }

    def restore_ui_state(self, state: Mapping[str, Any]) -> None:
        """Tolerant: a missing or damaged entry keeps the default."""
        geo = state.get("geometry")
        if isinstance(geo, str):
            self.restoreGeometry(QByteArray.fromBase64(geo.encode("ascii")))
            clamp_to_screen(self)
        split = state.get("splitter")
        if isinstance(split, str):
            self.splitter.restoreState(QByteArray.fromBase64(split.encode("ascii")))
        cols = state.get("columns")
        if isinstance(cols, list):
            for c, w in enumerate(cols[: self.model.columnCount()]):
                if isinstance(w, int) and 20 <= w <= 2000:
                    self.view.setColumnWidth(c, w)
        tab = state.get("tab")
        if tab == "all":
            self.set_tab(None)
        elif isinstance(tab, str) and tab in {t.value for t in TAB_TITLES}:
            self.set_tab(Tab(tab))

    def showEvent(self, event: Any) -> None:
        self.install_scanner()
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._fit_frame)

    def hideEvent(self, event: Any) -> None:
        # Another window (a second station in a test, a closed one) must not get scans.
        self.uninstall_scanner()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app owns shutdown (awaits client.aclose() and friends); the window only asks.
        self.uninstall_scanner()
        self.closeRequested.emit()
        event.accept()
