"""What a packer sees of the warehouse on a station that shares a PostgreSQL database.

* **The database banner**: while the warehouse database cannot be reached, a big red bar
  across the window says so and what it means — scans are kept, but no new order can be
  opened (nobody could know whether another station packs it) and the open order's Lazada
  steps wait until they can be recorded. It stays until the database is back, then goes, and
  the status bar says it is back.
* **"Packing at"** in the orders list: which station and packer have an order open, and since
  when, for every order some station holds (this station's own too), kept current by the
  core's ``ClaimsWatch`` (it reads the claims off the GUI thread every few seconds, and at
  once when this station claims or releases).

``install_warehouse_view`` wires both to a window; the station core (``lazpack.station``)
reaches it only through the ports it was given (``WarehouseCore``), never the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from lazpack.domain.orderbook import Key
from lazpack.domain.ports import ClaimHolder
from lazpack.i18n import arg
from lazpack.ui.main_window import MainWindow
from lazpack.ui.orders_model import Column

#: (background, text): a red that cannot be mistaken for the amber DEMO bar
DATABASE_BANNER = ("#c62828", "#ffffff")
#: the "Packing at" column's first width: "Station 12 · Ana · 40 s ago" whole
PACKING_WIDTH = 230
#: how long "the warehouse database is back" stays in the status bar
BACK_MESSAGE_MS = 10_000


class ClaimsFeed(Protocol):
    """``lazpack.services.claims.ClaimsWatch`` as the window sees it."""

    @property
    def listeners(self) -> list[Callable[[dict[Key, ClaimHolder]], None]]: ...

    @property
    def holders(self) -> dict[Key, ClaimHolder]: ...


class WarehouseCore(Protocol):
    """What the view needs of the station core (``lazpack.station.StationCore``)."""

    @property
    def database_up(self) -> bool: ...

    @property
    def database_listeners(self) -> list[Callable[[bool], None]]: ...

    @property
    def claims_watch(self) -> ClaimsFeed | None: ...


def banner_text(since: datetime) -> str:
    return arg(
        QCoreApplication.translate(
            "WarehouseView",
            "⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new "
            "order can be opened or claimed, and the open order's Lazada steps wait until the "
            "database is back. Reconnecting…",
        ),
        f"{since:%H:%M:%S}",
    )


class DatabaseBanner(QLabel):
    """The red bar shown while the warehouse database is away (module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseBanner")
        bg, fg = DATABASE_BANNER
        self.setStyleSheet(
            f"background:{bg}; color:{fg}; font-weight:bold; font-size:14pt; padding:8px;"
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setVisible(False)
        self.since: datetime | None = None

    def set_database_up(self, up: bool, now: datetime | None = None) -> None:
        if up:
            self.since = None
            self.setVisible(False)
            return
        if self.since is None:
            self.since = now or datetime.now().astimezone()
        self.setText(banner_text(self.since))
        self.setVisible(True)


class WarehouseView(QObject):
    """Keeps the banner and the "Packing at" column of one window current."""

    def __init__(self, window: MainWindow, core: WarehouseCore, *, station_id: str) -> None:
        super().__init__(window)
        self.window = window
        self.station_id = station_id
        self.banner = DatabaseBanner(window)
        place_under_demo_banner(window, self.banner)
        window.view.setColumnHidden(Column.PACKING, False)
        header = window.view.horizontalHeader()
        header.moveSection(header.visualIndex(Column.PACKING), 2)  # after order and status
        if window.view.columnWidth(Column.PACKING) in (0, header.defaultSectionSize()):
            window.view.setColumnWidth(Column.PACKING, PACKING_WIDTH)  # not a saved width
        core.database_listeners.append(self.database_state)
        if not core.database_up:
            self.database_state(False)
        watch = core.claims_watch
        if watch is not None:
            watch.listeners.append(self.claims_changed)
            self.claims_changed(watch.holders)

    def database_state(self, up: bool) -> None:
        was_down = self.banner.isVisible()
        self.banner.set_database_up(up)
        if up and was_down:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("StationCore", "The warehouse database is back."),
                BACK_MESSAGE_MS,
            )

    def claims_changed(self, holders: dict[Key, ClaimHolder]) -> None:
        self.window.model.set_claims(holders, self.station_id)


def place_under_demo_banner(window: MainWindow, banner: QWidget) -> None:
    """Put ``banner`` right under the DEMO bar, above the scan field."""
    parent = window.banner.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QBoxLayout):
        raise RuntimeError("the station window has no layout to hold the database banner")
    layout.insertWidget(layout.indexOf(window.banner) + 1, banner)


def install_warehouse_view(
    window: MainWindow, core: WarehouseCore, station_id: str
) -> WarehouseView:
    """The warehouse's banner and "Packing at" column on ``window`` (a PostgreSQL station)."""
    return WarehouseView(window, core, station_id=station_id)
