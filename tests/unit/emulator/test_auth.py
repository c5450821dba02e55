"""Consent step, /auth/token/create and /auth/token/refresh (lazada-api.md §2)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_REFRESH_TOKEN, Emulator
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio

Q = {"created_after": "2020-01-01T00:00:00+08:00", "limit": "1"}


async def test_consent_redirects_with_code_and_state(api: Caller, emu: Emulator) -> None:
    url = emu.consent_url("http://127.0.0.1:8765/callback?x=1", state="s-42")
    parts = urlsplit(url)
    assert parts.path == "/_emulator/oauth/authorize"
    q = parse_qs(parts.query)
    assert q["client_id"] == [DEMO_APP_KEY] and q["response_type"] == ["code"]
    r = await api.client.get(url)
    assert r.status_code == 302
    target = urlsplit(r.headers["location"])
    assert (target.netloc, target.path) == ("127.0.0.1:8765", "/callback")
    back = parse_qs(target.query)
    assert back["state"] == ["s-42"] and back["x"] == ["1"]
    code = back["code"][0]
    body = await api.ok("/auth/token/create", {"code": code}, token=None)
    assert body["account"] and body["country"] == "sg"


@pytest.mark.parametrize(
    "query",
    [
        "response_type=token&client_id=100100&redirect_uri=http://x/cb",
        "response_type=code&client_id=999&redirect_uri=http://x/cb",
        "response_type=code&client_id=100100",
        "response_type=code&client_id=100100&redirect_uri=http://x/cb&uuid=1",
        "response_type=code&client_id=100100&redirect_uri=http://%5Bnot-ipv6/cb",
        "response_type=code&client_id=100100&redirect_uri=http://x:99999/cb",
    ],
)
async def test_consent_refuses_bad_requests(api: Caller, query: str) -> None:
    r = await api.client.get("/_emulator/oauth/authorize?" + query)
    assert r.status_code == 400


async def test_consent_enforces_the_registered_callback(api: Caller, emu: Emulator) -> None:
    emu.registered_redirect_uri = "https://shop.example/cb"
    r = await api.client.get(emu.consent_url("https://evil.example/cb"))
    assert r.status_code == 400
    r = await api.client.get(emu.consent_url("https://shop.example/cb"))
    assert r.status_code == 302


async def test_token_create_shape_and_single_use(api: Caller, emu: Emulator) -> None:
    code = emu.mint_auth_code()
    body = await api.ok("/auth/token/create", {"code": code}, token=None)
    assert "data" not in body  # token APIs answer at top level
    assert isinstance(body["expires_in"], int) and body["expires_in"] == emu.access_ttl_s
    assert body["refresh_expires_in"] == emu.refresh_ttl_s
    assert body["account_platform"] == "seller_center"
    [info] = body["country_user_info"]
    assert info["country"] == "sg" and isinstance(info["seller_id"], str)
    assert "country_user_info_list" not in body
    # The new token works on seller APIs.
    await api.ok("/orders/get", Q, token=body["access_token"])
    _, again = await api.call("/auth/token/create", {"code": code}, token=None)
    assert again["code"] == "InvalidCode" and again["message"] == "Invalid authorization code"


async def test_code_expires_after_30_minutes(api: Caller, emu: Emulator, clock: FakeClock) -> None:
    code = emu.mint_auth_code()
    clock.advance(30 * 60)
    _, body = await api.call("/auth/token/create", {"code": code}, token=None)
    assert body["code"] == "InvalidCode"
    _, body = await api.call("/auth/token/create", {"code": "0_100100_made-up"}, token=None)
    assert body["code"] == "InvalidCode"
    _, body = await api.call("/auth/token/create", {}, token=None)
    assert body["code"] == "MissingParameter"


async def test_refresh_rotates_and_does_not_extend(
    api: Caller, emu: Emulator, clock: FakeClock
) -> None:
    clock.advance(86400)
    body = await api.ok("/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None)
    assert body["refresh_token"] != DEMO_REFRESH_TOKEN
    assert body["access_token"] != DEMO_ACCESS_TOKEN
    assert body["expires_in"] == emu.access_ttl_s  # access lifetime resets
    assert body["refresh_expires_in"] == emu.refresh_ttl_s - 86400  # refresh lifetime does not
    assert body["country_user_info_list"][0]["country"] == "sg"
    assert "country_user_info" not in body
    # The old refresh token is spent; the new one works once.
    _, old = await api.call(
        "/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None
    )
    assert old["code"] == "IllegalRefreshToken"
    await api.ok("/auth/token/refresh", {"refresh_token": body["refresh_token"]}, token=None)


async def test_refresh_token_expires(api: Caller, emu: Emulator, clock: FakeClock) -> None:
    clock.advance(emu.refresh_ttl_s)
    _, body = await api.call(
        "/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None
    )
    assert body["code"] == "IllegalRefreshToken"
    assert body["message"] == "The specified refresh token is invalid or expired"


async def test_access_token_from_refresh_expires_on_time(
    api: Caller, emu: Emulator, clock: FakeClock
) -> None:
    body = await api.ok("/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None)
    clock.advance(emu.access_ttl_s - 1)
    await api.ok("/orders/get", Q, token=body["access_token"])
    clock.advance(1)
    _, err = await api.call("/orders/get", Q, token=body["access_token"])
    assert err["code"] == "IllegalAccessToken"


async def test_access_token_is_not_a_refresh_token(api: Caller) -> None:
    _, body = await api.call(
        "/auth/token/refresh", {"refresh_token": DEMO_ACCESS_TOKEN}, token=None
    )
    assert body["code"] == "IllegalRefreshToken"
    _, body = await api.call("/orders/get", Q, token=DEMO_REFRESH_TOKEN)
    assert body["code"] == "IllegalAccessToken"
