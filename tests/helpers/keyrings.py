"""In-memory keyring backends for tests, installed with ``keyring.set_keyring``.

Real ``KeyringBackend`` subclasses, so ``lazpack.credentials`` runs its ordinary code path.
Their ``priority`` raises, which keyring treats as "not viable": auto-detection never picks
them up in a process where a test did not ask for them.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest


class _TestOnly(keyring.backend.KeyringBackend):
    # keyring re-exports jaraco's ``properties`` without declaring it
    @keyring.backend.properties.classproperty  # type: ignore[attr-defined]
    def priority(cls) -> float:
        raise RuntimeError("test backend: installed explicitly only")


class MemoryKeyring(_TestOnly):
    """A working keyring: ``entries[(service, username)] = password``."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        #: every value ever written, so a test can look for any of them on disk
        self.written: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password
        self.written.append(password)

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class NoKeyring(_TestOnly):
    """What a headless Linux without a Secret Service answers (keyring's fail backend)."""

    def get_password(self, service: str, username: str, *_: object) -> str | None:
        raise keyring.errors.NoKeyringError(
            "No recommended backend was available. ... install the keyrings.alt package"
        )

    set_password = delete_password = get_password  # type: ignore[assignment]


class LockedKeyring(_TestOnly):
    def get_password(self, service: str, username: str, *_: object) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password  # type: ignore[assignment]


class WindowsLikeKeyring(MemoryKeyring):
    """Stores like the Windows Credential Manager: refuses blobs over 2,560 UTF-16 bytes."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > 2560:
            # pywintypes.error(1783, 'CredWrite', 'The stub received bad data.') in real life
            raise OSError(1783, "CredWrite: The stub received bad data.")
        super().set_password(service, username, password)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[NoKeyring]:
    previous = keyring.get_keyring()
    backend = NoKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
