"""ShopService: add, reconnect, list with status, remove — with the keyring in memory."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest

from lazpack.config import Paths, Settings
from lazpack.credentials import SERVICE, CredentialStore, remedy_for
from lazpack.domain.models import CountryUserInfo, TokenSet
from lazpack.domain.ports import AuthPort
from lazpack.errors import (
    AuthorizationFlowError,
    ConfigError,
    CredentialStoreError,
    ShopDisconnectedError,
)
from lazpack.services.auth import ShopState
from lazpack.services.shops import AppCredentials, ShopService
from lazpack.station_wiring import open_shop_service
from tests.helpers.auth import AUTH_T0, FakeAuthHost
from tests.helpers.clocks import FakeClock
from tests.helpers.keyrings import MemoryKeyring, NoKeyring

APP_SECRET = "AppSecretOfTheSellersOwnApp123"


class CrossBorderHost(FakeAuthHost):
    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self._n = itertools.count(1000)  # its own token values

    def issue(self, refresh_expires_at: object = None) -> TokenSet:
        base = super().issue()
        return TokenSet(
            access_token=base.access_token,
            refresh_token=base.refresh_token,
            expires_at=base.expires_at,
            refresh_expires_at=base.refresh_expires_at,
            country="cb",
            account="cb-seller@example.com",
            country_user_info=tuple(
                CountryUserInfo(c, f"{c.upper()}900", f"u{c}") for c in ("sg", "my", "th")
            ),
        )


class Station:
    """A station's shop service as the core opens it (``open_shop_service``: settings file,
    keyring store) over one fake auth host."""

    def __init__(self, tmp_path: Path, host: FakeAuthHost, clock: FakeClock) -> None:
        self.paths = Paths(tmp_path, tmp_path, tmp_path, tmp_path)
        self.path = self.paths.settings_file
        self.host = host
        self.clock = clock
        self.apps_seen: list[AppCredentials] = []
        self.changed: list[str] = []

    @asynccontextmanager
    async def factory(self, app: AppCredentials) -> AsyncIterator[AuthPort]:
        self.apps_seen.append(app)
        yield self.host

    def service(self, settings: Settings | None = None) -> ShopService:
        """The service a (re)started station opens; ``settings`` shares another's."""
        return open_shop_service(
            settings or Settings.load(self.path),
            self.paths,
            auth=self.factory,
            clock=self.clock,
            on_change=self.changed.append,
        )


@pytest.fixture
def station(tmp_path: Path, memory_keyring: MemoryKeyring) -> Station:
    clock = FakeClock(AUTH_T0)
    return Station(tmp_path, FakeAuthHost(clock), clock)


async def _add(svc: ShopService, region: str = "th") -> str:
    pending = svc.begin(
        app_key="123456",
        app_secret=APP_SECRET,
        region=region,
        redirect_uri="https://example.com/lazpack/callback",
    )
    shop = await svc.complete(
        pending, f"https://example.com/lazpack/callback?code=0_C&state={pending.state}"
    )
    return shop.shop_id


@pytest.mark.asyncio
async def test_add_shop_names_it_and_survives_a_restart(
    station: Station, memory_keyring: MemoryKeyring
) -> None:
    svc = station.service()
    pending = svc.begin(
        app_key="123456",
        app_secret=APP_SECRET,
        region="th",
        redirect_uri="https://example.com/lazpack/callback",
    )
    q = parse_qs(urlsplit(pending.url).query)
    assert q["client_id"] == ["123456"] and q["state"] == [pending.state]
    assert APP_SECRET not in repr(pending)

    shop = await svc.complete(
        pending, f"https://example.com/lazpack/callback?code=0_C&state={pending.state}"
    )
    assert shop.name == "seller@example.com (TH)"
    assert shop.seller_ids == {"th": "1000001"}
    assert station.apps_seen[0].app_secret == APP_SECRET

    restarted = station.service()
    [(config, status)] = restarted.statuses()
    assert config.shop_id == shop.shop_id and status.state is ShopState.CONNECTED
    assert restarted.app_secret(shop.shop_id) == APP_SECRET
    token = await restarted.provider(shop.shop_id).access_token()
    assert token in station.host.valid_access
    # settings carry no secret
    text = station.path.read_text()
    assert APP_SECRET not in text and token not in text
    assert json.loads(text)["shops"][0]["app_key"] == "123456"


