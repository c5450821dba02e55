"""The station's status bar: connection, last sync, sync progress, the sync's problem text,
the shops' connection line and the packer.

Everything here may carry a server's or a scanned card's words, so every line is a bounded
label (issue 21): the bar never widens the window. Problems are shown here, never in a dialog.
Its texts keep the ``MainWindow`` translation context they were written under.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressBar, QPushButton, QSizePolicy, QStatusBar, QWidget

from lazpack.domain.orderbook import Tab
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.services.sync import Connection, SyncState
from lazpack.ui import theme
from lazpack.ui.bounded_label import BoundedLabel
from lazpack.ui.progress import show_progress

CONNECTION_TEXT = {
    Connection.CONNECTING: QT_TRANSLATE_NOOP("MainWindow", "Connecting…"),
    Connection.ONLINE: QT_TRANSLATE_NOOP("MainWindow", "● Online"),
    Connection.OFFLINE: QT_TRANSLATE_NOOP("MainWindow", "● Offline"),
    Connection.RATE_LIMITED: QT_TRANSLATE_NOOP("MainWindow", "● Rate limited"),
    Connection.AUTH: QT_TRANSLATE_NOOP("MainWindow", "● Shop authorization needed"),
    Connection.ERROR: QT_TRANSLATE_NOOP("MainWindow", "● Sync error"),
}


def status_label(text: str) -> BoundedLabel:
    """A status-bar label that shows its text whole up to a bound, never more."""
    label = BoundedLabel(text)
    label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
    return label


class StationStatusBar(QStatusBar):
    """The bar under the station window. ``on_reconnect`` runs when the packer asks to
    reconnect a shop that lost its connection."""

    def __init__(self, on_reconnect: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self._sync_states: dict[str, SyncState] = {}
        self.connection_label = status_label(
            QCoreApplication.translate("MainWindow", CONNECTION_TEXT[Connection.CONNECTING])
        )
        self.connection_label.setObjectName("connectionLabel")
        self.sync_label = status_label(QCoreApplication.translate("MainWindow", "Not synced yet"))
        self.sync_label.setObjectName("lastSyncLabel")
        self.problem_label = BoundedLabel("")  # Lazada's text: elided, whole in the tooltip
        self.problem_label.setObjectName("problemLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(QCoreApplication.translate("MainWindow", "Syncing %v / %m"))
        self.progress.setVisible(False)
        #: on a warehouse database: which station talks to Lazada for the shops
        self.leader_label = status_label("")
        self.leader_label.setObjectName("syncLeaderLabel")
        self.leader_label.setVisible(False)
        self.addWidget(self.problem_label, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.leader_label)
        self.addPermanentWidget(self.sync_label)
        self.addPermanentWidget(self.connection_label)

        self.packer_status = status_label("")  # a packer's name comes from a scanned card
        self.packer_status.setObjectName("packerStatus")
        self.shops_status = BoundedLabel("")
        self.shops_status.setObjectName("shopsStatus")
        self.shops_button = QPushButton(QCoreApplication.translate("MainWindow", "Reconnect…"))
        self.shops_button.setObjectName("shopsReconnect")
        self.shops_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shops_button.setVisible(False)
        self.shops_button.clicked.connect(on_reconnect)
        self.addPermanentWidget(self.shops_status)
        self.addPermanentWidget(self.shops_button)
        self.addPermanentWidget(self.packer_status)

    def set_packer(self, name: str) -> None:
        self.packer_status.setText(
            arg(QCoreApplication.translate("MainWindow", "Packer: %1"), name)
            if name
            else QCoreApplication.translate("MainWindow", "No packer — scan your card")
        )

    def set_shops_status(self, text: str, *, problem: bool = False) -> None:
        """One line about the shops' connections (expiring, disconnected); no dialogs."""
        self.shops_status.setText(text)
        colour = theme.tab_colour(Tab.PROBLEMS).name() if problem else ""
        self.shops_status.setStyleSheet(f"color:{colour}; font-weight:bold;" if colour else "")
        self.shops_button.setVisible(problem)

    def set_sync_state(self, state: SyncState) -> None:
        """Show one shop's sync state."""
        self._sync_states[state.shop_id] = state
        self.connection_label.setText(
            QCoreApplication.translate("MainWindow", CONNECTION_TEXT[state.connection])
        )
        ok = state.connection in (Connection.ONLINE, Connection.CONNECTING)
        colour = theme.tab_colour(Tab.READY if ok else Tab.PROBLEMS).name()
        # ~20 progress ticks a second during a full sync while the packer scans: restyle only
        # on a change (setting a style sheet re-polishes the widget).
        _restyle(self.connection_label, f"color:{colour}; font-weight:bold;")
        if state.progress is not None and state.syncing:
            done, total = state.progress
            self.progress.setVisible(True)
            show_progress(self.progress, done, max(total, 1))
        else:
            self.progress.setVisible(False)
        self.show_sync_age()
        self._show_leaders()
        text = (
            arg(QCoreApplication.translate("MainWindow", "%1 — %2"), state.message, state.hint)
            if state.hint
            else state.message
        )
        self.problem_label.setText(text)
        if state.detail:
            self.problem_label.setToolTip(f"{text}\n{state.detail}" if text else state.detail)
        _restyle(self.problem_label, f"color:{colour}; font-weight:bold;" if text else "")

    def _show_leaders(self) -> None:
        """ "Lazada sync: Station 2" — which station syncs the shops (a warehouse only)."""
        names: list[str] = []
        for s in self._sync_states.values():
            if s.leading:
                name = QCoreApplication.translate("MainWindow", "this station")
            elif s.leader:
                name = s.leader
            else:
                continue
            if name not in names:
                names.append(name)
        self.leader_label.setVisible(bool(names))
        if names:
            self.leader_label.setText(
                arg(QCoreApplication.translate("MainWindow", "Lazada sync: %1"), ", ".join(names))
            )
            self.leader_label.setToolTip(
                QCoreApplication.translate(
                    "MainWindow",
                    "One station of the warehouse talks to Lazada for each shop; the others "
                    "read the orders it synced from the warehouse database.",
                )
            )

    def show_sync_age(self) -> None:
        """ "Synced 10:42:05 (3 min ago)": the newest sync of any shop."""
        last = [s.last_sync_at for s in self._sync_states.values() if s.last_sync_at]
        if not last:
            return
        newest = max(last)
        age = int((datetime.now(UTC) - newest).total_seconds())
        when = (
            QCoreApplication.translate("MainWindow", "just now")
            if age < 60
            else QCoreApplication.translate("MainWindow", "%n min ago", None, age // 60)
        )
        self.sync_label.setText(
            arg(
                QCoreApplication.translate("MainWindow", "Synced %1 (%2)"),
                f"{newest.astimezone():%H:%M:%S}",
                when,
            )
        )


def _restyle(widget: QWidget, sheet: str) -> None:
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
