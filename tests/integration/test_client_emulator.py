"""LazadaClient against the emulator: in-process (ASGITransport) and over loopback."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy, StaticTokenProvider, wire
from lazpack.domain.models import PACKABLE
from lazpack.emulator import (
    DEMO_ACCESS_TOKEN,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    DEMO_REFRESH_TOKEN,
    Emulator,
)
from lazpack.errors import (
    BusinessError,
    IllegalAccessTokenError,
    IllegalRefreshTokenError,
    InvalidCodeError,
    OutcomeUnknownError,
    SignatureError,
    TransientError,
)

#: An ordinary local dropship order: packable, printable, no provider choice.
PLAIN: dict[str, Any] = {"dbs": False, "digital": False, "cross_border": False}
FAST = RetryPolicy(max_attempts=6, backoff_base_s=0.01, backoff_max_s=0.05)


class RefreshingTokens:
    """What the auth service does, minimally: refresh through the client on rejection."""

    def __init__(self, access: str, refresh: str) -> None:
        self.access = access
        self.refresh_value = refresh
        self.client: LazadaClient | None = None
        self.refreshes = 0

    async def access_token(self) -> str:
        return self.access

    async def refresh(self, rejected_token: str) -> str:
        assert self.client is not None
        tokens = await self.client.refresh_token(self.refresh_value)
        self.access, self.refresh_value = tokens.access_token, tokens.refresh_token
        self.refreshes += 1
        return self.access


class RecordingApp:
    """ASGI wrapper that keeps every query string, so tests can look for leaked signs."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.queries: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.queries.append(scope["query_string"].decode())
        await self.app(scope, receive, send)


@pytest.fixture
def emu() -> Emulator:
    return Emulator(orders=120, seed=7)


def client_for(emu: Emulator, **kw: Any) -> LazadaClient:
    kw.setdefault("access_token", DEMO_ACCESS_TOKEN)
    kw.setdefault("retry", FAST)
    kw.setdefault("timeout_s", 2.0)
    kw.setdefault("asgi_app", emu.app)
    return LazadaClient(app_key=DEMO_APP_KEY, app_secret=DEMO_APP_SECRET, **kw)


@pytest_asyncio.fixture
async def client(emu: Emulator) -> AsyncIterator[LazadaClient]:
    async with client_for(emu) as c:
        yield c


def pending_order(emu: Emulator, **kw: Any) -> int:
    return emu.add_orders(1, status="pending", **kw)[0]


def item_ids(emu: Emulator, order_id: int) -> list[int]:
    return [int(i["order_item_id"]) for i in emu.items(order_id)]


