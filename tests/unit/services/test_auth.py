"""ShopTokenProvider and the consent helpers against a fake Lazada auth host.

The fake keeps Lazada's server-side rules (rotating refresh tokens, the refresh token's
own lifetime not extended, revocation) so the tests assert what the server state became.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from lazpack.credentials import CredentialStore
from lazpack.domain.ports import StoredTokens, TokenProvider
from lazpack.errors import (
    AuthorizationFlowError,
    CredentialStoreError,
    ShopDisconnectedError,
    TransientError,
)
from lazpack.log import redact
from lazpack.services.auth import (
    ShopState,
    ShopTokenProvider,
    consent_url,
    new_state,
    parse_authorization,
)
from tests.helpers.auth import AUTH_T0, FakeAuthHost
from tests.helpers.clocks import FakeClock
from tests.helpers.keyrings import MemoryKeyring

async_test = pytest.mark.asyncio


def _seed(host: FakeAuthHost, store: CredentialStore, shop: str = "th-1") -> StoredTokens:
    t = host.issue()
    stored = StoredTokens(t.access_token, t.refresh_token, t.expires_at, t.refresh_expires_at)
    store.set_tokens(shop, stored)
    return stored


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AUTH_T0)


# ----------------------------------------------------------- consent helpers
def test_consent_url_has_lazada_parameters_and_a_fresh_state() -> None:
    s1, s2 = new_state(), new_state()
    assert s1 != s2 and len(s1) >= 32
    url = consent_url(
        app_key="123456", redirect_uri="https://example.com/cb", state=s1, region="th"
    )
    parts = urlsplit(url)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://auth.lazada.com/oauth/authorize"
    )
    q = parse_qs(parts.query)
    assert q == {
        "response_type": ["code"],
        "force_auth": ["true"],
        "redirect_uri": ["https://example.com/cb"],
        "client_id": ["123456"],
        "state": [s1],
        "country": ["th"],
    }


def test_consent_url_points_at_the_emulator_when_given_its_base_url() -> None:
    url = consent_url(
        app_key="1",
        redirect_uri="http://127.0.0.1:8123/cb",
        state="s",
        base_url="http://127.0.0.1:9/rest",
    )
    assert url.startswith("http://127.0.0.1:9/_emulator/oauth/authorize?")


@pytest.mark.parametrize(
    "pasted",
    [
        "https://example.com/cb?code=0_ABCdef123&state=STATE",
        "  http://127.0.0.1:8123/callback?state=STATE&code=0_ABCdef123\n",
        "?code=0_ABCdef123&state=STATE",
        "code=0_ABCdef123&state=STATE",
        "0_ABCdef123",
    ],
)
def test_parse_accepts_redirect_url_query_or_bare_code(pasted: str) -> None:
    assert parse_authorization(pasted, "STATE") == "0_ABCdef123"


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("https://example.com/cb?code=0_ABC&state=OTHER", "different authorization"),
        ("https://example.com/cb?code=0_ABC", "different authorization"),
        ("https://example.com/cb?state=STATE", "no authorization code"),
        ("https://example.com/cb?error=access_denied&state=STATE", "did not authorize"),
        ("", "Paste"),
        ("not a code!", "does not look like"),
    ],
)
def test_parse_rejects_wrong_state_and_garbage(pasted: str, words: str) -> None:
    with pytest.raises(AuthorizationFlowError) as info:
        parse_authorization(pasted, "STATE")
    assert words in info.value.user_message


# ----------------------------------------------------------- token lifecycle
@async_test
async def test_fresh_token_is_used_without_calling_lazada(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    seeded = _seed(host, store)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    assert isinstance(p, TokenProvider)
    assert await p.access_token() == seeded.access_token
    assert host.refresh_calls == 0
    assert p.status().state is ShopState.CONNECTED


@async_test
async def test_refreshes_ahead_when_under_a_day_left_and_stores_the_rotation(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    seeded = _seed(host, store)
    clock.t += timedelta(days=29, hours=1)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    token = await p.access_token()
    assert token != seeded.access_token and token in host.valid_access
    kept = store.get_tokens("th-1")
    assert kept is not None and kept.access_token == token
    assert kept.refresh_token in host.valid_refresh  # the rotated one, the old one is dead
    assert seeded.refresh_token not in host.valid_refresh
    assert kept.refresh_expires_at == seeded.refresh_expires_at  # lifetime not extended


@async_test
async def test_concurrent_refreshes_are_coalesced(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store = CredentialStore()
    gate = asyncio.Event()
    host = FakeAuthHost(clock, slow=gate)
    seeded = _seed(host, store)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    waiters = [asyncio.create_task(p.refresh(seeded.access_token)) for _ in range(5)]
    waiters.append(asyncio.create_task(p.access_token()))
    await host.entered.wait()
    gate.set()
    tokens = await asyncio.gather(*waiters)
    assert host.refresh_calls == 1
    assert len(set(tokens[:5])) == 1 and tokens[0] != seeded.access_token


@async_test
async def test_revoked_refresh_token_disconnects_only_that_shop(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    th = _seed(host, store, "th-1")
    vn = _seed(host, store, "vn-1")
    changed: list[str] = []
    p_th = ShopTokenProvider(
        "th-1", store, auth=host, clock=clock, on_change=changed.append, label="TH shop"
    )
    p_vn = ShopTokenProvider("vn-1", store, auth=host, clock=clock)
    host.valid_refresh.pop(th.refresh_token)  # seller revoked the app in Seller Center
    with pytest.raises(ShopDisconnectedError) as info:
        await p_th.refresh(th.access_token)
    assert "TH shop" in info.value.user_message and "reconnect" in info.value.user_message
    assert "Reconnect" in info.value.hint
    status = p_th.status()
    assert status.state is ShopState.DISCONNECTED and "TH shop" in status.message
    assert changed == ["th-1"]
    assert store.get_tokens("th-1") is None  # dead tokens are not kept on the machine
    with pytest.raises(ShopDisconnectedError):
        await p_th.access_token()  # no second call to Lazada
    assert host.refresh_calls == 1
    assert await p_vn.access_token() == vn.access_token


@async_test
async def test_expired_refresh_token_disconnects_without_calling_lazada(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    _seed(host, store)
    clock.t += timedelta(days=181)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    with pytest.raises(ShopDisconnectedError):
        await p.access_token()
    assert host.refresh_calls == 0
    assert p.status().state is ShopState.DISCONNECTED


@async_test
async def test_refresh_token_near_its_end_asks_for_reauthorization(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    _seed(host, store)
    clock.t += timedelta(days=175, hours=12)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    await p.access_token()
    status = p.status()
    assert status.state is ShopState.EXPIRING
    assert status.message == "Re-authorize this shop within 5 days."
    assert status.days_left == 5


@async_test
async def test_failed_early_refresh_keeps_using_the_valid_token(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    seeded = _seed(host, store)
    clock.t += timedelta(days=29, hours=12)
    host.fail_next = TransientError("ServiceTimeout", code="ServiceTimeout")
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    assert await p.access_token() == seeded.access_token
    assert await p.access_token() != seeded.access_token  # next call refreshes
    assert host.refresh_calls == 2


@async_test
async def test_failed_refresh_of_an_expired_token_is_raised(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    _seed(host, store)
    clock.t += timedelta(days=30, minutes=1)
    host.fail_next = TransientError("ServiceTimeout", code="ServiceTimeout")
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    with pytest.raises(TransientError):
        await p.access_token()
    assert p.status().state is ShopState.CONNECTED  # still recoverable


@async_test
async def test_keyring_failure_after_rotation_keeps_the_new_token_in_memory(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    class RefusingStore(CredentialStore):
        def set_tokens(self, shop_id: str, tokens: StoredTokens) -> None:
            raise CredentialStoreError(
                "The system keyring is locked, so shop secrets cannot be read or saved."
            )

    store, host = RefusingStore(), FakeAuthHost(clock)
    seeded = _seed(host, CredentialStore())
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    new = await p.refresh(seeded.access_token)
    assert new in host.valid_access
    assert await p.access_token() == new
    assert "could not be saved" in p.status().warning


@async_test
async def test_not_authorized_shop_is_disconnected(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    p = ShopTokenProvider("th-1", CredentialStore(), clock=clock, label="My shop")
    with pytest.raises(ShopDisconnectedError) as info:
        await p.access_token()
    assert "not authorized" in info.value.user_message
    status = await p.ensure_fresh()
    assert status.state is ShopState.DISCONNECTED


@async_test
async def test_tokens_are_redacted_once_seen(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    store, host = CredentialStore(), FakeAuthHost(clock)
    seeded = _seed(host, store)
    p = ShopTokenProvider("th-1", store, auth=host, clock=clock)
    new = await p.refresh(seeded.access_token)
    kept = store.get_tokens("th-1")
    assert kept is not None
    for secret in (new, kept.refresh_token):
        assert secret not in redact(f"url?x={secret}")
