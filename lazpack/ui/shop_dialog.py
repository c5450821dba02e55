"""Shop setup: the authorization dialog and the shops list (status, Reconnect, Remove).

Both are driven by ``lazpack.services.shops.ShopService``; they never touch the keyring or
the client themselves. Everything asynchronous runs as tasks on the one qasync loop; the
dialog is opened with ``.open()`` (never ``exec()``) and reports through signals.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import ShopConfig
from lazpack.errors import KnownError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.services.auth import ShopState, ShopStatus
from lazpack.services.oauth_listener import LoopbackListener, loopback_address
from lazpack.services.shops import PendingAuthorization, ShopService

log = get_logger("ui.shops")

REGION_CHOICES: tuple[tuple[str, str], ...] = (
    ("sg", QT_TRANSLATE_NOOP("ShopDialog", "Singapore")),
    ("my", QT_TRANSLATE_NOOP("ShopDialog", "Malaysia")),
    ("th", QT_TRANSLATE_NOOP("ShopDialog", "Thailand")),
    ("ph", QT_TRANSLATE_NOOP("ShopDialog", "Philippines")),
    ("id", QT_TRANSLATE_NOOP("ShopDialog", "Indonesia")),
    ("vn", QT_TRANSLATE_NOOP("ShopDialog", "Vietnam")),
    ("cb", QT_TRANSLATE_NOOP("ShopDialog", "Cross-border (all six countries)")),
)

_STATE_COLOURS = {
    ShopState.CONNECTED: "#1b7f3a",
    ShopState.EXPIRING: "#b26a00",
    ShopState.DISCONNECTED: "#b00020",
}


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


def _known_text(err: KnownError) -> str:
    return f"{err.user_message}\n{err.hint}".strip()


class _Tasks:
    """Strong references to the widget's running tasks (design.md §3)."""

    def __init__(self) -> None:
        self.running: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro)
        self.running.add(task)
        task.add_done_callback(self.running.discard)
        return task

    def cancel(self) -> None:
        for task in list(self.running):
            task.cancel()