# ---------------------------------------------------------------- reads
@pytest.mark.asyncio
async def test_reads_match_the_emulator(emu: Emulator, client: LazadaClient) -> None:
    pending = emu.order_ids(status="pending")
    got = [o.order_id async for o in client.iter_orders(status="pending")]
    assert sorted(got) == sorted(pending)
    page = await client.get_orders(status="pending", limit=10)
    assert page.count == len(page.orders) == min(10, len(pending))
    assert page.count_total == len(pending)
    oid = pending[0]
    order = await client.get_order(oid)
    assert order.order_id == oid and "pending" in order.statuses
    items = await client.get_order_items(oid)
    assert [i.order_item_id for i in items] == item_ids(emu, oid)
    multi = await client.get_multiple_order_items(pending)
    assert set(multi) == set(pending)
    assert [i.order_item_id for i in multi[oid]] == item_ids(emu, oid)
    assert emu.calls["/orders/items/get"] == -(-len(pending) // 50)


@pytest.mark.asyncio
async def test_iter_orders_slides_windows_and_deduplicates(emu: Emulator) -> None:
    async with client_for(emu, offset_cap=30, page_size=10) as c:
        got = [o.order_id async for o in c.iter_orders()]
    assert len(got) == len(set(got))
    assert sorted(got) == sorted(emu.order_ids())


@pytest.mark.asyncio
async def test_iter_orders_past_the_real_offset_cap() -> None:
    """5,300 orders: more than one window of 5,000 at Lazada's (and the emulator's) cap."""
    emu = Emulator(orders=5300, seed=2)
    async with client_for(emu, max_concurrency=16) as c:
        got = [o.order_id async for o in c.iter_orders()]
        assert c.rate_limited == 0
    assert len(got) == len(set(got)) == 5300
    assert sorted(got) == sorted(emu.order_ids())
    assert emu.calls["/orders/get"] > 53  # 50 pages fill the first window, then it slides


@pytest.mark.asyncio
async def test_unknown_order_is_a_business_error(client: LazadaClient) -> None:
    with pytest.raises(BusinessError) as info:
        await client.get_order(999)
    assert info.value.request_id


# ---------------------------------------------------------------- writes
@pytest.mark.asyncio
async def test_pack_print_rts_flow_changes_server_state(
    emu: Emulator, client: LazadaClient
) -> None:
    oid = pending_order(emu, dbs=False, digital=False)
    ids = item_ids(emu, oid)
    providers = await client.get_shipment_providers({oid: ids})
    packed = await client.pack(
        {oid: ids},
        shipping_allocate_type=providers.shipping_allocate_type,
        shipment_provider_code=None
        if providers.platform_default
        else providers.providers[0].provider_code,
    )
    assert packed.outcome == "ok", packed.failed
    package_ids = sorted({r.package_id for r in packed.rows})
    assert all(emu.item(i)["status"] == "packed" for i in ids)
    docs = await client.print_awb(package_ids)
    pdf = await client.fetch_document(docs[0].pdf_url)
    assert pdf.startswith(b"%PDF")
    assert all(emu.labels_printed[p] >= 1 for p in package_ids)
    rts = await client.ready_to_ship(package_ids)
    assert rts.outcome == "ok"
    assert {emu.item(i)["status"] for i in ids} <= {"ready_to_ship", "ready_to_ship_pending"}


@pytest.mark.asyncio
async def test_repack(emu: Emulator, client: LazadaClient) -> None:
    oid = pending_order(emu, **PLAIN)
    ids = item_ids(emu, oid)
    packed = await client.pack({oid: ids}, shipping_allocate_type="TFS")
    res = await client.recreate_package(sorted({r.package_id for r in packed.rows}))
    assert res.outcome == "ok"
    assert all(emu.item(i)["status"] == "repacked" for i in ids)


@pytest.mark.asyncio
async def test_dbs_delivery_and_failure(emu: Emulator, client: LazadaClient) -> None:
    a, b = pending_order(emu, dbs=True), pending_order(emu, dbs=True)
    packages = {}
    for oid in (a, b):
        packed = await client.pack({oid: item_ids(emu, oid)}, shipping_allocate_type="TFS")
        packages[oid] = sorted({r.package_id for r in packed.rows})
        assert (await client.ready_to_ship(packages[oid])).outcome == "ok"
    assert (await client.confirm_delivery_dbs(packages[a])).outcome == "ok"
    assert (await client.failed_delivery_dbs(packages[b])).outcome == "ok"
    assert {emu.item(i)["status"] for i in item_ids(emu, a)} == {"delivered"}
    assert "delivered" not in {emu.item(i)["status"] for i in item_ids(emu, b)}


@pytest.mark.asyncio
async def test_deliver_digital(emu: Emulator, client: LazadaClient) -> None:
    oid = pending_order(emu, digital=True)
    res = await client.deliver_digital({oid: item_ids(emu, oid)})
    assert res.outcome == "ok"
    assert {emu.item(i)["status"] for i in item_ids(emu, oid)} == {"delivered"}


@pytest.mark.asyncio
async def test_batches_split_and_partial_failure(emu: Emulator, client: LazadaClient) -> None:
    orders = {oid: item_ids(emu, oid) for oid in emu.add_orders(25, status="pending", **PLAIN)}
    emu.faults.fail_rows("1003", count=1, api="/order/fulfill/pack")
    before = emu.calls["/order/fulfill/pack"]
    res = await client.pack(orders, shipping_allocate_type="TFS")
    assert emu.calls["/order/fulfill/pack"] - before == 2
    assert res.outcome == "partial"
    [bad] = res.failed
    assert bad.err_code == "1003" and bad.msg
    assert emu.item(int(bad.key))["status"] in {s.value for s in PACKABLE}
    assert len(res.succeeded) == sum(len(v) for v in orders.values()) - 1


@pytest.mark.asyncio
async def test_rts_of_unknown_package_is_a_failed_row(client: LazadaClient) -> None:
    res = await client.ready_to_ship(["FP000000000"])
    assert res.outcome == "failed" and res.failed[0].err_code != "0"


@pytest.mark.asyncio
async def test_lost_answer_on_write_is_outcome_unknown_and_was_applied(emu: Emulator) -> None:
    emu.faults.hang_s = 1.0
    oid = pending_order(emu)
    ids = item_ids(emu, oid)
    emu.faults.lose_answers(1, api="/order/fulfill/pack")
    async with client_for(emu, timeout_s=0.3) as c:
        with pytest.raises(OutcomeUnknownError):
            await c.pack({oid: ids}, shipping_allocate_type="TFS")
        # Reconcile by reading, as the error tells the caller to:
        assert {i.status for i in await c.get_order_items(oid)} == {"packed"}
    assert emu.calls["/order/fulfill/pack"] == 1


# ---------------------------------------------------------------- faults, auth
@pytest.mark.asyncio
async def test_full_sync_completes_with_ten_percent_faults() -> None:
    emu = Emulator(orders=300, seed=3, fault_rate=0.1, hang_s=1.0)
    async with client_for(emu, timeout_s=0.3, retry=RetryPolicy(8, 0.01, 0.05)) as c:
        ids = [o.order_id async for o in c.iter_orders(status="pending")]
        items = await c.get_multiple_order_items(ids)
        singles = {oid: await c.get_order_items(oid) for oid in ids[:20]}
    emu.faults.fault_rate = 0.0
    assert sorted(ids) == sorted(emu.order_ids(status="pending"))
    for oid in ids:
        assert [i.order_item_id for i in items[oid]] == item_ids(emu, oid)
    for oid, its in singles.items():
        assert [i.order_item_id for i in its] == item_ids(emu, oid)


@pytest.mark.asyncio
async def test_persistent_5xx_raises_transient(emu: Emulator) -> None:
    emu.faults.fault_kinds = ("5xx",)
    emu.faults.fault_rate = 1.0
    async with client_for(emu, retry=RetryPolicy(3, 0.001, 0.01)) as c:
        with pytest.raises(TransientError):
            await c.get_order(emu.order_ids()[0])
    # the gateway counts every call it receives, faulted ones too: all three attempts
    assert emu.calls["/order/get"] == 3
    assert emu.faults.injected == {"5xx": 3}


@pytest.mark.asyncio
async def test_rate_limit_is_absorbed_by_retries(emu: Emulator) -> None:
    emu.faults.qps_limit = 5
    oids = emu.order_ids()[:12]
    async with client_for(emu, rate_limit_per_s=0, max_concurrency=12) as c:
        results = [await c.get_order_items(oid) for oid in oids[:1]]
        results += await asyncio.gather(*(c.get_order_items(oid) for oid in oids[1:]))
        assert c.rate_limited > 0
    assert [[i.order_item_id for i in r] for r in results] == [item_ids(emu, o) for o in oids]


@pytest.mark.asyncio
async def test_client_rate_limiter_keeps_under_the_emulator_limit(emu: Emulator) -> None:
    emu.faults.qps_limit = 10
    oids = emu.order_ids()[:15]
    async with client_for(emu, rate_limit_per_s=8, max_concurrency=15) as c:
        await asyncio.gather(*(c.get_order_items(oid) for oid in oids))
        assert c.rate_limited == 0


@pytest.mark.asyncio
async def test_token_refresh_mid_run(emu: Emulator) -> None:
    tokens = RefreshingTokens(DEMO_ACCESS_TOKEN, DEMO_REFRESH_TOKEN)
    async with client_for(emu, access_token=None, token_provider=tokens) as c:
        tokens.client = c
        oids = emu.order_ids()[:4]
        await c.get_order(oids[0])
        emu.faults.expire_access_tokens()
        for oid in oids[1:]:
            assert (await c.get_order(oid)).order_id == oid
    assert tokens.refreshes == 1 and tokens.access != DEMO_ACCESS_TOKEN


@pytest.mark.asyncio
async def test_auth_errors(emu: Emulator) -> None:
    async with client_for(emu, access_token="not-a-valid-token") as c:
        with pytest.raises(IllegalAccessTokenError):
            await c.get_order(emu.order_ids()[0])
        with pytest.raises(InvalidCodeError):
            await c.create_token("0_bogus_code")
        tokens = await c.create_token(emu.mint_auth_code())
        assert tokens.access_token and tokens.country_user_info
        emu.faults.revoke_refresh_tokens()
        with pytest.raises(IllegalRefreshTokenError):
            await c.refresh_token(tokens.refresh_token)
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret="wrong-secret",
        asgi_app=emu.app,
        token_provider=StaticTokenProvider(DEMO_ACCESS_TOKEN),
    ) as c:
        with pytest.raises(SignatureError):
            await c.get_order(emu.order_ids()[0])


