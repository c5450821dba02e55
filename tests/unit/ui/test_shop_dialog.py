"""The shop dialog and shops list, driven like a user would, on the shared qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from lazpack.config import Settings
from lazpack.credentials import CredentialStore
from lazpack.domain.ports import AuthPort
from lazpack.services.shops import AppCredentials, ShopService
from lazpack.ui.shop_dialog import ShopDialog, ShopsWidget
from tests.helpers.auth import AUTH_T0, FakeAuthHost
from tests.helpers.clocks import FakeClock
from tests.helpers.keyrings import MemoryKeyring

SECRET = "SellersOwnAppSecret0042"


class Browser:
    """Stands in for QDesktopServices.openUrl: remembers what the station opened."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.event = asyncio.Event()

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        self.event.set()
        return True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AUTH_T0)


@pytest.fixture
def service(tmp_path: Path, clock: FakeClock) -> ShopService:
    host = FakeAuthHost(clock)

    @asynccontextmanager
    async def factory(app: AppCredentials) -> AsyncIterator[AuthPort]:
        yield host

    return ShopService(
        Settings(), CredentialStore(), factory, settings_path=tmp_path / "s.json", clock=clock
    )


async def _wait(signal: object) -> list[object]:
    got: list[object] = []
    done = asyncio.Event()

    def slot(*args: object) -> None:
        got.extend(args)
        done.set()

    signal.connect(slot)  # type: ignore[attr-defined]
    async with asyncio.timeout(10):
        await done.wait()
    return got


def _fill(d: ShopDialog, redirect: str, secret: str = SECRET) -> None:
    d.region.setCurrentIndex(d.region.findData("th"))
    d.app_key.setText("123456")
    d.app_secret.setText(secret)
    d.redirect_uri.setText(redirect)


@pytest.mark.asyncio
async def test_paste_flow_adds_the_shop(
    qtbot: QtBot, service: ShopService, memory_keyring: MemoryKeyring
) -> None:
    browser = Browser()
    widget = ShopsWidget(service, open_url=browser)
    qtbot.addWidget(widget)
    dialog = widget.add_shop()
    assert dialog.isVisible()
    assert dialog.app_secret.echoMode() is QLineEdit.EchoMode.Password
    _fill(dialog, "https://example.com/lazpack/callback")
    dialog.authorize_button.click()
    [url] = browser.opened
    state = parse_qs(urlsplit(url).query)["state"][0]
    assert url.startswith("https://auth.lazada.com/oauth/authorize?")
    assert dialog.paste.isEnabled()

    dialog.paste.setText(f"https://example.com/lazpack/callback?code=0_X&state={state}")
    changed = asyncio.ensure_future(_wait(widget.shopsChanged))
    dialog.connect_button.click()
    await changed
    [shop] = service.shops()
    assert widget.status_text(shop.shop_id) == "Connected"
    assert widget.table.item(0, 0).text() == "seller@example.com (TH)"
    assert {u for _, u in memory_keyring.entries} == {
        f"{shop.shop_id}:app_secret",
        f"{shop.shop_id}:tokens",
    }


@pytest.mark.asyncio
async def test_loopback_flow_receives_the_browser_redirect(
    qtbot: QtBot, service: ShopService, memory_keyring: MemoryKeyring
) -> None:
    browser = Browser()
    dialog = ShopDialog(service, open_url=browser)
    qtbot.addWidget(dialog)
    dialog.open()
    _fill(dialog, "http://127.0.0.1:0/lazpack/callback")
    dialog.authorize_button.click()
    async with asyncio.timeout(10):
        await browser.event.wait()  # opened only once the listener is up
    assert dialog.listener is not None
    state = parse_qs(urlsplit(browser.opened[0]).query)["state"][0]
    connected = asyncio.ensure_future(_wait(dialog.shopConnected))
    # what the browser does after the seller clicks Submit
    reader, writer = await asyncio.open_connection("127.0.0.1", dialog.listener.port)
    writer.write(f"GET /lazpack/callback?code=0_L&state={state} HTTP/1.1\r\n\r\n".encode())
    await writer.drain()
    page = (await reader.read()).decode()
    writer.close()
    assert "close this tab" in page
    [shop_id] = await connected
    assert service.status(str(shop_id)).message == "Connected"
    assert not dialog.isVisible()


