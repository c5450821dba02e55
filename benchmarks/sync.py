"""Sync the shop's orders with their items: the station's ``SyncService`` vs lazop-sdk.

All rows talk to the same emulator (a child process, uvicorn over loopback) with injected
latency, in the same run, and every lazpack row uses the client the station builds
(``lazpack.station_wiring.lazada_client`` with the station's ``ApiSettings`` call budget):

* ``SyncService station``  — what the station runs: ``SyncService`` with its defaults (the
  six open statuses, 60 days back) over the station's client into an ``OrderBook``;
* ``SyncService pending``  — the same service limited to ``pending``: *only* the
  like-for-like comparison with the SDK row below (the station never syncs this way);
* ``lazop-sdk pending``    — the official SDK the way its documentation shows: GetOrders
  page by page, then GetOrderItems for every order, sequentially (the baseline).

For each row: wall time, calls, and *sequential round trips* — the longest chain of
requests each sent after the previous one's answer was read to its end (the critical path;
the SDK's is its call count). The round trips are recorded by a transport wrapped around
httpx's own; it leaves the answer's body to the client's bounded reader and notes a
request's end when the client closes the answer's stream. Figures are printed, never
asserted; the exit code is non-zero only if the rows disagree about the data.

    python benchmarks/sync.py                      # 500 orders, 50 ms
    python benchmarks/sync.py --orders 5000
    python benchmarks/sync.py --pending 10000 --no-limits --skip-sdk   # the 10k row
    python benchmarks/sync.py --quick              # CI: seconds, not minutes
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import heapq
import multiprocessing
import socket
import statistics
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import uvicorn

from lazpack.api import LazadaClient
from lazpack.api.client import EARLIEST, StaticTokenProvider
from lazpack.api.transport import _tls_context
from lazpack.config import ApiSettings
from lazpack.domain.orderbook import OPEN_STATUSES, OrderBook
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.services.sync import SyncService
from lazpack.station_wiring import lazada_client

Snapshot = dict[int, list[tuple[int, str, str]]]


class _ClosingStream(httpx.AsyncByteStream):
    """An answer's body, passed through untouched; ``on_close`` runs when the client is
    done with it (its bounded reader read it, or gave up)."""

    def __init__(self, inner: httpx.AsyncByteStream, on_close: Callable[[], None]) -> None:
        self.inner = inner
        self.on_close: Callable[[], None] | None = on_close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        finally:
            if self.on_close is not None:
                self.on_close()
                self.on_close = None


class Timeline(httpx.AsyncBaseTransport):
    """Records (start, end) of every request: the critical path in round trips. The end is
    when the client closes the answer's stream, so reading the body stays the client's."""

    def __init__(self) -> None:
        # the process's one TLS context, as the station's client uses (building one per
        # transport would put ~50 ms of CA loading into every timed run)
        self.inner = httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=64), verify=_tls_context()
        )
        self.spans: list[tuple[float, float]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        t0 = time.perf_counter()
        response = await self.inner.handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)

        def done() -> None:
            self.spans.append((t0, time.perf_counter()))

        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ClosingStream(response.stream, done),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()

    def round_trips(self) -> int:
        return sequential_round_trips(self.spans)


def sequential_round_trips(spans: Sequence[tuple[float, float]]) -> int:
    """Longest chain of requests where each started after the previous one ended.

    By start time, with a heap of the requests still open: O(n log n), so a 10,000-order
    run (thousands of spans) does not spend its time here."""
    open_ends: list[tuple[float, int]] = []  # (end, chain length ending there)
    done = 0  # longest chain among the requests ended before the current start
    best = 0
    for start, end in sorted(spans):
        while open_ends and open_ends[0][0] <= start:
            done = max(done, heapq.heappop(open_ends)[1])
        heapq.heappush(open_ends, (end, done + 1))
        best = max(best, done + 1)
    return best


def _client(base_url: str, transport: Timeline, api: ApiSettings) -> LazadaClient:
    """The client the station builds for a shop (``lazpack.station_wiring.lazada_client``)."""
    return lazada_client(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        region="sg",
        base_url=base_url,
        token_provider=StaticTokenProvider(DEMO_ACCESS_TOKEN),
        api=api,
        transport=transport,
    )


@contextlib.asynccontextmanager
async def station_gc() -> AsyncIterator[None]:
    """The station process's garbage collection: automatic collection off, and
    ``collect_garbage_now`` every ``GC_INTERVAL_MS`` from a timer on the GUI thread
    (``lazpack.qt.collect_garbage_on_gui_thread``, called at start-up) — here from a task
    on the loop the sync runs on. Without it this process would collect on Python's
    default thresholds, which the station never does."""
    import lazpack.qt

    enabled = gc.isenabled()
    gc.disable()

    async def timer() -> None:
        while True:
            await asyncio.sleep(lazpack.qt.GC_INTERVAL_MS / 1000)
            lazpack.qt.collect_garbage_now()

    ticking = asyncio.ensure_future(timer())
    try:
        yield
    finally:
        ticking.cancel()
        await asyncio.gather(ticking, return_exceptions=True)
        if enabled:
            gc.enable()


async def sync_service(
    base_url: str, api: ApiSettings, statuses: Sequence[str] | None = None
) -> tuple[OrderBook, int, int, Timeline]:
    """One full ``SyncService`` sync; ``statuses=None`` is the station's configuration."""
    timeline = Timeline()
    async with station_gc(), _client(base_url, timeline, api) as client:
        book = OrderBook()
        kw: dict[str, Any] = {} if statuses is None else {"statuses": statuses}
        service = SyncService(client, book, shop_id="bench", region="sg", **kw)
        if not await service.sync_once():
            raise RuntimeError(
                f"SyncService failed: {service.state.message} {service.state.detail}"
            )
        return book, client.calls, client.rate_limited, timeline


