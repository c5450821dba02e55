"""Keyring-backed secret store: the only importer of ``keyring`` (design.md §9).

Every secret of a shop lives in the OS keyring under the service ``lazpack``, one entry
per kind, namespaced by shop id:

* ``{shop_id}:app_secret`` — the app secret from the Lazada Open Platform console;
* ``{shop_id}:tokens`` — one small JSON bundle: access + refresh token and both expiries;
* ``_warehouse:key`` — the warehouse key (base64url) that seals the shop secrets a warehouse
  of stations shares in its PostgreSQL database (``lazpack.storage.pg.vault``);
* ``_warehouse:database_password`` — the password of the warehouse database whose address
  (without it) Settings → Warehouse keeps in the settings file.

The token bundle is one entry on purpose: a refresh rotates both tokens and writing them
with a single ``set_password`` means the keyring never holds a new access token next to an
old (already invalidated) refresh token. Lazada tokens are ~50 characters, so the bundle is
~250 characters; the Windows Credential Manager stores the blob as UTF-16 and caps it at
2,560 bytes (1,280 characters). ``_check_size`` refuses anything larger with a clear error
instead of letting Windows fail obscurely or truncating a secret.

There is no plain-text fallback: without a usable keyring the store raises
``CredentialStoreError`` with the remedy for this OS, and the station keeps running its
demo shop. Backends that keep secrets in ordinary files (``keyrings.alt``, the ``null``
backend) are refused for the same reason.
"""

from __future__ import annotations

import base64
import json
import sys
from datetime import datetime

import keyring
import keyring.backend
import keyring.errors

from lazpack.domain.ports import StoredTokens
from lazpack.errors import CredentialStoreError
from lazpack.log import get_logger, register_secret, register_secrets

SERVICE = "lazpack"
#: CRED_MAX_CREDENTIAL_BLOB_SIZE of the Windows Credential Manager, in bytes of UTF-16.
WINDOWS_BLOB_LIMIT = 2560

_log = get_logger("credentials")

_KINDS = ("app_secret", "tokens")
#: The keyring namespace of the warehouse key (no shop id starts with an underscore).
WAREHOUSE = "_warehouse"


def remedy_for(platform: str = sys.platform) -> str:
    """What the user of this OS can do to get a working, encrypted keyring."""
    if platform.startswith("win"):
        return (
            "lazpack keeps shop secrets in the Windows Credential Manager. Sign in to Windows "
            "with a normal (not a temporary or kiosk) profile, check that the 'Credential "
            "Manager' service is running (services.msc), then try again."
        )
    if platform == "darwin":
        return (
            "lazpack keeps shop secrets in the macOS Keychain. Unlock the login keychain "
            "(Keychain Access → File → Unlock) and allow lazpack when macOS asks, then try again."
        )
    return (
        "lazpack keeps shop secrets in the desktop keyring (Secret Service). Install and unlock "
        "GNOME Keyring (package gnome-keyring) or KWallet, and run lazpack inside a desktop "
        "session so the keyring is reachable over D-Bus; on a headless PC start "
        "'gnome-keyring-daemon --unlock' in the session first. lazpack never stores secrets in "
        "a plain file."
    )


def _is_plaintext_backend(backend: keyring.backend.KeyringBackend) -> bool:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        # ChainerBackend: refuse the chain if any member writes plain files
        return any(_is_plaintext_backend(b) for b in inner)
    module = type(backend).__module__
    return module.startswith("keyrings.alt") or module == "keyring.backends.null"


