"""Emulator start-up and GetOrders latency, over loopback and in-process.

    .venv/bin/python benchmarks/emulator.py [--orders 10000] [--requests 200]

Starts ``lazpack-emulator`` as a subprocess (what a packer or CI does), times how long until
it prints its URL, then times signed GetOrders pages (limit 100, signed with lazpack's own
``lazpack.api.signing.sign``) over one keep-alive connection. The baseline in the same run
is an unsigned inspection GET on the same connection: the ratio is what the gateway and the
order query add over bare HTTP.

Last, the path the demo station takes: the emulator in this process behind
``httpx.ASGITransport``, reached through ``LazadaClient`` (signing, the envelope check and
decoding into ``Order``s included), no socket at all.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import signal
import statistics
import subprocess
import sys
import time
from urllib.parse import urlencode, urlsplit

from lazpack.api import LazadaClient
from lazpack.api.signing import sign
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator


def signed_query(path: str, params: dict[str, str]) -> str:
    p = {
        "app_key": DEMO_APP_KEY,
        "sign_method": "sha256",
        "timestamp": str(int(time.time() * 1000)),
        "access_token": DEMO_ACCESS_TOKEN,
        **params,
    }
    p["sign"] = sign(DEMO_APP_SECRET, path, p)
    return urlencode(p)


async def in_process(orders: int, n: int) -> tuple[list[float], list[float]]:
    """GetOrders (all, then pending; limit 100) as the demo station sends them: the real
    client over ``httpx.ASGITransport`` to the emulator in this process."""
    emu = Emulator(orders=orders, seed=1, qps_limit=None)
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        access_token=DEMO_ACCESS_TOKEN,
        asgi_app=emu.app,
        rate_limit_per_s=0,
    ) as client:
        await client.get_orders(limit=100)  # warm-up: imports and caches
        out: list[list[float]] = []
        for status in (None, "pending"):
            ms = []
            for _ in range(n):
                t = time.perf_counter()
                page = await client.get_orders(status=status, limit=100)
                ms.append((time.perf_counter() - t) * 1000)
                assert page.orders
            out.append(ms)
    return out[0], out[1]


def timed(conn: http.client.HTTPConnection, url: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("GET", url)
        r = conn.getresponse()
        r.read()
        out.append((time.perf_counter() - t) * 1000)
        assert r.status == 200
    return out


def describe(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return f"{name}: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, n={len(ms)}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = ap.parse_args()
    if args.quick:
        args.orders, args.requests = 500, 20
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lazpack.emulator",
            "--orders",
            str(args.orders),
            "--qps-limit",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        listening = time.perf_counter() - t0
        base = line.removeprefix("emulator listening on ")
        parts = urlsplit(base)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        timed(conn, "/_emulator/calls", 1)  # wait until uvicorn accepts
        ready = time.perf_counter() - t0
        print(
            f"start-up with {args.orders} orders: URL printed after {listening:.2f} s, "
            f"serving after {ready:.2f} s"
        )
        baseline = timed(conn, "/_emulator/calls", args.requests)
        pages = []
        for status in ("all", "pending"):
            q = signed_query(
                "/orders/get",
                {"created_after": "2020-01-01T00:00:00+08:00", "status": status, "limit": "100"},
            )
            ms = timed(conn, f"/rest/orders/get?{q}", args.requests)
            pages.append(ms)
            print(describe(f"GetOrders status={status} limit=100", ms))
        q = signed_query(
            "/orders/get",
            {
                "created_after": "2020-01-01T00:00:00+08:00",
                "status": "pending",
                "limit": "100",
                "offset": "4900",
            },
        )
        print(
            describe(
                "GetOrders status=pending offset=4900",
                timed(conn, f"/rest/orders/get?{q}", args.requests),
            )
        )
        # A different window on every request: no page cache, the full query each time.
        cold = []
        for n in range(args.requests):
            q = signed_query(
                "/orders/get",
                {
                    "created_after": f"2020-01-01T00:{n // 60:02d}:{n % 60:02d}+08:00",
                    "status": "pending",
                    "limit": "100",
                },
            )
            cold += timed(conn, f"/rest/orders/get?{q}", 1)
        print(describe("GetOrders status=pending limit=100, uncached query", cold))
        print(describe("baseline: unsigned /_emulator/calls", baseline))
        ratio = statistics.median(pages[0]) / statistics.median(baseline)
        print(f"ratio GetOrders(all, 100) / baseline: {ratio:.1f}x")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    every, pending = asyncio.run(in_process(args.orders, args.requests))
    print(describe("in-process (demo station: LazadaClient + ASGITransport) all", every))
    print(describe("in-process (demo station: LazadaClient + ASGITransport) pending", pending))
    return 0


if __name__ == "__main__":
    sys.exit(main())
