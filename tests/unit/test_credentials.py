"""CredentialStore against real keyring backends held in memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import keyring
import pytest

from lazpack import log as lazlog
from lazpack.credentials import SERVICE, CredentialStore, remedy_for
from lazpack.domain.ports import StoredTokens
from lazpack.errors import CredentialStoreError
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring, WindowsLikeKeyring

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _tokens(
    access: str = "50000400accessAAAA", refresh: str = "50001400refreshRRRR"
) -> StoredTokens:
    return StoredTokens(
        access_token=access,
        refresh_token=refresh,
        expires_at=NOW + timedelta(days=30),
        refresh_expires_at=NOW + timedelta(days=180),
    )


def test_secrets_round_trip_namespaced_per_shop(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set_app_secret("th-100", "secret-of-th-shop")
    store.set_tokens("th-100", _tokens())
    store.set_app_secret("vn-200", "secret-of-vn-shop")

    assert store.get_app_secret("th-100") == "secret-of-th-shop"
    assert store.get_app_secret("vn-200") == "secret-of-vn-shop"
    assert store.get_tokens("th-100") == _tokens()
    assert store.get_tokens("vn-200") is None
    assert set(memory_keyring.entries) == {
        (SERVICE, "th-100:app_secret"),
        (SERVICE, "th-100:tokens"),
        (SERVICE, "vn-200:app_secret"),
    }


def test_rotated_tokens_replace_the_bundle_in_one_entry(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set_tokens("sg-1", _tokens())
    store.set_tokens("sg-1", _tokens("50000400accessNEW", "50001400refreshNEW"))
    got = store.get_tokens("sg-1")
    assert got is not None
    assert (got.access_token, got.refresh_token) == ("50000400accessNEW", "50001400refreshNEW")
    assert len([k for k in memory_keyring.entries if k[1].startswith("sg-1:")]) == 1


def test_delete_shop_removes_every_entry_of_that_shop_only(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    for shop in ("th-100", "vn-200"):
        store.set_app_secret(shop, f"secret-{shop}")
        store.set_tokens(shop, _tokens())
    store.delete_shop("th-100")
    store.delete_shop("th-100")  # already gone: no error
    assert {k[1] for k in memory_keyring.entries} == {"vn-200:app_secret", "vn-200:tokens"}


def test_no_keyring_gives_the_remedy_not_the_plaintext_advice(no_keyring: object) -> None:
    store = CredentialStore(platform="linux")
    with pytest.raises(CredentialStoreError) as info:
        store.set_app_secret("th-100", "secret-of-th-shop")
    err = info.value
    assert "No system keyring" in err.user_message
    assert "GNOME Keyring" in err.hint
    assert "keyrings.alt" not in str(err) + err.hint
    with pytest.raises(CredentialStoreError):
        store.check()


def test_locked_keyring_says_locked() -> None:
    store = CredentialStore(backend=LockedKeyring(), platform="darwin")
    with pytest.raises(CredentialStoreError) as info:
        store.get_tokens("th-100")
    assert "locked" in info.value.user_message
    assert "Keychain" in info.value.hint


def test_windows_blob_limit_is_refused_before_the_os_fails() -> None:
    backend = WindowsLikeKeyring()
    store = CredentialStore(backend=backend, platform="win32")
    with pytest.raises(CredentialStoreError) as info:
        store.set_app_secret("th-100", "x" * 1281)
    assert "too long" in info.value.user_message
    assert backend.entries == {}
    # a realistic bundle fits comfortably
    store.set_tokens("th-100", _tokens("5" * 80, "6" * 80))
    assert store.get_tokens("th-100") is not None


def test_windows_credential_errors_are_mapped_with_the_windows_remedy() -> None:
    class Broken(WindowsLikeKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise OSError(1312, "CredWrite: A specified logon session does not exist.")

    store = CredentialStore(backend=Broken(), platform="win32")
    with pytest.raises(CredentialStoreError) as info:
        store.set_app_secret("th-100", "secret-of-th-shop")
    assert "Credential Manager" in info.value.hint
    assert "secret-of-th-shop" not in str(info.value)


def test_plaintext_backends_are_refused() -> None:
    from keyring.backends import null

    store = CredentialStore(backend=null.Keyring(), platform="linux")
    with pytest.raises(CredentialStoreError) as info:
        store.set_app_secret("th-100", "secret-of-th-shop")
    assert "plain file" in info.value.user_message


def test_damaged_token_entry_reads_as_not_authorized(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "th-100:tokens")] = "{not json"
    assert CredentialStore().get_tokens("th-100") is None


def test_everything_read_or_written_is_redacted_from_logs(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "my-9:app_secret")] = "secret-written-elsewhere"
    store = CredentialStore()
    store.set_tokens("th-100", _tokens("50000400accessLOGME", "50001400refreshLOGME"))
    store.get_app_secret("my-9")
    for value in ("50000400accessLOGME", "50001400refreshLOGME", "secret-written-elsewhere"):
        assert value not in lazlog.redact(f"oops {value} leaked")
    assert "tokens=<redacted>" in repr(store.get_tokens("th-100"))


def test_invalid_shop_id_is_rejected(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialStoreError):
        CredentialStore().set_app_secret("a:b", "secret-of-th-shop")


def test_remedies_name_each_os_store() -> None:
    assert "Credential Manager" in remedy_for("win32")
    assert "Keychain" in remedy_for("darwin")
    assert "KWallet" in remedy_for("linux")


def test_default_backend_is_looked_up_at_call_time(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    replacement = MemoryKeyring()
    keyring.set_keyring(replacement)
    store.set_app_secret("th-100", "secret-of-th-shop")
    assert (SERVICE, "th-100:app_secret") in replacement.entries
