"""The warehouse key and the warehouse database's address, as pure values.

The warehouse key (256 random bits) seals the shop secrets a warehouse of stations shares
in its database (``lazpack.storage.pg.vault``). Each station keeps it in its OS keyring;
joining a station means typing it once, in the form :func:`format_key` shows (43 base64url
characters in groups of four). :func:`key_id` is a fingerprint the database may hold, so a
station that typed a different key is told so instead of failing later.

The database's address is kept in the settings file *without* its password
(:func:`split_password`); the password lives in the keyring and is put back into the URL
only in memory, at start (:func:`with_password`).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from lazpack.errors import ConfigError
from lazpack.i18n import arg, translate

KEY_BYTES = 32
URL_SCHEMES = ("postgresql", "postgres")


def new_key() -> bytes:
    """A fresh warehouse key (256 random bits)."""
    return os.urandom(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A short fingerprint of the key (safe to store and show; reveals nothing of it)."""
    return hashlib.sha256(b"lazpack-warehouse-key:" + key).hexdigest()[:16]


def format_key(key: bytes) -> str:
    """The key as a station shows it for joining: base64url in groups of 4 (spaces)."""
    text = base64.urlsafe_b64encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_key(text: str) -> bytes:
    """The key typed at a joining station (the spaces between groups are ignored)."""
    cleaned = "".join(text.split())
    try:
        key = base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ConfigError(
            translate(
                "Warehouse",
                "That is not a warehouse key (it should be 43 letters, digits, - and _).",
            ),
            hint=translate(
                "Warehouse",
                "Copy it again from Settings → Warehouse on a station that is already set up.",
            ),
        )
    return key


# ---------------------------------------------------------------- the database's address
#: query parameters that carry a password: kept out of the settings file
_PASSWORD_PARAMS = frozenset({"password", "pass", "pwd"})
#: query parameters lazpack does not keep (secrets or secret files): refused with a message
_REFUSED_WORDS = ("pass", "secret", "token", "key")


def _bad_url(text: str) -> ConfigError:
    return ConfigError(
        text,
        hint=translate(
            "Warehouse",
            "Write it as postgresql://user@server:5432/database (the password goes in its own "
            "field).",
        ),
    )


def split_password(url: str) -> tuple[str, str]:
    """``(url without its password, the password)``; raises ``ConfigError`` for a URL the
    station cannot use. A password written in the URL (``user:pw@`` or ``?password=``) is
    taken out of it; any other secret parameter (``sslpassword``, ``passfile``…) is refused,
    because lazpack would have to write it to the settings file."""
    text = url.strip()
    if not text:
        return "", ""
    try:
        parts = urlsplit(text)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        _port = parts.port  # a port that is not a number raises here
    except ValueError:
        raise _bad_url(
            translate("Warehouse", "That is not a database address lazpack can read.")
        ) from None
    if parts.scheme not in URL_SCHEMES:
        raise _bad_url(
            translate("Warehouse", "The warehouse database address must start with postgresql://.")
        )
    if not parts.path.strip("/"):
        raise _bad_url(
            translate("Warehouse", "The address names no database (…/database at its end).")
        )
    password = unquote(parts.password or "")
    kept: list[tuple[str, str]] = []
    for name, value in pairs:
        low = name.strip().lower()
        if low in _PASSWORD_PARAMS:
            password = password or value
        elif any(word in low for word in _REFUSED_WORDS):
            raise _bad_url(
                arg(
                    translate(
                        "Warehouse",
                        "lazpack does not keep the setting %1 of the address; put it in the "
                        "PostgreSQL service or password file of this PC instead.",
                    ),
                    name,
                )
            )
        else:
            kept.append((name, value))
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if parts.username:
        netloc = f"{quote(unquote(parts.username), safe='')}@{netloc}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, urlencode(kept), ""))
    return clean, password


def with_password(url: str, password: str) -> str:
    """The URL the station connects with: the saved URL with the keyring's password in it
    (in memory only)."""
    if not url or not password:
        return url
    parts = urlsplit(url)
    hosts = parts.netloc.rsplit("@", 1)[-1]
    user = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
    netloc = f"{user}:{quote(password, safe='')}@{hosts}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


@dataclass(frozen=True, slots=True)
class WarehouseInfo:
    """What "Test connection" found at a warehouse database."""

    where: str  # the address without its password
    server_version: str
    #: the lazpack schema version (0: an empty database lazpack sets up at the next start)
    schema: int
    #: the fingerprint of the warehouse key the database holds (None: no key yet)
    key_id: str | None
    shops: int