def measured(
    result: tuple[OrderBook, int, int, Timeline],
) -> tuple[Snapshot, int, int, int]:
    """A ``sync_service`` result as data, calls, rate limits and round trips: worked out
    after the clock stopped (the station builds no snapshot and counts no round trips)."""
    book, calls, limited, timeline = result
    snapshot = {
        row.order.order_id: sorted((i.order_item_id, i.status, i.sku) for i in row.items)
        for row in book.rows()
    }
    return snapshot, calls, limited, timeline.round_trips()


def sync_sdk(base_url: str) -> tuple[Snapshot, int, int]:
    from lazop_sdk import LazopClient, LazopRequest

    client = LazopClient(base_url, DEMO_APP_KEY, DEMO_APP_SECRET)
    calls = 0
    limited = 0

    def execute(request: Any) -> dict[str, Any]:
        nonlocal calls, limited
        while True:
            calls += 1
            body: dict[str, Any] = client.execute(request, DEMO_ACCESS_TOKEN).body
            if body.get("code") in {"ApiCallLimit", "901"}:
                # What the Lazada docs tell SDK users to do: wait, then call again.
                limited += 1
                time.sleep(1.0)
                continue
            if body.get("code") != "0":
                raise RuntimeError(f"SDK call failed: {body.get('code')} {body.get('message')}")
            return body

    orders: list[int] = []
    offset = 0
    while True:
        request = LazopRequest("/orders/get", "GET")
        request.add_api_param("status", "pending")
        request.add_api_param("created_after", EARLIEST.isoformat(timespec="seconds"))
        request.add_api_param("sort_by", "created_at")
        request.add_api_param("sort_direction", "ASC")
        request.add_api_param("offset", str(offset))
        request.add_api_param("limit", "100")
        page = execute(request)["data"]
        batch = [int(o["order_id"]) for o in page.get("orders", [])]
        orders += batch
        if len(batch) < 100:
            break
        offset += 100
    snapshot: Snapshot = {}
    for oid in orders:
        request = LazopRequest("/order/items/get", "GET")
        request.add_api_param("order_id", str(oid))
        rows = execute(request)["data"]
        snapshot[oid] = sorted(
            (int(r["order_item_id"]), str(r["status"]), str(r["sku"])) for r in rows
        )
    return snapshot, calls, limited


