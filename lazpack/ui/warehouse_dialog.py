"""Settings → Warehouse: the shared database's address, "Test connection", the warehouse key.

Several stations share one PostgreSQL database (a warehouse). Here a station is pointed at it
(the address is saved without its password; the password goes to the keyring), the
connection is tested, the warehouse key is shown — after a confirmation, in a box that forgets
it when it closes — on a station that has it, and typed once on a station that joins.
Everything the page does goes through ``lazpack.services.warehouse.WarehouseSetup``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazpack.errors import KnownError
from lazpack.i18n import arg
from lazpack.services.warehouse import WarehouseSetup
from lazpack.ui.screen_redaction import screen_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("WarehouseDialog", text)


def _known(err: KnownError) -> str:
    return screen_text(f"{err.user_message} {err.hint}".strip())


class KeyDialog(QDialog):
    """Shows the warehouse key once; the text is wiped when the box closes."""

    def __init__(self, shown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warehouseKeyDialog")
        self.setWindowTitle(QCoreApplication.translate("WarehouseDialog", "Warehouse key"))
        self.field = QLineEdit(shown)
        self.field.setObjectName("warehouseKey")
        self.field.setReadOnly(True)
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(shown) + 24)
        note = QLabel(
            QCoreApplication.translate(
                "WarehouseDialog",
                "Type this key at the station that joins (Settings → Warehouse → Join this "
                "warehouse). Anyone with it and the database can read the shops' secrets: do "
                "not send it by e-mail or chat, and close this box when done.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(self.field)
        lay.addWidget(buttons)
        self.finished.connect(self._forget)

    def _forget(self, _result: int) -> None:
        self.field.clear()  # not kept on screen (nor in the widget) after the box closed


class JoinDialog(QDialog):
    """Type the warehouse key shown on a station that has it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinWarehouseDialog")
        self.setWindowTitle(QCoreApplication.translate("WarehouseDialog", "Join this warehouse"))
        intro = QLabel(
            QCoreApplication.translate(
                "WarehouseDialog",
                "On a station that is already set up, open Settings → Warehouse → Show "
                "warehouse key, and type the key here (spaces do not matter).",
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("joinKey")
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("xxxx xxxx xxxx …")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.key)
        lay.addWidget(buttons)
        #: what was typed, taken out of the field as the box closes
        self.typed = ""

    def done(self, result: int) -> None:
        self.typed = self.key.text() if result == QDialog.DialogCode.Accepted else ""
        self.key.clear()
        super().done(result)


class WarehouseDialog(QDialog):
    """Settings → Warehouse (module docstring)."""

    def __init__(self, setup: WarehouseSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warehouseDialog")
        self.setWindowTitle(QCoreApplication.translate("WarehouseDialog", "Warehouse"))
        self.setup = setup
        self._tasks: set[asyncio.Task[Any]] = set()
        self.key_dialog: KeyDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self.confirm: QMessageBox | None = None

        intro = QLabel(
            QCoreApplication.translate(
                "WarehouseDialog",
                "Stations of one warehouse share a PostgreSQL database: each order is packed at "
                "one station, each shop is synced by one and authorized once for all. Leave the "
                "address empty to keep this PC's own journal.",
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(setup.url)
        self.url.setObjectName("warehouseUrl")
        self.url.setPlaceholderText("postgresql://user@server:5432/database")
        self.password = QLineEdit()
        self.password.setObjectName("warehousePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("WarehouseDialog", "saved in the keyring")
            if setup.has_saved_password()
            else QCoreApplication.translate("WarehouseDialog", "the database user's password")
        )
        self.test_button = QPushButton(
            QCoreApplication.translate("WarehouseDialog", "&Test connection")
        )
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.answer = QLabel()
        self.answer.setObjectName("warehouseResult")
        self.answer.setWordWrap(True)
        running = (
            arg(
                QCoreApplication.translate("WarehouseDialog", "This station runs on %1 now."),
                setup.running_on,
            )
            if setup.running_on
            else QCoreApplication.translate(
                "WarehouseDialog", "This station runs on this PC's own journal now."
            )
        )
        note = QLabel(
            " ".join(
                (
                    running,
                    QCoreApplication.translate(
                        "WarehouseDialog",
                        "A new address applies at the next start of lazpack. The password is "
                        "kept in this PC's keyring, never in the settings file.",
                    ),
                )
            )
        )
        note.setObjectName("warehouseNote")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WarehouseDialog", "Database address"), self.url)
        form.addRow(QCoreApplication.translate("WarehouseDialog", "Password"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)

        keys = QGroupBox(QCoreApplication.translate("WarehouseDialog", "Warehouse key"))
        self.key_state = QLabel()
        self.key_state.setObjectName("warehouseKeyState")
        self.key_state.setWordWrap(True)
        self.show_button = QPushButton(
            QCoreApplication.translate("WarehouseDialog", "&Show warehouse key…")
        )
        self.show_button.setObjectName("showWarehouseKey")
        self.show_button.clicked.connect(self.ask_to_show_key)
        self.join_button = QPushButton(
            QCoreApplication.translate("WarehouseDialog", "&Join this warehouse…")
        )
        self.join_button.setObjectName("joinWarehouse")
        self.join_button.clicked.connect(self.open_join)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.show_button)
        key_buttons.addWidget(self.join_button)
        key_buttons.addStretch(1)
        key_lay = QVBoxLayout(keys)
        key_lay.addWidget(self.key_state)
        key_lay.addLayout(key_buttons)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveWarehouse")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.answer)
        lay.addWidget(keys)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.update_key_state()
        self.setMinimumWidth(560)

    # ------------------------------------------------------------ helpers
    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)  # strong reference (design.md §3)
        task.add_done_callback(self._tasks.discard)
        return task

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.answer.setProperty("problem", problem)
        self.answer.setStyleSheet("color: #b00020;" if problem else "")
        self.answer.setText(screen_text(text))

    def update_key_state(self) -> None:
        try:
            mine = self.setup.key_fingerprint()
        except KnownError as err:
            self.key_state.setText(_known(err))
            self.show_button.setEnabled(False)
            return
        if mine is None:
            self.key_state.setText(
                QCoreApplication.translate(
                    "WarehouseDialog",
                    "This station has no warehouse key. Join this warehouse with the key shown "
                    "on a station that is already set up; the first station of a new warehouse "
                    "creates the key when it authorizes a shop.",
                )
            )
        else:
            self.key_state.setText(
                arg(
                    QCoreApplication.translate(
                        "WarehouseDialog", "This station has the warehouse key (fingerprint %1)."
                    ),
                    mine,
                )
            )
        self.show_button.setEnabled(mine is not None)

    # ------------------------------------------------------------ actions
    def test(self) -> asyncio.Task[Any]:
        self._say(QCoreApplication.translate("WarehouseDialog", "Connecting…"))
        self.test_button.setEnabled(False)
        return self._spawn(self._test(self.url.text(), self.password.text()))

    async def _test(self, url: str, password: str) -> None:
        try:
            self._say(await self.setup.test(url, password))
        except KnownError as err:
            self._say(_known(err), problem=True)
        finally:
            self.test_button.setEnabled(True)

    def save(self) -> None:
        try:
            text = self.setup.save(self.url.text(), self.password.text())
        except KnownError as err:
            self._say(_known(err), problem=True)  # the dialog stays open: nothing is lost
            return
        self.password.clear()
        self.url.setText(self.setup.url)
        self._say(text)
        self.accept()

    def ask_to_show_key(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("WarehouseDialog", "Show the warehouse key?"),
            QCoreApplication.translate(
                "WarehouseDialog",
                "The warehouse key unlocks the secrets of every shop of this warehouse. Show "
                "it only to type it at a station that joins, with nobody else looking.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmShowKey")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._confirmed)
        self.confirm = box
        box.open()
        return box

    def _confirmed(self, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            shown = self.setup.shown_key()
        except KnownError as err:
            self._say(_known(err), problem=True)
            return
        dlg = KeyDialog(shown, self)
        del shown
        self.key_dialog = dlg
        dlg.open()

    def open_join(self) -> JoinDialog:
        dlg = JoinDialog(self)
        self.join_dialog = dlg
        dlg.accepted.connect(lambda: self._spawn(self._join(dlg)))
        dlg.open()
        return dlg

    async def _join(self, dlg: JoinDialog) -> None:
        typed, dlg.typed = dlg.typed, ""
        self._say(QCoreApplication.translate("WarehouseDialog", "Checking the key…"))
        try:
            self._say(await self.setup.join(self.url.text(), self.password.text(), typed))
        except KnownError as err:
            self._say(_known(err), problem=True)
        self.update_key_state()
