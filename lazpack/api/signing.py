"""Lazada request signing (lazada-api.md §1.3) and the gateway table.

The signature is computed over the exact strings that go on the wire, so JSON wrapper
params must be serialised once and the same string signed and sent. Empty values are
dropped before signing by the client (``signable``): the official Java and Python
samples disagree about them, so lazpack never sends one.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from lazpack.domain.models import Region

#: Regional API gateways (lazada-api.md §1.1).
GATEWAYS: dict[Region, str] = {
    Region.SG: "https://api.lazada.sg/rest",
    Region.MY: "https://api.lazada.com.my/rest",
    Region.TH: "https://api.lazada.co.th/rest",
    Region.PH: "https://api.lazada.com.ph/rest",
    Region.ID: "https://api.lazada.co.id/rest",
    Region.VN: "https://api.lazada.vn/rest",
}

#: One host for token create/refresh, whatever the country.
AUTH_URL = "https://auth.lazada.com/rest"


def sign(app_secret: str, api_path: str, params: Mapping[str, str]) -> str:
    """HMAC-SHA256 over ``api_path + key1 + value1 + key2 + value2 …`` (keys sorted).

    ``sign`` itself is never part of the signed string, whatever the caller passes.
    Values are converted with ``str`` like the official SDK does, so numbers sign the same.
    """
    parts = [api_path]
    for key in sorted(params):
        if key == "sign":
            continue
        parts.append(key)
        parts.append(str(params[key]))
    message = "".join(parts).encode("utf-8")
    return hmac.new(app_secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


def signable(params: Mapping[str, object]) -> dict[str, str]:
    """Drop ``None`` and empty values and stringify the rest, ready for ``sign``."""
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        if text == "":
            continue
        out[key] = text
    return out