def _serve_emulator(
    conn: Any, orders: int, pending: int, seed: int, latency_ms: float, limits: bool
) -> None:
    """Child process: the shop, served over loopback until told to stop.

    ``orders`` seeded realistic orders (a mix of statuses, ~2/3 pending) plus ``pending``
    plain pending orders. A separate process keeps the emulator's CPU off the GIL of the
    clients measured.
    """
    emu = Emulator(
        orders=orders, seed=seed, latency_ms=latency_ms, qps_limit=50 if limits else None
    )
    now = datetime.now(UTC).replace(microsecond=0)
    for i in range(pending):
        # A few seconds apart, oldest first (so 10,000 of them need two offset windows).
        emu.add_orders(1, status="pending", created_at=now - timedelta(seconds=7 * (pending - i)))
    # uvicorn on a socket created with proto=IPPROTO_TCP: asyncio only sets TCP_NODELAY on
    # such sockets, and without it every keep-alive answer stalls ~40 ms (Nagle against
    # delayed ACK) — a cost real Lazada does not have and the SDK never sees (it opens a new
    # connection per call).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(512)
    port = sock.getsockname()[1]
    emu.public_origin = f"http://127.0.0.1:{port}"
    server = uvicorn.Server(
        uvicorn.Config(emu.app, lifespan="off", log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    open_ids: set[int] = set()
    for status in OPEN_STATUSES:
        open_ids.update(emu.order_ids(status=status))
    conn.send((f"{emu.public_origin}/rest", emu.order_ids(status="pending"), sorted(open_ids)))
    while conn.recv() == "cpu":  # the parent reads the emulator's CPU around each row
        conn.send(time.process_time())
    server.should_exit = True
    thread.join(timeout=5)
    conn.send(dict(emu.calls))


#: CPU seconds of this process in the last ``_timed`` run: wall time on a loaded machine
#: says little, the client's own CPU does not depend on the neighbours.
LAST_CPU = [0.0]
#: The emulator's CPU seconds in that run: on two cores, client and server compete.
LAST_SERVER_CPU = [0.0]


def _timed(
    fn: Any, repeat: int, server_cpu: Callable[[], float] = lambda: 0.0
) -> tuple[float, Any, list[float]]:
    runs: list[float] = []
    result: Any = None
    for _ in range(max(1, repeat)):
        result = None  # each run starts without the last one's book, as a fresh station
        s0 = server_cpu()
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        runs.append(time.perf_counter() - t0)
        LAST_CPU[0] = time.process_time() - c0
        LAST_SERVER_CPU[0] = server_cpu() - s0
    return statistics.median(runs), result, runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--orders", type=int, default=500, help="seeded realistic orders")
    parser.add_argument("--pending", type=int, default=0, help="extra plain pending orders")
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--concurrency", type=int, default=ApiSettings().max_concurrency, help="calls in flight"
    )
    parser.add_argument("--skip-sdk", action="store_true", help="no lazop-sdk baseline")
    parser.add_argument(
        "--no-limits",
        action="store_true",
        help="the station's rate budget (40/s) and the emulator's QPS limit off",
    )
    parser.add_argument("--repeat", type=int, default=3, help="lazpack runs (median)")
    parser.add_argument("--quick", action="store_true", help="CI: 60 orders, 5 ms, one run")
    args = parser.parse_args(argv)
    if args.quick:
        args.orders, args.pending, args.latency_ms, args.repeat = 60, 0, 5.0, 1
    limits = not args.no_limits

    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(
        target=_serve_emulator,
        args=(child, args.orders, args.pending, args.seed, args.latency_ms, limits),
        daemon=True,
    )
    server.start()
    base_url, pending, open_ids = parent.recv()
    print(
        f"emulator: {len(pending)} pending / {len(open_ids)} open orders, "
        f"latency {args.latency_ms:g} ms, limits {'on' if limits else 'off'}, {base_url}"
    )
    failures = 0

    def server_cpu() -> float:
        parent.send("cpu")
        return float(parent.recv())

    api = ApiSettings(
        rate_limit_per_s=ApiSettings().rate_limit_per_s if limits else 0.0,
        max_concurrency=args.concurrency,
    )
    try:
        # One untimed run first: imports, connection set-up and caches are not the sync.
        asyncio.run(sync_service(base_url, api))
        full_s, result, runs = _timed(
            lambda: asyncio.run(sync_service(base_url, api)), args.repeat, server_cpu
        )
        full, full_calls, full_limited, full_rt = measured(result)
        print(
            f"SyncService station : {full_s:8.3f} s  {len(full)} orders "
            f"({len(OPEN_STATUSES)} open statuses, 60 days: the station's configuration), "
            f"{sum(len(v) for v in full.values())} items, {full_calls} calls, "
            f"{full_rt} sequential round trips, ApiCallLimit: {full_limited}, "
            f"client CPU {LAST_CPU[0]:.2f} s, emulator CPU {LAST_SERVER_CPU[0]:.2f} s"
            + (f"  (runs {', '.join(f'{r:.3f}' for r in runs)})" if len(runs) > 1 else "")
        )
        svc_s, result, runs = _timed(
            lambda: asyncio.run(sync_service(base_url, api, ("pending",))), args.repeat, server_cpu
        )
        svc, svc_calls, svc_limited, svc_rt = measured(result)
        items = sum(len(v) for v in svc.values())
        print(
            f"SyncService pending : {svc_s:8.3f} s  {len(svc)} orders, {items} items, "
            f"{svc_calls} calls, {svc_rt} sequential round trips, ApiCallLimit: {svc_limited}, "
            f"client CPU {LAST_CPU[0]:.2f} s, emulator CPU {LAST_SERVER_CPU[0]:.2f} s"
            "  [pending only: the comparison with lazop-sdk, "
            "not how the station syncs]"
            + (f"  (runs {', '.join(f'{r:.3f}' for r in runs)})" if len(runs) > 1 else "")
        )
        if set(svc) != set(pending):
            print("MISMATCH: SyncService and the emulator disagree about pending orders")
            failures += 1
        if set(full) != set(open_ids):
            print(f"MISMATCH: full sync saw {len(full)} open orders, emulator has {len(open_ids)}")
            failures += 1
        if any(full[oid] != rows for oid, rows in svc.items() if oid in full):
            print("MISMATCH: the station's sync and the pending sync got different items")
            failures += 1
        if not args.skip_sdk:
            t0 = time.perf_counter()
            theirs, sdk_calls, sdk_limited = sync_sdk(base_url)
            sdk_s = time.perf_counter() - t0
            print(
                f"lazop-sdk pending   : {sdk_s:8.3f} s  {len(theirs)} orders, "
                f"{sum(len(v) for v in theirs.values())} items, {sdk_calls} calls "
                f"(= sequential round trips), ApiCallLimit: {sdk_limited}"
            )
            print(
                f"ratio (pending only): SyncService {sdk_s / svc_s:.1f}x faster than lazop-sdk "
                f"({sdk_calls / max(svc_calls, 1):.1f}x the calls, "
                f"{sdk_calls / max(svc_rt, 1):.1f}x the sequential round trips); the station's "
                f"whole six-status sync takes {full_s / sdk_s:.2f}x the SDK's pending-only time"
            )
            if theirs != svc:
                print("MISMATCH: SyncService and the SDK got different data")
                failures += 1
            else:
                print("data                : identical")
    finally:
        parent.send("stop")
        served = parent.recv() if parent.poll(10) else {}
        server.join(timeout=10)
    print(f"emulator answered {sum(served.values())} calls: {dict(served)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
