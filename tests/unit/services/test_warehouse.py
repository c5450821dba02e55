"""The warehouse key's life on one station, against fakes of the database and the keyring:
created once, never two keys for one warehouse, a wrong key named as such; the database
address saved without its password."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from lazpack.config import Settings
from lazpack.domain.ports import SharedSecrets, StoredTokens
from lazpack.domain.warehouse import WarehouseInfo, format_key, key_id, new_key
from lazpack.errors import ConfigError, CredentialStoreError
from lazpack.services.warehouse import Warehouse, WarehouseSetup


class FakeVault:
    def __init__(self, key: bytes) -> None:
        self.key = key

    async def load(self, shop_id: str) -> SharedSecrets | None:
        return None

    def load_now(self, shop_id: str) -> SharedSecrets | None:
        return None

    async def store(self, shop_id: str, secrets: SharedSecrets) -> int:
        return 1

    async def refresh_locked(
        self,
        shop_id: str,
        *,
        seen_version: int,
        refresh: Callable[[SharedSecrets], Awaitable[StoredTokens]],
    ) -> SharedSecrets:
        raise NotImplementedError


class FakeDb:
    """The warehouse database's key fingerprint: the first one recorded wins."""

    where = "postgresql://wh@db/wh"

    def __init__(self, held: str | None = None, *, racer: str | None = None) -> None:
        self.held = held
        #: another station records its key between this one's read and its insert
        self.racer = racer

    def held_key_id(self) -> str | None:
        return self.held

    def adopt_key_id(self, key_id: str) -> str:
        if self.racer is not None and self.held is None:
            self.held = self.racer
        if self.held is None:
            self.held = key_id
        return self.held

    def shop_configs(self) -> list[dict[str, Any]]:
        return []

    def save_shop(self, shop_id: str, config: dict[str, Any]) -> None:
        pass

    def remove_shop(self, shop_id: str) -> None:
        pass

    def vault(self, key: bytes) -> FakeVault:
        return FakeVault(key)


class FakeKeyring:
    def __init__(self, key: bytes | None = None) -> None:
        self.key = key
        self.password: str | None = None

    def get_warehouse_key(self) -> bytes | None:
        return self.key

    def set_warehouse_key(self, key: bytes) -> None:
        self.key = key

    def delete_warehouse_key(self) -> None:
        self.key = None

    def get_database_password(self) -> str | None:
        return self.password

    def set_database_password(self, password: str) -> None:
        self.password = password

    def delete_database_password(self) -> None:
        self.password = None


def test_the_first_station_creates_the_key_and_records_its_fingerprint() -> None:
    db, keyring = FakeDb(), FakeKeyring()
    vault = Warehouse(db, keyring).ensure_key()
    assert keyring.key is not None
    assert isinstance(vault, FakeVault) and vault.key == keyring.key
    assert db.held == key_id(keyring.key)
    # later calls keep that key
    assert Warehouse(db, keyring).ensure_key().key == keyring.key  # type: ignore[attr-defined]


def test_two_stations_creating_a_key_at_once_end_with_one_key() -> None:
    db = FakeDb(racer=key_id(new_key()))
    keyring = FakeKeyring()
    with pytest.raises(CredentialStoreError, match="not joined") as err:
        Warehouse(db, keyring).ensure_key()
    assert keyring.key is None  # its own key is gone again: it joins with the winner's
    assert "Join this warehouse" in err.value.hint


def test_a_station_without_the_key_or_with_another_one_is_told_to_join() -> None:
    key = new_key()
    with pytest.raises(CredentialStoreError, match="not joined"):
        Warehouse(FakeDb(held=key_id(key)), FakeKeyring()).vault()
    with pytest.raises(CredentialStoreError, match="not the key of this warehouse"):
        Warehouse(FakeDb(held=key_id(key)), FakeKeyring(new_key())).ensure_key()
    vault = Warehouse(FakeDb(held=key_id(key)), FakeKeyring(key)).vault()
    assert isinstance(vault, FakeVault) and vault.key == key


def _setup(settings: Settings, keyring: FakeKeyring, held: str) -> WarehouseSetup:
    saved: list[Settings] = []

    async def inspect(dsn: str) -> WarehouseInfo:
        return WarehouseInfo("postgresql://wh@db/wh", "16.2", 4, held, 2)

    async def join(dsn: str, kid: str) -> str:
        return held

    return WarehouseSetup(
        settings, keyring, save=lambda: saved.append(settings), inspect=inspect, join=join
    )


@pytest.mark.asyncio
async def test_setup_keeps_the_password_in_the_keyring_and_checks_the_typed_key() -> None:
    key = new_key()
    settings, keyring = Settings(), FakeKeyring()
    setup = _setup(settings, keyring, key_id(key))
    setup.save("postgresql://wh:pw-123456@db/wh", "")
    assert settings.warehouse_url == "postgresql://wh@db/wh"
    assert keyring.password == "pw-123456"
    assert setup.dsn() == "postgresql://wh:pw-123456@db/wh"
    text = await setup.test("postgresql://wh@db/wh", "")
    assert "2 shop" in text
    assert "not joined yet" in text
    with pytest.raises(ConfigError, match="not this warehouse's key"):
        await setup.join(settings.warehouse_url, "", format_key(new_key()))
    assert keyring.key is None
    assert "joined" in await setup.join(settings.warehouse_url, "", format_key(key))
    assert keyring.key == key
    assert "has the warehouse key" in await setup.test(settings.warehouse_url, "")
    # another database without a password: the old password goes
    setup.save("postgresql://wh@other/wh", "")
    assert keyring.password is None
    # back to this PC's own journal
    setup.save("", "")
    assert settings.warehouse_url == ""
