"""Issue 13, cases 8 and 9 at the client boundary: huge numbers, bad gzip, deep nesting and
lone surrogates become models or lazpack errors, and a rotated token is never lost."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.api.decode import parse_json
from lazpack.errors import MalformedResponseError
from tests.helpers.hostile_server import BadAnswer, HostileServer


@pytest_asyncio.fixture
async def pair() -> AsyncIterator[tuple[HostileServer, LazadaClient]]:
    server = HostileServer(BadAnswer("placeholder"))
    async with LazadaClient(
        app_key="123456",
        app_secret="secret-value-1",
        asgi_app=server,
        base_url="http://127.0.0.1/rest",
        access_token="access-token-1",
        rate_limit_per_s=0,
        retry=RetryPolicy(max_attempts=1),
    ) as client:
        yield server, client


@pytest.mark.asyncio
@pytest.mark.parametrize("expires_in", ["1e30", str(10**30), "-5", '"soon"', "null"])
async def test_a_refresh_with_an_absurd_lifetime_keeps_the_rotated_token(
    pair: tuple[HostileServer, LazadaClient], expires_in: str
) -> None:
    server, client = pair
    body = (
        '{"code":"0","request_id":"r","access_token":"NEWACCESS123",'
        '"refresh_token":"NEWREFRESH456","expires_in":' + expires_in + ","
        '"refresh_expires_in":' + expires_in + "}"
    )
    server.answer = BadAnswer("tokens", body.encode())
    tokens = await client.refresh_token("OLDREFRESH789")
    assert tokens.refresh_token == "NEWREFRESH456"
    assert tokens.access_token == "NEWACCESS123"
    assert tokens.expires_at.year < 2200  # clamped, not overflowed


@pytest.mark.asyncio
async def test_bad_gzip_is_a_lazpack_error(pair: tuple[HostileServer, LazadaClient]) -> None:
    server, client = pair
    server.answer = BadAnswer(
        "bad-gzip", b"not gzip at all", headers=(("content-encoding", "gzip"),)
    )
    with pytest.raises(MalformedResponseError, match="gzip data is damaged"):
        await client.get_order(1)


@pytest.mark.asyncio
async def test_deep_nesting_is_a_lazpack_error(pair: tuple[HostileServer, LazadaClient]) -> None:
    server, client = pair
    server.answer = BadAnswer(
        "deep", b'{"code":"0","data":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    )
    with pytest.raises(MalformedResponseError, match="too deeply nested"):
        await client.get_order(1)


@pytest.mark.asyncio
async def test_a_huge_epoch_is_a_lazpack_error(pair: tuple[HostileServer, LazadaClient]) -> None:
    server, client = pair
    order = {"order_id": 1, "created_at": 10**30, "statuses": ["pending"], "price": "1"}
    server.answer = BadAnswer("epoch", json.dumps({"code": "0", "data": order}).encode())
    with pytest.raises(MalformedResponseError):
        await client.get_order(1)


@pytest.mark.asyncio
async def test_lone_surrogates_from_the_server_are_replaced_at_the_boundary(
    pair: tuple[HostileServer, LazadaClient],
) -> None:
    server, client = pair
    item = {
        "order_item_id": 11,
        "order_id": 1,
        "status": "pending",
        "name": "Mug \ud800 blue",
        "sku": "MUG-\udc80",
        "variation": "ok \U0001f600",
    }
    server.answer = BadAnswer("surrogates", json.dumps({"code": "0", "data": [item]}).encode())
    [got] = await client.get_order_items(1)
    for text in (got.name, got.sku, got.variation):
        text.encode("utf-8")  # never a UnicodeEncodeError downstream (journal, screen)
    assert got.name == "Mug \ufffd blue" and got.sku == "MUG-\ufffd"
    assert got.variation == "ok \U0001f600"  # a real pair is kept


def test_parse_json_refuses_nan_and_huge_integers() -> None:
    for raw in (b'{"a":NaN}', b'{"a":-Infinity}', b'{"a":' + b"9" * 5000 + b"}"):
        with pytest.raises(MalformedResponseError):
            parse_json(raw)


@pytest.mark.asyncio
async def test_a_date_header_from_far_away_does_not_break_the_clock(
    pair: tuple[HostileServer, LazadaClient],
) -> None:
    server, client = pair
    server.answer = BadAnswer(
        "date",
        b'{"code":"0","request_id":"r","data":{"orders":[],"count":0}}',
        headers=(("content-type", "application/json"), ("date", "Fri, 31 Dec 9999 23:59:59 GMT")),
    )
    await client.get_orders(created_after=datetime(2024, 1, 1, tzinfo=UTC))
    assert abs(client.clock_skew.total_seconds()) < 3600
