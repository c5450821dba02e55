"""Authorize once per warehouse: the warehouse key, the shared shops, Settings → Warehouse.

A warehouse is several stations on one PostgreSQL database. A shop authorized on any of
them is stored there for all: its ``ShopConfig`` in clear (nothing secret), its app secret
and tokens sealed with the *warehouse key* (``lazpack.storage.pg.vault``). The key never
leaves a station's OS keyring in clear except when a person asks to see it (Settings →
Warehouse → Show warehouse key, after a confirmation) to type it once at a joining station
(Join this warehouse). The database keeps only its fingerprint (``key_id``), recorded by the
first station that creates the key — so a mistyped key, or a second station creating a key
of its own at the same moment, is told so instead of sealing secrets nobody else can open.

:class:`Warehouse` is that as a running station's shop service sees it; :class:`WarehouseSetup`
is the settings page's side: the database address (its password goes to the keyring, never
to the settings file), "Test connection", show and join.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from lazpack.config import Settings
from lazpack.domain.ports import CredentialsPort, SharedSecrets, SharedSecretsPort
from lazpack.domain.warehouse import (
    WarehouseInfo,
    format_key,
    key_id,
    new_key,
    parse_key,
    split_password,
    with_password,
)
from lazpack.errors import ConfigError, CredentialStoreError, KnownError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secret

_log = get_logger("warehouse")


class WarehouseVault(SharedSecretsPort, Protocol):
    """The shop secrets sealed with this station's warehouse key."""

    def load_now(self, shop_id: str) -> SharedSecrets | None:
        """``load`` off the event loop (the station opens its shops on a worker thread)."""
        ...


class WarehouseDb(Protocol):
    """The warehouse database as the shop service needs it (``lazpack.storage.pg.warehouse``)."""

    @property
    def where(self) -> str: ...

    def held_key_id(self) -> str | None: ...

    def adopt_key_id(self, key_id: str) -> str:
        """Record ``key_id`` unless one is recorded; the one recorded now."""
        ...

    def shop_configs(self) -> list[dict[str, Any]]: ...

    def save_shop(self, shop_id: str, config: dict[str, Any]) -> None: ...

    def remove_shop(self, shop_id: str) -> None: ...

    def vault(self, key: bytes) -> WarehouseVault: ...


class WarehouseKeyring(Protocol):
    """This station's keyring entries of the warehouse (``lazpack.credentials``)."""

    def get_warehouse_key(self) -> bytes | None: ...

    def set_warehouse_key(self, key: bytes) -> None: ...

    def delete_warehouse_key(self) -> None: ...

    def get_database_password(self) -> str | None: ...

    def set_database_password(self, password: str) -> None: ...

    def delete_database_password(self) -> None: ...


class StationKeyring(CredentialsPort, WarehouseKeyring, Protocol):
    """Everything a station keeps in its keyring (``lazpack.credentials.CredentialStore``)."""


def join_hint() -> str:
    return translate(
        "Warehouse",
        "Open Settings → Warehouse → Join this warehouse on this station and type the key shown "
        "on a station that is already set up (Settings → Warehouse → Show warehouse key).",
    )


def not_joined() -> CredentialStoreError:
    """This station has no warehouse key but the warehouse has one."""
    return CredentialStoreError(
        translate(
            "Warehouse",
            "This station has not joined the warehouse yet, so it cannot open the warehouse's "
            "shops.",
        ),
        hint=join_hint(),
    )


def key_mismatch() -> CredentialStoreError:
    return CredentialStoreError(
        translate(
            "Warehouse",
            "This station's warehouse key is not the key of this warehouse's database.",
        ),
        hint=join_hint(),
    )


class Warehouse:
    """The warehouse as one station's shop service sees it (module docstring)."""

    def __init__(self, db: WarehouseDb, keyring: WarehouseKeyring) -> None:
        self.db = db
        self._keyring = keyring
        self._vault: WarehouseVault | None = None

    @property
    def where(self) -> str:
        return self.db.where

    def vault(self) -> WarehouseVault:
        """The vault under this station's key; raises ``CredentialStoreError`` naming the
        remedy when the station has not joined (or holds another warehouse's key)."""
        if self._vault is None:
            key = self._keyring.get_warehouse_key()
            if key is None:
                raise not_joined()
            held = self.db.held_key_id()
            if held is not None and held != key_id(key):
                raise key_mismatch()
            self._vault = self.db.vault(key)
        return self._vault

    def ensure_key(self) -> WarehouseVault:
        """The vault, creating the warehouse key first if the warehouse has none yet (the
        first shop authorized on a warehouse station)."""
        key = self._keyring.get_warehouse_key()
        held = self.db.held_key_id()
        if key is None:
            if held is not None:
                raise not_joined()
            key = new_key()
            # Keyring first: a fingerprint recorded for a key no station kept would lock
            # the warehouse out of its own secrets.
            self._keyring.set_warehouse_key(key)
            if self.db.adopt_key_id(key_id(key)) != key_id(key):
                self._keyring.delete_warehouse_key()  # another station's key came first
                raise not_joined()
            _log.info("warehouse key created on this station (id %s)", key_id(key))
        elif held is None and self.db.adopt_key_id(key_id(key)) != key_id(key):
            raise key_mismatch()
        self._vault = None
        return self.vault()

    def shop_configs(self) -> list[dict[str, Any]]:
        return self.db.shop_configs()

    def save_shop(self, shop_id: str, config: dict[str, Any]) -> None:
        self.db.save_shop(shop_id, config)

    def remove_shop(self, shop_id: str) -> None:
        self.db.remove_shop(shop_id)