class ShopDialog(QDialog):
    """Add a shop, or reconnect one (``shop_id``): enter the app, authorize, done.

    ``shopConnected(shop_id)`` is emitted once the tokens are stored; the dialog then
    shows the result and closes itself.
    """

    shopConnected = Signal(str)
    #: the message shown when a step failed (bad input, keyring, Lazada refused, ...)
    failed = Signal(str)

    def __init__(
        self,
        service: ShopService,
        parent: QWidget | None = None,
        *,
        shop_id: str = "",
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shopDialog")
        self._service = service
        self._shop_id = shop_id
        self._open_url = open_url
        self._pending: PendingAuthorization | None = None
        self._tasks = _Tasks()
        self.listener: LoopbackListener | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ShopDialog", "Reconnect shop")
            if shop_id
            else QCoreApplication.translate("ShopDialog", "Add a Lazada shop")
        )

        self.region = _named(QComboBox(), "shopRegion")
        for code, label in REGION_CHOICES:
            self.region.addItem(QCoreApplication.translate("ShopDialog", label), code)
        self.app_key = _named(QLineEdit(), "shopAppKey")
        self.app_key.setPlaceholderText(
            QCoreApplication.translate(
                "ShopDialog", "App Key from the Lazada Open Platform console"
            )
        )
        self.app_secret = _named(QLineEdit(), "shopAppSecret")
        self.app_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret.setPlaceholderText(
            QCoreApplication.translate("ShopDialog", "App Secret (kept in the system keyring)")
        )
        self.redirect_uri = _named(QLineEdit(), "shopRedirectUri")
        self.redirect_uri.setPlaceholderText(
            QCoreApplication.translate("ShopDialog", "Callback URL registered for the app")
        )
        self.base_url = _named(QLineEdit(), "shopBaseUrl")
        self.base_url.setPlaceholderText(
            QCoreApplication.translate(
                "ShopDialog", "Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)"
            )
        )
        self.authorize_button = _named(
            QPushButton(QCoreApplication.translate("ShopDialog", "Authorize in browser")),
            "shopAuthorize",
        )
        self.paste = _named(QLineEdit(), "shopPaste")
        self.paste.setPlaceholderText(
            QCoreApplication.translate(
                "ShopDialog", "…or paste the address the browser shows after consenting"
            )
        )
        self.paste.setEnabled(False)
        self.connect_button = _named(
            QPushButton(QCoreApplication.translate("ShopDialog", "Connect")), "shopConnect"
        )
        self.connect_button.setEnabled(False)
        self.status = _named(QLabel(), "shopDialogStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ShopDialog", "Country"), self.region)
        form.addRow(QCoreApplication.translate("ShopDialog", "App key"), self.app_key)
        form.addRow(QCoreApplication.translate("ShopDialog", "App secret"), self.app_secret)
        form.addRow(QCoreApplication.translate("ShopDialog", "Redirect URI"), self.redirect_uri)
        form.addRow(QCoreApplication.translate("ShopDialog", "API server"), self.base_url)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.connect_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.authorize_button)
        layout.addLayout(paste_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.authorize_button.clicked.connect(self.authorize)
        self.connect_button.clicked.connect(self.connect_pasted)
        self.paste.returnPressed.connect(self.connect_pasted)
        if shop_id:
            self._prefill(service.get(shop_id))

    def _prefill(self, shop: ShopConfig) -> None:
        index = self.region.findData(shop.region)
        if index >= 0:
            self.region.setCurrentIndex(index)
        self.app_key.setText(shop.app_key)
        self.redirect_uri.setText(shop.redirect_uri)
        self.base_url.setText(shop.base_url)
        self.app_secret.setPlaceholderText(
            QCoreApplication.translate("ShopDialog", "Leave empty to keep the stored app secret")
        )
        # the app and country are what identify the shop; a different app is a new shop
        self.region.setEnabled(False)
        self.app_key.setReadOnly(True)
        self.base_url.setReadOnly(True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)
        if error:
            self.failed.emit(text)

    # ----------------------------------------------------------- actions
    def authorize(self) -> None:
        """Validate, open the consent page, and wait for the loopback call or a paste."""
        self._close_listener()
        try:
            if self._shop_id:
                self._pending = self._service.begin_reconnect(
                    self._shop_id,
                    app_secret=self.app_secret.text(),
                    redirect_uri=self.redirect_uri.text(),
                )
            else:
                self._pending = self._service.begin(
                    app_key=self.app_key.text(),
                    app_secret=self.app_secret.text(),
                    region=str(self.region.currentData()),
                    redirect_uri=self.redirect_uri.text(),
                    base_url=self.base_url.text().strip(),
                )
        except KnownError as err:
            self._show(_known_text(err), error=True)
            return
        self.paste.setEnabled(True)
        self.connect_button.setEnabled(True)
        pending = self._pending
        if loopback_address(pending.redirect_uri) is not None:
            self._show(
                QCoreApplication.translate(
                    "ShopDialog", "Waiting for Lazada… finish the consent page in the browser."
                )
            )
            self._tasks.spawn(self._listen_then_open(pending))
        else:
            self._open_consent(pending)
            self._show(
                QCoreApplication.translate(
                    "ShopDialog",
                    "Log in on the Lazada page that opened and click Submit, then paste the "
                    "address the browser shows here.",
                )
            )

    def _open_consent(self, pending: PendingAuthorization) -> None:
        log.info("opening the seller consent page")
        self._open_url(QUrl(pending.url))

    async def _listen_then_open(self, pending: PendingAuthorization) -> None:
        listener = LoopbackListener(pending.redirect_uri, pending.state)
        try:
            await listener.start()
        except KnownError as err:
            self._show(_known_text(err), error=True)
            self._open_consent(pending)
            return
        self.listener = listener
        # Open the browser only once we listen, so the redirect cannot arrive too early.
        self._open_consent(pending)
        try:
            code = await listener.wait()
        except asyncio.CancelledError:
            return
        except KnownError as err:
            self._show(_known_text(err), error=True)
            return
        await self._complete(pending, code=code)

    def connect_pasted(self) -> None:
        if self._pending is None:
            return
        self._close_listener()
        self._tasks.spawn(self._complete(self._pending, pasted=self.paste.text()))

    async def _complete(
        self, pending: PendingAuthorization, *, code: str = "", pasted: str = ""
    ) -> None:
        self.authorize_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self._show(QCoreApplication.translate("ShopDialog", "Connecting the shop…"))
        try:
            if code:
                shop = await self._service.complete_with_code(pending, code)
            else:
                shop = await self._service.complete(pending, pasted)
        except KnownError as err:
            self._show(_known_text(err), error=True)
            self.authorize_button.setEnabled(True)
            self.connect_button.setEnabled(True)
            return
        self._pending = None
        self._show(f"Connected: {shop.name}")
        self.shopConnected.emit(shop.shop_id)
        self.accept()

    def _close_listener(self) -> None:
        if self.listener is not None:
            listener, self.listener = self.listener, None
            self._tasks.spawn(listener.aclose())

    def done(self, result: int) -> None:
        self._close_listener()
        super().done(result)


class ShopsWidget(QWidget):
    """The shops list: name, country, status; Add, Reconnect, Remove.

    ``shopsChanged`` fires after a shop was added, reconnected or removed, so the station
    can open or close that shop's client.
    """

    shopsChanged = Signal()

    def __init__(
        self,
        service: ShopService,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shopsWidget")
        self._service = service
        self._open_url = open_url
        self.dialog: ShopDialog | None = None
        self.confirm: QMessageBox | None = None

        self.table = _named(QTableWidget(0, 3), "shopsTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShopsWidget", "Shop"),
                QCoreApplication.translate("ShopsWidget", "Country"),
                QCoreApplication.translate("ShopsWidget", "Status"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.add_button = _named(
            QPushButton(QCoreApplication.translate("ShopsWidget", "Add shop…")), "shopAdd"
        )
        self.reconnect_button = _named(
            QPushButton(QCoreApplication.translate("ShopsWidget", "Reconnect…")), "shopReconnect"
        )
        self.remove_button = _named(
            QPushButton(QCoreApplication.translate("ShopsWidget", "Remove")), "shopRemove"
        )
        self.message = _named(QLabel(), "shopsMessage")
        self.message.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.reconnect_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_shop)
        self.reconnect_button.clicked.connect(self.reconnect_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------ view
    def refresh(self) -> None:
        """Re-read the shops and their token status (call after a sync or a refresh)."""
        selected = self.selected_shop_id()
        rows = self._service.statuses()
        self.table.setRowCount(len(rows))
        for i, (shop, status) in enumerate(rows):
            self._set_row(i, shop, status)
            if shop.shop_id == selected:
                self.table.selectRow(i)
        if rows and not self.selected_shop_id():
            self.table.selectRow(0)  # Reconnect/Remove are one click away
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _set_row(self, i: int, shop: ShopConfig, status: ShopStatus) -> None:
        name = QTableWidgetItem(shop.name)
        name.setData(Qt.ItemDataRole.UserRole, shop.shop_id)
        country = ", ".join(c.upper() for c in shop.seller_ids) or shop.region.upper()
        text = status.message if not status.warning else f"{status.message} — {status.warning}"
        state = QTableWidgetItem(text)
        state.setForeground(QColor(_STATE_COLOURS[status.state]))
        state.setToolTip(text)
        self.table.setItem(i, 0, name)
        self.table.setItem(i, 1, QTableWidgetItem(country))
        self.table.setItem(i, 2, state)

    def status_text(self, shop_id: str) -> str:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == shop_id:
                status = self.table.item(i, 2)
                return status.text() if status is not None else ""
        return ""

    def selected_shop_id(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return ""
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, shop_id: str) -> None:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == shop_id:
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        has = bool(self.selected_shop_id())
        self.reconnect_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # --------------------------------------------------------- actions
    def add_shop(self) -> ShopDialog:
        return self._open_dialog("")

    def reconnect_selected(self) -> ShopDialog | None:
        shop_id = self.selected_shop_id()
        return self._open_dialog(shop_id) if shop_id else None

    def _open_dialog(self, shop_id: str) -> ShopDialog:
        dialog = ShopDialog(self._service, self, shop_id=shop_id, open_url=self._open_url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shopConnected.connect(self._connected)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _connected(self, shop_id: str) -> None:
        self.refresh()
        self.select(shop_id)
        self.message.setText("")
        self.shopsChanged.emit()

    def remove_selected(self) -> QMessageBox | None:
        shop_id = self.selected_shop_id()
        if not shop_id:
            return None
        name = self._service.get(shop_id).name
        question = (
            QCoreApplication.translate(
                "ShopsWidget",
                "Remove %1 from every station of the warehouse?\n\nIts app secret and tokens "
                "are deleted from the warehouse database; every station stops opening it at its "
                "next start. Orders already packed stay in the journal.",
            )
            if self._service.is_shared(shop_id)
            else QCoreApplication.translate(
                "ShopsWidget",
                "Remove %1 from this station?\n\nIts app secret and tokens are deleted "
                "from the system keyring; orders already packed stay in the journal.",
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ShopsWidget", "Remove shop"),
            arg(question, name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("shopRemoveConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self._remove(shop_id) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        self.confirm = box
        box.open()
        return box

    def _remove(self, shop_id: str) -> None:
        try:
            self._service.remove(shop_id)
        except KnownError as err:
            self.message.setText(_known_text(err))
            return
        self.refresh()
        self.shopsChanged.emit()
