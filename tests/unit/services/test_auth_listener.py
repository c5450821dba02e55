"""The loopback OAuth listener, driven over a real socket like a browser would."""

from __future__ import annotations

import asyncio

import pytest

from lazpack.errors import AuthorizationFlowError
from lazpack.services.oauth_listener import LoopbackListener, loopback_address


async def _browser_get(port: int, target: str) -> tuple[str, str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    await writer.drain()
    raw = await reader.read()
    writer.close()
    await writer.wait_closed()
    head, _, body = raw.decode().partition("\r\n\r\n")
    return head.split("\r\n", 1)[0], body


def test_loopback_address_only_for_http_loopback_with_a_port() -> None:
    assert loopback_address("http://127.0.0.1:8123/lazpack/callback") == (
        "127.0.0.1",
        8123,
        "/lazpack/callback",
    )
    assert loopback_address("http://localhost:9000") == ("127.0.0.1", 9000, "/")
    assert loopback_address("https://example.com/cb") is None
    assert loopback_address("http://127.0.0.1/cb") is None
    assert loopback_address("http://192.168.1.5:8123/cb") is None


@pytest.mark.asyncio
async def test_callback_with_matching_state_delivers_the_code() -> None:
    async with LoopbackListener("http://127.0.0.1:0/cb", "STATE-1") as listener:
        waiting = asyncio.create_task(listener.wait())
        status, body = await _browser_get(listener.port, "/cb?code=0_CODE123&state=STATE-1")
        assert await waiting == "0_CODE123"
    assert status == "HTTP/1.1 200 OK"
    assert "close this tab" in body
    assert "0_CODE123" not in body


@pytest.mark.asyncio
async def test_wrong_state_and_other_paths_do_not_end_the_wait() -> None:
    async with LoopbackListener("http://127.0.0.1:0/cb", "STATE-1") as listener:
        waiting = asyncio.create_task(listener.wait())
        status, body = await _browser_get(listener.port, "/cb?code=0_EVIL&state=FORGED")
        assert status == "HTTP/1.1 400 Bad Request" and "does not belong" in body
        status, _ = await _browser_get(listener.port, "/favicon.ico")
        assert status == "HTTP/1.1 404 Not Found"
        assert not waiting.done()
        await _browser_get(listener.port, "/cb?state=STATE-1&code=0_GOOD")
        assert await waiting == "0_GOOD"


@pytest.mark.asyncio
async def test_denied_consent_is_reported() -> None:
    async with LoopbackListener("http://127.0.0.1:0/cb", "S") as listener:
        waiting = asyncio.create_task(listener.wait())
        await _browser_get(listener.port, "/cb?error=access_denied&state=S")
        with pytest.raises(AuthorizationFlowError) as info:
            await waiting
    assert "access_denied" in info.value.user_message


@pytest.mark.asyncio
async def test_busy_port_is_a_clear_error() -> None:
    async with LoopbackListener("http://127.0.0.1:0/cb", "S") as first:
        second = LoopbackListener(f"http://127.0.0.1:{first.port}/cb", "S")
        with pytest.raises(AuthorizationFlowError) as info:
            await second.start()
    assert "busy" in info.value.user_message
    assert "paste" in info.value.hint


def test_non_loopback_redirect_is_refused() -> None:
    with pytest.raises(AuthorizationFlowError):
        LoopbackListener("https://example.com/cb", "S")
