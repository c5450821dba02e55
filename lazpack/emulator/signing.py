"""Lazada's request signature (lazada-api.md §1.3), re-implemented for the emulator.

The emulator must not import ``lazpack.api``: if both sides shared one implementation, a bug
in it would sign and verify consistently and never show up in a test.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping


def sign(app_secret: str, api_path: str, params: Mapping[str, str]) -> str:
    """HMAC-SHA256 over ``api_path`` + sorted ``key+value`` pairs, upper-case hex.

    ``sign`` itself is never part of the signed text; the caller leaves out file params.
    """
    parts = [api_path]
    for key in sorted(params):
        if key == "sign":
            continue
        parts.append(key)
        parts.append(params[key])
    message = "".join(parts).encode("utf-8")
    return hmac.new(app_secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


def verify(app_secret: str, api_path: str, params: Mapping[str, str], signature: str) -> bool:
    """Constant-time check; upper-case hex only, as every official SDK sends it.

    Compared as bytes: ``compare_digest`` refuses ``str`` with non-ASCII characters (a
    TypeError), and a client may send any text as ``sign``."""
    expected = sign(app_secret, api_path, params).encode("ascii")
    return hmac.compare_digest(expected, signature.encode("utf-8", "replace"))