# ================================================================== Settings → Warehouse
#: Connects once to the address and reports what it holds (changes nothing).
Inspect = Callable[[str], Awaitable[WarehouseInfo]]
#: ``(address, key_id)``: sets a new database up, records the key's fingerprint unless one
#: is recorded, returns the one recorded.
Join = Callable[[str, str], Awaitable[str]]


class WarehouseSetup:
    """Settings → Warehouse: the database address, "Test connection", the warehouse key."""

    def __init__(
        self,
        settings: Settings,
        keyring: WarehouseKeyring,
        *,
        save: Callable[[], None],
        inspect: Inspect,
        join: Join,
        running_on: str = "",
    ) -> None:
        self.settings = settings
        self._keyring = keyring
        self._save = save
        self._inspect = inspect
        self._join = join
        #: the database this station runs on now (without its password); "" = its own journal
        self.running_on = running_on

    # ------------------------------------------------------------ reading
    @property
    def url(self) -> str:
        return self.settings.warehouse_url

    def has_saved_password(self) -> bool:
        try:
            return bool(self._keyring.get_database_password())
        except CredentialStoreError:
            return False

    def key_fingerprint(self) -> str | None:
        """The fingerprint of this station's warehouse key (None: it has none)."""
        key = self._keyring.get_warehouse_key()
        return None if key is None else key_id(key)

    def shown_key(self) -> str:
        """The key as a person types it at a joining station (only after a confirmation)."""
        key = self._keyring.get_warehouse_key()
        if key is None:
            raise CredentialStoreError(
                translate("Warehouse", "This station has no warehouse key to show."),
                hint=join_hint(),
            )
        _log.info("the warehouse key was shown on this station")
        return format_key(key)

    # ------------------------------------------------------------ the address
    def _address(self, url: str, password: str) -> tuple[str, str]:
        """``(url without its password, password)`` of what was typed; an empty password
        field keeps the saved one for the saved address."""
        clean, in_url = split_password(url)
        if not clean:
            raise ConfigError(
                translate("Warehouse", "Enter the address of the warehouse database first.")
            )
        chosen = password or in_url
        if not chosen and clean == self.settings.warehouse_url:
            chosen = self._keyring.get_database_password() or ""
        register_secret(chosen)  # never in a log line or a message
        return clean, chosen

    async def test(self, url: str, password: str) -> str:
        """Connect once; what the packer reads about the database and this station."""
        clean, pw = self._address(url, password)
        info = await self._inspect(with_password(clean, pw))
        head = arg(
            translate("Warehouse", "Connected to %1 (PostgreSQL %2)."), info.where,
            info.server_version,
        )  # fmt: skip
        if info.schema == 0:
            empty = translate(
                "Warehouse", "The database is empty; lazpack sets it up at the next start."
            )
            return f"{head} {empty}"
        mine = self.key_fingerprint()
        if info.key_id is None:
            key = translate(
                "Warehouse",
                "No warehouse key yet: the first shop authorized on a station of this "
                "warehouse creates it.",
            )
        elif mine == info.key_id:
            key = translate("Warehouse", "This station has the warehouse key.")
        elif mine is not None:
            key = translate(
                "Warehouse",
                "This station holds a different warehouse key: join again with this "
                "warehouse's key.",
            )
        else:
            key = translate(
                "Warehouse",
                "This station has not joined yet: Join this warehouse with the key shown on a "
                "station that is already set up.",
            )
        shops = translate("Warehouse", "%n shop(s) in this warehouse.", None, info.shops)
        return " ".join((head, shops, key))

    async def join(self, url: str, password: str, typed_key: str) -> str:
        """Check the typed key against the warehouse's and keep it in the keyring."""
        key = parse_key(typed_key)
        clean, pw = self._address(url, password)
        held = await self._join(with_password(clean, pw), key_id(key))
        if held != key_id(key):
            raise ConfigError(
                translate(
                    "Warehouse",
                    "That key is not this warehouse's key: its database was set up with "
                    "another one.",
                ),
                hint=translate(
                    "Warehouse",
                    "Copy the key again from Settings → Warehouse → Show warehouse key on a "
                    "station of this warehouse, and check the database address.",
                ),
            )
        self._keyring.set_warehouse_key(key)
        _log.info("joined the warehouse %s (key id %s)", clean, held)
        return translate(
            "Warehouse",
            "This station has joined the warehouse. Its shops open here from the next start.",
        )

    def save(self, url: str, password: str) -> str:
        """Keep the address (without its password) in the settings and the password in the
        keyring; an empty address goes back to this PC's own journal."""
        if not url.strip():
            try:
                self._keyring.delete_database_password()
            except CredentialStoreError as err:
                _log.warning("the saved database password could not be deleted: %s", err)
            self.settings.warehouse_url = ""
            self._save()
            return translate(
                "Warehouse", "Saved: this station uses its own journal from the next start."
            )
        clean, in_url = split_password(url)
        chosen = password or in_url
        register_secret(chosen)
        if chosen:
            self._keyring.set_database_password(chosen)  # raises: nothing saved then
        elif clean != self.settings.warehouse_url:
            # another database: its password is not the old one's
            try:
                self._keyring.delete_database_password()
            except CredentialStoreError as err:
                _log.warning("the old database password could not be deleted: %s", err)
        self.settings.warehouse_url = clean
        self._save()
        return translate(
            "Warehouse", "Saved: this station uses the warehouse database from the next start."
        )

    def dsn(self) -> str:
        """The saved address with its password (in memory only), for the next start."""
        if not self.settings.warehouse_url:
            return ""
        try:
            password = self._keyring.get_database_password() or ""
        except KnownError as err:
            _log.warning("the database password is not available: %s", err.user_message)
            password = ""
        return with_password(self.settings.warehouse_url, password)