# ---------------------------------------------------------------- loopback, redaction
@pytest.mark.asyncio
async def test_over_loopback(emu: Emulator) -> None:
    plain = pending_order(emu, **PLAIN)
    expected = sorted(emu.order_ids(status="pending"))
    with emu.serve() as base_url:
        async with LazadaClient(
            app_key=DEMO_APP_KEY,
            app_secret=DEMO_APP_SECRET,
            base_url=base_url,
            access_token=DEMO_ACCESS_TOKEN,
            retry=FAST,
        ) as c:
            ids = [o.order_id async for o in c.iter_orders(status="pending")]
            items = await c.get_multiple_order_items(ids)
            res = await c.pack(
                {plain: [i.order_item_id for i in items[plain]]}, shipping_allocate_type="TFS"
            )
            docs = await c.print_awb(sorted({r.package_id for r in res.rows}))
            assert (await c.fetch_document(docs[0].pdf_url)).startswith(b"%PDF")
    assert sorted(ids) == expected
    assert {emu.item(int(r.key))["status"] for r in res.rows} == {"packed"}


@pytest.mark.asyncio
async def test_no_secret_reaches_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    emu = Emulator(orders=60, seed=5, fault_rate=0.1, hang_s=1.0)
    recorder = RecordingApp(emu.app)
    tokens = RefreshingTokens(DEMO_ACCESS_TOKEN, DEMO_REFRESH_TOKEN)
    texts: list[str] = []
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=recorder,
        token_provider=tokens,
        retry=RetryPolicy(8, 0.01, 0.05),
        timeout_s=0.3,
    ) as c:
        tokens.client = c
        ids = [o.order_id async for o in c.iter_orders(status="pending")]
        emu.faults.expire_access_tokens()
        items = await c.get_multiple_order_items(ids)
        emu.faults.fault_rate = 0.0
        oid = ids[0]
        await c.pack({oid: [i.order_item_id for i in items[oid]]}, shipping_allocate_type="TFS")
        for call in (lambda: c.create_token("0_bogus"), lambda: c.ready_to_ship(["FP0"])):
            try:
                await call()
            except Exception as err:
                texts.append(f"{err!s} {err!r}")
        texts.append(repr(c))
    assert tokens.refreshes == 1
    signs = {
        part.split("=", 1)[1]
        for q in recorder.queries
        for part in q.split("&")
        if part.startswith("sign=")
    }
    assert signs
    text = caplog.text + "\n".join(texts)
    for secret in {
        DEMO_APP_SECRET,
        DEMO_ACCESS_TOKEN,
        DEMO_REFRESH_TOKEN,
        tokens.access,
        tokens.refresh_value,
        *signs,
    }:
        assert secret not in text