@pytest.mark.asyncio
async def test_two_shops_each_with_its_own_tokens(station: Station) -> None:
    settings = Settings.load(station.path)
    svc = station.service(settings)
    th = await _add(svc, "th")
    cb_station = Station(station.path.parent, CrossBorderHost(station.clock), station.clock)
    svc_cb = cb_station.service(settings)
    cb = await _add(svc_cb, "cb")
    assert th != cb
    restarted = station.service()
    shops = {s.shop_id: s for s in restarted.shops()}
    assert shops[cb].region == "cb"
    assert shops[cb].seller_ids == {"sg": "SG900", "my": "MY900", "th": "TH900"}
    assert shops[cb].name == "cb-seller@example.com (SG, MY, TH)"
    assert restarted.ventures(th) == ["th"]
    assert restarted.ventures(cb) == ["sg", "my", "th"]
    assert cb_station.apps_seen[0].gateway_region == "sg"
    assert station.apps_seen[0].gateway_region == "th"
    t_th = await restarted.provider(th).access_token()
    t_cb = await restarted.provider(cb).access_token()
    assert t_th != t_cb


@pytest.mark.asyncio
async def test_authorizing_the_same_shop_again_replaces_it(station: Station) -> None:
    svc = station.service()
    first = await _add(svc)
    second = await _add(svc)
    assert first == second and len(svc.shops()) == 1


@pytest.mark.asyncio
async def test_remove_deletes_the_keyring_entries(
    station: Station, memory_keyring: MemoryKeyring
) -> None:
    svc = station.service()
    shop_id = await _add(svc)
    assert {u for _, u in memory_keyring.entries} == {f"{shop_id}:app_secret", f"{shop_id}:tokens"}
    svc.remove(shop_id)
    assert memory_keyring.entries == {}
    assert station.service().shops() == []
    assert station.changed[-1] == shop_id


@pytest.mark.asyncio
async def test_revoked_shop_reconnects_with_the_stored_secret(station: Station) -> None:
    svc = station.service()
    shop_id = await _add(svc)
    station.host.valid_refresh.clear()  # revoked at Lazada
    station.clock.t += timedelta(days=29, hours=12)
    provider = svc.provider(shop_id)
    with pytest.raises(ShopDisconnectedError):
        await provider.access_token()
    assert svc.status(shop_id).state is ShopState.DISCONNECTED

    pending = svc.begin_reconnect(shop_id)
    assert pending.shop_id == shop_id
    await svc.complete(pending, f"?code=0_NEW&state={pending.state}")
    assert svc.status(shop_id).state is ShopState.CONNECTED
    assert await provider.access_token() in station.host.valid_access
    assert len(svc.shops()) == 1


@pytest.mark.asyncio
async def test_pasted_answer_of_another_attempt_adds_nothing(station: Station) -> None:
    svc = station.service()
    pending = svc.begin(
        app_key="123456", app_secret=APP_SECRET, region="th", redirect_uri="https://e.com/cb"
    )
    with pytest.raises(AuthorizationFlowError):
        await svc.complete(pending, "https://e.com/cb?code=0_C&state=someone-else")
    assert svc.shops() == [] and station.apps_seen == []


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("region", "xx", "Unknown region"),
        ("app_key", "abc", "app key is a number"),
        ("app_secret", " ", "app secret"),
        ("redirect_uri", "ftp://x", "redirect URI"),
    ],
)
def test_bad_setup_input_is_refused_before_the_browser_opens(
    station: Station, field: str, value: str, words: str
) -> None:
    args = {
        "app_key": "123456",
        "app_secret": APP_SECRET,
        "region": "th",
        "redirect_uri": "https://e.com/cb",
    }
    args[field] = value
    with pytest.raises(ConfigError) as info:
        station.service().begin(**args)
    assert words in info.value.user_message


def test_no_keyring_is_reported_before_the_browser_opens(
    tmp_path: Path, no_keyring: object
) -> None:
    clock = FakeClock(AUTH_T0)
    svc = Station(tmp_path, FakeAuthHost(clock), clock).service()
    with pytest.raises(CredentialStoreError) as info:
        svc.begin(
            app_key="123456", app_secret=APP_SECRET, region="th", redirect_uri="https://e.com/cb"
        )
    assert info.value.hint


@pytest.mark.asyncio
async def test_expiring_refresh_token_is_shown_per_shop(station: Station) -> None:
    svc = station.service()
    await _add(svc)
    station.clock.t += timedelta(days=178)
    [status] = await svc.refresh_due()
    assert status.state is ShopState.EXPIRING
    assert status.message == "Re-authorize this shop within 2 days."


def test_keyring_entries_use_the_lazpack_service(memory_keyring: MemoryKeyring) -> None:
    CredentialStore().set_app_secret("th-1", APP_SECRET)
    assert (SERVICE, "th-1:app_secret") in memory_keyring.entries


@pytest.mark.asyncio
async def test_shops_without_a_keyring_show_the_remedy_and_do_not_raise(
    station: Station, memory_keyring: MemoryKeyring
) -> None:
    shop_id = await _add(station.service())
    keyring.set_keyring(NoKeyring())  # e.g. the keyring daemon is gone after a restart
    svc = station.service()
    [status] = await svc.refresh_due()
    assert status.state is ShopState.DISCONNECTED
    assert "No system keyring" in status.message and remedy_for() in status.message
    with pytest.raises(CredentialStoreError):
        svc.app_secret(shop_id)
