"""Gateway: parameter placement, signature, timestamp window, app key, tokens, envelopes."""

from __future__ import annotations

import pytest

from lazpack.emulator import DEMO_APP_SECRET, Emulator, sign
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller, lazada_sign

pytestmark = pytest.mark.asyncio

Q = {"created_after": "2020-01-01T00:00:00+08:00", "limit": "5"}


async def test_signature_matches_the_official_vector() -> None:
    params = {
        "access_token": "test",
        "app_key": "123456",
        "order_id": "1234",
        "sign_method": "sha256",
        "timestamp": "1517820392000",
    }
    expected = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"
    assert sign("helloworld", "/order/get", params) == expected
    assert lazada_sign("helloworld", "/order/get", params) == expected


@pytest.mark.parametrize("placement", ["query", "form", "multipart", "json"])
async def test_params_accepted_in_every_placement(api: Caller, placement: str) -> None:
    body = await api.ok("/orders/get", Q, method="POST", placement=placement)
    assert body["data"]["count"] == 5
    assert isinstance(body["request_id"], str) and len(body["request_id"]) >= 20


async def test_wrong_secret_is_incomplete_signature(api: Caller) -> None:
    api.secret = "not-the-secret"
    status, body = await api.call("/orders/get", Q)
    assert status == 200
    assert body["code"] == "IncompleteSignature"
    assert body["type"] == "ISV"
    assert set(body) == {"type", "code", "message", "request_id"}


async def test_tampered_param_after_signing_is_rejected(api: Caller) -> None:
    params = api.signed("/orders/get", Q)
    params["limit"] = "6"
    r = await api.client.get("/rest/orders/get", params=params)
    assert r.json()["code"] == "IncompleteSignature"


async def test_lower_case_signature_is_rejected(api: Caller) -> None:
    params = api.signed("/orders/get", Q)
    params["sign"] = params["sign"].lower()
    r = await api.client.get("/rest/orders/get", params=params)
    assert r.json()["code"] == "IncompleteSignature"


@pytest.mark.parametrize("name", ["app_key", "sign", "timestamp", "sign_method"])
async def test_missing_system_param(api: Caller, name: str) -> None:
    _, body = await api.call("/orders/get", Q, drop=(name,))
    assert body["code"] == "MissingParameter"
    assert f'"{name}"' in body["message"]
    assert "request_id" in body


async def test_empty_params_are_not_signed(api: Caller) -> None:
    # Signed the Python-sample way (key + "" in the text): refused.
    _, body = await api.call("/orders/get", {**Q, "status": ""})
    assert body["code"] == "IncompleteSignature"
    # Signed the Java way (empty values skipped): accepted, and the empty value means "absent".
    params = api.signed("/orders/get", Q)
    params["status"] = ""
    r = await api.client.get("/rest/orders/get", params=params)
    assert r.json()["code"] == "0"


async def test_unknown_app_key(api: Caller) -> None:
    api.app_key = "999999"
    _, body = await api.call("/orders/get", Q)
    assert body["code"] == "InvalidAppKey"


async def test_unsupported_sign_method(api: Caller) -> None:
    _, body = await api.call("/orders/get", Q, sign_method="md5")
    assert body["code"] == "InvalidParameter"


async def test_timestamp_window_ms_and_iso(api: Caller, clock: FakeClock) -> None:
    now_ms = int(clock.now().timestamp() * 1000)
    await api.ok("/orders/get", Q, timestamp=str(now_ms - 7_100_000))
    await api.ok("/orders/get", Q, timestamp=clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    for stale in (str(now_ms - 7_300_000), str(now_ms + 7_300_000), "2017-11-11T12:00:00Z"):
        _, body = await api.call("/orders/get", Q, timestamp=stale)
        assert body["code"] == "OPEN_API_TIMESTAMP_INVALID", stale
    _, body = await api.call("/orders/get", Q, timestamp="yesterday")
    assert body["code"] == "OPEN_API_TIMESTAMP_INVALID"


async def test_date_header_follows_the_emulator_clock(api: Caller, clock: FakeClock) -> None:
    params = api.signed("/orders/get", Q)
    r = await api.client.get("/rest/orders/get", params=params)
    assert r.headers["date"] == "Fri, 20 Nov 2026 03:00:00 GMT"
    assert r.headers["content-type"].startswith("application/json")


async def test_access_token_missing_unknown_and_expired(
    api: Caller, emu: Emulator, clock: FakeClock
) -> None:
    _, body = await api.call("/orders/get", Q, token=None)
    assert body["code"] == "MissingParameter"
    _, body = await api.call("/orders/get", Q, token="50000nope")
    assert body == {
        "type": "ISV",
        "code": "IllegalAccessToken",
        "message": "The specified access token is invalid or expired",
        "request_id": body["request_id"],
    }
    clock.advance(emu.access_ttl_s + 1)
    _, body = await api.call("/orders/get", Q)
    assert body["code"] == "IllegalAccessToken"


async def test_unknown_api_is_invalid_api(api: Caller) -> None:
    _, body = await api.call("/orders/nope", Q)
    assert body["code"] == "InvalidApi"
    assert "request_id" in body


async def test_auth_apis_need_no_access_token(api: Caller, emu: Emulator) -> None:
    code = emu.mint_auth_code()
    body = await api.ok("/auth/token/create", {"code": code}, token=None)
    assert body["access_token"] != ""


async def test_calls_are_counted_per_api(api: Caller, emu: Emulator) -> None:
    await api.ok("/orders/get", Q)
    await api.call("/orders/get", Q, token="bad")
    assert emu.calls["/orders/get"] == 2


async def test_secret_is_not_the_sign(api: Caller) -> None:
    # The app secret never travels; only the HMAC does.
    params = api.signed("/orders/get", Q)
    assert DEMO_APP_SECRET not in params.values()
