from __future__ import annotations

import json
import random
import string

from lazop_sdk.base import sign as sdk_sign

from lazpack.api.signing import GATEWAYS, sign, signable
from lazpack.domain.models import Region


def test_official_vector() -> None:
    params = {
        "access_token": "test",
        "app_key": "123456",
        "order_id": "1234",
        "sign_method": "sha256",
        "timestamp": "1517820392000",
    }
    expected = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"
    assert sign("helloworld", "/order/get", params) == expected


def _random_value(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return str(rng.randrange(10**15))
    if kind == 1:
        return json.dumps(
            {"packages": [{"package_id": f"FP{rng.randrange(10**9)}"}]}, separators=(",", ":")
        )
    if kind == 2:
        return "".join(rng.choice("สวัสดีTiếng Việt日本語€ &=?+%/\\\"'") for _ in range(12))
    if kind == 3:
        return f"{rng.uniform(0, 1000):.2f}"
    return "".join(rng.choice(string.printable) for _ in range(rng.randrange(1, 30)))


def test_agrees_with_official_sdk_on_random_params() -> None:
    rng = random.Random(20261126)
    for _ in range(1000):
        params = {
            "".join(rng.choice(string.ascii_letters + "_") for _ in range(rng.randrange(1, 12))): (
                _random_value(rng)
            )
            for _ in range(rng.randrange(1, 10))
        }
        params.pop("sign", None)
        secret = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
        path = rng.choice(["/orders/get", "/order/fulfill/pack", "/auth/token/create"])
        assert sign(secret, path, params) == sdk_sign(secret, path, params)


def test_sign_itself_is_not_signed() -> None:
    base = {"a": "1", "b": "2"}
    assert sign("s", "/x", {**base, "sign": "OLD"}) == sign("s", "/x", base)


def test_signable_drops_empty_and_none_and_spells_booleans() -> None:
    assert signable({"a": "", "b": None, "c": 0, "d": True, "e": False, "f": "x"}) == {
        "c": "0",
        "d": "true",
        "e": "false",
        "f": "x",
    }


def test_six_regional_gateways_all_https() -> None:
    assert set(GATEWAYS) == set(Region)
    assert all(url.startswith("https://api.lazada.") for url in GATEWAYS.values())