class CredentialStore:
    """Get/set/delete one shop's secrets. Satisfies ``lazpack.domain.ports.CredentialsPort``.

    ``backend`` defaults to whatever ``keyring.get_keyring()`` returns at call time, so a
    backend installed later with ``keyring.set_keyring`` (tests, a user's keyringrc) is used.
    """

    def __init__(
        self,
        *,
        service: str = SERVICE,
        backend: keyring.backend.KeyringBackend | None = None,
        platform: str = sys.platform,
    ) -> None:
        self._service = service
        self._backend = backend
        self._platform = platform

    # ------------------------------------------------------------ backend
    def _keyring(self) -> keyring.backend.KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        if _is_plaintext_backend(backend):
            raise CredentialStoreError(
                "The configured keyring stores secrets in a plain file, which lazpack refuses "
                "to use on a shared warehouse PC.",
                hint=remedy_for(self._platform),
            )
        return backend

    def _fail(self, action: str, err: BaseException) -> CredentialStoreError:
        # The keyring's own message may recommend plain-text backends; show ours instead and
        # keep only the exception type (never the value: it could echo what was written).
        _log.warning("keyring %s failed: %s", action, type(err).__name__)
        if isinstance(err, keyring.errors.KeyringLocked):
            message = "The system keyring is locked, so shop secrets cannot be read or saved."
        elif isinstance(err, keyring.errors.NoKeyringError | keyring.errors.InitError):
            message = "No system keyring is available, so shop secrets cannot be stored."
        else:
            message = (
                f"The system keyring refused to {action} a shop secret ({type(err).__name__})."
            )
        return CredentialStoreError(message, hint=remedy_for(self._platform))

    def _username(self, shop_id: str, kind: str) -> str:
        if not shop_id or ":" in shop_id:
            raise CredentialStoreError(f"Invalid shop id {shop_id!r} for the keyring.")
        return f"{shop_id}:{kind}"

    def _get(self, shop_id: str, kind: str) -> str | None:
        username = self._username(shop_id, kind)
        backend = self._keyring()
        try:
            value = backend.get_password(self._service, username)
        except Exception as err:  # noqa: BLE001 - pywin32/dbus errors are not KeyringErrors
            raise self._fail("read", err) from None
        return value

    def _set(self, shop_id: str, kind: str, value: str) -> None:
        username = self._username(shop_id, kind)
        self._check_size(kind, value)
        backend = self._keyring()
        try:
            backend.set_password(self._service, username, value)
        except Exception as err:  # noqa: BLE001 - see _get
            raise self._fail("save", err) from None

    def _check_size(self, kind: str, value: str) -> None:
        if len(value.encode("utf-16-le")) > WINDOWS_BLOB_LIMIT:
            raise CredentialStoreError(
                f"The shop's {kind.replace('_', ' ')} is too long for the system keyring "
                f"(over {WINDOWS_BLOB_LIMIT} bytes).",
                hint="Check that the app secret was pasted correctly (it is a short string).",
            )

    def check(self) -> None:
        """Probe the keyring (read of a missing entry); raises ``CredentialStoreError``."""
        self._get("probe", "app_secret")

    # ------------------------------------------------------------ secrets
    def get_app_secret(self, shop_id: str) -> str | None:
        value = self._get(shop_id, "app_secret")
        register_secret(value)
        return value

    def set_app_secret(self, shop_id: str, app_secret: str) -> None:
        if not app_secret:
            raise CredentialStoreError("The app secret is empty.")
        register_secret(app_secret)
        self._set(shop_id, "app_secret", app_secret)

    def get_tokens(self, shop_id: str) -> StoredTokens | None:
        raw = self._get(shop_id, "tokens")
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            tokens = StoredTokens(
                access_token=str(data["access_token"]),
                refresh_token=str(data["refresh_token"]),
                expires_at=datetime.fromisoformat(data["expires_at"]),
                refresh_expires_at=datetime.fromisoformat(data["refresh_expires_at"]),
            )
        except (ValueError, KeyError, TypeError) as err:
            # A damaged entry is as good as none: the shop must be authorized again.
            _log.warning("keyring token entry of shop %s is unreadable: %s", shop_id, type(err))
            return None
        register_secrets((tokens.access_token, tokens.refresh_token))
        return tokens

    def set_tokens(self, shop_id: str, tokens: StoredTokens) -> None:
        register_secrets((tokens.access_token, tokens.refresh_token))
        raw = json.dumps(
            {
                "access_token": tokens.access_token,
                "refresh_token": tokens.refresh_token,
                "expires_at": tokens.expires_at.isoformat(),
                "refresh_expires_at": tokens.refresh_expires_at.isoformat(),
            },
            separators=(",", ":"),
        )
        self._set(shop_id, "tokens", raw)

    def delete_tokens(self, shop_id: str) -> None:
        self._delete(shop_id, "tokens")

    def delete_shop(self, shop_id: str) -> None:
        """Remove every entry of the shop; entries that are already gone are fine."""
        for kind in _KINDS:
            self._delete(shop_id, kind)

    # ------------------------------------------------------------ warehouse key
    def get_warehouse_key(self) -> bytes | None:
        """The key that seals this warehouse's shared shop secrets, if this station has it."""
        raw = self._get(WAREHOUSE, "key")
        if raw is None:
            return None
        try:
            key = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        except ValueError:
            _log.warning("keyring warehouse key entry is unreadable")
            return None
        register_secret(raw)
        return key

    def set_warehouse_key(self, key: bytes) -> None:
        if len(key) != 32:
            raise CredentialStoreError("A warehouse key is 256 bits.")
        raw = base64.urlsafe_b64encode(key).decode().rstrip("=")
        register_secret(raw)
        self._set(WAREHOUSE, "key", raw)

    def delete_warehouse_key(self) -> None:
        self._delete(WAREHOUSE, "key")

    def get_database_password(self) -> str | None:
        value = self._get(WAREHOUSE, "database_password")
        register_secret(value)
        return value

    def set_database_password(self, password: str) -> None:
        if not password:
            raise CredentialStoreError("The database password is empty.")
        register_secret(password)
        self._set(WAREHOUSE, "database_password", password)

    def delete_database_password(self) -> None:
        self._delete(WAREHOUSE, "database_password")

    def _delete(self, shop_id: str, kind: str) -> None:
        username = self._username(shop_id, kind)
        backend = self._keyring()
        try:
            if backend.get_password(self._service, username) is None:
                return
            backend.delete_password(self._service, username)
        except keyring.errors.PasswordDeleteError:
            # raced with another deletion: the entry is gone, which is what we want
            return
        except Exception as err:  # noqa: BLE001 - see _get
            raise self._fail("delete", err) from None
