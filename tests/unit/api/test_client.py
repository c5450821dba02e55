"""The client's own behaviour against a scripted fake (tests/unit/api/fake_lazada.py)."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import pytest_asyncio

from lazpack.api import AUTH_URL, GATEWAYS, LazadaClient, RetryPolicy, StaticTokenProvider
from lazpack.domain.models import Region
from lazpack.errors import (
    BatchFailedError,
    BusinessError,
    ConfigError,
    IllegalAccessTokenError,
    MalformedResponseError,
    NetworkError,
    OutcomeUnknownError,
    RateLimitError,
    SignatureError,
    TransientError,
)
from tests.helpers.lazada_http import (
    APP_KEY,
    FRESH_TOKEN,
    SECRET,
    TOKEN,
    FakeLazada,
    Hang,
    Raw,
    RotatingTokens,
    error,
    ok,
    result,
)

FAST = RetryPolicy(max_attempts=4, backoff_base_s=0.001, backoff_max_s=0.01)
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def make_order(i: int, created: datetime) -> dict[str, Any]:
    return {
        "order_id": 1000 + i,
        "order_number": 1000 + i,
        "created_at": created.strftime("%Y-%m-%d %H:%M:%S +0000"),
        "updated_at": created.isoformat(),
        "statuses": ["pending"],
        "items_count": 1,
        "price": "10.00",
    }


@pytest.fixture
def fake() -> FakeLazada:
    return FakeLazada()


@pytest_asyncio.fixture
async def client(fake: FakeLazada) -> AsyncIterator[LazadaClient]:
    async with LazadaClient(
        app_key=APP_KEY,
        app_secret=SECRET,
        asgi_app=fake,
        token_provider=RotatingTokens(),
        timeout_s=0.5,
        retry=FAST,
    ) as c:
        yield c


# ---------------------------------------------------------------- construction
def test_region_picks_gateway_and_auth_host() -> None:
    c = LazadaClient(app_key="k", app_secret="secret-xyz", region="th", access_token="tok-123456")
    assert c.base_url == GATEWAYS[Region.TH] and c.auth_url == AUTH_URL


def test_base_url_is_also_the_auth_url_by_default() -> None:
    c = LazadaClient(app_key="k", app_secret="secret-xyz", base_url="http://127.0.0.1:9/rest")
    assert c.auth_url == "http://127.0.0.1:9/rest"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/rest",
        "http://localhost/rest",
        "http://[::1]:1/rest",
        "http://emulator.localhost/rest",
        "https://api.example.com/rest",
    ],
)
def test_https_or_loopback_accepted(url: str) -> None:
    client = LazadaClient(app_key="k", app_secret="secret-xyz", base_url=url)
    assert client.base_url == url


@pytest.mark.parametrize(
    "url",
    ["http://api.lazada.sg/rest", "http://10.0.0.5/rest", "ftp://127.0.0.1/rest", "api.lazada.sg"],
)
def test_plain_http_elsewhere_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        LazadaClient(app_key="k", app_secret="secret-xyz", base_url=url)


def test_unknown_region_and_missing_target_refused() -> None:
    with pytest.raises(ConfigError):
        LazadaClient(app_key="k", app_secret="secret-xyz", region="uk")
    with pytest.raises(ConfigError):
        LazadaClient(app_key="k", app_secret="secret-xyz")


def test_reprs_hide_secrets() -> None:
    c = LazadaClient(app_key="k", app_secret="secret-xyz", region="sg", access_token="tok-123456")
    p = StaticTokenProvider("tok-123456")
    assert "secret-xyz" not in repr(c) and "tok-123456" not in repr(c)
    assert "tok-123456" not in repr(p)


# ---------------------------------------------------------------- reads
@pytest.mark.asyncio
async def test_get_orders_is_a_signed_get_with_iso_dates(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on(
        "/orders/get", lambda p: ok({"count": 1, "countTotal": 1, "orders": [make_order(1, T0)]})
    )
    page = await client.get_orders(status="pending", created_after=T0, limit=50)
    assert [o.order_id for o in page.orders] == [1001]
    req = fake.requests[-1]
    assert req.method == "GET" and fake.bad_signatures == 0
    assert req.query["created_after"] == "2026-01-01T00:00:00+00:00"
    assert req.query["limit"] == "50" and req.query["status"] == "pending"
    assert "created_before" not in req.query  # empty params are never sent


@pytest.mark.asyncio
async def test_a_get_query_is_encoded_as_httpx_would_and_arrives_intact(
    client: LazadaClient, fake: FakeLazada
) -> None:
    awkward = "a b+c/d?&=é 中 [1,2] %20 ~*'()"
    fake.on("/orders/get", lambda p: ok({"count": 0, "countTotal": 0, "orders": []}))
    await client.call("/orders/get", {"status": awkward, "limit": 7}, write=False)
    req = fake.requests[-1]
    assert req.query["status"] == awkward and req.query["limit"] == "7"
    assert fake.bad_signatures == 0
    # byte for byte what httpx's own ``params=`` encoding makes of the same pairs
    pairs = parse_qsl(req.raw_query, keep_blank_values=True)
    assert httpx.URL("https://x/", params=pairs).query.decode() == req.raw_query


@pytest.mark.asyncio
async def test_multiple_order_items_in_chunks_of_50(client: LazadaClient, fake: FakeLazada) -> None:
    def handler(p: dict[str, str]) -> Any:
        ids = json.loads(p["order_ids"])
        return ok(
            [
                {
                    "order_id": i,
                    "order_items": [{"order_item_id": i * 10, "order_id": i, "status": "pending"}],
                }
                for i in ids
            ]
        )

    fake.on("/orders/items/get", handler)
    items = await client.get_multiple_order_items(range(1, 121))
    calls = fake.calls("/orders/items/get")
    assert len(calls) == 3
    assert calls[0].query["order_ids"].startswith("[1,2,3,")  # "[1,2]" format, no spaces
    assert sorted(items) == list(range(1, 121))
    assert items[7][0].order_item_id == 70


async def _windowed_orders(fake: FakeLazada, n: int, cap: int) -> None:
    """GetOrders over n orders, two per second, that enforces an offset cap."""
    orders = [make_order(i, T0 + timedelta(seconds=i // 2)) for i in range(n)]

    def handler(p: dict[str, str]) -> Any:
        offset, limit = int(p["offset"]), int(p["limit"])
        if offset > cap:
            return error("14", f'E014: "{offset}" Invalid Offset')
        after = datetime.fromisoformat(p["created_after"])
        match = [o for o in orders if datetime.fromisoformat(o["updated_at"]) > after]
        page = match[offset : offset + limit]
        return ok({"count": len(page), "countTotal": len(match), "orders": page})

    fake.on("/orders/get", handler)


@pytest.mark.asyncio
async def test_iter_orders_slides_the_window_past_the_offset_cap(fake: FakeLazada) -> None:
    await _windowed_orders(fake, 537, cap=100)
    async with LazadaClient(
        app_key=APP_KEY,
        app_secret=SECRET,
        asgi_app=fake,
        access_token=TOKEN,
        offset_cap=100,
        page_size=20,
        retry=FAST,
    ) as c:
        got = [
            o.order_id
            async for o in c.iter_orders(status="pending", created_after=T0 - timedelta(seconds=1))
        ]
    assert sorted(got) == [1000 + i for i in range(537)]
    assert len(got) == len(set(got))
    offsets = {int(r.query["offset"]) for r in fake.calls("/orders/get")}
    assert max(offsets) <= 100
    windows = {r.query["created_after"] for r in fake.calls("/orders/get")}
    assert len(windows) > 1


@pytest.mark.asyncio
async def test_iter_orders_without_count_total_walks_until_short_page(fake: FakeLazada) -> None:
    orders = [make_order(i, T0) for i in range(45)]
    fake.on(
        "/orders/get",
        lambda p: ok({"orders": orders[int(p["offset"]) : int(p["offset"]) + int(p["limit"])]}),
    )
    async with LazadaClient(
        app_key=APP_KEY, app_secret=SECRET, asgi_app=fake, access_token=TOKEN, page_size=20
    ) as c:
        got = [o.order_id async for o in c.iter_orders()]
    assert len(got) == 45 and len(fake.calls("/orders/get")) == 3


# ---------------------------------------------------------------- retries
@pytest.mark.asyncio
async def test_reads_retry_5xx_timeouts_and_garbage(client: LazadaClient, fake: FakeLazada) -> None:
    fake.on(
        "/order/items/get", lambda p: ok([{"order_item_id": 5, "order_id": 1, "status": "pending"}])
    )
    fake.script(
        "/order/items/get",
        Raw(503, b"busy"),
        Hang(5.0, ok([])),
        Raw(200, b"<html>proxy error</html>"),
    )
    items = await client.get_order_items(1)
    assert [i.order_item_id for i in items] == [5]
    stamps = [r.params["timestamp"] for r in fake.calls("/order/items/get")]
    assert len(stamps) == 4 and fake.bad_signatures == 0


@pytest.mark.asyncio
async def test_reads_give_up_after_max_attempts(client: LazadaClient, fake: FakeLazada) -> None:
    fake.script(
        "/order/get",
        *[error("ServiceTimeout", "The request has failed due to service timeout")] * 4,
    )
    with pytest.raises(TransientError) as info:
        await client.get_order(1)
    assert info.value.code == "ServiceTimeout"
    assert len(fake.calls("/order/get")) == 4
    fake.script("/order/get", *[Raw(200, b"not json")] * 4)
    with pytest.raises(MalformedResponseError):
        await client.get_order(1)


@pytest.mark.asyncio
async def test_rate_limit_waits_the_ban_then_succeeds(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on("/order/get", lambda p: ok(make_order(1, T0)))
    fake.script(
        "/order/get",
        error("ApiCallLimit", "this ban will last 0.01 seconds."),
        error("901", "E901"),
    )
    order = await client.get_order(1)
    assert order.order_id == 1001 and len(fake.calls("/order/get")) == 3
    fake.script("/order/get", Raw(429, b"slow down", [(b"retry-after", b"0")]))
    assert (await client.get_order(1)).order_id == 1001
    assert client.rate_limited == 3


@pytest.mark.asyncio
async def test_rate_limit_persisting_raises(client: LazadaClient, fake: FakeLazada) -> None:
    fake.script("/order/get", *[error("ApiCallLimit", "this ban will last 0.01 seconds.")] * 4)
    with pytest.raises(RateLimitError) as info:
        await client.get_order(1)
    assert info.value.ban_seconds == 0.01


def _pack_rows(p: dict[str, str], bad: frozenset[int] = frozenset()) -> Any:
    req = json.loads(p["packReq"])
    return result(
        {
            "pack_order_list": [
                {
                    "order_id": o["order_id"],
                    "order_item_list": [
                        {
                            "order_item_id": i,
                            "item_err_code": "700000" if i in bad else "0",
                            "msg": "not allowed" if i in bad else "success",
                            "retry": False,
                            "package_id": "" if i in bad else f"FP{i}",
                            "tracking_number": "" if i in bad else f"T{i}",
                        }
                        for i in o["order_item_list"]
                    ],
                }
                for o in req["pack_order_list"]
            ]
        }
    )


@pytest.mark.asyncio
async def test_write_timeout_is_outcome_unknown_and_not_resent(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on("/order/fulfill/pack", _pack_rows)
    fake.script("/order/fulfill/pack", Hang(5.0, ok({})))
    with pytest.raises(OutcomeUnknownError):
        await client.pack({1: [11]}, shipping_allocate_type="TFS")
    assert len(fake.calls("/order/fulfill/pack")) == 1
    fake.script("/order/package/rts", Raw(502, b"bad gateway"))
    with pytest.raises(OutcomeUnknownError):
        await client.ready_to_ship(["FP1"])
    fake.script("/order/package/rts", error("ServiceTimeout"))
    with pytest.raises(OutcomeUnknownError):
        await client.ready_to_ship(["FP1"])
    assert len(fake.calls("/order/package/rts")) == 2


@pytest.mark.asyncio
async def test_write_rate_limited_and_lock_failed_are_retried(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on("/order/fulfill/pack", _pack_rows)
    fake.script(
        "/order/fulfill/pack",
        error("ApiCallLimit", "this ban will last 0.01 seconds."),
        result(None, success=False, error_code="700024", error_msg="GET_LOCK_FAILED"),
    )
    res = await client.pack({1: [11, 12]}, shipping_allocate_type="TFS")
    assert res.outcome == "ok" and len(fake.calls("/order/fulfill/pack")) == 3
    req = fake.calls("/order/fulfill/pack")[-1]
    assert req.method == "POST" and "packReq" not in req.query  # form body, not query
    assert json.loads(req.params["packReq"]) == {
        "pack_order_list": [{"order_id": 1, "order_item_list": [11, 12]}],
        "delivery_type": "dropship",
        "shipping_allocate_type": "TFS",
    }


@pytest.mark.asyncio
async def test_connection_refused_write_is_retried_then_network_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with LazadaClient(
        app_key=APP_KEY,
        app_secret=SECRET,
        base_url=f"http://127.0.0.1:{port}/rest",
        access_token=TOKEN,
        retry=FAST,
    ) as c:
        with pytest.raises(NetworkError):
            await c.ready_to_ship(["FP1"])
        assert c.calls == FAST.max_attempts  # refused before sending: safe to retry a write


# ---------------------------------------------------------------- batches
@pytest.mark.asyncio
async def test_batches_split_by_20_and_partial_failure_is_never_ok(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on("/order/fulfill/pack", lambda p: _pack_rows(p, bad=frozenset({5011})))
    orders = {i: [i * 10 + 1, i * 10 + 2] for i in range(500, 545)}  # 45 orders
    res = await client.pack(orders, shipping_allocate_type="TFS")
    calls = fake.calls("/order/fulfill/pack")
    assert [len(json.loads(c.params["packReq"])["pack_order_list"]) for c in calls] == [20, 20, 5]
    assert res.outcome == "partial" and not res.all_ok
    assert [(r.key, r.err_code, r.msg) for r in res.failed] == [(5011, "700000", "not allowed")]
    assert len(res.succeeded) == 89 and res.succeeded[0].package_id.startswith("FP")


@pytest.mark.asyncio
async def test_failed_chunk_becomes_failed_rows_with_batch_code(
    client: LazadaClient, fake: FakeLazada
) -> None:
    def rts(p: dict[str, str]) -> Any:
        pkgs = json.loads(p["readyToShipReq"])["packages"]
        if pkgs[0]["package_id"] == "FP0":
            return result(None, success=False, errorCode="700009", errorMsg="not DBS")
        return result(
            {
                "packages": [
                    {
                        "package_id": x["package_id"],
                        "item_err_code": "0",
                        "msg": "success",
                        "retry": "false",
                    }
                    for x in pkgs
                ]
            }
        )

    fake.on("/order/package/rts", rts)
    res = await client.ready_to_ship([f"FP{i}" for i in range(25)])
    assert res.outcome == "partial"
    assert {r.key for r in res.failed} == {f"FP{i}" for i in range(20)}
    assert {r.err_code for r in res.failed} == {"700009"} and res.failed[0].msg == "not DBS"
    assert len(res.request_ids) == 2


@pytest.mark.asyncio
async def test_rows_missing_from_the_answer_are_an_unknown_outcome(
    client: LazadaClient, fake: FakeLazada
) -> None:
    """Issue 13 case 3: a write answer without the rows sent says nothing about what
    Lazada did: unknown (reconciled by the caller), never "failed"."""
    fake.on("/order/package/repack", lambda p: result({"packages": []}))
    with pytest.raises(OutcomeUnknownError, match="no row for 1 of 1"):
        await client.recreate_package(["FP1"])


@pytest.mark.asyncio
async def test_wrapper_names_for_every_write(client: LazadaClient, fake: FakeLazada) -> None:
    def pkg(name: str) -> Any:
        return lambda p: result(
            {
                "packages": [
                    {
                        "package_id": x["package_id"],
                        "item_err_code": "0",
                        "msg": "ok",
                        "retry": False,
                    }
                    for x in json.loads(p[name])["packages"]
                ]
            }
        )

    fake.on("/order/package/repack", pkg("rePackReq"))
    fake.on("/order/package/sof/delivered", pkg("dbsDeliveryReq"))
    fake.on("/order/package/sof/failed_delivery", pkg("dbsFailedDeliveryReq"))
    fake.on(
        "/order/digital/delivered",
        lambda p: result(
            {
                "orders": [
                    {
                        "order_id": o["order_id"],
                        "order_item_list": [
                            {"order_item_id": i, "item_err_code": "0", "msg": "ok", "retry": False}
                            for i in o["order_item_list"]
                        ],
                    }
                    for o in json.loads(p["digitalDeliveryReq"])["orders"]
                ]
            }
        ),
    )
    assert (await client.recreate_package(["FP1"])).outcome == "ok"
    assert (await client.confirm_delivery_dbs(["FP1"])).outcome == "ok"
    assert (await client.failed_delivery_dbs(["FP1"])).outcome == "ok"
    assert (await client.deliver_digital({7: [70]})).rows[0].key == 70


@pytest.mark.asyncio
async def test_providers_awb_and_document(client: LazadaClient, fake: FakeLazada) -> None:
    fake.on(
        "/order/shipment/providers/get",
        lambda p: result(
            {
                "platform_default": 0,
                "shipping_allocate_type": "NTFS",
                "shipment_providers": [{"name": "LEX", "provider_code": "FM40"}],
            }
        ),
    )
    prov = await client.get_shipment_providers({1: [11]})
    assert not prov.platform_default and prov.providers[0].provider_code == "FM40"
    assert json.loads(fake.requests[-1].query["getShipmentProvidersReq"]) == {
        "orders": [{"order_id": 1, "order_item_ids": [11]}]
    }
    fake.on(
        "/order/package/document/get",
        lambda p: result(
            {
                "doc_type": "PDF",
                "file": "PGlmcmFtZT4=",
                "pdf_url": "http://emulator.localhost/rest/doc/1.pdf",
            }
        ),
    )
    docs = await client.print_awb(["FP1", "FP2"])
    assert docs[0].file == b"<iframe>" and docs[0].package_ids == ("FP1", "FP2")
    fake.on("/doc/1.pdf", lambda p: Raw(200, b"%PDF-1.4 label"))
    fake.valid_tokens.add(None)  # type: ignore[arg-type]  # documents are not signed
    assert await client.fetch_document(docs[0].pdf_url) == b"%PDF-1.4 label"
    fake.script(
        "/order/package/document/get",
        result(None, success=False, error_code="700040", error_msg="no"),
    )
    with pytest.raises(BatchFailedError):
        await client.print_awb(["FP3"])


# ---------------------------------------------------------------- tokens, clock
@pytest.mark.asyncio
async def test_illegal_access_token_refreshes_once_then_retries(fake: FakeLazada) -> None:
    fake.on("/order/get", lambda p: ok(make_order(1, T0)))
    fake.valid_tokens = {FRESH_TOKEN}
    tokens = RotatingTokens()
    async with LazadaClient(
        app_key=APP_KEY, app_secret=SECRET, asgi_app=fake, token_provider=tokens
    ) as c:
        assert (await c.get_order(1)).order_id == 1001
        assert tokens.refreshes == [TOKEN]
        fake.valid_tokens = set()
        with pytest.raises(IllegalAccessTokenError):
            await c.get_order(1)
        assert tokens.refreshes == [TOKEN, FRESH_TOKEN]  # once per call, not in a loop


@pytest.mark.asyncio
async def test_static_token_cannot_refresh(fake: FakeLazada) -> None:
    fake.valid_tokens = set()
    async with LazadaClient(
        app_key=APP_KEY, app_secret=SECRET, asgi_app=fake, access_token=TOKEN
    ) as c:
        with pytest.raises(IllegalAccessTokenError):
            await c.get_order(1)


@pytest.mark.asyncio
async def test_token_apis_go_to_the_auth_host_without_access_token(fake: FakeLazada) -> None:
    answer = {
        "access_token": "new-access-000001",
        "refresh_token": "new-refresh-00001",
        "expires_in": 604800,
        "refresh_expires_in": 2592000,
        "country": "sg",
        "country_user_info_list": [{"country": "sg", "seller_id": "1", "user_id": "2"}],
        "code": "0",
        "request_id": "t",
    }
    fake.on("/auth/token/refresh", lambda p: answer)
    fake.script("/auth/token/create", error("InvalidCode", "Invalid authorization code"))
    async with LazadaClient(
        app_key=APP_KEY,
        app_secret=SECRET,
        asgi_app=fake,
        base_url="http://api.localhost/rest",
        auth_url="http://auth.localhost/rest",
    ) as c:
        tokens = await c.refresh_token("old-refresh-token-1")
        with pytest.raises(Exception) as info:
            await c.create_token("0_100132_abc")
    assert tokens.access_token == "new-access-000001" and tokens.country_user_info[0].user_id == "2"
    assert type(info.value).__name__ == "InvalidCodeError"
    for r in fake.requests:
        assert r.host == "auth.localhost" and r.method == "POST" and "access_token" not in r.params


@pytest.mark.asyncio
async def test_clock_skew_from_date_header_corrects_next_timestamp(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.on("/order/get", lambda p: ok(make_order(1, T0)))
    ahead = datetime.now(UTC) + timedelta(hours=3)
    fake.date_header = format_datetime(ahead, usegmt=True)
    await client.get_order(1)
    await client.get_order(1)
    first, second = (int(r.params["timestamp"]) for r in fake.calls("/order/get"))
    assert second - first > 3 * 3600 * 1000 - 10_000
    assert abs(client.clock_skew - timedelta(hours=3)) < timedelta(seconds=10)


@pytest.mark.asyncio
async def test_wrong_secret_is_a_signature_error(fake: FakeLazada) -> None:
    async with LazadaClient(
        app_key=APP_KEY, app_secret="wrong-secret-00", asgi_app=fake, access_token=TOKEN
    ) as c:
        with pytest.raises(SignatureError):
            await c.get_order(1)


# ---------------------------------------------------------------- redaction
@pytest.mark.asyncio
async def test_no_secret_in_logs_or_errors(
    fake: FakeLazada, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.on("/order/get", lambda p: ok(make_order(1, T0)))
    fake.on("/order/fulfill/pack", lambda p: _pack_rows(p, bad=frozenset({11})))
    fake.valid_tokens = {FRESH_TOKEN}
    fake.script(
        "/order/get", Raw(500, b"oops"), error("ApiCallLimit", "this ban will last 0.01 seconds.")
    )
    messages: list[str] = []
    async with LazadaClient(
        app_key=APP_KEY,
        app_secret=SECRET,
        asgi_app=fake,
        token_provider=RotatingTokens(),
        retry=FAST,
        timeout_s=0.3,
    ) as c:
        await c.get_order(1)
        await c.pack({1: [11, 12]}, shipping_allocate_type="TFS")
        fake.script("/order/package/rts", Hang(2.0))
        with pytest.raises(OutcomeUnknownError) as lost:
            await c.ready_to_ship(["FP1"])
        messages.append(str(lost.value) + repr(lost.value))
        messages.append(repr(c))
    signs = {r.params["sign"] for r in fake.requests}
    text = caplog.text + "\n".join(messages)
    # the log did carry the places a secret could leak from: signed URLs, retries, refresh
    api_lines = [r.getMessage() for r in caplog.records if r.name == "lazpack.api"]
    assert any(m.startswith("/order/get: attempt 1 failed") for m in api_lines), api_lines
    assert "/order/get: rate limited; waiting 0.01 s" in api_lines
    assert "/order/get: access token rejected; refreshing once" in api_lines
    assert caplog.text.count("access_token=<redacted>&sign=<redacted>") == 4  # the 4 GETs
    assert len(messages) == 2  # the lost RTS answer raised, and its text was checked
    for secret in {SECRET, TOKEN, FRESH_TOKEN, *signs}:
        assert secret not in text


@pytest.mark.asyncio
async def test_iter_orders_by_update_time(client: LazadaClient, fake: FakeLazada) -> None:
    orders = [make_order(i, T0) for i in range(3)]
    fake.on("/orders/get", lambda p: ok({"count": 3, "countTotal": 3, "orders": orders}))
    got = [o.order_id async for o in client.iter_orders(update_after=T0)]
    assert got == [1000, 1001, 1002]
    query = fake.calls("/orders/get")[0].query
    assert query["update_after"] == T0.isoformat() and "created_after" not in query
    assert query["sort_by"] == "updated_at" and query["sort_direction"] == "ASC"


@pytest.mark.asyncio
async def test_bad_arguments_are_refused_before_sending(
    client: LazadaClient, fake: FakeLazada
) -> None:
    with pytest.raises(ValueError):
        await client.get_orders(created_after=datetime(2026, 1, 1))  # naive
    with pytest.raises(ValueError):
        await client.get_orders(limit=101)
    with pytest.raises(ValueError):
        await client.pack({}, shipping_allocate_type="TFS")
    with pytest.raises(ValueError):
        await client.get_shipment_providers({i: [i] for i in range(21)})
    with pytest.raises(ConfigError):
        await client.fetch_document("http://example.com/label.pdf")
    assert fake.requests == []


@pytest.mark.asyncio
async def test_expired_document_link_is_a_clear_error(
    client: LazadaClient, fake: FakeLazada
) -> None:
    fake.valid_tokens.add(None)  # type: ignore[arg-type]  # documents are not signed
    fake.on("/doc/old.pdf", lambda p: Raw(410, b"gone"))
    with pytest.raises(BusinessError) as info:
        await client.fetch_document("http://emulator.localhost/rest/doc/old.pdf")
    assert "410" in str(info.value)


@pytest.mark.asyncio
async def test_a_lock_failure_with_an_unreadable_success_is_unknown_not_retried(
    client: LazadaClient, fake: FakeLazada
) -> None:
    # "success": "no" is neither true nor false: the answer does not say the batch was
    # refused, so it is not resent as a lock failure; the outcome is unknown.
    fake.on("/order/fulfill/pack", _pack_rows)
    fake.script(
        "/order/fulfill/pack",
        result(None, success="no", error_code="700024", error_msg="GET_LOCK_FAILED"),  # type: ignore[arg-type]
    )
    with pytest.raises(OutcomeUnknownError):
        await client.pack({1: [11]}, shipping_allocate_type="TFS")
    assert len(fake.calls("/order/fulfill/pack")) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("/order/package/rts", result(None, success=False)),
        (
            "/order/package/rts",
            result({"packages": [{"package_id": "FP1", "msg": "success"}]}),
        ),
        (
            "/order/fulfill/pack",
            result(
                {
                    "pack_order_list": [
                        {
                            "order_id": 1,
                            "order_item_list": [{"order_item_id": 11, "item_err_code": "0"}],
                        }
                    ]
                }
            ),
        ),
    ],
)
async def test_an_unreadable_write_answer_names_its_api(
    client: LazadaClient, fake: FakeLazada, path: str, answer: Any
) -> None:
    fake.on(path, lambda p: answer)
    with pytest.raises(OutcomeUnknownError) as caught:
        if path == "/order/fulfill/pack":
            await client.pack({1: [11]}, shipping_allocate_type="TFS")
        else:
            await client.ready_to_ship(["FP1"])
    cause = caught.value.__cause__
    assert isinstance(cause, MalformedResponseError)
    assert cause.api_path == path


@pytest.mark.asyncio
async def test_deliver_digital_rows_need_no_package_id(
    client: LazadaClient, fake: FakeLazada
) -> None:
    # The package_id rule is Pack's: a digital delivery row says OK without one.
    fake.on(
        "/order/digital/delivered",
        lambda p: result(
            {
                "orders": [
                    {
                        "order_id": 1,
                        "order_item_list": [{"order_item_id": 11, "item_err_code": "0"}],
                    }
                ]
            }
        ),
    )
    res = await client.deliver_digital({1: [11]})
    assert res.outcome == "ok"