@pytest.mark.asyncio
async def test_bad_input_is_shown_and_nothing_opens(
    qtbot: QtBot, service: ShopService, memory_keyring: MemoryKeyring
) -> None:
    browser = Browser()
    dialog = ShopDialog(service, open_url=browser)
    qtbot.addWidget(dialog)
    _fill(dialog, "https://example.com/cb", secret="")
    dialog.authorize_button.click()
    assert "app secret" in dialog.status.text()
    assert browser.opened == []


@pytest.mark.asyncio
async def test_no_keyring_shows_the_remedy(
    qtbot: QtBot, service: ShopService, no_keyring: object
) -> None:
    browser = Browser()
    dialog = ShopDialog(service, open_url=browser)
    qtbot.addWidget(dialog)
    _fill(dialog, "https://example.com/cb")
    dialog.authorize_button.click()
    text = dialog.status.text()
    assert "No system keyring" in text
    assert "plain file" in text  # the remedy says there is no plain-text fallback
    assert browser.opened == []


@pytest.mark.asyncio
async def test_wrong_paste_is_refused_with_its_message(
    qtbot: QtBot, service: ShopService, memory_keyring: MemoryKeyring
) -> None:
    dialog = ShopDialog(service, open_url=Browser())
    qtbot.addWidget(dialog)
    _fill(dialog, "https://example.com/cb")
    dialog.authorize_button.click()
    dialog.paste.setText("https://example.com/cb?code=0_X&state=not-ours")
    failed = asyncio.ensure_future(_wait(dialog.failed))
    dialog.connect_button.click()
    [message] = await failed
    assert "different authorization" in str(message)
    assert dialog.status.text() == message
    assert service.shops() == []
    assert dialog.authorize_button.isEnabled()


async def _add(service: ShopService) -> str:
    pending = service.begin(
        app_key="123456", app_secret=SECRET, region="th", redirect_uri="https://e.com/cb"
    )
    shop = await service.complete(pending, f"?code=0_C&state={pending.state}")
    return shop.shop_id


@pytest.mark.asyncio
async def test_list_shows_expiry_and_disconnection_and_reconnects(
    qtbot: QtBot, service: ShopService, clock: FakeClock, memory_keyring: MemoryKeyring
) -> None:
    shop_id = await _add(service)
    browser = Browser()
    widget = ShopsWidget(service, open_url=browser)
    qtbot.addWidget(widget)
    clock.t += timedelta(days=176)
    widget.refresh()
    assert widget.status_text(shop_id) == "Re-authorize this shop within 4 days."
    clock.t += timedelta(days=5)
    await service.refresh_due()
    widget.refresh()
    assert "has ended" in widget.status_text(shop_id)

    widget.select(shop_id)
    dialog = widget.reconnect_selected()
    assert dialog is not None and dialog.app_key.text() == "123456"
    dialog.authorize_button.click()  # secret left empty: the stored one is used
    state = parse_qs(urlsplit(browser.opened[0]).query)["state"][0]
    dialog.paste.setText(f"?code=0_R&state={state}")
    changed = asyncio.ensure_future(_wait(widget.shopsChanged))
    dialog.connect_button.click()
    await changed
    assert widget.status_text(shop_id) == "Connected"


@pytest.mark.asyncio
async def test_remove_asks_then_deletes_the_keyring_entries(
    qtbot: QtBot, service: ShopService, memory_keyring: MemoryKeyring
) -> None:
    shop_id = await _add(service)
    widget = ShopsWidget(service, open_url=Browser())
    qtbot.addWidget(widget)
    widget.select(shop_id)
    box = widget.remove_selected()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(memory_keyring.entries) == 2
    widget.select(shop_id)
    box = widget.remove_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert memory_keyring.entries == {}
    assert widget.table.rowCount() == 0
