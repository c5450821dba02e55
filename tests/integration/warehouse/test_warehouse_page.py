"""Settings → Warehouse as a shop owner uses it (offscreen Qt, a real PostgreSQL database).

Point the station at the database (the password typed into the address goes to the keyring,
never into settings.json), test the connection, join with the key, show the key after a
confirmation (gone from the widget once the box closes), and be told plainly about a wrong
key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lazpack.config import Paths, Settings
from lazpack.credentials import CredentialStore
from lazpack.domain.warehouse import format_key, new_key, split_password
from lazpack.station_wiring import warehouse_dsn, warehouse_setup
from lazpack.ui.settings_dialog import SettingsDialog
from lazpack.ui.warehouse_dialog import WarehouseDialog
from tests.helpers.e2e import until
from tests.helpers.keyrings import MemoryKeyring

PASSWORD = "Wh-s3cret-Pw0rd"


class Desk:
    """One station's settings file and keyring."""

    def __init__(self, folder: Path) -> None:
        self.paths = Paths.for_data_dir(folder)
        self.paths.ensure()
        self.settings = Settings.load(self.paths.settings_file)
        self.keyring = MemoryKeyring()
        self.store = CredentialStore(backend=self.keyring)

    def save(self) -> None:
        self.settings.save(self.paths.settings_file)

    def dialog(self, qtbot: object) -> WarehouseDialog:
        setup = warehouse_setup(self.settings, self.save, credentials=self.store)
        settings_dialog = SettingsDialog(self.settings, warehouse=setup)
        qtbot.addWidget(settings_dialog)  # type: ignore[attr-defined]
        dlg = settings_dialog.open_warehouse()
        assert isinstance(dlg, WarehouseDialog)
        return dlg


def _with_password(dsn: str) -> str:
    scheme, rest = dsn.split("://", 1)
    user, hosts = rest.split("@", 1)
    return f"{scheme}://{user}:{PASSWORD}@{hosts}"


@pytest.mark.asyncio
async def test_the_address_is_saved_without_its_password_and_start_up_gets_it_back(
    qtbot: object, tmp_path: Path, pg_dsn: str
) -> None:
    desk = Desk(tmp_path / "a")
    dlg = desk.dialog(qtbot)
    dlg.url.setText(_with_password(pg_dsn))
    dlg.test_button.click()
    await until(lambda: "Connected to" in dlg.answer.text(), "the connection test answered")
    assert "empty" in dlg.answer.text()  # a new database: set up at the next start
    assert PASSWORD not in dlg.answer.text()

    dlg.save_button.click()
    assert not dlg.isVisible()
    raw = desk.paths.settings_file.read_bytes()
    assert PASSWORD.encode() not in raw
    assert desk.settings.warehouse_url == pg_dsn
    assert pg_dsn.encode() in raw
    assert desk.keyring.entries[("lazpack", "_warehouse:database_password")] == PASSWORD
    # the next start connects with the keyring's password (in memory only)
    reloaded = Settings.load(desk.paths.settings_file)
    assert warehouse_dsn(reloaded, desk.store) == _with_password(pg_dsn)
    # a password in its own field is kept the same way; a bad address is refused, nothing lost
    dlg = desk.dialog(qtbot)
    assert dlg.password.placeholderText() == "saved in the keyring"
    dlg.url.setText("mysql://root@db/wh")
    dlg.save_button.click()
    assert dlg.isVisible()
    assert "postgresql://" in dlg.answer.text()
    assert Settings.load(desk.paths.settings_file).warehouse_url == pg_dsn
    dlg.close()


@pytest.mark.asyncio
async def test_join_then_show_the_key_after_a_confirmation(
    qtbot: object, tmp_path: Path, pg_dsn: str
) -> None:
    first, second = Desk(tmp_path / "a"), Desk(tmp_path / "b")
    key = new_key()
    # the first desk joins a new database with a key: that key is the warehouse's now
    dlg = first.dialog(qtbot)
    dlg.url.setText(pg_dsn)
    assert not dlg.show_button.isEnabled()
    join = dlg.open_join()
    join.key.setText(format_key(key))
    join.accept()
    assert join.key.text() == ""
    await until(lambda: "joined" in dlg.answer.text(), "the join answered")
    assert first.store.get_warehouse_key() == key
    assert dlg.show_button.isEnabled()

    # showing it asks first; Cancel shows nothing
    box = dlg.ask_to_show_key()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dlg.key_dialog is None
    box = dlg.ask_to_show_key()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dlg.key_dialog is not None
    shown = dlg.key_dialog.field.text()
    assert shown == format_key(key)
    dlg.key_dialog.close()
    assert dlg.key_dialog.field.text() == ""  # not kept once the box is closed

    # a second desk typing another key is told so, and keeps no key
    dlg2 = second.dialog(qtbot)
    dlg2.url.setText(pg_dsn)
    join = dlg2.open_join()
    join.key.setText(format_key(new_key()))
    join.accept()
    await until(lambda: "not this warehouse's key" in dlg2.answer.text(), "the refusal")
    assert "Show warehouse key" in dlg2.answer.text()
    assert second.store.get_warehouse_key() is None
    # the right key joins it
    join = dlg2.open_join()
    join.key.setText(shown.replace(" ", ""))
    join.accept()
    await until(lambda: "joined" in dlg2.answer.text(), "the join answered")
    assert second.store.get_warehouse_key() == key
    dlg2.test_button.click()
    await until(lambda: "has the warehouse key" in dlg2.answer.text(), "the test answered")
    dlg.close()
    dlg2.close()


def test_an_address_keeps_its_options_but_never_a_password() -> None:
    assert split_password("postgresql://ana:p%40ss@db.local:5433/wh?sslmode=require") == (
        "postgresql://ana@db.local:5433/wh?sslmode=require",
        "p@ss",
    )
    assert split_password("postgres://ana@db/wh?password=hunter2") == (
        "postgres://ana@db/wh",
        "hunter2",
    )
    from lazpack.errors import ConfigError

    with pytest.raises(ConfigError, match="sslpassword"):
        split_password("postgresql://ana@db/wh?sslpassword=x")
    with pytest.raises(ConfigError, match="names no database"):
        split_password("postgresql://ana@db")
