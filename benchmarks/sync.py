"""Sync N pending orders with all their items: lazpack vs the official lazop-sdk.

Both talk to the same emulator over loopback (uvicorn in a thread) with injected latency.
The SDK does it the way its documentation shows — GetOrders page by page, then
GetOrderItems for every order, synchronously (outside any event loop). lazpack pages
GetOrders concurrently and reads items with GetMultipleOrderItems (≤50 per call, started
as soon as 50 orders are in),
with bounded concurrency and its per-API rate limiter.

    python benchmarks/sync.py --orders 500 --latency-ms 50
    python benchmarks/sync.py --orders 10000 --latency-ms 50 --skip-sdk

Prints both times, the ratio, the calls made and the ApiCallLimit answers seen, and
exits non-zero if the two syncs disagree about the data.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import socket
import statistics
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import uvicorn

from lazpack.api import LazadaClient
from lazpack.api.client import EARLIEST
from lazpack.emulator import (
    DEMO_ACCESS_TOKEN,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    Emulator,
)

Snapshot = dict[int, list[tuple[int, str, str]]]


async def sync_lazpack(base_url: str, *, concurrency: int) -> tuple[Snapshot, int, int]:
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        base_url=base_url,
        access_token=DEMO_ACCESS_TOKEN,
        max_concurrency=concurrency,
        timeout_s=30.0,
    ) as client:
        # Items are fetched 50 orders at a time while later order pages are still coming.
        ids: list[int] = []
        batch: list[int] = []
        fetches = []
        async for order in client.iter_orders(status="pending"):
            ids.append(order.order_id)
            batch.append(order.order_id)
            if len(batch) == 50:
                fetches.append(asyncio.ensure_future(client.get_multiple_order_items(batch)))
                batch = []
        if batch:
            fetches.append(asyncio.ensure_future(client.get_multiple_order_items(batch)))
        items: dict[int, list[Any]] = {}
        for part in await asyncio.gather(*fetches):
            items.update(part)
        snapshot = {
            oid: sorted((i.order_item_id, i.status, i.sku) for i in items.get(oid, []))
            for oid in ids
        }
        return snapshot, client.calls, client.rate_limited


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


def _serve_emulator(conn: Any, orders: int, seed: int, latency_ms: float) -> None:
    """Child process: exactly N pending orders, served over loopback until told to stop.

    A separate process keeps the emulator's CPU work off the GIL of the clients measured.
    """
    emu = Emulator(orders=0, seed=seed, latency_ms=latency_ms)
    now = datetime.now(UTC).replace(microsecond=0)
    for i in range(orders):
        # A little over half a minute apart, oldest first.
        emu.add_orders(1, status="pending", created_at=now - timedelta(seconds=37 * (orders - i)))
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
    conn.send((f"{emu.public_origin}/rest", emu.order_ids(status="pending")))
    conn.recv()
    server.should_exit = True
    thread.join(timeout=5)
    conn.send(dict(emu.calls))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=500)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--skip-sdk", action="store_true", help="time lazpack alone")
    parser.add_argument("--repeat", type=int, default=3, help="lazpack runs (median)")
    args = parser.parse_args(argv)

    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(
        target=_serve_emulator, args=(child, args.orders, args.seed, args.latency_ms), daemon=True
    )
    server.start()
    base_url, pending = parent.recv()
    expected = set(pending)
    print(f"emulator: {len(expected)} pending orders, latency {args.latency_ms} ms, {base_url}")
    try:
        runs = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            ours, our_calls, our_limited = asyncio.run(
                sync_lazpack(base_url, concurrency=args.concurrency)
            )
            runs.append(time.perf_counter() - t0)
            if our_limited:
                break
        ours_s = statistics.median(runs)
        if len(runs) > 1:
            print("lazpack runs: " + ", ".join(f"{r:.2f} s" for r in runs) + " (median used)")
        items = sum(len(v) for v in ours.values())
        print(
            f"lazpack : {ours_s:8.2f} s  {len(ours)} orders, {items} items, "
            f"{our_calls} calls, ApiCallLimit answers: {our_limited}"
        )
        failures = 0
        if set(ours) != expected:
            print(f"MISMATCH: lazpack saw {len(ours)} pending orders, emulator has {len(expected)}")
            failures += 1
        if not args.skip_sdk:
            t0 = time.perf_counter()
            theirs, sdk_calls, sdk_limited = sync_sdk(base_url)
            sdk_s = time.perf_counter() - t0
            print(
                f"lazop-sdk: {sdk_s:8.2f} s  {len(theirs)} orders, "
                f"{sum(len(v) for v in theirs.values())} items, {sdk_calls} calls, "
                f"ApiCallLimit answers: {sdk_limited}"
            )
            print(f"ratio    : lazpack is {sdk_s / ours_s:.1f}x faster")
            if theirs != ours:
                print("MISMATCH: lazpack and the SDK got different data")
                failures += 1
            else:
                print("data     : identical")
        if our_limited:
            print("FAIL: lazpack tripped the rate limit")
            failures += 1
    finally:
        parent.send("stop")
        served = parent.recv() if parent.poll(10) else {}
        server.join(timeout=10)
    print(f"emulator answered {sum(served.values())} calls: {dict(served)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