@pytest.mark.asyncio
async def test_iter_orders_asks_for_the_window_before_converting_its_first_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rest of a window needs only the first page's countTotal: those pages are asked
    for as soon as its JSON is read, while its orders are still being converted (they gate
    nothing but their own items), not a page's conversion later."""
    emu = Emulator(orders=0, seed=3)
    emu.add_orders(250, status="pending")
    events: list[tuple[str, str]] = []

    class Asks:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope["path"].endswith("/orders/get"):
                query = dict(p.split("=", 1) for p in scope["query_string"].decode().split("&"))
                events.append(("ask", query["offset"]))
            await self.app(scope, receive, send)

    real_order = wire._order

    def converting(o: Any) -> Any:
        events.append(("order", str(o.order_id)))
        return real_order(o)

    monkeypatch.setattr(wire, "_order", converting)
    async with client_for(emu, asgi_app=Asks(emu.app), rate_limit_per_s=0) as c:
        got = [o.order_id async for o in c.iter_orders(status="pending")]
    assert sorted(got) == sorted(emu.order_ids(status="pending"))
    converted = [i for i, (kind, _) in enumerate(events) if kind == "order"]
    assert events[0] == ("ask", "0")
    # page two (and three) went out before the first page's last order was converted
    assert events.index(("ask", "100")) < converted[99]
    assert events.index(("ask", "200")) < converted[99]
